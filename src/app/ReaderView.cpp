// ReaderView.cpp
//
// [SECTION] Preparation
// [SECTION] Highlight styles of one article
// [SECTION] Frame
// [SECTION] Article list and header
// [SECTION] Text, hover and click
// [SECTION] Hook

#include "ReaderView.h"

#include "ArticleLabel.h"
#include "Counts.h"
#include "core/export_csv.h"
#include "core/search.h"
#include "core/text.h"

#include <imgui.h>
#include <imgui_internal.h> // RenderTextEllipsis: list rows end in "…", not mid-letter

#include <algorithm>
#include <cstdio>
#include <map>

namespace wiretrace {

namespace {

// A tooltip quotes at most this much of another outlet's wording: enough to read a sentence or
// two, short enough to stay on screen on a phone.
constexpr std::uint32_t kQuoteBytes = 360;

std::string_view clip_utf8(std::string_view s, std::size_t max) {
    if (s.size() <= max) return s;
    while (max > 0 && (static_cast<unsigned char>(s[max]) & 0xC0) == 0x80) --max;
    return s.substr(0, max);
}

// Boilerplate is labelled below every share label so it sorts first in a cover's labels.
constexpr int kBoilerplateLabel = -1;

// Up to this many articles, "Shared with" names each with its colour chip on one or two lines;
// beyond it the chips would fill the header (a wire story carried by 300 articles), so it gives
// the counts and lists the outlets on request.
constexpr std::size_t kSharedChipsInline = 6;

// Underlines drawn under one piece of shared text (one per outlet, in corpus order).
constexpr std::size_t kUnderlinesAtMost = 3;

} // namespace

// [SECTION] Preparation ------------------------------------------------------------------------

double ReaderView::prepare(const Analysis& analysis, const AppState&, double budget_ms) {
    return prep_.run_for(analysis, budget_ms, [&] { add_stages(analysis); });
}

// The highlight index, who shares text with whom, and the list's filter keys, as stages of the
// view's preparation (Preparation.h): at 10,000 articles they took the view's first frame to
// 376 ms.
void ReaderView::add_stages(const Analysis& analysis) {
    model_for_ = nullptr;
    spans_builder_ = std::make_unique<SpanIndexBuilder>(analysis);
    prep_.add_steps("the shared text", [this] { return spans_builder_->step(1); },
                    [this] { return spans_builder_->fraction(); });
    reach_builder_ = std::make_unique<ReachIndexBuilder>(analysis);
    prep_.add("who shares what", reach_builder_->units(), [this](std::size_t) { reach_builder_->step(1); });
    prep_.add("who shares what", 1, [this](std::size_t) {
        spans_ = spans_builder_->take();
        spans_builder_.reset();
        reach_ = reach_builder_->take();
        reach_builder_.reset();
        list_keys_.clear();
        outlet_of_.clear();
        outlet_count_ = 0;
        outlet_ids_.clear();
    });
    // A reader's own articles also match the words their row shows, "added by you", and
    // "yours", as someone looking for what they added may put it.
    prep_.add("the list", analysis.corpus.articles.size(), [this, &analysis](std::size_t i) {
        const Article& a = analysis.corpus.articles[i];
        // Each article's outlet as a number, for the margin's counts (prepare_article).
        outlet_of_.push_back(outlet_ids_.emplace(a.outlet, static_cast<int>(outlet_ids_.size())).first->second);
        outlet_count_ = outlet_ids_.size();
        list_keys_.push_back(fold_for_search(
            a.outlet + "\n" + a.title + "\n" + a.id +
            (user_.contains(a.id) ? std::string("\n") + user_article_mark() + "\nyours" : std::string())));
    });
    prep_.add("the list", 1, [this, &analysis](std::size_t) {
        filtered_for_ = "\x01";
        prepared_article_ = -1;
        model_for_ = &analysis;
    });
}

// [SECTION] Highlight styles of one article -------------------------------------------------

// Each distinct set of labels over a piece of text (which outlets share it, how; boilerplate)
// becomes one RunStyle: fill in the colour of the first outlet that copied it (verbatim or
// edited), then one underline per outlet (thin for paraphrase). Built once per article.
void ReaderView::prepare_article(const Analysis& analysis, int article, int from) {
    if (prepared_article_ == article && prepared_theme_ == theme_.mode && prepared_from_ == from) return;
    prepared_article_ = article;
    prepared_theme_ = theme_.mode;
    prepared_from_ = from;
    taken_ = from >= 0 ? taken_from(analysis, article, from) : TakenFrom{};
    const std::string& text = analysis.corpus.articles[static_cast<std::size_t>(article)].text;
    paragraphs_ = split_paragraphs(text);

    std::vector<LabelledSpan> labelled;
    if (from >= 0) {
        // Only what was taken from the chosen source, as Churnalism highlights a press release.
        for (const SharedSpan& t : taken_.spans) labelled.push_back({t.span, share_label(from, t.kind)});
    } else {
        for (const SpanCover& c : spans_.covers(article))
            for (int l : c.labels) labelled.push_back({c.span, l});
    }
    if (static_cast<std::size_t>(article) < analysis.articles.size())
        for (ByteSpan b : analysis.articles[static_cast<std::size_t>(article)].boilerplate)
            labelled.push_back({b, kBoilerplateLabel});
    std::vector<SpanCover> pieces = flatten_spans(std::move(labelled));

    styled_.clear();
    looks_.clear();
    std::map<std::vector<int>, int> style_of;
    for (const SpanCover& p : pieces) {
        auto it = style_of.find(p.labels);
        if (it == style_of.end()) {
            RunStyle look;
            bool boilerplate = !p.labels.empty() && p.labels.front() == kBoilerplateLabel;
            if (boilerplate) look.text = theme_.muted_text();
            // Strongest kind per outlet: one underline per outlet, not per alignment.
            std::map<int, ReuseKind> outlets;
            for (int l : p.labels) {
                if (l == kBoilerplateLabel) continue;
                int o = share_label_article(l);
                ReuseKind k = share_label_kind(l);
                auto f = outlets.find(o);
                if (f == outlets.end() || static_cast<int>(k) < static_cast<int>(f->second)) outlets[o] = k;
            }
            for (const auto& ok : outlets) {
                bool copied = ok.second != ReuseKind::Paraphrase;
                if (copied && !look.fill && !boilerplate)
                    look.fill = theme_.outlet_color(ok.first, theme_.mode == ThemeMode::Dark ? 0.28f : 0.16f);
                // A wire paragraph aligned with eight sources stacked eight lines of colour into
                // the gap below it, where no colour can be told apart: the first few say enough,
                // the hover lists them all.
                if (look.underlines.size() == kUnderlinesAtMost) continue;
                look.underlines.push_back(theme_.outlet_color(ok.first));
                look.thin.push_back(!copied);
            }
            it = style_of.emplace(p.labels, static_cast<int>(looks_.size())).first;
            looks_.push_back(std::move(look));
        }
        styled_.push_back({p.span, it->second});
    }
    highlights_ = from >= 0 ? static_cast<int>(taken_.spans.size()) : static_cast<int>(spans_.covers(article).size());
    // Who carries each paragraph: the other members of the passages this article carries inside
    // it, plus the other articles of the covers inside it (paraphrase: provenance), and their
    // outlets. The covers alone are not enough: a large corpus keeps alignments only for each
    // article's nearest sources, so at 1,000 pickups a wire paragraph that Passages shows carried
    // by 662 articles had a margin of "1" (its one source) beside it.
    // Counted with stamps (the last paragraph each article and outlet was counted for), each
    // passage once per paragraph it overlaps, not with reach_of: a wire paragraph gathers
    // thousands of members, repeated across its passages, and sorting them and looking each
    // outlet up by name made switching articles at 10,000 articles take 100-250 ms frames.
    // The counts are reach_of's: distinct articles, distinct outlet names (outlet_of_).
    const std::vector<int>& own_passages = reach_.passages_of(article);
    std::vector<std::vector<int>> passages_in(paragraphs_.size());
    // One pass over each passage's members: only this article's own members are set against
    // the paragraphs (a wire passage has thousands of members, this article one or two).
    for (int pi : own_passages) {
        const Passage& passage = analysis.passages[static_cast<std::size_t>(pi)];
        for (const PassageMember& own : passage.members) {
            if (own.article != article) continue;
            for (std::size_t p = 0; p < paragraphs_.size(); ++p)
                if (own.span.end > paragraphs_[p].begin && own.span.begin < paragraphs_[p].end &&
                    (passages_in[p].empty() || passages_in[p].back() != pi))
                    passages_in[p].push_back(pi);
        }
    }
    const std::size_t n = analysis.corpus.articles.size();
    std::vector<int> article_counted(n, -1);
    std::vector<int> outlet_counted(outlet_count_, -1);
    const auto& covers = spans_.covers(article);
    paragraph_articles_.assign(paragraphs_.size(), 0);
    paragraph_outlets_.assign(paragraphs_.size(), 0);
    paragraph_articles_max_ = 0;
    std::size_t c = 0;
    for (std::size_t p = 0; p < paragraphs_.size(); ++p) {
        const int stamp = static_cast<int>(p);
        auto count = [&](int a) {
            if (a < 0 || static_cast<std::size_t>(a) >= n || article_counted[static_cast<std::size_t>(a)] == stamp) return;
            article_counted[static_cast<std::size_t>(a)] = stamp;
            ++paragraph_articles_[p];
            const int o = outlet_of_[static_cast<std::size_t>(a)];
            if (outlet_counted[static_cast<std::size_t>(o)] == stamp) return;
            outlet_counted[static_cast<std::size_t>(o)] = stamp;
            ++paragraph_outlets_[p];
        };
        for (int pi : passages_in[p])
            for (const PassageMember& m : analysis.passages[static_cast<std::size_t>(pi)].members)
                if (m.article != article) count(m.article);
        while (c < covers.size() && covers[c].span.end <= paragraphs_[p].begin) ++c;
        for (std::size_t k = c; k < covers.size() && covers[k].span.begin < paragraphs_[p].end; ++k)
            for (int l : covers[k].labels) count(share_label_article(l));
        paragraph_articles_max_ = std::max(paragraph_articles_max_, paragraph_articles_[p]);
    }
    // Page furniture ("Stay up to date with notifications") gets no strip: nobody carries it
    // and a row of zeros beside it is noise.
    paragraph_furniture_.assign(paragraphs_.size(), false);
    if (static_cast<std::size_t>(article) < analysis.articles.size()) {
        const auto& furniture = analysis.articles[static_cast<std::size_t>(article)].boilerplate;
        for (std::size_t p = 0; p < paragraphs_.size(); ++p)
            for (const ByteSpan& b : furniture)
                if (b.begin <= paragraphs_[p].begin && paragraphs_[p].end <= b.end) paragraph_furniture_[p] = true;
    }
    shared_ = reach_.shared_with(article);
    canvas_.invalidate();
    select_text_.clear();
}

// [SECTION] Frame ---------------------------------------------------------------------------

void ReaderView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    int current = state.selected.empty() ? 0 : analysis.corpus.find(state.selected.front());
    if (current < 0) current = 0;
    if (articles.empty()) {
        ImGui::TextUnformatted("The corpus is empty.");
        return;
    }
    int from = state.from.empty() ? -1 : analysis.corpus.find(state.from);
    if (from == current) from = -1;
    prepare_article(analysis, current, from);
    const float em = ImGui::GetFontSize();
    // On a narrow screen (a phone) the list goes above the text instead of beside it.
    const bool narrow = ImGui::GetContentRegionAvail().x < 40.0f * em;
    ImVec2 list_size = narrow ? ImVec2(0, 9.5f * em) : ImVec2(17.0f * em, 0);
    ImGui::BeginChild("articles", list_size, ImGuiChildFlags_Borders);
    draw_article_list(analysis, current, next);
    ImGui::EndChild();
    if (!narrow) ImGui::SameLine();
    ImGui::BeginChild("text", ImVec2(0, 0), ImGuiChildFlags_Borders);
    draw_text(analysis, state, current, next);
    ImGui::EndChild();
    shown_article_ = current;
    shown_id_ = articles[static_cast<std::size_t>(current)].id;
}

