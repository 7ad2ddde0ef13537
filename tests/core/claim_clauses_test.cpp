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

// A subordinate clause with a subject and a finite verb of its own ("after inspectors found",
// "as winds reached", ", although attendance fell") states a fact of its own, whatever its
// subject starts with; a "when" only with a figure of its own.
TEST(ClaimClauseCutting, ASubordinateClauseWithItsOwnSubjectAndVerbIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("The museum will stay closed for a month after inspectors from the "
                          "county found damp in three galleries.",
                          "stay closed for a month", "found damp in three galleries"));
    EXPECT_TRUE(cut_apart("Ferry services were cancelled on Tuesday as winds reached 110 km/h "
                          "along the coast.",
                          "Ferry services were cancelled", "winds reached 110 km/h"));
    EXPECT_TRUE(cut_apart("Ticket sales rose 12% in March, although attendance at matinees fell "
                          "by a third.",
                          "Ticket sales rose 12%", "attendance at matinees fell"));
    EXPECT_TRUE(cut_apart("Forty-two sheep died overnight after a flock of ninety strayed onto the "
                          "railway line near the quarry.",
                          "sheep died", "flock of ninety strayed"));
    EXPECT_TRUE(cut_apart("Officers recovered 3,000 stolen bicycles when they searched two "
                          "warehouses in the port.",
                          "recovered 3,000 stolen bicycles", "searched two warehouses"));
}

// What is not a second fact: a "when" that only sets the time, or asks a question after a verb
// of saying; a "since" that says how long a perfect tense or a superlative holds; a "when"
// placing a date; "as many as".
TEST(ClaimClauseCutting, ATimeClauseThatBelongsToItsHeadStaysWithIt) {
    EXPECT_FALSE(cut_apart("Nobody was hurt when the scaffolding fell onto the pavement outside "
                           "the bank.",
                           "Nobody was hurt", "scaffolding fell"));
    EXPECT_FALSE(cut_apart("The theatre did not say when the new season will open to the public.",
                           "did not say", "new season will open"));
    EXPECT_FALSE(cut_apart("The old cinema has stood empty since the chain went bankrupt in 1998.",
                           "stood empty", "chain went bankrupt"));
    EXPECT_FALSE(cut_apart("It was the wettest April in the valley since 212 mm of rain fell in "
                           "1871.",
                           "wettest April", "212 mm of rain fell"));
    EXPECT_FALSE(cut_apart("It is the largest flood in the valley since 1953, when 300 homes were "
                           "lost to the river.",
                           "largest flood", "300 homes were lost"));
    EXPECT_FALSE(cut_apart("The union said as many as 400 drivers could join the strike next week.",
                           "union said as many", "400 drivers could join"));
    // A day of the month or a time of day in a "when" clause only sets the time too.
    EXPECT_FALSE(cut_apart("Only 14 of the 30 lifeguards were on duty when the beach reopened "
                           "on July 2, the council said.",
                           "14 of the 30 lifeguards", "beach reopened"));
    EXPECT_FALSE(cut_apart("Only 14 of the 30 lifeguards were on duty when the storm warning was "
                           "issued at 9:40 on Sunday.",
                           "14 of the 30 lifeguards", "storm warning was issued"));
    EXPECT_FALSE(cut_apart("The mayor described the closure as a painful necessity and promised "
                           "to reopen the pool by June.",
                           "described the closure", "a painful necessity"));
}

// "after" or "before" with no subject of its own (a gerund, or a figure) that brings a figure
// of another measure than its head's is a second fact (how long the panel took, what the
// inspectors found), and the word stays with it, as outlets write it; without such a figure
// ("after failing to …"), or when it only says when ("shortly before 7am"), it belongs to its
// head.
TEST(ClaimClauseCutting, AnAfterPhraseWithAFigureOfItsOwnIsASecondFact) {
    const std::string gerund = "The tribunal cleared the three nurses of all 11 charges after "
                               "sitting for nine days in the spring.";
    EXPECT_TRUE(cut_apart(gerund, "all 11 charges", "sitting for nine days"));
    EXPECT_FALSE(mention_with(mentions_of(analyze_texts({gerund})), "after sitting").empty());
    EXPECT_TRUE(cut_apart("The tribunal cleared the three nurses of all 11 charges after six "
                          "hours of deliberation last week.",
                          "all 11 charges", "six hours of deliberation"));
    EXPECT_FALSE(cut_apart("The tribunal fined the clinic's owner 4,000 euros after failing to "
                           "keep proper records of the drugs.",
                           "4,000 euros", "failing to keep"));
    EXPECT_FALSE(cut_apart("The ferry with 212 passengers on board left the harbour shortly "
                           "before 7am on Sunday.",
                           "212 passengers", "7am on Sunday"));
}

