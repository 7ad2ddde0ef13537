// PassagesView.cpp
//
// [SECTION] Rows and wordings (built once per analysis / selection)
// [SECTION] Frame
// [SECTION] Passage list
// [SECTION] Wordings of the selected passage
// [SECTION] Hook and export

#include "PassagesView.h"

#include "Counts.h"
#include "core/export_csv.h"
#include "core/reach.h"
#include "core/word_diff.h"

#include <imgui.h>
#include <imgui_internal.h> // RenderTextEllipsis: a passage's second line ends in "…" on a phone

#include <algorithm>
#include <map>

namespace wiretrace {

namespace {

// One line of a passage for the list: its first member's words, cut to fit.
std::string_view first_words(const Analysis& analysis, const Passage& p, std::size_t max_bytes) {
    const PassageMember& m = p.members.front();
    std::string_view t = analysis.corpus.articles[static_cast<std::size_t>(m.article)].text;
    std::string_view s = t.substr(m.span.begin, m.span.size());
    // One line per row keeps rows the same height, which the list clipper relies on.
    s = s.substr(0, s.find('\n'));
    if (s.size() <= max_bytes) return s;
    while (max_bytes > 0 && (static_cast<unsigned char>(s[max_bytes]) & 0xC0) == 0x80) --max_bytes;
    return s.substr(0, max_bytes);
}

void outlet_chip(const Theme& theme, int article) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    float chip = ImGui::GetTextLineHeight() * 0.6f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + chip * 0.35f), ImVec2(p.x + chip, p.y + chip * 1.35f),
                                              theme.outlet_color(article), chip * 0.2f);
    ImGui::Dummy(ImVec2(chip, chip));
}

} // namespace

// [SECTION] Rows and wordings (built once per analysis / selection) --------------------------

double PassagesView::prepare(const Analysis& analysis, const AppState&, double budget_ms) {
    return prep_.run_for(analysis, budget_ms, [&] { add_stages(analysis); });
}

// The list's rows as stages of the view's preparation (Preparation.h): at 10,000 articles they
// took 219 ms in the view's first frame.
void PassagesView::add_stages(const Analysis& analysis) {
    rows_for_ = nullptr;
    rows_.clear();
    reach_builder_ = std::make_unique<ReachIndexBuilder>(analysis);
    prep_.add("who carries what", reach_builder_->units(), [this](std::size_t) { reach_builder_->step(1); });
    prep_.add("who carries what", 1, [this](std::size_t) {
        reach_ = reach_builder_->take();
        reach_builder_.reset();
    });
    prep_.add("the passages", analysis.passages.size(), [this, &analysis](std::size_t i) {
        const Passage& p = analysis.passages[i];
        Reach carried = reach_.carried_by(static_cast<int>(i));
        Row r;
        r.passage = static_cast<int>(i);
        r.articles = std::move(carried.articles);
        r.outlets = static_cast<int>(carried.outlets.size());
        for (const PassageMember& m : p.members) r.length = std::max(r.length, m.span.size());
        if (r.articles.size() >= 2) rows_.push_back(std::move(r));
    });
    prep_.add("the passages' order", 1, [this, &analysis](std::size_t) {
        reach_ = ReachIndex();
        // Most widely carried first (outlets, then articles), then longest; the passage id keeps
        // the order stable.
        std::sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) {
            if (a.outlets != b.outlets) return a.outlets > b.outlets;
            if (a.articles.size() != b.articles.size()) return a.articles.size() > b.articles.size();
            if (a.length != b.length) return a.length > b.length;
            return a.passage < b.passage;
        });
        selected_row_ = 0;
        wordings_for_ = -1;
        rows_for_ = &analysis;
    });
    // The first row's wordings: the widest-carried passage has a member in nearly every article.
    prep_.add_steps(
        "the first passage's wordings",
        [this, &analysis] {
            if (rows_.empty()) return true;
            if (wordings_for_ != rows_[static_cast<std::size_t>(selected_row_)].passage) start_wordings(analysis);
            return wordings_step(analysis);
        },
        [this, &analysis] {
            // Half for grouping the members, a quarter each for the wordings' reach and marks.
            if (rows_.empty()) return 1.0;
            if (wordings_for_ != rows_[static_cast<std::size_t>(selected_row_)].passage) return 0.0; // not started
            const double of_wordings = static_cast<double>(wordings_next_) /
                                       static_cast<double>(std::max<std::size_t>(1, wordings_.size()));
            switch (wordings_phase_) {
            case WordingsPhase::Done: return 1.0;
            case WordingsPhase::Differences: return 0.75 + 0.25 * of_wordings;
            case WordingsPhase::Order: return 0.75;
            case WordingsPhase::Reach: return 0.5 + 0.25 * of_wordings;
            case WordingsPhase::Members: break;
            }
            const std::size_t n = analysis.passages[static_cast<std::size_t>(wordings_for_)].members.size();
            return 0.5 * static_cast<double>(wordings_next_) / static_cast<double>(std::max<std::size_t>(1, n));
        });
}

