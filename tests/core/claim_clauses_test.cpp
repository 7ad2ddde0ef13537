// Clause cutting (claim_clauses.cpp, claim_mentions.cpp): one mention is one proposition. A
// sentence stating two facts gives two mentions; a quotation standing as a statement is one
// quote, and an attribution closing the sentence credits every clause it governs. Sentences of
// their own, on topics the evaluation stories do not cover.
#include "claim_test_support.h"

#include <algorithm>
#include <string>
#include <vector>

namespace wiretrace {
namespace {

using claim_test::analyze_texts;

// The words of each mention of the first article, in article order.
std::vector<std::string> mentions_of(const Analysis& a) {
    std::vector<std::pair<std::uint32_t, std::string>> out;
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            if (m.article == 0) out.push_back({m.span.begin, std::string(text_of(a, m))});
    std::sort(out.begin(), out.end());
    std::vector<std::string> texts;
    for (auto& [at, t] : out) texts.push_back(t);
    return texts;
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& t : v) s += "[" + t + "] ";
    return s;
}

// The one mention holding `needle`, or "" when none or several do.
std::string mention_with(const std::vector<std::string>& ms, const std::string& needle) {
    std::string found;
    int count = 0;
    for (const std::string& m : ms)
        if (m.find(needle) != std::string::npos) found = m, ++count;
    return count == 1 ? found : "";
}

// Whether `first` and `second` lie in two different mentions.
bool cut_apart(const std::string& text, const std::string& first, const std::string& second) {
    const std::vector<std::string> ms = mentions_of(analyze_texts({text}));
    const std::string a = mention_with(ms, first), b = mention_with(ms, second);
    EXPECT_FALSE(a.empty()) << first << " in " << joined(ms);
    EXPECT_FALSE(b.empty()) << second << " in " << joined(ms);
    return !a.empty() && a != b;
}

// A quotation that stands as the statement (it opens the sentence, or follows a colon or a
// comma) is one quote, though it joins two clauses with "and"; one woven into the outlet's own
// sentence may be quoted by halves, and is cut as before.
TEST(ClaimClauseCutting, AQuotationStandingAsTheStatementIsOneQuote) {
    EXPECT_FALSE(cut_apart("\xE2\x80\x9CThe orchestra played for three hours and the audience "
                           "would not let it leave,\xE2\x80\x9D the festival director said.",
                           "orchestra played", "audience would not"));
    EXPECT_FALSE(cut_apart("The festival director said: \xE2\x80\x9CThe orchestra played for "
                           "three hours and the audience would not let it leave.\xE2\x80\x9D",
                           "orchestra played", "audience would not"));
    EXPECT_TRUE(cut_apart("The festival director said the evening was \xE2\x80\x9C" "a triumph for "
                          "the town and the orchestra will return next summer.\xE2\x80\x9D",
                          "a triumph for the town", "orchestra will return"));
}

} // namespace
} // namespace wiretrace