// A relative clause (or a noun restating the clause's figure and one) that carries a saying of
// its own is a second fact with a source of its own; the sentence's closing credit is not.
TEST(ClaimClauseCutting, ARelativeClauseWithASayingOfItsOwnIsASecondFact) {
    EXPECT_TRUE(cut_apart("The treasurer was convicted of taking 80,000 euros from the rowing "
                          "club, money that investigators said she had spent on holidays.",
                          "80,000 euros", "spent on holidays"));
    EXPECT_TRUE(cut_apart("The treasurer was convicted of taking 80,000 euros from the rowing "
                          "club, cash investigators said she had spent on holidays.",
                          "80,000 euros", "spent on holidays"));
    EXPECT_TRUE(cut_apart("Thieves took 14 paintings from the gallery in March, which police "
                          "say were sold to a dealer abroad.",
                          "14 paintings", "sold to a dealer"));
    const std::vector<std::string> closing = mentions_of(analyze_texts(
        {"The rowing club lost 80,000 euros last year, its treasurer said on Monday."}));
    EXPECT_EQ(closing.size(), 1u) << joined(closing);
}

// A comma between two figures that both describe the noun after them ("an eight-year, €40m
// contract") lists the noun's attributes: one fact, not two.
TEST(ClaimClauseCutting, TwoFiguresDescribingOneNounAreOneFact) {
    EXPECT_FALSE(cut_apart("The city signed an eight-year, \xE2\x82\xAC" "40m contract with the "
                           "firm to run its night buses.",
                           "eight-year", "contract with the firm"));
    EXPECT_FALSE(cut_apart("The city signed a 10-year, \xE2\x82\xAC" "40m contract with the "
                           "firm to run its night buses.",
                           "10-year", "contract with the firm"));
}

// A figure spelt out is a figure: the relative clause that brings one is a second fact whether
// it is written "2 million" or "two million"; a count of the names before it in an apposition
// is a description, not a fact.
TEST(ClaimClauseCutting, AFigureInWordsCountsAsAFigure) {
    EXPECT_TRUE(cut_apart("The regatta was cancelled on Friday, which the organisers said would "
                          "cost the club about 2 million crowns.",
                          "regatta was cancelled", "cost the club"));
    EXPECT_TRUE(cut_apart("The regatta was cancelled on Friday, which the organisers said would "
                          "cost the club about two million crowns.",
                          "regatta was cancelled", "cost the club"));
    EXPECT_FALSE(cut_apart("Hallin and Vorst, two of the league's oldest clubs, have merged their "
                           "youth teams for next season.",
                           "Hallin and Vorst", "merged their youth teams"));
}

// A figure set against another value (", about 12% above the summer average") restates the
// clause's figure, one fact; a phrase with a figure of another measure that is no such offset
// is still a second fact.
TEST(ClaimClauseCutting, AFigureSetAgainstAnotherValueIsTheSameFact) {
    EXPECT_FALSE(cut_apart("Water use in the valley peaked at 410 megalitres on Tuesday, about 12% "
                           "above the summer average, the utility said.",
                           "peaked at 410 megalitres", "12% above the summer average"));
    EXPECT_FALSE(cut_apart("Ticket sales reached 52,000 in the first week, 8 per cent higher than "
                           "a year earlier.",
                           "reached 52,000", "8 per cent higher"));
    EXPECT_TRUE(cut_apart("The cooperative offered 40p a share for the dairy, valuing the whole "
                          "business at about £12m.",
                          "offered 40p a share", "valuing the whole business"));
}

// ", up 12%" or ", down by a fifth" after a figure is that figure's change, one fact with it
// (an outlet that states it apart writes "sales rose 12% to £88m"); a contrast that follows
// (", but …") is still a fact of its own.
TEST(ClaimClauseCutting, AChangeSetAfterAFigureIsTheSameFact) {
    EXPECT_FALSE(cut_apart("The brewery reported sales of \xC2\xA3" "88 million for the year, up 12%, "
                           "but its debts grew again.",
                           "sales of", "up 12%"));
    EXPECT_TRUE(cut_apart("The brewery reported sales of \xC2\xA3" "88 million for the year, up 12%, "
                          "but its debts grew again.",
                          "up 12%", "its debts grew"));
    EXPECT_FALSE(cut_apart("Visitor numbers at the castle fell to 61,000, down by 9 per cent on "
                           "the summer before.",
                           "fell to 61,000", "down by 9 per cent"));
}

// A verdict's majority ("by a majority of 9-3", "by a majority of five judges to two") is a
// fact of its own, with or without a comma before it; a tally right after the vote's verb is
// the clause itself.
TEST(ClaimClauseCutting, AVerdictsMajorityIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("The jury convicted the harbour master of three counts of theft by a "
                          "majority of 9-3.",
                          "three counts of theft", "majority of 9-3"));
    EXPECT_TRUE(cut_apart("The appeal court ruled that the mine may reopen, by a majority of five "
                          "judges to two.",
                          "the mine may reopen", "five judges to two"));
    EXPECT_FALSE(cut_apart("The motion to reopen the mine was carried by a majority of 30.",
                           "motion to reopen", "majority of 30"));
}

// A second figure given by a second verb, after "and" with a named object or in a present
// relative clause ("which puts …"), is a fact of its own: how much was raised, and what that
// makes the club worth.
TEST(ClaimClauseCutting, ASecondVerbWithAFigureOfItsOwnIsASecondFact) {
    EXPECT_TRUE(cut_apart("The share sale raised \xC2\xA3" "40 million and values Harbury Town at "
                          "about \xC2\xA3" "310 million, the club said.",
                          "raised \xC2\xA3" "40 million", "values Harbury Town"));
    EXPECT_TRUE(cut_apart("The club raised \xC2\xA3" "40 million from fans, which puts its worth at "
                          "about \xC2\xA3" "310 million, the club said.",
                          "raised \xC2\xA3" "40 million", "puts its worth"));
    // A relative clause with no figure of its own stays with its head.
    EXPECT_FALSE(cut_apart("The club raised \xC2\xA3" "40 million from fans, which pleases its "
                           "owners.",
                           "raised \xC2\xA3" "40 million", "pleases its owners"));
}

