// Hedge and polarity differences are flagged only where the rules read both sides with
// confidence and the two outlets say the thing the cue qualifies (claim_compare_cues.cpp:
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

// Hedges said in the forms the cue patterns first missed: an adverb between the modal and its
// verb ("could still reopen"), "likely" as a predicate ("further delays were likely") and the
// forecast's passive without an infinitive ("a ruling is expected in May"); and a word of belief
// used as a noun ("the suspects") that hedges nothing.
TEST(ClaimHedgeConfidence, HedgesSaidInOtherFormsAreRead) {
    const std::string wire =
        "The harbour authority said the north pier could still reopen before the summer season. "
        "Engineers at the authority said further delays were likely if the storms continued. A "
        "ruling on the pier's future is expected to be made in May.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The harbour authority said the north pier would reopen before the summer season. "
         "Engineers at the authority said further delays would follow if the storms continued. "
         "A ruling on the pier's future is expected in May.\n"});
    const std::string d = details(a, 2);
    EXPECT_NE(d.find("could"), std::string::npos) << d;
    EXPECT_NE(d.find("likely"), std::string::npos) << d;
    EXPECT_EQ(d.find("expected"), std::string::npos) << d;
}

TEST(ClaimHedgeConfidence, ANounOfBeliefHedgesNothing) {
    const std::string wire = "Police in Varn arrested three people on Monday over a string of "
                             "burglaries. The three, two men and a woman, are aged between 22 "
                             "and 35, police said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Police in Varn arrested three people on Monday over a string of burglaries. The "
         "suspects, two men and a woman, are aged between 22 and 35, police said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
}

