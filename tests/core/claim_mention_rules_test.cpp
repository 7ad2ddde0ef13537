// Claims engine, mention step: rules of speaker, source, clause, hedge and negation found on the
// set 2026-12-02-c (handed to the engine's authors), each shown on small constructed articles of
// our own: what the rule makes the engine read, and the must-not side beside it.
// (claim_rules_test.cpp holds the earlier rules; claims_test.cpp the seeds' cases.)
#include "claim_test_support.h"
#include "core/analyze.h"
#include "core/claims.h"
#include "core/corpus.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace wiretrace;
using namespace wiretrace::claim_test;

// "…,” said the union's chairman, Karl Brenner.": the role, a comma, then the name: the name
// spoke. Not the person quoted in the paragraph before (a quotation that names its own speaker
// does not continue the one before it).
TEST(ClaimMentionRules, ARoleThenACommaThenTheNameAfterTheVerbIsTheSpeaker) {
    const std::string before = kOpen + "We will not accept a pay freeze under any circumstances," +
                                kClose + " Marta Holm, the shop steward, told reporters.\n\n";
    const std::string quote = kOpen + "The strike will go ahead on Friday unless the owners return "
                                      "to the table," + kClose;
    Analysis a = analyze_texts({before + quote + " said the union's chairman, Karl Brenner.\n",
                                before + quote + " said Harlow Union's chairman, Karl Brenner.\n",
                                before + quote + " said the union's deputy, Ola Berg.\n"});
    EXPECT_EQ(speaker_of(a, "strike will go ahead", 0), "Karl Brenner");
    EXPECT_EQ(speaker_of(a, "strike will go ahead", 1), "Karl Brenner");
    EXPECT_EQ(speaker_of(a, "strike will go ahead", 2), "Ola Berg");
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Speaker)) << details(a, 1);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    // "said in a statement, …" is no role: the sentence is not given a made-up speaker.
    Analysis b = analyze_texts({before + quote + " the union said in a statement.\n"});
    EXPECT_NE(speaker_of(b, "strike will go ahead"), "Marta Holm");
}

// "it said" stands for one who can speak. The subject "Nitrate at Brenley" is about nitrate (the
// word before the preposition), capitalised only because it opens the sentence: not what "it"
// means; the water board the sentence credits is.
TEST(ClaimMentionRules, ItSaidIsNotAPlaceInTheSubjectBefore) {
    const std::string first =
        "Nitrate at Brenley reached 40 milligrams per litre on Tuesday, the water board said. ";
    Analysis a = analyze_texts(
        {first + "Tap water in the valley was safe to drink, it said.\n",
         first + "Tap water in the valley was safe to drink, the water board said.\n",
         "The Tarn Water Board said nitrate at Brenley reached 40 milligrams per litre.\n"});
    EXPECT_EQ(source_of(a, "safe to drink", 0), source_of(a, "safe to drink", 1));
    EXPECT_NE(source_of(a, "safe to drink", 0), "Nitrate at Brenley");
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Attribution)) << details(a, 0);
    // A named body as the subject is still what "it" stands for.
    Analysis b = analyze_texts({"The Tarn Water Board tested the river on Tuesday. Tap water was "
                                "safe to drink, it said.\n",
                                "The Tarn Water Board said on Tuesday that tap water was safe.\n"});
    EXPECT_EQ(source_of(b, "safe to drink"), "Tarn Water Board");
}

// "X blamed Y": the cause is X's account, credited to X as "X said Y had caused it" would be.
TEST(ClaimMentionRules, WhoBlamesACauseIsTheSource) {
    Analysis a = analyze_texts(
        {"Harlan Industries said it had recalled 40,000 jars of pesto. The company has blamed a faulty "
         "seal on one production line.\n",
         "Harlan Industries said it had recalled 40,000 jars of pesto. Its owner, Harlan Industries, blames "
         "a faulty seal on one production line.\n",
         "Harlan Industries said it had recalled 40,000 jars of pesto. A faulty seal on one production "
         "line was to blame.\n"});
    EXPECT_EQ(source_of(a, "faulty seal", 0), "Harlan Industries");
    EXPECT_EQ(source_of(a, "faulty seal", 1), "Harlan Industries");
    // "was to blame" reports nothing: the seal is no source.
    EXPECT_EQ(source_of(a, "faulty seal", 2), "");
}

// A relative clause closing the sentence describes its noun: "…, which it did not name" does not
// negate "the club had received other offers". One whose verb answers the statement ("…, which
// the club denied") still does.
TEST(ClaimMentionRules, ANegatedRelativeClauseAtTheEndIsAboutItsNoun) {
    Analysis a = analyze_texts(
        {"Ardent Rovers said it had not received any other offers for the striker.\n",
         "Ardent Rovers said it had not received any other offers for the striker.\n",
         "Ardent Rovers said it had received other offers for the striker, which it did not "
         "name.\n",
         "Local papers said Ardent Rovers had received other offers for the striker, which the "
         "club denied.\n"});
    EXPECT_FALSE(mention(a, "which it did not name").negated);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_TRUE(mention(a, "which the club denied").negated);
}

// "Some 40 pupils who have not had the jab have been sent home": the negation defines the
// subject ("unvaccinated pupils"), the fact is "have been sent home"; the mention is not
// negated. A negation of the main predicate after such a relative still is ("Members who did
// not vote were not counted"), and so is one after a reported "who … said" ("… said it had
// not …" is no relative at all).
TEST(ClaimMentionRules, ANegationInARelativeThatDefinesTheSubjectIsNotTheFacts) {
    Analysis a = analyze_texts(
        {"Some 40 pupils who have not had the jab have been sent home from the Orrin school.\n\n"
         "Members of the Tarn club who did not vote were not counted in the final tally.\n\n"
         "The Lenk ferry company, whose crew went unpaid, said it had not paid the harbour fee "
         "and was seeking a loan.\n"});
    EXPECT_FALSE(mention(a, "Orrin").negated);
    EXPECT_TRUE(mention(a, "Tarn").negated);
    EXPECT_TRUE(mention(a, "harbour fee").negated);
}

// A noun and its relative clause cut from the main predicate ("The Vossk altarpiece, which had
// not been exhibited for forty years | sold for …") hold no other verb: the relative is the
// mention's one predicate, its negation the fact's, and it agrees with "has not been exhibited".
TEST(ClaimMentionRules, ANegatedRelativeClauseThatIsTheWholePredicateNegates) {
    const std::string plain = "The Vossk altarpiece has not been exhibited for forty years.\n";
    Analysis a = analyze_texts(
        {plain, plain,
         "The Vossk altarpiece, which had not been exhibited for forty years, sold for 2.1 "
         "million euros at the Lanne auction house on Tuesday.\n"});
    EXPECT_TRUE(mention(a, "which had not been exhibited", 2).negated);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
}

