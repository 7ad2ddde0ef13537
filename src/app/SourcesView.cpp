// SourcesView.cpp — the corpus as a sortable table.
//
// [SECTION] Caches (built once from the Analysis)
// [SECTION] Sorting
// [SECTION] Drawing
// [SECTION] Hook and export

#include "SourcesView.h"

#include "core/export_csv.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace wiretrace {

namespace {

const char* const kLabelNames[5] = {"verbatim", "edited", "paraphrase", "original", "boilerplate"};

// Total length of the union of spans (they may overlap: several alignments cover one sentence).
double covered_bytes(std::vector<ByteSpan> spans) {
    std::sort(spans.begin(), spans.end(),
              [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
    double total = 0;
    std::uint32_t reach = 0;
    for (const ByteSpan& s : spans) {
        std::uint32_t b = std::max(s.begin, reach);
        if (s.end > b) total += s.end - b;
        reach = std::max(reach, s.end);
    }
    return total;
}

double reused_share(const ArticleAnalysis& a) {
    return a.label_share[0] + a.label_share[1] + a.label_share[2];
}

} // namespace

// [SECTION] Caches (built once from the Analysis) -------------------------------------------

void SourcesView::build_cache(const Analysis& analysis) {
    cached_for_ = &analysis;
    const std::size_t n = analysis.corpus.articles.size();
    rows_.resize(n);
    for (std::size_t i = 0; i < n; ++i) rows_[i] = static_cast<int>(i);
    alignments_of_.assign(n, {});
    for (std::size_t k = 0; k < analysis.alignments.size(); ++k) {
        const Alignment& al = analysis.alignments[k];
        if (al.a >= 0 && static_cast<std::size_t>(al.a) < n) alignments_of_[al.a].push_back(static_cast<int>(k));
        if (al.b >= 0 && static_cast<std::size_t>(al.b) < n && al.b != al.a)
            alignments_of_[al.b].push_back(static_cast<int>(k));
    }
    story_bytes_.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        double bytes = static_cast<double>(analysis.corpus.articles[i].text.size());
        if (i < analysis.articles.size()) bytes -= covered_bytes(analysis.articles[i].boilerplate);
        story_bytes_[i] = std::max(bytes, 1.0);
    }
    // The default base is the article most others took text from: the largest total outgoing
    // share in the derivation graph (the wire copy, in a typical corpus).
    std::vector<double> outgoing(n, 0);
    for (const DerivationEdge& e : analysis.derivation)
        if (e.from >= 0 && static_cast<std::size_t>(e.from) < n) outgoing[e.from] += e.share;
    int base = n ? 0 : -1;
    for (std::size_t i = 0; i < n; ++i)
        if (outgoing[i] > outgoing[static_cast<std::size_t>(base)]) base = static_cast<int>(i);
    compute_reuse_against(analysis, base);
    resort_ = true;
}

void SourcesView::compute_reuse_against(const Analysis& analysis, int base) {
    // Share of each article's story bytes covered by alignments with `base`: the same measure
    // as a derivation edge, but available for every pair the reuse stage aligned, whichever way
    // the graph's edge points.
    base_ = base;
    const std::size_t n = analysis.corpus.articles.size();
    reuse_share_.assign(n, 0);
    if (base < 0) return;
    for (std::size_t i = 0; i < n; ++i) {
        if (static_cast<int>(i) == base) {
            reuse_share_[i] = 1;
            continue;
        }
        std::vector<ByteSpan> spans;
        for (int k : alignments_of_[i]) {
            const Alignment& al = analysis.alignments[static_cast<std::size_t>(k)];
            if (al.a == static_cast<int>(i) && al.b == base) spans.push_back(al.a_span);
            else if (al.b == static_cast<int>(i) && al.a == base) spans.push_back(al.b_span);
        }
        reuse_share_[i] = std::min(1.0, covered_bytes(std::move(spans)) / story_bytes_[i]);
    }
    resort_ = true;
}

// [SECTION] Sorting -------------------------------------------------------------------------

void SourcesView::sort_rows(const Analysis& analysis, const ImGuiTableSortSpecs& specs) {
    const auto& arts = analysis.corpus.articles;
    auto words = [&](int i) {
        return static_cast<std::size_t>(i) < analysis.articles.size() ? analysis.articles[i].word_count : 0;
    };
    auto reused = [&](int i) {
        return static_cast<std::size_t>(i) < analysis.articles.size() ? reused_share(analysis.articles[i]) : 0.0;
    };
    std::stable_sort(rows_.begin(), rows_.end(), [&](int x, int y) {
        for (int s = 0; s < specs.SpecsCount; ++s) {
            const ImGuiTableColumnSortSpecs& spec = specs.Specs[s];
            int c = 0;
            switch (spec.ColumnIndex) {
            case 0: c = arts[x].outlet.compare(arts[y].outlet); break;
            case 1: c = arts[x].title.compare(arts[y].title); break;
            case 2: c = arts[x].date.compare(arts[y].date); break;
            case 3: c = arts[x].byline.compare(arts[y].byline); break;
            case 4: c = words(x) < words(y) ? -1 : words(x) > words(y) ? 1 : 0; break;
            case 5: c = reused(x) < reused(y) ? -1 : reused(x) > reused(y) ? 1 : 0; break;
            case 6: c = reuse_share_[x] < reuse_share_[y] ? -1 : reuse_share_[x] > reuse_share_[y] ? 1 : 0; break;
            }
            if (c != 0) return spec.SortDirection == ImGuiSortDirection_Ascending ? c < 0 : c > 0;
        }
        return x < y;
    });
}

// [SECTION] Drawing -------------------------------------------------------------------------

void SourcesView::draw_provenance_bar(const Analysis& analysis, int article, float width, float height) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    if (static_cast<std::size_t>(article) >= analysis.articles.size()) return;
    const ArticleAnalysis& aa = analysis.articles[static_cast<std::size_t>(article)];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = p.x;
    for (int k = 0; k < 5; ++k) {
        float w = static_cast<float>(aa.label_share[k]) * width;
        if (w <= 0) continue;
        dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + w, p.y + height),
                          theme_.provenance_color(static_cast<ProvenanceLabel>(k)));
        x += w;
    }
    dl->AddRect(p, ImVec2(p.x + width, p.y + height), theme_.grid_color());
    // Hover on a mouse, tap on a phone: the exact shares are one gesture away either way.
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) || ImGui::IsItemActive()) {
        ImGui::BeginTooltip();
        for (int k = 0; k < 5; ++k) {
            ImVec2 c = ImGui::GetCursorScreenPos();
            float s = ImGui::GetTextLineHeight() * 0.7f;
            ImGui::GetWindowDrawList()->AddRectFilled(
                ImVec2(c.x, c.y + s * 0.2f), ImVec2(c.x + s, c.y + s * 1.2f),
                theme_.provenance_color(static_cast<ProvenanceLabel>(k)));
            ImGui::Dummy(ImVec2(s, s));
            ImGui::SameLine();
            ImGui::Text("%-11s %5.1f%%", kLabelNames[k], aa.label_share[k] * 100);
        }
        ImGui::EndTooltip();
    }
}