// Groups the selected passage's members by their exact words: a wire paragraph carried by 300
// articles is usually a handful of wordings, and the one outlet that changed a word stands out.
void PassagesView::build_wordings(const Analysis& analysis) {
    start_wordings(analysis);
    while (!wordings_step(analysis)) {
    }
}

void PassagesView::start_wordings(const Analysis& analysis) {
    const Row& r = rows_[static_cast<std::size_t>(selected_row_)];
    wordings_for_ = r.passage;
    wordings_.clear();
    wording_of_text_.clear();
    tops_width_ = -1;
    changed_words_ = 0;
    wordings_phase_ = WordingsPhase::Members;
    wordings_next_ = 0;
    (void)analysis;
}

// One step: 512 members grouped, or one wording's reach, the order, or one wording's marks.
bool PassagesView::wordings_step(const Analysis& analysis) {
    constexpr std::size_t kMembersPerStep = 512;
    const auto& articles = analysis.corpus.articles;
    const Passage& p = analysis.passages[static_cast<std::size_t>(wordings_for_)];
    switch (wordings_phase_) {
    case WordingsPhase::Members: {
        const std::size_t end = std::min(p.members.size(), wordings_next_ + kMembersPerStep);
        for (std::size_t k = wordings_next_; k < end; ++k) {
            const PassageMember& m = p.members[k];
            if (m.article < 0 || static_cast<std::size_t>(m.article) >= articles.size()) continue;
            std::string_view t = std::string_view(articles[static_cast<std::size_t>(m.article)].text).substr(m.span.begin, m.span.size());
            auto [it, added] = wording_of_text_.emplace(t, wordings_.size());
            if (added) {
                Wording w;
                w.text = t;
                w.first_member = static_cast<int>(k);
                wordings_.push_back(std::move(w));
            }
            // Repeats are fine: reach_of below counts each article once (a search of the list
            // per member was quadratic: 10,000 members of one wording took most of a 128 ms step).
            wordings_[it->second].articles.push_back(m.article);
        }
        wordings_next_ = end;
        if (end == p.members.size()) wordings_phase_ = WordingsPhase::Reach, wordings_next_ = 0;
        return false;
    }
    case WordingsPhase::Reach: {
        if (wordings_next_ < wordings_.size()) {
            Wording& w = wordings_[wordings_next_++];
            Reach reach = reach_of(analysis, w.articles);
            w.articles = std::move(reach.articles);
            w.outlets = static_cast<int>(reach.outlets.size());
            // One line is all anyone reads; the rest is a count.
            for (std::size_t i = 0; i < reach.outlets.size() && i < 12; ++i) {
                if (i) w.outlet_list += ", ";
                w.outlet_list += reach.outlets[i].first;
                if (reach.outlets[i].second > 1) w.outlet_list += " (" + std::to_string(reach.outlets[i].second) + ")";
            }
            if (reach.outlets.size() > 12) w.outlet_list += ", and " + count_of(reach.outlets.size() - 12, "more outlet");
        }
        if (wordings_next_ >= wordings_.size()) wordings_phase_ = WordingsPhase::Order;
        return false;
    }
    case WordingsPhase::Order:
        wording_of_text_.clear();
        std::stable_sort(wordings_.begin(), wordings_.end(),
                         [](const Wording& a, const Wording& b) { return a.articles.size() > b.articles.size(); });
        wordings_phase_ = WordingsPhase::Differences;
        wordings_next_ = 1;
        return false;
    case WordingsPhase::Differences:
        if (wordings_next_ < wordings_.size()) {
            Wording& w = wordings_[wordings_next_++];
            WordMarks marks = mark_differing_words(wordings_[0].text, w.text);
            w.changed = std::move(marks.only_in_b);
            w.dropped = marks.only_in_a.size();
            changed_words_ += static_cast<int>(w.changed.size());
        }
        if (wordings_next_ >= wordings_.size()) wordings_phase_ = WordingsPhase::Done;
        return wordings_phase_ == WordingsPhase::Done;
    case WordingsPhase::Done:
        return true;
    }
    return true;
}

