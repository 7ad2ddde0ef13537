// CompareView.cpp
//
// [SECTION] Columns and their styles
// [SECTION] Links and moves
// [SECTION] Frame
// [SECTION] Column
// [SECTION] Linked scrolling
// [SECTION] Hook

#include "CompareView.h"

#include "core/export_csv.h"
#include "core/reuse.h"
#include "core/text.h"

#include <imgui.h>
#include <imgui_internal.h> // RenderTextEllipsis: a long outlet name ends in "…" inside its pane

#include <algorithm>
#include <cmath>
#include <map>

namespace wiretrace {

namespace {

// Labels besides SpanIndex's share labels (which are ≥ 0).
constexpr int kBoilerplate = -1;
constexpr int kAdded = -2;   // words this column has and the base lacks
constexpr int kDropped = -3; // words of the base a compared column lacks

// Longest increasing subsequence of `v` (indices): the passages that kept their order; the rest
// moved. O(n log n).
std::vector<bool> in_order(const std::vector<std::uint32_t>& v) {
    std::vector<int> tails, prev(v.size(), -1);
    for (std::size_t i = 0; i < v.size(); ++i) {
        auto it = std::lower_bound(tails.begin(), tails.end(), v[i],
                                   [&](int t, std::uint32_t x) { return v[static_cast<std::size_t>(t)] < x; });
        if (it != tails.begin()) prev[i] = *(it - 1);
        if (it == tails.end()) tails.push_back(static_cast<int>(i));
        else *it = static_cast<int>(i);
    }
    std::vector<bool> keep(v.size(), false);
    for (int k = tails.empty() ? -1 : tails.back(); k >= 0; k = prev[static_cast<std::size_t>(k)])
        keep[static_cast<std::size_t>(k)] = true;
    return keep;
}

} // namespace

// [SECTION] Columns and their styles --------------------------------------------------------

bool CompareView::align_missing_pairs(const Analysis& analysis, const std::vector<int>& articles) {
    // The base against every column and each column against its neighbour: what is drawn.
    std::vector<std::pair<int, int>> wanted;
    for (std::size_t i = 1; i < articles.size(); ++i) {
        wanted.emplace_back(articles[0], articles[i]);
        wanted.emplace_back(articles[i - 1], articles[i]);
    }
    std::vector<Alignment> added;
    on_demand_shown_ = 0;
    for (auto [a, b] : wanted) {
        std::pair<int, int> key(std::min(a, b), std::max(a, b));
        if (key.first == key.second || key.first < 0 || stored_pairs_.count(key)) continue;
        if (!computed_.count(key)) {
            std::vector<Alignment>& got = computed_[key] = align_pair(analysis, key.first, key.second);
            added.insert(added.end(), got.begin(), got.end());
        }
        ++on_demand_shown_;
    }
    if (added.empty()) return false;
    // Only the new pairs' two articles are indexed again (SpanIndex::add_alignments): rebuilding
    // the whole index for them took most of a 502 ms frame at 10,000 articles.
    const int first = static_cast<int>(analysis.alignments.size() + extra_.size());
    extra_.insert(extra_.end(), added.begin(), added.end());
    spans_.add_alignments(added, first);
    // A few hundred pairs at most in a session: past that the view prepares afresh (in slices)
    // rather than grow forever. Not now: this frame's columns point into extra_.
    if (computed_.size() >= 256) prep_.forget();
    return true;
}

double CompareView::prepare(const Analysis& analysis, const AppState&, double budget_ms) {
    return prep_.run_for(analysis, budget_ms, [&] { add_stages(analysis); });
}

// The stored pairs and the highlight index as stages of the view's preparation (Preparation.h):
// at 10,000 articles they were most of the view's first frame.
void CompareView::add_stages(const Analysis& analysis) {
    model_for_ = nullptr;
    computed_.clear();
    extra_.clear();
    stored_pairs_.clear();
    shown_.clear();
    columns_.clear();
    links_.clear();
    prep_.add("the aligned pairs", analysis.alignments.size(), [this, &analysis](std::size_t i) {
        const Alignment& al = analysis.alignments[i];
        stored_pairs_.insert({std::min(al.a, al.b), std::max(al.a, al.b)});
    });
    spans_builder_ = std::make_unique<SpanIndexBuilder>(analysis);
    prep_.add_steps("the shared text", [this] { return spans_builder_->step(1); },
                    [this] { return spans_builder_->fraction(); });
    prep_.add("the shared text", 1, [this, &analysis](std::size_t) {
        spans_ = spans_builder_->take();
        spans_builder_.reset();
        model_for_ = &analysis;
    });
}

const Alignment& CompareView::alignment_at(const Analysis& analysis, int index) const {
    const std::size_t i = static_cast<std::size_t>(index);
    return i < analysis.alignments.size() ? analysis.alignments[i] : extra_[i - analysis.alignments.size()];
}

void CompareView::prepare_columns(const Analysis& analysis, const std::vector<int>& articles) {
    const bool realigned = align_missing_pairs(analysis, articles);
    if (articles == shown_ && prepared_theme_ == theme_.mode && !realigned) return;
    shown_ = articles;
    prepared_theme_ = theme_.mode;
    columns_.clear();
    columns_.resize(articles.size());
    for (std::size_t i = 0; i < articles.size(); ++i) {
        columns_[i].article = articles[i];
        columns_[i].paragraphs = split_paragraphs(analysis.corpus.articles[static_cast<std::size_t>(articles[i])].text);
    }
    for (std::size_t i = 0; i < columns_.size(); ++i) style_column(analysis, columns_[i], i == 0);

    // Links between neighbouring columns, in the left column's order; those out of order on
    // the right (not in the longest increasing run) are moves.
    links_.clear();
    moves_ = 0;
    for (std::size_t i = 0; i + 1 < columns_.size(); ++i) {
        std::vector<Link> pair;
        for (const SharedSpan& s : spans_.shared(columns_[i].article))
            if (s.other == columns_[i + 1].article)
                pair.push_back({static_cast<int>(i), s.alignment, s.span, s.other_span, s.kind, false});
        std::vector<std::uint32_t> right_begins;
        for (const Link& l : pair) right_begins.push_back(l.right_span.begin);
        std::vector<bool> keep = in_order(right_begins);
        for (std::size_t k = 0; k < pair.size(); ++k) {
            pair[k].moved = !keep[k];
            moves_ += pair[k].moved;
        }
        links_.insert(links_.end(), pair.begin(), pair.end());
    }
    focused_for_.clear(); // new columns: open at the focus again
}

// The base column tints text shared with each compared article in that article's colour and
// strikes the words a compared article drops; a compared column tints text shared with the base
// in the base's colour and puts the words it adds on a yellow marker (the word diff of edited
// alignments, core/analysis.h WordEdit).
void CompareView::style_column(const Analysis& analysis, Column& c, bool base) {
    std::vector<LabelledSpan> labelled;
    const int me = c.article;
    for (const SharedSpan& s : spans_.shared(me)) {
        bool relevant = base ? std::find(shown_.begin() + 1, shown_.end(), s.other) != shown_.end()
                             : s.other == shown_.front();
        if (!relevant) continue;
        labelled.push_back({s.span, share_label(s.other, s.kind)});
        const Alignment& al = alignment_at(analysis, s.alignment);
        const bool me_is_a = al.a == me;
        for (const WordEdit& e : al.diff) {
            // Words only on my side: deletions if I am `a`, insertions if I am `b`.
            bool mine_only = e.op == WordEdit::Op::Replace ||
                             (me_is_a ? e.op == WordEdit::Op::Delete : e.op == WordEdit::Op::Insert);
            ByteSpan w = me_is_a ? e.a : e.b;
            if (mine_only && !w.empty()) labelled.push_back({w, base ? kDropped : kAdded});
        }
    }
    if (static_cast<std::size_t>(me) < analysis.articles.size())
        for (ByteSpan b : analysis.articles[static_cast<std::size_t>(me)].boilerplate) labelled.push_back({b, kBoilerplate});
    std::map<std::vector<int>, int> style_of;
    const bool dark = theme_.mode == ThemeMode::Dark;
    for (const SpanCover& p : flatten_spans(std::move(labelled))) {
        auto it = style_of.find(p.labels);
        if (it == style_of.end()) {
            RunStyle look;
            bool boilerplate = std::find(p.labels.begin(), p.labels.end(), kBoilerplate) != p.labels.end();
            bool added = std::find(p.labels.begin(), p.labels.end(), kAdded) != p.labels.end();
            bool dropped = std::find(p.labels.begin(), p.labels.end(), kDropped) != p.labels.end();
            if (boilerplate) look.text = theme_.muted_text();
            for (int l : p.labels) {
                if (l < 0) continue;
                bool copied = share_label_kind(l) != ReuseKind::Paraphrase;
                if (copied && !look.fill)
                    look.fill = theme_.outlet_color(share_label_article(l), dark ? 0.25f : 0.13f);
                look.underlines.push_back(theme_.outlet_color(share_label_article(l)));
                look.thin.push_back(!copied);
            }
            if (added) look.fill = theme_.added_words_color();
            if (dropped) {
                look.strike = dark ? IM_COL32(255, 110, 110, 255) : IM_COL32(200, 30, 30, 255);
                look.text = dark ? IM_COL32(255, 150, 150, 255) : IM_COL32(170, 30, 30, 255);
            }
            it = style_of.emplace(p.labels, static_cast<int>(c.looks.size())).first;
            c.looks.push_back(std::move(look));
        }
        c.styled.push_back({p.span, it->second});
    }
}

// [SECTION] Links and moves -----------------------------------------------------------------

float CompareView::line_y(const Column& c, std::uint32_t offset) const {
    return c.lines_top - c.scroll + static_cast<float>(c.canvas.layout().line_of(offset)) * TextCanvas::line_pitch();
}

void CompareView::draw_links(ImDrawList* dl, float x0, float x1, int left) const {
    const Column& L = columns_[static_cast<std::size_t>(left)];
    const Column& R = columns_[static_cast<std::size_t>(left) + 1];
    const float pitch = TextCanvas::line_pitch();
    const float em = ImGui::GetFontSize();
    const float top = std::max(L.view_top, R.view_top), bottom = std::min(L.view_bottom, R.view_bottom);
    dl->PushClipRect(ImVec2(x0, top), ImVec2(x1, bottom), true);
    for (const Link& k : links_) {
        if (k.left != left) continue;
        float l0 = line_y(L, k.left_span.begin), l1 = line_y(L, k.left_span.end ? k.left_span.end - 1 : 0) + pitch;
        float r0 = line_y(R, k.right_span.begin), r1 = line_y(R, k.right_span.end ? k.right_span.end - 1 : 0) + pitch;
        if ((l1 < top && r1 < top) || (l0 > bottom && r0 > bottom)) continue;
        // Opacity by kind: a verbatim copy is the strongest link, a paraphrase the faintest.
        float alpha = k.kind == ReuseKind::Verbatim ? 0.30f : k.kind == ReuseKind::Edited ? 0.20f : 0.10f;
        ImU32 fill = theme_.outlet_color(R.article, alpha);
        ImU32 edge = theme_.outlet_color(R.article, 0.8f);
        ImVec2 quad[4] = {ImVec2(x0, l0), ImVec2(x1, r0), ImVec2(x1, r1), ImVec2(x0, l1)};
        dl->AddConvexPolyFilled(quad, 4, fill);
        if (k.moved) {
            // A move: an outline in the theme's accent and the word "moved" on the band.
            ImU32 accent = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
            dl->AddPolyline(quad, 4, accent, ImDrawFlags_Closed, std::max(1.5f, em * 0.12f));
            ImVec2 mid((x0 + x1) * 0.5f, (l0 + l1 + r0 + r1) * 0.25f);
            const char* label = "moved";
            ImVec2 ts = ImGui::CalcTextSize(label);
            dl->AddRectFilled(ImVec2(mid.x - ts.x * 0.5f - 2, mid.y - ts.y * 0.5f),
                              ImVec2(mid.x + ts.x * 0.5f + 2, mid.y + ts.y * 0.5f), ImGui::GetColorU32(ImGuiCol_WindowBg));
            dl->AddText(ImVec2(mid.x - ts.x * 0.5f, mid.y - ts.y * 0.5f), accent, label);
        } else {
            dl->AddLine(quad[0], quad[1], edge, 1.0f);
            dl->AddLine(quad[3], quad[2], edge, 1.0f);
        }
    }
    dl->PopClipRect();
}

// [SECTION] Frame ---------------------------------------------------------------------------

void CompareView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    if (articles.empty()) {
        ImGui::TextUnformatted("The corpus is empty.");
        return;
    }
    // Columns: the selected articles, base first. With one selected, the article sharing most
    // text with it joins, so a link to one article still compares something.
    std::vector<int> wanted;
    for (const std::string& id : state.selected) {
        int i = analysis.corpus.find(id);
        if (i >= 0 && std::find(wanted.begin(), wanted.end(), i) == wanted.end()) wanted.push_back(i);
    }
    if (wanted.empty()) wanted.push_back(0);
    if (wanted.size() == 1 && articles.size() > 1) {
        int best = -1;
        std::uint32_t most = 0;
        for (int o = 0; o < static_cast<int>(articles.size()); ++o) {
            if (o == wanted[0]) continue;
            std::uint32_t b = spans_.shared_bytes(wanted[0], o);
            if (best < 0 || b > most) best = o, most = b;
        }
        wanted.push_back(best);
    }
    prepare_columns(analysis, wanted);
    shown_ids_.clear();
    for (int a : shown_) shown_ids_.push_back(articles[static_cast<std::size_t>(a)].id);

