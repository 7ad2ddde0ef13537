// How each mention's source was read (MentionInfo::source_way and source_flags): the comparison
// trusts an attribution by the way it was found (claim_compare_sources.cpp,
// compare_attribution), so the way must be the one a reader sees in the sentence. Articles
// written for this test.
#include "claim_test_support.h"

#include "core/claims_internal.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;
using namespace wiretrace::claims_internal;

namespace {

struct Read {
    int way = -1;
    std::uint8_t flags = 0;
};

// How the mention of article 0 holding `needle` (the shortest) had its source read.
Read read_of(const std::string& text, const std::string& needle) {
    Analysis a = claim_test::analyze_texts({text});
    Mentions ms = find_mentions(a, 1);
    const StoredMention* best = nullptr;
    for (const StoredMention& s : ms.stored) {
        const std::string_view t =
            std::string_view(text).substr(s.m.span.begin, s.m.span.end - s.m.span.begin);
        if (t.find(needle) != std::string_view::npos &&
            (!best || s.m.span.end - s.m.span.begin < best->m.span.end - best->m.span.begin))
            best = &s;
    }
    EXPECT_TRUE(best) << needle;
    return best ? Read{best->source_way, best->source_flags} : Read{};
}

TEST(ClaimSourceWay, EachWayOfCreditingIsRecorded) {
    EXPECT_EQ(read_of("Tolls on the bridge will rise by 9%, according to the transport board.\n",
                      "bridge")
                  .way,
              kWayAccording);
    EXPECT_EQ(
        read_of("Tolls on the bridge will rise by 9%, the transport board said.\n", "bridge").way,
        kWayClosing);
    EXPECT_EQ(
        read_of("The transport board said tolls on the bridge will rise by 9%.\n", "bridge").way,
        kWaySubject);
    EXPECT_EQ(
        read_of("Tolls on the bridge will rise by 9%, said the transport board.\n", "bridge").way,
        kWayInverted);
    EXPECT_EQ(read_of("It was announced by the transport board that tolls on the bridge will "
                      "rise by 9%.\n",
                      "bridge")
                  .way,
              kWayPassive);
    EXPECT_EQ(read_of("Tolls on the bridge will rise by 9%.\n", "bridge").way, kWayNone);
    const Read pronoun = read_of("The transport board met on Monday. It said tolls on the bridge "
                                 "will rise by 9%.\n",
                                 "bridge");
    EXPECT_EQ(pronoun.way, kWayPronoun);
    EXPECT_TRUE(pronoun.flags & kSourceResolved);
}

// The sentence's attribution given to a clause that does not hold it is marked carried; the
// clause that holds it is not.
TEST(ClaimSourceWay, ACreditFromAnotherClauseIsMarkedCarried) {
    const std::string text = "A ferry carrying 40 passengers ran aground on Tuesday after its "
                             "engine failed two miles off the harbour mouth, the coastguard said.\n";
    const Read first = read_of(text, "ran aground");
    EXPECT_EQ(first.way, kWayClosing);
    EXPECT_TRUE(first.flags & kSourceCarried);
    const Read own = read_of(text, "engine failed");
    EXPECT_EQ(own.way, kWayClosing);
    EXPECT_FALSE(own.flags & kSourceCarried);
}

} // namespace
