// Claims evaluation: the engine scored against the labelled stories in tests/claims_eval
// (README.md there). Prints a table per story, then the overall scores of the tuned stories (seen
// by the engine's authors), of the held-out ones (marked "held_out" in expected.json: answers
// written before any engine run) and of all together, every miss and false flag in words, and
// whether issue 8's target (precision 0.95, recall 0.90) is met on each; fails when either set
// falls below the level measured when it was first run in full (kMeasured, kMeasuredHeldOut).
//
// The scorer is first checked on a hand-made Analysis whose scores are worked out by hand.
#include "claims_eval.h"

#include "core/analyze.h"
#include "core/corpus.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace wiretrace;
using namespace wiretrace::claims_eval;

namespace {

// Issue 8's target: precision 0.95 and recall 0.90, for differences and for grouping. The
// engine does not meet it yet (2026-11-29, the five tuned stories: differences 0.89 / 0.94,
// grouping 0.82 / 0.89; most grouping misses are two-fact sentences kept as one mention, and "he
// said" resolved to the wrong person). The run prints whether the target is met; it FAILS when the
// engine falls below the level measured then (the floors below), so no change can make the
// claims worse unnoticed. Raise the floors whenever the engine improves; when they reach the
// target, they become the target.
constexpr double kMinPrecision = 0.95;
constexpr double kMinRecall = 0.90;
// The four overall figures of a set of stories, measured or required.
struct Figures {
    double diff_precision, diff_recall, group_precision, group_recall;
};
// The tuned stories (the five without "held_out").
// Measured on branch claims3 (2026-11-29, after the clause, attribution and speaker rules):
// differences 1.00 / 0.97, grouping 0.95 / 0.95 (main 0cb1691: 0.89 / 0.94, 0.82 / 0.89).
constexpr Figures kMeasured = {34.0 / 34, 34.0 / 35, 287.0 / 302, 287.0 / 303};
// The held-out stories, first run on main's engine (0cb1691) on 2026-11-29 (rate_decision,
// wildfire, data_breach: differences 0.57 / 0.48, grouping 0.84 / 0.82): a separate floor,
// because the tuned set's figures overstate how the rules do on text nobody tuned to. When an
// engine author works with a held-out story in view, it stops being held out: drop its mark,
// re-measure both floors, and write a new held-out story.
// Branch claims3 then worked with these three stories in view (the lead's call, 20:30 UTC):
// differences 0.83 / 0.76, grouping 1.00 / 0.84. They are no longer held out in the strict
// sense; their marks go when the next held-out set lands.
constexpr Figures kMeasuredHeldOut = {19.0 / 23, 19.0 / 25, 240.0 / 240, 240.0 / 285};

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

ByteSpan span_of(const std::string& text, const std::string& piece) {
    const std::size_t at = text.find(piece);
    EXPECT_NE(at, std::string::npos) << piece;
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + piece.size())};
}

// --- The scorer on a case worked out by hand ----------------------------------------------

// Three outlets, two sentences each. The labels: K1 (the death toll; y changed it), K2 (who
// said it; z changed the speaker) and K3, a second fact inside x's second sentence.
struct TinyCase {
    Analysis analysis;
    Expected expected;
};