// ", the county said" at the end credits every clause it governs, the subordinate one too.
TEST(ClaimClauseCutting, AClosingAttributionCreditsTheSubordinateClauseToo) {
    Analysis a = analyze_texts({"The museum will stay closed for a month after inspectors found "
                                "damp in three galleries, the county council said on Monday."});
    ASSERT_TRUE(cut_apart("The museum will stay closed for a month after inspectors found damp "
                          "in three galleries, the county council said on Monday.",
                          "stay closed for a month", "inspectors found damp"));
    EXPECT_EQ(claim_test::source_of(a, "stay closed for a month"), "county council");
    EXPECT_EQ(claim_test::source_of(a, "inspectors found damp"), "county council");
}

// "A, the theatre said, although B": the subordinate clause hangs on the reported clause and is
// credited with it; after ", but" the outlet goes on in its own voice.
TEST(ClaimClauseCutting, AnAttributionSetOffByCommasCreditsTheSubordinateClauseAfterIt) {
    Analysis a = analyze_texts({"Ticket sales at the playhouse fell 4% in March, the theatre "
                                "trust said, although matinee audiences grew by a fifth.\n\n"
                                "Season subscriptions rose 6% in April, the theatre trust said, "
                                "but the café lost money again."});
    EXPECT_EQ(claim_test::source_of(a, "matinee audiences grew"), "theatre trust");
    EXPECT_EQ(claim_test::source_of(a, "café lost money"), "");
}

// "and" + a second predicate on the same subject, each with a figure of its own, states two
// facts: the term and the value of a levy, a start date and a cost. The second keeps the
// first's modal or "is expected" with its subject, so the hedge governs both. Without a figure
// on each side the parse is too unsure and the sentence stays whole.
TEST(ClaimClauseCutting, ASecondPredicateWithAFigureOfItsOwnIsASecondFact) {
    EXPECT_TRUE(cut_apart("The new tram line will run for eleven kilometres and carry about "
                          "9,000 riders a day, the transport authority said.",
                          "eleven kilometres", "9,000 riders"));
    EXPECT_TRUE(cut_apart("Repairs to the lighthouse are expected to begin in 2027 and to cost "
                          "about \xE2\x82\xAC" "4 million, according to the harbour board.",
                          "begin in 2027", "cost about"));
    EXPECT_TRUE(cut_apart("The library hopes to reopen by April and plans to lend 30,000 books "
                          "in its first year.",
                          "reopen by April", "30,000 books"));
    const Analysis a = analyze_texts({"Repairs to the lighthouse are expected to begin in 2027 "
                                      "and to cost about \xE2\x82\xAC" "4 million."});
    EXPECT_TRUE(claim_test::mention(a, "to cost about").hedged);
    EXPECT_FALSE(cut_apart("The ferry company will repaint its older vessels and refit them "
                           "for the busy winter service to the islands.",
                           "older vessels", "refit them"));
}

// A past participle with a date or a figure between a subject and its verb says when the thing
// was made or stopped: a fact of its own, which outlets give apart or not at all. Without a date
// or figure ("damaged by the storm") it describes the subject and stays with its clause.
TEST(ClaimClauseCutting, AParticipleAsideWithADateIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("The lighthouse, built in 1874 by a Glasgow firm, drew about 40,000 "
                          "visitors last summer, the trust said.",
                          "built in 1874", "40,000 visitors"));
    EXPECT_TRUE(cut_apart("The night ferry, suspended since October, will resume sailings to "
                          "the islands next week.",
                          "suspended since October", "resume sailings"));
    EXPECT_FALSE(cut_apart("The old footbridge, damaged by the winter storms, remains closed to "
                           "walkers and cyclists.",
                           "damaged by", "remains closed"));
}

// A relative clause between a subject and its verb that brings a figure is a fact of its own,
// whatever its verb, and with a figure restated in brackets inside it.
TEST(ClaimClauseCutting, ARelativeAsideWithAFigureIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("The ferry, which some 2,400 commuters board every morning, will be "
                          "withdrawn for repairs next month.",
                          "2,400 commuters board", "withdrawn for repairs"));
    EXPECT_TRUE(cut_apart("The observatory, which gets 1.2 million francs (about $1.4 million) a "
                          "year from the canton, will close its doors in June.",
                          "1.2 million francs", "close its doors"));
}

// After a verb of saying, the reported clause's subject takes the aside: "The trust says the
// mill, which dates from 1790, will reopen" states when the mill was built and that it reopens.
TEST(ClaimClauseCutting, AnAsideInAReportedClauseIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("The heritage trust says the old mill, which dates from 1790, will "
                          "reopen to visitors in May.",
                          "dates from 1790", "reopen to visitors"));
    EXPECT_TRUE(cut_apart("The council said in a letter that the town hall, built in 1874, "
                          "will close for repairs next year.",
                          "built in 1874", "close for repairs"));
    EXPECT_FALSE(cut_apart("The heritage trust said the old mill, a listed building, will reopen "
                           "to visitors in May.",
                           "listed building", "reopen to visitors"));
}