// "X, which owns 9% of the club, opposes the sale, according to people close to the board": the
// relative clause is background the outlet states itself, cut from the main clause (its verb in
// the present tense too) and not credited by the closing attribution; an "and" inside the
// relative clause joins its own predicates.
TEST(ClaimMentionRules, ARelativeClauseBeforeTheVerbIsBackgroundNotTheSourcesClaim) {
    Analysis a = analyze_texts(
        {"Brennan Capital, which owns 9% of the club, opposes the sale, according to people close "
         "to the board.\n",
         "Brennan Capital, which owns 9% of the club and is its largest shareholder, is "
         "understood to oppose the sale, according to people close to the board.\n",
         "Brennan Capital, which owns 9% of the club, is understood to oppose the sale.\n"});
    EXPECT_EQ(source_of(a, "which owns 9% of the club", 0), "");
    EXPECT_EQ(source_of(a, "opposes the sale", 0), "people close to the board");
    EXPECT_NE(mention(a, "and is its largest shareholder", 1).span.size(), 0u);
    EXPECT_NE(text_of(a, mention(a, "and is its largest shareholder", 1)).find("which owns 9%"),
              std::string::npos);
    EXPECT_EQ(source_of(a, "largest shareholder", 1), "");
    // The stake is stated the same by all three: no attribution is dropped or added on it.
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            if (text_of(a, m).find("which owns 9%") != std::string::npos)
                for (const ClaimDifference& d : c.differences)
                    EXPECT_NE(d.kind, DifferenceKind::Attribution) << d.detail;
}

// ", X said on Monday as she …": the words after the verb are when and how it was said; the
// claim is before the comma, and the label reads as it.
TEST(ClaimMentionRules, AClosingAttributionWithItsCircumstancesCreditsWhatCameBefore) {
    Analysis a = analyze_texts(
        {"Fares will rise by 4% in May, the rail operator said on Monday as it published the "
         "timetable.\n\n"
         "The fare freeze will cost 120 million euros, Lindqvist told parliament on Tuesday as "
         "she unveiled the budget.\n",
         "Fares will rise by 4% in May, the rail operator said.\n\n"
         "The fare freeze will cost 120 million euros, Lindqvist said.\n"});
    EXPECT_EQ(source_of(a, "rise by 4%", 0), "rail operator");
    EXPECT_EQ(source_of(a, "fare freeze", 0), "Lindqvist");
    for (const Claim& c : a.claims) {
        EXPECT_EQ(c.label.find("as it published"), std::string::npos) << c.label;
        EXPECT_EQ(c.label.find("as she unveiled"), std::string::npos) << c.label;
        EXPECT_EQ(c.label.find("parliament on Tuesday"), std::string::npos) << c.label;
    }
    EXPECT_TRUE(flagged(a, 0).empty()) << details(a, 0);
    // "…, the operator said on Monday that fares would rise": "that" opens the claim.
    Analysis b = analyze_texts({"Ticket offices will close, the operator said on Monday that fares "
                                "would rise by 4% in May.\n"});
    EXPECT_EQ(source_of(b, "fares"), "operator");
}

// "The federation said …" credits the federation, as "the union said" credits the union; it is
// the same source as the federation the other outlets name.
TEST(ClaimMentionRules, TheFederationNamedByItsKindIsASource) {
    const std::string first = "The Norvik Rowing Federation suspended two coaches on Friday. ";
    Analysis a = analyze_texts(
        {first + "The Norvik Rowing Federation said it would not select Jonas Vik for the "
                 "European championships.\n",
         first + "The federation said it would not select Jonas Vik for the European "
                 "championships.\n",
         first + "It would not select Jonas Vik for the European championships.\n"});
    // Resolved to the federation the article named (resolve_description).
    EXPECT_EQ(source_of(a, "would not select", 1), "Norvik Rowing Federation");
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
}

// "Analysts at Orme Securities said …": the analysts, and where they work, are the source; "Lyle &
// Dane" is one name. Two houses' analysts are two sources.
TEST(ClaimMentionRules, AnalystsAtAFirmAreASourceAndAnAmpersandJoinsAName) {
    Analysis a = analyze_texts(
        {"Analysts at Orme Securities said a rival offer for the brewer was unlikely.\n",
         "Analysts at Orme Securities said a rival offer for the brewer was unlikely.\n",
         "A rival offer for the brewer is unlikely, according to analysts at Lyle & Dane.\n"});
    EXPECT_EQ(source_of(a, "rival offer", 0), "Orme Securities");
    EXPECT_EQ(source_of(a, "rival offer", 2), "Lyle & Dane");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    // A preposition after a plain noun still makes an object, not a source: "Sales at Orme
    // Securities rose" credits nobody.
    Analysis b = analyze_texts({"Profits at Orme Securities showed a rise of 4% last year.\n"});
    EXPECT_EQ(source_of(b, "rise of 4%"), "");
}

// "Local media report that …" credits the media; "the inquiry will report by May 15" credits
// nobody (the bare "report" reports only with "that").
TEST(ClaimMentionRules, ReportThatCreditsItsSubject) {
    Analysis a = analyze_texts(
        {"Local media report that prosecutors in Tarn have opened an inquiry into the spill.\n",
         "The transport minister said an independent inquiry would report by May 15.\n"});
    EXPECT_EQ(source_of(a, "prosecutors in Tarn"), "media");
    EXPECT_EQ(source_of(a, "independent inquiry"), "transport minister");
}

// "It is not the valley's first flood: the river flooded 300 homes in 2019": a colon before a
// clause of its own joins two statements; the negation of the first does not negate the second.
// A colon before a list stays inside its clause.
TEST(ClaimMentionRules, AColonBeforeAClauseCutsTwoStatements) {
    Analysis a = analyze_texts(
        {"It is not the valley's first flood: the Tarn flooded 300 homes in 2019 after a storm.\n",
         "The Tarn flooded 300 homes in 2019 after a storm.\n",
         "The Tarn flooded 300 homes in 2019 after a storm.\n"});
    EXPECT_FALSE(mention(a, "flooded 300 homes", 0).negated);
    EXPECT_EQ(text_of(a, mention(a, "flooded 300 homes", 0)).find("first flood"),
              std::string::npos);
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Negation)) << details(a, 0);
    Analysis b = analyze_texts({"Water was cut off in two towns on Monday: Arlen and Brin.\n"});
    EXPECT_NE(text_of(b, mention(b, "Water was cut off")).find("Arlen and Brin"),
              std::string::npos);
}

// "is minded to recommend", "would be inclined to accept": an inclination, hedged as "is likely
// to" is; the outlet that writes "is recommending" states the decision made.
TEST(ClaimMentionRules, MindedOrInclinedToIsAHedge) {
    Analysis a = analyze_texts(
        {"Tarn Breweries' board said it would be minded to recommend the 300p offer.\n",
         "Tarn Breweries' board said it is inclined to recommend the 300p offer.\n",
         "Tarn Breweries' board said it was recommending the 300p offer.\n"});
    EXPECT_TRUE(mention(a, "300p", 0).hedged);
    EXPECT_TRUE(mention(a, "300p", 1).hedged);
    EXPECT_FALSE(mention(a, "300p", 2).hedged);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Hedge)) << details(a, 1);
}

// "rejected her explanation that …" answers an account as "did not accept her explanation" does:
// the same polarity. "rejected the offer" turns something down and negates nothing.
TEST(ClaimMentionRules, RejectingAnExplanationIsNotAcceptingIt) {
    Analysis a = analyze_texts(
        {"The tribunal said it did not accept his explanation that a faulty scale had caused the "
         "error.\n",
         "The tribunal said it did not accept his explanation that a faulty scale had caused the "
         "error.\n",
         "The tribunal rejected his explanation that a faulty scale had caused the error.\n"});
    EXPECT_TRUE(mention(a, "faulty scale", 2).negated);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    Analysis b = analyze_texts({"The board rejected the 300p offer from Lyle & Dane.\n"});
    EXPECT_FALSE(mention(b, "300p").negated);
}

