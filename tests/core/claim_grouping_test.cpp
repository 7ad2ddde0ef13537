// Claims grouping (claim_grouping.cpp): each rule that joins reworded mentions, on small
// constructed articles, with the case it must join and the case it must keep apart.
#include "core/analyze.h"
#include "core/claims.h"
#include "core/corpus.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace wiretrace;

namespace {

Analysis analyze_articles(const std::vector<std::pair<std::string, std::string>>& texts) {
    Corpus corpus;
    for (const auto& [id, text] : texts) {
        Article a;
        a.id = id;
        a.outlet = id;
        a.title = id;
        a.date = "2025-11-06";
        a.text = text;
        corpus.articles.push_back(std::move(a));
    }
    return analyze(std::move(corpus));
}

// The claim holding the mention of article `id` whose text contains `words`; -1 when none.
int claim_of(const Analysis& a, const std::string& id, const std::string& words) {
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions) {
            const Article& art = a.corpus.articles[static_cast<std::size_t>(m.article)];
            if (art.id != id) continue;
            if (art.text.substr(m.span.begin, m.span.size()).find(words) != std::string::npos)
                return c.id;
        }
    return -1;
}

const char* kWire = "The Reserve Bank of Norland raised its cash rate to 4.75% on Thursday, its "
                    "third increase this year.\n\n"
                    "Annual inflation eased to 5.8% in October from 6.1% in September.\n\n"
                    "Governor Ingrid Solberg did not say when the bank expects to start cutting "
                    "rates.\n\n"
                    "Treasurer Owen Marsh said the decision was regrettable but understandable.\n\n"
                    "Unemployment rose to 4.1%.\n";

} // namespace

// A figure both sides give exactly is the rarest thing a rewrite keeps: "The jobless rate
// climbed to 4.1%" is "Unemployment rose to 4.1%" though they share one content word at most.
// (On a corpus this small the older rule, an agreeing figure with a third of the words in
// common, joins them too; the date case below is the one that needs the figure in the overlap.)
TEST(ClaimGrouping, ASharedFigureJoinsARewordedSentence) {
    Analysis a = analyze_articles(
        {{"wire", kWire},
         {"rewrite", "The Reserve Bank of Norland lifted its cash rate to 4.75% on Thursday.\n\n"
                     "Treasurer Owen Marsh called the decision regrettable but understandable.\n\n"
                     "The jobless rate climbed to 4.1%.\n"}});
    int wire = claim_of(a, "wire", "Unemployment rose to 4.1%");
    ASSERT_GE(wire, 0);
    EXPECT_EQ(claim_of(a, "rewrite", "jobless rate climbed"), wire);
}

// The must-not side: the same figure about something else ("shares fell 4.1%") is not the
// unemployment claim, and neither is the unemployment claim with another figure and nothing
// else in common.
TEST(ClaimGrouping, ASharedFigureAloneDoesNotJoinAnotherFact) {
    Analysis a = analyze_articles(
        {{"wire", kWire},
         {"other", "The Reserve Bank of Norland lifted its cash rate to 4.75% on Thursday.\n\n"
                   "Shares in Norland Telecom fell 4.1% on the news.\n"}});
    int wire = claim_of(a, "wire", "Unemployment rose to 4.1%");
    ASSERT_GE(wire, 0);
    int other = claim_of(a, "other", "Shares in Norland Telecom");
    ASSERT_GE(other, 0);
    EXPECT_NE(other, wire);
}

// A date written with its day is an anchor ("Feb. 4" = "February 4"); a weekday is not, since
// every sentence of a story can carry it.
TEST(ClaimGrouping, AWrittenDateJoinsARewordedSentenceAndAWeekdayDoesNot) {
    Analysis a = analyze_articles(
        {{"wire", std::string(kWire) + "\nThe board's next decision is due on Feb. 4.\n"},
         {"rewrite", "The Reserve Bank of Norland lifted its cash rate to 4.75% on Thursday.\n\n"
                     "The next rate decision is scheduled for February 4.\n\n"
                     "Ministers met farmers in the capital on Thursday.\n"}});
    int wire = claim_of(a, "wire", "next decision is due");
    ASSERT_GE(wire, 0);
    EXPECT_EQ(claim_of(a, "rewrite", "scheduled for February 4"), wire);
    int farmers = claim_of(a, "rewrite", "Ministers met farmers");
    ASSERT_GE(farmers, 0);
    EXPECT_NE(farmers, claim_of(a, "wire", "raised its cash rate"));
}