// After ", and" a subject and a verb the word lists do not hold ("intends", "cannot") open a
// clause of its own; a noun phrase in a list ("the biscuits its owner bakes") does not.
TEST(ClaimClauseCutting, ACoordinatedClauseWithAPresentTenseIsASecondFact) {
    EXPECT_TRUE(cut_apart("The bakery closed its second shop in June, and the owner intends to "
                          "sell the building next year.",
                          "second shop", "intends to sell"));
    EXPECT_TRUE(cut_apart("The ferry was withdrawn in May for repairs, and it cannot sail again "
                          "before the autumn.",
                          "withdrawn in May", "cannot sail"));
    EXPECT_FALSE(cut_apart("The shop sells bread, cakes, and the biscuits its owner bakes each "
                           "morning for the market.",
                           "sells bread", "owner bakes"));
}

// A participle giving the speaker's cause or reason (", blaming …", ", citing …") is a claim
// of its own, credited to the speaker: outlets keep it, drop it or give the blame to another.
TEST(ClaimClauseCutting, ABlameGivenInAParticipleIsAClaimOfItsOwn) {
    const std::string text = "The airline cancelled 40 flights on Sunday, the company said, "
                             "blaming a strike by air traffic controllers in the south.";
    EXPECT_TRUE(cut_apart(text, "cancelled 40 flights", "blaming a strike"));
    const Analysis a = analyze_texts({text});
    EXPECT_EQ(claim_test::source_of(a, "blaming a strike"), "company");
    EXPECT_TRUE(cut_apart("The zoo will raise its entry fee to 30 francs in April, the city said on "
                          "Monday, citing the cost of heating the tropical house.",
                          "entry fee", "citing the cost"));
}

// A present participle that brings a figure of its own, as an absolute after ", with" (the figure
// after the participle) or as an aside, states a second fact (an average beside a deadline).
TEST(ClaimClauseCutting, APresentParticipleWithAFigureIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("The library must return every overdue fine by March 3, with the "
                          "average fine coming to 6 francs, the council said.",
                          "return every overdue fine", "average fine coming"));
    EXPECT_TRUE(cut_apart("Grants, averaging 900 francs, must be claimed by the end of June.",
                          "averaging 900 francs", "claimed by the end"));
}

// "…, and" + a subject with a relative clause set off by commas + its verb opens a second
// statement, however long the relative clause: its verb is the aside's, not the clause's.
TEST(ClaimClauseCutting, ASubjectWithALongRelativeClauseAfterAndOpensASecondFact) {
    EXPECT_TRUE(cut_apart("Almost half of the harbour's berths take cruise ships, and the port, "
                          "which handled nearly nine million tonnes of cargo last year, says the "
                          "new rule will cost it trade.",
                          "berths take cruise ships", "will cost it trade"));
    // A short appositive keeps its old reach: the "and" of a number read out stays whole.
    EXPECT_FALSE(cut_apart("A painting by Ilse Marrow has sold for thirty-eight and a half "
                           "million euros in Valmont, a record for the artist, the auction house "
                           "says.",
                           "sold for thirty-eight", "a half million"));
}

// "but" or "and" + a subject that opens with a figure, then its verb, is a second statement ("no
// patients had been harmed but three nurses had been suspended"); a figure right after another
// count is one subject of two parts ("212 passengers and nine crew").
TEST(ClaimClauseCutting, ASubjectOpeningWithAFigureAfterButIsASecondFact) {
    EXPECT_TRUE(cut_apart("The hospital said no patients had been harmed but three nurses had "
                          "been suspended.",
                          "no patients had been harmed", "three nurses had been suspended"));
    EXPECT_FALSE(cut_apart("A ferry with 212 passengers and nine crew on board ran aground near "
                           "Tarnby on Sunday, the coastguard said.",
                           "212 passengers", "nine crew on board ran aground"));
}

// A cause the speaker gives in a relative clause ("…, which she blamed on a faulty valve") is a
// claim of its own, as the same cause in a participle is ("…, blaming a faulty valve").
TEST(ClaimClauseCutting, ACauseGivenInARelativeClauseIsAClaimOfItsOwn) {
    EXPECT_TRUE(cut_apart("The plant manager said nobody would lose their job over the leak, "
                          "which she blamed on a faulty valve.",
                          "nobody would lose their job", "faulty valve"));
    EXPECT_TRUE(cut_apart("The plant manager said nobody would lose their job over the leak, "
                          "which she put down to a faulty valve.",
                          "nobody would lose their job", "faulty valve"));
}

// ", and" + a subject that is a gerund phrase, then its verb ("…, and keeping a shop open costs
// …"), is a second statement, as one opened by a determiner or a figure is.
TEST(ClaimClauseCutting, AGerundSubjectAfterCommaAndOpensASecondFact) {
    EXPECT_TRUE(cut_apart("About one in five village shops has closed since 2015, according to the "
                          "trade body, and keeping a shop open costs an average of 40,000 francs a "
                          "year, its survey found.",
                          "village shops has closed", "keeping a shop open costs"));
}

