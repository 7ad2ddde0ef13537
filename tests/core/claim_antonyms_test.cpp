// Claims engine: polarity said in other words: WordNet's antonyms (claim_antonyms.cpp), and
// negations without a "not" ("has yet to", "unable to": claim_hedge_negation.cpp).
// An outlet that writes "will close" where the others write "will stay open" states the
// opposite without a "not"; one that writes "did not close" for "kept open" states the same.
// Small constructed articles, asked what a reader of the Claims view would notice: which
// outlet is marked, and what the detail says.
#include "claim_test_support.h"
#include "core/analyze.h"
#include "core/claim_antonyms.h"
#include "core/claims.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace wiretrace;
using namespace wiretrace::claim_test;

namespace {

int negation_flags(const Analysis& a) {
    int n = 0;
    for (const Claim& c : a.claims)
        for (const ClaimDifference& d : c.differences) n += d.kind == DifferenceKind::Negation;
    return n;
}

// The claim holding a mention with `needle` in article `article`.
const Claim* claim_with(const Analysis& a, const std::string& needle, int article) {
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            if (m.article == article && text_of(a, m).find(needle) != std::string::npos) return &c;
    return nullptr;
}

bool same_claim(const Analysis& a, const std::string& needle, int n_articles) {
    const Claim* first = claim_with(a, needle, 0);
    if (!first) return false;
    for (int i = 1; i < n_articles; ++i)
        if (claim_with(a, needle, i) != first) return false;
    return true;
}

} // namespace

TEST(ClaimAntonyms, WordNetsDirectAntonymsAreReadWithTheirForms) {
    auto opposite = [](const std::string& a, const std::string& b) {
        for (const claims_internal::AntonymReading& x : claims_internal::antonym_readings(a))
            for (const claims_internal::AntonymReading& y : claims_internal::antonym_readings(b))
                if (claims_internal::opposed(x, y)) return true;
        return false;
    };
    EXPECT_TRUE(opposite("rose", "fell")); // irregular forms, from WordNet's exception list
    EXPECT_TRUE(opposite("won", "lost"));
    EXPECT_TRUE(opposite("keeps", "lose"));
    EXPECT_TRUE(opposite("opened", "closed")); // regular forms, by WordNet's detachment rules
    EXPECT_TRUE(opposite("accepted", "refused"));
    EXPECT_TRUE(opposite("open", "shut")); // adjectives
    EXPECT_FALSE(opposite("rose", "climbed"));
    EXPECT_FALSE(opposite("closed", "closing"));
    EXPECT_FALSE(opposite("keeps", "kept"));
}

TEST(ClaimAntonyms, AVerbDoneAgainOpposesWhatTheVerbOpposes) {
    // WordNet files "reopen" under "open" with the gloss "open again or anew": it opposes
    // "close" / "shut" as "open" does, in every form.
    auto opposite = [](const std::string& a, const std::string& b) {
        for (const claims_internal::AntonymReading& x : claims_internal::antonym_readings(a))
            for (const claims_internal::AntonymReading& y : claims_internal::antonym_readings(b))
                if (claims_internal::opposed(x, y)) return true;
        return false;
    };
    EXPECT_TRUE(opposite("reopened", "closed"));
    EXPECT_TRUE(opposite("reopens", "shut"));
    EXPECT_TRUE(opposite("reappeared", "disappeared"));
    // Not by spelling alone: "recover" mostly means "get back", no covering again; "reopened"
    // does not oppose "opened".
    EXPECT_FALSE(opposite("recovered", "uncovered"));
    EXPECT_FALSE(opposite("reopened", "opened"));
}

// A state said to go on ("remain", "stay", "still") is marked, so that grouping joins it with
// its reversal only ("reopened"), not two changes of opposite sense ("began" / "will end"); the
// head of the subject is read past a phrase of place.
TEST(ClaimAntonyms, AStateThatGoesOnAndTheHeadOfItsSubjectAreRead) {
    // The polarity word written `word` in `text`.
    auto word = [](const std::string& text, const std::string& w) {
        claims_internal::DraftMention m;
        m.span = {0, static_cast<std::uint32_t>(text.size())};
        for (const claims_internal::PolarityWord& p : claims_internal::polarity_words(text, m))
            if (text.substr(p.span.begin, p.span.size()) == w) return p;
        ADD_FAILURE() << w << " is no polarity word of: " << text;
        return claims_internal::PolarityWord{};
    };
    const auto stays = word("Ferry services from the island remain closed until May.", "closed");
    EXPECT_TRUE(stays.persists);
    EXPECT_EQ(stays.head, "services");
    const auto still = word("The Ashby library is still shut.", "shut");
    EXPECT_TRUE(still.persists);
    EXPECT_EQ(still.head, "library");
    EXPECT_FALSE(word("The Ashby library reopened on Monday.", "reopened").persists);
    const auto began = word("The strike at the Tarvik docks began in March.", "began");
    EXPECT_FALSE(began.persists);
    EXPECT_EQ(began.head, "strike");
}

