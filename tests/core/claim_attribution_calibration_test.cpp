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

// A body described by its kind ("the brewer") and its name are one source when the outlet puts
// the description beside the name ("Kessling & Daughters, the family brewer"); a name no article
// describes so is another source.
TEST(ClaimAttributionCalibration, ADescriptionTheStoryGivesTheNameIsOneSource) {
    const std::string wire = "Kessling & Daughters, the family brewer, recalled 40,000 bottles of "
                             "lager on Friday.\n\nProduction at the Eastmoor plant will stop for "
                             "three weeks, the brewer said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Production at the Eastmoor plant will stop for three weeks, Kessling & Daughters "
         "said.\n",
         "Production at the Eastmoor plant will stop for three weeks, Tamsin Rowe of the "
         "Drinks Safety Office said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
    // Written after the name, with a possessive: "Orrin's glassworks said".
    const std::string lead = "The furnace at Orrin's glassworks will be relit in June, the "
                             "glassworks said.\n";
    Analysis b = analyze_texts(
        {lead, lead,
         "The furnace at Orrin's glassworks will be relit in June, Orrin said.\n",
         "The furnace at Orrin's glassworks will be relit in June, Liss Vane said.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Attribution)) << details(b, 2);
    EXPECT_TRUE(flags(b, 3, DifferenceKind::Attribution)) << details(b, 3);
}

// Two outlets that write the same frame ("Larsfield Dairy reported that …", "The cooperative
// reported that …") credit alike, though the rules read a source only in the name: a note, not an added
// credit. A credit in another frame ("…, the farmers' union said") is added.
TEST(ClaimAttributionCalibration, TheSameSubjectAndVerbIsNoCreditAdded) {
    const std::string wire = "The cooperative reported that its net profit reached 3.2 million "
                             "euros in 2026, against a loss a year earlier.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Larsfield Dairy reported that its net profit reached 3.2 million euros in 2026, against "
         "a loss a year earlier.\n",
         "The cooperative's net profit reached 3.2 million euros in 2026, against a loss a year "
         "earlier, the farmers' union said.\n"});
    EXPECT_EQ(source_of(a, "net profit", 2), "Larsfield Dairy");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_NE(notes_on(a, "net profit", 2).find("not flagged"), std::string::npos);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Organisers" against a named body or person: the people who run the event may be that body
// or include that person; a note, not a changed credit. Against another description ("the
// regional tourism office") it is another source.
TEST(ClaimAttributionCalibration, TheEventsOrganisersAgainstANameAreANote) {
    const std::string wire = "The folk festival drew 61,000 visitors over its four days, "
                             "organisers said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The folk festival drew 61,000 visitors over its four days, the Kellby Folk Festival "
         "Trust said.\n",
         "The folk festival drew 61,000 visitors over its four days, the regional tourism office "
         "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_NE(notes_on(a, "61,000", 2).find("organisers"), std::string::npos);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// A fact given in passing in a clause of time or circumstance ("…, as about 2,400 jobs at the two
// mills are at risk") is background to the sentence's main clause: a note, not a dropped credit.
// The same fact stated in a sentence of its own, uncredited, is a drop.
TEST(ClaimAttributionCalibration, AFactInASubordinateClauseIsBackgroundNotADrop) {
    const std::string wire = "About 2,400 jobs at the two paper mills are at risk, the union "
                             "said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Shares in Varne Paper rose 4% on Tuesday, as about 2,400 jobs at the two paper mills "
         "are at risk.\n",
         "About 2,400 jobs at the two paper mills are at risk.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_NE(notes_on(a, "2,400 jobs", 2).find("subordinate"), std::string::npos);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// Quoted words given to a person described as belonging to a body ("chair of the Islands
// Passenger Forum") and the same words given to that body are one speaker; another person is
// another speaker.
TEST(ClaimAttributionCalibration, APersonOfTheBodyAndTheBodyAreOneSpeaker) {
    const std::string wire = "\u201cWe will not accept these cuts to the winter ferry timetable,\u201d "
                             "said Maren Holt, chair of the Islands Passenger Forum.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "\u201cWe will not accept these cuts to the winter ferry timetable,\u201d the Islands "
         "Passenger Forum said.\n",
         "\u201cWe will not accept these cuts to the winter ferry timetable,\u201d said Jonas Berg, a "
         "harbour councillor.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Speaker)) << details(a, 3);
}


// People named by their role alone ("engineers said") against a named person ("Marta Wenzel
// said"): the person may be one of the engineers or speak for them, so the credits are not
// sure to differ: a note. Against a body they are another source, flagged.
TEST(ClaimAttributionCalibration, AGroupNamedByItsRoleAgainstAPersonIsANote) {
    const std::string wire = "The eastern span of the Kelby bridge will stay closed until "
                             "March, engineers said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The eastern span of the Kelby bridge will stay closed until March, Marta Wenzel "
         "said.\n",
         "The eastern span of the Kelby bridge will stay closed until March, the Ostvale "
         "Chamber of Commerce said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}


// A credit is dropped from one statement. An outlet's clause that runs on from the credited fact
// into a longer second one (the fishermen's fight for the trawlers) is grouped with the credited
// sentence by the first, but most of what it states is not what the credit was given to: which
// statement the missing credit concerns the words do not tell, so a note. The credited fact alone,
// uncredited, is a dropped credit.
TEST(ClaimAttributionCalibration, AClauseThatStatesMuchElseIsNotTheSameStatement) {
    const std::string wire = "Gales tore two mooring pontoons loose at Ostby harbour on "
                             "Tuesday night, the harbour authority said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Gales tore two mooring pontoons loose at Ostby harbour on Tuesday night, forcing "
         "fishermen with coastguard volunteers to fight for hours to save three trawlers "
         "dragging their anchors towards the breakwater rocks below the old lighthouse.\n",
         "Gales tore two mooring pontoons loose at Ostby harbour on Tuesday night.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

} // namespace
