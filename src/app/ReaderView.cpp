#include "ReaderView.h"

#include "core/text.h"

#include <imgui.h>

namespace wiretrace {

void ReaderView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    int current = state.selected.empty() ? 0 : analysis.corpus.find(state.selected.front());
    if (current < 0) current = 0;
    if (articles.empty()) {
        ImGui::TextUnformatted("The corpus is empty.");
        return;
    }
    const float em = ImGui::GetFontSize();
    // On a narrow screen (a phone) the list goes above the text instead of beside it.
    const bool narrow = ImGui::GetContentRegionAvail().x < 40.0f * em;
    ImVec2 list_size = narrow ? ImVec2(0, 7.0f * em) : ImVec2(16.0f * em, 0);
    ImGui::BeginChild("articles", list_size, ImGuiChildFlags_Borders);
    draw_article_list(analysis, current, next);
    ImGui::EndChild();
    if (!narrow) ImGui::SameLine();
    ImGui::BeginChild("text", ImVec2(0, 0), ImGuiChildFlags_Borders);
    draw_text(analysis, current);
    ImGui::EndChild();
    shown_article_ = current;
}

void ReaderView::draw_article_list(const Analysis& analysis, int current, AppState& next) {
    const auto& articles = analysis.corpus.articles;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(articles.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Article& a = articles[static_cast<std::size_t>(i)];
            ImGui::PushID(i);
            ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(i));
            if (ImGui::Selectable(a.outlet.c_str(), i == current)) {
                next.selected = {a.id};
                next.span_begin.reset();
            }
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.title.c_str());
            ImGui::PopID();
        }
    }
}

void ReaderView::draw_text(const Analysis& analysis, int current) {
    const Article& a = analysis.corpus.articles[static_cast<std::size_t>(current)];
    const float em = ImGui::GetFontSize();
    // Lines of 40–45 em read best; wider windows get margins rather than longer lines.
    float width = ImGui::GetContentRegionAvail().x;
    float measure = std::min(width, 42.0f * em);
    float indent = (width - measure) * 0.5f;
    if (indent > 0) ImGui::Indent(indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(current));
    ImGui::TextUnformatted(a.outlet.c_str());
    ImGui::PopStyleColor();
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.35f);
    ImGui::TextWrapped("%s", a.title.c_str());
    ImGui::PopFont();
    std::string meta = a.date;
    if (!a.byline.empty()) meta += "  ·  " + a.byline;
    if (!a.url.empty()) meta += "  ·  " + a.url;
    ImGui::PushStyleColor(ImGuiCol_Text, theme_.muted_text());
    ImGui::TextWrapped("%s", meta.c_str());
    ImGui::PopStyleColor();
    ImGui::Separator();
    ImGui::Spacing();

    paragraphs_shown_ = 0;
    std::string_view text = a.text;
    for (ByteSpan p : split_paragraphs(text)) {
        ImGui::TextWrapped("%.*s", static_cast<int>(p.size()), text.data() + p.begin);
        ImGui::Spacing();
        ++paragraphs_shown_;
    }
    ImGui::PopTextWrapPos();
    if (indent > 0) ImGui::Unindent(indent);
}

void ReaderView::report(nlohmann::json& out) const {
    out["reader_paragraphs"] = paragraphs_shown_;
}

} // namespace wiretrace
