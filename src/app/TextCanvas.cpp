#include "TextCanvas.h"

namespace wiretrace {

void TextCanvas::update(int key, std::string_view text, const std::vector<ByteSpan>& paragraphs,
                        const std::vector<StyledSpan>& styles, float width) {
    const float font_size = ImGui::GetFontSize();
    // Widths within half a pixel lay out the same; a resize drag does not relayout per pixel.
    if (key == key_ && text.data() == text_.data() && font_size == font_size_ &&
        width > width_ - 0.5f && width < width_ + 0.5f)
        return;
    key_ = key;
    width_ = width;
    font_size_ = font_size;
    text_ = text;
    ImFont* font = ImGui::GetFont();
    layout_ = layout_text(text, paragraphs, styles, width, [font, font_size](std::string_view s) {
        return font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
    });
}

void TextCanvas::draw_lines(ImDrawList* dl, ImVec2 origin, int first, int last,
                            const std::vector<RunStyle>& styles) const {
    const float pitch = line_pitch();
    const float fs = ImGui::GetFontSize();
    const float text_dy = fs * 0.08f;
    // Under the glyphs (descenders end near 1.0 em) a band to the next line holds the
    // underlines: one slot per outlet, so the stack never runs into the next line.
    const float band_top = text_dy + fs * 1.06f;
    const float band_h = pitch - band_top - fs * 0.04f;
    const ImU32 default_text = ImGui::GetColorU32(ImGuiCol_Text);
    ImFont* font = ImGui::GetFont();
    for (int i = first; i < last && i < line_count(); ++i) {
        const LaidLine& line = layout_.lines[static_cast<std::size_t>(i)];
        const float y = origin.y + static_cast<float>(i - first) * pitch;
        for (const LaidRun* r = layout_.runs_begin(line); r != layout_.runs_end(line); ++r) {
            const RunStyle* st =
                r->style >= 0 && static_cast<std::size_t>(r->style) < styles.size() ? &styles[static_cast<std::size_t>(r->style)] : nullptr;
            const float x0 = origin.x + r->x0, x1 = origin.x + r->x1;
            if (st && st->fill) dl->AddRectFilled(ImVec2(x0, y + text_dy * 0.5f), ImVec2(x1, y + text_dy + fs * 1.1f), st->fill);
            dl->AddText(font, fs, ImVec2(x0, y + text_dy), st && st->text ? st->text : default_text,
                        text_.data() + r->span.begin, text_.data() + r->span.end);
            if (!st) continue;
            // Underlines stack downwards from just under the glyphs, one per outlet, so a
            // sentence shared with three outlets shows three colours.
            const float slot = band_h / static_cast<float>(std::max<std::size_t>(st->underlines.size(), 2));
            for (std::size_t u = 0; u < st->underlines.size(); ++u) {
                float h = std::max(1.0f, slot * (u < st->thin.size() && st->thin[u] ? 0.4f : 0.75f));
                float uy = y + band_top + slot * static_cast<float>(u);
                dl->AddRectFilled(ImVec2(x0, uy), ImVec2(x1, uy + h), st->underlines[u]);
            }
            if (st->strike) {
                float sy = y + text_dy + fs * 0.55f;
                dl->AddRectFilled(ImVec2(x0, sy), ImVec2(x1, sy + std::max(1.0f, fs * 0.08f)), st->strike);
            }
        }
    }
}

} // namespace wiretrace
