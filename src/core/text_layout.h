// text_layout.h — word-wrapping an article into lines of styled runs, once per article and
// width, so a view can draw highlight rectangles under exact words and clip to visible lines.
//
// The caller measures text (the app passes ImGui's CalcTextSize; tests pass a fixed advance), so
// this stays free of any UI include. Widths are additive: width("ab") == width("a") + width("b"),
// true of ImGui's fonts, which have no kerning. Paragraphs are separated by one blank line.
//
//   TextLayout l = layout_text(text, split_paragraphs(text), styles, 40 * em, measure);
//   for (int i = first_visible; i < last_visible; ++i)
//       for (const LaidRun& r : l.runs_of(l.lines[i])) draw(r.x0, r.x1, r.style);
//
// Cost: O(text bytes) measuring calls on words plus O(runs); ~1 ms for a 10,000-word article.
#pragma once

#include "analysis.h"

#include <functional>
#include <string_view>
#include <vector>

namespace wiretrace {

// A span of text drawn in one style (an index into the caller's style table). Styled spans passed
// to layout_text must be sorted and disjoint; text outside them gets style -1.
struct StyledSpan {
    ByteSpan span;
    int style = -1;
};

// A piece of one line in one style; x in the caller's units from the line's start. Runs include
// the spaces between words, so a highlight across words is one continuous rectangle.
struct LaidRun {
    ByteSpan span;
    float x0 = 0;
    float x1 = 0;
    int style = -1;
};

struct LaidLine {
    ByteSpan span;           // trimmed text of the line; empty for the blank between paragraphs
    std::uint32_t first_run = 0;
    std::uint32_t run_count = 0;
    int paragraph = -1;      // index into the paragraphs given; -1 for a blank line
};

struct TextLayout {
    float width = 0; // the width it was laid out for
    std::vector<LaidLine> lines;
    std::vector<LaidRun> runs;

    // The line holding byte `offset` (the nearest line at or before it), 0 when empty.
    int line_of(std::uint32_t offset) const;
    // Byte offset under x on line `line` (clamped to the line).
    std::uint32_t offset_at(int line, float x) const;
    const LaidRun* runs_begin(const LaidLine& l) const { return runs.data() + l.first_run; }
    const LaidRun* runs_end(const LaidLine& l) const { return runs.data() + l.first_run + l.run_count; }
};

using MeasureText = std::function<float(std::string_view)>;

// Greedy word wrap of each paragraph to `width`. A word wider than `width` is cut between code
// points. Spaces and tabs separate words; the wrap counts one space between words, and spaces
// inside a line are drawn as written (news text rarely has two in a row).
TextLayout layout_text(std::string_view text, const std::vector<ByteSpan>& paragraphs,
                       const std::vector<StyledSpan>& styles, float width, const MeasureText& measure);

} // namespace wiretrace
