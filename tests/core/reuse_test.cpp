// The shared-text engine, judged by what a reader of the page would notice: furniture greyed out,
// copied paragraphs found wherever they moved, light edits shown as edits with their diff,
// paraphrases tied to their source, honest article-level shares, a sources tree that says what
// its evidence is (and "unknown" when there is none), and the fast passage-centric path checked
// against the all-pairs reference.
#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/boilerplate.h"
#include "core/corpus.h"
#include "core/reuse.h"
#include "core/sources.h"
#include "core/text.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <set>
#include <tuple>
#include <string>
#include <vector>

using namespace wiretrace;

namespace {

const Analysis& seeds() {
    static const Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    return a;
}

int idx(const Analysis& a, const char* prefix) {
    for (std::size_t i = 0; i < a.corpus.articles.size(); ++i)
        if (a.corpus.articles[i].id.rfind(prefix, 0) == 0) return static_cast<int>(i);
    return -1;
}

std::string slice(const Analysis& a, int art, ByteSpan s) {
    return a.corpus.articles[static_cast<std::size_t>(art)].text.substr(s.begin, s.size());
}

Article make(std::string id, std::string text, std::string date = "2024-12-06") {
    Article a;
    a.id = std::move(id);
    a.outlet = "Test outlet " + a.id;
    a.date = std::move(date);
    a.text = std::move(text);
    return a;
}

Analysis run(std::vector<Article> arts, const ReuseOptions& opt = {}) {
    Corpus c;
    c.articles = std::move(arts);
    Analysis an;
    an.corpus = std::move(c);
    an.articles.resize(an.corpus.articles.size());
    for (std::size_t i = 0; i < an.articles.size(); ++i) {
        an.articles[i].sentences = split_sentences(an.corpus.articles[i].text);
        an.articles[i].boilerplate = detect_boilerplate(an.corpus.articles[i]);
    }
    find_shared_text(an, opt);
    return an;
}

// The alignment between articles x and y whose x-side covers `needle` in x's text, or nullptr.
const Alignment* alignment_covering(const Analysis& a, int x, int y, const std::string& needle) {
    std::size_t pos = a.corpus.articles[static_cast<std::size_t>(x)].text.find(needle);
    if (pos == std::string::npos) return nullptr;
    for (const Alignment& al : a.alignments) {
        ByteSpan s;
        if (al.a == x && al.b == y)
            s = al.a_span;
        else if (al.b == x && al.a == y)
            s = al.b_span;
        else
            continue;
        if (s.begin <= pos && pos + needle.size() <= s.end) return &al;
    }
    return nullptr;
}

const SentenceProvenance* provenance_of(const Analysis& a, int art, const std::string& needle) {
    std::size_t pos = a.corpus.articles[static_cast<std::size_t>(art)].text.find(needle);
    for (const SentenceProvenance& p : a.provenance)
        if (p.article == art && p.sentence.begin <= pos && pos < p.sentence.end) return &p;
    return nullptr;
}

// True when every byte of the first occurrence of `needle` in `art` lies in `boilerplate`.
bool fully_boilerplate(const Article& art, const std::vector<ByteSpan>& boilerplate,
                       const std::string& needle) {
    std::size_t pos = art.text.find(needle);
    EXPECT_NE(pos, std::string::npos) << needle;
    if (pos == std::string::npos) return false;
    ByteSpan s{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + needle.size())};
    return boilerplate_overlap(boilerplate, s) == s.size();
}

bool in_boilerplate(const Analysis& a, int art, const std::string& needle) {
    return fully_boilerplate(a.corpus.articles[static_cast<std::size_t>(art)],
                             a.articles[static_cast<std::size_t>(art)].boilerplate, needle);
}

const char* kP1 = "The city of Homs, parts of which were controlled by insurgents until 2014, is a "
                  "major intersection point between the capital and the coast.";
const char* kP2 = "Pro-government Sham FM said the insurgents entered Rastan and Talbiseh without "
                  "facing any resistance.";
const char* kP3 =
    "State news agency SANA quoted an unnamed military official as saying Friday that "
    "air forces are attacking insurgents in Hama province, killing dozens of fighters.";
const char* kP4 =
    "Their sudden capture of the northern city of Aleppo, an ancient business hub, was a "
    "stunning prize for opponents of the government.";

} // namespace

// --- Boilerplate -------------------------------------------------------------------------------