// [SECTION] Article list and header ---------------------------------------------------------

// Runs when the filter text changes, never per frame: a substring of the folded outlet, title
// and id, so "courier", "Homs" and "ap-12" all narrow the list; "added" or "yours" lists the
// articles the reader added (add_stages() builds the keys).
void ReaderView::refilter(const Analysis& analysis) {
    filtered_for_ = filter_;
    const std::string f = fold_for_search(filter_);
    rows_.clear();
    for (std::size_t i = 0; i < list_keys_.size(); ++i)
        if (f.empty() || list_keys_[i].find(f) != std::string::npos) rows_.push_back(static_cast<int>(i));
    list_scrolled_to_ = -1;
}

// Two lines per article, the outlet in its colour and the title under it, each cut at the list's
// edge: rows of one height, so the clipper draws only the visible ones.
void ReaderView::draw_article_list(const Analysis& analysis, int current, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##filter", "Filter: outlet, title, id or \"added\"", filter_, sizeof filter_);
    filter_min_ = ImGui::GetItemRectMin();
    filter_max_ = ImGui::GetItemRectMax();
    filter_active_ = ImGui::IsItemActive();
    if (filtered_for_ != filter_) refilter(analysis);
    if (rows_.size() == articles.size())
        ImGui::TextDisabled("%s", count_of(articles.size(), "article").c_str());
    else
        ImGui::TextDisabled("%s of %s", grouped(rows_.size()).c_str(), count_of(articles.size(), "article").c_str());

    ImGui::BeginChild("rows", ImVec2(0, 0));
    const float line = ImGui::GetTextLineHeight();
    const float row_h = 2.0f * line + 0.2f * em;
    const float pitch = row_h + ImGui::GetStyle().ItemSpacing.y;
    // Follow the article shown when it changes elsewhere (Search, Compare, a link): centre it.
    if (list_scrolled_to_ != current) {
        list_scrolled_to_ = current;
        auto at = std::find(rows_.begin(), rows_.end(), current);
        if (at != rows_.end()) {
            float y = static_cast<float>(at - rows_.begin()) * pitch;
            float h = ImGui::GetWindowHeight();
            if (y < ImGui::GetScrollY() || y + pitch > ImGui::GetScrollY() + h)
                ImGui::SetScrollY(std::max(0.0f, y - 0.5f * (h - pitch)));
        }
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()), pitch);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const int i = rows_[static_cast<std::size_t>(r)];
            const Article& a = articles[static_cast<std::size_t>(i)];
            ImGui::PushID(i);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            if (ImGui::Selectable("##article", i == current, 0, ImVec2(0, row_h))) {
                next.selected = {a.id};
                next.span_begin.reset();
                list_scrolled_to_ = i; // already in view: no jump
            }
            if (ImGui::IsItemHovered() && ImGui::CalcTextSize(a.title.c_str()).x > ImGui::GetItemRectSize().x)
                ImGui::SetTooltip("%s", a.title.c_str());
            // Outlet (and the date, which tells one outlet's updates apart) over the title, each
            // ending in "…" at the list's edge rather than cut mid-letter.
            const float x = p.x + 0.2f * em, right = p.x + ImGui::GetContentRegionAvail().x;
            float outlet_right = right;
            if (!a.date.empty()) {
                const std::string when = short_date(a.date);
                const float w = ImGui::CalcTextSize(when.c_str()).x;
                if (right - w - x > 6.0f * em) {
                    dl->AddText(ImVec2(right - w, p.y), theme_.muted_text(), when.c_str());
                    outlet_right = right - w - 0.5f * em;
                }
            }
            const std::string title =
                (user_.contains(a.id) ? std::string("[") + user_article_mark() + "] "
                                      : std::string()) +
                (a.title.empty() ? a.id : a.title);
            ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(i));
            ImGui::RenderTextEllipsis(dl, ImVec2(x, p.y), ImVec2(outlet_right, p.y + line), outlet_right,
                                      a.outlet.c_str(), nullptr, nullptr);
            ImGui::PopStyleColor();
            ImGui::PushStyleColor(ImGuiCol_Text, theme_.muted_text());
            ImGui::RenderTextEllipsis(dl, ImVec2(x, p.y + line), ImVec2(right, p.y + 2 * line), right, title.c_str(),
                                      nullptr, nullptr);
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
    }
    clipper.End();
    ImGui::EndChild();
}