TEST(ClaimAntonyms, ReopenedAgainstStillClosedIsAFlip) {
    const std::string closed = "The Kessing road bridge is still closed to lorries after the "
                               "flood, the county council said on Tuesday.\n";
    Analysis a = analyze_texts({closed, closed,
                                "The Kessing road bridge reopened to lorries after the flood, "
                                "the county council said on Tuesday.\n"});
    ASSERT_TRUE(same_claim(a, "Kessing road bridge", 3));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_EQ(negation_flags(a), 1);
    // "reopened" against "was shut again" on another thing: the museum, not the bridge.
    const std::string museum = "The Aldwick museum was shut on Friday after the storm, the "
                               "trust said.\n";
    Analysis b = analyze_texts({museum, museum,
                                "The Aldwick library reopened on Friday after the storm, the "
                                "trust said.\n"});
    EXPECT_EQ(negation_flags(b), 0) << details(b, 2);
}

TEST(ClaimAntonyms, AFlipInOtherWordsIsFlaggedOnTheOneOutlet) {
    const std::string open = "The Harlow colliery will stay open after the collapse, the mining "
                             "company said on Tuesday.\n";
    Analysis a = analyze_texts({open, open, open,
                                "The Harlow colliery will close after the collapse, the mining "
                                "company said on Tuesday.\n"});
    ASSERT_TRUE(same_claim(a, "colliery", 4))
        << "the four must be one claim for the rule to matter";
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Negation));
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Negation));
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation));
    ASSERT_TRUE(flags(a, 3, DifferenceKind::Negation));
    EXPECT_EQ(negation_flags(a), 1);
    const std::string d = details(a, 3);
    EXPECT_NE(d.find(kOpen + "will close" + kClose), std::string::npos) << d;
    // The state that goes on is quoted with its "stay".
    EXPECT_NE(d.find(kOpen + "will stay open" + kClose), std::string::npos) << d;
}

TEST(ClaimAntonyms, KeepsAgainstWillLoseIsAFlip) {
    const std::string keeps = "Ilic keeps the silver medal she won in Paris, the board said.\n";
    Analysis a = analyze_texts(
        {keeps, keeps, "Ilic will also lose the silver medal she won in Paris, the board said.\n"});
    ASSERT_TRUE(same_claim(a, "silver medal", 3));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_EQ(negation_flags(a), 1);
}

// "will be allowed to keep" against "will lose": the verb that takes "keep" as its infinitive
// is part of the predicate, not its subject; what the two are said of is read past it (the
// qualifiers, their places), so the flip is seen though a relative clause differs.
TEST(ClaimAntonyms, AllowedToKeepAgainstWillLoseIsAFlip) {
    const std::string keep = "About 40 riders who used the Orsa stage to qualify for the final "
                             "will be allowed to keep their places, the union said.\n";
    Analysis a = analyze_texts(
        {keep, keep,
         "About 40 riders who qualified for the final in the Orsa hills will lose their places, "
         "the union said.\n"});
    ASSERT_TRUE(same_claim(a, "riders", 3));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_EQ(negation_flags(a), 1);
}

TEST(ClaimAntonyms, DidNotCloseIsKeptOpenNotAFlip) {
    const std::string kept =
        "The council kept the Ashby library open during the storm, officials said.\n";
    const std::string not_closed =
        "The council did not close the Ashby library during the storm, officials said.\n";
    {
        Analysis a = analyze_texts({kept, kept, not_closed});
        ASSERT_TRUE(same_claim(a, "Ashby library", 3));
        EXPECT_EQ(negation_flags(a), 0) << details(a, 2);
    }
    {
        Analysis a = analyze_texts({not_closed, not_closed, kept});
        ASSERT_TRUE(same_claim(a, "Ashby library", 3));
        EXPECT_EQ(negation_flags(a), 0) << details(a, 2);
    }
    // Against "closed", both state the opposite: the one outlet is marked.
    Analysis a = analyze_texts(
        {"The council closed the Ashby library during the storm, officials said.\n",
         "The council closed the Ashby library during the storm, officials said.\n", kept});
    ASSERT_TRUE(same_claim(a, "Ashby library", 3));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation));
    EXPECT_EQ(negation_flags(a), 1);
}