TEST(Boilerplate, IndependentFurnitureIsGreyedOut) {
    const Analysis& a = seeds();
    int i = idx(a, "003");
    for (const char* s :
         {"Stay up to date with notifications from The", // then a no-break space
          "Notifications can be managed in browser preferences.",
          "Bassem Mroue\nFriday 06 December 2024 04:15 EST",
          "Syria Opposition (Copyright 2024 The Associated Press. All rights reserved)",
          "Your support helps us to tell the story",
          "Your donation allows us to keep sending journalists",
          "we choose not to lock Americans out of our reporting",
          "Your support makes all the difference.", "Thank you for registering",
          "Please refresh the page or navigate to another page"})
        EXPECT_TRUE(in_boilerplate(a, i, s)) << s;
    // The story itself is not furniture.
    EXPECT_FALSE(in_boilerplate(a, i, "Syrian insurgents entered two central towns early Friday"));
    // The contributor credit is furniture too.
    EXPECT_TRUE(in_boilerplate(a, i, "Associated Press writer Albert Aji contributed"));
    // Boilerplate sentences are labelled so and counted apart.
    EXPECT_EQ(provenance_of(a, i, "Thank you for registering")->label,
              ProvenanceLabel::Boilerplate);
    EXPECT_GT(
        a.articles[static_cast<std::size_t>(i)].label_share[int(ProvenanceLabel::Boilerplate)],
        0.25);
}

TEST(Boilerplate, ArticlesWithoutFurnitureGetNone) {
    const Analysis& a = seeds();
    for (const char* id : {"001", "002", "004"})
        EXPECT_TRUE(a.articles[static_cast<std::size_t>(idx(a, id))].boilerplate.empty()) << id;
    // 000 only has the "____" separator line and the contributor credit; no word of its story
    // is furniture.
    const ArticleAnalysis& aa = a.articles[static_cast<std::size_t>(idx(a, "000"))];
    for (ByteSpan s : aa.boilerplate)
        EXPECT_TRUE(tokenize(a.corpus.articles[0].text, s).empty() ||
                    slice(a, 0, s).find("contributed to this report") != std::string::npos)
            << slice(a, 0, s);
}

TEST(Boilerplate, GenericRulesOnAnotherSite) {
    Article art =
        make("site", "Sign up to our free morning newsletter\n\n"
                     "Ministers met on Tuesday to discuss the budget, officials said, "
                     "and agreed to meet again next week in the capital.\n\n"
                     "Photo: Jane Doe/Reuters\n\n"
                     "* * *\n\n"
                     "\xE2\x80\x9CWe need your support and your patience,\xE2\x80\x9D the "
                     "minister told reporters after a long day of talks in the capital.\n\n"
                     "Related topics\n");
    std::vector<ByteSpan> bp = detect_boilerplate(art);
    auto covered = [&](const char* needle) { return fully_boilerplate(art, bp, needle); };
    EXPECT_TRUE(covered("Sign up to our free morning newsletter"));
    EXPECT_TRUE(covered("Photo: Jane Doe/Reuters"));
    EXPECT_TRUE(covered("* * *"));
    EXPECT_TRUE(covered("Related topics"));
    EXPECT_FALSE(covered("Ministers met on Tuesday"));
    // First person inside a quotation is the story, not an appeal.
    EXPECT_FALSE(covered("We need your support"));
}

TEST(Boilerplate, ContributorCreditsAreFurniture) {
    Article art = make("site",
                       "Ministers met on Tuesday to discuss the budget, officials said, "
                       "and agreed to meet again next week in the capital.\n\n"
                       "Associated Press writer Jane Doe contributed to this report from Paris.\n\n"
                       "Reporting by John Smith; Editing by Mary Major\n\n"
                       "Additional reporting by Ann Lee in Beirut\n");
    std::vector<ByteSpan> bp = detect_boilerplate(art);
    auto covered = [&](const char* needle) { return fully_boilerplate(art, bp, needle); };
    EXPECT_TRUE(covered("Associated Press writer Jane Doe contributed to this report from Paris."));
    EXPECT_TRUE(covered("Reporting by John Smith; Editing by Mary Major"));
    EXPECT_TRUE(covered("Additional reporting by Ann Lee in Beirut"));
    EXPECT_FALSE(covered("Ministers met on Tuesday"));
}

TEST(Boilerplate, SeedApContributorLineIsFurniture) {
    Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    bool found = false;
    for (const Article& art : a.corpus.articles) {
        if (art.id.rfind("000", 0) != 0) continue;
        found = true;
        EXPECT_TRUE(fully_boilerplate(art, detect_boilerplate(art),
                                      "Associated Press writer Albert Aji contributed to this report"));
    }
    EXPECT_TRUE(found);
}

// --- Reuse ---------------------------------------------------------------------------------------