void ReaderView::draw_header(const Analysis& analysis, int current, AppState& next) {
    const Article& a = analysis.corpus.articles[static_cast<std::size_t>(current)];
    ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(current));
    ImGui::TextUnformatted(a.outlet.c_str());
    ImGui::PopStyleColor();
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.35f);
    ImGui::TextWrapped("%s", a.title.c_str());
    ImGui::PopFont();
    if (user_.contains(a.id))
        ImGui::TextDisabled("[%s] kept on this device only; remove it with Add articles",
                            user_article_mark());
    std::string meta = a.date;
    if (!a.byline.empty()) meta += "  ·  " + a.byline;
    if (!a.url.empty()) meta += "  ·  " + a.url;
    // The outlet's metadata, only the keys the corpus gives (never looked up or guessed).
    shown_metadata_ = outlet_metadata_line(a);
    if (!shown_metadata_.empty()) meta += "\n" + shown_metadata_;
    ImGui::PushStyleColor(ImGuiCol_Text, theme_.muted_text());
    ImGui::TextWrapped("%s", meta.c_str());
    ImGui::PopStyleColor();

    draw_shared_with(analysis);
    if (prepared_from_ >= 0) draw_taken_from_line(analysis, next);
    notes_.draw_editor(theme_, note_key_for_article(analysis, current));
    if (ImGui::SmallButton("Copy article")) ImGui::SetClipboardText(a.text.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(select_mode_ ? "Back to highlights" : "Select text")) select_mode_ = !select_mode_;
    ImGui::SetItemTooltip("Show the text in a selectable box: drag to select, Ctrl+C to copy");
    ImGui::Separator();
}