// "Orla's geological institute said …", "The museum said …" credit the institute and the
// museum (bodies named by their kind, as "the federation said" is).
TEST(ClaimMentionRules, TheInstituteNamedByItsKindIsASource) {
    Analysis a = analyze_texts({"Orla's geological institute said the quake was centred 25 km "
                                "south of Darra.\n\nThe museum said the stolen rings were worth "
                                "about €3m.\n"});
    EXPECT_NE(source_of(a, "centred 25 km").find("institute"), std::string::npos);
    EXPECT_EQ(source_of(a, "stolen rings"), "museum");
}

// "CEO Lars Holm said", "Tarn CEO Lars Holm said": the speaker is Lars Holm, as "chief executive
// Lars Holm" is; the title is not part of the name.
TEST(ClaimMentionRules, ACEOIsATitleBeforeTheName) {
    const std::string quote = kOpen + "We will refund every passenger in full this week," + kClose;
    Analysis a = analyze_texts({quote + " chief executive Lars Holm said.\n",
                                quote + " CEO Lars Holm said.\n",
                                quote + " Tarn Air CEO Lars Holm said.\n"});
    EXPECT_EQ(speaker_of(a, "refund every passenger", 1), "Lars Holm");
    EXPECT_EQ(speaker_of(a, "refund every passenger", 2), "Lars Holm");
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Speaker)) << details(a, 1);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
}

// "…filed an appeal on Tuesday, a day after the Olympic 1,500 metres silver medallist was banned
// for four years": the subordinate clause is a fact of its own even behind a long subject, so
// the appeal's Tuesday is not compared with the ban's Monday.
TEST(ClaimMentionRules, ASubordinateClauseWithALongSubjectIsCut) {
    Analysis a = analyze_texts(
        {"The Norvik Rowing Federation banned Jonas Vik for four years on Monday.\n",
         "The Norvik Rowing Federation banned Jonas Vik for four years on Monday.\n",
         "Lawyers for Jonas Vik filed an appeal on Tuesday, a day after the Olympic 2,000 metres "
         "sculls champion was banned for four years.\n"});
    const std::string appeal(text_of(a, mention(a, "filed an appeal", 2)));
    EXPECT_EQ(appeal.find("banned"), std::string::npos) << appeal;
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Quantity)) << details(a, 2);
}

// "Tarn Water, which runs the plant, said a valve had failed": the relative clause is cut out,
// and what is left ("said a valve had failed", with the subject kept) is still Tarn Water's.
TEST(ClaimMentionRules, TheClauseLeftAfterARelativeClauseKeepsItsSource) {
    Analysis a = analyze_texts({"Tarn Water, which runs the plant, said a valve had failed during "
                                "routine maintenance on Monday.\n"});
    EXPECT_EQ(source_of(a, "valve had failed"), "Tarn Water");
    EXPECT_EQ(source_of(a, "which runs the plant"), "");
}

// Labels: "2 a.m." is not the end of the sentence ("… was stopped by 2 a.m", not "… by 2 a"), and
// "It says the water is safe" reads from after its verb, as after a name.
TEST(ClaimMentionRules, ALabelReadsPastAnInitialismAndAfterAPronounsVerb) {
    Analysis a = analyze_texts(
        {"The water board said on Monday that the leak at the Tarn plant was stopped by 2 a.m. "
         "on Sunday.\n\nThe water board tested the river. It said the water in Brin was safe to "
         "drink.\n"});
    bool am = false, safe = false;
    for (const Claim& c : a.claims) {
        if (c.label.find("stopped by 2 a") != std::string::npos) {
            am = true;
            EXPECT_NE(c.label.find("2 a.m"), std::string::npos) << c.label;
        }
        if (c.label.find("safe to drink") != std::string::npos) {
            safe = true;
            EXPECT_EQ(c.label.find("Said"), std::string::npos) << c.label;
        }
    }
    EXPECT_TRUE(am);
    EXPECT_TRUE(safe);
}

// "Her ban runs from May 2, when she was suspended, and will end on May 1, 2030": the predicate
// after the "when" aside shares the main clause's subject ("Her ban"), not "when she".
TEST(ClaimMentionRules, APredicateAfterAnAsideSharesTheMainSubject) {
    Analysis a = analyze_texts({"Her ban runs from May 2, when she was provisionally suspended, "
                                "and will end on May 1, 2030.\n"});
    bool found = false;
    for (const Claim& c : a.claims)
        if (c.label.find("May 1, 2030") != std::string::npos) {
            found = true;
            EXPECT_EQ(c.label.find("When"), std::string::npos) << c.label;
            EXPECT_NE(c.label.find("Her ban"), std::string::npos) << c.label;
        }
    EXPECT_TRUE(found);
}

// "Harlan Foods said …" is a company speaking, not a person named Harlan Foods: "the company"
// later in the article stands for it.
TEST(ClaimMentionRules, ATradeNamesLastWordMakesItACompany) {
    Analysis a = analyze_texts({"Harlan Foods said it had recalled 40,000 jars of pesto. The "
                                "company has blamed a faulty seal on one production line.\n"});
    EXPECT_EQ(source_of(a, "faulty seal"), "Harlan Foods");
}

// "…offered 420p a share, valuing the grocer at £3.1bn": the phrase after the comma carries a
// figure of another measure (a company's value, not a share price), so it is a second fact,
// matched apart from the offer. A phrase with a figure of the same measure ("…, up from 420p")
// or a date (", 2027") stays with its clause.
TEST(ClaimMentionRules, APhraseWithAFigureOfAnotherMeasureIsASecondFact) {
    Analysis a = analyze_texts(
        {"Brenner Group offered 420p a share for Halden Foods, valuing the grocer at "
         "\xC2\xA3" "3.1bn including its debt.\n",
         "Brenner Group raised its offer to 450p a share for Halden Foods, up from 420p in its "
         "first approach.\n",
         "The river carried 12 times the usual level of ammonia on Monday, against a legal limit "
         "of 0.5 mg/l for the plant.\n"});
    const std::string offer(text_of(a, mention(a, "420p a share", 0)));
    EXPECT_EQ(offer.find("3.1bn"), std::string::npos) << offer;
    const std::string value(text_of(a, mention(a, "3.1bn", 0)));
    EXPECT_EQ(value.find("420p"), std::string::npos) << value;
    const std::string raised(text_of(a, mention(a, "450p a share", 1)));
    EXPECT_NE(raised.find("up from 420p"), std::string::npos) << raised;
    const std::string level(text_of(a, mention(a, "12 times", 2)));
    EXPECT_EQ(level.find("0.5 mg/l"), std::string::npos) << level;
}

// "…to a four-year prison sentence and a fine of $85,000": a second noun phrase with a figure of
// another measure is a second fact; "a fine of $85,000 and a further $10,000 in costs" (one
// measure) is one.
TEST(ClaimMentionRules, ANounPhraseWithAFigureOfAnotherMeasureAfterAndIsASecondFact) {
    Analysis a = analyze_texts(
        {"The court in Halden sentenced the former minister to a four-year prison sentence and a "
         "fine of $85,000 on Monday.\n",
         "The court in Halden ordered the former minister to pay a fine of $85,000 and a further "
         "$10,000 in costs.\n"});
    const std::string prison(text_of(a, mention(a, "four-year", 0)));
    EXPECT_EQ(prison.find("85,000"), std::string::npos) << prison;
    const std::string fine(text_of(a, mention(a, "85,000", 1)));
    EXPECT_NE(fine.find("10,000 in costs"), std::string::npos) << fine;
}

