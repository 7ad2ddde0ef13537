// Whether two outlets' figures for one claim are one figure: the comparison stage's reading of
// modified figures, days of reporting and what a figure counts, on articles written for these
// tests.
#include "claim_test_support.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;
using namespace wiretrace::claim_test;

namespace {

Article dated(const std::string& id, const std::string& date, const std::string& text) {
    Article a = article(id, text);
    a.date = date;
    return a;
}

Analysis analyze_articles(std::vector<Article> articles) {
    Corpus corpus;
    corpus.articles = std::move(articles);
    return analyze(std::move(corpus));
}

// Two estimates whose ±7% intervals meet are still two figures when the outlets wrote different
// round numbers; the same round number in other words ("some", "roughly") is not.
TEST(ClaimQuantityComparison, TwoEstimatesWithDifferentRoundFiguresDiffer) {
    const std::string wire =
        "The harbour authority said about 3,400 containers were stuck at the quay on Monday.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The harbour authority said about 3,700 containers were stuck at the quay on Monday.\n",
         "The harbour authority said roughly 3,400 containers were stuck at the quay on Monday.\n",
         "The harbour authority said 3,450 containers were stuck at the quay on Monday.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
    // An exact count inside the estimate's interval is the count the estimate rounds.
    EXPECT_FALSE(flags(a, 4, DifferenceKind::Quantity)) << details(a, 4);
}

// A bound set against an estimate on the other side of it: "more than 70,000" is not "about
// 66,000". An estimate at the bound is the same figure.
TEST(ClaimQuantityComparison, ABoundAgainstAnEstimateBeyondItDiffers) {
    const std::string wire =
        "About 66,000 households lost their gas supply after the pipeline burst, the utility said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "More than 70,000 households lost their gas supply after the pipeline burst, the utility "
         "said.\n",
         "More than 65,000 households lost their gas supply after the pipeline burst, the utility "
         "said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
}

// An estimate rounded in another unit is rounded to that unit's step: "about 9 miles" (14.5 km)
// is "about 15 km".
TEST(ClaimQuantityComparison, AConvertedEstimateKeepsItsOwnStep) {
    const std::string wire =
        "The slick stretched about 15 km along the coast, the coastguard said on Friday.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The slick stretched about 9 miles along the coast, the coastguard said on Friday.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
}

// The next day's copy names its own day ("on Thursday" in an article of Thursday) for what
// happened that day; against the first day's "on Wednesday" that is no changed date. A date the
// later copy gives for the first day's event still is compared.
TEST(ClaimQuantityComparison, EachOutletsOwnNewsDayIsNotAChangedDate) {
    const std::string wire = "The regional assembly approved 2,300 new teaching posts on "
                             "Wednesday, the education office said.\n";
    Analysis a = analyze_articles(
        {dated("w1", "2027-03-03", wire), dated("w2", "2027-03-03", wire),
         dated("next", "2027-03-04",
               "A teachers' group on Thursday welcomed the regional assembly's approval of 2,300 "
               "new teaching posts, the education office said.\n"),
         dated("wrong", "2027-03-04",
               "The regional assembly approved 2,300 new teaching posts on Tuesday, the education "
               "office said.\n")});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
}

// Bare counts of two things ("four vans", "12 phones") are not one figure changed; nor is a
// person's age in apposition ("Marsh, 31,") a count of the claim. A count of the same thing is.
TEST(ClaimQuantityComparison, CountsOfDifferentThingsAreNotCompared) {
    const std::string wire =
        "Customs officers seized 12 phones and 40 watches at the border crossing on Monday.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Customs officers seized 40 watches at the border crossing after stopping four vans on "
         "Monday.\n",
         "Customs officers seized 12 phones and 45 watches at the border crossing on Monday.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);

    const std::string keeper = "Halloran kept 14 clean sheets in 36 games for the club last "
                               "season.\n";
    Analysis b = analyze_texts(
        {keeper, keeper, "Halloran, 29, kept 14 clean sheets for the club last season.\n",
         "Halloran kept 19 clean sheets in 36 games for the club last season.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Quantity)) << details(b, 2);
    EXPECT_TRUE(flags(b, 3, DifferenceKind::Quantity)) << details(b, 3);
}

// A price per one unit against a price per another ("a litre", "per barrel") is not one figure
// changed.
TEST(ClaimQuantityComparison, PricesPerDifferentUnitsAreNotCompared) {
    const std::string wire =
        "Diesel prices rose to €1.92 a litre at the pumps on Tuesday, the motoring club said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Diesel prices rose to €305 per barrel at the pumps on Tuesday, the motoring club said.\n",
         "Diesel prices rose to €2.19 a litre at the pumps on Tuesday, the motoring club said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
}

// "the council said on Thursday" dates the saying; "after the flood on Tuesday" dates the event:
// two things, not one date changed. A date of the event changed is still a difference.
TEST(ClaimQuantityComparison, TheDayOfTheSayingIsNotTheDayOfTheEvent) {
    const std::string wire = "Three schools in Marl will stay shut for the rest of the week, "
                             "the council said on Thursday.\n";
    Analysis a = analyze_articles(
        {dated("w1", "2027-03-04", wire), dated("w2", "2027-03-04", wire),
         dated("r", "2027-03-04",
               "Three schools in Marl will stay shut for the rest of the week after the flood on "
               "Tuesday.\n"),
         dated("s", "2027-03-04",
               "Three schools in Marl will stay shut for the rest of the week, the council said "
               "on Wednesday.\n")});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
}

// "in the six months to June" names the period a figure covers; "for the first time in more
// than eight years" how long since: not one duration changed. Two periods are compared.
TEST(ClaimQuantityComparison, ANamedPeriodIsNotALength) {
    const std::string wire = "Orvane Foods made a loss of 40 million euros, its first loss in "
                             "more than eight years, the company said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Orvane Foods made a loss of 40 million euros in the six months to June, the company "
         "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    const std::string half = "Orvane Foods made a loss of 40 million euros in the six months to "
                             "June, the company said.\n";
    Analysis b = analyze_texts(
        {half, half,
         "Orvane Foods made a loss of 40 million euros in the nine months to June, the company "
         "said.\n"});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Quantity)) << details(b, 2);
}

// A wire's dateline dates its filing ("KELMOUTH, Mar 4 (CWS) — "), not the story: an outlet
// that carries one and leaves out the day of the event has changed no date. A day the sentence
// itself gives is still compared; the dash may be typed as a hyphen.
TEST(ClaimQuantityComparison, ADatelinesDateIsNotTheStorysDate) {
    const std::string wire = "KELMOUTH (NPA) \xE2\x80\x94 The ferry operator cancelled 140 "
                             "sailings on Tuesday, the harbour office said.\n";
    Analysis a = analyze_articles(
        {dated("w1", "2027-03-04", wire), dated("w2", "2027-03-04", wire),
         dated("rival", "2027-03-04",
               "KELMOUTH, Mar 4 (CWS) \xE2\x80\x94 The ferry operator cancelled 140 sailings, the "
               "harbour office said.\n"),
         dated("typed", "2027-03-04",
               "KELMOUTH, Mar 4 (CWS) - The ferry operator cancelled 140 sailings on Monday, the "
               "harbour office said.\n")});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_TRUE(mention(a, "cancelled 140 sailings", 2).quantities.size() == 1);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
    EXPECT_NE(details(a, 3).find("Monday"), std::string::npos) << details(a, 3);
    EXPECT_EQ(details(a, 3).find("Mar 4"), std::string::npos) << details(a, 3);
}

// A change told by its size ("will cut 128 crossings") against the same change told by its two
// ends ("from 640 to 512") is one figure; a changed end is still flagged, and so is a third
// figure beside an end the outlet gives itself.
TEST(ClaimQuantityComparison, AChangeToldByItsSizeIsTheGapBetweenItsEnds) {
    const std::string wire = "The ferry company will cut its summer crossings from 640 to 512 "
                             "next year, the port authority said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The ferry company will cut 128 of its summer crossings next year, the port authority "
         "said.\n",
         "The ferry company will cut its summer crossings from 640 to 497 next year, the port "
         "authority said.\n",
         "The ferry company will cut its summer crossings from 640 to 128 next year, the port "
         "authority said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
    EXPECT_TRUE(flags(a, 4, DifferenceKind::Quantity)) << details(a, 4);
}

} // namespace