// "were still without heating" says what "still had no heating" says, in a word of absence the
// negation patterns do not read: not sure, so a note, not a flag. A plain affirmative is flagged.
TEST(ClaimHedgeConfidence, AWordOfAbsenceIsANoteNotAFlippedPolarity) {
    const std::string wire = "About 3,000 homes in Dalby still had no heating on Sunday "
                             "morning, the gas utility said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "About 3,000 homes in Dalby were still without heating on Sunday morning, the gas "
         "utility said.\n",
         "About 3,000 homes in Dalby still had heating on Sunday morning, the gas utility "
         "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("without"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// "turned down the licence" says what "refused to grant the licence" says, with a verb of
// refusal the negation reader leaves plain: a note, not "states it without the negation". An
// outlet that says the licence was granted still states the opposite.
TEST(ClaimHedgeConfidence, AVerbOfRefusalIsANoteNotADroppedNegation) {
    const std::string wire = "The fisheries board refused to grant Halsey Seafoods a licence "
                             "for a salmon farm in Brora bay on Monday.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The fisheries board turned down Halsey Seafoods' application for a licence for a "
         "salmon farm in Brora bay on Monday.\n",
         "The fisheries board granted Halsey Seafoods a licence for a salmon farm in Brora bay "
         "on Monday.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("refusal"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// "the first time the board has closed a school since 2015" says what "has not closed a school
// since 2015" says: the same polarity in other words, no flag and no note.
TEST(ClaimHedgeConfidence, TheFirstSinceIsTheNegationsNoneSince) {
    const std::string first = "It is the first time the Velm education board has closed a "
                              "village school since 2015.\n";
    Analysis a = analyze_texts(
        {first, first,
         "The Velm education board has not closed a village school since 2015.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_EQ(notes_of(a, 2).find("opposite"), std::string::npos) << notes_of(a, 2);
}

// "the first time … has been …" says what "No … had ever been …" and "had never before been …"
// and "No … in its history" say; a negation of another time ("No ferry has been cancelled this
// week") is still the opposite.
TEST(ClaimHedgeConfidence, TheFirstTimeIsNoneEverOrInItsHistory) {
    const std::string first = "It is the first time a Tolver cup final has been abandoned "
                              "since the competition began in 1971.\n";
    Analysis a = analyze_texts(
        {first, first,
         "No Tolver cup final had been abandoned in the competition's history, which goes back "
         "to 1971.\n",
         "No Tolver cup final had ever been abandoned since the competition began in 1971.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
    const std::string week = "A Tolver cup final was abandoned this week after the floodlights "
                             "failed.\n";
    Analysis b = analyze_texts(
        {week, week, "No Tolver cup final was abandoned this week after the floodlights failed.\n"});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
}

// "will be unaffected" is the un- form of what "would not affect" denies: the same polarity,
// read with confidence (no flag, no note).
TEST(ClaimHedgeConfidence, APrivativeFormOfTheDeniedWordIsTheSamePolarity) {
    const std::string wire = "The union said the strike would not affect emergency care at "
                             "the Harlan hospital.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Emergency care at the Harlan hospital will be unaffected by the strike, the union "
         "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_EQ(notes_of(a, 2).find("unaffected"), std::string::npos) << notes_of(a, 2);
}

// "put the cost at about €400 million" is the analysts' estimate, as hedged as "is likely to
// cost", in a verb the hedge patterns do not read: a note. "will cost" is the hedge dropped.
TEST(ClaimHedgeConfidence, AnEstimateInOtherWordsIsANoteNotADroppedHedge) {
    const std::string wire = "The storm is likely to cost insurers about 400 million euros, "
                             "analysts at Vell Re said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Analysts at Vell Re put the cost of the storm to insurers at about 400 million "
         "euros.\n",
         "The storm will cost insurers about 400 million euros, analysts at Vell Re said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("put \xE2\x80\xA6 at"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
}

// "the inquiry's findings suggest the keepers were told to …" is what the evidence points to, as
// hedged as "the keepers appear to have been told to …": a note, not a hedge dropped. "The
// keepers were told to …" states it: flagged.
TEST(ClaimHedgeConfidence, WhatTheEvidenceSuggestsIsANoteNotADroppedHedge) {
    const std::string wire = "Lighthouse keepers on Fenna island appear to have been told to "
                             "skip the night inspections, the coastguard inquiry said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The coastguard inquiry's evidence suggests lighthouse keepers on Fenna island were "
         "told to skip the night inspections.\n",
         "Lighthouse keepers on Fenna island were told to skip the night inspections, the "
         "coastguard inquiry said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
}

// "hopes to reopen", "had not yet decided whether to reopen", "is still deciding whether to
// reopen": an aim and a decision not yet taken, hedged as "is considering reopening" is; an
// outlet that writes "will reopen" states the outcome: flagged. Against "is considering" they
// agree, and "had not decided whether" denies no reopening.
TEST(ClaimHedgeConfidence, AHopeAndADecisionNotYetTakenAreHedges) {
    const std::string will = "The Skarne museum will reopen its west wing in June, the director "
                             "said.\n";
    const std::string considering = "The Skarne museum is considering reopening its west wing in "
                                    "June, the director said.\n";
    const std::string hopes = "The Skarne museum hopes to reopen its west wing in June, the "
                              "director said.\n";
    const std::string undecided = "The Skarne museum had not yet decided whether to reopen its "
                                  "west wing in June, the director said.\n";
    Analysis a = analyze_texts({will, will, hopes, undecided});
    EXPECT_TRUE(mention(a, "hopes to reopen", 2).hedged);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(mention(a, "not yet decided", 3).hedged);
    EXPECT_FALSE(mention(a, "not yet decided", 3).negated);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
    Analysis b = analyze_texts({considering, considering, hopes, undecided,
                                "The Skarne museum is still deciding whether to reopen its west "
                                "wing in June, the director said.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Hedge)) << details(b, 2);
    EXPECT_FALSE(flags(b, 3, DifferenceKind::Hedge)) << details(b, 3);
    EXPECT_FALSE(flags(b, 3, DifferenceKind::Negation)) << details(b, 3);
    EXPECT_TRUE(mention(b, "still deciding", 4).hedged);
}

// "was considering an appeal" against "will not appeal": the others report a decision not yet
// taken, this outlet that decision taken the other way. The negation is flagged, once (not also
// as the hedge dropped); a hedge of another kind against a plain negation is still no
// contradiction ("appeared to" leaves room for "did not").
TEST(ClaimHedgeConfidence, ADecisionUnderDeliberationAgainstItsRefusalIsANegation) {
    const std::string wire = "The Tarsk ferry company was considering an appeal against the "
                             "harbour fine, a spokesman said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The Tarsk ferry company will not appeal against the harbour fine, a spokesman said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    const std::string seems = "The Tarsk ferry company appeared to accept the harbour fine, a "
                              "spokesman said.\n";
    Analysis b = analyze_texts(
        {seems, seems,
         "The Tarsk ferry company did not accept the harbour fine, a spokesman said.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
}

// "some of them could fall ill again" against "none of them would fall ill again": a
// possibility of the act against its denial, two forecasts that cannot both hold; the negation
// is flagged (and not also the hedge dropped).
TEST(ClaimHedgeConfidence, APossibilityAgainstItsDenialIsANegation) {
    const std::string wire = "The Marn vet warned that some of them could fall ill again.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The Marn vet added that she was confident none of them would fall ill again.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
}

// "was in all likelihood caused by", "looks set to": as hedged as "probably" and "appears set
// to"; an outlet that states the cause or the outcome drops the hedge. "is set to" alone
// schedules, as "is due to" does: no hedge.
TEST(ClaimHedgeConfidence, InAllLikelihoodAndLooksSetToAreHedges) {
    const std::string plain = "The collapse of the Brenn footbridge was caused by corrosion of "
                              "its steel cables, the engineers said.\n";
    Analysis a = analyze_texts(
        {plain, plain,
         "The collapse of the Brenn footbridge was in all likelihood caused by corrosion of its "
         "steel cables, the engineers said.\n",
         "The Ravel dock strike looks set to continue into next week.\n",
         "The Ravel dock strike is set to continue into next week.\n"});
    EXPECT_TRUE(mention(a, "in all likelihood", 2).hedged);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(mention(a, "looks set to", 3).hedged);
    EXPECT_FALSE(mention(a, "is set to", 4).hedged);
}

// "could still be closed", "may be to blame": a possible passive and a possible state, hedged;
// "would be closed" and "were to blame" state them. "could be jailed if convicted" is a
// condition's consequence, as firm as "faces jail if convicted".
TEST(ClaimHedgeConfidence, APossibleStateOrPassiveIsAHedge) {
    const std::string wire =
        "The council said up to 40 libraries could still be closed next year. Inspectors said "
        "faulty wiring may be to blame for the fire at the depot. The driver could be jailed "
        "for five years if convicted, the prosecutor said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The council said 40 libraries would be closed next year. Inspectors said faulty "
         "wiring was to blame for the fire at the depot. The driver faces five years in jail if "
         "convicted, the prosecutor said.\n"});
    const std::string d = details(a, 2);
    EXPECT_NE(d.find("could"), std::string::npos) << d;
    EXPECT_NE(d.find("may be"), std::string::npos) << d;
    EXPECT_EQ(d.find("could be jailed"), std::string::npos) << d;
}

// "Smoke could be seen from the ring road": what could be perceived, a past ability, as firm as
// "Smoke was seen from the ring road".
TEST(ClaimHedgeConfidence, WhatCouldBeSeenIsNoHedge) {
    const std::string wire = "Thick black smoke from the warehouse fire in Tolna could be seen "
                             "from the ring road on Tuesday, firefighters said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Thick black smoke from the warehouse fire in Tolna was seen from the ring road on "
         "Tuesday, firefighters said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
}

// "the inspectors could find no trace of the missing ledgers": a past ability with what was
// found negated, as firm as "found no trace"; no possibility, so no hedge added. "could find"
// without a negator after it ("could find a buyer") is still a possibility.
TEST(ClaimHedgeConfidence, CouldFindNoIsAFindingNotAHedge) {
    const std::string wire = "The inspectors found no trace of the missing ledgers at the Vellin "
                             "depot, the port authority said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The inspectors could find no trace of the missing ledgers at the Vellin depot, the "
         "port authority said.\n",
         "The Vellin depot could find a buyer by the summer, the port authority said.\n"});
    EXPECT_FALSE(mention(a, "could find no trace", 2).hedged);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(mention(a, "could find a buyer", 3).hedged);
}

// "were abandoned before picking" names the picking only after "before", which does not say it
// happened: against "were never picked" the polarity is not sure, a note. "were picked" states it.
TEST(ClaimHedgeConfidence, WhatIsDeniedNamedOnlyAfterBeforeIsANote) {
    const std::string wire = "About 9,000 tonnes of apples on the Lund estates were never "
                             "picked this autumn, the growers' association said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "About 9,000 tonnes of apples on the Lund estates were abandoned before picking this "
         "autumn, the growers' association said.\n",
         "About 9,000 tonnes of apples on the Lund estates were picked this autumn, the "
         "growers' association said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("before"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// Idioms with "no" and "not" that deny nothing the clause states ("no matter what", "not least
// because", "not just"), and hedges of a toll or a chance said with a copula ("are feared dead",
// "further delays are possible").
TEST(ClaimHedgeConfidence, IdiomsOfNoAndNotNegateNothing) {
    Analysis a = analyze_texts(
        {"No matter what the divers find, the Kell bridge will reopen in May, the council "
         "said.\n",
         "The council shut the Kell bridge in March, not least because of the cracks divers "
         "found in two of its piers.\n"});
    EXPECT_FALSE(mention(a, "will reopen in May").negated);
    EXPECT_FALSE(mention(a, "shut the Kell bridge").negated);
}

TEST(ClaimHedgeConfidence, AFearedTollAndAPossibleDelayAreHedged) {
    const std::string wire = "Four climbers died in an avalanche on Mount Kell on Saturday, "
                             "mountain rescue said. Ferry crossings to Orme will be delayed "
                             "again next week, the operator said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Four climbers are feared dead after an avalanche on Mount Kell on Saturday, mountain "
         "rescue said. Further delays to ferry crossings to Orme are possible next week, the "
         "operator said.\n"});
    EXPECT_TRUE(mention(a, "feared dead", 2).hedged);
    EXPECT_TRUE(mention(a, "are possible", 2).hedged);
    EXPECT_NE(details(a, 2).find("feared"), std::string::npos) << details(a, 2);
}

// Polarity composes: a denial of a negated claim affirms it. "rejected claims that the cranes
// had not been inspected" states what "insisted that the cranes had been inspected" states; "did
// not deny that they had not been inspected" states the opposite. The mention is read as the
// outlet states it, so the one that insists is not negated and the one that did not deny is.
TEST(ClaimHedgeConfidence, ADenialOfANegatedClaimAffirmsIt) {
    const std::string wire = "The port authority rejected claims that the harbour cranes had "
                             "not been inspected before the storm.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The port authority insisted that the harbour cranes had been inspected before the "
         "storm.\n",
         "The port authority did not deny that the harbour cranes had not been inspected "
         "before the storm.\n"});
    EXPECT_FALSE(mention(a, "rejected claims", 0).negated);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
    // The same denial in the passive, after the claim, affirms too.
    Analysis p = analyze_texts({"Claims that the harbour cranes had not been inspected were "
                                "rejected by the port authority.\n"});
    EXPECT_FALSE(mention(p, "had not been inspected").negated);
    // A negation in a relative clause after the denied claim is not what is denied.
    Analysis b = analyze_texts({"The ministry denied claims by farmers who had not been paid "
                                "for the grain.\n"});
    EXPECT_TRUE(mention(b, "denied claims").negated);
}

// A refusal said through what was asked ("rejected demands from supporters to sell") is the
// refusal "has refused to sell" states: the same polarity. Agreeing to sell is the opposite.
TEST(ClaimHedgeConfidence, RejectingWhatWasAskedIsARefusal) {
    const std::string wire = "The club's chairman rejected demands from supporters to sell the "
                             "Orla Road stadium to the city.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The club's chairman has refused to sell the Orla Road stadium to the city.\n",
         "The club's chairman agreed to sell the Orla Road stadium to the city.\n"});
    EXPECT_TRUE(mention(a, "rejected demands", 0).negated);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
    // An offer turned down names no act asked for: nothing is negated.
    Analysis b = analyze_texts({"The club's chairman rejected the offer from the city.\n"});
    EXPECT_FALSE(mention(b, "rejected the offer").negated);
}

// "The likeliest cause", "a likelier explanation": the graded adjective of likelihood in one
// word hedges as "the most likely cause" does.
TEST(ClaimHedgeConfidence, TheLikeliestCauseIsHedged) {
    const std::string wire = "A worn seal probably caused the leak at the Brenn pumping station, "
                             "engineers said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The likeliest cause of the leak at the Brenn pumping station was a worn seal, "
         "engineers said.\n",
         "A worn seal caused the leak at the Brenn pumping station, engineers said.\n"});
    EXPECT_TRUE(mention(a, "likeliest", 2).hedged);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
}

