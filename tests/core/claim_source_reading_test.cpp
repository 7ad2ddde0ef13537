// Reading whom a clause credits (claim_attribution.cpp, find_source): the source must be a noun
// phrase that really says something, so that the comparison is not handed a verb, a passive
// subject or two phrases run together as a "source". Articles written for this test.
#include "claim_test_support.h"

#include "core/claim_lexicon.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;
using namespace wiretrace::claim_test;

namespace {

// A passive "were told" / "has been reported" credits nobody: its subject is who was told.
TEST(ClaimSourceReading, PassiveReportingVerbCreditsNobody) {
    const Analysis a = analyze_texts({
        "Shoppers in the east of Dunmore, Caldria, were told Friday evening to keep away from "
        "the market square after a gas leak.\n",
        "Drivers on the coast road have been told to expect delays of an hour, the highways "
        "board said.\n",
    });
    EXPECT_EQ(source_of(a, "gas leak", 0), "");
    const std::string roads = source_of(a, "delays of an hour", 1);
    EXPECT_NE(roads.find("highways board"), std::string::npos) << roads;
}

// "…, a claim the council denied.": the denial's subject is the council, not "claim the
// council" (a relative clause without "which").
TEST(ClaimSourceReading, ReducedRelativeClauseSubjectIsTheSecondPhrase) {
    const Analysis a = analyze_texts({
        "Greenfield Trust accused the harbour board of hiding the repair bill, an accusation "
        "the board denied.\n",
    });
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions) {
            const std::string who(claim_name(a, m.source));
            EXPECT_EQ(who.find("accusation"), std::string::npos) << who;
        }
    bool board = false;
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            board |= std::string(claim_name(a, m.source)).find("board") != std::string::npos;
    EXPECT_TRUE(board);
}

// Present-tense copy ("the airline admits", "police warn") credits as "said" does: an outlet
// writing it has kept the source, not dropped it.
TEST(ClaimSourceReading, PresentTenseVerbsOfSayingCredit) {
    const Analysis a = analyze_texts({
        "Nine evening flights to Orlen have been cancelled, the airline said on Monday.\n",
        "Nine evening flights to Orlen have been cancelled, the airline admits.\n",
        "Police warn that the ring road will stay closed until Thursday.\n",
    });
    EXPECT_NE(source_of(a, "flights to Orlen", 1), "");
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
    EXPECT_EQ(source_of(a, "ring road", 2), "Police");
    // With a plain object the verb reports nothing: "admits defeat" is the act itself.
    const Analysis b = analyze_texts({"The Harrow club admits defeat in its bid for the "
                                      "stadium.\n"});
    EXPECT_EQ(source_of(b, "stadium", 0), "");
}

// "Ingrid Solheim, the port's director," in one outlet and "according to the port's director" in
// another: the role set off by commas beside the name says who holds it, as a title written
// before the name does, so the second outlet credits her, not someone else.
TEST(ClaimSourceReading, RoleInAppositionNamesItsHolder) {
    const Analysis after = analyze_texts({
        "Repairs to the east pier will take six weeks, Ingrid Solheim, the port's director, "
        "told reporters on Monday.\n",
        "Repairs to the east pier will take six weeks, according to the port's director.\n",
    });
    EXPECT_EQ(source_of(after, "east pier", 1), "Ingrid Solheim");
    EXPECT_FALSE(flags(after, 1, DifferenceKind::Attribution)) << details(after, 1);
    const Analysis before = analyze_texts({
        "The library's chief archivist, Pavel Hrabe, said the flooded basement held no "
        "manuscripts.\n",
        "The flooded basement held no manuscripts, the chief archivist said.\n",
    });
    EXPECT_EQ(source_of(before, "manuscripts", 1), "Pavel Hrabe");
}