void ReaderView::draw_taken_from_line(const Analysis& analysis, AppState& next) {
    const Article& source = analysis.corpus.articles[static_cast<std::size_t>(prepared_from_)];
    const double total = taken_.share[0] + taken_.share[1] + taken_.share[2];
    char line[512];
    std::snprintf(line, sizeof line,
                  "Highlighted: only the text taken from %s (%s): %.0f%% of this article's story text, "
                  "%.0f%% verbatim, %.0f%% edited, %.0f%% paraphrased.",
                  source.outlet.c_str(), source.date.empty() ? source.id.c_str() : source.date.c_str(),
                  total * 100, taken_.share[0] * 100, taken_.share[1] * 100, taken_.share[2] * 100);
    ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(prepared_from_));
    ImGui::TextWrapped("%s", line);
    ImGui::PopStyleColor();
    if (ImGui::SmallButton("Show all shared text")) next.from.clear();
    show_all_min_ = ImGui::GetItemRectMin();
    show_all_max_ = ImGui::GetItemRectMax();
}

// "Shared with 4 articles from 4 outlets: ■ AP ■ …" with colour chips when few; with many, the
// counts and a button that lists the outlets (most articles first) in a clipped box.
void ReaderView::draw_shared_with(const Analysis& analysis) {
    shared_chips_ = 0;
    if (shared_.articles.empty()) {
        ImGui::TextDisabled("This article shares no text with the others.");
        return;
    }
    const float em = ImGui::GetFontSize();
    const std::string summary = "Shared with " + count_of(shared_.articles.size(), "article") + " from " +
                                count_of(shared_.outlets.size(), "outlet");
    // Chips are laid out by hand: a name that does not fit starts a new line whole. (Text with
    // the header's wrap position would break a name into one-letter lines at the right edge.)
    ImGui::PushTextWrapPos(-1.0f);
    if (shared_.articles.size() <= kSharedChipsInline) {
        ImGui::TextDisabled("%s:", summary.c_str());
        const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
        for (int o : shared_.articles) {
            const std::string& name = analysis.corpus.articles[static_cast<std::size_t>(o)].outlet;
            float chip = ImGui::GetTextLineHeight() * 0.6f;
            float w = chip * 1.3f + ImGui::CalcTextSize(name.c_str()).x;
            ImGui::SameLine(0, 0.6f * em);
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
            ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + chip * 0.35f), ImVec2(p.x + chip, p.y + chip * 1.35f),
                                                      theme_.outlet_color(o), chip * 0.2f);
            ImGui::Dummy(ImVec2(chip * 1.3f, chip));
            ImGui::SameLine(0, 0);
            ImGui::TextUnformatted(name.c_str());
            ++shared_chips_;
        }
    } else {
        ImGui::TextDisabled("%s", summary.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(show_shared_ ? "Hide outlets" : "Show outlets")) show_shared_ = !show_shared_;
        if (show_shared_) {
            const int n = static_cast<int>(shared_.outlets.size());
            const float line = ImGui::GetTextLineHeightWithSpacing();
            ImGui::BeginChild("shared", ImVec2(std::min(ImGui::GetContentRegionAvail().x, 24.0f * em),
                                               std::min(n, 8) * line + 0.5f * em),
                              ImGuiChildFlags_Borders);
            ImGuiListClipper clipper;
            clipper.Begin(n, line);
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const auto& [outlet, count] = shared_.outlets[static_cast<std::size_t>(i)];
                    ImGui::PushID(i);
                    // A click narrows the article list to that outlet.
                    if (ImGui::Selectable(outlet.c_str(), false, ImGuiSelectableFlags_AllowOverlap))
                        std::snprintf(filter_, sizeof filter_, "%s", outlet.c_str());
                    ImGui::SetItemTooltip("Show %s's articles in the list", outlet.c_str());
                    ImGui::SameLine(std::max(ImGui::GetContentRegionAvail().x - 6.0f * em, 12.0f * em));
                    ImGui::TextDisabled("%s", count_of(static_cast<std::size_t>(count), "article").c_str());
                    ImGui::PopID();
                }
            ImGui::EndChild();
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::TextDisabled("Tint: copied or edited text · thin line: paraphrase · grey: page furniture. "
                        "Click a highlight to compare. Margin: how many other articles carry each paragraph.");
}

