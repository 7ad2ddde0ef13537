// Who is quoted: a speaker difference ("the same quoted words are given to another person") is
// flagged only where both sides' speakers were read with confidence; where one was not, the
// claim carries a note that names both and says why nothing is flagged (claim_compare_sources.cpp,
// compare_speaker). And how a "he said" is resolved to the person named before it
// (claim_mentions.cpp). Articles written for these tests.
#include "claim_test_support.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;
using namespace wiretrace::claim_test;

namespace {

// "Bruno Kestel, who runs the shelter, said …" credits a person as the sentence's source; the
// "he said" of the next sentence is his, not the last person quoted before him.
TEST(ClaimSpeakerConfidence, APersonCreditedAsTheSourceIsWhomHeStandsFor) {
    const std::string quote = kOpen + "We turned away forty dogs in a single week," + kClose;
    const std::string wire = "The shelter on Dock Road will close in May.\n\n" + kOpen +
                             "The lease ends and nobody offered us another," + kClose +
                             " said council leader Petra Aminov.\n\nBruno Kestel, manager of "
                             "the shelter, said volunteers were exhausted. " +
                             quote + " he said.\n";
    Analysis a = analyze_texts({wire, wire,
                                "The shelter on Dock Road will close in May, the council said.\n\n"
                                "Bruno Kestel, manager of the shelter, said volunteers were "
                                "exhausted. " + quote + " he told reporters.\n"});
    EXPECT_EQ(speaker_of(a, "forty dogs", 0), "Bruno Kestel");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    // A body credited the same way is no "he".
    Analysis b = analyze_texts({"The shelter will close in May, said council leader Petra "
                                "Aminov.\n\nDock Road Holdings said the lease had ended. " +
                                quote + " he said.\n"});
    EXPECT_EQ(speaker_of(b, "forty dogs", 0), "Petra Aminov");
}

} // namespace

namespace {

// "…“never saw an inspector”, according to the report": the quotation's speaker was not read;
// the name compared is the source the outlet credits, here a document that does not say whose
// it is, no evidence that someone else spoke. No speaker flag: a note naming both.
TEST(ClaimSpeakerConfidence, AQuotationCreditedOnlyToAnAuthorlessReportIsANote) {
    const std::string wire = "Ivo Marr, who chairs the tenants' association, said residents " +
                             kOpen + "never once saw an inspector on the upper floors" + kClose +
                             ".\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Residents " + kOpen + "never once saw an inspector on the upper floors" + kClose +
             ", according to the report.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    EXPECT_NE(notes_on(a, "inspector", 2).find("document that does not say whose"),
              std::string::npos)
        << notes_on(a, "inspector", 2);
}

} // namespace

namespace {

// "“…,” Lena Strom, secretary of the tenants' union, TUL, told Harbour Radio.": the name right
// after the closing mark, set off by a comma, is who spoke; neither the acronym ending her
// description nor the station she spoke to is.
TEST(ClaimSpeakerConfidence, ANameInAppositionAfterTheQuoteIsTheSpeaker) {
    const std::string quote = kOpen + "Nobody has checked the fire doors in years," + kClose;
    const std::string wire = quote + " said Ivo Marr, who chairs the tenants' association.\n";
    Analysis a = analyze_texts(
        {wire, wire, quote + " Lena Strom, secretary of the tenants' union, TUL, told Harbour Radio.\n"});
    EXPECT_EQ(speaker_of(a, "fire doors", 2), "Lena Strom");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    EXPECT_NE(details(a, 2).find("Lena Strom"), std::string::npos) << details(a, 2);
}

} // namespace

namespace {

// "“…,” the mayor said" in an outlet that names no mayor, against "…, said Ilse Brandvik, who
// has led the town since 2020": the role alone may be the named person in office. A note, no
// speaker flag.
TEST(ClaimSpeakerConfidence, ARoleAloneAgainstANamedPersonIsANote) {
    const std::string quote = kOpen + "No ship leaves this harbour until the ice is gone," + kClose;
    const std::string wire = "Ice closed the port of Vestby on Monday.\n\n" + quote +
                             " said Ilse Brandvik, who has led the town since 2020.\n";
    Analysis a = analyze_texts(
        {wire, wire, "Ice closed the port of Vestby.\n\n" + quote + " the mayor said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    EXPECT_NE(notes_on(a, "ice is gone", 2).find("role only"), std::string::npos)
        << notes_on(a, "ice is gone", 2);
}

} // namespace

namespace {

// "Maja Lund, the rector, and Councillor Tomas Berg walked the flooded halls. “…,” she said.":
// "she" is resolved to the person named last, a guess between two. Against the named speaker
// of another outlet, a note, no speaker flag. After a sentence naming one person it stays a flag
// when another person is named elsewhere.
TEST(ClaimSpeakerConfidence, APronounAfterASentenceNamingTwoPeopleIsANote) {
    const std::string quote = kOpen + "The gym floor will have to come up, all of it," + kClose;
    const std::string wire = "Water flooded the Ostby school on Friday.\n\n" + quote +
                             " said Maja Lund, the school's rector.\n";
    Analysis a = analyze_texts(
        {wire, wire,
         "Water flooded the Ostby school.\n\nMaja Lund, the rector, and Councillor Tomas Berg "
         "walked the flooded halls on Saturday. " + quote + " she said.\n",
         "Water flooded the Ostby school.\n\nRector Maja Lund called it a disaster. Councillor "
         "Tomas Berg led the clean-up. " + quote + " he said.\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    EXPECT_NE(notes_on(a, "gym floor", 2).find("naming two or more people"), std::string::npos)
        << notes_on(a, "gym floor", 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Speaker))
        << details(a, 3) << speaker_of(a, "gym floor", 3) << "/" << speaker_of(a, "gym floor", 2);
}

} // namespace

namespace {

// "In a statement, the governor's office said: “…”" against the governor by name: the office
// speaks for its holder. A note, no speaker flag.
TEST(ClaimSpeakerConfidence, TheOfficeOfARoleAgainstANamedPersonIsANote) {
    const std::string quote = kOpen + "Every family will have a roof by the end of the week," + kClose;
    const std::string wire = "Storms tore through Lerwick county on Tuesday.\n\n" + quote +
                             " said Governor Edda Rask.\n";
    Analysis a = analyze_texts({wire, wire,
                                "Storms tore through Lerwick county.\n\nIn a statement, the "
                                "governor's office said: " + quote + "\n"});
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Speaker)) << details(a, 2);
    EXPECT_NE(notes_on(a, "roof by the end", 2).find("role only"), std::string::npos)
        << notes_on(a, "roof by the end", 2);
}

} // namespace