// A body named by its kind ("the electricity company", "Kestria's flood warning agency") is the
// one named body of that kind the corpus has speak whose name holds the description's own words;
// the article's later "the agency" is that body too. Not when the kinds differ (a regulator is
// not the company) or two bodies fit.
TEST(ClaimSourceReading, DescriptionOfABodyIsTheBodyItNames) {
    const Analysis power = analyze_texts({
        "About 40,000 homes in Selby lost power overnight, the electricity company said.\n",
        "About 40,000 homes in Selby lost power overnight, Dunmore Electricity said on "
        "Friday.\n",
        "Bills will not rise this winter, the electricity regulator said.\n",
    });
    EXPECT_EQ(source_of(power, "Selby", 0), "Dunmore Electricity");
    EXPECT_FALSE(flags(power, 0, DifferenceKind::Attribution)) << details(power, 0);
    EXPECT_FALSE(flags(power, 1, DifferenceKind::Attribution)) << details(power, 1);
    EXPECT_EQ(source_of(power, "Bills", 2), "electricity regulator");

    const Analysis flood = analyze_texts({
        "The sea wall at Harle will hold, the National Flood Warning Office said. The tide will "
        "peak at 6 p.m., the office added.\n",
        "Kestria's flood warning agency expects the sea wall at Harle to hold. The agency said the "
        "tide would peak at 6 p.m.\n",
    });
    EXPECT_EQ(source_of(flood, "peak at 6", 1), "National Flood Warning Office");
    EXPECT_FALSE(flags(flood, 1, DifferenceKind::Attribution)) << details(flood, 1);

    const Analysis two = analyze_texts({
        "The coast road will reopen on Monday, the National Roads Agency said.\n",
        "The ring road will reopen on Tuesday, the Regional Roads Agency said.\n",
        "The coast road will reopen on Monday, the roads agency said.\n",
    });
    EXPECT_EQ(source_of(two, "coast road", 2), "roads agency");
}

// Names and sources are compared in one house spelling: an American pickup's "Center" and
// "organizers" are the wire's "Centre" and "organisers"; words that only look alike are not
// folded into one another.
TEST(ClaimSourceReading, HouseSpellingFoldsBritishAndAmericanAlike) {
    using claims_internal::house_spelling;
    EXPECT_EQ(house_spelling("center"), house_spelling("centre"));
    EXPECT_EQ(house_spelling("organizers"), house_spelling("organisers"));
    EXPECT_EQ(house_spelling("organization"), house_spelling("organisation"));
    EXPECT_EQ(house_spelling("defense"), house_spelling("defence"));
    EXPECT_EQ(house_spelling("labor"), house_spelling("labour"));
    EXPECT_EQ(house_spelling("harbors"), house_spelling("harbours"));
    EXPECT_NE(house_spelling("size"), house_spelling("sise"));
    EXPECT_NE(house_spelling("four"), house_spelling("for"));
    EXPECT_EQ(house_spelling("genre"), "genre");
    EXPECT_EQ(house_spelling("council"), "council");
}

// An American pickup's "the organizers said" is the wire's "the organisers said".
TEST(ClaimSourceReading, HouseSpellingOfASourceIsNoOtherSource) {
    const Analysis a = analyze_texts({
        "The harbour regatta will start an hour late because of fog, the organisers said.\n",
        "The harbor regatta will start an hour late because of fog, the organizers said.\n",
    });
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
}