// A rewrite keeps the wire's order: a sentence left alone between two joined neighbours joins
// the wire's sentence in the same slot when they share a name ("Solberg gave no indication of
// when rate cuts might begin" / "… did not say when the bank expects to start cutting rates").
TEST(ClaimGrouping, ASentenceBetweenJoinedNeighboursJoinsTheWiresSentenceInThatSlot) {
    Analysis a = analyze_articles(
        {{"wire", kWire},
         {"rewrite", "The Reserve Bank of Norland raised its cash rate to 4.75% on Thursday, its "
                     "third increase this year.\n\n"
                     "Annual inflation eased to 5.8% in October from 6.1% in September.\n\n"
                     "Solberg gave no indication of when rate cuts might begin.\n\n"
                     "Treasurer Owen Marsh said the decision was regrettable but "
                     "understandable.\n"}});
    int wire = claim_of(a, "wire", "did not say when");
    ASSERT_GE(wire, 0);
    EXPECT_EQ(claim_of(a, "rewrite", "gave no indication"), wire);
}

// The must-not side of order: an unrelated sentence in the same slot (no shared word, name or
// speaker) starts a claim of its own.
TEST(ClaimGrouping, AnUnrelatedSentenceInTheSameSlotStaysApart) {
    Analysis a = analyze_articles(
        {{"wire", kWire},
         {"rewrite", "The Reserve Bank of Norland raised its cash rate to 4.75% on Thursday, its "
                     "third increase this year.\n\n"
                     "Annual inflation eased to 5.8% in October from 6.1% in September.\n\n"
                     "Economists at Harbour Securities expect one more increase in spring.\n\n"
                     "Treasurer Owen Marsh said the decision was regrettable but "
                     "understandable.\n"}});
    int wire = claim_of(a, "wire", "did not say when");
    ASSERT_GE(wire, 0);
    EXPECT_NE(claim_of(a, "rewrite", "Harbour Securities"), wire);
}

// One placed neighbour and a third of the weighted words in common: the rewrite's sentence
// right after the shares is the wire's sentence right after them. Moved elsewhere in the
// article, with neighbours that do not line up, the same words are not enough.
namespace {
const char* kBreachWire =
    "Hackers gained access to the names and addresses of about 1.3 million customers of the "
    "lender Vantel, the company said on Tuesday.\n\n"
    "Vantel shares fell 4.2% in London trading.\n\n"
    "It said it had hired an outside cybersecurity firm to investigate.\n\n"
    "The Information Commissioner's Office said it was making enquiries.\n";
const char* kBreachShares = "Vantel shares fell 4.2% in London trading.\n\n";
const char* kBreachHired = "Vantel has brought in outside cybersecurity specialists, it said.\n\n";
const char* kBreachOther =
    "Personal data belonging to 1.3 million Vantel customers was stolen by hackers, the bank "
    "said.\n\n"
    "Consumer groups urged customers to watch for fraudulent calls.\n\n";
} // namespace

TEST(ClaimGrouping, ARewordedSentenceAfterAJoinedNeighbourJoinsTheWiresSentenceThere) {
    Analysis a =
        analyze_articles({{"wire", kBreachWire},
                          {"rewrite", std::string(kBreachOther) + kBreachShares + kBreachHired}});
    int wire = claim_of(a, "wire", "hired an outside");
    ASSERT_GE(wire, 0);
    EXPECT_EQ(claim_of(a, "rewrite", "brought in outside"), wire);
}

TEST(ClaimGrouping, TheSameWordsWithoutANeighbourInPlaceStayApart) {
    Analysis a =
        analyze_articles({{"wire", kBreachWire},
                          {"rewrite", std::string(kBreachHired) + kBreachOther + kBreachShares}});
    int wire = claim_of(a, "wire", "hired an outside");
    ASSERT_GE(wire, 0);
    EXPECT_NE(claim_of(a, "rewrite", "brought in outside"), wire);
}

