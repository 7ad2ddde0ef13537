// A clause of time or circumstance ("… as the crane collapsed") gives its fact as background to
// the main clause of its sentence, and the sentence's closing credit is the main clause's: a
// changed source read from it is a note, as a dropped one is. On articles written for these
// tests.
#include "claim_test_support.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;
using namespace wiretrace::claim_test;

namespace {

TEST(ClaimBackgroundCredit, ACreditReachingABackgroundClauseIsNoChangedSource) {
    const std::string wire =
        "The harbour crane collapsed onto the ferry ramp at 6am, the port authority said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Ferries were held at sea for five hours as the harbour crane collapsed onto the ferry "
         "ramp at 6am, the coastguard said.\n",
         "The harbour crane collapsed onto the ferry ramp at 6am, the coastguard said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_NE(notes_on(a, "crane", 2).find("subordinate"), std::string::npos)
        << notes_on(a, "crane", 2);
    // The same credit on the main clause is another source.
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

} // namespace