    draw_toolbar(analysis, state, next);

    const float em = ImGui::GetFontSize();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const int n = static_cast<int>(columns_.size());
    // Panes sit side by side while each keeps 14 em (about 30 characters a line, a newspaper
    // column); more articles than fit wrap into rows of equal panes (4 at 1280 px stay one row,
    // 6 make two rows of 3), and a phone stacks them. Four panes used to stack below 22 em each
    // into 130 px slivers at 1280 px (issue 13). Bands join neighbours in the same row; the
    // gutter narrows to 2 em from four panes on, leaving the text the room.
    const float gutter = (n >= 4 ? 2.0f : 3.0f) * em;
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    auto pane_width = [&](int per_row) {
        return (avail.x - gutter * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    };
    int per_row = n;
    while (per_row > 1 && pane_width(per_row) < 14.0f * em) --per_row;
    const int rows = (n + per_row - 1) / per_row;
    per_row = (n + rows - 1) / rows; // balanced: 6 in two rows are 3 + 3, not 5 + 1
    narrow_ = per_row == 1 && n > 1;
    per_row_ = per_row;
    const ImVec2 size(per_row == 1 ? avail.x : pane_width(per_row),
                      (avail.y - spacing * static_cast<float>(rows - 1)) / static_cast<float>(rows));

    if (focused_for_ != shown_ || focused_span_ != state.span_begin) {
        focused_for_ = shown_;
        focused_span_ = state.span_begin;
        focus_pending_ = true;
    }

    const ImVec2 start = ImGui::GetCursorScreenPos();
    panes_.clear();
    for (int i = 0; i < n; ++i) {
        const int row = i / per_row, col = i % per_row;
        const ImVec2 at(start.x + static_cast<float>(col) * (size.x + gutter),
                        start.y + static_cast<float>(row) * (size.y + spacing));
        ImGui::SetCursorScreenPos(at);
        draw_column(analysis, state, i, size, next);
        panes_.push_back({at.x, at.y, size.x, size.y});
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i + 1 < n; ++i)
        if (per_row > 1 && (i + 1) % per_row != 0) // neighbours in one row
            draw_links(dl, columns_[static_cast<std::size_t>(i)].right, columns_[static_cast<std::size_t>(i) + 1].left, i);

    // Which column did the user scroll? Its scroll moved without us setting it.
    int driver = -1;
    for (int i = 0; i < n; ++i) {
        Column& c = columns_[static_cast<std::size_t>(i)];
        if (c.expected_scroll >= 0 && std::fabs(c.scroll - c.expected_scroll) > 0.5f && driver < 0) driver = i;
        c.expected_scroll = c.scroll;
    }

    // The focus: the shared span at state.span_begin in the base, toward the second column.
    has_focus_ = false;
    if (state.span_begin && n > 1) {
        for (const SharedSpan* s : spans_.at(shown_[0], *state.span_begin))
            if (s->other == shown_[1]) {
                focus_ = *s;
                has_focus_ = true;
                break;
            }
    }
    if (focus_pending_ && columns_[0].canvas.line_count() > 0) {
        focus_pending_ = false;
        Column& base = columns_[0];
        const float pitch = TextCanvas::line_pitch();
        if (state.span_begin) {
            float y = static_cast<float>(base.canvas.layout().line_of(*state.span_begin)) * pitch;
            base.pending_scroll = std::max(0.0f, y - (base.view_bottom - base.view_top) * 0.25f);
            // Others put the counterpart of the focus at the same height as the base shows it.
            const float shown_at = y - base.pending_scroll;
            for (int i = 1; i < n; ++i) {
                Column& c = columns_[static_cast<std::size_t>(i)];
                std::optional<std::uint32_t> there = i == 1 && has_focus_ ? std::optional<std::uint32_t>(focus_.other_span.begin)
                                                                         : spans_.map_offset(shown_[0], *state.span_begin, c.article);
                if (there) {
                    float cy = static_cast<float>(c.canvas.layout().line_of(*there)) * pitch;
                    c.pending_scroll = std::max(0.0f, cy - shown_at);
                }
            }
        } else {
            for (Column& c : columns_) c.pending_scroll = 0;
        }
    } else if (driver >= 0) {
        link_scrolling(driver);
    }
}

void CompareView::draw_toolbar(const Analysis& analysis, const AppState& state, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    ImGui::TextDisabled("Base: %s.", articles[static_cast<std::size_t>(shown_[0])].outlet.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(12.0f * ImGui::GetFontSize());
    if (ImGui::BeginCombo("##add", "Add an article…")) {
        for (int i = 0; i < static_cast<int>(articles.size()); ++i) {
            if (std::find(shown_.begin(), shown_.end(), i) != shown_.end()) continue;
            ImGui::PushID(i);
            ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(i));
            if (ImGui::Selectable(articles[static_cast<std::size_t>(i)].outlet.c_str())) {
                next.selected = shown_ids_;
                next.selected.push_back(articles[static_cast<std::size_t>(i)].id);
            }
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Bands join aligned passages (%d, %d moved). Yellow: words added against the base; "
                       "struck red: base words dropped.",
                       static_cast<int>(links_.size()), moves_);
    ImGui::PopStyleColor();
}

// [SECTION] Column --------------------------------------------------------------------------

void CompareView::draw_column(const Analysis& analysis, const AppState& state, int i, ImVec2 size, AppState& next) {
    Column& c = columns_[static_cast<std::size_t>(i)];
    const Article& a = analysis.corpus.articles[static_cast<std::size_t>(c.article)];
    const float em = ImGui::GetFontSize();
    ImGui::BeginGroup();
    ImGui::PushID(i);
    ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(c.article));
    // A name too long for its pane is cut with "…" (the whole name is in the tooltip), so it
    // never runs under the next pane's header.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons = i == 0 ? ImGui::CalcTextSize("(base)").x + style.ItemSpacing.x
                                 : ImGui::CalcTextSize("Make base").x + 2 * style.FramePadding.x + style.ItemSpacing.x +
                                       (columns_.size() > 2 ? ImGui::CalcTextSize("Remove").x + 2 * style.FramePadding.x +
                                                                  style.ItemSpacing.x
                                                            : 0.0f);
    const float name_room = size.x - buttons;
    const bool name_fits = ImGui::CalcTextSize(a.outlet.c_str()).x <= name_room;
    if (name_fits || name_room < 3 * em) {
        ImGui::TextUnformatted(a.outlet.c_str());
    } else {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(name_room - style.ItemSpacing.x, ImGui::GetTextLineHeight()));
        ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), p,
                                  ImVec2(p.x + name_room - style.ItemSpacing.x, p.y + ImGui::GetTextLineHeight()),
                                  p.x + name_room - style.ItemSpacing.x, a.outlet.c_str(), nullptr, nullptr);
        ImGui::SetItemTooltip("%s", a.outlet.c_str());
    }
    ImGui::PopStyleColor();
    if (i == 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("(base)");
    } else {
        ImGui::SameLine();
        if (ImGui::SmallButton("Make base")) {
            next.selected = shown_ids_;
            std::swap(next.selected[0], next.selected[static_cast<std::size_t>(i)]);
            // Keep the place: the new base opens where the old one was read.
            next.span_begin = spans_.map_offset(shown_[0], anchor_offset(columns_[0]), c.article);
        }
        if (columns_.size() > 2) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Remove")) {
                next.selected = shown_ids_;
                next.selected.erase(next.selected.begin() + i);
            }
        }
    }
    const float header = ImGui::GetCursorScreenPos().y;
    ImVec2 child(size.x, std::max(4.0f * em, size.y - (header - ImGui::GetItemRectMin().y) - ImGui::GetStyle().ItemSpacing.y));
    // A scroll this view sets is not the user's: it must not make this column lead the others
    // (or two columns clamped at their ends would push each other back and forth).
    const bool scrolled_by_view = c.pending_scroll >= 0;
    if (scrolled_by_view) ImGui::SetNextWindowScroll(ImVec2(-1.0f, c.pending_scroll));
    c.pending_scroll = -1;
    ImGui::BeginChild("column", child, ImGuiChildFlags_Borders);
    const float width = std::max(6.0f * em, ImGui::GetContentRegionAvail().x);
    c.canvas.update(c.article, a.text, c.paragraphs, c.styled, width);
    const float pitch = TextCanvas::line_pitch();
    c.scroll = ImGui::GetScrollY();
    if (scrolled_by_view) c.expected_scroll = c.scroll;
    c.lines_top = ImGui::GetCursorScreenPos().y + c.scroll;
    c.view_top = ImGui::GetWindowPos().y;
    c.view_bottom = c.view_top + ImGui::GetWindowSize().y;
    c.left = ImGui::GetWindowPos().x;
    c.right = c.left + ImGui::GetWindowSize().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGuiListClipper clipper;
    clipper.Begin(c.canvas.line_count(), pitch);
    while (clipper.Step()) {
        ImVec2 at = ImGui::GetCursorScreenPos();
        c.canvas.draw_lines(dl, at, clipper.DisplayStart, clipper.DisplayEnd, c.looks);
        ImGui::Dummy(ImVec2(width, pitch * static_cast<float>(clipper.DisplayEnd - clipper.DisplayStart)));
    }
    clipper.End();
    // The focus span gets a bar along its lines in both columns.
    if (has_focus_ && (i == 0 || (i == 1))) {
        ByteSpan f = i == 0 ? focus_.span : focus_.other_span;
        float y0 = line_y(c, f.begin), y1 = line_y(c, f.end ? f.end - 1 : 0) + pitch;
        float x = ImGui::GetWindowPos().x + 0.15f * em;
        dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + 0.25f * em, y1), ImGui::GetColorU32(ImGuiCol_CheckMark));
    }
    ImGui::EndChild();
    ImGui::PopID();
    ImGui::EndGroup();
}