// "will not reopen until the survey is done" is "will stay closed until the survey is done": the
// act denied up to a time is the opposite state kept up to it, no flip. "will reopen on Friday"
// against "will stay closed until the survey is done" still is one, and so is "stay open until"
// against "stay closed until".
TEST(ClaimAntonyms, NotReopeningUntilIsStayingClosedUntil) {
    const std::string closed = "The Orrin footbridge will stay closed until the engineers' "
                               "survey is done, the county council said.\n";
    Analysis a = analyze_texts(
        {closed, closed,
         "The county council said the Orrin footbridge would not reopen until the engineers' "
         "survey was done.\n",
         "The Orrin footbridge will stay open until the engineers' survey is done, the county "
         "council said.\n"});
    ASSERT_TRUE(same_claim(a, "Orrin footbridge", 4));
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
    EXPECT_EQ(negation_flags(a), 1);
}

TEST(ClaimAntonyms, RoseAgainstFellIsAFlipAndTheSameFigure) {
    const std::string rose =
        "Shares in Brightline rose 4% on Monday after the recall, the exchange said.\n";
    Analysis a = analyze_texts(
        {rose, rose,
         "Shares in Brightline fell 4% on Monday after the recall, the exchange said.\n"});
    ASSERT_TRUE(same_claim(a, "Brightline", 3));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
    EXPECT_EQ(negation_flags(a), 1);
}

TEST(ClaimAntonyms, AccusedOfOtherThingsTheAntonymsAreNoFlip) {
    // Other subjects: exports rose, imports fell. Both can be true.
    const std::string exports = "Exports rose 3% in March, the statistics office said on Friday.\n";
    Analysis a = analyze_texts(
        {exports, exports, "Imports fell 3% in March, the statistics office said on Friday.\n"});
    EXPECT_EQ(negation_flags(a), 0) << details(a, 2);
    // Other objects: one outlet tells of a plant opened, another of an office closed.
    const std::string opened = "Brightline opened a plant in Leeds on Monday, the company said.\n";
    Analysis b = analyze_texts(
        {opened, opened, "Brightline closed an office in Leeds on Monday, the company said.\n"});
    EXPECT_EQ(negation_flags(b), 0) << details(b, 2);
    // One outlet says both ("closed … and kept … open"): it opposes nothing.
    const std::string closed = "The council closed the Ashby library during the storm.\n";
    Analysis c = analyze_texts(
        {closed, closed,
         "The council closed the Ashby library during the storm and kept the pool open.\n"});
    EXPECT_EQ(negation_flags(c), 0) << details(c, 2);
}

TEST(ClaimAntonyms, AnAdjectiveOfTimeIsNoFlip) {
    // "late" / "early" are WordNet antonyms, but a change of time is not the opposite statement.
    const std::string late =
        "The Harlow colliery reopened late on Monday, the mining company said.\n";
    Analysis a = analyze_texts(
        {late, late, "The Harlow colliery reopened early on Monday, the mining company said.\n"});
    ASSERT_TRUE(same_claim(a, "colliery", 3));
    EXPECT_EQ(negation_flags(a), 0) << details(a, 2);
}

TEST(ClaimAntonyms, ADenialIsStillANegationNotTheAntonymOfAdmitting) {
    // "denied" is read as a negation cue; WordNet's admit / deny must not cancel it.
    const std::string admitted =
        "The ministry admitted that warnings from engineers had been ignored, officials said.\n";
    Analysis a = analyze_texts(
        {admitted, admitted,
         "The ministry denied that warnings from engineers had been ignored, officials said.\n"});
    ASSERT_TRUE(same_claim(a, "warnings", 3));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_EQ(negation_flags(a), 1);
}

TEST(ClaimAntonyms, AcceptedOrApprovedAgainstRejectedIsAFlip) {
    const std::string accepted =
        "The Kestrel board accepted the takeover offer from Garrow on Friday, the company said.\n";
    Analysis a = analyze_texts({accepted, accepted,
                                "The Kestrel board rejected the takeover offer from Garrow on "
                                "Friday, the company said.\n"});
    ASSERT_TRUE(same_claim(a, "takeover offer", 3));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_EQ(negation_flags(a), 1);
    // "approve" / "reject": not a direct pair in WordNet, but "reject" is a synonym of
    // "disapprove" in the very sense WordNet opposes to "approve".
    const std::string approved =
        "The regional court approved the union's request for an inquiry on Thursday.\n";
    Analysis b = analyze_texts(
        {approved, approved,
         "The regional court rejected the union's request for an inquiry on Thursday.\n"});
    ASSERT_TRUE(same_claim(b, "request for an inquiry", 3));
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
    EXPECT_EQ(negation_flags(b), 1);
}

