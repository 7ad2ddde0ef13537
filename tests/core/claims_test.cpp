// Claims engine: on the seeds, the claims a reader checks by eye (the distance to Homs, the
// "mother of all battles" quote, Abbas's quote, SANA's air strikes, 004's and 001's own claims,
// and every case issue 8 lists); on small constructed articles, each rule once (ClaimsRules) and
// each kind of difference marked only on the outlet that departs; the candidate index against
// scoring every claim (ClaimsReference); bad input.
#include "core/analysis_binary.h"
#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/claims.h"
#include "core/claim_knowledge.h"
#include "core/claim_mention_builder.h"
#include "core/claims_internal.h"
#include "core/corpus.h"
#include "core/quantities.h"
#include "core/text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

using namespace wiretrace;

namespace {

const Analysis& seeds() {
    static const Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    return a;
}

std::string prefix_of(const Analysis& a, int article) {
    return a.corpus.articles[static_cast<std::size_t>(article)].id.substr(0, 3);
}

std::set<std::string> outlets(const Analysis& a, const Claim& c) {
    std::set<std::string> s;
    for (const ClaimMention& m : c.mentions) s.insert(prefix_of(a, m.article));
    return s;
}

// The claims with a mention whose text contains `needle`.
std::vector<const Claim*> claims_with(const Analysis& a, const std::string& needle) {
    std::vector<const Claim*> out;
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            if (text_of(a, m).find(needle) != std::string::npos) {
                out.push_back(&c);
                break;
            }
    return out;
}

const Claim& only_claim_with(const Analysis& a, const std::string& needle) {
    std::vector<const Claim*> cs = claims_with(a, needle);
    EXPECT_EQ(cs.size(), 1u) << "claims mentioning \"" << needle << "\"";
    static const Claim none;
    return cs.empty() ? none : *cs.front();
}

int count_kind(const Claim& c, DifferenceKind k) {
    return static_cast<int>(std::count_if(c.differences.begin(), c.differences.end(),
                                          [&](const ClaimDifference& d) { return d.kind == k; }));
}

using Set = std::set<std::string>;

} // namespace

// --- Seeds ---------------------------------------------------------------------------------

TEST(ClaimsSeeds, DistanceToHomsIsOneClaimOfFourOutletsWithoutQuantityConflict) {
    const Analysis& a = seeds();
    const Claim& c = only_claim_with(a, "away from Homs");
    EXPECT_EQ(outlets(a, c), (Set{"000", "001", "002", "003"}));
    EXPECT_EQ(c.type, ClaimType::Quantity);
    EXPECT_EQ(c.label, "Insurgents are now 5 kilometers (3 miles) away from Homs");
    EXPECT_EQ(count_kind(c, DifferenceKind::Quantity), 0);
    for (const ClaimMention& m : c.mentions) {
        ASSERT_FALSE(m.quantities.empty()) << text_of(a, m);
        EXPECT_EQ(m.quantities[0].unit, "km");
        ASSERT_TRUE(m.source >= 0) << text_of(a, m);
        EXPECT_EQ(claim_name(a, m.source), "Syrian Observatory for Human Rights");
    }
    // 001 writes only "3 miles": converted, and agreeing with 5 km within rounding.
    for (const ClaimMention& m : c.mentions)
        if (prefix_of(a, m.article) == "001") EXPECT_NEAR(m.quantities[0].value, 4.83, 0.01);
}

TEST(ClaimsSeeds, MotherOfAllBattlesIsOneQuoteInAllFiveBySpeakerRamiAbdurrahman) {
    const Analysis& a = seeds();
    const Claim& c = only_claim_with(a, "mother of all battles");
    EXPECT_EQ(c.type, ClaimType::Quote);
    EXPECT_EQ(outlets(a, c), (Set{"000", "001", "002", "003", "004"}));
    for (const ClaimMention& m : c.mentions) {
        ASSERT_TRUE(m.speaker >= 0) << text_of(a, m);
        EXPECT_EQ(claim_name(a, m.speaker), "Rami Abdurrahman") << text_of(a, m);
    }
    EXPECT_EQ(c.label.rfind("\xE2\x80\x9CThe battle of Homs is the mother of all battles", 0), 0u)
        << c.label;
    EXPECT_NE(c.label.find("\xE2\x80\x94 Rami Abdurrahman"), std::string::npos) << c.label;
    // 002 paraphrases the quote ("crucial … determine who governs"): flagged, with the words.
    bool paraphrase_flagged = false;
    for (const ClaimDifference& d : c.differences) {
        if (d.kind != DifferenceKind::QuoteWording) continue;
        if (prefix_of(a, c.mentions[d.mention].article) == "002" &&
            prefix_of(a, c.mentions[d.reference].article) == "000") {
            paraphrase_flagged = true;
            EXPECT_NE(d.detail.find("crucial"), std::string::npos) << d.detail;
        }
    }
    EXPECT_TRUE(paraphrase_flagged);
    // 000 and 003 carry the same words: no difference between them.
    for (const ClaimDifference& d : c.differences)
        EXPECT_FALSE(prefix_of(a, c.mentions[d.reference].article) == "000" &&
                     prefix_of(a, c.mentions[d.mention].article) == "003");
}

TEST(ClaimsSeeds, AbbasGoodPositionQuoteResolvesSurnameToFullName) {
    const Analysis& a = seeds();
    const Claim& c = only_claim_with(a, "good position on the ground");
    EXPECT_EQ(c.type, ClaimType::Quote);
    Set o = outlets(a, c);
    for (const char* id : {"000", "001", "003", "004"}) EXPECT_TRUE(o.count(id)) << id;
    for (const ClaimMention& m : c.mentions) {
        ASSERT_TRUE(m.speaker >= 0) << text_of(a, m);
        // 000 writes only "Abbas said": resolved to the full name given earlier.
        EXPECT_EQ(claim_name(a, m.speaker), "Ali Mahmoud Abbas") << text_of(a, m);
    }
    EXPECT_EQ(c.label, "\xE2\x80\x9CWe are in a good position on the ground\xE2\x80\x9D "
                       "\xE2\x80\x94 Ali Mahmoud Abbas");
}

TEST(ClaimsSeeds, SanaAirStrikesClaimIsCreditedToSanaWithoutConflict) {
    const Analysis& a = seeds();
    const Claim& c = only_claim_with(a, "air force");
    EXPECT_EQ(outlets(a, c), (Set{"000", "001", "002", "003"}));
    for (const ClaimMention& m : c.mentions) {
        ASSERT_TRUE(m.source >= 0) << text_of(a, m);
        EXPECT_EQ(claim_name(a, m.source), "SANA");
    }
    EXPECT_EQ(count_kind(c, DifferenceKind::Attribution), 0);
    EXPECT_EQ(count_kind(c, DifferenceKind::Quantity), 0);
    // "Friday" is the article's date; "killing dozens of fighters" is a second fact of the
    // sentence (a consequence with a figure: a clause of its own), still credited to SANA,
    // "dozens" an interval of people.
    bool friday = false;
    for (const Quantity& q : c.mentions.front().quantities)
        if (q.unit == "date") friday = q.value == 20241206;
    EXPECT_TRUE(friday);
    const Claim& killing = only_claim_with(a, "killing dozens of fighters");
    EXPECT_NE(&killing, &c);
    EXPECT_EQ(outlets(a, killing), (Set{"000", "001", "003"}));
    const ClaimMention& k0 = killing.mentions.front();
    ASSERT_TRUE(k0.source >= 0);
    EXPECT_EQ(claim_name(a, k0.source), "SANA");
    bool dozens = false;
    for (const Quantity& q : k0.quantities)
        if (q.unit == "people") dozens = q.low == 24 && q.high == 99;
    EXPECT_TRUE(dozens);
    EXPECT_EQ(c.label.rfind("SANA: ", 0), 0u) << c.label;
}