// A figure someone else had given, named by a relative clause with its own subject and verb and
// set against the clause's own figure, is a second fact ("…, short of the 20% the ministry had
// promised"); an earlier value of the clause's own figure is not (", down from the 30% the
// board had set": one change).
TEST(ClaimClauseCutting, AFigureSomeoneElseHadGivenIsASecondFact) {
    EXPECT_TRUE(cut_apart("Rail punctuality rose by 6% last year, well short of the 20% the "
                          "ministry had promised, the regulator said.",
                          "punctuality rose by 6%", "the ministry had promised"));
    EXPECT_FALSE(cut_apart("Only 25% of the new flats will be sold to first-time buyers, down "
                           "from the 30% the board had set, the developer said.",
                           "first-time buyers", "the board had set"));
}

// The second "as" of a comparison ("as high as 40 percent of the fares collected") gives an
// amount or a degree: it opens no clause, however many verbs follow it.
TEST(ClaimClauseCutting, TheSecondAsOfAComparisonOpensNoClause) {
    const std::vector<std::string> ms = mentions_of(analyze_texts(
        {"The ferry line keeps a share that runs as high as 40 percent of the fares collected "
         "on the island routes, the auditors said."}));
    EXPECT_NE(mention_with(ms, "as high as 40 percent of the fares collected"), "") << joined(ms);
}

// A regular participle and an irregular one joined by "and" with no object after them are one
// passive act ("have the lorry impounded and sold"); with an object the second is a predicate
// of its own.
TEST(ClaimClauseCutting, TwoParticiplesOfOnePassiveActStayOneClause) {
    EXPECT_FALSE(cut_apart("The council said it could ask magistrates to have the lorry "
                           "impounded and sold if the fines were not paid by March 3.",
                           "have the lorry impounded", "fines were not paid"));
    EXPECT_TRUE(cut_apart("The farmer was arrested on Monday and sold his herd to a dealer "
                          "in Orlow the next week, the police said.",
                          "was arrested on Monday", "sold his herd"));
}

// After a complete clause, a noun phrase headed by a superlative ("…, the longest closure the
// line has seen", "…, the region's biggest employer") is a record set against the fact, which
// other outlets state apart, change or drop.
TEST(ClaimClauseCutting, ARecordInAppositionIsASecondFact) {
    EXPECT_TRUE(cut_apart("The tunnel under the Marl estuary was shut for 19 days in August, "
                          "the longest closure the line has seen, the operator said.",
                          "shut for 19 days", "the longest closure"));
    EXPECT_TRUE(cut_apart("The brewery will cut 140 jobs at Ostvik, the town's biggest "
                          "employer, by the end of the year.",
                          "will cut 140 jobs", "biggest employer"));
    // After a possessive determiner, and after a measure spelt out in words.
    EXPECT_TRUE(cut_apart("Ticket sales at the zoo reached 12,400 on Saturday, its busiest day "
                          "since the lions arrived, the trust said.",
                          "reached 12,400", "its busiest day"));
    EXPECT_TRUE(cut_apart("The lake rose by forty centimetres overnight, the highest since "
                          "nineteen seventy.",
                          "rose by forty centimetres", "the highest since"));
    // The record-holder as the speaker stays the sentence's source.
    EXPECT_FALSE(cut_apart("The brewery at Ostvik will cut 140 jobs, the town's biggest "
                           "employer said on Friday.",
                           "will cut 140 jobs", "biggest employer"));
    // A place's rank beside no figure in digits describes the place.
    EXPECT_FALSE(cut_apart("Rebel fighters entered two villages just north of Marl, the "
                           "region's largest city, early on Friday, local radio reported.",
                           "entered two villages", "largest city"));
    // No superlative: an apposition of place stays with its clause.
    EXPECT_FALSE(cut_apart("The brewery will cut 140 jobs at Ostvik, a town on the coast, the "
                           "company said.",
                           "will cut 140 jobs", "a town on the coast"));
}

// ", none of them …" after a count says that none of the counted is in some state: a fact of
// its own, which other outlets give as "though none is …" or drop. Left in the count's clause
// it read the count itself as negated.
TEST(ClaimClauseCutting, NoneOfACountIsASecondFact) {
    EXPECT_TRUE(cut_apart("Eleven walkers were airlifted off the ridge, none of them seriously "
                          "hurt, the rescue team said.",
                          "Eleven walkers were airlifted", "none of them seriously hurt"));
    const Analysis a = analyze_texts({"Eleven walkers were airlifted off the ridge, none of them "
                                      "seriously hurt, the rescue team said."});
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            if (text_of(a, m).find("Eleven walkers") != std::string_view::npos)
                EXPECT_FALSE(m.negated) << text_of(a, m);
    // A bound on the head's own figure stays with it.
    EXPECT_FALSE(cut_apart("Six other schools also had their budgets cut, none of them by more "
                           "than 3 per cent, the board said.",
                           "budgets cut", "none of them by more"));
}

// "…, repeating that …" brings what the speaker says again, as "adding that" brings more: a
// clause of its own beside the quotation it follows.
TEST(ClaimClauseCutting, RepeatingThatOpensAClauseOfItsOwn) {
    EXPECT_TRUE(cut_apart("\"We paid every supplier on time,\" the club's treasurer said, "
                          "repeating that the accounts had been audited twice.",
                          "paid every supplier", "the accounts had been audited"));
}