// The credited body acting in an American pickup ("The center has seen no sign …") is the
// body the wire credits ("…, the centre added"): no attribution dropped.
TEST(ClaimSourceReading, HouseSpellingOfTheBodyActingIsTheCreditedBody) {
    const Analysis a = analyze_texts({
        "The Harle Coastal Centre has been measuring the dunes since May. There is no sign that "
        "the dunes are eroding faster, the centre added.\n",
        "The Harle Coastal Centre has been measuring the dunes since May. There is no sign that "
        "the dunes are eroding faster, the centre added.\n",
        "The Harle Coastal Center has been measuring the dunes since May. The center has seen no "
        "sign that the dunes are eroding faster.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "It's the company's worst day since 2019" after "Dalby Foods says …": the short "it's" is the
// pronoun "it", which may stand for the credited company, as "It is" does; no clear drop.
TEST(ClaimSourceReading, ShortItsOpeningIsThePronounIt) {
    const std::string wire =
        "Shares in Dalby Foods fell 8% on Monday. It was the worst day for the shares since "
        "2019, the company said.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "Dalby Foods says its shares fell eight per cent on Monday. It's the worst day for the "
        "shares since 2019.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "…, after the company reported a loss of €40 million, its first annual loss in six years.": the
// phrase in apposition has no verb and no credit of its own; the sentence's report may reach it,
// so it is a note, not a clear drop.
TEST(ClaimSourceReading, VerblessPhraseTakesNoCreditOfItsOwn) {
    const std::string wire =
        "Dalby Foods lost €40 million in the year to June, its first annual loss in six years, "
        "the company said on Tuesday.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "The chief executive of Dalby Foods faced questions on Wednesday after the company "
        "reported a loss of €40 million, its first annual loss in six years.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_NE(notes_on(a, "first annual loss", 2).find("not flagged"), std::string::npos);
}

// An adjective in "-ional" names its noun: "officials in the region say" is the wire's
// "regional officials said"; officials of another body stay another source.
TEST(ClaimSourceReading, AdjectiveOfAPlaceIsThePlace) {
    const Analysis a = analyze_texts({
        "Some 900 homes on the Velt estuary were left without water on Sunday, regional officials "
        "said.\n",
        "Some 900 homes on the Velt estuary were left without water on Sunday, regional officials "
        "said.\n",
        "Some 900 homes on the Velt estuary were left without water on Sunday, officials in the "
        "region say.\n",
        "Some 900 homes on the Velt estuary were left without water on Sunday, officials at the "
        "port say.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// A person credited with their body ("Inspector Mara Holt of Dunmore police") names the body too:
// an outlet whose subject is that body acting ("Six police patrols were sent") has not dropped
// the credit.
TEST(ClaimSourceReading, PersonOfABodyNamesTheBody) {
    const std::string wire = "Six patrols were sent to the Harle warehouse on Friday night, said "
                             "Inspector Mara Holt of Dunmore police.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "Six police patrols were sent to the Harle warehouse on Friday night.\n",
    });
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_EQ(source_of(a, "Harle", 0), "Inspector Mara Holt of Dunmore police");
}

// A sentence that is one clause and its closing "according to": the credit is that clause's own,
// so an outlet that gives the figure bare has dropped it (recall, not only precision).
TEST(ClaimSourceReading, ClosingAccordingToIsTheClausesOwnCredit) {
    const std::string wire = "The thieves have asked for a payment of $2 million in gold, "
                             "according to three people familiar with the inquiry.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "The thieves have asked for a payment of $2 million in gold.\n",
    });
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

} // namespace

// "“Nobody asked whether the work was needed.”": an indefinite pronoun opening a sentence is no
// name, so it is no organisation that speaks either, and "the firm" of a later sentence is still
// the firm the article named.
TEST(ClaimSourceReading, NobodyIsNoNameTheFirmCanStandFor) {
    const Analysis a = analyze_texts({
        "Harwick Partners said on Monday that it had won the harbour dredging contract.\n\n"
        "\"We were surprised,\" said Lena Frost, who runs a ferry from the quay. \"Nobody asked "
        "us whether the work was needed.\"\n\n"
        "The contract is worth 4 million euros, a spokesman for the firm said.\n",
        "Harwick Partners said it would start dredging the harbour in May.\n",
    });
    EXPECT_EQ(source_of(a, "4 million euros", 0), "Harwick Partners");
}

// "…, Corvane disclosed to the stock exchange.": whom it was said to closes the attribution as
// "on Monday" does; the clause before the comma is what the company reported, credited to it.
TEST(ClaimSourceReading, WhomItWasToldToClosesTheAttribution) {
    const Analysis a = analyze_texts({
        "Two in five of the votes cast went against the bonus plan, Marlowe Foods disclosed to "
        "the stock exchange.\n",
        "Marlowe Foods said the vote was advisory.\n",
    });
    EXPECT_EQ(source_of(a, "bonus plan", 0), "Marlowe Foods");
}

// "according to Halden Water's annual report": a document credits the owner named before it,
// so an outlet writing "Halden Water said" keeps the source, and one crediting analysts
// changes it.
TEST(ClaimSourceReading, AnOwnedDocumentCreditsItsOwner) {
    const std::string wire = "Halden Water lost 4 million euros last year, according to Halden "
                             "Water's annual report.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "Halden Water lost 4 million euros last year, the company said.\n",
        "Halden Water lost 4 million euros last year, analysts at Brook Capital said.\n",
    });
    EXPECT_EQ(source_of(a, "4 million", 0), "Halden Water");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_TRUE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
}

// "The Marsh Valley Water Authority has banned hosepipes …, the regulator said": a public body
// described by what it does stands for the public body its own sentence named, so an outlet
// stating the ban with that body as subject has dropped no credit.
TEST(ClaimSourceReading, ARegulatorStandsForThePublicBodyItsSentenceNamed) {
    const std::string wire = "The Marsh Valley Water Authority has banned hosepipes in four "
                             "districts until October, the regulator said on Friday.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "The Marsh Valley Water Authority has banned hosepipes in four districts until October.\n",
    });
    EXPECT_EQ(source_of(a, "hosepipes", 0), "Marsh Valley Water Authority");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "The watchdog found no evidence that …": what a body, or its inquiry, found evidence of, or