TEST(ClaimsSeeds, LabelsReadAsWrittenAndAreCutAtAWord) {
    const Analysis& a = seeds();
    const std::string ellipsis = "\xE2\x80\xA6";
    for (const Claim& c : a.claims) {
        EXPECT_EQ(c.label.find("2000\xE2\x80\x93"
                               "9999"),
                  std::string::npos)
            << c.label;
        EXPECT_FALSE(c.label.empty());
        EXPECT_LE(c.label.size(), 200u) << c.label;
        // Never cut mid-word: a cut label ends in a whole word of the mention's text.
        if (c.label.size() > ellipsis.size() &&
            c.label.compare(c.label.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0 &&
            c.label.rfind("\xE2\x80\x9C", 0) != 0) {
            std::string body = c.label.substr(0, c.label.size() - ellipsis.size());
            std::size_t sp = body.find_last_of(' ');
            std::string last = body.substr(sp == std::string::npos ? 0 : sp + 1);
            bool whole = false;
            for (const ClaimMention& m : c.mentions) {
                std::string t(text_of(a, m));
                for (std::size_t p = t.find(last); p != std::string::npos;
                     p = t.find(last, p + 1)) {
                    std::size_t e = p + last.size();
                    if (e >= t.size() || !std::isalnum(static_cast<unsigned char>(t[e])))
                        whole = true;
                }
            }
            EXPECT_TRUE(whole) << c.label;
        }
    }
    const Claim& sana = only_claim_with(a, "Syrian and Russian air force");
    EXPECT_NE(sana.label.find("air force"), std::string::npos) << sana.label;
    const Claim& comment = only_claim_with(a, "There was no immediate comment");
    EXPECT_NE(comment.label.find("was"), std::string::npos) << comment.label;
    EXPECT_EQ(comment.label.rfind("There was no immediate comment from the Syrian military", 0), 0u)
        << comment.label;
    const Claim& hts = only_claim_with(a, "Salafist Sunni Islamic faction");
    EXPECT_EQ(hts.label.rfind("It is a Salafist Sunni Islamic faction", 0), 0u) << hts.label;
    const Claim& fleeing = only_claim_with(a, "loyal to Assad were seen fleeing");
    EXPECT_NE(fleeing.label.find("Thousands of Homs residents who are loyal to Assad"),
              std::string::npos)
        << fleeing.label;
    // An aside between commas is left out: the headline keeps subject and verb together.
    const Claim& abbas = only_claim_with(a, "are backed by foreign countries");
    EXPECT_EQ(abbas.label,
              "Gen. Ali Mahmoud Abbas said that the insurgents are backed by foreign countries");
}

TEST(ClaimsSeeds, NasibCrossingAndDeirAlZourAreUniqueTo004) {
    const Analysis& a = seeds();
    EXPECT_EQ(outlets(a, only_claim_with(a, "Nasib border crossing")), (Set{"004"}));
    EXPECT_EQ(outlets(a, only_claim_with(a, "Deir al-Zour")), (Set{"004"}));
}

TEST(ClaimsSeeds, EpochTimesVerificationNoteIsAHedgeUniqueTo001) {
    const Analysis& a = seeds();
    const Claim& c = only_claim_with(a, "not able to verify");
    EXPECT_EQ(outlets(a, c), (Set{"001"}));
    ASSERT_EQ(c.mentions.size(), 1u);
    EXPECT_TRUE(c.mentions[0].hedged);
    EXPECT_NE(text_of(a, c.mentions[0].article, c.mentions[0].hedge).find("not able to verify"),
              std::string::npos);
    // The note hedges the sentence it follows: the videos claim is part of the mention.
    EXPECT_NE(text_of(a, c.mentions[0]).find("Videos circulating online"), std::string::npos);
}

TEST(ClaimsSeeds, RepublishedCopyDiffersInNothing) {
    // 003 republishes the AP body that 000 carries: no difference between them anywhere.
    const Analysis& a = seeds();
    for (const Claim& c : a.claims)
        for (const ClaimDifference& d : c.differences) {
            Set pair{prefix_of(a, c.mentions[d.reference].article),
                     prefix_of(a, c.mentions[d.mention].article)};
            EXPECT_NE(pair, (Set{"000", "003"})) << c.label << ": " << d.detail;
        }
}

TEST(ClaimsSeeds, OutputIsDeterministic) {
    Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    EXPECT_EQ(analysis_to_json(a, -1), analysis_to_json(seeds(), -1));
    // Mention spans lie inside their article and hold words (the JSON "text" is that slice).
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions) {
            EXPECT_LE(m.span.end, a.corpus.articles[m.article].text.size());
            EXPECT_FALSE(m.span.empty());
        }
}

// --- Constructed articles ------------------------------------------------------------------

namespace {

const char* kOriginal =
    "Insurgents are now 5 kilometers from Homs, according to the Syrian Observatory for Human "
    "Rights.\n\n"
    "\xE2\x80\x9CThe battle of Homs will decide who rules Syria,\xE2\x80\x9D said Rami "
    "Abdurrahman, the monitor\xE2\x80\x99s chief.\n\n"
    "State news agency SANA said government jets struck rebel positions near Hama overnight.\n\n"
    "The army withdrew from the city of Hama to spare the lives of civilians.\n";

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    std::size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) s.replace(at, from.size(), to);
    return s;
}

Article article(const std::string& id, const std::string& text) {
    Article a;
    a.id = id;
    a.outlet = id;
    a.title = id;
    a.date = "2024-12-06";
    a.text = text;
    return a;
}

// Differences between the article with id `x` and the one with id `y`, over all claims.
std::vector<ClaimDifference> between(const Analysis& a, const std::string& x,
                                     const std::string& y) {
    std::vector<ClaimDifference> out;
    for (const Claim& c : a.claims)
        for (const ClaimDifference& d : c.differences) {
            std::string p = a.corpus.articles[c.mentions[d.reference].article].id;
            std::string q = a.corpus.articles[c.mentions[d.mention].article].id;
            if ((p == x && q == y) || (p == y && q == x)) out.push_back(d);
        }
    return out;
}

} // namespace

TEST(ClaimsConstructed, EachEditIsFlaggedExactlyOnceAndACopyNotAtAll) {
    Corpus corpus;
    std::string o = kOriginal;
    corpus.articles.push_back(article("original", o));
    corpus.articles.push_back(article("copy", o));
    corpus.articles.push_back(article("number", replaced(o, "5 kilometers", "10 kilometers")));
    corpus.articles.push_back(article("quote", replaced(o, "will decide who", "will settle who")));
    corpus.articles.push_back(article(
        "attribution", replaced(o, "the Syrian Observatory for Human Rights", "Sham FM radio")));
    corpus.articles.push_back(
        article("hedge", replaced(o, "The army withdrew", "The army reportedly withdrew")));
    Analysis a = analyze(std::move(corpus));

    // Five claims (the last sentence states an act and its purpose), each stated by all six.
    ASSERT_EQ(a.claims.size(), 5u);
    for (const Claim& c : a.claims) EXPECT_EQ(c.mentions.size(), 6u) << c.label;

    EXPECT_TRUE(between(a, "original", "copy").empty());
    // Only the outlet that changed something is marked, once, against the original's wording
    // (the consensus: five of six carry it; ties would go to the earliest, then corpus order).
    int marked = 0;
    for (const Claim& c : a.claims) {
        EXPECT_EQ(a.corpus.articles[c.mentions[c.reference].article].id, "original") << c.label;
        marked += static_cast<int>(c.differences.size());
    }
    EXPECT_EQ(marked, 4);
    struct Case {
        const char* id;
        DifferenceKind kind;
        const char* detail_has;
    } cases[] = {
        {"number", DifferenceKind::Quantity, "10 km"},
        {"quote", DifferenceKind::QuoteWording, "{+settle+}"},
        {"attribution", DifferenceKind::Attribution, "Sham FM"},
        {"hedge", DifferenceKind::Hedge, "reportedly"},
    };
    for (const Case& k : cases) {
        std::vector<ClaimDifference> d = between(a, "original", k.id);
        ASSERT_EQ(d.size(), 1u) << k.id;
        EXPECT_EQ(d[0].kind, k.kind) << k.id << ": " << d[0].detail;
        EXPECT_NE(d[0].detail.find(k.detail_has), std::string::npos) << d[0].detail;
        EXPECT_EQ(a.corpus
                      .articles[static_cast<std::size_t>([&] {
                          for (const Claim& c : a.claims)
                              for (const ClaimDifference& x : c.differences)
                                  if (x.detail == d[0].detail) return c.mentions[x.mention].article;
                          return -1;
                      }())]
                      .id,
                  k.id);
        // The copy carries the consensus wording: never marked, never the reference.
        EXPECT_TRUE(between(a, "copy", k.id).empty()) << k.id;
    }
}

TEST(ClaimsConstructed, ConvertedAndRoundedFiguresAreNoConflictButDoubledOnesAre) {
    Corpus corpus;
    corpus.articles.push_back(
        article("km", "Insurgents are now 5 kilometers (3 miles) away from Homs in Syria.\n"));
    corpus.articles.push_back(
        article("miles", "Insurgents are now 3 miles away from Homs in Syria.\n"));
    corpus.articles.push_back(
        article("words", "Insurgents are now five kilometres away from Homs in Syria.\n"));
    corpus.articles.push_back(
        article("ten", "Insurgents are now 10 km away from Homs in Syria.\n"));
    Analysis a = analyze(std::move(corpus));
    ASSERT_EQ(a.claims.size(), 1u);
    EXPECT_TRUE(between(a, "km", "miles").empty());
    EXPECT_TRUE(between(a, "km", "words").empty());
    EXPECT_TRUE(between(a, "miles", "words").empty());
    // Three outlets agree: "ten" alone departs, once, against the earliest of them.
    std::vector<ClaimDifference> d = between(a, "km", "ten");
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].kind, DifferenceKind::Quantity);
    EXPECT_EQ(a.claims[0].differences.size(), 1u);
}

TEST(ClaimsConstructed, ASingleOutletsClaimIsUnique) {
    Corpus corpus;
    corpus.articles.push_back(article("a", "Rebels seized the airport in Aleppo on Monday.\n\nThe "
                                           "weather in Paris was mild and sunny all week long.\n"));
    corpus.articles.push_back(article("b", "Rebels seized the airport in Aleppo on Monday.\n"));
    Analysis a = analyze(std::move(corpus));
    ASSERT_EQ(a.claims.size(), 2u);
    EXPECT_EQ(a.claims[0].mentions.size(), 2u);
    EXPECT_EQ(a.claims[1].mentions.size(), 1u);
    EXPECT_NE(text_of(a, a.claims[1].mentions[0]).find("Paris"), std::string::npos);
}

// --- Bad input -----------------------------------------------------------------------------

namespace {
Analysis analyze_texts(const std::vector<std::string>& texts) {
    Corpus corpus;
    for (std::size_t i = 0; i < texts.size(); ++i)
        corpus.articles.push_back(article("t" + std::to_string(i), texts[i]));
    return analyze(std::move(corpus));
}
} // namespace

TEST(ClaimsBadInput, QuoteThatNeverClosesEndsAtTheParagraph) {
    Analysis a =
        analyze_texts({"He said: \xE2\x80\x9CWe will never give up the city of Homs to them\n\n"
                       "The army withdrew from Hama on Thursday afternoon.\n"});
    ASSERT_EQ(a.claims.size(), 2u);
    const ClaimMention& m = a.claims[0].mentions[0];
    ASSERT_EQ(m.quotes.size(), 1u);
    EXPECT_EQ(a.corpus.articles[0].text.substr(m.quotes[0].begin, m.quotes[0].size()),
              "We will never give up the city of Homs to them");
    EXPECT_TRUE(a.claims[1].mentions[0].quotes.empty()); // the next paragraph is not quoted
}

