// The variant marks Passages puts on a wording (core/word_diff.h).
#include "core/word_diff.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;

namespace {

std::vector<std::string> words(std::string_view text, const std::vector<ByteSpan>& spans) {
    std::vector<std::string> out;
    for (const ByteSpan& s : spans) out.emplace_back(text.substr(s.begin, s.size()));
    return out;
}

} // namespace

TEST(WordDiff, MarksOnlyTheWordsAnOutletChanged) {
    const std::string wire = "State news agency SANA quoted an unnamed military official as saying Friday that Syrian "
                             "and Russian air force are attacking insurgents";
    const std::string pickup = "State news agency SANA quoted an unnamed military official as saying on Friday that the "
                               "Syrian and Russian air forces were attacking insurgents";
    WordMarks m = mark_differing_words(wire, pickup);
    EXPECT_EQ(words(wire, m.only_in_a), (std::vector<std::string>{"force", "are"}));
    EXPECT_EQ(words(pickup, m.only_in_b), (std::vector<std::string>{"on", "the", "forces", "were"}));
    EXPECT_EQ(m.common, 19u);
}

TEST(WordDiff, CaseQuotesAndPossessivesAreNotChanges) {
    const std::string a = "Assad\xE2\x80\x99s army said \xE2\x80\x9CHoms\xE2\x80\x9D";
    const std::string b = "assad's Army said \"Homs\"";
    WordMarks m = mark_differing_words(a, b);
    EXPECT_TRUE(m.only_in_a.empty());
    EXPECT_TRUE(m.only_in_b.empty());
    EXPECT_EQ(m.common, 4u);
}

TEST(WordDiff, ReorderedAndEmptyTexts) {
    WordMarks m = mark_differing_words("", "three new words");
    EXPECT_EQ(m.only_in_b.size(), 3u);
    EXPECT_EQ(m.common, 0u);
    m = mark_differing_words("the army withdrew from Hama", "from Hama the army withdrew");
    EXPECT_EQ(m.common, 3u) << "the longest run kept in order: the army withdrew";
    EXPECT_EQ(m.only_in_a.size() + m.only_in_b.size(), 4u);
    std::string longer;
    for (std::size_t k = 0; k <= kMaxDiffWords; ++k) longer += "word ";
    m = mark_differing_words(longer, "word");
    EXPECT_EQ(m.only_in_a.size(), kMaxDiffWords + 1) << "too long to diff: every word marked, never a huge table";
}
