// An attribution is flagged as dropped, added or changed only where the rules read both sides'
// attribution with confidence; where one side was not read so, nothing is flagged and the claim
// carries a note naming both credits (claim_compare_sources.cpp, compare_attribution). Articles
// written for these tests.
#include "claim_test_support.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;
using namespace wiretrace::claim_test;

namespace {

// The details flagged on the mention with `needle` in `article`.
std::string details_on(const Analysis& a, const std::string& needle, int article) {
    std::string out;
    for (const Claim& c : a.claims)
        for (const ClaimDifference& d : c.differences) {
            const ClaimMention& m = c.mentions[static_cast<std::size_t>(d.mention)];
            if (m.article == article && text_of(a, m).find(needle) != std::string::npos)
                out += d.detail + "; ";
        }
    return out;
}

// A quotation always has a speaker: one the rules could not name ("the keeper wrote") is no
// attribution dropped.
TEST(ClaimAttributionConfidence, AQuotationWhoseSpeakerWasNotReadDropsNothing) {
    const std::string wire = kOpen +
                             "I have kept goal here for eleven seasons and I will miss it," +
                             kClose + " Arvo Lind said on Friday.\n";
    Analysis a =
        analyze_texts({wire, wire,
                       kOpen + "I have kept goal here for eleven seasons and I will miss it," +
                           kClose + " the keeper wrote on Friday.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "…, council data show.": figures a body publishes, closing the sentence, credit it as "…, the
// council said." does, though the rules name no source there.
TEST(ClaimAttributionConfidence, AClosingFindingIsNoDroppedAttribution) {
    const std::string wire = "The number of families waiting for a council flat rose to 7,300 "
                             "this year, the housing department said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The number of families waiting for a council flat rose to 7,300 this year, council "
         "data show.\n",
         "The number of families waiting for a council flat rose to 7,300 this year.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "That figure has tripled since 2019." after a credited sentence: the demonstrative points back,
// and the sentence before's credit carries to it.
TEST(ClaimAttributionConfidence, ADemonstrativeContinuesTheCreditedSentenceBefore) {
    const std::string wire =
        "Ferry fares on the island routes rose by a fifth this spring, the transport board said. "
        "The fare for a car and driver has tripled since 2019, the board said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Ferry fares on the island routes rose by a fifth this spring, according to the "
         "transport board. That fare for a car and driver has tripled since 2019.\n",
         "Ferry fares on the island routes rose by a fifth this spring. The fare for a car and "
         "driver has tripled since 2019.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_NE(notes_on(a, "has tripled", 2).find("continues the sentence before"),
              std::string::npos)
        << notes_on(a, "has tripled", 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "…, saying the board had lost its way": the participle reports what the subject of the
// clause before said, whoever the rules read that subject as.
TEST(ClaimAttributionConfidence, ASayingClauseIsNoUncreditedReference) {
    const std::string wire = "The rowing club's oldest members walked out of the meeting, saying "
                             "the board had lost its way.\n";
    Analysis a =
        analyze_texts({wire, wire,
                       "The rowing club's oldest members said the board had lost its way, the club "
                       "newsletter reported.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "A after B, the coastguard said" (B with a figure of its own, so cut apart: claim_clauses):
// the closing attribution is written in B's clause and governs A's only by how far the rules
// read it; on the tuned stories such carried credits were right in 2 drops or additions of 8. For A, a note, not a flag; for B, a flag.
TEST(ClaimAttributionConfidence, ACreditCarriedFromAnotherClauseIsANoteNotAFlag) {
    const std::string wire = "A ferry carrying 40 passengers ran aground on Tuesday after its "
                             "engine failed two miles off the harbour mouth, the coastguard said.\n";
    Analysis a = analyze_texts({wire, wire,
                                "A ferry carrying 40 passengers ran aground on Tuesday after its "
                                "engine failed two miles off the harbour mouth.\n"});
    const std::string ran = details_on(a, "ran aground", 2);
    EXPECT_EQ(ran.find("attribution"), std::string::npos) << ran;
    EXPECT_NE(notes_on(a, "ran aground", 2).find("names no source where the reference credits"),
              std::string::npos)
        << notes_on(a, "ran aground", 2);
    // In the clause that holds it, the credit is read with confidence: dropping it is flagged.
    EXPECT_NE(details_on(a, "engine failed", 2).find("drops the attribution"), std::string::npos)
        << details(a, 2);
}

// Another source is flagged only when both names were read with confidence: not a pronoun
// resolved by guess, not a document that does not say whose it is, not a source inside a
// subordinate clause, not two bodies read as one; and two unnamed sources are one for all a
// reader can check.
TEST(ClaimAttributionConfidence, AChangedSourceNeedsBothNamesRead) {
    const std::string wire =
        "The tunnel's walls showed cracks in 14 places, the safety inspectorate said.\n";
    Analysis a = analyze_texts(
        {wire, wire, "The tunnel's walls showed cracks in 14 places, the report said.\n",
         "The tunnel's walls showed cracks in 14 places, the builders' union said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_NE(notes_on(a, "cracks", 2).find("document"), std::string::npos)
        << notes_on(a, "cracks", 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);

    const std::string deal = "The price could rise to €40m if the club stays up, according to a "
                             "person with knowledge of the deal.\n";
    Analysis b = analyze_texts(
        {deal, deal,
         "The price could rise to €40m if the club stays up, a source familiar with the deal "
         "said.\n",
         "The price could rise to €40m if the club stays up, the league said.\n"});
    EXPECT_FALSE(flags(b, 2, DifferenceKind::Attribution)) << details(b, 2);
    EXPECT_TRUE(flags(b, 3, DifferenceKind::Attribution)) << details(b, 3);

    const std::string vote = "The two ferry firms agreed to merge their timetables, the harbour "
                             "board said on Monday.\n";
    Analysis c = analyze_texts(
        {vote, vote,
         "The two ferry firms agreed to merge their timetables, hours after Nordline announced "
         "that talks had ended.\n"});
    EXPECT_FALSE(flags(c, 2, DifferenceKind::Attribution)) << details(c, 2);

    // "It" after two bodies: the rules take the first, the subject; the writer may mean either.
    const std::string level = "Water in the Ossel reservoir fell to 31% of capacity in August, the "
                              "anglers' association said.\n";
    Analysis d = analyze_texts(
        {level, level,
         "Harlow Water met the anglers' association on Friday. It said water in the Ossel "
         "reservoir fell to 31% of capacity in August.\n"});
    EXPECT_FALSE(flags(d, 2, DifferenceKind::Attribution)) << details(d, 2);
    EXPECT_NE(notes_on(d, "31%", 2).find("pronoun"), std::string::npos) << notes_on(d, "31%", 2);
}

// "The Water Board, the regulator, has ordered …" against "…, the regulator said": the credited
// body acting in the uncredited mention's subject, past an apposition, needs no attribution.
TEST(ClaimAttributionConfidence, TheCreditedBodyActingPastAnAppositionIsNoDrop) {
    const std::string wire =
        "The regulator said it had ordered an inquiry into the leak at the Elstow reservoir.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "The Water Standards Board, the regulator, has ordered an inquiry into the leak at the "
         "Elstow reservoir.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// A wire that credits the forecast in the sentence after: an outlet crediting it in the sentence
// itself adds nothing.
TEST(ClaimAttributionConfidence, ACreditInTheSentenceAfterIsNoAddedAttribution) {
    const std::string wire = "Snow is expected to close the pass for three days. The forecast "
                             "came from the mountain weather office, which said roads would ice "
                             "over by dusk.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Snow is expected to close the pass for three days, the mountain weather office "
         "said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// A clause coordinated after another clause of its sentence that reports someone's words ("…,
// the rail operator said, and the depot will close in May") may be governed by that credit: not
// read with confidence as uncredited, so no drop is flagged. The same fact in a sentence of its
// own, with no credit, is a drop.
TEST(ClaimAttributionConfidence, AClauseCoordinatedAfterACreditIsNoClearDrop) {
    const std::string wire = "The Eastfield depot will close in May, the rail operator said.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "About 140 people work at the site, the rail operator said, and the Eastfield depot "
         "will close in May.\n",
         "Trains were cancelled again on Tuesday. The Eastfield depot will close in May.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// A person credited by the role of a body written as a pronoun ("Its chairwoman, Edda Strom,")
// against an outlet crediting a body ("the growers' union says"): maybe the body and the
// person who speaks for it, so a note and no flag. A person whose role names a body is read
// (the comparison of names decides).
TEST(ClaimAttributionConfidence, APersonByTheRoleOfAnUnresolvedBodyIsNoClearChange) {
    const std::string wire = "The growers' union met in Tarn on Monday. Its chairwoman, "
                             "Edda Strom, said apple prices would fall by a tenth this winter.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Apple prices will fall by a tenth this winter, the growers' union says.\n",
         "Apple prices will fall by a tenth this winter, said Ivo Lenz, the mayor of Tarn.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

} // namespace

