#include "Theme.h"

#include <cstdarg>
#include <string_view>
#include <unordered_map>

namespace wiretrace {

void Theme::apply(ThemeMode m) {
    mode = m;
    ImGuiStyle& style = ImGui::GetStyle();
    // StyleColors* only touch colours, so sizes set elsewhere (font size, scale) survive a switch.
    if (m == ThemeMode::Dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    // Reading long text: soft corners, roomier spacing than ImGui's tool-like defaults.
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.ScrollbarSize = 14.0f;
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    // Checkboxes and fields need an edge: ImGui's light frames are white on a near-white page.
    style.FrameBorderSize = 1.0f;
    if (m == ThemeMode::Light) {
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        style.Colors[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.93f, 0.92f, 1.0f);
        style.Colors[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.25f);
    } else {
        // Matches shell.css's dark background so the loading panel and the app meet seamlessly.
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.106f, 0.106f, 0.114f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(0.13f, 0.13f, 0.14f, 1.0f);
    }
}

void Theme::number_outlets(const Corpus& corpus) {
    std::unordered_map<std::string_view, int> number;
    outlet_number.resize(corpus.articles.size());
    for (std::size_t a = 0; a < corpus.articles.size(); ++a)
        outlet_number[a] = number.emplace(corpus.articles[a].outlet, static_cast<int>(number.size())).first->second;
}

ImU32 Theme::outlet_color(int i, float alpha) const {
    if (i >= 0 && static_cast<std::size_t>(i) < outlet_number.size()) i = outlet_number[static_cast<std::size_t>(i)];
    // Okabe–Ito colour-blind-safe palette (minus black/yellow, which read badly on both
    // backgrounds), then a golden-angle hue walk for corpora with more outlets.
    static const ImVec4 palette[] = {
        {0.00f, 0.45f, 0.70f, 1}, {0.84f, 0.37f, 0.00f, 1}, {0.00f, 0.62f, 0.45f, 1},
        {0.80f, 0.47f, 0.65f, 1}, {0.34f, 0.71f, 0.91f, 1}, {0.90f, 0.62f, 0.00f, 1},
    };
    constexpr int n = sizeof(palette) / sizeof(palette[0]);
    ImVec4 c;
    if (i >= 0 && i < n) {
        c = palette[i];
        // The deep blue and green sink into a dark background: lift every colour a quarter
        // towards white there, which keeps the hues apart and the contrast above 4.5:1.
        if (mode == ThemeMode::Dark) {
            c.x += (1 - c.x) * 0.25f;
            c.y += (1 - c.y) * 0.25f;
            c.z += (1 - c.z) * 0.25f;
        }
    } else {
        float h = static_cast<float>(i) * 0.618034f;
        h -= static_cast<float>(static_cast<int>(h));
        ImGui::ColorConvertHSVtoRGB(h, 0.65f, mode == ThemeMode::Dark ? 0.9f : 0.7f, c.x, c.y, c.z);
    }
    c.w = alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

ImU32 Theme::muted_text() const {
    return mode == ThemeMode::Dark ? IM_COL32(140, 140, 140, 255) : IM_COL32(130, 130, 130, 255);
}

ImU32 Theme::provenance_color(ProvenanceLabel label) const {
    // A sequential scale from "taken word for word" (strong) to "written here" (calm blue), so a
    // bar reads as "how much was copied" at a glance; boilerplate is neutral grey.
    const bool dark = mode == ThemeMode::Dark;
    switch (label) {
    case ProvenanceLabel::Verbatim: return dark ? IM_COL32(235, 105, 90, 255) : IM_COL32(192, 57, 43, 255);
    case ProvenanceLabel::Edited: return dark ? IM_COL32(245, 160, 80, 255) : IM_COL32(230, 126, 34, 255);
    case ProvenanceLabel::Paraphrase: return dark ? IM_COL32(240, 210, 100, 255) : IM_COL32(241, 196, 15, 255);
    case ProvenanceLabel::Original: return dark ? IM_COL32(110, 165, 220, 255) : IM_COL32(93, 143, 196, 255);
    case ProvenanceLabel::Boilerplate: return dark ? IM_COL32(95, 95, 100, 255) : IM_COL32(200, 200, 200, 255);
    }
    return muted_text();
}

ImU32 Theme::added_words_color() const {
    return mode == ThemeMode::Dark ? IM_COL32(200, 170, 0, 110) : IM_COL32(255, 215, 0, 140);
}

void hint_text(const char* fmt, ...) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    va_list args;
    va_start(args, fmt);
    ImGui::TextWrappedV(fmt, args);
    va_end(args);
    ImGui::PopStyleColor();
}

ImU32 Theme::difference_color() const {
    return mode == ThemeMode::Dark ? IM_COL32(255, 140, 90, 255) : IM_COL32(200, 70, 20, 255);
}

ImU32 Theme::grid_color() const {
    return mode == ThemeMode::Dark ? IM_COL32(90, 90, 95, 255) : IM_COL32(190, 190, 190, 255);
}

} // namespace wiretrace
