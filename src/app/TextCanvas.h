// TextCanvas.h — drawing laid-out article text (core/text_layout.h) with highlight styles, shared
// by Reader and Compare. A TextCanvas caches one layout and rebuilds it only when the text, the
// styles, the width or the font size change; drawing touches the visible lines only.
#pragma once

#include "core/text_layout.h"

#include <imgui.h>

#include <string_view>
#include <vector>

namespace wiretrace {

// How one styled run looks. Colours of 0 mean "not drawn".
struct RunStyle {
    ImU32 text = 0;                 // text colour; 0 = the theme's text colour
    ImU32 fill = 0;                 // background behind the run
    std::vector<ImU32> underlines;  // stacked from the baseline down, one per outlet
    std::vector<bool> thin;         // per underline: thin for paraphrase, thick for copied text
    ImU32 strike = 0;               // a line through the text (deleted words)
};

class TextCanvas {
public:
    // Lays out again when `key` (the caller's identity of text + styles), width or font size
    // changed. `styles` are sorted, disjoint spans with indices into the caller's RunStyle table.
    void update(int key, std::string_view text, const std::vector<ByteSpan>& paragraphs,
                const std::vector<StyledSpan>& styles, float width);
    void invalidate() { key_ = -1; }

    const TextLayout& layout() const { return layout_; }
    int line_count() const { return static_cast<int>(layout_.lines.size()); }
    // Vertical distance between lines: roomier than ImGui's default for reading.
    static float line_pitch() { return ImGui::GetFontSize() * 1.65f; }

    // Draws lines [first, last) with line `first` at `origin` (screen position).
    void draw_lines(ImDrawList* dl, ImVec2 origin, int first, int last,
                    const std::vector<RunStyle>& styles) const;
    // Screen rectangle of a run on line `line` when line 0 is at `origin`.
    static ImVec2 run_min(ImVec2 origin, int line, const LaidRun& r) {
        return ImVec2(origin.x + r.x0, origin.y + static_cast<float>(line) * line_pitch());
    }

private:
    int key_ = -1;
    float width_ = 0;
    float font_size_ = 0;
    std::string_view text_;
    TextLayout layout_;
};

} // namespace wiretrace