TEST(Reuse, VerbatimParagraphFoundInAnyOrder) {
    std::string a = std::string(kP1) + "\n\n" + kP2 + "\n\n" + kP3 + "\n\n" + kP4 + "\n";
    // B opens with A's last paragraph and ends with A's first: anchors are not increasing.
    std::string b = std::string(kP4) +
                    "\n\nA local resident described long queues of cars on the "
                    "road south through the night and into the morning.\n\n" +
                    kP1 + "\n";
    Analysis an = run({make("a", a), make("b", b)});
    const Alignment* moved = alignment_covering(an, 0, 1, kP4);
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->kind, ReuseKind::Verbatim);
    EXPECT_EQ(slice(an, 1, moved->b_span), kP4);
    const Alignment* first = alignment_covering(an, 0, 1, kP1);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->kind, ReuseKind::Verbatim);
    EXPECT_EQ(provenance_of(an, 1, "A local resident")->label, ProvenanceLabel::Original);
}

TEST(Reuse, SmallEditsAreOneEditedAlignmentWithAWordDiff) {
    std::string a = "President Bashar Assad said on Friday that 5 neighbourhoods were hit by air "
                    "strikes, according to the state news agency.";
    // American spelling, "Mr Assad", a changed number and an inserted clause.
    std::string b = "Mr Assad said on Friday that 7 neighborhoods, most of them in the north, were "
                    "hit by air strikes, according to the state news agency.";
    Analysis an = run({make("a", a), make("b", b)});
    ASSERT_EQ(an.alignments.size(), 1u);
    const Alignment& al = an.alignments[0];
    EXPECT_EQ(al.kind, ReuseKind::Edited);
    EXPECT_GT(al.score, 0.6);
    EXPECT_LT(al.score, 1.0);
    bool number_changed = false, clause_inserted = false;
    for (const WordEdit& e : al.diff) {
        if (e.op == WordEdit::Op::Replace && slice(an, 0, e.a).find('5') != std::string::npos &&
            slice(an, 1, e.b).find('7') != std::string::npos)
            number_changed = true;
        // The inserted clause shows on b's side only (it may share an edit with the respelled
        // "neighborhoods" next to it).
        if (e.op != WordEdit::Op::Equal && e.op != WordEdit::Op::Delete &&
            slice(an, 1, e.b).find("most of them") != std::string::npos &&
            slice(an, 0, e.a).find("most") == std::string::npos)
            clause_inserted = true;
    }
    EXPECT_TRUE(number_changed);
    EXPECT_TRUE(clause_inserted);
    EXPECT_EQ(an.provenance[1].label, ProvenanceLabel::Edited);
}

TEST(Reuse, SeedParaphraseAlignsSentenceBySentenceToAp) {
    const Analysis& a = seeds();
    int p = idx(a, "002"), ap0 = idx(a, "000"), ap3 = idx(a, "003");
    const ArticleAnalysis& aa = a.articles[static_cast<std::size_t>(p)];
    int story = 0, aligned = 0;
    for (ByteSpan s : aa.sentences) {
        if (boilerplate_overlap(aa.boilerplate, s) * 2 >= s.size()) continue;
        ++story;
        std::string sent = slice(a, p, s);
        if (alignment_covering(a, p, ap0, sent) || alignment_covering(a, p, ap3, sent)) ++aligned;
    }
    EXPECT_GE(story, 15);
    EXPECT_GE(aligned * 10, story * 7) << aligned << " of " << story;
    // A rewritten quote is tied to the original.
    const SentenceProvenance* q = provenance_of(a, p, "The battle for Homs is crucial");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->label, ProvenanceLabel::Paraphrase);
    ASSERT_TRUE(q->source.has_value());
    EXPECT_NE(slice(a, q->source->article, q->source->span).find("mother of all battles"),
              std::string::npos);
}

TEST(Reuse, SentencesWithoutCounterpartAlignWithNothing) {
    const Analysis& a = seeds();
    int p = idx(a, "004");
    for (const char* s : {"Turkish President Recep Tayyip Erdogan has rejected claims",
                          "He blamed the developments on Mr Assad",
                          "Let\xE2\x80\x99s determine the future of Syria together",
                          "Unfortunately, we could not get a positive response"}) {
        EXPECT_EQ(provenance_of(a, p, s)->label, ProvenanceLabel::Original) << s;
        for (int other = 0; other < 5; ++other)
            if (other != p) EXPECT_EQ(alignment_covering(a, p, other, s), nullptr) << s;
    }
    // ...while the quote it shares with AP is found.
    EXPECT_NE(alignment_covering(a, p, idx(a, "000"), "mother of all battles"), nullptr);
}