// none, is its finding, credited as "found that" is; "Divers found two bodies" reports nothing.
TEST(ClaimSourceReading, FoundNoEvidenceThatIsAFinding) {
    const Analysis a = analyze_texts({
        "The watchdog found no evidence that any of the meters had been tampered with.\n",
        "Investigators found no sign of a fault in the braking system.\n",
        "Divers found two bodies in the harbour on Sunday morning.\n",
    });
    EXPECT_EQ(source_of(a, "tampered", 0), "watchdog");
    EXPECT_EQ(source_of(a, "braking system", 1), "Investigators");
    EXPECT_EQ(source_of(a, "harbour", 2), "");
}

// "Council figures show 340 homes empty …": what a document shows is its author's statement,
// credited as "the report said" is; "Rents show no sign of falling" credits nobody.
TEST(ClaimSourceReading, WhatADocumentShowsIsCredited) {
    const Analysis a = analyze_texts({
        "Council figures show 340 homes standing empty in the old town.\n",
        "Rents show no sign of falling in the old town this winter.\n",
    });
    EXPECT_EQ(source_of(a, "340 homes", 0), "Council figures");
    EXPECT_EQ(source_of(a, "falling", 1), "");
}

// "Garden-tools maker Fennow Tools will stop selling its petrol-driven Fennow Mower …, the maker
// said": a name after "its" is the business's product, not the business, though it shares its
// first word (and the corpus's "Fennow said" ranks that word an organisation); "the maker" is
// Fennow Tools, and an outlet crediting Fennow Tools keeps the source.
TEST(ClaimSourceReading, ANameAfterItsIsAProductNotTheBusiness) {
    const std::string wire = "Garden-tools maker Fennow Tools will stop selling its petrol-driven "
                             "Fennow Mower in June, the maker said on Tuesday.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "Fennow Tools will stop selling its petrol-driven Fennow Mower in June, Fennow Tools "
        "said.\n",
        "Fennow said the mower had sold poorly.\n",
    });
    EXPECT_EQ(source_of(a, "June", 0), "Fennow Tools");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "…, the court heard.": evidence before a court or an inquiry is credited by the hearing that
// received it; an outlet that states the fact bare has dropped that credit, one writing
// "according to evidence given in court" has kept it. What a crowd "heard" is no credit.
TEST(ClaimSourceReading, WhatTheCourtHeardIsCredited) {
    const std::string wire = "The depot's tanker drivers worked shifts of up to 16 hours in the "
                             "week of the crash, the court heard.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "The depot's tanker drivers worked shifts of up to 16 hours in the week of the crash.\n",
        "According to evidence given in court, the depot's tanker drivers worked shifts of up to "
        "16 hours in the week of the crash.\n",
        "Pay at the depot had been frozen for three years, the inquiry was told.\n",
        "Neighbours heard two loud bangs shortly before midnight.\n",
    });
    EXPECT_EQ(source_of(a, "16 hours", 0), "court");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    EXPECT_FALSE(flags(a, 3, DifferenceKind::Attribution)) << details(a, 3);
    EXPECT_EQ(source_of(a, "frozen", 4), "inquiry");
    EXPECT_EQ(source_of(a, "two loud bangs", 5), "");
}