// "rejected claims that the ferry had not been inspected in time" against "denied that the
// ferry was inspected too late": a resolved double negative against a plain denial, the words
// under the negations different ("too late" for "not in time"): the same fact or its opposite,
// which the rules cannot tell: a note, not a flag. Under the same words it is a flip.
TEST(ClaimHedgeConfidence, ADoubleNegativeInOtherWordsIsANote) {
    const std::string wire = "Harlan Ferries rejected claims that the Orla ferry had not been "
                             "inspected in time.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Harlan Ferries denied that the Orla ferry had been inspected too late.\n",
         "Harlan Ferries did not deny that the Orla ferry had not been inspected in time.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("negated claim"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// "Every flight was cleared for take-off" against "No flight has been held on the ground": a
// universal of another predicate is the same claim or its contrary, a note. "Some flights have
// been held on the ground" is a flip, and so is "all … held" of the same predicate.
TEST(ClaimHedgeConfidence, AUniversalOfAnotherPredicateIsANote) {
    const std::string wire = "No flight leaving Kessby airport has been held on the ground, the "
                             "airport said.\n";
    auto against = [&](const std::string& other) { return analyze_texts({wire, wire, other}); };
    Analysis every = against(
        "Every flight leaving Kessby airport was cleared for take-off, the airport said.\n");
    EXPECT_FALSE(flags(every, 2, DifferenceKind::Negation)) << details(every, 2);
    EXPECT_NE(notes_of(every, 2).find("every"), std::string::npos) << notes_of(every, 2);
    Analysis some = against(
        "Some flights leaving Kessby airport have been held on the ground, the airport said.\n");
    EXPECT_TRUE(flags(some, 2, DifferenceKind::Negation)) << details(some, 2);
    Analysis all = against(
        "All flights leaving Kessby airport have been held on the ground, the airport said.\n");
    EXPECT_TRUE(flags(all, 2, DifferenceKind::Negation)) << details(all, 2);
}

} // namespace

