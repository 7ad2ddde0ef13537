// Theme.h — colours and fonts shared by every view, so an outlet has the same colour everywhere.
#pragma once

#include <imgui.h>

namespace wiretrace {

enum class ThemeMode { Light, Dark };

struct Theme {
    ThemeMode mode = ThemeMode::Light;
    ImFont* text_font = nullptr;

    void apply(ThemeMode m);                // sets ImGui's style colours for `m`
    ImU32 outlet_color(int article_index, float alpha = 1.0f) const;
    ImU32 muted_text() const;               // for boilerplate and secondary labels
};

} // namespace wiretrace