// [SECTION] Text, hover and click -----------------------------------------------------------

void ReaderView::draw_text(const Analysis& analysis, const AppState& state, int current, AppState& next) {
    const Article& a = analysis.corpus.articles[static_cast<std::size_t>(current)];
    const float em = ImGui::GetFontSize();
    // Lines of 40–45 em read best; wider windows get margins rather than longer lines.
    const float width = ImGui::GetContentRegionAvail().x;
    const float measure = std::max(8.0f * em, std::min(width, 42.0f * em));
    const float indent = std::max(0.0f, (width - measure) * 0.5f);
    if (indent > 0) ImGui::Indent(indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    draw_header(analysis, current, next);
    ImGui::PopTextWrapPos();

    canvas_.update(current, a.text, paragraphs_, styled_, measure);
    const TextLayout& layout = canvas_.layout();
    if (marked_article_ != current || marked_query_ != state.query) {
        marked_article_ = current;
        marked_query_ = state.query;
        query_marks_ = state.query.empty() ? std::vector<ByteSpan>{} : find_in_text(a.text, state.query);
    }
    if (!state.query.empty()) draw_query_line(state, next);

    if (!select_mode_) select_text_.clear(); // rebuilt at the current width when asked for
    if (select_mode_) {
        // ImGui's multiline input does not wrap, so it gets the text with our line breaks.
        if (select_text_.empty()) {
            for (const LaidLine& l : layout.lines) {
                select_text_.append(a.text, l.span.begin, l.span.size());
                select_text_ += '\n';
            }
        }
        ImGui::InputTextMultiline("##select", select_text_.data(), select_text_.size() + 1,
                                  ImVec2(measure, -FLT_MIN), ImGuiInputTextFlags_ReadOnly);
        if (indent > 0) ImGui::Unindent(indent);
        first_highlight_visible_ = false;
        return;
    }

    const float pitch = TextCanvas::line_pitch();
    const ImVec2 origin = ImGui::GetCursorScreenPos();     // where line 0 is drawn
    const float origin_local_y = ImGui::GetCursorPosY();   // the same, in scroll space

    // Open at state.span_begin once per change: a click in Compare, Search or a deep link.
    if (scrolled_article_ != current || scrolled_span_ != state.span_begin) {
        scrolled_article_ = current;
        scrolled_span_ = state.span_begin;
        if (state.span_begin) {
            int line = layout.line_of(*state.span_begin);
            ImGui::SetScrollY(std::max(0.0f, origin_local_y + static_cast<float>(line - 2) * pitch));
        } else {
            ImGui::SetScrollY(0);
        }
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetMousePos();
    const bool hovered_window = ImGui::IsWindowHovered();
    const float win_top = ImGui::GetWindowPos().y, win_bottom = win_top + ImGui::GetWindowSize().y;
    first_highlight_visible_ = false;
    tooltip_outlets_ = 0;

    ImGuiListClipper clipper;
    clipper.Begin(canvas_.line_count(), pitch);
    while (clipper.Step()) {
        ImVec2 at = ImGui::GetCursorScreenPos();
        canvas_.draw_lines(dl, at, clipper.DisplayStart, clipper.DisplayEnd, looks_);
        draw_query_marks(dl, a.text, at, clipper.DisplayStart, clipper.DisplayEnd);
        if (indent >= 2.5f * em) draw_paragraph_reach(dl, at, clipper.DisplayStart, clipper.DisplayEnd);
        // The focused span (from a link) gets a bar in the margin, so the eye finds it.
        if (state.span_begin) {
            int fl = layout.line_of(*state.span_begin);
            if (fl >= clipper.DisplayStart && fl < clipper.DisplayEnd) {
                float y = at.y + static_cast<float>(fl - clipper.DisplayStart) * pitch;
                dl->AddRectFilled(ImVec2(at.x - 0.6f * em, y), ImVec2(at.x - 0.3f * em, y + pitch),
                                  ImGui::GetColorU32(ImGuiCol_CheckMark));
            }
        }
        // The first highlight fully on screen, for the hook (tests click it).
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd && !first_highlight_visible_; ++i) {
            const LaidLine& l = layout.lines[static_cast<std::size_t>(i)];
            float y = at.y + static_cast<float>(i - clipper.DisplayStart) * pitch;
            if (y < win_top || y + pitch > win_bottom) continue;
            for (const LaidRun* r = layout.runs_begin(l); r != layout.runs_end(l); ++r) {
                if (r->style < 0 || looks_[static_cast<std::size_t>(r->style)].underlines.empty()) continue;
                if (r->x1 - r->x0 < em) continue;
                first_highlight_visible_ = true;
                first_highlight_min_ = ImVec2(at.x + r->x0, y);
                first_highlight_max_ = ImVec2(at.x + r->x1, y + pitch);
                first_highlight_at_ = r->span.begin;
                break;
            }
        }
        ImGui::Dummy(ImVec2(measure, pitch * static_cast<float>(clipper.DisplayEnd - clipper.DisplayStart)));
    }
    clipper.End();

    // Hover and click: which line and byte are under the mouse, and what is shared there.
    const int hovered_line = static_cast<int>((mouse.y - origin.y) / pitch);
    if (hovered_window && mouse.x >= origin.x && mouse.x < origin.x + measure && mouse.y >= origin.y &&
        hovered_line < canvas_.line_count() && layout.lines[static_cast<std::size_t>(hovered_line)].paragraph >= 0) {
        const LaidLine& l = layout.lines[static_cast<std::size_t>(hovered_line)];
        const float x = mouse.x - origin.x;
        const LaidRun* last = l.run_count ? layout.runs_end(l) - 1 : nullptr;
        std::uint32_t offset = layout.offset_at(hovered_line, x);
        auto under = (last && x < last->x1) ? spans_.at(current, offset) : std::vector<const SharedSpan*>{};
        if (!under.empty()) {
            tooltip_outlets_ = static_cast<int>(under.size());
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            draw_shared_tooltip(analysis, current, offset);
            if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
                const SharedSpan* best = under.front();
                next.view = "compare";
                next.selected = {a.id, analysis.corpus.articles[static_cast<std::size_t>(best->other)].id};
                next.span_begin = best->span.begin;
            }
        }
        // Right click: copy the paragraph under the mouse.
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
            menu_paragraph_ = l.paragraph;
            ImGui::OpenPopup("paragraph");
        }
    }
    if (ImGui::BeginPopup("paragraph")) {
        const int p = menu_paragraph_;
        if (p >= 0 && static_cast<std::size_t>(p) < paragraphs_.size() && ImGui::MenuItem("Copy paragraph")) {
            ByteSpan ps = paragraphs_[static_cast<std::size_t>(p)];
            ImGui::SetClipboardText(a.text.substr(ps.begin, ps.size()).c_str());
        }
        if (ImGui::MenuItem("Copy article")) ImGui::SetClipboardText(a.text.c_str());
        ImGui::EndPopup();
    }
    if (indent > 0) ImGui::Unindent(indent);
}