// Share of article x's story bytes covered by its stored alignments with y.
double aligned_share(const Analysis& a, int x, int y) {
    std::vector<ByteSpan> spans;
    for (const Alignment& al : a.alignments) {
        if (al.a == x && al.b == y) spans.push_back(al.a_span);
        if (al.b == x && al.a == y) spans.push_back(al.b_span);
    }
    std::sort(spans.begin(), spans.end(),
              [](ByteSpan p, ByteSpan q) { return p.begin < q.begin; });
    const ArticleAnalysis& aa = a.articles[static_cast<std::size_t>(x)];
    double covered = 0, story = 0;
    std::uint32_t reach = 0;
    for (ByteSpan s : spans) {
        std::uint32_t b = std::max(s.begin, reach);
        if (s.end > b) covered += s.end - b - boilerplate_overlap(aa.boilerplate, {b, s.end});
        reach = std::max(reach, s.end);
    }
    for (ByteSpan s : aa.sentences) story += s.size() - boilerplate_overlap(aa.boilerplate, s);
    return story > 0 ? covered / story : 0;
}

TEST(Reuse, IndependentCarriesApBodyVerbatim) {
    const Analysis& a = seeds();
    int ap = idx(a, "000"), ind = idx(a, "003");
    EXPECT_GT(a.articles[static_cast<std::size_t>(ap)].label_share[int(ProvenanceLabel::Verbatim)],
              0.95);
    EXPECT_GT(aligned_share(a, ap, ind), 0.95);
    // Same publication date, both credit AP: two copies of the wire report, siblings under
    // the wire (whose own report is not in the corpus), not one another's source.
    for (int i : {ap, ind}) {
        const ArticleSource& s = a.sources[static_cast<std::size_t>(i)];
        EXPECT_EQ(s.basis, SourceBasis::Credit) << i;
        EXPECT_EQ(s.source, -1) << i;
        EXPECT_EQ(s.wire, "The Associated Press") << i;
        EXPECT_NE(slice(a, i, s.credit).find("Associated Press"), std::string::npos) << i;
    }
    // The others share text on the same day and credit nobody: unknown, not a guess.
    for (const char* id : {"001", "002"})
        EXPECT_EQ(a.sources[static_cast<std::size_t>(idx(a, id))].basis, SourceBasis::Unknown) << id;
}

TEST(Reuse, SeedArticleMixesMatchTheirHistory) {
    const Analysis& a = seeds();
    auto share = [&](const char* id, ProvenanceLabel l) {
        return a.articles[static_cast<std::size_t>(idx(a, id))].label_share[int(l)];
    };
    EXPECT_GT(share("002", ProvenanceLabel::Paraphrase), 0.5);
    EXPECT_LT(share("002", ProvenanceLabel::Verbatim), 0.05);
    for (ProvenanceLabel l :
         {ProvenanceLabel::Edited, ProvenanceLabel::Paraphrase, ProvenanceLabel::Original})
        EXPECT_GT(share("001", l), 0.1) << to_string(l);
    EXPECT_GT(share("004", ProvenanceLabel::Original), 0.6);
    // Every sentence of every article has exactly one provenance entry, sources point elsewhere.
    std::size_t sentences = 0;
    for (const ArticleAnalysis& aa : a.articles) sentences += aa.sentences.size();
    EXPECT_EQ(a.provenance.size(), sentences);
    for (const SentenceProvenance& p : a.provenance)
        if (p.source) EXPECT_NE(p.source->article, p.article);
    for (const ArticleAnalysis& aa : a.articles) {
        double sum = 0;
        for (double s : aa.label_share) sum += s;
        EXPECT_NEAR(sum, 1.0, 1e-9);
    }
}

TEST(Passages, ApParagraphsGroupTheirCarriers) {
    const Analysis& a = seeds();
    int ap = idx(a, "000"), ind = idx(a, "003"), epoch = idx(a, "001");
    bool found = false;
    for (const Passage& p : a.passages) {
        std::set<int> arts;
        for (const PassageMember& m : p.members) arts.insert(m.article);
        EXPECT_GE(arts.size(), 2u);
        if (arts.count(ap) && arts.count(ind) && arts.count(epoch)) found = true;
    }
    EXPECT_TRUE(found);
}

// --- Sources tree ------------------------------------------------------------------------------

TEST(Sources, EarlierDateIsTheSource) {
    std::string text = std::string(kP1) + "\n" + kP2 + "\n" + kP3 + "\n";
    Analysis an =
        run({make("late", text + kP4 + "\n", "2024-12-07"), make("early", text, "2024-12-06")});
    ASSERT_EQ(an.sources.size(), 2u);
    EXPECT_EQ(an.sources[0].basis, SourceBasis::Earlier);
    EXPECT_EQ(an.sources[0].source, 1);
    EXPECT_GT(an.sources[0].share, 0.6);
    EXPECT_LT(an.sources[0].share, 0.9); // kP4 is not in the earlier text
    EXPECT_EQ(an.sources[1].basis, SourceBasis::None); // the first publication
    EXPECT_EQ(an.sources[1].source, -1);
}

