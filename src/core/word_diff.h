// word_diff.h — which words of one wording differ from another's: the variant marks of a
// collation table (Juxta, CollateX), for Passages' wordings of one passage. Words compare by
// fold_word() (case, typographic quotes and a possessive 's do not matter; "said" and "says"
// differ). The longest common subsequence of the two word lists is kept; every other word is
// marked. The alignment stage has its own diff on word ids (reuse.cpp); this one works on
// plain text, for views that hold two strings and nothing else.
#pragma once

#include "analysis.h"

#include <string_view>
#include <vector>

namespace wiretrace {

struct WordMarks {
    std::vector<ByteSpan> only_in_a; // words of a with no counterpart in b, spans into a
    std::vector<ByteSpan> only_in_b; // words of b with no counterpart in a, spans into b
    std::size_t common = 0;          // words kept in both
};

// Offsets are into `a` and `b`. Over kMaxWords words a side, every word counts as differing
// (an O(n·m) table of two long texts is not worth building for a mark; passages are sentences).
constexpr std::size_t kMaxDiffWords = 600;
WordMarks mark_differing_words(std::string_view a, std::string_view b);

} // namespace wiretrace