// A negation one outlet adds is the opposite of the others' statement only where they state
// the predicate it denies: "did not say when sailings would resume" denies the saying, which the
// plain outlets do not state; "will not resume sailings" denies their very verb. A denial by one
// party of what another party claims ("the owner denied that …" against "residents have blamed
// …") is a dispute, each side's claim reported; the owner's denial against the owner's own
// confirmation is the opposite. The unsure ones are notes.
TEST(ClaimHedgeConfidence, ANegationAddedIsFlaggedOnlyOfThePredicateTheOthersState) {
    const std::string wire = "The ferry operator will resume sailings to Ostby on Friday "
                             "after the storm damage to the pier is repaired.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The ferry operator did not say when sailings to Ostby would resume after the storm "
         "damage to the pier.\n",
         "The ferry operator will not resume sailings to Ostby on Friday after the storm damage "
         "to the pier.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("does not state"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);

    const std::string blamed = "Residents of Elm Road have blamed blasting at the Harwick quarry "
                               "for cracks in the walls of their houses.\n";
    Analysis b = analyze_texts(
        {blamed, blamed,
         "The quarry's owner denied that blasting at the Harwick quarry had caused cracks in the "
         "walls of houses on Elm Road.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
    const std::string confirmed = "The quarry's owner confirmed that blasting at the Harwick "
                                  "quarry had caused cracks in the walls of houses on Elm Road.\n";
    Analysis c = analyze_texts(
        {confirmed, confirmed,
         "The quarry's owner denied that blasting at the Harwick quarry had caused cracks in the "
         "walls of houses on Elm Road.\n"});
    EXPECT_TRUE(flags(c, 2, DifferenceKind::Negation)) << details(c, 2);
}

// A "no" before a noun denies the predicate after the noun group: "No Pella libraries have been
// sold" names the libraries the others name, but denies a sale they do not state: two
// propositions, a note. "No Pella libraries have been closed" against "closed two Pella
// libraries" is the opposite: flagged.
TEST(ClaimHedgeConfidence, ANoBeforeANounIsFlaggedOnlyOfThePredicateTheOthersState) {
    const std::string wire = "The council closed two Pella libraries on Monday, citing the cost "
                             "of repairs.\n";
    Analysis a = analyze_texts(
        {wire, wire, "No Pella libraries have been sold by the council, citing the cost of "
                     "repairs.\n",
         "No Pella libraries have been closed by the council, citing the cost of repairs.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// "had been expected at the terminal" holds the reference's own hedge word, "expected", in a
// construction the hedge patterns do not read: the same caution may be there, so a note, not a
// flag. A clause without it states the forecast as fact: flagged.
TEST(ClaimHedgeConfidence, TheReferencesHedgeWordInAnotherConstructionIsANote) {
    const std::string wire = "The new ferry terminal was expected to handle 40 sailings a day.\n";
    Analysis a = analyze_texts({wire, wire,
                                "Some 40 sailings a day had been expected at the new ferry "
                                "terminal.\n",
                                "The new ferry terminal will handle 40 sailings a day.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
}

// "would let the library open on Sundays" says what becomes possible, as "could open" does: the
// outlet's "could" is no caution added, a note. Against a plain "will open", "could" is flagged.
TEST(ClaimHedgeConfidence, AVerbOfEnablingIsTheCouldInOtherWords) {
    const std::string could = "The librarian said the library could open on Sundays from April.\n";
    const std::string let = "The librarian said the new grant would let the library open on "
                            "Sundays from April.\n";
    Analysis a = analyze_texts({let, let, could});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    const std::string will = "The librarian said the library will open on Sundays from April.\n";
    Analysis b = analyze_texts({will, will, could});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Hedge)) << details(b, 2);
}

// A negation reported in indirect speech ("says the new pump cannot cope") meets the same
// negation inside the other outlets' quotation marks: the same polarity, not "states the
// opposite" (the polarity is read from an outlet's own words, not from those it quotes).
TEST(ClaimHedgeConfidence, ANegationInsideTheQuoteIsTheReportedOnesPolarity) {
    const std::string wire = "\xE2\x80\x9CWe installed a new pump that cannot cope with the "
                             "spring floods,\xE2\x80\x9D said Oskar Lind, the lock keeper.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Lock keeper Oskar Lind says they installed a new pump that cannot cope with the "
         "spring floods.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
}

// Reported speech shifts the quoted negator: "“The channel cannot be dredged …”" becomes "said
// the channel could not be dredged …", "“We won't …”" becomes "said they would not …". The
// same polarity as the quotation, not "states the opposite".
TEST(ClaimHedgeConfidence, AQuotedCannotReportedAsCouldNotIsTheSamePolarity) {
    const std::string wire = "\xE2\x80\x9CThe harbour channel cannot be dredged before the "
                             "herring season ends,\xE2\x80\x9D said Maja Holt, the harbour "
                             "master.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Harbour master Maja Holt said the harbour channel could not be dredged before the "
         "herring season ends.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
}

// A hedge passed on inside quotation marks ("said the valley was “likely to lose its last
// dairy”") is the speaker's caution: an outlet that states the same plainly, quoting nothing,
// drops it.
TEST(ClaimHedgeConfidence, AHedgeInsideAPartialQuoteIsDroppedByAPlainReport) {
    const std::string wire = "Farm Minister Ola Brekke said the valley was \xE2\x80\x9Clikely to "
                             "lose its last dairy\xE2\x80\x9D within a year.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Farm Minister Ola Brekke said the valley would lose its last dairy within a year.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_NE(details(a, 2).find("likely to"), std::string::npos) << details(a, 2);
}

// "the closure could cut visitor numbers by as much as 40% and [put some of its members out of
// business]": the second half of a coordination shares the first half's modal, which lies
// outside its clause. Against an outlet's "may", that clause is not read as plain: a note, not
// "hedges it".
TEST(ClaimHedgeConfidence, TheSecondHalfOfACoordinationSharesItsModal) {
    const std::string wire = "The Valley Traders' Guild, which represents shopkeepers, said the "
                             "road closure could cut visitor numbers by as much as 40% and put "
                             "some of its members out of business.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Visitor numbers could drop by up to two-fifths, the guild warned, and some of its "
         "members may be put out of business.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("continues a coordination"), std::string::npos)
        << notes_of(a, 2);
}

// "was considering whether to revoke the licence" hedges the revoking: against an outlet that
// writes "will revoke the licence" the hedge is dropped. A clause beside it that names nothing
// deliberated (the stadium's capacity, credited to the same board in a relative clause) states
// no decision taken, and drops no hedge.
TEST(ClaimHedgeConfidence, ADeliberationHedgesOnlyWhatIsDeliberated) {
    const std::string wire = "The licensing board said it was considering whether to revoke the "
                             "Marl Rovers stadium licence.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The licensing board said it would revoke the Marl Rovers stadium licence.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    const std::string holds = "The Marl Rovers stadium holds 12,000 fans, the licensing board "
                              "said on Monday.\n";
    Analysis b = analyze_texts(
        {holds, holds,
         "The Marl Rovers stadium holds 12,000 fans, according to the licensing board, which "
         "said it was considering whether to revoke the club's licence.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Hedge)) << details(b, 2);
}

// "Charges … are being considered", "is under consideration": the deliberation in the passive,
// as hedged as "were weighing whether to bring charges"; "will be brought" states it decided.
TEST(ClaimHedgeConfidence, ADeliberationInThePassiveIsAHedge) {
    const std::string wire = "Prosecutors said they were weighing whether to bring criminal "
                             "charges against the captain of the Orm ferry.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Criminal charges against the captain of the Orm ferry are being considered.\n",
         "Criminal charges against the captain of the Orm ferry are under consideration.\n",
         "Criminal charges will be brought against the captain of the Orm ferry.\n"});
    EXPECT_TRUE(mention(a, "being considered", 2).hedged);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(mention(a, "under consideration", 3).hedged);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    EXPECT_TRUE(flags(a, 4, DifferenceKind::Hedge)) << details(a, 4);
}

// "would most likely reach": the adverb graded between the modal and its verb hedges as "will
// likely" does; the outlet that writes "would reach" drops it.
TEST(ClaimHedgeConfidence, AGradedLikelyAfterTheModalIsAHedge) {
    const std::string wire = "The weather service said the storm would most likely reach the "
                             "Varn coast on Sunday.\n";
    Analysis a = analyze_texts(
        {wire, wire, "The weather service said the storm would reach the Varn coast on Sunday.\n"});
    EXPECT_TRUE(mention(a, "most likely", 0).hedged);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
}

// "is separate from the inquiry into the spills" says what "does not relate to the spills"
// says, in a word of apartness the negation patterns do not read: a note, not a flag. An outlet
// that says the fine covers the spills states the opposite.
TEST(ClaimHedgeConfidence, AWordOfApartnessIsANoteNotADroppedNegation) {
    const std::string wire = "The Dalby Water fine does not relate to the river spills at "
                             "Orrin, the regulator said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The Dalby Water fine is separate from the inquiry into the river spills at Orrin, the "
         "regulator said.\n",
         "The Dalby Water fine also relates to the river spills at Orrin, the regulator said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("separate from"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// "is exempt from the new quota" says what "will not count against the new quota" says, a rule
// that does not apply, in a word of release the negation patterns do not read: a note, and the
// outlet that says it counts is the one marked, not the wire with its "will not".
TEST(ClaimHedgeConfidence, ExemptFromIsANoteNotADroppedNegation) {
    Analysis a = analyze_texts(
        {"Shrimp caught by the Varn trawlers will not count against the new quota, the agreement "
         "says.\n",
         "Shrimp caught by the Varn trawlers will count against the new quota.\n",
         "Shrimp caught by the Varn trawlers is exempt from the new quota, according to the "
         "agreement.\n"});
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Negation)) << details(a, 0);
    EXPECT_TRUE(flags(a, 1, DifferenceKind::Negation)) << details(a, 1);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("exempt from"), std::string::npos) << notes_of(a, 2);
}

// Reported speech turns a negating pronoun into a verbal negation: "said they had not been
// warned about the flood" reports the quotation “Nobody warned us about the flood”, the same
// polarity. A quotation whose negator denies something else (“We were warned about the flood.
// Nobody came to help”) is not that negation reported.
TEST(ClaimHedgeConfidence, ANegationReportedInOtherWordsKeepsTheQuotesPolarity) {
    const std::string quote = "\"Nobody warned us about the flood on the Orrin road,\" said Kai "
                              "Brenn, who farms near Orrin.\n";
    Analysis a = analyze_texts(
        {quote, quote,
         "Kai Brenn, who farms near Orrin, said they had not been warned about the flood on the "
         "Orrin road.\n"});
    EXPECT_TRUE(mention(a, "not been warned", 2).negated);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    const std::string other = "\"We were warned about the flood on the Orrin road. Nobody came "
                              "to help,\" said Kai Brenn, who farms near Orrin.\n";
    Analysis b = analyze_texts(
        {other, other,
         "Kai Brenn, who farms near Orrin, said they had not been warned about the flood on the "
         "Orrin road.\n"});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Negation)) << details(b, 2);
}

// "said there could be an independent review": what may come to exist, as hedged as "there may
// be"; against "promised an independent review" the outlet adds the hedge.
TEST(ClaimHedgeConfidence, ThereCouldBeIsAHedge) {
    const std::string wire = "The Orrin mayor promised an independent review of the flood "
                             "warnings.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The Orrin mayor said there could be an independent review of the flood warnings.\n"});
    EXPECT_TRUE(mention(a, "could be", 2).hedged);
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
}