TEST(ClaimsBadInput, NestedQuotesStayInsideTheOuterQuotation) {
    Analysis a =
        analyze_texts({"\xE2\x80\x9CThey told us \xE2\x80\x9Cleave now\xE2\x80\x9D and we left "
                       "the town at night,\xE2\x80\x9D said Ahmad Hassan, a resident.\n"});
    // A quotation standing as the statement is one quote though it holds two clauses ("They
    // told us … and we left …"): one mention, the nested “leave now” inside its quotation,
    // said by Ahmad Hassan.
    ASSERT_EQ(a.claims.size(), 1u);
    const ClaimMention& m = a.claims[0].mentions[0];
    ASSERT_EQ(m.quotes.size(), 1u);
    EXPECT_NE(a.corpus.articles[0]
                  .text.substr(m.quotes[0].begin, m.quotes[0].size())
                  .find("\xE2\x80\x9Cleave now\xE2\x80\x9D"),
              std::string::npos);
    EXPECT_NE(a.corpus.articles[0]
                  .text.substr(m.quotes[0].begin, m.quotes[0].size())
                  .find("and we left the town at night"),
              std::string::npos);
    for (const Claim& c : a.claims) {
        ASSERT_TRUE(c.mentions[0].speaker >= 0);
        EXPECT_EQ(claim_name(a, c.mentions[0].speaker), "Ahmad Hassan");
    }
}

TEST(ClaimsBadInput, StraightAndCurlyQuotesMixedPairUp) {
    // Seed 000 opens a quote with a straight mark and closes it with a curly one.
    Analysis a =
        analyze_texts({"Abbas said the pull-out was \"a temporary tactical measure and our "
                       "forces are at the gates of Hama.\xE2\x80\x9D Then \xE2\x80\x9C"
                       "we will return\" he added.\n"});
    std::vector<std::string> quoted;
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            for (ByteSpan q : m.quotes)
                quoted.push_back(a.corpus.articles[0].text.substr(q.begin, q.size()));
    // The first quotation holds two clauses ("… measure and our forces are …"): it is cut
    // between them, the words unchanged; the second quotation is its own.
    ASSERT_EQ(quoted.size(), 3u);
    EXPECT_EQ(quoted[0], "a temporary tactical measure");
    EXPECT_EQ(quoted[1], "our forces are at the gates of Hama.");
    EXPECT_EQ(quoted[2], "we will return");
}

TEST(ClaimsBadInput, NumbersWithSeparatorsAndSuffixes) {
    Analysis a = analyze_texts(
        {"The fund paid 1,000.5 dollars to each of the 3.5m residents of the region.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    const auto& qs = a.claims[0].mentions[0].quantities;
    ASSERT_EQ(qs.size(), 2u);
    EXPECT_DOUBLE_EQ(qs[0].value, 1000.5);
    EXPECT_EQ(qs[0].unit, "USD");
    EXPECT_DOUBLE_EQ(qs[1].value, 3.5e6);
    EXPECT_EQ(qs[1].unit, "people");
}

TEST(ClaimsBadInput, SentenceOfTwoThousandWordsIsHandledQuickly) {
    std::string long_sentence = "\xE2\x80\x9C";
    for (int i = 0; i < 2000; ++i)
        long_sentence += (i % 7 == 0   ? "Homs "
                          : i % 5 == 0 ? "12 km "
                                       : "word" + std::to_string(i % 50) + " ");
    long_sentence += "end,\xE2\x80\x9D said Rami Abdurrahman.\n";
    std::string changed = long_sentence;
    changed.replace(changed.find("word3 "), 6, "other ");
    // No timing here (machines are noisy): ctest's per-test TIMEOUT (cmake/Native.cmake) fails
    // a run that hangs, and the claims benchmark measures the speed.
    Analysis a = analyze_texts({long_sentence, changed});
    ASSERT_EQ(a.claims.size(), 1u);
    EXPECT_EQ(count_kind(a.claims[0], DifferenceKind::QuoteWording), 1);
}

// --- Seeds: what a careful reader expects (issue 8) -----------------------------------------

namespace {

// The claim holding the mention of article `prefix` whose text contains `needle`.
const Claim* claim_of(const Analysis& a, const std::string& prefix, const std::string& needle) {
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            if (prefix_of(a, m.article) == prefix &&
                text_of(a, m).find(needle) != std::string::npos)
                return &c;
    return nullptr;
}

// The kinds of difference marked on `prefix`'s mention of claim c.
std::set<DifferenceKind> marked(const Analysis& a, const Claim& c, const std::string& prefix) {
    std::set<DifferenceKind> out;
    for (const ClaimDifference& d : c.differences)
        if (prefix_of(a, c.mentions[d.mention].article) == prefix) out.insert(d.kind);
    return out;
}

} // namespace

TEST(ClaimsSeeds, ParaphrasedSentencesOf002JoinTheAgencyClaims) {
    const Analysis& a = seeds();
    struct Pair {
        const char* ap;   // words of the AP's version (000)
        const char* para; // words of 002's paraphrase
    } pairs[] = {
        {"withdrawal of government forces from Hama was a tactical measure",
         "characterized the withdrawal from Hama as a strategic maneuver"},
        {"vowed to gain back lost areas", "asserted plans to reclaim lost territories"},
        {"marched south of Hama", "made their way southward from Hama"},
    };
    for (const Pair& p : pairs) {
        const Claim* ap = claim_of(a, "000", p.ap);
        const Claim* para = claim_of(a, "002", p.para);
        ASSERT_NE(ap, nullptr) << p.ap;
        EXPECT_EQ(ap, para) << p.para;
    }
    // 002 folds the AP's two Aleppo facts (the capture was a stunning prize; it reignited the
    // conflict) into one sentence: it joins one of them.
    const Claim* aleppo = claim_of(a, "002", "rapid conquest of the historically");
    ASSERT_NE(aleppo, nullptr);
    EXPECT_TRUE(aleppo == claim_of(a, "000", "sudden capture of the northern city of Aleppo") ||
                aleppo == claim_of(a, "000", "reignited the conflict"));
    EXPECT_GE(aleppo->mentions.size(), 4u);
    // The towns entered a day after Hama fell: 002 and the AP copy (003) state it together.
    EXPECT_EQ(claim_of(a, "002", "infiltrated Rastan and Talbiseh a day after"),
              claim_of(a, "003", "The break into Rastan and Talbiseh came a day"));
}

TEST(ClaimsSeeds, StoppedShortOfNamingJoinsDidNotNameAndBothAreNegated) {
    const Analysis& a = seeds();
    const Claim* c = claim_of(a, "001", "stopped short of naming specific countries");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c, claim_of(a, "000", "did not name the countries"));
    for (const ClaimMention& m : c->mentions) EXPECT_TRUE(m.negated) << text_of(a, m);
    EXPECT_TRUE(c->differences.empty());
    // The hedge that follows ("appeared to be referring to Turkey") is its own clause: 002's
    // "seemingly alluding to Turkey" hedges it too, so no hedge difference anywhere there.
    const Claim* turkey = claim_of(a, "002", "seemingly alluding to Turkey");
    ASSERT_NE(turkey, nullptr);
    EXPECT_EQ(turkey, claim_of(a, "000", "appeared to be referring to Turkey"));
    EXPECT_TRUE(turkey->differences.empty());
}

TEST(ClaimsSeeds, TensOfThousandsFledIsAQuantityDifferenceOn004Only) {
    const Analysis& a = seeds();
    const Claim* c = claim_of(a, "004", "TENS of thousands of people have fled");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c, claim_of(a, "000", "thousands of Homs residents"));
    EXPECT_EQ(marked(a, *c, "004").count(DifferenceKind::Quantity), 1u);
    for (const ClaimDifference& d : c->differences)
        if (d.kind == DifferenceKind::Quantity) {
            EXPECT_EQ(prefix_of(a, c->mentions[d.mention].article), "004");
            EXPECT_NE(d.detail.find("TENS of thousands"), std::string::npos) << d.detail;
        }
}

TEST(ClaimsSeeds, QuoteWordingIsMarkedOnlyOnTheOutletThatRewroteTheQuote) {
    const Analysis& a = seeds();
    for (const char* words : {"mother of all battles", "good position on the ground"}) {
        const Claim* c = claim_of(a, "000", words);
        ASSERT_NE(c, nullptr) << words;
        std::set<std::string> rewrote;
        for (const ClaimDifference& d : c->differences)
            if (d.kind == DifferenceKind::QuoteWording)
                rewrote.insert(prefix_of(a, c->mentions[d.mention].article));
        EXPECT_EQ(rewrote, (Set{"002"})) << words;
        EXPECT_EQ(outlets(a, *c).size(), 5u) << words;
    }
    // Everywhere in the corpus, only 002 rewrites a quote.
    for (const Claim& c : a.claims)
        for (const ClaimDifference& d : c.differences)
            if (d.kind == DifferenceKind::QuoteWording)
                EXPECT_EQ(prefix_of(a, c.mentions[d.mention].article), "002") << c.label;
}

TEST(ClaimsSeeds, PartialQuoteWithUnchangedWordsIsANoteNotADifference) {
    const Analysis& a = seeds();
    const Claim* c = claim_of(a, "001", "in a good position on the ground");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c, claim_of(a, "000", "We are in a good position on the ground"));
    EXPECT_TRUE(marked(a, *c, "001").empty());
    bool noted = false;
    for (const ClaimNote& n : c->notes)
        noted |= prefix_of(a, c->mentions[n.mention].article) == "001";
    EXPECT_TRUE(noted);
    // 004 moves five words outside the quotation marks: a note as well.
    const Claim* battles = claim_of(a, "004", "mother of all battles");
    ASSERT_NE(battles, nullptr);
    EXPECT_TRUE(marked(a, *battles, "004").empty());
}

