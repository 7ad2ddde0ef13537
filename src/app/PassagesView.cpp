#include "PassagesView.h"

#include "core/export_csv.h"

#include <imgui.h>

#include <algorithm>

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

void PassagesView::build_rows(const Analysis& analysis) {
    rows_for_ = &analysis;
    rows_.clear();
    for (std::size_t i = 0; i < analysis.passages.size(); ++i) {
        const Passage& p = analysis.passages[i];
        Row r;
        r.passage = static_cast<int>(i);
        for (const PassageMember& m : p.members) {
            if (m.article < 0 || static_cast<std::size_t>(m.article) >= analysis.corpus.articles.size()) continue;
            r.outlets.push_back(m.article);
            r.length = std::max(r.length, m.span.size());
        }
        std::sort(r.outlets.begin(), r.outlets.end());
        r.outlets.erase(std::unique(r.outlets.begin(), r.outlets.end()), r.outlets.end());
        if (r.outlets.size() >= 2) rows_.push_back(std::move(r));
    }
    // Most widely carried first, then longest; the passage id keeps the order stable.
    std::sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) {
        if (a.outlets.size() != b.outlets.size()) return a.outlets.size() > b.outlets.size();
        if (a.length != b.length) return a.length > b.length;
        return a.passage < b.passage;
    });
    selected_row_ = 0;
}

void PassagesView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    if (rows_for_ != &analysis) build_rows(analysis);
    if (rows_.empty()) {
        ImGui::TextDisabled("No passage is carried by two or more outlets.");
        return;
    }
    const float em = ImGui::GetFontSize();
    ImGui::TextDisabled("%d passages carried by two or more outlets, most widely carried first. "
                        "Select one to see how each outlet words it.",
                        static_cast<int>(rows_.size()));
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

void PassagesView::draw_list(const Analysis& analysis, ImVec2 size) {
    const float em = ImGui::GetFontSize();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersOuter;
    if (!ImGui::BeginTable("passages", 3, flags, size)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Outlets", ImGuiTableColumnFlags_WidthFixed, 3.5f * em);
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
            char label[32];
            std::snprintf(label, sizeof label, "%d", static_cast<int>(r.outlets.size()));
            if (ImGui::Selectable(label, i == selected_row_, ImGuiSelectableFlags_SpanAllColumns)) selected_row_ = i;
            ImGui::TableNextColumn();
            // One chip per outlet; beyond what fits, a count.
            int drawn = 0;
            for (int o : r.outlets) {
                if (ImGui::GetContentRegionAvail().x < em) {
                    ImGui::TextDisabled("+%d", static_cast<int>(r.outlets.size()) - drawn);
                    break;
                }
                outlet_chip(theme_, o);
                ImGui::SameLine(0, 0.2f * em);
                ++drawn;
            }
            ImGui::NewLine();
            ImGui::TableNextColumn();
            std::string_view w = first_words(analysis, analysis.passages[static_cast<std::size_t>(r.passage)], 160);
            ImGui::TextUnformatted(w.data(), w.data() + w.size());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void PassagesView::draw_members(const Analysis& analysis, AppState& next) {
    const Row& r = rows_[static_cast<std::size_t>(std::clamp(selected_row_, 0, static_cast<int>(rows_.size()) - 1))];
    const Passage& p = analysis.passages[static_cast<std::size_t>(r.passage)];
    const auto& articles = analysis.corpus.articles;
    ImGui::Text("Carried by %d outlets", static_cast<int>(r.outlets.size()));
    ImGui::SameLine();
    if (ImGui::SmallButton("Compare them")) {
        next.view = "compare";
        next.selected.clear();
        for (const PassageMember& m : p.members) {
            const std::string& id = articles[static_cast<std::size_t>(m.article)].id;
            if (std::find(next.selected.begin(), next.selected.end(), id) == next.selected.end()) next.selected.push_back(id);
        }
        next.span_begin = p.members.front().span.begin;
    }
    ImGui::Separator();
    ImGui::PushTextWrapPos(0.0f);
    for (std::size_t k = 0; k < p.members.size(); ++k) {
        const PassageMember& m = p.members[k];
        const Article& a = articles[static_cast<std::size_t>(m.article)];
        ImGui::PushID(static_cast<int>(k));
        ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(m.article));
        ImGui::TextUnformatted(a.outlet.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton("Read")) {
            next.view = "reader";
            next.selected = {a.id};
            next.span_begin = m.span.begin;
        }
        std::string_view w = std::string_view(a.text).substr(m.span.begin, m.span.size());
        ImGui::TextUnformatted(w.data(), w.data() + w.size());
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
}

void PassagesView::report(nlohmann::json& out) const {
    out["passages"] = static_cast<int>(rows_.size());
    if (!rows_.empty()) {
        const Row& r = rows_[static_cast<std::size_t>(std::clamp(selected_row_, 0, static_cast<int>(rows_.size()) - 1))];
        out["passages_selected_outlets"] = static_cast<int>(r.outlets.size());
        out["passages_first_outlets"] = static_cast<int>(rows_.front().outlets.size());
    }
}

std::string PassagesView::table_csv(const Analysis& analysis) const { return passages_csv(analysis); }

} // namespace wiretrace
