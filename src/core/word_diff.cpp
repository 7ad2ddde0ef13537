#include "word_diff.h"

#include "text.h"

#include <string>

namespace wiretrace {

WordMarks mark_differing_words(std::string_view a, std::string_view b) {
    std::vector<WordSpan> wa, wb;
    scan_words(a, {0, static_cast<std::uint32_t>(a.size())}, wa);
    scan_words(b, {0, static_cast<std::uint32_t>(b.size())}, wb);
    WordMarks marks;
    if (wa.size() > kMaxDiffWords || wb.size() > kMaxDiffWords) {
        for (const WordSpan& w : wa) marks.only_in_a.push_back(w.span);
        for (const WordSpan& w : wb) marks.only_in_b.push_back(w.span);
        return marks;
    }
    std::vector<std::string> fa, fb;
    for (const WordSpan& w : wa) fa.push_back(fold_word(a.substr(w.span.begin, w.span.size())));
    for (const WordSpan& w : wb) fb.push_back(fold_word(b.substr(w.span.begin, w.span.size())));
    const std::size_t n = fa.size(), m = fb.size();
    // lcs[i][j]: longest common subsequence of fa[i..] and fb[j..].
    std::vector<std::uint16_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return lcs[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = fa[i] == fb[j] ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1) : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && fa[i] == fb[j]) {
            ++marks.common, ++i, ++j;
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            marks.only_in_a.push_back(wa[i++].span);
        } else {
            marks.only_in_b.push_back(wb[j++].span);
        }
    }
    return marks;
}

} // namespace wiretrace
