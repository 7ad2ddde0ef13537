// When the comparison is sure enough to flag a credit added, dropped or changed, and when it
// shows a note instead (claim_compare_sources.cpp, compare_attribution): each rule on sentences
// written for these tests, in topics and forms the eval stories do not use.
#include "claim_test_support.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;
using namespace wiretrace::claim_test;

namespace {

// A clause cut from its subject by a relative clause ("The trust, which runs nine branches, …")
// still states its subject's own result: when that subject is the body the other outlets credit,
// the outlet has not dropped the credit. Another body as the subject has.
TEST(ClaimAttributionCalibration, TheCreditedBodyAsTheSubjectCutAwayIsNoDrop) {
    const std::string wire = "The Northgate Library Trust said its loans of printed books rose by "
                             "14% in the year to March.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The trust, which runs nine branch libraries across the valley, saw its loans of printed "
         "books rise by 14% in the year to March.\n",
         "The county, which funds nine branch libraries across the valley, saw its loans of "
         "printed books rise by 14% in the year to March.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// One name written open, closed or hyphenated ("the Harbour Master", "the harbourmaster") is
// one source; another body is still another.
TEST(ClaimAttributionCalibration, ANameWrittenClosedOrOpenIsOneSource) {
    const std::string wire = "Two cargo berths will stay shut until the dredging ends in May, the "
                             "harbourmaster said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Two cargo berths will stay shut until the dredging ends in May, the Harbour Master "
         "said.\n",
         "Two cargo berths will stay shut until the dredging ends in May, the harbour board "
         "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

} // namespace