TEST(Sources, DateTimesOrderCopiesOfOneDay) {
    std::string text = std::string(kP1) + "\n" + kP2 + "\n";
    Analysis an = run({make("noon", text, "2024-12-06T12:00:00Z"),
                       make("dawn", text, "2024-12-06T06:30+02:00"),
                       make("someday", text, "2024-12-06")});
    EXPECT_EQ(an.sources[0].basis, SourceBasis::Earlier);
    EXPECT_EQ(an.sources[0].source, 1);
    // The earliest timed copy shares its text with one it cannot be ordered against: unknown.
    EXPECT_EQ(an.sources[1].basis, SourceBasis::Unknown);
    // A date without a time on the same day cannot be ordered against either.
    EXPECT_EQ(an.sources[2].basis, SourceBasis::Unknown);
    EXPECT_EQ(an.sources[2].source, -1);
}

TEST(Sources, PublicationTimesParse) {
    PublicationTime a = parse_publication_time("2024-12-07T01:00+03:00");
    PublicationTime b = parse_publication_time("2024-12-06 23:30Z");
    ASSERT_TRUE(a.known && b.known);
    EXPECT_EQ(a.minute, 22 * 60); // 6 December, 22:00 UTC
    EXPECT_EQ(compare_publication(a, b), -1);
    EXPECT_EQ(compare_publication(parse_publication_time("2024-12-06"), b), 0);
    EXPECT_EQ(compare_publication(parse_publication_time("2024-12-05"), b), -1);
    EXPECT_FALSE(parse_publication_time("December 6, 2024").known);
    EXPECT_FALSE(parse_publication_time("").known);
}

TEST(Sources, CopiesOfOneWireReportAreSiblings) {
    std::string wire = std::string(kP1) + "\n" + kP2 + "\n" + kP3 + "\n";
    Analysis an = run({make("a", "BEIRUT (AP) \xE2\x80\x94 " + wire, "2024-12-06T08:00Z"),
                       make("b", wire + "The Associated Press contributed to this report.\n",
                            "2024-12-06T09:00Z"),
                       make("c", wire + "Copyright 2024 The Associated Press. All rights reserved.\n" +
                                     kP4 + "\n", "2024-12-06T10:00Z"),
                       make("d", std::string(kP4) + "\n" + kP2 + "\n", "2024-12-06T11:00Z")});
    // b and c are later than a, but all three credit AP and share only the wire's text:
    // siblings under the wire, not copies of a.
    for (int i : {0, 1, 2}) {
        EXPECT_EQ(an.sources[i].basis, SourceBasis::Credit) << i;
        EXPECT_EQ(an.sources[i].wire, "The Associated Press") << i;
        EXPECT_EQ(an.sources[i].source, -1) << i;
    }
    // d carries c's own paragraph (kP4, in no other article): c is its source.
    EXPECT_EQ(an.sources[3].basis, SourceBasis::Earlier);
    EXPECT_EQ(an.sources[3].source, 2);
    // With the wire's own report in the corpus, the wire is the source.
    Analysis with_wire = run({make("ap", wire, "2024-12-06T04:00Z"), make("a", "BEIRUT (AP) \xE2\x80\x94 " + wire, "2024-12-06")});
    with_wire.corpus.articles[0].outlet = "The Associated Press";
    with_wire.sources = choose_sources(with_wire, {{}, {{0, 1.0}}});
    EXPECT_EQ(with_wire.sources[1].basis, SourceBasis::Credit);
    EXPECT_EQ(with_wire.sources[1].source, 0);
}

TEST(Sources, WireCreditsAreFound) {
    auto wire = [](const char* t) {
        auto c = find_wire_credit(t);
        return c ? c->wire : std::string("-");
    };
    EXPECT_EQ(wire("LONDON (Reuters) - Prices rose."), "Reuters");
    EXPECT_EQ(wire("Prices rose.\nAssociated Press writer Jane Doe contributed to this report."),
              "The Associated Press");
    EXPECT_EQ(wire("Photo (Copyright 2024 The Associated Press. All rights reserved)"),
              "The Associated Press");
    EXPECT_EQ(wire("The Associated Press reported that prices rose."), "-"); // a mention, not a credit
    EXPECT_EQ(wire("Prices rose, officials said."), "-");
}

// --- Fast path against the reference ------------------------------------------------------------