// "five times as likely to …as …": the second "as" of a comparison after "times" opens no
// clause, as after "twice".
TEST(ClaimClauseCutting, TimesAsLikelyAsIsOneComparison) {
    EXPECT_FALSE(cut_apart("Young men in the district were four times as likely to be searched "
                           "as older residents, the report found.",
                           "four times", "searched as older residents"));
}

// ", out of a workforce of 900" after a count is the whole, a figure of its own that outlets
// state apart ("It employs 900 nurses"); "three out of 40 samples" with no comma is one share.
TEST(ClaimClauseCutting, AWholeSetOffByACommaIsASecondFact) {
    EXPECT_TRUE(cut_apart("The hospital has 85 nursing vacancies, according to its board, out of "
                          "a workforce of 900 nurses.",
                          "85 nursing vacancies", "a workforce of 900"));
    EXPECT_FALSE(cut_apart("Inspectors found bacteria in three out of 40 samples taken from the "
                           "reservoir on Monday.",
                           "found bacteria", "out of 40 samples"));
}

// ", which the owner said had been cleared": a relative clause with a saying of its own is a
// second fact with its own source, whether or not the clause before it gives a figure.
TEST(ClaimClauseCutting, ARelativeClauseWithItsOwnSpeakerNeedsNoFigure) {
    EXPECT_TRUE(cut_apart("Fire inspectors said they had warned the hotel about blocked exits "
                          "in the spring, which the owner said had been cleared within a week.",
                          "warned the hotel", "had been cleared"));
}

// A figure written out keeps its "and": "forty-two and a half thousand", "a hundred and twelve",
// "three hours, 12 minutes and 9 seconds" are one figure each, not two clauses (cut, the second
// half was a fragment, "a half thousand visitors came", grouped with nothing). Two clauses
// joined after a figure still are two.
TEST(ClaimClauseCutting, TheAndOfAFigureWrittenOutIsNoCut) {
    EXPECT_FALSE(cut_apart("The museum says forty-two and a half thousand visitors came through "
                           "its doors in the first month.",
                           "museum says forty-two", "visitors came through"));
    EXPECT_FALSE(cut_apart("The council says a hundred and twelve families have now been moved "
                           "out of the flats.",
                           "a hundred", "twelve families have now been moved"));
    EXPECT_FALSE(cut_apart("The winner's time of three hours, 12 minutes and 9 seconds was a "
                           "course record by almost a minute.",
                           "three hours, 12 minutes", "9 seconds was a course record"));
    EXPECT_TRUE(cut_apart("The museum sold forty-two thousand tickets in its first month and the "
                          "gift shop took more than a million crowns.",
                          "sold forty-two thousand tickets", "gift shop took"));
}

// An "after" clause with neither a figure nor a date of its own tells how its head came about
// ("closed the pool after a pump failed"): one fact, which outlets keep or drop whole. With a
// date or a figure it is an event of its own, told apart.
TEST(ClaimClauseCutting, AnAfterClauseWithoutAFigureOrDateIsTheCauseOfItsHead) {
    EXPECT_FALSE(cut_apart("The leisure centre closed its main pool after a pump in the plant "
                           "room failed during the morning session, the council said.",
                           "closed its main pool", "pump in the plant room failed"));
    EXPECT_FALSE(cut_apart("The Lakeside folk concert has been called off after the landowner "
                           "withdrew permission for the site.",
                           "called off", "landowner withdrew permission"));
    EXPECT_TRUE(cut_apart("The leisure centre closed its main pool after a pump in the plant "
                          "room failed on Thursday morning, the council said.",
                          "closed its main pool", "pump in the plant room failed"));
    EXPECT_TRUE(cut_apart("The leisure centre closed its main pool after inspectors found cracks "
                          "in 14 of its tiles, the council said.",
                          "closed its main pool", "found cracks"));
}

// ", up from 1,100 in 2024": the level at an earlier time, set off by a comma, is a figure of
// its own, which outlets state apart or change; "down from the 9% the union had asked for"
// names who gave the figure the clause's own is set against, and stays with it.
TEST(ClaimClauseCutting, AnEarlierLevelSetOffByACommaIsAFigureOfItsOwn) {
    EXPECT_TRUE(cut_apart("The library lent 2,400 e-books last month, up from 1,100 in the same "
                          "month of 2024, the council said.",
                          "lent 2,400 e-books", "up from 1,100"));
    EXPECT_TRUE(cut_apart("Anglers may keep 40 tonnes of eel next year, down from this year's 55 "
                          "tonnes.",
                          "keep 40 tonnes", "down from this year's 55 tonnes"));
    // An earlier version of the figure itself, with no earlier time named: one change.
    EXPECT_FALSE(cut_apart("The club raised its bid for the striker to 9 million euros, up from 7 "
                           "million in its opening offer.",
                           "raised its bid", "up from 7 million"));
    EXPECT_FALSE(cut_apart("Staff will get a 6% rise next year, down from the 9% the union had "
                           "asked for in March.",
                           "a 6% rise", "down from the 9%"));
}