// "stand to lose as much as", "stands to gain": what the subject may come to lose or gain, as
// hedged as "could lose up to"; an outlet that writes "will lose" states it. "It stands to
// reason" is an idiom, no hedge.
TEST(ClaimHedgeConfidence, StandToIsAHedge) {
    const std::string could = "Orchard growers in the Vell valley could lose up to 4 million "
                              "euros after the frost, their cooperative said.\n";
    Analysis a = analyze_texts(
        {could, could,
         "Orchard growers in the Vell valley stand to lose as much as 4 million euros after the "
         "frost, their cooperative said.\n",
         "Orchard growers in the Vell valley will lose 4 million euros after the frost, their "
         "cooperative said.\n"});
    EXPECT_TRUE(mention(a, "stand to lose", 2).hedged);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    Analysis b = analyze_texts(
        {"It stands to reason that the ferry fares will rise in March, the operator said.\n"});
    EXPECT_FALSE(mention(b, "stands to reason", 0).hedged);
}

// "could take up to three weeks to repair" against "will stay shut for up to three weeks": the
// modal's verb measures a figure, so the modal hedges the figure, and the outlet that states
// that figure as certain drops the hedge, whatever verb it measures it with. An outlet that
// gives the figure with a modal of its own keeps it.
TEST(ClaimHedgeConfidence, AHedgedFigureStatedWithAnotherVerbDropsTheHedge) {
    const std::string could = "The Kessel valley road could take up to three weeks to repair "
                              "after the landslide, the county engineers said on Monday.\n";
    Analysis a = analyze_texts(
        {could, could,
         "The Kessel valley road will stay shut for up to three weeks after the landslide, the "
         "county engineers said on Monday.\n",
         "The Kessel valley road may stay shut for up to three weeks after the landslide, the "
         "county engineers said on Monday.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
}

// "is alleged to have taken" passes an accusation on, as "is accused of taking" does: the two
// agree, and an outlet that writes "took" states it as fact.
TEST(ClaimHedgeConfidence, IsAllegedToIsTheAccusationInOtherWords) {
    const std::string accused = "The former harbour master of Orsa, Piet Vale, is accused of "
                                "taking 300,000 euros from two shipping firms.\n";
    Analysis a = analyze_texts(
        {accused, accused,
         "Piet Vale, the former harbour master of Orsa, is alleged to have taken 300,000 euros "
         "from two shipping firms.\n",
         "Piet Vale, the former harbour master of Orsa, took 300,000 euros from two shipping "
         "firms.\n"});
    EXPECT_TRUE(mention(a, "is alleged to", 2).hedged);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
}

// Radio copy contracts the copula onto its pronoun: "says it's considering an appeal", "they're
// expected to reopen" hedge as "it was considering", "are expected to" do (the apostrophe,
// straight or curly, stays inside the token "it's"). An outlet that writes "will appeal" still
// drops the hedge.
TEST(ClaimHedgeConfidence, AContractedCopulaHedgesAsItsFullForm) {
    const std::string wire = "The Kessel ferry company said it was considering an appeal "
                             "against the harbour board's fine.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The Kessel ferry company says it\xE2\x80\x99s considering an appeal against the harbour "
         "board's fine.\n",
         "The Kessel ferry company said it would appeal against the harbour board's fine.\n"});
    EXPECT_TRUE(mention(a, "considering", 2).hedged);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    Analysis b = analyze_texts(
        {"The two Kessel ferries are expected to sail again on Friday, the company said.\n",
         "They're expected to sail again on Friday, the Kessel ferry company says.\n"});
    EXPECT_TRUE(mention(b, "They're expected", 1).hedged);
}