TEST(ClaimsSeeds, TemporaryTacticalMeasureGivenToTheArmyIsASpeakerDifference) {
    const Analysis& a = seeds();
    const Claim* c = claim_of(a, "004", "temporary tactical measure");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c, claim_of(a, "000", "temporary tactical measure"));
    EXPECT_EQ(marked(a, *c, "004"), (std::set<DifferenceKind>{DifferenceKind::Speaker}));
    for (const ClaimDifference& d : c->differences)
        if (d.kind == DifferenceKind::Speaker) {
            EXPECT_NE(d.detail.find("Syrian army"), std::string::npos) << d.detail;
            EXPECT_NE(d.detail.find("Abbas"), std::string::npos) << d.detail;
        }
    // 004's other fragment of the same statement ("at the gates of Hama") is unchanged.
    const Claim* gates = claim_of(a, "004", "at the gates of Hama");
    ASSERT_NE(gates, nullptr);
    EXPECT_TRUE(marked(a, *gates, "004").empty());
}

TEST(ClaimsSeeds, TwoLocalMediaOutletsIsNotTheSameSourceAsAMonitorAndMedia) {
    const Analysis& a = seeds();
    const Claim* c = claim_of(a, "001", "two local media outlets reported");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c, claim_of(a, "003", "Syrian insurgents entered two central towns early Friday"));
    EXPECT_EQ(marked(a, *c, "001"), (std::set<DifferenceKind>{DifferenceKind::Attribution}));
    EXPECT_TRUE(marked(a, *c, "003").empty());
}

// Epoch's "Syria's military has not yet said whether or not they have pulled out of the
// towns" is a no-comment, as the AP's "no immediate comment from the Syrian military": the
// military is not the source of the withdrawal, so no attribution is added.
TEST(ClaimsSeeds, HasNotYetSaidWhetherCreditsNoSource) {
    const Analysis& a = seeds();
    const Claim* c = claim_of(a, "001", "has not yet said whether");
    ASSERT_NE(c, nullptr);
    for (const ClaimMention& m : c->mentions)
        if (prefix_of(a, m.article) == "001" &&
            text_of(a, m).find("has not yet said whether") != std::string::npos)
            EXPECT_FALSE(m.source >= 0) << "source: " << claim_name(a, m.source);
    EXPECT_EQ(marked(a, *c, "001").count(DifferenceKind::Attribution), 0u);
    for (const ClaimDifference& d : c->differences)
        EXPECT_EQ(d.detail.find("Syria"), std::string::npos) << d.detail;
}

// --- Constructed: one rule each -----------------------------------------------------------

namespace {

// The differences of the only claim holding every article, in kind order.
std::vector<DifferenceKind> kinds_of(const Analysis& a) {
    std::vector<DifferenceKind> out;
    for (const Claim& c : a.claims)
        if (c.mentions.size() == a.corpus.articles.size())
            for (const ClaimDifference& d : c.differences) out.push_back(d.kind);
    return out;
}

const ClaimMention& first_mention(const Analysis& a, const std::string& needle) {
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            if (text_of(a, m).find(needle) != std::string::npos) return m;
    ADD_FAILURE() << "no mention with " << needle;
    static const ClaimMention none;
    return none;
}

} // namespace