// --- Negation in other words: "has yet to", "unable to" ----------------------------------------

TEST(ClaimAntonyms, HasYetToIsHasNotYet) {
    const std::string not_yet =
        "The Harlow mining company has not yet confirmed the names of the dead, police said.\n";
    const std::string yet_to =
        "The Harlow mining company has yet to confirm the names of the dead, police said.\n";
    Analysis a = analyze_texts({not_yet, not_yet, yet_to});
    ASSERT_TRUE(same_claim(a, "names of the dead", 3));
    EXPECT_EQ(negation_flags(a), 0) << details(a, 2);
    EXPECT_TRUE(mention(a, "yet to confirm", 2).negated);
    // Against "has confirmed" it is the opposite.
    const std::string confirmed =
        "The Harlow mining company has confirmed the names of the dead, police said.\n";
    Analysis b = analyze_texts({confirmed, confirmed, yet_to});
    ASSERT_TRUE(same_claim(b, "names of the dead", 3));
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
    EXPECT_EQ(negation_flags(b), 1);
}

TEST(ClaimAntonyms, UnableToIsCouldNot) {
    const std::string could_not =
        "Rescue teams could not reach the trapped miners on Tuesday, the fire service said.\n";
    const std::string unable =
        "Rescue teams were unable to reach the trapped miners on Tuesday, the fire service said.\n";
    Analysis a = analyze_texts({could_not, could_not, unable});
    ASSERT_TRUE(same_claim(a, "trapped miners", 3));
    EXPECT_EQ(negation_flags(a), 0) << details(a, 2);
    const std::string reached =
        "Rescue teams reached the trapped miners on Tuesday, the fire service said.\n";
    Analysis b = analyze_texts({reached, reached, unable});
    ASSERT_TRUE(same_claim(b, "trapped miners", 3));
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
    // An aside that describes is not the clause's polarity.
    EXPECT_FALSE(mention(analyze_texts({"By late afternoon 37 vessels lay at anchor offshore, "
                                        "unable to berth, the harbour master said.\n"}),
                         "vessels")
                     .negated);
    // "unable to verify" stays a disclaimer, a hedge, not a negation.
    EXPECT_FALSE(
        mention(analyze_texts({"Reporters were unable to verify the toll of 12 dead.\n"}), "toll")
            .negated);
}

// --- The same polarity in other words: a word defined as an absence ---------------------------

// "The public was safe" says what "there was no risk to the public" says: WordNet defines
// "safe" as "free from danger or the risk of harm". An outlet saying the public was at risk
// still states the opposite.
TEST(ClaimAntonyms, AWordDefinedAsTheAbsenceOfWhatIsDeniedIsTheSamePolarity) {
    EXPECT_FALSE(claims_internal::absence_of("safe").empty());
    EXPECT_TRUE(claims_internal::absence_of("injured").empty());
    const std::string no_risk = "There was no risk to the public from the gas leak at the Harlow "
                                "depot, the fire service said on Sunday.\n";
    Analysis a = analyze_texts({no_risk, no_risk,
                                "The public was safe from the gas leak at the Harlow depot, the "
                                "fire service said on Sunday.\n"});
    ASSERT_TRUE(same_claim(a, "gas leak", 3));
    EXPECT_EQ(negation_flags(a), 0) << details(a, 2);
    // Must still fire: the rewrite states the risk itself.
    Analysis b = analyze_texts({no_risk, no_risk,
                                "The public was at risk from the gas leak at the Harlow depot, "
                                "the fire service said on Sunday.\n"});
    ASSERT_TRUE(same_claim(b, "gas leak", 3));
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
    EXPECT_EQ(negation_flags(b), 1);
    // Must still fire: "safe" said of nothing the negation denies ("no one was hurt" against
    // "the depot was declared safe and staff were injured").
    const std::string no_one = "No one was injured in the blast at the Harlow depot, the fire "
                               "service said on Sunday.\n";
    Analysis c = analyze_texts({no_one, no_one,
                                "Two workers were injured in the blast at the Harlow depot, "
                                "which was later declared safe, the fire service said on "
                                "Sunday.\n"});
    ASSERT_TRUE(same_claim(c, "blast", 3));
    EXPECT_TRUE(flags(c, 2, DifferenceKind::Negation)) << details(c, 2);
}