TinyCase tiny_case() {
    TinyCase t;
    const char* texts[3][2] = {{"x", "Alpha killed 5 people. Beta said yes."},
                               {"y", "Alpha killed 6 people. Beta said yes."},
                               {"z", "Alpha killed 5 people. Gamma said yes."}};
    for (const auto& [id, text] : texts) {
        Article a;
        a.id = id;
        a.outlet = std::string("Outlet ") + id;
        a.text = text;
        t.analysis.corpus.articles.push_back(a);
    }
    auto mention = [&](int article, const std::string& piece) {
        ClaimMention m;
        m.article = article;
        m.span = span_of(t.analysis.corpus.articles[static_cast<std::size_t>(article)].text, piece);
        return m;
    };
    auto difference = [](DifferenceKind k, int mention) {
        ClaimDifference d;
        d.kind = k;
        d.mention = mention;
        d.reference = 0;
        d.detail = "hand-made";
        return d;
    };
    // Engine claim #1: x and y's toll; y flagged for quantity, twice (counts once).
    Claim c1;
    c1.id = 1;
    c1.mentions = {mention(0, "Alpha killed 5 people."), mention(1, "Alpha killed 6 people.")};
    c1.differences = {difference(DifferenceKind::Quantity, 1),
                      difference(DifferenceKind::Quantity, 1)};
    // #2: z's toll on its own, falsely flagged for quantity (a listed must-not).
    Claim c2;
    c2.id = 2;
    c2.mentions = {mention(2, "Alpha killed 5 people.")};
    c2.differences = {difference(DifferenceKind::Quantity, 0)};
    // #3: all three second sentences; z flagged with the wrong kind, x falsely flagged.
    Claim c3;
    c3.id = 3;
    c3.mentions = {mention(0, "Beta said yes."), mention(1, "Beta said yes."),
                   mention(2, "Gamma said yes.")};
    c3.differences = {difference(DifferenceKind::Hedge, 0),
                      difference(DifferenceKind::Attribution, 2)};
    // #4: a mention no label points into ("Alpha" alone): its flag is not scored.
    Claim c4;
    c4.id = 4;
    c4.mentions = {mention(2, "Alpha")};
    c4.differences = {difference(DifferenceKind::Negation, 0)};
    t.analysis.claims = {c1, c2, c3, c4};

    t.expected = parse_expected("tiny.json", R"({
      "story": "tiny",
      "claims": [
        {"id": "K1", "mentions": {"x": "killed 5", "y": "killed 6", "z": "killed 5"}},
        {"id": "K2", "mentions": {"x": "Beta said", "y": "Beta said", "z": "Gamma said"}},
        {"id": "K3", "mentions": {"x": "said yes"}}
      ],
      "differences": [
        {"claim": "K1", "kind": "quantity", "article": "y"},
        {"claim": "K2", "kind": "speaker", "article": "z"}
      ],
      "not_differences": [
        {"claim": "K1", "kind": "any", "article": "z", "why": "same toll"},
        {"claim": "K2", "kind": "negation", "article": "x", "why": "not hit"}
      ]
    })");
    return t;
}