// [SECTION] Linked scrolling ----------------------------------------------------------------

// The byte at a third of the column's height: what the reader is looking at.
std::uint32_t CompareView::anchor_offset(const Column& c) const {
    const TextLayout& l = c.canvas.layout();
    if (l.lines.empty()) return 0;
    float y = c.scroll + (c.view_bottom - c.view_top) / 3.0f;
    int line = std::min(static_cast<int>(y / TextCanvas::line_pitch()), static_cast<int>(l.lines.size()) - 1);
    while (line > 0 && l.lines[static_cast<std::size_t>(line)].paragraph < 0) --line;
    return l.lines[static_cast<std::size_t>(std::max(line, 0))].span.begin;
}

// The other columns follow the one the user scrolled: the counterpart of its anchor line is put
// at the same height in each of them. Columns sharing nothing with it stay where they are.
void CompareView::link_scrolling(int driver) {
    const Column& d = columns_[static_cast<std::size_t>(driver)];
    const float pitch = TextCanvas::line_pitch();
    const std::uint32_t at = anchor_offset(d);
    const float anchor_screen = line_y(d, at);
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (static_cast<int>(i) == driver) continue;
        Column& c = columns_[i];
        std::optional<std::uint32_t> there = spans_.map_offset(d.article, at, c.article);
        if (!there) continue;
        float y = static_cast<float>(c.canvas.layout().line_of(*there)) * pitch;
        float target = std::max(0.0f, y - (anchor_screen - d.view_top));
        if (std::fabs(target - c.scroll) > 0.5f) c.pending_scroll = target;
    }
}