TEST(ClaimsRules, ExactCountsDifferByOne) {
    Analysis a =
        analyze_texts({"Police said 19 people were killed in the fire at the Leeds warehouse.\n",
                       "Police said 19 people were killed in the fire at the Leeds warehouse.\n",
                       "Police said 20 people were killed in the fire at the Leeds warehouse.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    ASSERT_EQ(a.claims[0].differences.size(), 1u);
    EXPECT_EQ(a.claims[0].differences[0].kind, DifferenceKind::Quantity);
    EXPECT_EQ(a.claims[0].mentions[a.claims[0].differences[0].mention].article, 2);
}

TEST(ClaimsRules, ApproximateFigureAgreesWithANearbyExactOne) {
    Analysis a = analyze_texts({"About 300 workers walked out of the Renault plant on Monday.\n",
                                "Some 310 workers walked out of the Renault plant on Monday.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    EXPECT_TRUE(a.claims[0].differences.empty()) << a.claims[0].differences[0].detail;
}

TEST(ClaimsRules, ASecondConflictingFigureIsASecondDifference) {
    Analysis a = analyze_texts(
        {"The storm killed 12 people and injured 40 others in the town of Dover on Sunday.\n",
         "The storm killed 15 people and injured 60 others in the town of Dover on Sunday.\n"});
    std::vector<DifferenceKind> k = kinds_of(a);
    EXPECT_EQ(std::count(k.begin(), k.end(), DifferenceKind::Quantity), 2);
}

TEST(ClaimsRules, DidNotConfirmIsANegationDifference) {
    Analysis a = analyze_texts(
        {"Police confirmed the arrest of a man in the Leeds warehouse fire.\n",
         "Police confirmed the arrest of a man in the Leeds warehouse fire.\n",
         "Police did not confirm the arrest of a man in the Leeds warehouse fire.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    EXPECT_EQ(kinds_of(a), (std::vector<DifferenceKind>{DifferenceKind::Negation}));
    EXPECT_TRUE(a.claims[0].mentions[2].negated);
    EXPECT_EQ(text_of(a, 2, a.claims[0].mentions[2].negation), "did not");
    // The label states the consensus, not the disputed version.
    EXPECT_EQ(a.claims[0].label.find("not"), std::string::npos) << a.claims[0].label;
}

TEST(ClaimsRules, ReportingVerbWithANounObjectIsNoAttribution) {
    Analysis a = analyze_texts({"Acme Corp reported revenue of 5 million dollars for the quarter.\n"
                                "\n"
                                "Acme Corp reported that revenue fell for the third quarter.\n"});
    EXPECT_FALSE(first_mention(a, "reported revenue").source >= 0);
    ASSERT_TRUE(first_mention(a, "reported that").source >= 0);
    EXPECT_EQ(claim_name(a, first_mention(a, "reported that").source), "Acme Corp");
}

TEST(ClaimsRules, AttributionForms) {
    Analysis a = analyze_texts(
        {"The Ministry of Health said that 40 patients were moved to other hospitals.\n\n"
         "The blaze started in a storage room, prosecutors said.\n\n"
         "The fire service said the building had no working alarms.\n\n"
         "\xE2\x80\x9CWe got everyone out in time,\xE2\x80\x9D said fire chief Maria Lopez.\n\n"
         "The Syrian Observatory for Human Rights reported that 12 fighters were killed.\n"});
    EXPECT_EQ(claim_name(a, first_mention(a, "40 patients").source), "Ministry of Health");
    EXPECT_EQ(claim_name(a, first_mention(a, "storage room").source), "prosecutors");
    EXPECT_EQ(claim_name(a, first_mention(a, "no working alarms").source), "fire service");
    EXPECT_EQ(claim_name(a, first_mention(a, "everyone out").speaker), "Maria Lopez");
    EXPECT_EQ(claim_name(a, first_mention(a, "12 fighters").source),
              "Syrian Observatory for Human Rights");
}

TEST(ClaimsRules, PronounSubjectTakesTheSubjectNamedBefore) {
    Analysis a = analyze_texts(
        {"The army pulled out of the town on Friday. It said the move would spare civilians.\n",
         "The army pulled out of the town on Friday. The army said the move would spare "
         "civilians.\n"});
    const ClaimMention& m = first_mention(a, "It said the move");
    ASSERT_TRUE(m.source >= 0);
    EXPECT_EQ(claim_name(a, m.source), "army");
    for (const Claim& c : a.claims) EXPECT_TRUE(c.differences.empty()) << c.differences[0].detail;
}

TEST(ClaimsRules, QuoteSplitByTheAttributionIsOneQuoteAndItsPartsAreNotes) {
    Analysis a = analyze_texts(
        {"\xE2\x80\x9CWe will rebuild the school,\xE2\x80\x9D she told reporters. \xE2\x80\x9CIt "
         "will open again in September for every child in the village.\xE2\x80\x9D\n",
         "\xE2\x80\x9CWe will rebuild the school. It will open again in September for every child "
         "in the village,\xE2\x80\x9D she told reporters.\n",
         "She said the school \xE2\x80\x9Cwill open again in September\xE2\x80\x9D for the "
         "village.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    EXPECT_EQ(a.claims[0].mentions.size(), 3u);
    EXPECT_TRUE(a.claims[0].differences.empty()) << a.claims[0].differences[0].detail;
    ASSERT_EQ(a.claims[0].notes.size(), 1u);
    EXPECT_EQ(a.claims[0].mentions[a.claims[0].notes[0].mention].article, 2);
}

TEST(ClaimsRules, HouseSpellingIsNotAChangeOfWording) {
    Analysis a = analyze_texts(
        {"\xE2\x80\x9CThe organisation will defend its centre in the city,\xE2\x80\x9D said John "
         "Smith, the group's leader.\n",
         "\xE2\x80\x9CThe organization will defend its center in the city,\xE2\x80\x9D said John "
         "Smith, the group's leader.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    EXPECT_TRUE(a.claims[0].differences.empty()) << a.claims[0].differences[0].detail;
    // A compound hyphenated or closed up is house style too; a word changed next to it is not.
    Analysis b = analyze_texts(
        {"\xE2\x80\x9CWe will pay for the clean-up in full and co-operate with the "
         "inquiry,\xE2\x80\x9D said John Smith, the company's chief executive.\n",
         "\xE2\x80\x9CWe will pay for the cleanup in full and cooperate with the "
         "inquiry,\xE2\x80\x9D said John Smith, the company's chief executive.\n",
         "\xE2\x80\x9CWe will pay for the clean-up in part and co-operate with the "
         "inquiry,\xE2\x80\x9D said John Smith, the company's chief executive.\n"});
    ASSERT_EQ(b.claims.size(), 1u);
    ASSERT_EQ(b.claims[0].differences.size(), 1u);
    EXPECT_EQ(b.claims[0].mentions[b.claims[0].differences[0].mention].article, 2);
    EXPECT_EQ(b.claims[0].differences[0].kind, DifferenceKind::QuoteWording);
}

TEST(ClaimsRules, HedgeLexiconAndScope) {
    Analysis a = analyze_texts(
        {"It is understood that the minister will resign on Friday.\n\n"
         "The suspect is believed to have left the country by boat.\n\n"
         "The claims could not be independently verified by the agency.\n\n"
         "The mayor resigned on Tuesday, and the council reportedly met in secret.\n"});
    EXPECT_TRUE(first_mention(a, "minister will resign").hedged);
    EXPECT_TRUE(first_mention(a, "left the country").hedged);
    EXPECT_TRUE(first_mention(a, "could not be independently verified").hedged);
    // Two clauses: the hedge belongs to the second only.
    EXPECT_FALSE(first_mention(a, "The mayor resigned").hedged);
    EXPECT_TRUE(first_mention(a, "council reportedly met").hedged);
}

TEST(ClaimsRules, TwoFactSentenceGivesTwoMentions) {
    Analysis a = analyze_texts({"Rebels captured the airport on Monday and the army withdrew "
                                "from the northern districts of the city.\n",
                                "The army withdrew from the northern districts of the city.\n"});
    ASSERT_EQ(a.claims.size(), 2u);
    // The second article states only the second fact: it joins that claim, and the first
    // fact is unique to the first article.
    const ClaimMention& withdrew = first_mention(a, "army withdrew");
    for (const Claim& c : a.claims)
        if (&c.mentions[0] == &withdrew || c.mentions.size() == 2) {
            EXPECT_EQ(c.mentions.size(), 2u) << c.label;
        }
    EXPECT_EQ(text_of(a, first_mention(a, "Rebels captured")).find("withdrew"), std::string::npos);
}

TEST(ClaimsRules, DroppedAttributionIsMarkedOnTheOutletThatDroppedIt) {
    Analysis a =
        analyze_texts({"Troops shelled the village of Kafr Nabl overnight, activists said.\n",
                       "Troops shelled the village of Kafr Nabl overnight, activists said.\n",
                       "Troops shelled the village of Kafr Nabl overnight.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    ASSERT_EQ(a.claims[0].differences.size(), 1u);
    const ClaimDifference& d = a.claims[0].differences[0];
    EXPECT_EQ(d.kind, DifferenceKind::Attribution);
    EXPECT_EQ(a.claims[0].mentions[d.mention].article, 2);
    EXPECT_NE(d.detail.find("drops"), std::string::npos) << d.detail;
}

TEST(ClaimsRules, TiesGoToTheEarliestDateThenCorpusOrder) {
    Corpus corpus;
    corpus.articles.push_back(
        article("late", "Insurgents are now 10 kilometers from Homs in Syria.\n"));
    corpus.articles.push_back(
        article("early", "Insurgents are now 5 kilometers from Homs in Syria.\n"));
    corpus.articles[0].date = "2024-12-07";
    Analysis a = analyze(std::move(corpus));
    ASSERT_EQ(a.claims.size(), 1u);
    const Claim& c = a.claims[0];
    EXPECT_EQ(a.corpus.articles[c.mentions[c.reference].article].id, "early");
    ASSERT_EQ(c.differences.size(), 1u);
    EXPECT_EQ(a.corpus.articles[c.mentions[c.differences[0].mention].article].id, "late");
}

// The consensus orders members by date ranks built once for the stage (claims_internal.h), not
// by the date strings: the ranks must order every pair of articles as the strings do, an
// article without a date after every dated one, equal dates equal.
TEST(ClaimsRules, DateRanksOrderArticlesAsTheirDatesDo) {
    const std::vector<std::string> dates = {"2024-12-07",       "",           "2024-12-06T10:00:00Z",
                                            "2024-12-07",       "2024-12-06", "",
                                            "2024-12-06T09:00", "2023-01-31"};
    Analysis a;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        a.corpus.articles.push_back(article("a" + std::to_string(i), "Text.\n"));
        a.corpus.articles.back().date = dates[i];
    }
    const std::vector<std::uint32_t> ranks = claims_internal::date_ranks(a);
    ASSERT_EQ(ranks.size(), dates.size());
    for (std::size_t i = 0; i < dates.size(); ++i)
        for (std::size_t j = 0; j < dates.size(); ++j) {
            const bool before = dates[i] != dates[j] && !dates[i].empty() &&
                                (dates[j].empty() || dates[i] < dates[j]);
            EXPECT_EQ(ranks[i] < ranks[j], before) << dates[i] << " / " << dates[j];
            EXPECT_EQ(ranks[i] == ranks[j], dates[i] == dates[j]) << dates[i] << " / " << dates[j];
        }
}

// --- Rules added for the held-out stories (clause structure, attribution, hedges) ------------

namespace {
// The claim holding the mention whose text contains `needle`.
const Claim& claim_of_text(const Analysis& a, const std::string& needle) {
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            if (text_of(a, m).find(needle) != std::string::npos) return c;
    ADD_FAILURE() << "no claim with " << needle;
    static const Claim none;
    return none;
}
} // namespace

TEST(ClaimsRules, CommaAndWithAShortSubjectOfAnyKindStartsAClause) {
    // "crews" is no pronoun, determiner or name: a comma, "and", a short subject and its verb
    // still make a second proposition, which a rewrite states on its own.
    Analysis a = analyze_texts(
        {"The fire started in a storage hall shortly after midnight, and crews needed six hours "
         "to bring it under control.\n",
         "Firefighters needed six hours to bring it under control, the fire service said.\n"});
    EXPECT_EQ(text_of(a, first_mention(a, "The fire started")).find("crews"), std::string::npos);
    const Claim& c = claim_of_text(a, "crews needed six hours");
    EXPECT_EQ(c.mentions.size(), 2u) << c.label;
}

TEST(ClaimsRules, SubordinateClauseWithoutACommaIsAFactOfItsOwn) {
    Analysis a = analyze_texts(
        {"Paul Brandt will spend four years in prison after a city court convicted him of "
         "bribery on Tuesday.\n",
         "A city court convicted Paul Brandt of bribery on Tuesday.\n"});
    EXPECT_EQ(text_of(a, first_mention(a, "will spend four years")).find("convicted"),
              std::string::npos);
    // A short time clause ("when the blaze broke out") stays with its sentence.
    Analysis b = analyze_texts({"About 310 workers were on the night shift when the blaze broke "
                                "out at the plant.\n"});
    EXPECT_NE(text_of(b, first_mention(b, "night shift")).find("blaze broke out"),
              std::string::npos);
}

TEST(ClaimsRules, CoordinatedPastTenseIsASecondPredicateButParticiplePairsStay) {
    Analysis a = analyze_texts({"Her challenger Daniel Frey took 44% of the vote and conceded "
                                "shortly before midnight on Sunday.\n"
                                "\n"
                                "Two guards were arrested and questioned after the attack on the "
                                "prison near the river.\n"});
    EXPECT_EQ(text_of(a, first_mention(a, "took 44%")).find("conceded"), std::string::npos);
    EXPECT_NE(text_of(a, first_mention(a, "Two guards")).find("questioned"), std::string::npos);
}

TEST(ClaimsRules, InsertedAttributionWithAnyHeadNounIsTheSource) {
    Analysis a = analyze_texts(
        {"Helen Carver won the election with 52.4% of the vote, the electoral commission said.\n"
         "\n"
         "The economy will grow by 0.8% next year, the central bank said, down from 1.4%.\n"
         "\n"
         "Investigators believe the fire was started by a spark, police said.\n"});
    EXPECT_EQ(claim_name(a, first_mention(a, "52.4%").source), "electoral commission");
    EXPECT_EQ(claim_name(a, first_mention(a, "0.8%").source), "central bank");
    // The attribution that closes the sentence governs the report inside it.
    EXPECT_EQ(claim_name(a, first_mention(a, "spark").source), "police");
    EXPECT_TRUE(first_mention(a, "spark").hedged); // "Investigators believe"
}

TEST(ClaimsRules, AttributionInASubordinateClauseDoesNotCoverTheMainClause) {
    Analysis a = analyze_texts({"After the army said it withdrew from the city, the insurgents "
                                "entered the central square of Hama.\n"});
    EXPECT_FALSE(first_mention(a, "central square").source >= 0)
        << claim_name(a, first_mention(a, "central square").source);
}

TEST(ClaimsRules, HeSaidIsThePersonNamedLastEvenBySurname) {
    Analysis a =
        analyze_texts({"Helen Carver won the vote. Her rival Daniel Frey conceded on Sunday.\n\n"
                       "Frey said he would not contest the result. "
                       "\xE2\x80\x9C"
                       "The voters have spoken, and I respect "
                       "their decision,"
                       "\xE2\x80\x9D"
                       " he said.\n",
                       "Helen Carver won the vote. "
                       "\xE2\x80\x9C"
                       "The voters have spoken, and I respect their decision,"
                       "\xE2\x80\x9D"
                       " Carver said.\n"});
    const ClaimMention& m = first_mention(a, "he said");
    EXPECT_EQ(claim_name(a, m.speaker), "Daniel Frey");
    // The other outlet gives the words to Carver: a speaker difference on that outlet only.
    const Claim& c = claim_of_text(a, "The voters have spoken");
    ASSERT_EQ(c.mentions.size(), 2u);
    EXPECT_EQ(count_kind(c, DifferenceKind::Speaker), 1);
}

TEST(ClaimsRules, ANameAfterAnArticleIsNoPersonAndTheCompanyIsIt) {
    Analysis a = analyze_texts(
        {"Fire swept through a Kestrel Textiles factory on Thursday. Kestrel Textiles said the "
         "plant would stay closed for months.\n",
         "Fire swept through a Kestrel Textiles factory on Thursday. The company said the plant "
         "would stay closed for months.\n"});
    EXPECT_EQ(claim_name(a, first_mention(a, "The company said").source), "Kestrel Textiles");
    EXPECT_EQ(count_kind(claim_of_text(a, "The company said"), DifferenceKind::Attribution), 0);
}

TEST(ClaimsRules, SpeakerAfterAPlaceAndATitleAndNotAPlaceAfterTold) {
    Analysis a = analyze_texts({"\xE2\x80\x9C"
                                "We have not seen a storm like this in decades,"
                                "\xE2\x80\x9D"
                                " said Lenholm mayor Anna Berg.\n"
                                "\n"
                                "\xE2\x80\x9C"
                                "Marsden has chosen stability over risk,"
                                "\xE2\x80\x9D"
                                " Carver told supporters in Lindau.\n"});
    EXPECT_EQ(claim_name(a, first_mention(a, "storm like this").speaker), "Anna Berg");
    EXPECT_EQ(claim_name(a, first_mention(a, "stability over risk").speaker), "Carver");
}

TEST(ClaimsRules, SpokespersonSpeaksForTheOrganisationAndANameInAnAppositiveIsTheSource) {
    Analysis a = analyze_texts(
        {"A Vantel spokeswoman, Priya Nair, denied that any passwords had been taken.\n\n"
         "Esterel's mayor, Joan Puig, said no homes inside the town had been destroyed.\n",
         "Vantel denied that any passwords had been taken.\n\n"
         "Mayor Joan Puig said no homes inside the town had been destroyed.\n"});
    EXPECT_EQ(claim_name(a, first_mention(a, "passwords").source), "Vantel");
    EXPECT_EQ(claim_name(a, first_mention(a, "no homes").source), "Joan Puig");
    for (const Claim& c : a.claims)
        EXPECT_EQ(count_kind(c, DifferenceKind::Attribution), 0) << c.label;
}

TEST(ClaimsRules, NegatedDenialIsNoNegationAndNewHedges) {
    Analysis a = analyze_texts({"The company did not deny that bank details had been taken.\n\n"
                                "The economy is likely to grow by 0.8% next year.\n\n"
                                "Hackers may have taken the names of 1.3 million customers.\n"});
    EXPECT_FALSE(first_mention(a, "bank details").negated);
    EXPECT_TRUE(first_mention(a, "grow by 0.8%").hedged);
    EXPECT_TRUE(first_mention(a, "Hackers may have").hedged);
}

TEST(ClaimsRules, LowerBoundsThatDifferAreTwoCounts) {
    Analysis a = analyze_texts({"At least 11 people were killed in the wildfire near Esterel.\n",
                                "At least 14 people were killed in the wildfire near Esterel.\n",
                                "At least 11 people were killed in the wildfire near Esterel.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    EXPECT_EQ(count_kind(a.claims[0], DifferenceKind::Quantity), 1);
}

TEST(ClaimsRules, AreasConvertAndABoundDoesNotReachBelowItself) {
    Analysis a =
        analyze_texts({"The fire has burned about 12,000 hectares of pine forest near Esterel.\n\n"
                       "More than 4,000 residents were evacuated from six villages near Esterel.\n",
                       "The fire has burned nearly 30,000 acres of pine forest near Esterel.\n\n"
                       "More than 4,000 residents were evacuated from six villages near Esterel.\n",
                       "The fire has burned about 12,000 hectares of pine forest near Esterel.\n\n"
                       "About 3,000 residents were evacuated from six villages near Esterel.\n"});
    const Claim& area = claim_of_text(a, "pine forest");
    EXPECT_EQ(area.mentions.size(), 3u);
    EXPECT_EQ(count_kind(area, DifferenceKind::Quantity), 0); // 30,000 acres ≈ 12,140 ha
    const Claim& evacuated = claim_of_text(a, "evacuated");
    ASSERT_EQ(evacuated.mentions.size(), 3u);
    ASSERT_EQ(count_kind(evacuated, DifferenceKind::Quantity), 1);
    EXPECT_EQ(evacuated.mentions[evacuated.differences[0].mention].article, 2);
}

TEST(ClaimsRules, ADateWithoutAYearIsTheNearestToTheArticle) {
    auto date_of = [](const std::string& text, CalendarDate article) {
        std::vector<Quantity> q =
            find_quantities(text, {0, static_cast<std::uint32_t>(text.size())}, article);
        return q.empty() ? std::string() : format_quantity(q[0]);
    };
    EXPECT_EQ(date_of("The next decision is due on Feb. 4.", {2025, 11, 20}), "2026-02-04");
    EXPECT_EQ(date_of("The offensive began on December 6.", {2025, 1, 5}), "2024-12-06");
    EXPECT_EQ(date_of("The vote was held on October 6.", {2025, 10, 9}), "2025-10-06");
}

TEST(ClaimsRules, AClauseKeepsAtMostTwelveFigures) {
    std::string s = "The results were";
    for (int i = 1; i <= 30; ++i) s += " " + std::to_string(i * 7) + " votes,";
    s += " in that order.\n";
    Analysis a = analyze_texts({s});
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions) EXPECT_LE(m.quantities.size(), 12u);
}

// --- Speakers and sources as one table of names ----------------------------------------------

// A name is in Analysis::claim_names once, every mention that names it points at that entry,
// and the page's data (binary) and the JSON give each mention the same speaker and source back.
TEST(ClaimNames, EachNameOnceSharedByItsMentionsAndKeptByBothFormats) {
    const Analysis& a = seeds();
    std::set<std::string> distinct(a.claim_names.begin(), a.claim_names.end());
    EXPECT_EQ(distinct.size(), a.claim_names.size()) << "a name twice in claim_names";
    std::size_t named = 0, sana = 0;
    std::set<int> sana_ids;
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            for (int id : {m.speaker, m.source}) {
                ASSERT_GE(id, -1);
                ASSERT_LT(id, static_cast<int>(a.claim_names.size()));
                if (id < 0) continue;
                ++named;
                if (claim_name(a, id) == "SANA") ++sana, sana_ids.insert(id);
            }
    EXPECT_GT(named, 20u);
    EXPECT_GE(sana, 3u); // SANA is credited by several outlets (above)
    EXPECT_EQ(sana_ids.size(), 1u);
    auto names_of = [](const Analysis& x) {
        std::vector<std::string> out;
        for (const Claim& c : x.claims)
            for (const ClaimMention& m : c.mentions)
                out.push_back(std::string(m.speaker < 0 ? "-" : claim_name(x, m.speaker)) + " / " +
                              std::string(m.source < 0 ? "-" : claim_name(x, m.source)));
        return out;
    };
    const std::vector<std::string> want = names_of(a);
    EXPECT_EQ(names_of(analysis_from_json(analysis_to_json(a))), want);
    EXPECT_EQ(names_of(analysis_from_binary(analysis_to_binary(a))), want);
}

// --- The fast candidate path against the slow reference ------------------------------------

namespace {

void expect_same_grouping(const Analysis& a, const char* what) {
    using namespace wiretrace::claims_internal;
    Mentions mentions = find_mentions(a);
    std::vector<std::vector<std::uint32_t>> fast = group_mentions(a, mentions);
    std::vector<std::vector<std::uint32_t>> slow = group_mentions_all_pairs(a, mentions);
    // Claims as sets of mentions, independent of creation order.
    auto normal = [](std::vector<std::vector<std::uint32_t>> g) {
        for (auto& c : g) std::sort(c.begin(), c.end());
        std::sort(g.begin(), g.end());
        return g;
    };
    std::vector<std::vector<std::uint32_t>> f = normal(fast), s = normal(slow);
    std::size_t differing = 0;
    for (const auto& c : f) differing += !std::binary_search(s.begin(), s.end(), c);
    EXPECT_EQ(differing, 0u) << what << ": " << f.size() << " fast claims, " << s.size()
                             << " by scoring every claim";
}

} // namespace

TEST(ClaimsReference, CandidateIndexGroupsTheSeedsAsScoringEveryClaimDoes) {
    expect_same_grouping(seeds(), "seeds");
}

TEST(ClaimsReference, CandidateIndexGroupsManyCopiesAsScoringEveryClaimDoes) {
    // One story in twelve outlets, each a different edit of the same sentences.
    std::vector<std::string> texts;
    for (int i = 0; i < 12; ++i) {
        std::string t = kOriginal;
        if (i % 3 == 1) t = replaced(t, "5 kilometers", std::to_string(5 + i) + " kilometers");
        if (i % 4 == 2) t = replaced(t, "The army withdrew", "The army reportedly withdrew");
        if (i % 5 == 3) t = replaced(t, "will decide who", "will settle who");
        texts.push_back(t + "A sentence of outlet number " + std::to_string(i) +
                        " about its own reporters in the region.\n");
    }
    expect_same_grouping(analyze_texts(texts), "twelve edits");
}

// Forty outlets each carry one sentence twice: the exact copies of it make two claims of forty
// outlets, never one claim holding an outlet twice. The grouper asks whether a claim holds the
// article being placed from the last article it took when the mentions come in article order,
// and from its sorted list of articles otherwise (mentions handed over in another order): both
// must keep every claim to one mention an article.
TEST(ClaimsReference, AClaimTakesOneMentionOfEachArticleInAndOutOfArticleOrder) {
    using namespace wiretrace::claims_internal;
    const std::string repeated = "The ferry to Orsk left the harbour at dawn with 212 people.\n";
    std::vector<std::string> texts;
    for (int i = 0; i < 40; ++i) {
        std::string t = kOriginal;
        if (i % 3 == 1) t = replaced(t, "The army withdrew", "The army reportedly withdrew");
        texts.push_back(repeated + t + repeated);
    }
    Analysis a = analyze_texts(texts);
    auto check = [&](const Mentions& ms, const char* what) {
        std::vector<std::vector<std::uint32_t>> claims = group_mentions(a, ms);
        std::size_t full = 0;
        for (const std::vector<std::uint32_t>& c : claims) {
            std::set<int> articles;
            for (std::uint32_t i : c) articles.insert(ms.stored[i].m.article);
            EXPECT_EQ(articles.size(), c.size()) << what << ": a claim holds an article twice";
            full += c.size() == texts.size();
        }
        EXPECT_GE(full, 2u) << what << ": the repeated sentence's two claims of every outlet";
    };
    Mentions in_order = find_mentions(a);
    check(in_order, "article order");
    // The same mentions, the articles' blocks in reverse order.
    Mentions reversed = find_mentions(a);
    std::deque<StoredMention> blocks;
    for (std::size_t e = reversed.stored.size(); e > 0;) {
        std::size_t b = e;
        while (b > 0 && reversed.stored[b - 1].m.article == reversed.stored[e - 1].m.article) --b;
        blocks.insert(blocks.end(), reversed.stored.begin() + static_cast<long>(b),
                      reversed.stored.begin() + static_cast<long>(e));
        e = b;
    }
    reversed.stored = std::move(blocks);
    ASSERT_NE(reversed.stored.front().m.article, in_order.stored.front().m.article);
    check(reversed, "reverse article order");
}

// --- The candidate search stays bounded ------------------------------------------------------

// Two thousand outlets, each with a fact of its own told in words of its own around six words
// every outlet shares ("harbour", "grain", …): thousands of claims behind each shared word. The
// claim ids one mention reads from the index must not grow with them (the claims stage was
// superlinear on one story's thousand copies).
TEST(ClaimsReference, CandidateSearchStaysBoundedWhenAWordIsCarriedByThousandsOfClaims) {
    using namespace wiretrace::claims_internal;
    static const char* const kOnsets[] = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r",
                                          "s", "t", "v", "z", "br", "kr", "st", "tr", "pl", "gr"};
    static const char* const kVowels[] = {"a", "e", "i", "o", "u"};
    std::uint32_t seed = 12345;
    auto word = [&] {
        std::string w;
        for (int k = 0; k < 3; ++k) {
            seed = seed * 1664525u + 1013904223u;
            w += kOnsets[(seed >> 8) % 20];
            w += kVowels[(seed >> 16) % 5];
        }
        return w;
    };
    std::vector<std::string> texts;
    for (int i = 0; i < 2000; ++i) {
        std::string own;
        for (int k = 0; k < 8; ++k) own += " " + word();
        texts.push_back("The" + own + " harbour grain quay cargo tide ferry, said harbour master "
                        "Ilse Brandt.\n");
    }
    Analysis a = analyze_texts(texts);
    Mentions mentions = find_mentions(a);
    GroupingCost cost;
    std::vector<std::vector<std::uint32_t>> claims = group_mentions(a, mentions, &cost);
    ASSERT_GT(claims.size(), 1000u) << "the outlets' facts must stay apart for the test to mean "
                                       "anything";
    // Without a budget: six shared words behind up to 400 claims each, 2,400 ids.
    EXPECT_LE(cost.max_postings_read, 400u);
    EXPECT_LE(cost.max_claims_voted, 400u);
}

// --- Mentions built on several threads against the one-thread reference -----------------------

namespace {

// Everything a stored mention carries, ids included (the grouping and the order of the claims
// read the ids: the threaded path must hand out the very ids a single builder does).
std::vector<std::string> mention_dump(const wiretrace::claims_internal::Mentions& ms) {
    using namespace wiretrace::claims_internal;
    std::vector<std::string> out;
    auto span = [](ByteSpan s) { return std::to_string(s.begin) + "-" + std::to_string(s.end); };
    auto ids = [&](IdRange r) {
        std::string t = "@" + std::to_string(r.begin) + "[";
        for (int id : ms(r)) t += std::to_string(id) + ",";
        return t + "]";
    };
    auto name = [&](int id) { return id < 0 ? std::string("-") : std::string(ms.names.text(id)); };
    for (const StoredMention& s : ms.stored) {
        std::string t = std::to_string(s.m.article) + " " + span(s.m.span) + " src " +
                        span(s.m.source_span) + " hedge " + span(s.m.hedge) + " neg " +
                        span(s.m.negation) + " speaker " + std::to_string(s.m.speaker) + "=" +
                        name(s.m.speaker) + " source " + std::to_string(s.m.source) + "=" +
                        name(s.m.source) + " " + std::to_string(s.m.hedged) +
                        std::to_string(s.m.negated) + " quotes";
        for (std::uint32_t q = s.m.quotes_begin; q < s.m.quotes_begin + s.m.quotes_size; ++q)
            t += " " + span(ms.quote_spans[q]);
        for (const Quantity& q : s.m.quantities) t += " q " + span(q.span) + format_quantity(q);
        t += " words " + ids(s.words) + " quote_words " + ids(s.quote_words) + " source_words " +
             ids(s.source_words) + " entities " + ids(s.entity_keys) + " keys " +
             std::to_string(s.speaker_key) + "," + std::to_string(s.source_key) + " flags " +
             std::to_string(s.quote_mention) + std::to_string(s.source_first) +
             std::to_string(s.source_subordinate) + std::to_string(s.harm) + " claim " +
             span(ms.label_spans_of(s).claim_span) + " subject " +
             span(ms.label_spans_of(s).subject) + " exact " +
             std::to_string(s.exact);
        out.push_back(std::move(t));
    }
    return out;
}

void expect_same_mentions_on_threads(const Analysis& a, const char* what) {
    using namespace wiretrace::claims_internal;
    const std::vector<std::string> one = mention_dump(find_mentions(a, 1));
    ASSERT_GT(one.size(), 20u) << what;
    for (unsigned threads : {2u, 3u}) {
        const std::vector<std::string> many = mention_dump(find_mentions(a, threads));
        ASSERT_EQ(many.size(), one.size()) << what << ", " << threads << " threads";
        std::size_t differing = 0;
        for (std::size_t i = 0; i < one.size(); ++i)
            if (many[i] != one[i] && differing++ < 3)
                ADD_FAILURE() << what << ", " << threads << " threads, mention " << i
                              << ":\n  one thread: " << one[i] << "\n  threaded:   " << many[i];
        EXPECT_EQ(differing, 0u) << what << ", " << threads << " threads";
    }
}

} // namespace

TEST(ClaimsReference, MentionsBuiltOnThreadsAreTheOneThreadMentionsIdsIncluded) {
    // One story, 40 pickups (the same names, words and quotes in every article: the ids a
    // builder hands out first in one article are the ones the next articles reuse), and the
    // seeds (many stories).
    expect_same_mentions_on_threads(
        analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/tests/data/one-story-40.jsonl"})),
        "one story, 40 pickups");
    expect_same_mentions_on_threads(seeds(), "seeds");
}

// The corpus knowledge learned article by article on several threads is merged in article order:
// it must be the tables one pass over every sentence gives, word ids and the order of the names
// behind a surname included (a later "Vorst said" resolves to the name counted first on a tie).
TEST(ClaimsReference, KnowledgeLearnedByArticleAndMergedIsTheOnePassKnowledge) {
    using namespace wiretrace::claims_internal;
    const std::vector<std::string> articles = {
        "Harbour Minister Lena Vorst said the quay would reopen. The port authority, Keelmark, "
        "said repairs were finished.",
        "Mayor Piet Vorst told residents the ferry was late. Vorst said a crane had failed. "
        "Lena Vorst said the quay would reopen on Monday.",
        "A Keelmark crane stood idle, said Ada Brun, a dock worker. The Brun Group declined to "
        "comment. Brun said the night shift was sent home."};
    auto learn = [](const std::string& text, CorpusKnowledge& k) {
        for (ByteSpan s : split_sentences(text)) learn_from_sentence(text, s, k);
    };
    CorpusKnowledge one_pass, merged;
    for (const std::string& a : articles) learn(a, one_pass);
    for (const std::string& a : articles) {
        CorpusKnowledge part;
        learn(a, part);
        merge_knowledge(merged, part);
    }
    ASSERT_EQ(merged.words.size(), one_pass.words.size());
    for (std::size_t i = 0; i < one_pass.words.size(); ++i)
        EXPECT_EQ(merged.words.text(static_cast<int>(i)), one_pass.words.text(static_cast<int>(i)))
            << "word id " << i;
    EXPECT_EQ(merged.capitalisation, one_pass.capitalisation);
    EXPECT_EQ(merged.people, one_pass.people);
    EXPECT_EQ(merged.by_surname, one_pass.by_surname);
    ASSERT_TRUE(one_pass.by_surname.count("vorst"));
    EXPECT_GE(one_pass.by_surname.at("vorst").size(), 2u); // the order of two names is tested
    EXPECT_EQ(merged.organisations, one_pass.organisations);
    EXPECT_EQ(merged.after_article, one_pass.after_article);
    EXPECT_EQ(merged.plain_names, one_pass.plain_names);
    EXPECT_EQ(merged.speaking_surnames, one_pass.speaking_surnames);
    EXPECT_EQ(merged.described, one_pass.described);
    EXPECT_EQ(merged.organisation_cased, one_pass.organisation_cased);
    EXPECT_EQ(merged.organisations_by_word, one_pass.organisations_by_word);
}

// The mention builders read stems from a per-thread cache where a word takes the slot of another
// with the same hash: every answer, before and after the slots fill, is the stemmer's.
TEST(ClaimsReference, CachedStemsAreTheStemmersBeforeAndAfterTheSlotsFill) {
    using namespace wiretrace::claims_internal;
    const std::vector<std::string> words = {"reopened", "reopening", "cranes", "harbour's",
                                            "quays", "ferries", "failed", "failing",
                                            "internationalisations", // longer than a slot
                                            "counterrevolutionarinesses"};
    auto expect_stemmer = [&](const char* when) {
        for (const std::string& w : words)
            EXPECT_EQ(std::string(cached_stem(w)), normalize_word(w)) << w << ", " << when;
    };
    expect_stemmer("empty cache");
    expect_stemmer("cached");
    for (std::size_t i = 0; i < 4 * kStemCacheSlots; ++i) {
        const std::string w = "dock" + std::to_string(i) + "ings";
        ASSERT_EQ(std::string(cached_stem(w)), normalize_word(w)) << w;
    }
    expect_stemmer("after every slot was taken");
    forget_cached_stems();
    expect_stemmer("forgotten");
}

// After grouping, extract_claims frees the id pool but for the source words, which the consensus
// still reads: every mention must keep its own source words, id for id, and nothing else.
TEST(ClaimsReference, KeepingOnlySourceWordsKeepsEveryMentionsSourceWords) {
    using namespace wiretrace::claims_internal;
    Mentions ms = find_mentions(
        analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/tests/data/one-story-40.jsonl"})));
    std::vector<std::vector<int>> before;
    std::size_t with_source_words = 0;
    for (const StoredMention& s : ms.stored) {
        Ids ids = ms(s.source_words);
        before.emplace_back(ids.begin(), ids.end());
        with_source_words += !ids.empty();
    }
    ASSERT_GT(with_source_words, 20u);
    ms.keep_only_source_words();
    ASSERT_EQ(ms.stored.size(), before.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        const StoredMention& s = ms.stored[i];
        Ids ids = ms(s.source_words);
        differing += std::vector<int>(ids.begin(), ids.end()) != before[i];
        EXPECT_EQ(s.words.size + s.quote_words.size + s.entity_keys.size, 0u) << "mention " << i;
    }
    EXPECT_EQ(differing, 0u);
}

TEST(ClaimsReference, ClaimsOnThreadsAreTheOneThreadClaims) {
    Analysis a =
        analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/tests/data/one-story-40.jsonl"}));
    const std::string one = [&] {
        extract_claims(a, 1);
        return analysis_to_json(a);
    }();
    extract_claims(a, 2);
    EXPECT_EQ(analysis_to_json(a), one);
}

// --- Attribution "added"/"dropped" only when clear ---------------------------------------------

namespace {
int attribution_flags(const Analysis& a) {
    int n = 0;
    for (const Claim& c : a.claims) n += count_kind(c, DifferenceKind::Attribution);
    return n;
}
} // namespace

TEST(ClaimsRules, PassiveForecastIsNoDroppedForecaster) {
    // "are forecast" says someone forecast it: the outlet has not dropped the forecasters.
    Analysis a = analyze_texts({"Forecasters expect winds of up to 70 km/h on Monday.\n",
                                "Forecasters expect winds of up to 70 km/h on Monday.\n",
                                "Winds of up to 70 km/h are forecast for Monday.\n"});
    EXPECT_EQ(attribution_flags(a), 0);
}

TEST(ClaimsRules, ClosingAttributionCoversTheFirstClauseOfTheSentence) {
    // "…, Vantel said in a statement." closes the sentence: the first clause is Vantel's too, so
    // the outlet that names Vantel for it adds nothing.
    Analysis a = analyze_texts(
        {"The breach was discovered on Sept. 28 and affected customers who signed up in 2019, "
         "Vantel said in a statement.\n",
         "The breach was discovered on Sept. 28 and affected customers who signed up in 2019, "
         "Vantel said in a statement.\n",
         "Vantel discovered the breach on Sept. 28, the company said.\n"});
    EXPECT_EQ(attribution_flags(a), 0);
}

TEST(ClaimsRules, TrailingPronounAttributionIsNoAddedSource) {
    // ", it said to avoid bloodshed" after the claim: which name "it" is, and how much it
    // governs, is a guess.
    const std::string before = "The Syrian army said its units were regrouping near Homs. ";
    Analysis a = analyze_texts(
        {before +
             "Rebels captured Hama following the army's decision to withdraw, it said to avoid "
             "bloodshed.\n",
         before + "Rebels captured Hama following the army's decision to withdraw.\n",
         before + "Rebels captured Hama following the army's decision to withdraw.\n"});
    EXPECT_EQ(attribution_flags(a), 0);
}

TEST(ClaimsRules, AnOpeningPronounAttributionStillCountsAsDropped) {
    // "It said the plant would …" governs its sentence clearly: dropping it is a difference.
    const std::string before = "Kestrel Textiles said it was cooperating with investigators. ";
    Analysis a = analyze_texts({before + "It said the plant would remain closed for months.\n",
                                before + "It said the plant would remain closed for months.\n",
                                before + "The plant would remain closed for months.\n"});
    EXPECT_EQ(attribution_flags(a), 1);
}

TEST(ClaimsRules, AHedgedAssertionAgainstAPlainNegationIsNeitherFlag) {
    // "appeared to be referring to Turkey" and "did not name Turkey" can both be true (he hinted
    // without naming): not a flipped polarity, not a dropped hedge.
    Analysis a = analyze_texts(
        {"The minister appeared to be referring to Turkey, a main backer of the opposition.\n",
         "The minister appeared to be referring to Turkey, a main backer of the opposition.\n",
         "The minister did not name Turkey, a main backer of the opposition.\n"});
    ASSERT_EQ(a.claims.size(), 1u) << "the three must be one claim for the rule to matter";
    EXPECT_EQ(count_kind(a.claims[0], DifferenceKind::Hedge), 0);
    EXPECT_EQ(count_kind(a.claims[0], DifferenceKind::Negation), 0);
}

TEST(ClaimsRules, APlainNegationAgainstAPlainAssertionIsStillFlagged) {
    Analysis a = analyze_texts({"Police confirmed the arrest of two suspects on Monday.\n",
                                "Police confirmed the arrest of two suspects on Monday.\n",
                                "Police did not confirm the arrest of two suspects on Monday.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    EXPECT_EQ(count_kind(a.claims[0], DifferenceKind::Negation), 1);
}

TEST(ClaimsRules, IsReportedToIsAHedgeOfItsClause) {
    Analysis a = analyze_texts({"The finance minister has resigned after the budget vote.\n",
                                "The finance minister has resigned after the budget vote.\n",
                                "The finance minister is reported to have resigned after the "
                                "budget vote.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    ASSERT_EQ(count_kind(a.claims[0], DifferenceKind::Hedge), 1);
    EXPECT_EQ(a.claims[0].mentions[a.claims[0].differences[0].mention].article, 2);
}

TEST(ClaimsRules, AClauseContinuingAReportIsNoDroppedSource) {
    // "… stated it withdrew [to avoid fighting …]": the "to" clause is the army's report too, so
    // the outlet that credits the army for it adds nothing.
    const std::string wire = "After the Syrian army stated it withdrew to avoid fighting inside "
                             "the town and spare lives of civilians, rebels entered Rastan.\n";
    Analysis a = analyze_texts({wire, wire,
                                "To avoid fighting inside the town and spare lives of civilians, "
                                "rebels entered Rastan, the Syrian army said.\n"});
    const Claim& c = claim_of_text(a, "rebels entered Rastan");
    ASSERT_EQ(c.mentions.size(), 3u);
    EXPECT_EQ(count_kind(c, DifferenceKind::Attribution), 0);
}

// "local newspapers reported" and "according to local media" credit the same press (the
// kind of outlet in the plural as in the singular); "police said" is another source.
TEST(ClaimsRules, NewspapersAreTheMedia) {
    Analysis a = analyze_texts(
        {"Prosecutors in Orvik have opened an investigation into possible negligence at the "
         "plant, according to local media.\n",
         "Prosecutors in Orvik have opened an investigation into possible negligence at the "
         "plant, local newspapers reported.\n",
         "Prosecutors in Orvik have opened an investigation into possible negligence at the "
         "plant, according to local media.\n",
         "Prosecutors in Orvik have opened an investigation into possible negligence at the "
         "plant, police said.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    const Claim& c = a.claims[0];
    ASSERT_EQ(c.differences.size(), 1u) << c.differences[0].detail;
    EXPECT_EQ(c.differences[0].kind, DifferenceKind::Attribution);
    EXPECT_EQ(c.mentions[c.differences[0].mention].article, 3);
}

// A changed figure is shown against the reference's nearest figure of its unit, not its first:
// the rewrite's "413" jobs against the wire's "412", though the wire gives its strikers first
// and in the same unit (no noun the rules count as people).
TEST(ClaimsRules, AChangedFigureIsShownAgainstTheNearestOne) {
    Analysis a = analyze_texts(
        {"About 2,300 dockhands walked out at the port of Saltmere on Monday in protest at plans "
         "to cut 412 jobs.\n",
         "About 2,300 dockhands walked out at the port of Saltmere on Monday in protest at plans "
         "to cut 412 jobs.\n",
         "Roughly 2,300 port workers walked out at the port of Saltmere on Monday in protest at "
         "plans to cut 413 jobs.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    const Claim& c = a.claims[0];
    ASSERT_EQ(c.differences.size(), 1u);
    EXPECT_EQ(c.differences[0].kind, DifferenceKind::Quantity);
    EXPECT_NE(c.differences[0].detail.find("“413”"), std::string::npos) << c.differences[0].detail;
    EXPECT_NE(c.differences[0].detail.find("“412”"), std::string::npos) << c.differences[0].detail;
}

// A bare count in digits against a count of people is the same count, changed: the later
// outlet that leaves out the noun ("made 1,391 ill") is compared with "1,284 people".
TEST(ClaimsRules, ABareCountIsComparedWithACountOfPeople) {
    Analysis a = analyze_texts(
        {"A cholera outbreak in northern Lusania has made 1,284 people ill since October, the "
         "health ministry said.\n",
         "A cholera outbreak in northern Lusania has made 1,284 people ill since October, the "
         "health ministry said.\n",
         "A cholera outbreak in northern Lusania has made 1,391 ill since October, the health "
         "ministry said.\n"});
    ASSERT_EQ(a.claims.size(), 1u);
    const Claim& c = a.claims[0];
    ASSERT_EQ(c.differences.size(), 1u);
    EXPECT_EQ(c.differences[0].kind, DifferenceKind::Quantity);
    EXPECT_EQ(c.mentions[c.differences[0].mention].article, 2);
}