// "…, the harbour master told NPA.": whom it was told to (a wire, the press) closes the
// attribution; the source is who told it, never the addressee.
TEST(ClaimSourceReading, WhomItWasToldIsNoSource) {
    const Analysis a = analyze_texts({
        "Fourteen trawlers stayed in port on Monday, the Dunmore harbour master told NPA.\n",
        "Fourteen trawlers stayed in port on Monday, the Dunmore harbour master said.\n",
        "Ice closed the outer channel for six hours, the fishermen's association told "
        "reporters.\n",
    });
    EXPECT_NE(source_of(a, "Fourteen", 0), "NPA");
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Attribution)) << details(a, 0);
    EXPECT_NE(source_of(a, "outer channel", 2).find("association"), std::string::npos)
        << source_of(a, "outer channel", 2);
}

// "The liquidators said the staff had not been paid": people named by what they do (a plural
// agent noun) who say something are its source, as "investigators" are.
TEST(ClaimSourceReading, PeopleNamedByWhatTheyDoWhoSaySomethingAreTheSource) {
    const Analysis a = analyze_texts({
        "The liquidators said the Kelby bakery's 40 staff had not been paid since October.\n",
    });
    EXPECT_EQ(source_of(a, "40 staff", 0), "liquidators");
}

// "…, the company said" after a workers' guild, federation or alliance was named: a body of
// members is no business, so "the company" stays the firm the article named as a business, and
// an outlet that names the firm in full credits the same source.
TEST(ClaimSourceReading, TheCompanyIsNoMembersBody) {
    const Analysis a = analyze_texts({
        "Pellow Ferries will cut its winter crossings to Arran Point, the company said on "
        "Tuesday.\n\nThe Coastal Seafarers' Guild said the cuts were reckless.\n\nFoot "
        "passengers will still be carried on every sailing, the company said.\n",
        "Foot passengers will still be carried on every sailing, Pellow Ferries said.\n",
    });
    EXPECT_EQ(source_of(a, "Foot passengers", 0).find("Guild"), std::string::npos)
        << source_of(a, "Foot passengers", 0);
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
}

// "their union, the Coastal Seafarers' Guild, says", "The dockers' union, the Harbour and Port
// Workers' Alliance, said": a body described by its kind, then named in apposition, is credited
// by its name, as an outlet writing the name alone credits it: no change of source.
TEST(ClaimSourceReading, ABodyNamedAfterItsKindIsCreditedByName) {
    const std::string wire = "Kelby Ferries has offered its deckhands a 3% rise from May, which "
                             "the Coastal Seafarers' Guild says is too little.\n";
    const Analysis a = analyze_texts({
        wire,
        "Deckhands have been offered a 3% rise from May, but their union, the Coastal "
        "Seafarers' Guild, says the offer is too little.\n",
        wire,
        "The dockers' union, the Harbour and Port Workers' Alliance, said overtime bans would "
        "start on Monday.\n",
    });
    EXPECT_EQ(source_of(a, "the offer is too little", 1), "Coastal Seafarers' Guild");
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
    const std::string dockers = source_of(a, "overtime bans", 3);
    EXPECT_NE(dockers.find("Alliance"), std::string::npos) << dockers;
}

// "…, a report published on Tuesday found.": when the report came out says nothing of whose it
// is; the source is the report (a document without its author), not "published on Tuesday", so
// against the body that wrote it nothing is flagged.
TEST(ClaimSourceReading, WhenADocumentCameOutIsNoSource) {
    const std::string wire = "Nine of the county's 40 care homes had too few night staff, the "
                             "care inspectorate said in a report published on Tuesday.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "Nine of the county's 40 care homes had too few night staff, a report published on "
        "Tuesday found.\n",
    });
    EXPECT_EQ(source_of(a, "night staff", 2), "a report");
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "Port director Ingrid Sole will hire …, she said." after a sentence naming someone else: the
// person named in the pronoun's own sentence is who "she" stands for.
TEST(ClaimSourceReading, APronounStandsForThePersonNamedInItsSentence) {
    const Analysis a = analyze_texts({
        "Harbour master Tomas Lind said the quay would reopen on Monday.\n\nPort director "
        "Ingrid Sole will hire twelve more pilots next year, she said.\n",
        "Ingrid Sole, the port director, said she would hire twelve more pilots next year.\n",
    });
    EXPECT_EQ(source_of(a, "twelve more pilots", 0), "Ingrid Sole");
}