void SourcesView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    if (cached_for_ != &analysis) build_cache(analysis);
    const auto& articles = analysis.corpus.articles;
    const float em = ImGui::GetFontSize();
    const int selected = state.selected.empty() ? -1 : analysis.corpus.find(state.selected.front());

    // Toolbar: the base article for the reuse column, the provenance legend.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Reuse against");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(16 * em, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##base", base_ >= 0 ? articles[base_].outlet.c_str() : "—")) {
        for (std::size_t i = 0; i < articles.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            std::string label = articles[i].outlet + " — " + articles[i].id;
            if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == base_))
                compute_reuse_against(analysis, static_cast<int>(i));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    for (int k = 0; k < 5; ++k) {
        const float need = ImGui::CalcTextSize(kLabelNames[k]).x + 1.6f * em;
        if (ImGui::GetContentRegionAvail().x > need) ImGui::SameLine();
        ImVec2 c = ImGui::GetCursorScreenPos();
        float s = em * 0.7f;
        ImGui::Dummy(ImVec2(s, ImGui::GetFrameHeight()));
        ImGui::GetWindowDrawList()->AddRectFilled(
            ImVec2(c.x, c.y + (ImGui::GetFrameHeight() - s) * 0.5f),
            ImVec2(c.x + s, c.y + (ImGui::GetFrameHeight() + s) * 0.5f),
            theme_.provenance_color(static_cast<ProvenanceLabel>(k)));
        ImGui::SameLine(0, em * 0.3f);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", kLabelNames[k]);
    }

    // Keyboard: Up/Down move through the rows as sorted, Enter opens the article in Reader.
    int at = static_cast<int>(std::find(rows_.begin(), rows_.end(), selected) - rows_.begin());
    const ImGuiInputFlags route = ImGuiInputFlags_RouteGlobal | ImGuiInputFlags_Repeat;
    int move = 0;
    if (ImGui::Shortcut(ImGuiKey_DownArrow, route)) move = 1;
    if (ImGui::Shortcut(ImGuiKey_UpArrow, route)) move = -1;
    if (move != 0 && !rows_.empty()) {
        at = at >= static_cast<int>(rows_.size()) ? 0 : std::clamp(at + move, 0, static_cast<int>(rows_.size()) - 1);
        next.selected = {articles[static_cast<std::size_t>(rows_[at])].id};
        next.span_begin.reset();
        scroll_to_row_ = at;
    }
    if (selected >= 0 && ImGui::Shortcut(ImGuiKey_Enter, ImGuiInputFlags_RouteGlobal)) next.view = "reader";

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SortMulti | ImGuiTableFlags_SizingStretchProp;
    // On a phone the columns keep a readable width and the table scrolls sideways instead.
    const float inner_width = std::max(ImGui::GetContentRegionAvail().x, 52 * em);
    if (!ImGui::BeginTable("sources", 7, flags, ImVec2(0, 0), inner_width)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("Outlet", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 2.6f);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, 6.0f * em);
    ImGui::TableSetupColumn("Byline", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("Words", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending, 3.5f * em);
    ImGui::TableSetupColumn("Provenance", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending, 8.0f * em);
    ImGui::TableSetupColumn("Reuse vs base", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending, 6.5f * em);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty || resort_) {
            sort_rows(analysis, *specs);
            specs->SpecsDirty = false;
            resort_ = false;
        }
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()));
    if (scroll_to_row_ >= 0) clipper.IncludeItemByIndex(scroll_to_row_);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const int i = rows_[static_cast<std::size_t>(r)];
            const Article& a = articles[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(i);
            const bool is_selected = i == selected;
            if (r == scroll_to_row_) {
                ImGui::SetScrollHereY(0.5f);
                scroll_to_row_ = -1;
            }
            // A colour chip ties the outlet to its colour in every other view.
            ImVec2 p = ImGui::GetCursorScreenPos();
            float chip = ImGui::GetTextLineHeight() * 0.6f;
            ImGui::GetWindowDrawList()->AddRectFilled(
                ImVec2(p.x, p.y + chip * 0.35f), ImVec2(p.x + chip, p.y + chip * 1.35f),
                theme_.outlet_color(i), chip * 0.2f);
            ImGui::SetCursorScreenPos(ImVec2(p.x + chip * 1.6f, p.y));
            if (ImGui::Selectable(a.outlet.c_str(), is_selected, ImGuiSelectableFlags_SpanAllColumns |
                                                                     ImGuiSelectableFlags_AllowOverlap)) {
                next.selected = {a.id};
                next.view = "reader";
                next.span_begin.reset();
            }
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", a.title.empty() ? "(untitled)" : a.title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(a.date.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(a.byline.empty() ? "—" : a.byline.c_str());
            ImGui::TableNextColumn();
            std::size_t words = static_cast<std::size_t>(i) < analysis.articles.size()
                                    ? analysis.articles[static_cast<std::size_t>(i)].word_count
                                    : 0;
            ImGui::Text("%zu", words);
            ImGui::TableNextColumn();
            draw_provenance_bar(analysis, i, ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight());
            ImGui::TableNextColumn();
            if (i == base_) ImGui::TextDisabled("base");
            else ImGui::Text("%5.1f%%", reuse_share_[static_cast<std::size_t>(i)] * 100);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

// [SECTION] Hook and export ------------------------------------------------------------------

void SourcesView::report(nlohmann::json& out) const {
    out["sources_rows"] = rows_.size();
    nlohmann::json order = nlohmann::json::array();
    if (cached_for_) {
        for (int i : rows_) order.push_back(cached_for_->corpus.articles[static_cast<std::size_t>(i)].id);
        if (base_ >= 0) out["sources_base"] = cached_for_->corpus.articles[static_cast<std::size_t>(base_)].id;
        nlohmann::json reuse = nlohmann::json::object();
        for (std::size_t i = 0; i < reuse_share_.size(); ++i)
            reuse[cached_for_->corpus.articles[i].id] = std::round(reuse_share_[i] * 1000) / 1000;
        out["sources_reuse"] = reuse;
    }
    out["sources_order"] = order;
}

std::string SourcesView::table_csv(const Analysis& analysis) const {
    return provenance_csv(analysis, cached_for_ == &analysis ? &rows_ : nullptr);
}

} // namespace wiretrace
