// Hedge and polarity differences are flagged only where the rules read both sides with
// confidence and the two outlets say the thing the cue qualifies (claim_differences.cpp:
// hedged_words, compare_hedge, compare_polarity). Articles written for these tests.
#include "claim_test_support.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;
using namespace wiretrace::claim_test;

namespace {

// The notes of every claim on mentions of `article`.
std::string notes_of(const Analysis& a, int article) {
    std::string out;
    for (const Claim& c : a.claims)
        for (const ClaimNote& n : c.notes)
            if (n.mention >= 0 && c.mentions[static_cast<std::size_t>(n.mention)].article == article)
                out += n.detail + "; ";
    return out;
}

// "…, who said the autumn would probably bring heavy rain": the adverb qualifies the bringing
// of rain, a fact beside the level's fall; the outlet that leaves it out drops no hedge. The
// same adverb on the fall itself is a hedge added.
TEST(ClaimHedgeConfidence, AnAdverbOfLikelihoodHedgesOnlyWhatFollowsIt) {
    const std::string wire = "The level of Lake Orsa fell by 40 centimetres in October, the "
                             "water board said in its monthly bulletin.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The level of Lake Orsa fell by 40 centimetres in October, according to an engineer at "
         "the water board, who said the autumn would probably bring heavy rain.\n",
         "The level of Lake Orsa probably fell by 40 centimetres in October, the water board "
         "said in its monthly bulletin.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
}

} // namespace
