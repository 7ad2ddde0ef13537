#include "Theme.h"

namespace wiretrace {

void Theme::apply(ThemeMode m) {
    mode = m;
    ImGuiStyle& style = ImGui::GetStyle();
    if (m == ThemeMode::Dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    // Reading long text: soft corners, roomier spacing than ImGui's tool-like defaults.
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.ScrollbarSize = 14.0f;
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    if (m == ThemeMode::Light) {
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    }
}

ImU32 Theme::outlet_color(int i, float alpha) const {
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

} // namespace wiretrace