float PassagesView::flow_words(std::string_view text, const std::vector<ByteSpan>& changed, float width,
                               bool draw) const {
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float space = ImGui::CalcTextSize(" ").x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    // The yellow Compare marks words added against its base with: one meaning, one colour.
    const ImU32 tint = theme_.added_words_color();
    float x = 0, y = 0;
    std::size_t c = 0;
    // Words are runs between spaces (punctuation stays on its word, as the text is written);
    // a run is marked when a changed word lies in it.
    for (std::size_t b = 0; b < text.size();) {
        if (text[b] == ' ' || text[b] == '\n') {
            ++b;
            continue;
        }
        std::size_t e = b;
        while (e < text.size() && text[e] != ' ' && text[e] != '\n') ++e;
        const float w = ImGui::CalcTextSize(text.data() + b, text.data() + e).x;
        if (x > 0 && x + w > width) x = 0, y += line;
        while (c < changed.size() && changed[c].end <= b) ++c;
        const bool marked = c < changed.size() && changed[c].begin < e;
        if (draw) {
            const ImVec2 at(origin.x + x, origin.y + y);
            if (marked)
                dl->AddRectFilled(ImVec2(at.x - 1, at.y), ImVec2(at.x + w + 1, at.y + ImGui::GetTextLineHeight()), tint, 2.0f);
            dl->AddText(at, ink, text.data() + b, text.data() + e);
        }
        x += w + space;
        b = e;
    }
    const float height = y + line;
    if (draw) ImGui::Dummy(ImVec2(width, height - ImGui::GetStyle().ItemSpacing.y));
    return height;
}

// [SECTION] Frame ---------------------------------------------------------------------------


void PassagesView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    // Two lists of shared text: passages (text grouped across every outlet carrying it) and
    // the aligned pairs behind them (TextPAIR's list, PairsTable.h).
    if (ImGui::RadioButton("Passages", !show_pairs_)) show_pairs_ = false;
    ImGui::SameLine();
    if (ImGui::RadioButton("Aligned pairs", show_pairs_)) show_pairs_ = true;
    remember_pairs_toggle();
    if (show_pairs_) {
        pairs_.draw(analysis, next);
        return;
    }
    if (rows_.empty()) {
        ImGui::TextDisabled("No passage is carried by two or more articles.");
        return;
    }
    const float em = ImGui::GetFontSize();
    // Wrapped: on a phone the line ran off the right edge.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s carried by two or more articles, most widely carried first. "
                       "Select one to see how each outlet words it.",
                       count_of(rows_.size(), "passage").c_str());
    ImGui::PopStyleColor();
    // Arrow keys move between rows when no text field has the keyboard.
    if (!ImGui::GetIO().WantTextInput) {
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) selected_row_ = std::min(selected_row_ + 1, static_cast<int>(rows_.size()) - 1);
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) selected_row_ = std::max(selected_row_ - 1, 0);
    }
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool narrow = avail.x < 50.0f * em;
    draw_list(analysis, narrow ? ImVec2(avail.x, avail.y * 0.45f) : ImVec2(avail.x * 0.45f, avail.y));
    if (!narrow) ImGui::SameLine();
    ImGui::BeginChild("members", ImVec2(0, 0), ImGuiChildFlags_Borders);
    draw_members(analysis, next);
    ImGui::EndChild();
}

// [SECTION] Passage list --------------------------------------------------------------------