namespace {

std::string slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// What the fast path must reproduce: the provenance label of every sentence and the passages.
void expect_same_labels_and_passages(const Analysis& fast, const Analysis& slow) {
    ASSERT_EQ(fast.provenance.size(), slow.provenance.size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < fast.provenance.size(); ++i)
        if (fast.provenance[i].label != slow.provenance[i].label) {
            ++differ;
            ADD_FAILURE() << "label " << to_string(fast.provenance[i].label) << " vs "
                          << to_string(slow.provenance[i].label) << ": "
                          << slice(fast, fast.provenance[i].article, fast.provenance[i].sentence);
            if (differ > 5) break;
        }
    auto members = [](const Analysis& a) {
        std::vector<std::vector<std::pair<int, std::uint32_t>>> out;
        for (const Passage& p : a.passages) {
            std::vector<std::pair<int, std::uint32_t>> m;
            for (const PassageMember& pm : p.members) m.emplace_back(pm.article, pm.span.begin);
            out.push_back(m);
        }
        return out;
    };
    EXPECT_EQ(members(fast), members(slow));
    // Every stored alignment is one the reference finds too (it stores every pair).
    std::set<std::tuple<int, int, std::uint32_t, std::uint32_t, int>> all;
    for (const Alignment& al : slow.alignments)
        all.insert({al.a, al.b, al.a_span.begin, al.b_span.begin, int(al.kind)});
    std::size_t missing = 0;
    for (const Alignment& al : fast.alignments)
        missing += !all.count({al.a, al.b, al.a_span.begin, al.b_span.begin, int(al.kind)});
    EXPECT_EQ(missing, 0u);
}

} // namespace

TEST(Reuse, FastPathMatchesAllPairsReferenceOnSeeds) {
    // Seeds plus rearranged and edited copies.
    Corpus c = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"});
    std::vector<Article> arts = c.articles;
    arts.push_back(
        make("x1", std::string(kP4) + "\n" + kP2 +
                       "\nUnrelated words about a football "
                       "match in a small town, won by the visitors after extra time.\n"));
    arts.push_back(make("x2", std::string(kP3) + "\nMr Assad said 7 towns fell. " + kP1 + "\n"));
    ReuseOptions ref;
    ref.all_pairs_reference = true;
    Analysis fast = run(arts), slow = run(arts, ref);
    EXPECT_GT(fast.alignments.size(), 20u);
    expect_same_labels_and_passages(fast, slow);
    // Seven articles: each shares text with at most 8 others, so all of them are its nearest
    // sources and the fast path stores what the reference stores, byte for byte, sources tree
    // included (the seeds keep their analysis).
    EXPECT_EQ(analysis_to_json(fast, -1), analysis_to_json(slow, -1));
}

TEST(Reuse, FastPathMatchesAllPairsReferenceOnOneStory) {
    // 40 pickups of one wire report (scripts/gen-corpus 40 tests/data/one-story-40.jsonl
    // --one-story --seed 7): the same labels and passages as the reference, and only alignments
    // it finds too. What may differ: which source a sentence names (the reference names the
    // best-scoring counterpart of all, the fast path the best of those its group links reach,
    // the earliest carrier of the same text for verbatim ones) and which pairs have stored
    // alignments (nearest sources only, not every pair).
    Corpus c = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/tests/data/one-story-40.jsonl"});
    ReuseOptions ref;
    ref.all_pairs_reference = true;
    Analysis fast = run(c.articles), slow = run(c.articles, ref);
    ASSERT_EQ(fast.corpus.articles.size(), 40u);
    expect_same_labels_and_passages(fast, slow);
    EXPECT_LT(fast.alignments.size() * 4, slow.alignments.size());
    // The sources tree agrees for every article.
    for (std::size_t i = 0; i < fast.sources.size(); ++i) {
        EXPECT_EQ(fast.sources[i].source, slow.sources[i].source) << i;
        EXPECT_EQ(fast.sources[i].basis, slow.sources[i].basis) << i;
    }
    // The wire report (article 0, the earliest) is the source of most copies.
    int from_wire = 0;
    for (const ArticleSource& s : fast.sources) from_wire += s.source == 0;
    EXPECT_GT(from_wire, 20);
}

TEST(Reuse, WireParagraphCarriedByAThousandOutletsIsFound) {
    // The common-phrase cap must not take the signal for noise.
    std::vector<Article> arts;
    for (int i = 0; i < 1000; ++i)
        arts.push_back(make("o" + std::to_string(i),
                            std::string(kP2) + "\nLocal note number " + std::to_string(i) +
                                " about the parish fete and its cake stall.\n"));
    Analysis an = run(arts);
    for (int i : {0, 499, 999})
        EXPECT_EQ(provenance_of(an, i, "Pro-government Sham FM")->label, ProvenanceLabel::Verbatim);
    ASSERT_FALSE(an.passages.empty());
    std::set<int> carriers;
    for (const PassageMember& m : an.passages[0].members) carriers.insert(m.article);
    EXPECT_EQ(carriers.size(), 1000u);
    // Output linear in the corpus: at most 8 nearest sources per article, not 499,500 pairs.
    std::set<std::pair<int, int>> pairs;
    for (const Alignment& al : an.alignments) pairs.insert({al.a, al.b});
    EXPECT_LE(pairs.size(), 1000u * 8);
    EXPECT_GE(pairs.size(), 999u);
}