// A volume changed between spellings is still a changed volume: "160 million liters" against
// "150 million litres" is flagged, the same figure in the other spelling is not.
TEST(ClaimQuantityComparison, AVolumeInTheOtherSpellingIsStillCompared) {
    const std::string wire = "The canal lost 150 million litres a day through leaks last summer, "
                             "the waterways board said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The canal lost 160 million liters a day through leaks last summer, the waterways board "
         "said.\n",
         "The canal lost 150 million liters a day through leaks last summer, the waterways board "
         "said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
}

// Households and homes are one counted thing: a figure changed between the two nouns is flagged,
// the same figure under the other noun is not.
TEST(ClaimQuantityComparison, HouseholdsAndHomesCountOneThing) {
    const std::string wire = "About 52,000 households in Brell were left without heating on "
                             "Tuesday, the gas network said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "About 25,000 Brell homes were left without heating on Tuesday, the gas network said.\n",
         "About 52,000 Brell homes were left without heating on Tuesday, the gas network said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
}

// A part of a whole: the same part of another whole is a changed figure ("six of the 18" for
// "six of the 28"), the whole in words is the same whole, and a part given without its whole
// is not flagged.
TEST(ClaimQuantityComparison, ThePartOfAnotherWholeIsAChangedFigure) {
    const std::string wire = "Only six of the 28 lifts at the station were working on Monday, "
                             "the transport authority said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Only six of the 18 lifts at the station were working on Monday, the transport "
         "authority said.\n",
         "Only six of the twenty-eight lifts at the station were working on Monday, the transport "
         "authority said.\n",
         "Only six lifts at the station were working on Monday, the transport authority said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
    EXPECT_FALSE(flags(a, 4, DifferenceKind::Quantity)) << details(a, 4);
}