// A number written in two words ("thirty-six") measures what follows it, as one in digits
// does: ", by nine votes to two" after "thirty-six flats" is a figure of another measure, a
// second fact. The comma of a time in hours, minutes and seconds is no cut.
TEST(ClaimClauseCutting, ANumberInTwoWordsIsMeasuredByItsNoun) {
    EXPECT_TRUE(cut_apart("The planning committee has approved a block of thirty-six flats on "
                          "the old dairy site, by nine votes to two.",
                          "thirty-six flats", "by nine votes to two"));
    EXPECT_FALSE(cut_apart("The winner of the men's race ran three hours, twenty-two minutes and "
                           "nine seconds on the new course.",
                           "ran three hours", "twenty-two minutes"));
}

// "voted 11-3 to build 240 homes": the tally and a decision with a figure of its own are two
// facts outlets give apart; "voted 11-3 to reject the plan" is one.
TEST(ClaimClauseCutting, AVoteTallyAndADecisionWithAFigureAreTwoFacts) {
    EXPECT_TRUE(cut_apart("The district board voted 11-3 on Monday evening to build 240 council "
                          "homes on the old bus depot.",
                          "voted 11-3 on Monday", "build 240 council homes"));
    EXPECT_TRUE(cut_apart("The assembly has voted by fifty-two votes to nine to cut the number of "
                          "regional hospitals to four.",
                          "fifty-two votes to nine", "cut the number of regional hospitals"));
    EXPECT_FALSE(cut_apart("The district board voted 11-3 on Monday evening to reject the plan "
                           "for the old bus depot.",
                           "voted 11-3", "reject the plan"));
}

// Before the clause's own verb, a comma closes a leading phrase ("At about half of the
// branches, fewer than six staff …") or sets off the subject's figure restated as a share
// ("About 900 people, 12 per cent of the workforce, were …"): no second fact starts there,
// whatever the measures on either side.
TEST(ClaimClauseCutting, ACommaBeforeTheClausesVerbOpensNoSecondFact) {
    EXPECT_FALSE(cut_apart("At about half of the bank's rural branches, fewer than six staff "
                           "work a full week.",
                           "half of the bank's rural branches", "fewer than six staff"));
    EXPECT_FALSE(cut_apart("According to the union, about 900 people, 12 per cent of the "
                           "workforce, were sent home on Monday.",
                           "about 900 people", "12 per cent of the workforce"));
}

// A leading "After six hours of questioning," with a figure of another measure than its
// clause's is the second fact its trailing form (", after six hours of questioning") is.
TEST(ClaimClauseCutting, ALeadingAfterPhraseWithAFigureOfItsOwnIsASecondFact) {
    EXPECT_TRUE(cut_apart("After six hours of questioning, detectives charged the two men with "
                          "stealing 40 paintings from the gallery.",
                          "six hours of questioning", "stealing 40 paintings"));
    EXPECT_FALSE(cut_apart("After the storm, crews restored power to 40,000 homes across the "
                           "county.",
                           "After the storm", "restored power"));
}

// "Tova will get 60% of the fund and Brill the remaining 40%": a whole split in two is one
// fact, the split; "40 beds were added in Arlen and 12 in the suburbs" is two.
TEST(ClaimClauseCutting, TheRestOfAWholeSplitInTwoIsOneFact) {
    EXPECT_FALSE(cut_apart("Under the settlement, Tova will get 60% of the fund and Brill the "
                           "remaining 40%.",
                           "Tova will get 60%", "Brill the remaining 40%"));
    EXPECT_TRUE(cut_apart("Under the plan, the hospital will add 40 beds in Arlen and 12 in the "
                          "suburbs by next spring.",
                          "40 beds in Arlen", "12 in the suburbs"));
}

// ", and members who hold a pass can ask for a credit": after ", and" a subject with a
// relative clause, then a modal, opens a second statement, whether or not the lexicon knows
// the relative clause's verb.
TEST(ClaimClauseCutting, ASubjectWithAnUnsetRelativeClauseAfterAndOpensASecondFact) {
    EXPECT_TRUE(cut_apart("The gym will stay shut until Friday for repairs to its roof, and "
                          "members who hold a pass for the month can ask for a credit at the front desk.",
                          "stay shut until Friday", "ask for a credit"));
}

// ", or members can ask for a credit": after ", or" a short subject and a modal state an
// alternative as a fact of its own; ", or about 12%" restates a figure and stays.
TEST(ClaimClauseCutting, AnAlternativeWithItsOwnSubjectAndModalIsASecondFact) {
    EXPECT_TRUE(cut_apart("Classes move to the town hall from Monday, the club says, or members "
                          "can ask for a credit until the end of May.",
                          "move to the town hall", "ask for a credit"));
    EXPECT_FALSE(cut_apart("The club lost 140 members last year, or about 12% of its total, the "
                           "treasurer said.",
                           "lost 140 members", "about 12% of its total"));
}


