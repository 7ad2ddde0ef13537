// When two outlets credit a claim to sources the rules parsed apart, whether the outlet changed
// who it credits: the comparison stage's reading of attributions, on articles written for
// these tests.
#include "claim_test_support.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;
using namespace wiretrace::claim_test;

namespace {

// A person credited with an apposition that names their body is that body speaking: the
// apposition ("the health ministry's chief medical officer") names the other outlets' source.
// A sentence whose acting subject is the other source ("The Civil Aviation Authority has
// opened …, the transport ministry said") does not: the source credited is another body.
TEST(ClaimSourceComparison, AnAppositionNamingTheOtherSourceIsNoChange) {
    const std::string wire = "Forty-one people were treated for heat exhaustion on Sunday, the "
                             "health ministry said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Forty-one people were treated for heat exhaustion on Sunday, said Marta Ilves, the "
         "health ministry's chief medical officer.\n",
         "Forty-one people were treated for heat exhaustion on Sunday, the city's fire brigade "
         "said.\n"});
    EXPECT_EQ(source_of(a, "Forty-one", 2), "Marta Ilves");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

TEST(ClaimSourceComparison, TheOtherSourceActingInTheClaimIsAnotherSource) {
    const std::string wire =
        "The port authority has closed the northern quay to shipping, the port authority said.\n";
    const std::string other =
        "The port authority has closed the northern quay to shipping, the coastguard said.\n";
    Analysis a = analyze_texts({wire, wire, other});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    // The source before its claim: what it says is not who it is ("Police said 30 homes near
    // the Harbour Authority's offices …" names the authority as a place, not a speaker).
    const std::string lead =
        "The Harbour Authority said 30 homes near the old fire station were evacuated.\n";
    Analysis b = analyze_texts(
        {lead, lead,
         "The fire service said 30 homes near the Harbour Authority's offices were evacuated.\n"});
    EXPECT_TRUE(flags(b, 2, DifferenceKind::Attribution)) << details(b, 2);
}