TEST(Reuse, AlignPairMatchesTheReferenceForAPair) {
    Corpus c = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"});
    ReuseOptions ref;
    ref.all_pairs_reference = true;
    Analysis slow = run(c.articles, ref);
    for (int a = 0; a < 5; ++a)
        for (int b = 0; b < 5; ++b) {
            if (a == b) continue;
            std::vector<Alignment> got = align_pair(slow, a, b);
            std::vector<const Alignment*> want;
            for (const Alignment& al : slow.alignments)
                if (al.a == std::min(a, b) && al.b == std::max(a, b)) want.push_back(&al);
            ASSERT_EQ(got.size(), want.size()) << a << " " << b;
            for (std::size_t k = 0; k < got.size(); ++k) {
                EXPECT_EQ(got[k].a_span, want[k]->a_span);
                EXPECT_EQ(got[k].b_span, want[k]->b_span);
                EXPECT_EQ(got[k].kind, want[k]->kind);
                EXPECT_EQ(got[k].diff.size(), want[k]->diff.size());
            }
        }
    EXPECT_TRUE(align_pair(slow, 2, 2).empty());
}

TEST(Reuse, ThreadsGiveByteIdenticalOutput) {
    Corpus c = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/tests/data/one-story-40.jsonl"});
    std::vector<Article> arts = c.articles;
    // Enough articles that the parallel loops really split the work.
    for (int copy = 0; copy < 3; ++copy)
        for (std::size_t i = 0; i < c.articles.size(); ++i) {
            Article a = c.articles[i];
            a.id += "_" + std::to_string(copy);
            arts.push_back(a);
        }
    ReuseOptions one, four;
    one.threads = 1;
    four.threads = 4;
    EXPECT_EQ(analysis_to_json(run(arts, one), -1), analysis_to_json(run(arts, four), -1));
}

// --- Determinism
// ----------------------------------------------------------------------------------

TEST(Analyze, OutputIsByteIdenticalAcrossRuns) {
    Corpus c = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"});
    std::string j1 = analysis_to_json(analyze(c), 1);
    std::string j2 = analysis_to_json(analyze(c), 1);
    EXPECT_EQ(j1, j2);
    EXPECT_EQ(j1, analysis_to_json(seeds(), 1));
}

TEST(Analyze, JsonReadsBackToTheSameAnalysis) {
    // The page reads what the build wrote: version 2 with the sources tree, byte for byte.
    for (const char* path : {"/corpus", "/tests/data/one-story-40.jsonl"}) {
        Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + path}));
        std::string json = analysis_to_json(a, -1);
        Analysis back = analysis_from_json(json);
        EXPECT_EQ(analysis_to_json(back, -1), json) << path;
        EXPECT_EQ(back.sources.size(), a.sources.size()) << path;
    }
    EXPECT_THROW(analysis_from_json("{\"version\":1,\"articles\":[]}"), std::runtime_error);
}

TEST(Analyze, EverySpanLiesOnTheText) {
    const Analysis& a = seeds();
    auto ok = [&](int art, ByteSpan s) {
        const std::string& t = a.corpus.articles[static_cast<std::size_t>(art)].text;
        return s.begin <= s.end && s.end <= t.size() &&
               (s.begin == t.size() || (static_cast<unsigned char>(t[s.begin]) & 0xC0) != 0x80) &&
               (s.end == t.size() || (static_cast<unsigned char>(t[s.end]) & 0xC0) != 0x80);
    };
    for (const Alignment& al : a.alignments) {
        EXPECT_TRUE(ok(al.a, al.a_span));
        EXPECT_TRUE(ok(al.b, al.b_span));
        for (const WordEdit& e : al.diff) EXPECT_TRUE(ok(al.a, e.a) && ok(al.b, e.b));
    }
    for (const Passage& p : a.passages)
        for (const PassageMember& m : p.members) EXPECT_TRUE(ok(m.article, m.span));
}

// --- Bad input
// ------------------------------------------------------------------------------------