// "voted on Monday to close the library" against "to close the library from June 2028": a
// day of the news week and a whole month are two dates of the story (when it was decided,
// when it takes effect), not one date changed; a day changed in the same form still is.
TEST(ClaimQuantityComparison, AWeekdayAndAMonthAreTwoDatesNotOneChanged) {
    const std::string wire = "The county council voted on Monday to close the Brook Street "
                             "library and sell the building.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The county council voted to close the Brook Street library from June 2028 and sell "
         "the building.\n",
         "The county council voted on Tuesday to close the Brook Street library and sell the "
         "building.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
}

// "about 1,900" with its noun left out is the count of people it is set against, and two
// estimates of it with different round figures differ, as they do with the noun written.
TEST(ClaimQuantityComparison, ABareEstimateAgainstAnEstimateOfPeopleIsStillTwoEstimates) {
    const std::string wire = "The closure will affect about 1,900 workers at the plant, the "
                             "union estimates.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The union now puts the number of workers affected at the plant at about 2,100.\n",
         "The union now puts the number of workers affected at the plant at about 1,900.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
}

// "had passed 40,000 signatures" is a bound, as "more than 35,000" is: two bounds stating
// different figures are two counts; the same bound in other words is one.
TEST(ClaimQuantityComparison, AFigurePassedIsALowerBound) {
    const std::string wire = "A petition against the road scheme had gathered more than 35,000 "
                             "signatures by Monday, the campaign said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "A petition against the road scheme had passed 40,000 signatures by Monday, the "
         "campaign said.\n",
         "A petition against the road scheme had passed 35,000 signatures by Monday, the "
         "campaign said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Quantity)) << details(a, 3);
}

// A plural in "-es" ("inspections", "searches", "boxes") names the thing its singular does:
// "340 searches" against "430 search records" is one count changed.
TEST(ClaimQuantityComparison, APluralInEsCountsWhatItsSingularCounts) {
    const std::string wire = "Auditors examined 430 search records from the port police for "
                             "last year, the report said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Auditors examined 340 searches from the port police for last year, the report said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
}