// The credited body as the agent of a plan or report the other outlet states ("under plans
// unveiled by the region's transport board") is that body's own act: no dropped attribution.
// A sentence that names another body does not count.
TEST(ClaimSourceComparison, TheSourceAsAgentAfterByIsNoDrop) {
    const std::string wire = "Nine rural bus routes will be cut from June, the transport board "
                             "said on Monday.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Nine rural bus routes will be cut from June under plans unveiled on Monday by the "
         "region's transport board.\n",
         "Nine rural bus routes will be cut from June under plans unveiled on Monday by the "
         "region's largest bus company.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// One unnamed source in other words: "the force" is the police, "scientists" the researchers.
// Another body is still another source.
TEST(ClaimSourceComparison, ThePoliceAndTheForceAreOneSource) {
    const std::string wire = "Three men were arrested after the warehouse fire in Dunmore on "
                             "Sunday, police said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Three men were arrested after the warehouse fire in Dunmore on Sunday, according to "
         "the force.\n",
         "Three men were arrested after the warehouse fire in Dunmore on Sunday, the fire "
         "brigade said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);

    const std::string study = "Rising river temperatures were the main cause of the salmon "
                              "decline, the researchers said.\n";
    Analysis b = analyze_texts(
        {study, study,
         "Rising river temperatures were the main cause of the salmon decline, scientists "
         "say.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Attribution)) << details(b, 2);
}

// "It" opening a clause may be the credited body acting ("It ruled out …" against "the utility
// said it had not …"); not when the credited outlet opens the same clause with the same "It"
// and names its source apart: there "it" is the thing the clause is about, and an outlet that
// leaves out the source has dropped it.
TEST(ClaimSourceComparison, TheSamePronounInTheCreditedClauseIsNotTheSource) {
    const std::string wire = "The ferry terminal was damaged in the storm. It will stay shut for "
                             "at least ten days, the port authority said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The ferry terminal was damaged in the storm. It will stay shut for at least ten "
         "days.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// Data as the source with a plural subject: "…, figures from the statistics office show." credits
// the figures, as "data … shows" does, and another body credited for them is another source.
TEST(ClaimSourceComparison, FiguresThatShowAreASource) {
    const std::string wire = "Bicycle thefts in Marlow rose 18% last year to 2,450, figures from "
                             "the statistics office show.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Bicycle thefts in Marlow rose 18% last year to 2,450, the cyclists' association "
         "said.\n"});
    EXPECT_NE(source_of(a, "Bicycle thefts", 0), "");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

} // namespace


// A credit is dropped only from the same statement: an outlet that says the opposite, with no
// source, is flagged for the contradiction, and the source it lacks is a note. The same opposite
// statement credited to another body is another account: that stays an attribution flag.
TEST(ClaimSourceComparison, NoCreditIsDroppedFromTheOppositeStatement) {
    const std::string wire = "Season tickets bought before June will not be subject to the new "
                             "levy, the opera house said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Season tickets bought before June will be subject to the new levy.\n",
         "Season tickets bought before June will not be subject to the new levy.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Negation)) << details(a, 2);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_NE(notes_on(a, "Season tickets", 2).find("states the opposite of the reference"),
              std::string::npos)
        << notes_on(a, "Season tickets", 2);
    // The same statement without its source: the credit is dropped.
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "familiar with", "with knowledge of" say what unnamed people know, worded by each outlet its own
// way; only "close to" says whose side they are on. Unnamed people against the body itself are
// another source.
TEST(ClaimSourceComparison, UnnamedPeopleKnowingAndCloseAreOneSource) {
    const std::string wire = "The brewery has put plans for a second bottling hall on hold, "
                             "according to two people familiar with the matter.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Plans for a second bottling hall have also been put on hold, people close to the "
         "brewery say.\n",
         "The brewery has put plans for a second bottling hall on hold, the brewery said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Ilse Varga, regional secretary of the United Dock Workers union, said" against "The union
// says": the apposition names the body by its kind, closing the "of" phrase; the union speaking is
// its secretary's account. A body the apposition does not name stays another source.
TEST(ClaimSourceComparison, ABodyNamedByItsKindInTheAppositionIsThePersonsBody) {
    const std::string wire = "Ilse Varga, regional secretary of the United Dock Workers union, said "
                             "members had not been warned about the quota cut.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Union regional secretary Ilse Varga said members had not been warned about the quota "
         "cut before the announcement.\n",
         "The union says its members were not warned about the quota cut.\n",
         "The harbour board says its members were not warned about the quota cut.\n"});
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
    EXPECT_TRUE(flags(a, 4, DifferenceKind::Attribution)) << details(a, 4);
}

// A ministry and an agency of one field are two bodies, each publishing its own figures; health
// officials against the health ministry are the ministry's people.
TEST(ClaimSourceComparison, AMinistryAndAnAgencyOfOneFieldAreTwoBodies) {
    const std::string wire = "The lottery fund paid out 2,300 heritage grants last year, according "
                             "to figures from the national heritage agency.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The heritage ministry said the lottery fund paid out 2,300 heritage grants last year.\n",
         "Heritage agency officials said the lottery fund paid out 2,300 heritage grants last "
         "year.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Eldham's mayor calls it…" has no credit of its own, but its subject is the person the
// other outlets credit, named by the office they give her ("Eldham's mayor, Ana Roos"): she is
// speaking, nothing is dropped. A subject who holds no office the credit names drops it.
TEST(ClaimSourceComparison, ThePersonByHerOfficeAsSubjectIsNoDrop) {
    const std::string wire = "Eldham's mayor, Ana Roos, called the closure \xE2\x80\x9C"
                             "a sad day for the whole valley\xE2\x80\x9D.\n";
    Analysis a = analyze_texts({wire, wire,
                                "Eldham's mayor calls it a sad day for the whole valley.\n",
                                "Eldham's shopkeepers call it a sad day for the whole valley.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "A surveyor hired by the housing association found …": the association is the agent of a
// passive that describes the subject, not who states the finding; the finding without "the
// association said" has dropped its credit.
TEST(ClaimSourceComparison, AnAgentInsideTheSubjectIsNotWhoActs) {
    const std::string wire = "A surveyor hired by the housing association found that the "
                             "tower's cladding was unsafe, the association said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "A surveyor hired by the housing association found that the tower's cladding was "
         "unsafe.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "Inspectors found …" against "…, the rail inspectorate said", "State auditors say …" against
// "…, the State Audit Office said": a body's people named by what they do are the body; no
// attribution dropped or changed. People of another trade ("Engineers found …") are not.
TEST(ClaimSourceComparison, ABodysPeopleByWhatTheyDoAreTheBody) {
    const std::string wire = "Inspectors found nine faults in the lifts at Marlow station between "
                             "May and July, the rail inspectorate said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Inspectors found nine faults in the lifts at Marlow station between May and July.\n",
         "Engineers found nine faults in the lifts at Marlow station between May and July.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);

    const std::string audit = "The port authority spent 12 million euros on outside consultants "
                              "over four years, the State Audit Office said on Tuesday.\n";
    Analysis b = analyze_texts({audit, audit,
                                "State auditors say the port authority spent 12 million euros on "
                                "outside consultants over four years.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Attribution)) << details(b, 2);
}

// "Some €3 million of it went to a single contractor" after "…, the audit office said.": a part
// "of it" is a part of what the sentence before stated, whose credit carries to it; no drop is
// flagged (a note says why). The same fact told with no credit at all is a drop.
TEST(ClaimSourceComparison, APartOfItContinuesTheCreditedSentenceBefore) {
    const std::string lead = "The harbour board spent €8 million on dredging over two years, the "
                             "regional audit office said on Monday.";
    const std::string wire =
        lead + " Some €3 million of it went to a single contractor, the office said.\n";
    Analysis a = analyze_texts(
        {wire, wire, lead + "\n\nSome €3 million of it went to a single contractor.\n",
         "The harbour board spent €8 million on dredging over two years. Some €3 million of it "
         "went to a single contractor.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_NE(notes_on(a, "single contractor", 2).find("continues the sentence before"),
              std::string::npos)
        << notes_on(a, "single contractor", 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "…, the dock workers' union says" against "…, the Dock Workers' Federation said": a body of
// members described by its kind is the one the story names, whichever of union, federation or
// association it calls itself; no change of source.
TEST(ClaimSourceComparison, AMembersBodyByItsKindIsTheNamedOne) {
    const std::string wire = "About 300 crane drivers stayed away from the port on Monday, the "
                             "Dock Workers' Federation said.\n";
    Analysis a = analyze_texts({wire, wire,
                                "About 300 crane drivers stayed away from the port on Monday, the "
                                "dock workers' union says.\n",
                                "About 300 crane drivers stayed away from the port on Monday, the "
                                "port operator says.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "In a report published on Monday, inspectors listed nine faults …" against "…, the rail
// inspectorate said": the subject after a fronted phrase is the body acting, as it is when it
// opens the sentence; no credit dropped.
TEST(ClaimSourceComparison, TheSubjectAfterAFrontedPhraseIsTheBodyActing) {
    const std::string wire = "Inspectors found nine faults in the lifts at Marlow station between "
                             "May and July, the rail inspectorate said.\n";
    Analysis a = analyze_texts({wire, wire,
                                "In a report published on Monday, inspectors listed nine faults "
                                "in the lifts at Marlow station between May and July.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "…, the pilots' union said on Tuesday, a day after the port operator cut their pay by 8 per
// cent": a clause of time after a measure of time is background to what the union said, like
// one opening with "after"; whether the union is credited with the pay cut the words do not
// say, so no change of source is flagged against "the operator said" (a note says why).
TEST(ClaimSourceComparison, AClauseADayAfterIsBackground) {
    const std::string wire = "The port operator cut the harbour pilots' pay by 8 per cent on "
                             "Monday, the operator said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Harbour pilots will strike on Friday, their union said on Tuesday, a day after the port "
         "operator cut the harbour pilots' pay by 8 per cent.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "The farming minister, Karl Ost, said four weeks is a delay, not a remedy" against "“Four
// weeks is a delay, not a remedy,” said Nora Vint": the quoted words told in reported speech
// and credited to another person are the words given to someone else, a speaker difference
// (not a change of attribution); told as hers, nothing is flagged.
TEST(ClaimSourceComparison, AQuoteInReportedSpeechGivenToAnotherIsASpeakerDifference) {
    const std::string wire = kOpen + "Four weeks is a delay, not a remedy," + kClose +
                             " said Nora Vint, who speaks for the Open Fields campaign.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The farming minister, Karl Ost, said four weeks is a delay, not a remedy.\n",
         "Nora Vint of Open Fields said four weeks is a delay, not a remedy.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Speaker)) << details(a, 3);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Marlowe Foods has not yet found a buyer for the plant." against "…, according to two people
// familiar with its plans": "found" closing a sentence is a finding credited to someone only
// after a comma ("…, the report found."); as the clause's own verb it states a fact, and the
// credit is dropped.
TEST(ClaimSourceComparison, FoundAsTheClausesOwnVerbCreditsNobody) {
    const std::string wire = "Marlowe Foods has not yet found a buyer for the Kessel plant, "
                             "according to two people familiar with its plans.\n";
    Analysis a = analyze_texts({wire, wire,
                                "Marlowe Foods has not yet found a buyer for the Kessel plant.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "Growers lose money on every crate sold below 9 euros." against "…, the National Growers'
// Council estimates": a common noun capitalised because it opens the sentence (the article
// writes "growers" elsewhere) is not the body's name acting; the estimate's source is dropped.
TEST(ClaimSourceComparison, ASentencesCapitalIsNoNameOfTheSource) {
    const std::string wire = "Apple growers held a protest in Lenzburg on Monday. Growers lose "
                             "money on every crate sold below 9 euros, the National Growers' "
                             "Council estimates.\n";
    Analysis a = analyze_texts({wire, wire,
                                "Apple growers held a protest in Lenzburg on Monday. Growers lose "
                                "money on every crate sold below 9 euros.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "Council records show 210 complaints …" against "The council logged 210 complaints …": the
// document's owner, named by the word before it, is the body acting in the other outlet's
// clause; no attribution added.
TEST(ClaimSourceComparison, ADocumentsOwnerActingIsNoCreditAdded) {
    const std::string wire = "The council logged 210 complaints about the night bus last year.\n";
    Analysis a = analyze_texts(
        {wire, wire, "Council records show 210 complaints about the night bus last year.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "Tarrow Bus had planned to charge €40 a month. About 9,000 people ride it daily, according to
// the ministry.": a mention that holds its own full stop ends there; the next sentence's
// "according to" is not a credit of the first that the rules failed to attach, and the first
// has dropped its source.
TEST(ClaimSourceComparison, TheNextSentencesCreditIsNotTheMentions) {
    const std::string wire = "Tarrow Bus had planned to charge €40 a month for the new pass, "
                             "according to documents filed with the regulator.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Tarrow Bus had planned to charge €40 a month for the new pass. About 9,000 people ride "
         "its buses daily, according to the transport ministry.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "The agency's engineers also measured cracks in three of the bridge's piers" against
// "Engineers also found cracks in three of the bridge's piers, the roads agency said": the
// credited body's own people acting are the body acting, no credit dropped; "The agency's
// customers reported cracks" is not the agency (customers are no source noun), and stays a drop.
TEST(ClaimSourceComparison, TheBodysOwnPeopleActingAreTheBody) {
    const std::string wire = "Engineers also found cracks in three of the bridge's piers, the "
                             "Harlow Roads Agency said on Friday.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The agency's engineers also measured cracks in three of the bridge's piers.\n",
         "The agency's customers reported cracks in three of the bridge's piers.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Tarrow Bus chief executive Mara Lind said …" early in the article, then "Lind said that …"
// paragraphs later, against "Tarrow Bus said that …": the office written before her name,
// opened by the company's name, says she speaks for the company; one source, not a changed
// credit.
TEST(ClaimSourceComparison, AnOfficeOpenedByTheBodysNameSpeaksForTheBody) {
    const std::string wire = "Tarrow Bus cut 40 routes in the north of the city on Monday.\n\n"
                             "Tarrow Bus said that the night routes had been cut first.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Tarrow Bus cut 40 routes in the north of the city on Monday.\n\n"
         "Tarrow Bus chief executive Mara Lind said the cuts would save money.\n\n"
         "Lind said that the night routes had been cut first.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "Pellmore's finance director, Ines Roth, said …" against "Pellmore said …" (the company
// named in full, Pellmore Foods, earlier): the office set off by commas before the name says
// what it says without them, as in "Pellmore finance director Ines Roth": she speaks for the
// company. The same sentence credited to a union is another source.
TEST(ClaimSourceComparison, AnOfficeInAppositionBeforeTheNameSpeaksForTheBody) {
    const std::string wire =
        "Pellmore Foods opened a bakery in Dunholt on Monday.\n\n"
        "The bakery is expected to employ 180 people by the spring, according to the company.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Pellmore Foods opened a bakery in Dunholt on Monday.\n\n"
         "Pellmore's finance director, Ines Roth, said the bakery would open in May and expected "
         "it to employ 180 people by the spring.\n",
         "Pellmore Foods opened a bakery in Dunholt on Monday.\n\n"
         "The bakers' union said the bakery would open in May and expected it to employ 180 "
         "people by the spring.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Kallvia's energy regulator fined Norrgas €3 million …, the Energy Markets Board said" against
// "Norrgas has been fined €3 million by the energy regulator …": the credited sentence describes
// its named source by its office, and that office is the agent of the other's passive; the act
// is the board's own, no credit dropped.
TEST(ClaimSourceComparison, TheSourceDescribedByItsOfficeActingIsNoCreditDropped) {
    const std::string wire = "Kallvia's energy regulator fined Norrgas €3 million on Monday for "
                             "overcharging customers, the Energy Markets Board said.\n";
    Analysis a = analyze_texts({wire, wire,
                                "Norrgas has been fined €3 million by the energy regulator for "
                                "overcharging customers.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "The museum did not insure the vase, a spokesman confirmed." against "The museum has admitted
// it did not insure the vase": an indefinite "a spokesman" is the body's voice, not the
// spokesman another outlet names ("museum spokesman Karl Venn"), so the body's own admission
// keeps the credit.
TEST(ClaimSourceComparison, AnIndefiniteSpokespersonIsNoNamedOne) {
    const std::string wire = "The Orlen City Museum did not insure the broken vase, a spokesman "
                             "confirmed on Friday.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The Orlen City Museum has admitted it did not insure the broken vase.\n",
         "\"We will restore it whatever it costs,\" museum spokesman Karl Venn said on Friday.\n"});
    EXPECT_NE(source_of(a, "insure", 0), "Karl Venn");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "…, the transport regulator said" against "…, the Office of Rail Regulation said": a body
// described by what its people do is the body whose name holds that doing, whatever field word
// the description adds; a body whose name holds no such doing is another source.
TEST(ClaimSourceComparison, ABodyByWhatItsPeopleDoIsTheBodyNamedForIt) {
    const std::string wire = "Brenvale Trains ran 14% of its services late in October, the "
                             "Office of Rail Regulation said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Brenvale Trains ran 14% of its services late in October, the transport regulator "
         "said.\n",
         "Brenvale Trains ran 14% of its services late in October, the Passengers' Council "
         "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "“…,” said Ada Brill, who chairs the Kelby Tenants' Action Group" against "The tenants' action
// group says …": a person whose relative clause says which body they head speaks for it, and
// the body named by its words in lower case is that body; the quoted words keep their speaker.
TEST(ClaimSourceComparison, WhoChairsTheBodySpeaksForIt) {
    const std::string wire = "\"Nobody should have to sleep in a coat indoors,\" said Ada Brill, "
                             "who chairs the Kelby Tenants' Action Group and has lived on the "
                             "estate for 20 years.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The tenants' action group says nobody should have to sleep in a coat indoors.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    Analysis other = analyze_texts(
        {wire, wire,
         "The landlords' action group says nobody should have to sleep in a coat indoors.\n"});
    EXPECT_TRUE(flags(other, 2, DifferenceKind::Speaker)) << details(other, 2);
}

// "Kessel Foods expects to reopen the plant by May, its finance director, Ola Brenn, said"
// against "Kessel Foods says it expects to reopen the plant by May": the role's "its" is the
// clause's own subject, the body the other outlet credits; the same source. Another body
// ("the workers' union says") is another source.
TEST(ClaimSourceComparison, TheRoleOfTheClausesSubjectSpeaksForIt) {
    const std::string wire = "Kessel Foods expects to reopen its Harnby plant by May, its finance "
                             "director, Ola Brenn, said on Monday.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Kessel Foods says it expects to reopen its Harnby plant by May.\n",
         "The Harnby Workers' Union says Kessel Foods expects to reopen its Harnby plant by "
         "May.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "…, council figures show" against "the Green Party says …": a document named by the kind of
// body that owns it is that kind's statement; a party is no council, so the credit changed. The
// council named in full owns the figures: no change.
TEST(ClaimSourceComparison, AnOwnedDocumentAgainstAnotherKindOfBodyIsAnotherSource) {
    const std::string wire = "Potholes reported on Kelby's roads rose to 2,140 in November, "
                             "council figures show.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The Kelby Green Party says potholes reported on Kelby's roads rose to 2,140 in "
         "November.\n",
         "Potholes reported on Kelby's roads rose to 2,140 in November, Kelby City Council "
         "said.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "No one was hurt, according to the coastguard." against a bare "Nobody was hurt.": "according"
// is the attribution's word, not the statement's, so the two short clauses state one thing and
// the credit is dropped.
TEST(ClaimSourceComparison, AccordingIsNoWordOfTheStatement) {
    const std::string wire = "A trawler ran aground off Kelby Point on Sunday night. No one was "
                             "hurt, according to the coastguard.\n";
    Analysis a = analyze_texts(
        {wire, wire, "A trawler ran aground off Kelby Point on Sunday night. Nobody was hurt.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "The union says …" in an article that names no union, against "…, the Dock Workers'
// Federation said": the story's one members' body, described by its kind; no change of credit.
TEST(ClaimSourceComparison, TheUnionOfAnArticleNamingNoneIsTheNamedMembersBody) {
    const std::string wire = "About 300 crane drivers stayed away from the port on Monday, the "
                             "Dock Workers' Federation said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Cranes stood idle at Kelby port on Monday. The union says about 300 crane drivers "
         "stayed away from the port on Monday.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "The council sold the mill for £2.1 million, a price that auditors said was far below its
// value" against "The council sold the mill for £2.1 million.": the auditors' credit is inside
// the relative clause, which the second outlet leaves out; the sale itself was never theirs.
TEST(ClaimSourceComparison, ACreditInsideARelativeClauseIsNotTheSentences) {
    const std::string wire = "Kelby council sold the Old Mill site for £2.1 million in March, a "
                             "price that auditors said was far below its value.\n";
    Analysis a = analyze_texts(
        {wire, wire, "Kelby council sold the Old Mill site for £2.1 million in March.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "Harbour managers were warned about the crane's brakes in May, the dockers' union said"
// against the same without its credit: "were warned" is a passive that credits nobody, so it is
// no attribution the rules might have missed; the credit is dropped.
TEST(ClaimSourceComparison, APassiveVerbOfSayingIsNoUnreadCredit) {
    const std::string wire = "Harbour managers were warned about the crane's faulty brakes in "
                             "May, the dockers' union said.\n";
    Analysis a = analyze_texts(
        {wire, wire, "Harbour managers were warned about the crane's faulty brakes in May.\n"});
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// An uncredited outlet and a credited one whose clauses share too few words to be read as one
// statement are unsure of each other, not in agreement: two outlets that credit the same body
// are the consensus, so the second of them adds nothing and is not flagged.
TEST(ClaimSourceComparison, AnUnsurePairDoesNotOutvoteTwoOutletsThatAgree) {
    Analysis a = analyze_texts({
        "Tarrow Textiles will close its Ashby mill in March because it cannot find enough "
        "weavers.\n\nThe firm is 140 weavers short.\n",
        "Tarrow Textiles will shut its Ashby mill in March for lack of weavers.\n\nTarrow "
        "Textiles, which employs some 900 weavers, says it has 140 posts it cannot fill.\n",
        "Tarrow Textiles is closing its Ashby mill in March.\n\nTarrow Textiles says it is a "
        "hundred and forty weavers short.\n",
    });
    EXPECT_EQ(source_of(a, "hundred and forty", 2), "Tarrow Textiles");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "two Brenlandian officials said" against "two officials in Brenlandia told NPA": a country's
// adjective in "-ian" is the country it is made from, the same source; another country's
// officials stay another source.
TEST(ClaimSourceComparison, ACountrysAdjectiveIsTheCountry) {
    const std::string wire = "Brenland's fisheries ministry is reviewing the quota deal, two "
                             "officials in Brenlandia told NPA.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "Brenland's fisheries ministry is reviewing the quota deal, two Brenlandian officials "
        "said.\n",
        "Brenland's fisheries ministry is reviewing the quota deal, two Ostrian officials "
        "said.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Council leader Rosa Pym said" against "Harlby District Council has said": the body's word
// opening the title before the person's name says whom she speaks for, the same source;
// another body stays another source.
TEST(ClaimSourceComparison, ABodysWordInATitleIsThePersonsBody) {
    const std::string wire =
        "Council leader Rosa Pym said the council would not close the Marl Street library.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "Harlby District Council has said it will not close the Marl Street library.\n",
        "The Harlby Library Trust has said the council will not close the Marl Street "
        "library.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Ana Roe, the port's director, plans to …" against "Ana Roe … said she would …": the credited
// person is the clause's subject, with her role in apposition on either side of the name; her
// own plan needs no credit, so nothing is dropped.
TEST(ClaimSourceComparison, ThePersonActingPastAnAppositionDropsNoCredit) {
    const std::string wire =
        "Ana Roe, the port director, said she would hire twelve more pilots next year.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "Ana Roe, the port's director, plans to hire twelve more pilots next year.\n",
        "The port's director, Ana Roe, wants to hire twelve more pilots next year.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Ingrid Sole, who runs the ferry company, was blunt: “…”": no verb of speech, but the colon
// before the quotation gives it to the person who opens the sentence; the words are another
// person's than the harbour master's the other outlets quote, a speaker difference.
TEST(ClaimSourceComparison, AColonGivesTheQuotationToThePersonOpeningTheSentence) {
    const std::string wire = "\"Nobody crosses the bay in a gale,\" harbour master Tomas Lind "
                             "said.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "All crossings to Arran Point were cancelled on Monday, Ingrid Sole said.\n\nIngrid "
        "Sole, who runs the ferry company, was blunt: \"Nobody crosses the bay in a gale.\"\n",
    });
    EXPECT_EQ(speaker_of(a, "Nobody crosses", 2), "Ingrid Sole");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
}

// "There are now thirty-one confirmed mumps cases …" against "…, the army's medical service
// said": "confirmed" after a figure says which cases are counted, not who confirmed them; the
// outlet states the count with no source, a dropped attribution.
TEST(ClaimSourceComparison, ConfirmedAfterAFigureCreditsNobody) {
    const std::string wire = "A mumps outbreak at the Dunmore barracks has grown to 31 confirmed "
                             "cases, the army's medical service said on Monday.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "There are now thirty-one confirmed mumps cases at the Dunmore barracks.\n",
    });
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "Firefighters say" against "the regional fire service said": people named by a compound agent
// noun whose first part is the service's field word ("fire" + "fighters") are that service's
// people, the same source; other people ("Shepherds say") stay another source.
TEST(ClaimSourceComparison, AServicesPeopleByACompoundNounAreTheService) {
    const std::string wire = "The moorland blaze above Kelby could burn for another week, the "
                             "regional fire service said.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "Firefighters say the moorland blaze above Kelby could burn for another week.\n",
        "Shepherds say the moorland blaze above Kelby could burn for another week.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "… must pay a penalty of 2.4 million euros under the ruling." against "…, the Mining
// Inspectorate said in its ruling.": what the ruling imposes is stated through the body's own
// ruling, no clear drop; the same fact with nothing of the ruling drops the credit.
TEST(ClaimSourceComparison, UnderTheRulingIsNoClearDrop) {
    const std::string wire = "Kelby Quarries must pay a penalty of 2.4 million euros, the Mining "
                             "Inspectorate said in its ruling.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "Kelby Quarries must pay a penalty of 2.4 million euros under the ruling.\n",
        "Kelby Quarries must pay a penalty of 2.4 million euros.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Orrin wanted a ceiling of 12%, its trade minister, Ilse Vogt, said" against "…, according to
// three officials involved in the talks": unnamed people who took part are not the body whose
// officer speaks on the record; the outlet credits another source. A body named by its kind
// ("the trade ministry said") against the same person stays unsure, as before.
TEST(ClaimSourceComparison, UnnamedInsidersAreNotTheBodyOfAPersonsRole) {
    const std::string wire = "Orrin had sought a tariff ceiling of no more than 12%, according "
                             "to three officials involved in the talks.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "Orrin had sought a tariff ceiling of no more than 12%, its trade minister, Ilse Vogt, "
        "said.\n",
    });
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "Under the deal, …" against "…, according to the agreement": the clause states what holds
// under the document the others credit, named by another word for an agreement; nothing is
// dropped. The same clause with no frame at all drops the credit.
TEST(ClaimSourceComparison, UnderTheCreditedAgreementIsNoDrop) {
    const std::string wire = "Trawlers landing herring will be exempt from the new tariff, "
                             "according to the agreement.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "Under the deal, trawlers landing herring will be exempt from the new tariff.\n",
        "Trawlers landing herring will be exempt from the new tariff.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Researchers believe …" against "…, the institute said", in a story whose wire names
// "Researchers at the Lindqvist Marine Institute": the body's people are the body, the same
// source. Where no article ties them to it ("Fishermen believe"), another source.
TEST(ClaimSourceComparison, PeopleNamedAsTheBodysPeopleAreTheBody) {
    const std::string wire = "Researchers at the Lindqvist Marine Institute had urged a ban on "
                             "bottom trawling. The eel population is thought to be at its lowest "
                             "level since 1962, the Lindqvist Marine Institute said.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "Researchers believe the eel population is at its lowest level since 1962.\n",
        "Fishermen believe the eel population is at its lowest level since 1962.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "Dalmark and Ostria have agreed to cut …" against "…, Dalmark's fisheries ministry said":
// the clause's subject is the country the ministry is named by, not the ministry speaking; the
// credit is dropped.
TEST(ClaimSourceComparison, TheOwnerOfTheCreditedBodyIsNotItActing) {
    const std::string wire = "Dalmark and Ostria agreed on Monday to cut the herring quota by 18%, "
                             "Dalmark's fisheries ministry said.\n";
    Analysis a = analyze_texts({
        wire,
        wire,
        "Dalmark and Ostria have agreed to cut the herring quota by 18%.\n",
    });
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// A wire whose credit closes a sentence of two clauses ("… on Sunday and the hut was shut, the
// rescue service said") credits its first clause only by carrying the attribution: against that
// reference alone a bare "Two climbers were killed …" is unsure. Another outlet that credits the
// same statement in its own clause settles it: the bare outlet dropped the credit. Not where
// only the carried credit exists, nor where as many outlets give the statement bare as credit it.
TEST(ClaimSourceComparison, ACarriedCreditIsSettledByAClearOneElsewhere) {
    const std::string wire = "Two climbers were killed on the Kessel ridge on Sunday and the "
                             "mountain hut below it was shut, the rescue service said.\n";
    const std::string clear =
        "Two climbers were killed on the Kessel ridge on Sunday, the rescue service said.\n";
    const std::string bare = "Two climbers were killed on the Kessel ridge on Sunday.\n";
    Analysis a = analyze_texts({wire, wire, clear, bare});
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    // Only the carried credit: still a note, not a flag.
    Analysis b = analyze_texts({wire, wire, wire, bare});
    EXPECT_FALSE(flags(b, 3, DifferenceKind::Attribution)) << details(b, 3);
    // Two outlets give it bare against three that credit it: not twice as many, so no
    // consensus clear enough to depart from.
    Analysis c = analyze_texts({wire, wire, clear, bare, bare});
    EXPECT_FALSE(flags(c, 3, DifferenceKind::Attribution)) << details(c, 3);
    EXPECT_FALSE(flags(c, 4, DifferenceKind::Attribution)) << details(c, 4);
    // The bare outlet's own sentence goes on to a credit ("…, Det. Supt. Ian Moss told
    // reporters") the rules did not give its first clause: it may still be that clause's.
    Analysis d = analyze_texts(
        {wire, wire, clear,
         "Two climbers were killed on the Kessel ridge early Sunday and rescuers recovered 3 "
         "ropes, 2 axes and about 40 metres of line, Det. Supt. Ian Moss told reporters.\n"});
    EXPECT_EQ(source_of(d, "Kessel", 3), "");
    EXPECT_FALSE(flags(d, 3, DifferenceKind::Attribution)) << details(d, 3);
}

// The same settling asks for a credit written as a name: a document credited without its author
// ("the closure notice says") may be the acting body's own, so a clause that states that body's
// act with no source is no clear drop.
TEST(ClaimSourceComparison, AnAuthorlessDocumentDoesNotSettleACarriedCredit) {
    const std::string wire = "Inspectors from Norholm council shut the bakery on Tuesday and "
                             "seized its flour, the closure notice says.\n";
    const std::string clear =
        "Inspectors from Norholm council shut the bakery on Tuesday, the closure notice says.\n";
    Analysis a = analyze_texts(
        {wire, wire, clear, "Norholm council's food safety team shut the bakery on Tuesday.\n"});
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// An attribution added where the other outlets give the fact bare, after a sentence crediting
// another source: the place in the new source's name ("Liver Trust Dravia") named in that
// sentence ("waiting … in Dravia, according to …") says where, not who; the new credit is no
// source the others name just before.
TEST(ClaimSourceComparison, APlaceNamedBeforeIsNotTheAddedSource) {
    const std::string wire = "More than 900 people are waiting for a liver in Dravia, according "
                             "to the national transplant service. About 60 die each year before "
                             "a donor is found.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "More than 900 people are waiting for a liver in Dravia, the national transplant "
         "service says. About 60 die each year before a donor is found, according to the "
         "patients' charity Liver Trust Dravia.\n"});
    EXPECT_EQ(source_of(a, "About 60 die", 2), "Liver Trust Dravia");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}


// "The health board, which denied any delay, said it may move 30 patients to ease Corran
// Hospital, which holds 520 patients in wards built for 410" against "… Corran, whose hospital
// holds 520 patients in wards built for 410, according to the health board": the relative
// clause sits inside what the board's sentence reports, so the credit governs it; no credit
// dropped. The same relative clause in a sentence nobody reports drops it.
TEST(ClaimSourceComparison, ARelativeClauseInsideTheSourcesSentenceKeepsTheCredit) {
    const std::string wire =
        "The injured were flown to the town of Corran, whose hospital now holds 520 patients in "
        "wards built for 410, according to the health board.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The health board, which on Tuesday denied that the ambulances had been late, said it "
         "may move 30 patients to the capital to relieve Corran Hospital, which holds 520 "
         "patients in wards built for 410.\n",
         "Ambulances on Tuesday took 30 patients to the capital from Corran Hospital, which holds "
         "520 patients in wards built for 410.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}