TEST(BadInput, FiveMegabyteArticlesFinishQuickly) {
    // One normal long article and one 5 MB line without punctuation (a scraper accident).
    std::string big;
    for (int i = 0; big.size() < 5u << 20; ++i)
        big += std::string(kP1) + " Paragraph " + std::to_string(i) + " of the record.\n";
    std::string blob;
    for (int i = 0; blob.size() < 5u << 20; ++i) blob += "word" + std::to_string(i % 9973) + " ";
    auto t0 = std::chrono::steady_clock::now();
    Analysis an =
        run({make("big", big), make("blob", blob), make("small", std::string(kP1) + "\n")});
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // Not a speed measurement (docs/benchmarks.md has those): a guard far above the bounded cost
    // (about 2 s in a release build, 18 s under ASan on an idle machine) and far below an
    // unbounded, pairwise one (many minutes). It was 30 s, and a sanitizer run on a machine
    // loaded with other builds took 36 s without anything being wrong.
    EXPECT_LT(secs, 90.0);
    EXPECT_NE(alignment_covering(an, 2, 0, "The city of Homs"), nullptr);
    EXPECT_EQ(an.provenance.size(), an.articles[0].sentences.size() +
                                        an.articles[1].sentences.size() +
                                        an.articles[2].sentences.size());
}

TEST(BadInput, ArabicAndChineseArticlesMatchWithinTheirScript) {
    std::string ar =
        "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB1\xD8\xB5\xD8\xAF "
        "\xD8\xA7\xD9\x84\xD8\xB3\xD9\x88\xD8\xB1\xD9\x8A \xD8\xA5\xD9\x86 "
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD9\x84\xD8\xAD\xD9\x8A\xD9\x86 "
        "\xD8\xAF\xD8\xAE\xD9\x84\xD9\x88\xD8\xA7 \xD8\xA8\xD9\x84\xD8\xAF\xD8\xAA\xD9\x8A\xD9\x86 "
        "\xD8\xB4\xD9\x85\xD8\xA7\xD9\x84 \xD8\xAD\xD9\x85\xD8\xB5.";
    std::string zh =
        "\xE5\x8F\x99\xE5\x88\xA9\xE4\xBA\x9A\xE5\x8F\x8D\xE5\xAF\xB9\xE6\xB4\xBE\xE6\xAD"
        "\xA6\xE8\xA3\x85\xE5\x91\xA8\xE4\xBA\x94\xE8\xBF\x9B\xE5\x85\xA5\xE9\x9C\x8D\xE5"
        "\xA7\x86\xE6\x96\xAF\xE4\xBB\xA5\xE5\x8C\x97\xE7\x9A\x84\xE4\xB8\xA4\xE5\xBA\xA7"
        "\xE5\x9F\x8E\xE9\x95\x87\xE3\x80\x82";
    Analysis an = run({make("ar1", ar + "\n"), make("ar2", "\xD9\x88 " + ar + "\n"),
                       make("zh1", zh), make("zh2", zh + zh), make("en", std::string(kP1))});
    EXPECT_NE(alignment_covering(an, 0, 1, ar.substr(0, 20)), nullptr);
    EXPECT_NE(alignment_covering(an, 2, 3, zh), nullptr);
    for (const Alignment& al : an.alignments) EXPECT_TRUE(al.a != 4 && al.b != 4);
}

TEST(BadInput, OneArticleCorpusHasNoReuse) {
    Analysis an = run({make("only", std::string(kP1) + "\n" + kP2)});
    EXPECT_TRUE(an.alignments.empty());
    ASSERT_EQ(an.sources.size(), 1u);
    EXPECT_EQ(an.sources[0].basis, SourceBasis::None);
    EXPECT_TRUE(an.passages.empty());
    ASSERT_EQ(an.provenance.size(), 2u);
    EXPECT_EQ(an.provenance[0].label, ProvenanceLabel::Original);
    EXPECT_DOUBLE_EQ(an.articles[0].label_share[int(ProvenanceLabel::Original)], 1.0);
}

TEST(BadInput, EmptyAndBlankArticlesAreHandled) {
    Analysis an = run({make("blank", "  \n\n "), make("a", kP1), make("b", kP1)});
    EXPECT_TRUE(an.articles[0].sentences.empty());
    EXPECT_EQ(an.articles[0].word_count, 0u);
    EXPECT_EQ(an.alignments.size(), 1u);
}

TEST(BadInput, DuplicateIdsAreRejectedByTheLoaderAndSurvivedByTheEngine) {
    std::string dir = testing::TempDir() + "wt_dup";
    std::string line = "{\"id\":\"x\",\"text\":\"" + std::string(kP2) + "\"}\n";
    std::string path = dir + ".jsonl";
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs((line + line).c_str(), f);
    std::fclose(f);
    EXPECT_THROW(load_corpus({path}), CorpusError);
    // Built by hand (not through the loader), the engine still finishes and works by index.
    Analysis an = run({make("x", kP2), make("x", kP2)});
    ASSERT_EQ(an.alignments.size(), 1u);
    EXPECT_EQ(an.alignments[0].a, 0);
    EXPECT_EQ(an.alignments[0].b, 1);
}