// "had come to the mountain hut" / "have gone to the mountain hut": WordNet opposes "come" to
// "go" only as "move away from a place", a direction seen from the speaker; with where the
// mover ends up named after "to", both say the same arrival. Another pair before "to" still
// opposes: "reopened to the public" against "will stay closed to the public".
TEST(ClaimAntonyms, ComeAndGoToOnePlaceAreNoFlip) {
    const std::string come = "Nine climbers had come to the Vasse mountain hut with frostbite "
                             "since Friday, the rescue service said.\n";
    Analysis a = analyze_texts({come, come,
                                "Nine climbers have gone to the Vasse mountain hut with "
                                "frostbite since Friday, the rescue service said.\n"});
    ASSERT_TRUE(same_claim(a, "Vasse mountain hut", 3));
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_EQ(negation_flags(a), 0);
    const std::string closed = "The Vasse mountain hut will stay closed to the public until "
                               "Friday, the rescue service said.\n";
    Analysis b = analyze_texts({closed, closed,
                                "The Vasse mountain hut has now reopened to the public, the "
                                "rescue service said.\n"});
    ASSERT_TRUE(same_claim(b, "Vasse mountain hut", 3));
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
}

// Idioms of a verdict and of consent say with a noun or an adjective what a verb WordNet opposes
// says: "was found guilty of" is "was convicted of" (against "was cleared of"), "was found not
// guilty" that verdict denied (the same as "cleared"); "gave the plan the go-ahead" and "the
// green light" are "approved" (against "rejected"). "pleaded guilty" is a plea, no verdict.
TEST(ClaimAntonyms, FoundGuiltyAndTheGoAheadAreVerbsWithAntonyms) {
    const std::string cleared = "The Orsa harbour master, Piet Vale, was cleared of taking "
                                "bribes from two shipping firms.\n";
    Analysis a = analyze_texts(
        {cleared, cleared,
         "The Orsa harbour master, Piet Vale, was found guilty of taking bribes from two "
         "shipping firms.\n",
         "The Orsa harbour master, Piet Vale, was found not guilty of taking bribes from two "
         "shipping firms.\n",
         "The Orsa harbour master, Piet Vale, pleaded guilty to taking bribes from two shipping "
         "firms.\n"});
    ASSERT_TRUE(same_claim(a, "taking bribes", 5));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
    EXPECT_FALSE(flags(a, 4, DifferenceKind::Negation)) << details(a, 4);
    const std::string rejected = "The Dalby planning board rejected the port's application for "
                                 "a second grain terminal on Tuesday.\n";
    Analysis b = analyze_texts(
        {rejected, rejected,
         "The Dalby planning board gave the port the go-ahead for a second grain terminal on "
         "Tuesday.\n",
         "The Dalby planning board gave the green light to a second grain terminal at the port "
         "on Tuesday.\n"});
    ASSERT_TRUE(same_claim(b, "grain terminal", 4));
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
    EXPECT_TRUE(flags(b, 3, DifferenceKind::Negation)) << details(b, 3);
}

// A clause piece that holds only its predicate ("Piet Vale, the harbour master, | was
// convicted"): what the word is said of is its subject, before the comma and the apposition;
// with no context the opposite went unread. Past the comma only while the piece gives no word of
// its own.
TEST(ClaimAntonyms, APredicateAfterAnAppositionIsSaidOfTheSubjectBeforeIt) {
    const std::string cleared = "Piet Vale, 61, the former Orsa harbour master, was cleared on "
                                "Monday of taking bribes.\n";
    Analysis a = analyze_texts(
        {cleared, cleared,
         "His co-defendant, the former Orsa harbour master Piet Vale, was also convicted.\n"});
    ASSERT_TRUE(same_claim(a, "Piet Vale", 3));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
}

// "Tram services on the Orbe line remain suspended" against "have resumed": a service stopped
// for a time and the same started again, a reversal WordNet does not pair (the hand pairs in
// claim_antonyms.cpp). "did not resume" is the suspension's polarity, and "resumed" said of
// another line opposes nothing.
TEST(ClaimAntonyms, ResumedAgainstStillSuspendedIsAFlip) {
    const std::string suspended = "Tram services on the Orbe line remain suspended after the "
                                  "derailment, the city transport office said.\n";
    Analysis a = analyze_texts(
        {suspended, suspended,
         "Tram services on the Orbe line have resumed after the derailment, the city transport "
         "office said.\n",
         "Tram services on the Orbe line did not resume after the derailment, the city transport "
         "office said.\n"});
    ASSERT_TRUE(same_claim(a, "Orbe line", 4));
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
    Analysis b = analyze_texts(
        {suspended, suspended,
         "Bus services on the Vell route have resumed after the storm, the county said.\n"});
    EXPECT_EQ(negation_flags(b), 0) << details(b, 2);
}
