#include "SourcesView.h"

#include <imgui.h>

namespace wiretrace {

void SourcesView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    ImGui::TextDisabled("%d articles. Click a row to read it.", static_cast<int>(articles.size()));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    rows_shown_ = 0;
    if (!ImGui::BeginTable("sources", 5, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Outlet", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, 6.0f * em);
    ImGui::TableSetupColumn("Byline", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Words", ImGuiTableColumnFlags_WidthFixed, 3.5f * em);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(articles.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Article& a = articles[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(i);
            bool selected = !state.selected.empty() && state.selected.front() == a.id;
            // A colour chip ties the outlet to its colour in every other view.
            ImVec2 p = ImGui::GetCursorScreenPos();
            float chip = ImGui::GetTextLineHeight() * 0.6f;
            ImGui::GetWindowDrawList()->AddRectFilled(
                ImVec2(p.x, p.y + chip * 0.35f), ImVec2(p.x + chip, p.y + chip * 1.35f),
                theme_.outlet_color(i), chip * 0.2f);
            ImGui::SetCursorScreenPos(ImVec2(p.x + chip * 1.6f, p.y));
            if (ImGui::Selectable(a.outlet.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
                next.selected = {a.id};
                next.view = "reader";
                next.span_begin.reset();
            }
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", a.title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(a.date.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(a.byline.empty() ? "—" : a.byline.c_str());
            ImGui::TableNextColumn();
            std::size_t words = static_cast<std::size_t>(i) < analysis.articles.size()
                                    ? analysis.articles[static_cast<std::size_t>(i)].word_count
                                    : 0;
            ImGui::Text("%zu", words);
            ImGui::PopID();
            ++rows_shown_;
        }
    }
    ImGui::EndTable();
}

void SourcesView::report(nlohmann::json& out) const { out["sources_rows"] = rows_shown_; }

} // namespace wiretrace