// "…, the union says." in an article that named "the Coastal Seafarers' Guild": a body of
// members by its kind is the members' body the article named, whatever it calls itself.
TEST(ClaimSourceReading, TheUnionIsTheMembersBodyTheArticleNamed) {
    const std::string wire = "Deckhands at Kelby Ferries walked out on Friday, the Coastal "
                             "Seafarers' Guild said.\n\nThe pay offer of 3 per cent is too "
                             "little, the Coastal Seafarers' Guild says.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "Deckhands at Kelby Ferries walked out on Friday, the Coastal Seafarers' Guild "
        "said.\n\nThe pay offer of 3 per cent is too little, the union says.\n",
    });
    const std::string who = source_of(a, "too little", 2);
    EXPECT_NE(who.find("Guild"), std::string::npos) << who;
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// "…, on the advice of the county's bathing water team.": whose advice a measure follows is its
// source, as "according to" names one.
TEST(ClaimSourceReading, OnTheAdviceOfNamesTheSource) {
    const std::string wire = "Swimmers have been told to stay out of the water at Kelby Sands, "
                             "the county's bathing water team said.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "Bathers have been told to keep out of the sea at Kelby Sands, on the advice of the "
        "county's bathing water team.\n",
    });
    const std::string who = source_of(a, "Bathers", 2);
    EXPECT_NE(who.find("bathing water team"), std::string::npos) << who;
    EXPECT_FALSE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
}

// A "she" inside the sentence that names its subject before it ("praised what she called
// “…”") is that subject, not the person the article quoted last; a name after "of" in the
// speaker's apposition is whom the speaker works for, not the speaker.
namespace {
TEST(ClaimSourceReading, PronounAndApposedOwnerInTheSpeakersOwnSentence) {
    const Analysis a = analyze_texts({
        "The ferry Morna ran aground off Kessholm on Sunday, the coastguard said.\n\n"
        "Captain Olaf Brenner said the crew had acted quickly.\n\n"
        "The island's harbour master, Greta Lindahl, welcomed what she called " + kOpen +
            "a textbook evacuation in heavy seas" + kClose + ".\n\n"
        "Piet Arnesen, the chief engineer of operator Norland Sealink, told reporters: " +
            kOpen + "The hull held, and every passenger was ashore within the hour." + kClose +
            "\n",
        "Greta Lindahl said the evacuation had gone well. Piet Arnesen said the hull had held.\n",
    });
    EXPECT_EQ(speaker_of(a, "textbook evacuation", 0), "Greta Lindahl");
    EXPECT_EQ(speaker_of(a, "The hull held", 0), "Piet Arnesen");
}

// The one person named before the pronoun is no antecedent when a preposition governs the
// name ("read by his lawyer, Rita Sand, he said"): the quoted words stay with the person named
// before.
TEST(ClaimSourceReading, PronounAfterANameInAPrepositionalPhrase) {
    const Analysis a = analyze_texts({
        "Former mayor Jonas Elm said on Tuesday that he had been cleared of fraud.\n\n"
        "In a statement read by his lawyer, Rita Sand, he said: " + kOpen +
            "I never took a single crown that was not mine." + kClose + "\n",
        "Rita Sand said her client would not appeal.\n",
    });
    EXPECT_EQ(speaker_of(a, "single crown", 0), "Jonas Elm");
}
} // namespace

// "by its own estimate": "estimate" after a possessive is the noun, not the verb of "the
// association estimates …"; the words before it ("by its own") are no source.
namespace {
TEST(ClaimSourceReading, EstimateAfterAPossessiveIsNoVerbOfSaying) {
    const Analysis a = analyze_texts({
        "The harbour board faces dredging costs of 12 million euros, by its own estimate.\n"
        "\nThe frost destroyed a third of the crop, the growers' association estimates.\n",
    });
    const std::string who = source_of(a, "dredging costs", 0);
    EXPECT_EQ(who.find("own"), std::string::npos) << who;
    EXPECT_EQ(who.find("by its"), std::string::npos) << who;
    EXPECT_NE(source_of(a, "destroyed a third", 0), "");
}
} // namespace