// [SECTION] Hook ----------------------------------------------------------------------------

std::string CompareView::table_csv(const Analysis& analysis) const {
    if (shown_.empty() || model_for_ != &analysis)
        return shared_spans_csv(analysis, -1, {});
    const int base = shown_.front();
    std::vector<SharedSpan> linked;
    for (const SharedSpan& s : spans_.shared(base))
        if (std::find(shown_.begin() + 1, shown_.end(), s.other) != shown_.end()) linked.push_back(s);
    return shared_spans_csv(analysis, base, linked);
}

void CompareView::report(nlohmann::json& out) const {
    out["compare_articles"] = shown_ids_;
    out["compare_links"] = static_cast<int>(links_.size());
    out["compare_moves"] = moves_;
    out["compare_on_demand"] = on_demand_shown_; // shown pairs aligned on demand, not stored
    out["compare_stacked"] = narrow_;
    out["compare_per_row"] = per_row_; // panes side by side in one row
    out["compare_panes"] = panes_;     // per column: x, y, w, h in CSS px
    std::vector<float> scrolls;
    for (const Column& c : columns_) scrolls.push_back(c.scroll);
    out["compare_scroll"] = scrolls; // per column, in CSS px: shows scrolling is linked
    if (has_focus_ && columns_.size() > 1 && model_for_) {
        const Column& o = columns_[1];
        float y = line_y(o, focus_.other_span.begin);
        nlohmann::json f;
        f["article"] = shown_ids_[0];
        f["span"] = {focus_.span.begin, focus_.span.end};
        f["other"] = shown_ids_[1];
        f["other_span"] = {focus_.other_span.begin, focus_.other_span.end};
        f["kind"] = to_string(focus_.kind);
        f["other_visible"] = y >= o.view_top && y + TextCanvas::line_pitch() <= o.view_bottom;
        out["compare_focus"] = f;
    }
}

} // namespace wiretrace
