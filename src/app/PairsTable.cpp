#include "PairsTable.h"

#include "Counts.h"
#include "core/export_csv.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <set>

namespace wiretrace {

namespace {

constexpr const char* kKinds[] = {"verbatim", "edited", "paraphrase"};

std::string_view side(const Analysis& analysis, int article, ByteSpan span) {
    if (article < 0 || static_cast<std::size_t>(article) >= analysis.corpus.articles.size()) return {};
    const std::string& t = analysis.corpus.articles[static_cast<std::size_t>(article)].text;
    if (span.end > t.size() || span.begin > span.end) return {};
    return std::string_view(t).substr(span.begin, span.size());
}

} // namespace

void PairsTable::refilter(const Analysis& analysis) {
    dirty_ = false;
    rows_.clear();
    const std::string* outlet = outlet_filter_ >= 0 ? &outlets_[static_cast<std::size_t>(outlet_filter_)] : nullptr;
    const auto& articles = analysis.corpus.articles;
    auto outlet_of = [&](int a) -> const std::string& { return articles[static_cast<std::size_t>(a)].outlet; };
    for (std::size_t i = 0; i < analysis.alignments.size(); ++i) {
        const Alignment& al = analysis.alignments[i];
        if (al.a < 0 || al.b < 0 || static_cast<std::size_t>(std::max(al.a, al.b)) >= articles.size()) continue;
        if (kind_filter_ >= 0 && static_cast<int>(al.kind) != kind_filter_) continue;
        if (outlet && outlet_of(al.a) != *outlet && outlet_of(al.b) != *outlet) continue;
        rows_.push_back(static_cast<int>(i));
    }
    // Most similar first; ties in corpus order (stable, so the list is the same on every run).
    std::stable_sort(rows_.begin(), rows_.end(), [&](int x, int y) {
        return analysis.alignments[static_cast<std::size_t>(x)].score > analysis.alignments[static_cast<std::size_t>(y)].score;
    });
}

void PairsTable::draw(const Analysis& analysis, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    if (built_for_ != &analysis) {
        built_for_ = &analysis;
        std::set<std::string> names;
        for (const Article& a : articles) names.insert(a.outlet);
        outlets_.assign(names.begin(), names.end());
        outlet_filter_ = kind_filter_ = -1;
        dirty_ = true;
    }
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(std::min(16 * em, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##pair_outlet", outlet_filter_ < 0 ? "All outlets" : outlets_[static_cast<std::size_t>(outlet_filter_)].c_str())) {
        if (ImGui::Selectable("All outlets", outlet_filter_ < 0)) outlet_filter_ = -1, dirty_ = true;
        for (std::size_t o = 0; o < outlets_.size(); ++o)
            if (ImGui::Selectable(outlets_[o].c_str(), outlet_filter_ == static_cast<int>(o)))
                outlet_filter_ = static_cast<int>(o), dirty_ = true;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(10 * em, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##pair_kind", kind_filter_ < 0 ? "Every kind" : kKinds[kind_filter_])) {
        if (ImGui::Selectable("Every kind", kind_filter_ < 0)) kind_filter_ = -1, dirty_ = true;
        for (int k = 0; k < 3; ++k)
            if (ImGui::Selectable(kKinds[k], kind_filter_ == k)) kind_filter_ = k, dirty_ = true;
        ImGui::EndCombo();
    }
    if (dirty_) refilter(analysis);
    ImGui::TextDisabled("%s, most similar first. Stored for each article's nearest sources; Compare aligns any "
                        "other pair. Click one to compare it.",
                        count_of(rows_.size(), "aligned pair").c_str());

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("pairs", 4, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, 3.2f * em);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, 5.0f * em);
    ImGui::TableSetupColumn("One side", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Other side", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    // Two lines a row: the outlet, then the start of its wording; one height for the clipper.
    const float row_h = 2 * ImGui::GetTextLineHeightWithSpacing();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()), row_h + 2 * ImGui::GetStyle().CellPadding.y);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const Alignment& al = analysis.alignments[static_cast<std::size_t>(rows_[static_cast<std::size_t>(r)])];
            ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
            ImGui::TableNextColumn();
            ImGui::PushID(r);
            char score[16];
            std::snprintf(score, sizeof score, "%.2f", al.score);
            if (ImGui::Selectable(score, false, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, row_h))) {
                next.view = "compare";
                next.selected = {articles[static_cast<std::size_t>(al.a)].id, articles[static_cast<std::size_t>(al.b)].id};
                next.span_begin = al.a_span.begin;
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(to_string(al.kind));
            const std::pair<int, ByteSpan> sides[2] = {{al.a, al.a_span}, {al.b, al.b_span}};
            for (const auto& [article, span] : sides) {
                ImGui::TableNextColumn();
                ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(article));
                ImGui::TextUnformatted(articles[static_cast<std::size_t>(article)].outlet.c_str());
                ImGui::PopStyleColor();
                const std::string_view words = side(analysis, article, span);
                // One line of the wording, cut at the column's edge by the clip rect.
                ImGui::TextUnformatted(words.data(), words.data() + std::min<std::size_t>(words.size(), 400));
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void PairsTable::report(nlohmann::json& out) const {
    out["pairs_rows"] = rows_.size();
    out["pairs_outlet_filter"] = outlet_filter_ >= 0 ? outlets_[static_cast<std::size_t>(outlet_filter_)] : std::string();
    out["pairs_kind_filter"] = kind_filter_ >= 0 ? kKinds[kind_filter_] : "";
}

std::string PairsTable::table_csv(const Analysis& analysis) const {
    std::vector<Alignment> listed;
    if (built_for_ == &analysis)
        for (int i : rows_) listed.push_back(analysis.alignments[static_cast<std::size_t>(i)]);
    return alignments_csv(analysis, listed);
}

} // namespace wiretrace