// A figure of time after "since", "after" or "before" is a date, not the subject of a clause:
// "every booking since twenty twenty-one will be refunded" is one statement, whose "will" is
// its own verb, not a subordinate clause's.
TEST(ClaimClauseCutting, AYearAfterSinceIsNoSubordinateClause) {
    EXPECT_FALSE(cut_apart("The airline says every booking since twenty twenty-one will be "
                           "refunded in full.",
                           "every booking", "will be refunded"));
    EXPECT_FALSE(cut_apart("The regulator said every licence issued since 2018 will be checked "
                           "again.",
                           "every licence", "will be checked"));
    // A subject of its own after "since" still opens a clause.
    EXPECT_TRUE(cut_apart("The bakery stopped opening on Sundays after two of its bakers "
                          "retired last spring.",
                          "stopped opening", "bakers retired"));
}

// A time of day placed against another event (", about six hours before the polls opened")
// restates when, one fact; outlets that change the gap change that fact.
TEST(ClaimClauseCutting, AnOffsetFromATimeIsOneFactWithIt) {
    EXPECT_FALSE(cut_apart("The ballot boxes left the depot at 11.15 p.m. on Sunday, about six "
                           "hours before the polls opened, the election office said.",
                           "11.15 p.m.", "six hours before"));
    EXPECT_FALSE(cut_apart("The ferry sailed at 6:05 a.m. on Friday, some 40 minutes after the "
                           "storm warning was lifted.",
                           "6:05 a.m.", "40 minutes after"));
    // Without a time or a date before it, a duration is a fact of its own.
    EXPECT_TRUE(cut_apart("The council paid the contractor 2.4 million euros, 18 months after "
                          "the work was finished.",
                          "2.4 million euros", "18 months after"));
}


// A plural subject's present tense has no "-s" ("Firefighters, who …, fear …"): after a
// relative clause with a fact of its own, a bare verb before its object is the clause's verb,
// and the relative clause is cut off as a singular subject's would be ("The trust, which …,
// opposes …").
TEST(ClaimClauseCutting, APluralSubjectsRelativeClauseIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("Firefighters, who have sent 40 engines to the blaze since dawn, fear "
                          "the wind could carry it to the village.",
                          "40 engines", "fear the wind"));
    EXPECT_TRUE(cut_apart("Residents, who have raised 12,000 euros for the repairs, want the "
                          "council to pay the rest.",
                          "12,000 euros", "want the council"));
}


// ", some of them in wheelchairs": some of a count in a state of their own is a fact of its
// own, as ", 900 of them in the capital" is.
TEST(ClaimClauseCutting, SomeOfACountIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("About 2,300 runners finished the race on Sunday, some of them after "
                          "midnight.",
                          "2,300 runners", "after midnight"));
    EXPECT_TRUE(cut_apart("The ferry carried 85 passengers, some of them in wheelchairs.",
                          "85 passengers", "wheelchairs"));
}


// A temperature is a measure of its own: after a height or a length, ", in temperatures of
// minus 12C" is a second fact (how cold), which outlets give or change apart.
TEST(ClaimClauseCutting, ATemperatureIsAMeasureOfItsOwn) {
    EXPECT_TRUE(cut_apart("The climbers waited on a ledge 300 metres (about 1,000 feet) below the "
                          "summit, in temperatures of minus 12C (10F).",
                          "300 metres", "minus 12C"));
    EXPECT_TRUE(cut_apart("The climbers waited on a ledge 300 metres below the summit, in "
                          "temperatures of minus twelve degrees.",
                          "300 metres", "minus twelve degrees"));
}


// A relative clause whose verb is a multiple (", which would have doubled …") brings a
// figure of its own, as one with digits does.
TEST(ClaimClauseCutting, ARelativeClauseWithAMultipleIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("The council turned down plans for a new terminal at the port, which "
                          "would have tripled its cargo traffic.",
                          "new terminal", "tripled its cargo"));
    // Without a figure or a multiple the relative clause stays with its clause.
    EXPECT_FALSE(cut_apart("The council turned down plans for a new terminal at the port, which "
                           "would have blocked the harbour view.",
                           "new terminal", "blocked the harbour"));
}


// A trailing ", whose …" clause with a verb of its own tells a fact about the noun before it
// (its owner, its head), with or without a figure.
TEST(ClaimClauseCutting, ATrailingWhoseClauseIsAFactOfItsOwn) {
    EXPECT_TRUE(cut_apart("The contract went to a small haulage firm in the valley, whose founder "
                          "is said to have lent money to the mayor.",
                          "haulage firm", "founder is said"));
}


// "has apologised and says …": a present tense after a participle is no second participle of
// one passive act ("were fined and struck off") but a predicate of its own.
TEST(ClaimClauseCutting, APresentTenseAfterAParticipleOpensASecondPredicate) {
    EXPECT_TRUE(cut_apart("The bus company has apologised and says every ticket will be "
                          "refunded by Friday.",
                          "has apologised", "every ticket will be refunded"));
    EXPECT_FALSE(cut_apart("Two managers were fined and struck off by the tribunal on Monday.",
                           "fined", "struck off"));
}


// "The board, which also leases the quay, …": an adverb between the relative word and its
// present tense in "-s" leaves it a relative clause of its own.
TEST(ClaimClauseCutting, AnAdverbBeforeARelativeClausesPresentTenseKeepsItARelativeClause) {
    EXPECT_TRUE(cut_apart("The harbour board, which also leases the quay, was not told of the "
                          "closure until Monday.",
                          "also leases the quay", "was not told"));
}

} // namespace
} // namespace wiretrace