bool ReaderView::draw_paragraph_reach(ImDrawList* dl, ImVec2 at, int first, int last) {
    if (paragraph_articles_max_ == 0) return false;
    const TextLayout& layout = canvas_.layout();
    const float em = ImGui::GetFontSize();
    const float pitch = TextCanvas::line_pitch();
    const float x0 = at.x - 1.5f * em, x1 = at.x - 1.0f * em;
    const ImVec4 accent = ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram);
    const ImVec2 mouse = ImGui::GetMousePos();
    int hovered = -1;
    for (int i = first; i < last; ++i) {
        const int p = layout.lines[static_cast<std::size_t>(i)].paragraph;
        if (p < 0 || static_cast<std::size_t>(p) >= paragraph_articles_.size() ||
            paragraph_furniture_[static_cast<std::size_t>(p)])
            continue;
        const int n = paragraph_articles_[static_cast<std::size_t>(p)];
        const float y = at.y + static_cast<float>(i - first) * pitch;
        // Shade by share of the most carried paragraph; a paragraph nobody carries is a faint
        // outline, so "none" reads as a value, not a gap.
        const float t = static_cast<float>(n) / static_cast<float>(paragraph_articles_max_);
        if (n > 0) dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + pitch), ImGui::GetColorU32(ImVec4(accent.x, accent.y, accent.z, 0.2f + 0.8f * t)));
        else dl->AddRect(ImVec2(x0, y), ImVec2(x1, y + pitch), theme_.grid_color());
        const bool first_line = i == 0 || layout.lines[static_cast<std::size_t>(i - 1)].paragraph != p;
        if (first_line) {
            const std::string num = std::to_string(n);
            const float w = ImGui::CalcTextSize(num.c_str()).x;
            dl->AddText(ImVec2(x0 - 0.3f * em - w, y + (pitch - ImGui::GetTextLineHeight()) * 0.5f), theme_.muted_text(), num.c_str());
        }
        if (ImGui::IsWindowHovered() && mouse.x >= x0 - 2.5f * em && mouse.x < x1 && mouse.y >= y && mouse.y < y + pitch)
            hovered = p;
    }
    if (hovered >= 0) {
        const int n = paragraph_articles_[static_cast<std::size_t>(hovered)];
        const int o = paragraph_outlets_[static_cast<std::size_t>(hovered)];
        if (n == 0) ImGui::SetTooltip("No other article carries this paragraph's text.");
        else ImGui::SetTooltip("%s from %s carry some of this paragraph's text\n(verbatim, edited or paraphrased).",
                               count_of(static_cast<std::size_t>(n), "other article").c_str(),
                               count_of(static_cast<std::size_t>(o), "outlet").c_str());
    }
    return hovered >= 0;
}