TEST(ClaimsEvalScorer, CountsAHandMadeCaseAsWorkedOut) {
    TinyCase t = tiny_case();
    const Score s = score_story(t.analysis, t.expected);
    // Flags within labelled claims: #1/y quantity (expected), #2/z quantity (must-not),
    // #3/x hedge, #3/z attribution; #4 is outside every label.
    EXPECT_EQ(s.flagged, 4);
    EXPECT_EQ(s.flagged_expected, 1);
    EXPECT_EQ(s.expected, 2);
    EXPECT_EQ(s.found, 1); // the speaker change on z was flagged as attribution: missed
    EXPECT_EQ(s.must_not, 2);
    EXPECT_EQ(s.must_not_hit, 1);
    // Labelled pairs: K1 3, K2 3. Engine pairs: K1 x-y; K2 x-y, x-z, y-z; K3x with K2 x, y, z
    // (K3's needle lies in x's second-sentence mention).
    EXPECT_EQ(s.pairs_labelled, 6);
    EXPECT_EQ(s.pairs_engine, 7);
    EXPECT_EQ(s.pairs_both, 4);
    EXPECT_EQ(s.by_kind.at("quantity").flagged, 2);
    EXPECT_EQ(s.by_kind.at("quantity").flagged_expected, 1);
    EXPECT_EQ(s.by_kind.at("speaker").expected, 1);
    EXPECT_EQ(s.by_kind.at("speaker").found, 0);
    EXPECT_EQ(s.by_kind.at("hedge").flagged, 1);
    EXPECT_EQ(s.by_kind.count("negation"), 0u) << "the unlabelled claim's flag is not scored";
    EXPECT_DOUBLE_EQ(ratio(s.flagged_expected, s.flagged), 0.25);
    EXPECT_DOUBLE_EQ(ratio(s.found, s.expected), 0.5);
    EXPECT_DOUBLE_EQ(ratio(s.pairs_both, s.pairs_engine), 4.0 / 7);
    EXPECT_DOUBLE_EQ(ratio(s.pairs_both, s.pairs_labelled), 4.0 / 6);

    auto said = [&](const std::string& words) {
        for (const std::string& p : s.problems)
            if (p.find(words) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(said("missed speaker on z in claim K2"));
    EXPECT_TRUE(said("false quantity flag on z in claim K1"));
    EXPECT_TRUE(said("must not be flagged: same toll"));
    EXPECT_TRUE(said("claim K1 is split over 2 engine claims: #1 {x, y} #2 {z}"));
    EXPECT_TRUE(said("engine claim #3 joins K2 {x, y, z} K3 {x}"));
}

TEST(ClaimsEvalScorer, APerfectEngineScoresOne) {
    TinyCase t = tiny_case();
    // Put z's toll into claim #1, flag exactly the two expected differences and nothing else,
    // and drop K3 (the engine cannot split "Beta said yes." further in this hand-made case).
    Claim& c1 = t.analysis.claims[0];
    c1.mentions.push_back(t.analysis.claims[1].mentions[0]);
    c1.differences.resize(1);
    Claim& c3 = t.analysis.claims[2];
    c3.differences = {c3.differences[1]};
    c3.differences[0].kind = DifferenceKind::Speaker;
    t.analysis.claims = {c1, c3};
    t.expected.mentions.pop_back();
    const Score s = score_story(t.analysis, t.expected);
    EXPECT_EQ(s.flagged, 2);
    EXPECT_EQ(s.flagged_expected, 2);
    EXPECT_EQ(s.found, 2);
    EXPECT_EQ(s.must_not_hit, 0);
    EXPECT_EQ(s.pairs_engine, 6);
    EXPECT_EQ(s.pairs_both, 6);
    EXPECT_TRUE(s.problems.empty()) << s.problems.front();
}

TEST(ClaimsEvalScorer, LabellingMistakesAreErrorsNotMisses) {
    TinyCase t = tiny_case();
    Expected x = t.expected;
    x.mentions[0].needle = "killed 7";
    EXPECT_THROW(
        {
            try {
                score_story(t.analysis, x);
            } catch (const std::runtime_error& e) {
                EXPECT_STREQ(e.what(), "tiny.json: K1: \u201ckilled 7\u201d is not in x");
                throw;
            }
        },
        std::runtime_error);
    x = t.expected;
    x.mentions[0].needle = "l"; // "Alpha killed": more than once
    EXPECT_THROW(score_story(t.analysis, x), std::runtime_error);
    x = t.expected;
    x.mentions[0].article = "w";
    EXPECT_THROW(score_story(t.analysis, x), std::runtime_error);

    EXPECT_THROW(parse_expected("bad.json", "{"), std::runtime_error);
    try {
        parse_expected("bad.json",
                       R"({"story": "s", "claims": [{"id": "K", "mentions": {"x": "a"}}],
            "differences": [{"claim": "K", "kind": "wording", "article": "x"}], "not_differences": []})");
        ADD_FAILURE() << "an unknown kind was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "bad.json: differences[0]: unknown kind \"wording\"");
    }
    try {
        parse_expected("bad.json",
                       R"({"story": "s", "claims": [{"id": "K", "mentions": {"x": "a"}}],
            "differences": [{"claim": "K", "kind": "hedge", "article": "y"}], "not_differences": []})");
        ADD_FAILURE() << "a flag on an unlabelled article was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(),
                     "bad.json: flag on K/y: that claim has no labelled mention in that article");
    }
    const std::string rest =
        R"("claims": [{"id": "K", "mentions": {"x": "a"}}], "differences": [], "not_differences": []})";
    EXPECT_EQ(
        parse_expected("ok.json", R"({"story": "s", "held_out": "2026-11-29", )" + rest).held_out,
        "2026-11-29");
    EXPECT_EQ(parse_expected("ok.json", R"({"story": "s", )" + rest).held_out, "")
        << "a story without the mark is a tuned one";
    for (const char* mark : {R"("yes")", R"(true)", R"("29/11/2026")", R"("2026-13-01")", R"("")"})
        try {
            parse_expected("bad.json",
                           std::string(R"({"story": "s", "held_out": )") + mark + ", " + rest);
            ADD_FAILURE() << "held_out " << mark << " was accepted";
        } catch (const std::runtime_error& e) {
            EXPECT_STREQ(e.what(), "bad.json: \"held_out\" must be the date the answers were "
                                   "written, as YYYY-MM-DD");
        }
}

// --- The evaluation set -------------------------------------------------------------------

std::string cell(int part, int whole) {
    char buf[32];
    if (whole == 0)
        std::snprintf(buf, sizeof buf, "%14s", "-");
    else
        std::snprintf(buf, sizeof buf, "%5.2f (%3d/%3d)", ratio(part, whole), part, whole);
    return buf;
}

std::string row(const std::string& name, const Score& s) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%-22s", name.c_str());
    return std::string(buf) + " " + cell(s.flagged_expected, s.flagged) + " " +
           cell(s.found, s.expected) + " " + cell(s.pairs_both, s.pairs_engine) + " " +
           cell(s.pairs_both, s.pairs_labelled) + "   " + std::to_string(s.must_not_hit) + "/" +
           std::to_string(s.must_not) + "\n";
}

Figures figures(const Score& s) {
    return {ratio(s.flagged_expected, s.flagged), ratio(s.found, s.expected),
            ratio(s.pairs_both, s.pairs_engine), ratio(s.pairs_both, s.pairs_labelled)};
}