// "The church said it had received a petition …" credits the church, a body speaking by its
// kind; against a wire that credits the campaign group, the credit is changed.
namespace {
TEST(ClaimSourceReading, TheChurchSpeaksAsABody) {
    const std::string wire = "A parish group, Save St Ebba's, says it has collected 9,400 "
                             "signatures against the sale of the chapel.\n";
    const Analysis a = analyze_texts({
        wire,
        wire,
        "The church said it had received a petition with 9,400 signatures against the sale of "
        "the chapel.\n",
    });
    EXPECT_EQ(source_of(a, "9,400 signatures", 2), "church");
}
} // namespace

// "The board's assessment found that …" credits the board, as "the board's report found"
// does: an assessment is a document its owner's findings are read from.
namespace {
TEST(ClaimSourceReading, AnAssessmentFindsForItsOwner) {
    const Analysis a = analyze_texts({
        "The water board's assessment found that leakage rose to 19% of supply last year.\n",
    });
    const std::string who = source_of(a, "leakage", 0);
    EXPECT_NE(who.find("water board"), std::string::npos) << who;
}
} // namespace

// "A, the council said, but B": the credit set off by commas is A's, the sentence's main
// clause. When the sentence is kept whole (B not cut off as a clause of its own), the mention
// still credits the council: an outlet that kept the credit has not dropped it, and one that
// names another body has changed it.
TEST(ClaimSourceReading, CreditBeforeButIsTheMainClausesWhenTheSentenceIsKeptWhole) {
    const Analysis a = analyze_texts({
        "The spring water carries no risk to health, the council said, but it breaks "
        "bottling rules.\n",
        "The spring water carries no risk to health, the council said.\n",
    });
    const std::string who = source_of(a, "risk to health", 0);
    EXPECT_NE(who.find("council"), std::string::npos) << who;
    EXPECT_FALSE(flags(a, 0, DifferenceKind::Attribution)) << details(a, 0);
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
}

// "It rated the fault grade 2": a grade is the judgement of whoever gave it, credited to them
// as a finding is. An outlet that writes "was rated grade 2" with no agent has dropped who
// graded it; one that names the grader in full has kept the credit.
TEST(ClaimSourceReading, WhoGradesIsTheGradesSource) {
    const Analysis a = analyze_texts({
        "A pump at the Velden water works failed on Sunday, the drinking water inspectorate "
        "said. It rated the fault grade 2 on the national scale for supply failures.\n",
        "A pump at the Velden water works failed on Sunday, the drinking water inspectorate "
        "said. The drinking water inspectorate rated the fault grade 2 on the national scale "
        "for supply failures.\n",
        "A pump at the Velden water works failed on Sunday, the drinking water inspectorate "
        "said. The fault was rated grade 2 on the national scale for supply failures.\n",
    });
    const std::string who = source_of(a, "grade 2", 0);
    EXPECT_NE(who.find("inspectorate"), std::string::npos) << who;
    EXPECT_FALSE(flags(a, 1, DifferenceKind::Attribution)) << details(a, 1);
    EXPECT_EQ(source_of(a, "grade 2", 2), "");
    EXPECT_TRUE(flags(a, 2, DifferenceKind::Attribution)) << details(a, 2);
    // A thing graded by nobody who speaks credits nobody.
    const Analysis b = analyze_texts({"The old bridge rated poorly in every survey of the "
                                      "county's roads.\n"});
    EXPECT_EQ(source_of(b, "bridge", 0), "");
}

// "The federation said …" in an article that never names it: the one body of that kind the
// other outlets name ("the Nordic Rowing Federation said") is whom it stands for, so that a
// credit to it can be compared with another body's. Two federations named leave it as written.
TEST(ClaimSourceReading, ABodyByItsKindIsTheCorpusOneBodyOfThatKind) {
    const std::string named = "Selma Vik won the single sculls final in record time, the Nordic "
                              "Rowing Federation said on Sunday.\n";
    Analysis a = analyze_texts(
        {named, named, "The federation said Selma Vik won the single sculls final in record "
                       "time.\n"});
    EXPECT_EQ(source_of(a, "single sculls", 2), "Nordic Rowing Federation");
    Analysis b = analyze_texts(
        {named,
         "Selma Vik won the single sculls final in record time, the Baltic Canoe Federation "
         "said.\n",
         "The federation said Selma Vik won the single sculls final in record time.\n"});
    EXPECT_EQ(source_of(b, "single sculls", 2), "federation");
}