void PassagesView::draw_list(const Analysis& analysis, ImVec2 size) {
    const float em = ImGui::GetFontSize();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersOuter;
    // On a phone the three count columns left the passage ~8 em, cut mid-word after a few
    // words: there it gets two columns' room and two lines ending in "…", the outlets' count
    // over the articles' chips in one column, the full opening and the counts in a tooltip and,
    // once tapped, in the wordings below.
    list_narrow_ = size.x < 30.0f * em;
    if (list_narrow_) {
        draw_list_narrow(analysis, size);
        return;
    }
    if (!ImGui::BeginTable("passages", 4, flags, size)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Outlets", ImGuiTableColumnFlags_WidthFixed, 3.5f * em);
    ImGui::TableSetupColumn("Articles", ImGuiTableColumnFlags_WidthFixed, 3.5f * em);
    ImGui::TableSetupColumn("Who", ImGuiTableColumnFlags_WidthFixed, 6.0f * em);
    ImGui::TableSetupColumn("Passage", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Row& r = rows_[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(i);
            if (ImGui::Selectable(grouped(static_cast<std::size_t>(r.outlets)).c_str(), i == selected_row_,
                                  ImGuiSelectableFlags_SpanAllColumns))
                selected_row_ = i;
            const bool hovered = ImGui::IsItemHovered();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(grouped(r.articles.size()).c_str());
            ImGui::TableNextColumn();
            // One chip per article, in its colour, and the count of the rest where the chips
            // run out: all on one line, so rows keep one height for the clipper.
            const int total = static_cast<int>(r.articles.size());
            const float chip_w = ImGui::GetTextLineHeight() * 0.6f + 0.2f * em;
            const std::string rest_max = "+" + grouped(r.articles.size());
            const float rest_w = ImGui::CalcTextSize(rest_max.c_str()).x;
            float room = ImGui::GetContentRegionAvail().x;
            int fit = total;
            if (static_cast<float>(total) * chip_w > room)
                fit = std::max(0, static_cast<int>((room - rest_w) / chip_w));
            for (int k = 0; k < fit; ++k) {
                outlet_chip(theme_, r.articles[static_cast<std::size_t>(k)]);
                ImGui::SameLine(0, 0.2f * em);
            }
            if (fit < total) ImGui::TextDisabled("+%s", grouped(static_cast<std::size_t>(total - fit)).c_str());
            else ImGui::NewLine();
            ImGui::TableNextColumn();
            // One line ending in "…" at the column's edge, not cut mid-word by the table's clip
            // rect; the whole opening is in the row's tooltip.
            passage_width_ = ImGui::GetContentRegionAvail().x;
            std::string_view w = first_words(analysis, analysis.passages[static_cast<std::size_t>(r.passage)], 160);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float line = ImGui::GetTextLineHeight();
            ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), p, ImVec2(p.x + passage_width_, p.y + line),
                                      p.x + passage_width_, w.data(), w.data() + w.size(), nullptr);
            ImGui::Dummy(ImVec2(passage_width_, line));
            if (hovered) passage_tooltip(r, w);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

// A row's tooltip: its counts and the passage's opening in full, which the row cuts.
void PassagesView::passage_tooltip(const Row& r, std::string_view opening) const {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 20);
    ImGui::TextDisabled("%s from %s", count_of(r.articles.size(), "article").c_str(),
                        count_of(static_cast<std::size_t>(r.outlets), "outlet").c_str());
    ImGui::TextWrapped("%.*s", static_cast<int>(opening.size()), opening.data());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// The phone's table: "4 outlets" over the articles' chips, then the passage's opening on two
// lines. Rows keep one height (two lines) for the clipper.
void PassagesView::draw_list_narrow(const Analysis& analysis, ImVec2 size) {
    const float em = ImGui::GetFontSize();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersOuter;
    if (!ImGui::BeginTable("passages", 2, flags, size)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // As wide as its widest count: the first row's, the most widely carried.
    const std::string widest = rows_.empty() ? std::string() : count_of(static_cast<std::size_t>(rows_.front().outlets), "outlet");
    ImGui::TableSetupColumn("Carried by", ImGuiTableColumnFlags_WidthFixed,
                            std::max({ImGui::CalcTextSize("Carried by").x, ImGui::CalcTextSize(widest.c_str()).x, 4.0f * em}));
    ImGui::TableSetupColumn("Passage", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    const float line = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Row& r = rows_[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(i);
            const std::string counts = count_of(static_cast<std::size_t>(r.outlets), "outlet");
            if (ImGui::Selectable(counts.c_str(), i == selected_row_, ImGuiSelectableFlags_SpanAllColumns,
                                  ImVec2(0, 2 * line)))
                selected_row_ = i;
            const bool hovered = ImGui::IsItemHovered();
            // The chips under the counts, as many as fit, then "+N".
            const ImVec2 cell = ImGui::GetItemRectMin();
            const float col_w = ImGui::GetColumnWidth();
            const float chip = line * 0.6f, step = chip + 0.2f * em;
            const int total = static_cast<int>(r.articles.size());
            int fit = std::min(total, static_cast<int>(col_w / step));
            if (fit < total) fit = std::max(0, static_cast<int>((col_w - ImGui::CalcTextSize("+99").x) / step));
            for (int k = 0; k < fit; ++k) {
                const ImVec2 a(cell.x + static_cast<float>(k) * step, cell.y + line + 0.2f * line);
                dl->AddRectFilled(a, ImVec2(a.x + chip, a.y + chip), theme_.outlet_color(r.articles[static_cast<std::size_t>(k)]),
                                  0.15f * em);
            }
            if (fit < total) {
                const std::string rest = "+" + grouped(static_cast<std::size_t>(total - fit));
                dl->AddText(ImVec2(cell.x + static_cast<float>(fit) * step, cell.y + line),
                            ImGui::GetColorU32(ImGuiCol_TextDisabled), rest.c_str());
            }
            ImGui::TableNextColumn();
            // Two lines of the opening, word-wrapped; the second ends in "…" when more follows.
            std::string_view w = first_words(analysis, analysis.passages[static_cast<std::size_t>(r.passage)], 160);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float width = ImGui::GetContentRegionAvail().x;
            passage_width_ = width;
            ImFont* font = ImGui::GetFont();
            const char* begin = w.data();
            const char* end = w.data() + w.size();
            const char* cut = font->CalcWordWrapPosition(ImGui::GetFontSize(), begin, end, width);
            if (cut == begin) cut = std::min(end, begin + 1);
            dl->AddText(p, ImGui::GetColorU32(ImGuiCol_Text), begin, cut);
            const char* second = cut;
            while (second < end && *second == ' ') ++second;
            if (second < end) {
                ImGui::RenderTextEllipsis(dl, ImVec2(p.x, p.y + line), ImVec2(p.x + width, p.y + 2 * line), p.x + width,
                                          second, end, nullptr);
            }
            ImGui::Dummy(ImVec2(width, 2 * line));
            if (hovered) passage_tooltip(r, w);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

// [SECTION] Wordings of the selected passage -------------------------------------------------

void PassagesView::draw_members(const Analysis& analysis, AppState& next) {
    selected_row_ = std::clamp(selected_row_, 0, static_cast<int>(rows_.size()) - 1);
    const Row& r = rows_[static_cast<std::size_t>(selected_row_)];
    const Passage& p = analysis.passages[static_cast<std::size_t>(r.passage)];
    const auto& articles = analysis.corpus.articles;
    if (wordings_for_ != r.passage || wordings_phase_ != WordingsPhase::Done) build_wordings(analysis);
    const float em = ImGui::GetFontSize();
    ImGui::Text("Carried by %s from %s", count_of(r.articles.size(), "article").c_str(),
                count_of(static_cast<std::size_t>(r.outlets), "outlet").c_str());
    ImGui::SameLine();
    // Compare lays articles side by side: a few columns read, hundreds do not. Take the first
    // article of each wording, most widely carried first, up to six.
    constexpr std::size_t kCompareAtMost = 6;
    const bool all = r.articles.size() <= kCompareAtMost;
    if (ImGui::SmallButton(all ? "Compare them" : "Compare the main wordings")) {
        next.view = "compare";
        next.selected.clear();
        for (const Wording& w : wordings_) {
            if (next.selected.size() == kCompareAtMost) break;
            for (int a : w.articles) {
                const std::string& id = articles[static_cast<std::size_t>(a)].id;
                if (std::find(next.selected.begin(), next.selected.end(), id) == next.selected.end()) {
                    next.selected.push_back(id);
                    if (!all) break;
                }
                if (next.selected.size() == kCompareAtMost) break;
            }
        }
        next.span_begin = p.members.front().span.begin;
    }
    if (wordings_.size() > 1)
        ImGui::TextDisabled("%s, most widely carried first", count_of(wordings_.size(), "wording").c_str());
    notes_.draw_editor(theme_, note_key_for_passage(analysis, r.passage));
    ImGui::Separator();

    // Wordings differ in height (wrapped text), so the clipping is by hand: their tops are
    // measured once per width, and only those crossing the visible band are drawn.
    ImGui::BeginChild("wordings", ImVec2(0, 0));
    const float width = ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    if (tops_width_ != width) {
        tops_width_ = width;
        tops_.assign(1, 0.0f);
        for (const Wording& w : wordings_) {
            float h = line + flow_words(w.text, w.changed, width, false) + gap;
            // The outlets carrying it wrap (at 1,000 articles a line of them ran off the pane,
            // cut mid-name, and its "and 29 more outlets" was never seen).
            if (w.articles.size() > 1)
                h += ImGui::CalcTextSize(w.outlet_list.c_str(), nullptr, false, width).y + gap;
            if (!w.changed.empty() || w.dropped > 0) h += line;
            tops_.push_back(tops_.back() + h + 0.6f * em);
        }
    }
    const float origin = ImGui::GetCursorPosY();
    const float top = ImGui::GetScrollY(), bottom = top + ImGui::GetWindowHeight();
    shown_wordings_ = 0;
    for (std::size_t i = 0; i < wordings_.size(); ++i) {
        if (origin + tops_[i + 1] < top || origin + tops_[i] > bottom) continue;
        ImGui::SetCursorPosY(origin + tops_[i]);
        ImGui::PushID(static_cast<int>(i));
        draw_wording(analysis, wordings_[i], p, width, next);
        ImGui::PopID();
        ++shown_wordings_;
    }
    ImGui::SetCursorPosY(origin + tops_.back());
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::EndChild();
}

// The wording's articles (the outlet name when it is one), "Read" for its first article, the
// words, and for a shared wording the outlets carrying it on one line.
void PassagesView::draw_wording(const Analysis& analysis, const Wording& w, const Passage& p, float width,
                                AppState& next) {
    const auto& articles = analysis.corpus.articles;
    const PassageMember& first = p.members[static_cast<std::size_t>(w.first_member)];
    const Article& a = articles[static_cast<std::size_t>(first.article)];
    if (w.articles.size() == 1) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(first.article));
        ImGui::TextUnformatted(a.outlet.c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::Text("%s from %s", count_of(w.articles.size(), "article").c_str(),
                    count_of(static_cast<std::size_t>(w.outlets), "outlet").c_str());
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Read")) {
        next.view = "reader";
        next.selected = {a.id};
        next.span_begin = first.span.begin;
    }
    if (w.articles.size() > 1) ImGui::SetItemTooltip("Open %s (%s) in Reader", a.outlet.c_str(), a.title.c_str());
    flow_words(w.text, w.changed, width, true);
    if (!w.changed.empty() || w.dropped > 0) {
        std::string note = "Against the most carried wording: ";
        if (!w.changed.empty()) note += count_of(w.changed.size(), "word") + " changed or added (marked)";
        if (!w.changed.empty() && w.dropped > 0) note += ", ";
        if (w.dropped > 0) note += count_of(w.dropped, "word") + " left out";
        ImGui::TextDisabled("%s", note.c_str());
    }
    if (w.articles.size() > 1) hint_text("%s", w.outlet_list.c_str());
}

// [SECTION] Hook and export -----------------------------------------------------------------

void PassagesView::report(nlohmann::json& out) const {
    out["passages"] = static_cast<int>(rows_.size());
    out["passages_show_pairs"] = show_pairs_;
    // "narrow": the phone's two-column table, each passage on two lines ending in "…"
    out["passages_list_layout"] = list_narrow_ ? "narrow" : "columns";
    out["passages_passage_width"] = passage_width_; // px the passage's column gives its text
    out["passages_pairs_toggle"] = {{"x", toggle_min_.x}, {"y", toggle_min_.y}, {"w", toggle_max_.x - toggle_min_.x},
                                    {"h", toggle_max_.y - toggle_min_.y}};
    pairs_.report(out);
    out["passages_changed_words"] = changed_words_; // marked in the selected passage's wordings
    if (!rows_.empty()) {
        const Row& r = rows_[static_cast<std::size_t>(std::clamp(selected_row_, 0, static_cast<int>(rows_.size()) - 1))];
        out["passages_selected_outlets"] = r.outlets;
        out["passages_selected_articles"] = static_cast<int>(r.articles.size());
        out["passages_selected_id"] = rows_for_->passages[static_cast<std::size_t>(r.passage)].id;
        out["passages_selected_wordings"] = static_cast<int>(wordings_.size());
        out["passages_wordings_drawn"] = shown_wordings_;
        out["passages_first_outlets"] = rows_.front().outlets;
        out["passages_first_articles"] = static_cast<int>(rows_.front().articles.size());
    }
}

std::string PassagesView::table_csv(const Analysis& analysis) const {
    return show_pairs_ ? pairs_.table_csv(analysis)
                       : passages_csv(analysis, notes_.notes().empty() ? nullptr : &notes_.notes());
}

void PassagesView::remember_pairs_toggle() {
    toggle_min_ = ImGui::GetItemRectMin();
    toggle_max_ = ImGui::GetItemRectMax();
}

} // namespace wiretrace