// "had been out of action for a month", "is out of service": a machine or a service not
// working, what "had not been working" says in an idiom the negation patterns do not read: a
// note, not a dropped negation. "had been working" is.
TEST(ClaimHedgeConfidence, OutOfActionIsANoteNotADroppedNegation) {
    const std::string wire = "The only lift at Dalby station had not been working for a month, "
                             "the rail operator said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The only lift at Dalby station had been out of action for a month, the rail operator "
         "said.\n",
         "The only lift at Dalby station had been working for a month, the rail operator "
         "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("out of action"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// "None of the club's four directors voted for the merger": the quantifier denies what the
// directors did, not the club or the count; an outlet that writes "The directors voted for the
// merger" drops the negation, though it names neither the club nor "four". One that says the
// directors did something else ("The directors met the mayor") states another fact beside it.
TEST(ClaimHedgeConfidence, NoneOfAGroupDeniesItsPredicateNotItsModifiers) {
    const std::string wire = "None of the club's four directors voted for the merger at "
                             "Tuesday's meeting, the minutes show.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The directors voted for the merger at Tuesday's meeting, the minutes show.\n",
         "The directors met at Tuesday's meeting to discuss the merger, the minutes show.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// "was looking at whether the grant could be paid", "is examining whether", "has opened a
// review of whether": an inquiry under way leaves the question open, as "is considering" does;
// an outlet that writes "would pay the grant" states the answer and drops the hedge. The
// inquiry in another form (a verb, a noun of inquiry) is the same caution.
TEST(ClaimHedgeConfidence, AnInquiryIntoWhetherIsAHedge) {
    const std::string wire = "The farm ministry said it was looking at whether the drought grant "
                             "could be paid to growers in Orven.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The farm ministry said it would pay the drought grant to growers in Orven.\n",
         "The farm ministry said it was examining whether the drought grant could be paid to "
         "growers in Orven.\n",
         "The farm ministry has opened a review of whether the drought grant could be paid to "
         "growers in Orven.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    EXPECT_FALSE(flags(a, 4, DifferenceKind::Hedge)) << details(a, 4);
}

// "boycotted the budget vote", "skipped the gala", "stayed away from the talks": staying away
// from an event says what "did not take part in" says, the same polarity; an outlet that
// writes "took part in the vote" states the opposite. A boycott as a noun negates nothing.
TEST(ClaimHedgeConfidence, StayingAwayIsANegation) {
    const std::string wire = "The opposition boycotted the budget vote on Tuesday, the speaker's "
                             "office said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The opposition did not take part in the budget vote on Tuesday, the speaker's office "
         "said.\n",
         "The opposition took part in the budget vote on Tuesday, the speaker's office said.\n",
         "The mayor skipped the gala dinner. Two ministers stayed away from the talks. A "
         "boycott of the games was called off.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
    EXPECT_TRUE(mention(a, "skipped the gala", 4).negated);
    EXPECT_TRUE(mention(a, "stayed away from", 4).negated);
    EXPECT_FALSE(mention(a, "A boycott of the games", 4).negated);
}

// "Engineers think the crack was caused by frost" is the engineers' belief, the active form of
// "is thought to have been caused": the same caution. An outlet that writes "was caused by
// frost" states it. "A think tank said" is a noun, no belief.
TEST(ClaimHedgeConfidence, WhatTheSubjectThinksIsAHedge) {
    const std::string wire = "The crack in the Marrow dam is thought to have been caused by frost, "
                             "the water board said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Engineers at the water board think the crack in the Marrow dam was caused by frost.\n",
         "The crack in the Marrow dam was caused by frost, the water board said.\n",
         "A think tank said the Marrow dam cost 40 million euros to build.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    EXPECT_FALSE(mention(a, "think tank", 4).hedged);
}

// "is unlikely to enter service before June" hedges and negates with one word: against "will
// enter service before June" the outlet states the opposite, one difference (the polarity), not
// also a hedge dropped; against "would not enter service before June" the polarity agrees and
// the hedge alone differs.
TEST(ClaimHedgeConfidence, UnlikelyAgainstThePlainOppositeIsOneFlippedPolarity) {
    const std::string wire = "The harbour board said the new Skerry ferry is unlikely to enter "
                             "service before June.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The harbour board said the new Skerry ferry will enter service before June.\n",
         "The harbour board said the new Skerry ferry would not enter service before June.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Hedge)) << details(a, 3);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}


// "Anglers may take up to 40 trout a season, the fisheries board ruled" against "the fisheries
// board allowed anglers to take up to 40 trout a season": the "may" grants leave, the
// same permission said in other words, no hedge added. Against a plain outlet that says no
// permission ("anglers will take …") the same "may" is a possibility added.
TEST(ClaimHedgeConfidence, MayOfPermissionAgainstAPermissionIsNoHedge) {
    const std::string wire = "The fisheries board allowed anglers to take up to 40 trout a "
                             "season from the upper Lune, it ruled on Monday.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Anglers may take up to 40 trout a season from the upper Lune, the fisheries board "
         "ruled on Monday.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Hedge)) << details(a, 2);

    const std::string plain = "Anglers will take up to 40 trout a season from the upper Lune, "
                              "the fisheries board said on Monday.\n";
    Analysis b = analyze_texts(
        {plain, plain,
         "Anglers may take up to 40 trout a season from the upper Lune, the fisheries board "
         "said on Monday.\n"});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Hedge)) << details(b, 2);
}

// "The order excludes the radar" says what "does not include the radar" says: "exclude" is
// the negation of "include" in one word, a word of absence the negation patterns do not read,
// so a note, not a dropped negation. "The order includes the radar" is the negation dropped.
TEST(ClaimHedgeConfidence, ExcludesIsDoesNotInclude) {
    const std::string wire = "The order does not include the patrol boats' radar, which will "
                             "be bought separately, the navy said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The order excludes the patrol boats' radar, which will be bought separately, the navy "
         "said.\n",
         "The order includes the patrol boats' radar, which will be bought separately, the navy "
         "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("excludes"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}

// "The minister kept away from the opening" says what "did not attend the opening" says, in an
// idiom of absence the negation patterns do not read: a note, not a dropped negation.
// "attended the opening" is the negation dropped. ("stayed away from" is read as a negation
// itself: StayingAwayIsANegation.)
TEST(ClaimHedgeConfidence, KeptAwayIsANoteNotADroppedNegation) {
    const std::string wire = "Transport Minister Ilse Varga did not attend the opening of the "
                             "Brennholm tunnel on Friday, her office said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Transport Minister Ilse Varga kept away from the opening of the Brennholm tunnel on "
         "Friday, her office said.\n",
         "Transport Minister Ilse Varga attended the opening of the Brennholm tunnel on Friday, "
         "her office said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_NE(notes_of(a, 2).find("kept away"), std::string::npos) << notes_of(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Negation)) << details(a, 3);
}