// "…, and water intakes at two towns downstream were closed": after ", and" a subject of several
// words with a verb of its own is a second statement; "…, Brin, and villages along the coast" (no
// verb) is part of the first.
TEST(ClaimMentionRules, AndALongSubjectWithItsOwnVerbIsASecondStatement) {
    Analysis a = analyze_texts(
        {"Dead fish were found along 8 km of the Tarn river on Monday, and drinking water intakes "
         "in the towns downstream were closed.\n",
         "The storm cut power to homes in Arlen, Brin, and villages along the coast of Tarn.\n"});
    const std::string fish(text_of(a, mention(a, "Dead fish", 0)));
    EXPECT_EQ(fish.find("intakes"), std::string::npos) << fish;
    const std::string storm(text_of(a, mention(a, "cut power", 1)));
    EXPECT_NE(storm.find("villages along the coast"), std::string::npos) << storm;
}

// "Shares in Halden Foods rose 31% to 398p.": a change and the level it reaches are one move,
// in two measures ("31%", "398p") as in one ("by 25 basis points to 4.75%", "from 12% to 14%"):
// outlets state them together, and three labelled stories in four took them as one fact.
TEST(ClaimMentionRules, AChangeAndTheLevelItReachesAreOneFact) {
    Analysis a = analyze_texts(
        {"Shares in Halden Foods rose 31% to 398p.\n",
         "The central bank of Kestria raised its cash rate by 25 basis points to 4.75% on "
         "Thursday.\n",
         "Unemployment in the region of Arlen rose from 12% to 14% last year.\n"});
    const std::string rise(text_of(a, mention(a, "31%", 0)));
    EXPECT_NE(rise.find("398p"), std::string::npos) << rise;
    const std::string rate(text_of(a, mention(a, "25 basis points", 1)));
    EXPECT_NE(rate.find("4.75%"), std::string::npos) << rate;
    const std::string jobless(text_of(a, mention(a, "12%", 2)));
    EXPECT_NE(jobless.find("14%"), std::string::npos) << jobless;
}

// "…ammonia at 18 mg/l, against a legal limit of 0.5 mg/l": one unit, but the phrase names
// another thing measured ("a limit of"), so it is a second fact. An earlier value of the same
// figure (", down from its August forecast of 1.4%") stays with it.
TEST(ClaimMentionRules, APhraseNamingAnotherMeasureInTheSameUnitIsASecondFact) {
    Analysis a = analyze_texts(
        {"Samples taken at Morlan on Wednesday showed ammonia at 18 mg/l, against a legal limit "
         "of 0.5 mg/l for drinking water.\n",
         "The economy of Kestria will grow by just 0.8% next year, down from its August forecast "
         "of 1.4%.\n"});
    const std::string reading(text_of(a, mention(a, "18 mg/l", 0)));
    EXPECT_EQ(reading.find("0.5 mg/l"), std::string::npos) << reading;
    const std::string growth(text_of(a, mention(a, "0.8%", 1)));
    EXPECT_NE(growth.find("1.4%"), std::string::npos) << growth;
}

// "… neighbouring Brin has 312 and the capital, Tarn, 25": a second subject (with a name in
// apposition) and a figure closing the sentence, its verb left out, is a second fact. "… 12
// villages in Brin and the district of Tarn" (no figure after "and") is one.
TEST(ClaimMentionRules, AGappedFigureAfterAnAppositiveIsASecondFact) {
    Analysis a = analyze_texts(
        {"Most of the cases are in Velka; neighbouring Brin has 312 and the capital, Tarn, 25.\n",
         "Floods on Monday cut off 12 villages in Brin and the district of Tarn.\n"});
    const std::string brin(text_of(a, mention(a, "312", 0)));
    EXPECT_EQ(brin.find("25"), std::string::npos) << brin;
    const std::string floods(text_of(a, mention(a, "12 villages", 1)));
    EXPECT_NE(floods.find("district of Tarn"), std::string::npos) << floods;
}

// ---- Rules found on the set 2026-12-03-a (handed to the engine's authors): attribution in the
// passive and mid-sentence, "X, who …, said", surnames alone, more forms of hedging. ----

// "Councillor Ines Vidal, who watched the vote from the gallery, said …": the relative clause
// cuts the subject from its verb, but the person named there is still the last one named, so the
// "she said" of the next sentence is hers, not the person quoted a paragraph before.
TEST(ClaimMentionRules, ARelativeClauseAfterTheSubjectLeavesItThePersonNamedLast) {
    const std::string before = "The mayor, Tomas Lind, told reporters: " + kOpen +
                               "We have done all we can for the tenants." + kClose + "\n\n";
    const std::string vidal = "Councillor Ines Vidal, who watched the vote from the public "
                              "gallery, said the rent freeze would stay. ";
    const std::string quote = kOpen + "Nobody will be evicted this winter," + kClose;
    Analysis a = analyze_texts({before + vidal + quote + " she said.\n",
                                before + vidal + quote + " Vidal said.\n",
                                before + vidal + quote + " Lind said.\n"});
    EXPECT_EQ(speaker_of(a, "Nobody will be evicted", 0), "Ines Vidal");
    EXPECT_EQ(speaker_of(a, "Nobody will be evicted", 1), "Ines Vidal");
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Speaker)) << details(a, 0);
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Speaker)) << details(a, 1);
    // The words given to the mayor are still a change of speaker.
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
}

// House spelling inside a quotation is not a change of wording: "judgement" / "judgment",
// "programme" / "program". A word really changed still is.
TEST(ClaimMentionRules, JudgementAndProgrammeAreHouseSpellingInAQuote) {
    const std::string said = " the health minister, Petra Lund, told reporters.\n";
    Analysis a = analyze_texts(
        {kOpen + "The judgement proves our vaccination programme was lawful," + kClose + said,
         kOpen + "The judgment proves our vaccination program was lawful," + kClose + said,
         kOpen + "The judgment proves our vaccination scheme was lawful," + kClose + said});
    EXPECT_FALSE(flags(a, 1, DifferenceKind::QuoteWording)) << details(a, 1);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::QuoteWording)) << details(a, 2);
}