// Claim labels (claim_labels.cpp): a label reads as the claim, not as a fragment of its sentence.
namespace {

std::string label_of(const Analysis& a, const std::string& id, const std::string& words) {
    int c = claim_of(a, id, words);
    return c >= 0 ? a.claims[static_cast<std::size_t>(c)].label : "(no claim)";
}

const char* kLabels =
    "PORT HALVEN, Kestria (Meridian) \xE2\x80\x94 The Reserve Bank of Kestria raised its cash rate "
    "to 4.75% on Thursday.\n\n"
    "Their sudden capture of the northern city of Aleppo, an ancient business hub, was a "
    "stunning prize and reignited the conflict which had been stalemated for years.\n\n"
    "Solberg did not say when the bank expects to start cutting rates.\n\n"
    "Syria's defense minister said in a televised statement late Thursday that the withdrawal "
    "of government forces from Hama was a tactical measure and vowed to gain back lost areas.\n\n"
    "State news agency SANA said government jets struck rebel positions near Hama overnight, "
    "killing dozens of fighters.\n\n"
    "The insurgency's progression into the towns came one day after anti-Assad forces "
    "captured the city of Hama, Syria's fourth largest, following the Syrian army's decision "
    "to withdraw, it said to avoid bloodshed and spare civilian lives.\n\n"
    "The board's next decision is due on Feb. 4.\n\n"
    "Unemployment rose to 4.1%.\n";

} // namespace

TEST(ClaimLabels, AWireDatelineIsNotPartOfTheLabel) {
    Analysis a = analyze_articles({{"x", kLabels}, {"y", kLabels}});
    EXPECT_EQ(label_of(a, "x", "raised its cash rate").rfind("The Reserve Bank of Kestria", 0), 0u)
        << label_of(a, "x", "raised its cash rate");
}

TEST(ClaimLabels, AClauseThatSharesItsSubjectGetsItBackWithoutTheAppositive) {
    Analysis a = analyze_articles({{"x", kLabels}, {"y", kLabels}});
    std::string label = label_of(a, "x", "reignited the conflict");
    EXPECT_EQ(label.rfind("Their sudden capture of the northern city of Aleppo reignited", 0), 0u)
        << label;
}

TEST(ClaimLabels, ASourceThatIsTheClausesSubjectReadsAsItsSubject) {
    Analysis a = analyze_articles({{"x", kLabels}, {"y", kLabels}});
    EXPECT_EQ(label_of(a, "x", "vowed to gain"),
              "Syria's defense minister vowed to gain back lost areas");
}

TEST(ClaimLabels, WhatFollowsASourceMustReadAloneElseTheSentenceIsTheLabel) {
    Analysis a = analyze_articles({{"x", kLabels}, {"y", kLabels}});
    EXPECT_EQ(label_of(a, "x", "did not say when"),
              "Solberg did not say when the bank expects to start cutting rates");
}

TEST(ClaimLabels, AParticipleClauseShowsTheClauseItHangsFrom) {
    Analysis a = analyze_articles({{"x", kLabels}, {"y", kLabels}});
    std::string label = label_of(a, "x", "killing dozens");
    EXPECT_NE(label.find("struck rebel positions near Hama overnight, killing dozens of fighters"),
              std::string::npos)
        << label;
}

TEST(ClaimLabels, AClauseAfterItsAttributionVerbHangsFromTheWordsBeforeTheAttribution) {
    Analysis a = analyze_articles({{"x", kLabels}, {"y", kLabels}});
    std::string label = label_of(a, "x", "to avoid bloodshed");
    EXPECT_NE(label.find("decision to withdraw to avoid bloodshed"), std::string::npos) << label;
    EXPECT_EQ(label.find("said to avoid"), std::string::npos) << label;
}

TEST(ClaimLabels, FiguresAndAbbreviationsAreNotCut) {
    Analysis a = analyze_articles({{"x", kLabels}, {"y", kLabels}});
    EXPECT_EQ(label_of(a, "x", "next decision"), "The board's next decision is due on Feb. 4");
    EXPECT_EQ(label_of(a, "x", "Unemployment rose"), "Unemployment rose to 4.1%");
}