void ReaderView::draw_query_line(const AppState& state, AppState& next) {
    const std::size_t n = query_marks_.size();
    std::string line = n == 0   ? "\u201C" + state.query + "\u201D is not in this article's words (a rewording may be)."
                       : n == 1 ? "\u201C" + state.query + "\u201D, outlined once in this article."
                                : "\u201C" + state.query + "\u201D, outlined " + std::to_string(n) + " times in this article.";
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", line.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Clear search marks")) next.query.clear();
}

void ReaderView::draw_query_marks(ImDrawList* dl, std::string_view text, ImVec2 at, int first, int last) const {
    if (query_marks_.empty()) return;
    const TextLayout& layout = canvas_.layout();
    const float pitch = TextCanvas::line_pitch();
    const float h = ImGui::GetTextLineHeight();
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_CheckMark);
    // Marks are in text order, as lines are: one pass over both.
    auto m = std::lower_bound(query_marks_.begin(), query_marks_.end(),
                              layout.lines[static_cast<std::size_t>(first)].span.begin,
                              [](const ByteSpan& s, std::uint32_t at) { return s.end <= at; });
    for (int i = first; i < last && m != query_marks_.end(); ++i) {
        const LaidLine& l = layout.lines[static_cast<std::size_t>(i)];
        const float y = at.y + static_cast<float>(i - first) * pitch;
        for (const LaidRun* r = layout.runs_begin(l); r != layout.runs_end(l); ++r) {
            for (auto k = m; k != query_marks_.end() && k->begin < r->span.end; ++k) {
                const std::uint32_t b = std::max(k->begin, r->span.begin), e = std::min(k->end, r->span.end);
                if (b >= e) continue;
                const float x0 = at.x + r->x0 + ImGui::CalcTextSize(text.data() + r->span.begin, text.data() + b).x;
                const float x1 = x0 + ImGui::CalcTextSize(text.data() + b, text.data() + e).x;
                dl->AddRect(ImVec2(x0 - 2, y - 1), ImVec2(x1 + 2, y + h + 1), colour, 2.0f, 0, 2.0f);
            }
        }
        while (m != query_marks_.end() && m->end <= l.span.end) ++m;
    }
}

