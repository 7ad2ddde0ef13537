#include "text_layout.h"

#include <algorithm>

namespace wiretrace {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Cuts the line into runs at style boundaries, measuring each run once.
void add_runs(std::string_view text, ByteSpan line, const std::vector<StyledSpan>& styles,
              const MeasureText& measure, TextLayout& out) {
    auto it = std::upper_bound(styles.begin(), styles.end(), line.begin,
                               [](std::uint32_t o, const StyledSpan& s) { return o < s.span.end; });
    std::uint32_t at = line.begin;
    float x = 0;
    while (at < line.end) {
        int style = -1;
        std::uint32_t end = line.end;
        if (it != styles.end() && it->span.begin <= at) {
            style = it->style;
            end = std::min(end, it->span.end);
        } else if (it != styles.end()) {
            end = std::min(end, it->span.begin);
        }
        float w = measure(text.substr(at, end - at));
        out.runs.push_back({{at, end}, x, x + w, style});
        x += w;
        at = end;
        if (it != styles.end() && at >= it->span.end) ++it;
    }
}

} // namespace

int TextLayout::line_of(std::uint32_t offset) const {
    // Lines are in text order; blank lines carry an empty span at the previous line's end.
    auto it = std::upper_bound(lines.begin(), lines.end(), offset, [](std::uint32_t o, const LaidLine& l) {
        return o < l.span.begin;
    });
    if (it == lines.begin()) return 0;
    int i = static_cast<int>(it - lines.begin()) - 1;
    while (i > 0 && lines[static_cast<std::size_t>(i)].paragraph < 0) --i;
    return i;
}

std::uint32_t TextLayout::offset_at(int line, float x) const {
    if (line < 0 || static_cast<std::size_t>(line) >= lines.size()) return 0;
    const LaidLine& l = lines[static_cast<std::size_t>(line)];
    for (const LaidRun* r = runs_begin(l); r != runs_end(l); ++r)
        if (x < r->x1) {
            // Proportional inside a run: good enough to pick the span under the mouse.
            float f = r->x1 > r->x0 ? (x - r->x0) / (r->x1 - r->x0) : 0;
            f = std::max(0.0f, std::min(1.0f, f));
            return r->span.begin + static_cast<std::uint32_t>(f * static_cast<float>(r->span.size()));
        }
    return l.span.end;
}

TextLayout layout_text(std::string_view text, const std::vector<ByteSpan>& paragraphs,
                       const std::vector<StyledSpan>& styles, float width, const MeasureText& measure) {
    TextLayout out;
    out.width = width;
    const float space = measure(" ");
    auto emit = [&](ByteSpan line, int paragraph) {
        LaidLine l;
        l.span = line;
        l.paragraph = paragraph;
        l.first_run = static_cast<std::uint32_t>(out.runs.size());
        add_runs(text, line, styles, measure, out);
        l.run_count = static_cast<std::uint32_t>(out.runs.size()) - l.first_run;
        out.lines.push_back(l);
    };
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        ByteSpan para = paragraphs[p];
        if (para.empty()) continue;
        if (!out.lines.empty()) out.lines.push_back({{para.begin, para.begin}, 0, 0, -1});
        const int pi = static_cast<int>(p);
        std::uint32_t line_begin = para.begin, line_end = para.begin;
        float x = 0;
        bool line_has_word = false;
        std::uint32_t i = para.begin;
        while (i < para.end) {
            while (i < para.end && is_space(text[i])) ++i;
            if (i >= para.end) break;
            std::uint32_t wb = i;
            while (i < para.end && !is_space(text[i])) ++i;
            std::uint32_t we = i;
            float w = measure(text.substr(wb, we - wb));
            if (line_has_word && x + space + w > width) {
                emit({line_begin, line_end}, pi);
                line_has_word = false;
                x = 0;
            }
            if (!line_has_word) {
                line_begin = wb;
                // A word wider than the whole line: cut it between code points.
                while (w > width && we - wb > 1) {
                    std::uint32_t cut = wb + 1;
                    float cw = 0;
                    for (std::uint32_t c = wb + 1; c <= we; ++c) {
                        if (c < we && is_continuation(text[c])) continue;
                        float m = measure(text.substr(wb, c - wb));
                        if (m > width && c > wb + 1) break;
                        cut = c;
                        cw = m;
                    }
                    if (cut >= we) break;
                    emit({wb, cut}, pi);
                    wb = cut;
                    line_begin = wb;
                    w -= cw;
                }
                x = w;
                line_has_word = true;
            } else {
                x += space + w;
            }
            line_end = we;
        }
        if (line_has_word) emit({line_begin, line_end}, pi);
    }
    return out;
}

} // namespace wiretrace