// A court speaks through its judgment: "the judgment said" (or "judgement", or "according to
// the written judgment") credits the court that "said in its written judgment"; prosecutors
// are another source.
TEST(ClaimMentionRules, TheJudgmentSaidIsTheCourt) {
    const std::string fact = "The builder had ignored three safety notices";
    Analysis a = analyze_texts({fact + ", the court said in its written judgment.\n",
                                fact + ", the judgement said.\n",
                                fact + ", according to the written judgment.\n",
                                fact + ", prosecutors said.\n"});
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "is accused of taking bribes" is an accusation, as hedged as "allegedly took"; "took bribes"
// states it as fact. The accuser named ("Prosecutors accuse him of taking …", "the union
// accused the council of …") reports its own charge, as "the union said the council had …"
// does: as firm as either.
TEST(ClaimMentionRules, IsAccusedOfIsAHedgeAndTheAccuserNamedAgreesWithEither) {
    Analysis a = analyze_texts(
        {"Former mayor Ivo Brandt is accused of taking bribes from a builder in Orsa.\n",
         "Former mayor Ivo Brandt allegedly took bribes from a builder in Orsa.\n",
         "Prosecutors accuse former mayor Ivo Brandt of taking bribes from a builder in Orsa.\n",
         "Former mayor Ivo Brandt took bribes from a builder in Orsa.\n"});
    EXPECT_TRUE(mention(a, "is accused of", 0).hedged);
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Hedge)) << details(a, 1);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    Analysis b = analyze_texts(
        {"The tenants' union accused the council of cutting repairs to save money.\n",
         "The tenants' union accused the council of cutting repairs to save money.\n",
         "The tenants' union said the council had cut repairs to save money.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Hedge)) << details(b, 2);
}

// "Early indications pointed to a faulty brake", "initial findings suggest …": what the evidence
// so far suggests, as hedged as "may have failed"; "the brake had failed" states it.
TEST(ClaimMentionRules, EarlyIndicationsPointingToACauseIsAHedge) {
    Analysis a = analyze_texts(
        {"The ferry operator said early indications pointed to a failure of the rear brake.\n",
         "The ferry operator said early indications pointed to a failure of the rear brake.\n",
         "The ferry operator said the rear brake may have failed.\n",
         "The ferry operator said initial findings suggest a failure of the rear brake.\n",
         "The ferry operator said the rear brake had failed.\n"});
    EXPECT_TRUE(mention(a, "early indications", 0).hedged);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    EXPECT_TRUE(flags(a, 4, DifferenceKind::Hedge)) << details(a, 4);
}

// The impersonal passive credits its agent: "…, it was announced by the navy on Friday", "It was
// confirmed by the navy that …" say what "the navy announced" says; so does ", the navy announced
// Friday" (the American "on" dropped). Another body, or none, is a change.
TEST(ClaimMentionRules, ItWasAnnouncedByXCreditsX) {
    const std::string fact = "Divers had recovered the second flight recorder";
    Analysis a = analyze_texts(
        {fact + ", it was announced by the navy on Friday.\n",
         fact + ", the navy announced Friday.\n",
         "It was confirmed by the navy that divers had recovered the second flight recorder.\n",
         fact + ", the coastguard said.\n", fact + ".\n"});
    EXPECT_EQ(source_of(a, "flight recorder", 0), "navy");
    EXPECT_EQ(source_of(a, "flight recorder", 1), "navy");
    EXPECT_EQ(source_of(a, "flight recorder", 2), "navy");
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
    EXPECT_TRUE(flags(a, 4, DifferenceKind::Attribution)) << details(a, 4);
}

// "according to Lena Ekholm, the port authority's director", "Lena Ekholm, the port authority's
// director, said": a person named with the body they head speaks for it, as "the port authority
// said". A bystander named the same way is another source.
TEST(ClaimMentionRules, APersonDescribedAsTheBodysOfficerIsTheBody) {
    const std::string fact = "The fire started in the boiler room of the ferry";
    Analysis a = analyze_texts(
        {fact + ", the port authority said.\n",
         fact + ", according to Lena Ekholm, the port authority's director.\n",
         "Lena Ekholm, the port authority's director, said the fire started in the boiler room "
         "of the ferry.\n",
         fact + ", according to Jonas Berg, a passenger from Orsa.\n",
         fact + ", the port authority said on Monday.\n"});
    EXPECT_EQ(source_of(a, "boiler room", 1), "Lena Ekholm");
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "sources at the club said" speak unnamed; "the club said" is the club on the record: another
// source, though the words overlap. "according to sources" is unnamed too: the same.
TEST(ClaimMentionRules, SourcesAtABodyAreNotTheBodyOnTheRecord) {
    const std::string fact = "The striker will sign a three-year contract on Monday";
    Analysis a = analyze_texts({fact + ", sources at the football club said.\n",
                                fact + ", sources at the football club said.\n",
                                fact + ", according to sources.\n",
                                fact + ", the football club said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "according to two engineers at the utility who spoke on condition of anonymity": the relative
// clause says how they spoke, not who they are, so "two utility engineers who asked not to be
// named" are the same source. "It is thought …" opens a hedge: its "it" stands for nobody, not
// for the engineers acting, so the source is dropped.
TEST(ClaimMentionRules, ASourcesRelativeClauseIsNotItsNameAndItIsThoughtCreditsNobody) {
    const std::string fact = "The blackout was caused by a fault at the Orsa substation";
    Analysis a = analyze_texts(
        {fact + ", according to two engineers at the utility who spoke on condition of "
                "anonymity.\n",
         fact + ", according to two engineers at the utility who spoke on condition of "
                "anonymity.\n",
         fact + ", according to two utility engineers who asked not to be named.\n",
         "It is thought a fault at the Orsa substation caused the blackout.\n"});
    EXPECT_EQ(source_of(a, "blackout", 0), "engineers at the utility");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "A, the council said, but B": the attribution set off by commas closes the clause before it;
// after ", but" the outlet goes on in its own voice, as another outlet's second sentence does.
TEST(ClaimMentionRules, AnAttributionBeforeCommaButCreditsOnlyTheClauseBefore) {
    Analysis a = analyze_texts(
        {"The bridge passed a safety check in May, the council said. Inspectors fined the builder "
         "$40,000 in 2023 over faulty welds.\n",
         "The bridge passed a safety check in May, the council said. Inspectors fined the builder "
         "$40,000 in 2023 over faulty welds.\n",
         "The bridge passed a safety check in May, the council said, but inspectors fined the "
         "builder $40,000 in 2023 over faulty welds.\n"});
    EXPECT_EQ(source_of(a, "safety check", 2), "council");
    EXPECT_EQ(source_of(a, "fined the", 2), "");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// Who is credited is not what they say: the "not" of "two engineers who asked not to be named"
// or of ", asking not to be named" is about the source's anonymity and negates nothing. A "not"
// in the statement still does.
TEST(ClaimMentionRules, AskedNotToBeNamedNegatesNothing) {
    const std::string fact = "The outage was caused by a faulty software update";
    Analysis a = analyze_texts(
        {fact + ", according to two engineers at the bank who spoke on condition of anonymity.\n",
         fact + ", according to two engineers at the bank who spoke on condition of anonymity.\n",
         fact + ", according to two bank engineers who asked not to be named.\n",
         fact + ", two engineers at the bank said, asking not to be named.\n",
         "The outage was not caused by a faulty software update, according to two engineers at "
         "the bank.\n"});
    EXPECT_FALSE(mention(a, "asked not to be named", 2).negated);
    EXPECT_FALSE(mention(a, "asking not to be named", 3).negated);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
    EXPECT_TRUE(flags(a, 4, DifferenceKind::Negation)) << details(a, 4);
}

// "…, Lund said": a surname alone is the person the article named in full before ("The health
// minister, Petra Lund, …"), or, in an article that never gives the full name, the person the
// corpus names with it; the source reads as the speaker does. A one-word organisation is
// nobody's surname and stays itself.
TEST(ClaimMentionRules, ASurnameAloneAsSourceIsThePersonNamedInFull) {
    const std::string opened =
        "The health minister, Petra Lund, opened the Orsa clinic on Monday. ";
    const std::string fact = "The clinic will treat 400 patients a week";
    Analysis a = analyze_texts({opened + fact + ", Lund said.\n", opened + fact + ", she said.\n",
                                fact + ", Lund said on Monday.\n",
                                fact + ", Brenvik said on Monday.\n"});
    EXPECT_EQ(source_of(a, "400 patients", 0), "Petra Lund");
    EXPECT_EQ(source_of(a, "400 patients", 1), "Petra Lund");
    EXPECT_EQ(source_of(a, "400 patients", 2), "Petra Lund");
    EXPECT_EQ(source_of(a, "400 patients", 3), "Brenvik");
    // A corpus run that ends in the word but is no person's name ("Shares of Brenvik") does not
    // stand for the company speaking.
    Analysis b = analyze_texts(
        {"Shares of Brenvik fell 6% on Monday. " + fact + ", Brenvik said.\n",
         fact + ", Brenvik said.\n"});
    EXPECT_EQ(source_of(b, "400 patients", 0), "Brenvik");
    EXPECT_EQ(source_of(b, "400 patients", 1), "Brenvik");
}

// "Brenmoor Shipping, which runs the ferry, cancelled all sailings and said …", "…, saying …":
// a clause that opens with the speech verb of the subject it shares is that subject's report,
// the subject cut off by a relative clause included. "The company" is the company named, not
// the "We" that opens a quotation in between (a pronoun is nobody's name).
TEST(ClaimMentionRules, ASharedSubjectThatSaysIsTheSourceAndTheCompanyIsTheOneNamed) {
    const std::string opening = "Brenmoor Shipping, which runs the island ferry, cancelled all "
                                "sailings on Monday";
    Analysis a = analyze_texts(
        {opening + " and said the engines had failed an inspection.\n",
         opening + " and said the engines had failed an inspection.\n",
         opening + ", saying the engines had failed an inspection.\n",
         "Brenmoor Shipping said the engines had failed an inspection.\n"});
    EXPECT_EQ(source_of(a, "failed an inspection", 0), "Brenmoor Shipping");
    EXPECT_EQ(source_of(a, "failed an inspection", 2), "Brenmoor Shipping");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
    Analysis b = analyze_texts({"Sailings to Orsa were cancelled by Brenmoor Shipping on Monday. " +
                                kOpen + "We warned the owners about the engines," + kClose +
                                " said Ola Sand, the crew's union leader. The company denied "
                                "that it had ever been warned.\n"});
    EXPECT_EQ(source_of(b, "ever been warned"), "Brenmoor Shipping");
}

// "Shares of Brenvik fell": a run joined by "of" names a thing or a body, never a person, so
// "Brenvik" is nobody's surname and "the airline" is Brenvik; another body credited with the
// figure is a change of source.
TEST(ClaimMentionRules, ARunJoinedByOfIsNoPersonsName) {
    Analysis a = analyze_texts(
        {"ORSA (AN) — Brenvik cancelled 300 flights on Friday after a power cut, stranding 9,000 "
         "passengers, the airline said.\n\nShares of Brenvik fell 6% in early trading.\n",
         "Brenvik cancelled 300 flights on Friday after a power cut, stranding 9,000 passengers, "
         "Brenvik said.\n",
         "Brenvik cancelled 300 flights on Friday after a power cut, stranding 9,000 passengers, "
         "according to the airport operator Tarnport.\n"});
    EXPECT_EQ(source_of(a, "9,000 passengers", 0), "Brenvik");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "is said to have trained" is the passive hedge: it credits nobody, so an outlet that writes it
// where the others name a newspaper drops the source. "The paper said" still credits one.
TEST(ClaimMentionRules, IsSaidToCreditsNobody) {
    const std::string fact = " trained last winter with a coach banned for life in 2019";
    Analysis a = analyze_texts(
        {"The sprinter is believed to have" + fact + ", according to the newspaper Orsa Sport.\n",
         "The sprinter is believed to have" + fact + ", according to the newspaper Orsa Sport.\n",
         "The sprinter is said to have" + fact + ".\n",
         "The sprinter is believed to have" + fact + ", Orsa Sport said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Because Tessaly settled early, …", "Earlier Tessaly had …": a conjunction or a sentence
// adverb capitalised because it opens the sentence is no part of a name, so "Tessaly said" is Tessaly, not a person called "Because Tessaly". A first
// name before the surname still makes the full name.
TEST(ClaimMentionRules, AConjunctionOpeningASentenceStartsNoName) {
    Analysis a = analyze_texts(
        {"Because Tessaly settled early, its fine was cut by a third. Tessaly said it would not "
         "appeal against the fine.\n",
         "While Tessaly admitted the failings, the fine was cut by a third. Tessaly said it would "
         "not appeal against the fine.\n",
         "Tessaly Bank said it would not appeal against the fine.\n",
         "Earlier Tessaly had admitted the failings. Tessaly said it would not appeal against the "
         "fine.\n"});
    EXPECT_EQ(source_of(a, "not appeal", 0), "Tessaly");
    EXPECT_EQ(source_of(a, "not appeal", 3), "Tessaly");
    EXPECT_EQ(source_of(a, "not appeal", 1), "Tessaly");
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Attribution)) << details(a, 0);
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
    Analysis b = analyze_texts({"Mara Orrin chaired the board until May. Orrin said the bank "
                                "would not appeal against the fine.\n"});
    EXPECT_EQ(source_of(b, "not appeal"), "Mara Orrin");
}

// "…,” she told the Herald.": whom the words were told to (an outlet, reporters, a committee) is
// never who said them; the pronoun is the person named before. A name after "said" still is
// the speaker.
TEST(ClaimMentionRules, WhomTheWordsWereToldToIsNotTheSpeaker) {
    const std::string marsh = "Lena Marsh, who runs the Orsa fishermen's cooperative, said the "
                              "new quota was unfair.\n\n";
    const std::string quote = kOpen + "We have fished these waters for four generations," + kClose;
    Analysis a = analyze_texts({marsh + quote + " she told the Herald.\n",
                                marsh + quote + " she told Radio Orsa on Monday.\n",
                                marsh + quote + " said Lena Marsh.\n",
                                marsh + quote + " said Piet Kalm, the harbour master.\n"});
    EXPECT_EQ(speaker_of(a, "four generations", 0), "Lena Marsh");
    EXPECT_EQ(speaker_of(a, "four generations", 1), "Lena Marsh");
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Speaker)) << details(a, 0);
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Speaker)) << details(a, 1);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Speaker)) << details(a, 3);
}

// "was fined £3m by the Environment Agency", "On Monday the Environment Agency fined …": the
// credited body named as the one who acted is the source of its own act, no attribution
// dropped. A body named after another preposition ("talks with the agency broke down") did not
// act, and its statement is dropped.
TEST(ClaimMentionRules, TheBodyThatActedIsTheSourceOfItsAct) {
    const std::string fact = " £3 million on Monday for polluting the river Tarn";
    Analysis a = analyze_texts(
        {"Harwick Water was fined" + fact + ", according to the Environment Agency.\n",
         "Harwick Water was fined" + fact + ", according to the Environment Agency.\n",
         "Harwick Water was fined by the Environment Agency" + fact + ".\n",
         "After a two-year inquiry the Environment Agency has fined Harwick Water" + fact + ".\n",
         "Harwick Water was fined" + fact + " after talks with the Environment Agency broke "
         "down.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
    EXPECT_TRUE(flags(a, 4, DifferenceKind::Attribution)) << details(a, 4);
}

// "…, the ombudsman found.", "Investigators concluded that …": a body's finding is its
// statement, credited as "the ombudsman said" is. "Rescuers found two survivors" is a plain
// object: no source.
TEST(ClaimMentionRules, AFindingClosingTheSentenceCreditsItsSubject) {
    const std::string fact = "Between 2020 and 2024 the insurer overcharged about 9,000 customers";
    Analysis a = analyze_texts(
        {fact + ", the ombudsman found.\n",
         "The ombudsman said the insurer had overcharged about 9,000 customers between 2020 and "
         "2024.\n",
         fact + ", the ombudsman concluded on Tuesday.\n"});
    EXPECT_EQ(source_of(a, "9,000 customers", 0), "ombudsman");
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Attribution)) << details(a, 0);
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    Analysis b = analyze_texts(
        {"Investigators concluded that the pilots had ignored a stall warning.\n",
         "Rescuers found two survivors in the wreck of the trawler on Sunday.\n"});
    EXPECT_EQ(source_of(b, "stall warning", 0), "Investigators");
    EXPECT_EQ(source_of(b, "two survivors", 1), "");
}

// "It reported a net loss of €40 million": as after a name, "reported" with a plain object is the
// body's own result, no attribution; "It reported that sales had fallen" still credits it.
TEST(ClaimMentionRules, ItReportedAResultCreditsNobody) {
    const std::string opening = "Orsa Telecom cut 300 jobs on Monday. ";
    Analysis a = analyze_texts(
        {opening + "It reported a net loss of €40 million for the year.\n",
         opening + "It reported a net loss of €40 million for the year.\n",
         opening + "The group made a net loss of €40 million for the year.\n",
         opening + "It reported that sales had fallen by a fifth in the year.\n"});
    EXPECT_EQ(source_of(a, "net loss", 0), "");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_EQ(source_of(a, "fallen by a fifth", 3), "Orsa Telecom");
}

// "was unlikely to sell" is "probably would not sell": against "would not sell" one hedge
// difference, no polarity flipped; against "would sell" the polarity is flipped.
TEST(ClaimMentionRules, UnlikelyToIsAHedgedNegation) {
    const std::string unlikely = "Ardent Rovers said it was unlikely to sell its captain this "
                                 "winter.\n";
    Analysis a = analyze_texts({"Ardent Rovers said it would not sell its captain this winter.\n",
                                "Ardent Rovers said it would not sell its captain this winter.\n",
                                unlikely});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    Analysis b = analyze_texts({"Ardent Rovers said it would sell its captain this winter.\n",
                                "Ardent Rovers said it would sell its captain this winter.\n",
                                unlikely});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
}

// "…, according to the harbour master's office." closes the sentence a split-off clause ("the
// first full stoppage … in more than 20 years") belongs to: the source is named, no attribution
// added by the outlet that writes "the office of the harbour master said".
TEST(ClaimMentionRules, AClosingAccordingToCreditsTheWholeSentence) {
    const std::string wire = "The strike, the first full stoppage at the Orsa shipyard in more "
                             "than 20 years, had left 12 ships idle by Monday evening, according "
                             "to the harbour master's office.\n";
    Analysis a = analyze_texts({wire, wire,
                                "In the first full stoppage at the Orsa shipyard in more than 20 "
                                "years, 12 ships lay idle by Monday evening, the office of the "
                                "harbour master said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// A later article that restates yesterday's news as background and names its source in the next
// sentence drops no attribution. The same day's copy is held to its own sentence: "Ostrava Rail
// was fined …. The Transport Office said …" credits the fine to nobody.
TEST(ClaimMentionRules, BackgroundADayLaterWithItsSourceNextIsNoDrop) {
    auto dated = [](const std::string& id, const std::string& date, const std::string& text) {
        Article art = article(id, text);
        art.date = date;
        return art;
    };
    const std::string wire = "Ostrava Rail was fined €2 million for running late trains, the "
                             "Transport Office said on Monday.\n";
    const std::string next = "\n\nThe Transport Office said on Monday that a third of its trains "
                             "had run late in 2026.\n";
    Corpus corpus;
    corpus.articles.push_back(dated("t0", "2027-03-01", wire));
    corpus.articles.push_back(dated("t1", "2027-03-01", wire));
    corpus.articles.push_back(dated(
        "t2", "2027-03-02",
        "Ostrava Rail cut its timetable on Tuesday, a day after it was fined €2 million for "
        "running late trains." + next));
    corpus.articles.push_back(dated(
        "t3", "2027-03-01",
        "Ostrava Rail cut its timetable on Monday, hours after it was fined €2 million for "
        "running late trains." + next));
    Analysis a = analyze(std::move(corpus));
    EXPECT_EQ(source_of(a, "fined €2 million", 2), "");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "may be demolished" for "would be demolished": a promise made a possibility, a hedge. A purpose
// ("so that the footbridge may be repaired") hedges nothing.
TEST(ClaimMentionRules, MayBeWithAParticipleIsAHedge) {
    const std::string firm = "The mayor said the old footbridge would be demolished next spring.\n";
    Analysis a = analyze_texts(
        {firm, firm, "The mayor said the old footbridge may be demolished next spring.\n",
         "The mayor said the old footbridge might be torn down next spring.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    const std::string purpose = "The council closed the riverside road on Monday so that the "
                                "footbridge can be repaired.\n";
    Analysis b = analyze_texts({purpose, purpose,
                                "The council closed the riverside road on Monday so that the "
                                "footbridge may be repaired.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Hedge)) << details(b, 2);
}

// "…, engineers at the city council suggested.", "Officials hinted that …": a report put
// tentatively is still credited, so an outlet that leaves it out drops the source. "suggested a
// four-day week" proposes, it reports nothing.
TEST(ClaimMentionRules, SuggestedAndHintedCreditTheirSubject) {
    const std::string credited = "The bridge is thought to have been weakened by the spring "
                                 "floods, engineers at the city council suggested.\n";
    Analysis a = analyze_texts(
        {credited, credited,
         "The bridge is thought to have been weakened by the spring floods.\n"});
    EXPECT_NE(source_of(a, "spring floods", 0), "");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    Analysis b = analyze_texts({"Officials hinted that the border crossing would reopen on "
                                "Friday.\n",
                                "The union suggested a four-day week for the night shift.\n"});
    EXPECT_EQ(source_of(b, "reopen on Friday", 0), "Officials");
    EXPECT_EQ(source_of(b, "four-day week", 1), "");
}

// A wire credits its lead to the minister and goes on without repeating her: an outlet that
// credits a later fact to the minister adds no source. Crediting it to someone else still
// changes the source.
TEST(ClaimMentionRules, NamingTheSourceTheLeadCreditsAddsNoAttribution) {
    const std::string wire =
        "Health Minister Ada Voss said on Tuesday that Lorn would hire 2,000 nurses next year. "
        "The hospital budget will rise to €9.2 billion. Spending on nurses will reach €410 "
        "million, the most in a decade.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Spending on nurses will reach €410 million, Health Minister Ada Voss told parliament.\n",
         "Spending on nurses will reach €410 million, the Lorn Nurses' Union said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "an apparent arson attack", "seems to have caused", "perhaps": words of doubt hedge what the
// other outlets state. "Prosecutors alleged that …" is a report (its source), not a hedge.
TEST(ClaimMentionRules, WordsOfDoubtOnTheNounOrTheVerbAreHedges) {
    const std::string plain = "Firefighters said an arson attack destroyed the bus depot on "
                              "Sunday night.\n";
    Analysis a = analyze_texts({plain, plain,
                                "Firefighters said an apparent arson attack destroyed the bus "
                                "depot on Sunday night.\n",
                                "Firefighters said a suspected arson attack destroyed the bus "
                                "depot on Sunday night.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    const std::string caused = "A failed pump caused the flooding in the tunnel, engineers said.\n";
    Analysis b = analyze_texts({caused, caused,
                                "A failed pump seems to have caused the flooding in the tunnel, "
                                "engineers said.\n"});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Hedge)) << details(b, 2);
    const std::string said = "Prosecutors said that the mayor took bribes from two builders.\n";
    Analysis c = analyze_texts({said, said,
                                "Prosecutors alleged that the mayor took bribes from two "
                                "builders.\n"});
    EXPECT_FALSE(flags(c, 2, DifferenceKind::Hedge)) << details(c, 2);
}

// "…, the transport minister conceded on Friday.", "Anna Lisk testified that …": verbs of saying
// credit as "said" does. Standing alone or with a plain object ("The mayor conceded before
// midnight", "The bank maintained its forecast") they report nothing.
TEST(ClaimMentionRules, ConcededTestifiedAndTheirKinCreditTheirSubject) {
    const std::string conceded = "The Tarn bridge will stay shut until June, the transport "
                                 "minister conceded on Friday.\n";
    Analysis a = analyze_texts(
        {conceded, conceded, "The Tarn bridge will stay shut until June.\n"});
    EXPECT_NE(source_of(a, "stay shut", 0), "");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    Analysis b = analyze_texts(
        {"Anna Lisk testified that she had never seen the contract before the audit.\n",
         "The mayor conceded before midnight on Sunday.\n",
         "The bank maintained its forecast of 2% growth for next year.\n"});
    EXPECT_EQ(source_of(b, "never seen the contract", 0), "Anna Lisk");
    EXPECT_EQ(source_of(b, "before midnight", 1), "");
    EXPECT_EQ(source_of(b, "forecast of 2%", 2), "");
}

// "…,” said Orlan Farms chair Ruth Kemble.": a body named before the role is whom she speaks
// for; the speaker is the person, as another outlet's "said Ruth Kemble, who chairs Orlan Farms"
// has it, and the two outlets give the words to one speaker.
TEST(ClaimMentionRules, ABodyBeforeARoleAndANameIsNotTheSpeaker) {
    const std::string quote = kOpen + "Our growers have kept this town fed for forty years," +
                              kClose;
    Analysis a = analyze_texts({quote + " said Orlan Farms chair Ruth Kemble.\n",
                                quote + " said Ruth Kemble, who chairs Orlan Farms.\n"});
    EXPECT_EQ(speaker_of(a, "kept this town fed", 0), "Ruth Kemble");
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Speaker)) << details(a, 1);
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Speaker)) << details(a, 0);
}

// "Save Harbour Pool, a campaign group, says …": a name described in apposition as a body is no
// person, though it speaks with no organisation word of its own; in "“…,” Ann Pell, who chairs
// Save Harbour Pool, said" the speaker is Ann Pell, not the group named nearer the verb.
TEST(ClaimMentionRules, ANameDescribedAsAGroupIsNoPerson) {
    const std::string quote = kOpen + "Closing the pool would leave a whole town without a place to "
                                      "learn to swim," + kClose;
    Analysis a = analyze_texts(
        {"Save Harbour Pool, a campaign group, says 4,000 people have signed its petition. " +
             quote + " Ann Pell, who chairs Save Harbour Pool, said on Tuesday.\n",
         "Save Harbour Pool says more than 4,000 people have signed its petition. " + quote +
             " said Ann Pell, the group's chair.\n"});
    EXPECT_EQ(speaker_of(a, "learn to swim", 0), "Ann Pell");
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Speaker)) << details(a, 0);
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Speaker)) << details(a, 1);
}

// "The brewery expects to open the new hall by May", "said it expected to pay the suppliers":
// the subject's forecast of its own act. Stated as "will open" it is a certainty, the caution
// dropped; stated as "said it would open", "plans to open" or kept as a forecast it agrees, as
// every expectation does.
TEST(ClaimMentionRules, ASubjectExpectingToActAgainstWillIsAHedgeDropped) {
    const std::string wire = "The Tarnby brewery said it expected to open its new bottling hall "
                             "by the end of May.\n";
    Analysis a = analyze_texts(
        {wire, wire, "The Tarnby brewery will open its new bottling hall by the end of May.\n",
         "The Tarnby brewery expects to open its new bottling hall by the end of May.\n",
         "The Tarnby brewery said it would open its new bottling hall by the end of May.\n"});
    EXPECT_TRUE(mention(a, "bottling hall", 0).hedged);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    EXPECT_FALSE(flags(a, 4, DifferenceKind::Hedge)) << details(a, 4);
    // A coordinated predicate keeps its forecast: "… and expected to pay …", "it'll pay".
    const std::string owner = "The ferry line said it had lost its largest charter and expected to "
                              "pay its suppliers within a month.\n";
    Analysis b = analyze_texts(
        {owner, owner, "The ferry line says it'll pay its suppliers within a month.\n"});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Hedge)) << details(b, 2);
}

// "does not include any admission of liability": a light verb, whose noun says what is denied;
// "has admitted liability" names that noun's object with the verb of the noun, the opposite
// statement. "made no admission of liability" denies the same.
TEST(ClaimMentionRules, ALightVerbsNounIsWhatTheNegationDenies) {
    const std::string wire = "The agreement does not include any admission of liability, the "
                             "Corran bakery said.\n";
    Analysis a = analyze_texts({wire, wire,
                                "In the agreement the Corran bakery has admitted liability, the "
                                "bakery said.\n",
                                "In the agreement the Corran bakery made no admission of "
                                "liability, the bakery said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// "cut the laptops' fan speed", "heating or garage locks": a word after a noun that follows a
// possessive, a determiner or "or" heads a compound noun; read as the verb "speed" or "lock" it
// would oppose "slowed" and "unlock" in an outlet saying the same. A noun closing a phrase of
// place is still a subject: "Ferry services in the bay reopened" opposes "remain closed".
TEST(ClaimMentionRules, TheHeadOfACompoundNounIsNoVerbOfOppositeMeaning) {
    const std::string wire = "The patch cut the laptops' fan speed by a third, the Orsa maker "
                             "said.\n";
    Analysis a = analyze_texts({wire, wire,
                                "The patch slowed the laptops' fans by a third, the Orsa maker "
                                "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    const std::string closed = "Ferry services in the bay remain closed until further notice.\n";
    Analysis b = analyze_texts({closed, closed, "Ferry services in the bay reopened on Monday.\n"});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
}

// "may not be able to take", "might not reopen": a possibility of the negated act, hedged as
// "may reopen" is; against "cannot take" one hedge difference, and the polarity is the same.
TEST(ClaimMentionRules, MayNotIsAHedgeOnANegation) {
    const std::string wire = "The Orsa lighthouse's old lamp cannot take the new bulbs, the "
                             "harbour board said.\n";
    Analysis a = analyze_texts({wire, wire,
                                "The Orsa lighthouse's old lamp may not be able to take the new "
                                "bulbs, the harbour board said.\n"});
    EXPECT_TRUE(mention(a, "new bulbs", 2).hedged);
    EXPECT_TRUE(mention(a, "new bulbs", 2).negated);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
}

// "the barges could be rerouted … if the lock stays shut": a possible consequence of a
// condition. Against "will be rerouted … if" it is made certain, the hedge dropped; against
// "face a detour … if" (another verb) it says the same.
TEST(ClaimMentionRules, ACouldBeInAConditionAgainstWillIsAHedgeDropped) {
    const std::string wire = "Barges on the Orsa canal could be rerouted to Tarnby if the old "
                             "lock stays shut, the canal trust said.\n";
    Analysis a = analyze_texts({wire, wire,
                                "Barges on the Orsa canal will be rerouted to Tarnby if the old "
                                "lock stays shut, the canal trust said.\n",
                                "Barges on the Orsa canal face a detour to Tarnby if the old lock "
                                "stays shut, the canal trust said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_NE(details(a, 2).find("could be"), std::string::npos) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
}