bool meets_target(const Figures& f) {
    return f.diff_precision >= kMinPrecision && f.diff_recall >= kMinRecall &&
           f.group_precision >= kMinPrecision && f.group_recall >= kMinRecall;
}

// Fails (naming the set) on each figure below its floor. A tiny tolerance only for
// floating-point rounding of the same counts.
void expect_at_least(const char* set, const Figures& got, const Figures& floor) {
    constexpr double eps = 1e-9;
    EXPECT_GE(got.diff_precision, floor.diff_precision - eps)
        << set << ": difference precision fell below the measured level";
    EXPECT_GE(got.diff_recall, floor.diff_recall - eps)
        << set << ": difference recall fell below the measured level";
    EXPECT_GE(got.group_precision, floor.group_precision - eps)
        << set << ": grouping precision fell below the measured level";
    EXPECT_GE(got.group_recall, floor.group_recall - eps)
        << set << ": grouping recall fell below the measured level";
}

TEST(ClaimsEval, LabelledStoriesKeepPrecisionAndRecall) {
    const std::filesystem::path root =
        std::filesystem::path(WIRETRACE_SOURCE_DIR) / "tests/claims_eval";
    std::vector<std::filesystem::path> stories;
    for (const auto& e : std::filesystem::directory_iterator(root))
        if (e.is_directory() && std::filesystem::exists(e.path() / "expected.json"))
            stories.push_back(e.path());
    std::sort(stories.begin(), stories.end());
    ASSERT_GE(stories.size(), 3u) << "the evaluation set needs at least three stories in " << root;

    std::string table = "story                  diff precision    diff recall  group precision   "
                        "group recall   must-not hit\n";
    std::string problems;
    Score tuned, held_out, all;
    int n_tuned = 0, n_held_out = 0;
    for (const std::filesystem::path& dir : stories) {
        const std::string file = "tests/claims_eval/" + dir.filename().string() + "/expected.json";
        const Expected x = parse_expected(file, read_file(dir / "expected.json"));
        const Analysis a = analyze(load_corpus({dir.string()}));
        const Score s = score_story(a, x);
        const bool unseen = !x.held_out.empty();
        table += row(dir.filename().string() + (unseen ? " (held)" : ""), s);
        for (const std::string& p : s.problems)
            problems += std::string(unseen ? "  [held out] " : "  ") + p + "\n";
        (unseen ? held_out : tuned) += s;
        ++(unseen ? n_held_out : n_tuned);
        all += s;
    }
    ASSERT_GE(n_held_out, 1) << "no story in " << root
                             << " is marked \"held_out\": the held-out scores are the honest "
                                "measure; write a new story before the next engine change (README)";
    table += "\n" + row("tuned (" + std::to_string(n_tuned) + " stories)", tuned);
    table += row("held out (" + std::to_string(n_held_out) + " stories)", held_out);
    table += row("all (" + std::to_string(n_tuned + n_held_out) + " stories)", all);

    table += "\nby kind                    tuned precision   tuned recall held-out precision "
             "held-out recall  all precision     all recall\n";
    for (const auto& [kind, k] : all.by_kind) {
        char name[32];
        std::snprintf(name, sizeof name, "%-22s", kind.c_str());
        const Score::KindCounts none;
        auto of = [&](const Score& s) {
            const auto it = s.by_kind.find(kind);
            return it == s.by_kind.end() ? none : it->second;
        };
        const Score::KindCounts t = of(tuned), h = of(held_out);
        table += std::string(name) + "    " + cell(t.flagged_expected, t.flagged) + " " +
                 cell(t.found, t.expected) + "     " + cell(h.flagged_expected, h.flagged) + "  " +
                 cell(h.found, h.expected) + " " + cell(k.flagged_expected, k.flagged) + " " +
                 cell(k.found, k.expected) + "\n";
    }
    std::printf("%s\n%s", table.c_str(), problems.c_str());

    const Figures f_tuned = figures(tuned), f_held_out = figures(held_out), f_all = figures(all);
    std::printf("\nissue 8 target (precision %.2f, recall %.2f for differences and grouping):\n",
                kMinPrecision, kMinRecall);
    for (const auto& [name, f] : {std::pair<const char*, Figures>{"tuned", f_tuned},
                                  {"held out", f_held_out},
                                  {"all", f_all}})
        std::printf("  %-9s %s\n", name, meets_target(f) ? "met" : "NOT MET");
    expect_at_least("tuned stories", f_tuned, kMeasured);
    expect_at_least("held-out stories", f_held_out, kMeasuredHeldOut);
}

} // namespace