void ReaderView::draw_shared_tooltip(const Analysis& analysis, int current, std::uint32_t offset) const {
    if (!ImGui::BeginTooltip()) return;
    const float em = ImGui::GetFontSize();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 28.0f * em);
    int shown = 0;
    for (const SharedSpan* s : spans_.at(current, offset)) {
        if (shown == 4) {
            ImGui::TextDisabled("… and more: click to compare");
            break;
        }
        if (shown++) ImGui::Separator();
        const Article& o = analysis.corpus.articles[static_cast<std::size_t>(s->other)];
        ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(s->other));
        ImGui::TextUnformatted(o.outlet.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::TextDisabled("%s", to_string(s->kind));
        std::string_view words = std::string_view(o.text).substr(s->other_span.begin, s->other_span.size());
        std::string_view quoted = clip_utf8(words, kQuoteBytes);
        ImGui::TextWrapped("%.*s%s", static_cast<int>(quoted.size()), quoted.data(),
                           quoted.size() < words.size() ? " …" : "");
    }
    ImGui::TextDisabled("Click to compare");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// [SECTION] Hook and export -----------------------------------------------------------------

std::string ReaderView::table_csv(const Analysis& analysis) const {
    if (model_for_ != &analysis || shown_article_ < 0) return shared_spans_csv(analysis, -1, {});
    return shared_spans_csv(analysis, shown_article_, spans_.shared(shown_article_));
}

void ReaderView::report(nlohmann::json& out) const {
    out["reader_paragraphs"] = static_cast<int>(paragraphs_.size());
    out["reader_article"] = shown_id_;
    out["reader_metadata"] = shown_metadata_;
    if (prepared_from_ >= 0 && model_for_) {
        // What Churnalism's view shows: the chosen source and the shares taken from it.
        out["reader_from"] = model_for_->corpus.articles[static_cast<std::size_t>(prepared_from_)].id;
        out["reader_taken"] = {{"verbatim", taken_.share[0]}, {"edited", taken_.share[1]},
                               {"paraphrase", taken_.share[2]}, {"spans", taken_.spans.size()},
                               {"on_demand", taken_.computed_on_demand}};
        out["reader_show_all"] = {show_all_min_.x, show_all_min_.y, show_all_max_.x - show_all_min_.x,
                                  show_all_max_.y - show_all_min_.y};
    } // the header's outlet metadata line, "" when none
    out["reader_highlights"] = highlights_;
    out["reader_select_mode"] = select_mode_;
    out["reader_tooltip_outlets"] = tooltip_outlets_;
    out["reader_filter"] = filtered_for_;
    out["reader_filter_active"] = filter_active_; // the filter box has the keyboard
    out["reader_list_rows"] = static_cast<int>(rows_.size());
    if (!rows_.empty()) out["reader_list_first"] = model_for_->corpus.articles[static_cast<std::size_t>(rows_.front())].id;
    out["reader_filter_box"] = {{"x", filter_min_.x}, {"y", filter_min_.y}, {"w", filter_max_.x - filter_min_.x},
                                {"h", filter_max_.y - filter_min_.y}};
    out["reader_shared_articles"] = static_cast<int>(shared_.articles.size());
    out["reader_shared_outlets"] = static_cast<int>(shared_.outlets.size());
    out["reader_shared_chips"] = shared_chips_;
    out["reader_query_marks"] = static_cast<int>(query_marks_.size()); // searched words outlined
    out["reader_paragraph_articles"] = paragraph_articles_; // the margin's heat strip, per paragraph
    out["reader_paragraph_outlets"] = paragraph_outlets_; // and its outlets (the strip's tooltip)
    nlohmann::json spans = nlohmann::json::array(); // each paragraph's bytes [begin, end) in the text
    for (const ByteSpan& p : paragraphs_) spans.push_back({p.begin, p.end});
    out["reader_paragraph_spans"] = spans;
    out["reader_shared_list_open"] = show_shared_ && shared_.articles.size() > kSharedChipsInline;
    if (first_highlight_visible_) {
        // In CSS pixels: ImGui's coordinates are the window's, which SDL keeps in CSS pixels
        // (the framebuffer scale carries devicePixelRatio).
        out["reader_first_highlight"] = {{"x", first_highlight_min_.x},
                                         {"y", first_highlight_min_.y},
                                         {"w", first_highlight_max_.x - first_highlight_min_.x},
                                         {"h", first_highlight_max_.y - first_highlight_min_.y},
                                         {"at", first_highlight_at_}};
    }
}

} // namespace wiretrace
