// The models behind the text views: highlight spans (span_index.h), word-wrap layout
// (text_layout.h) and search (search.h), on small constructed cases and on the seed corpus.
#include "core/analyze.h"
#include "core/corpus.h"
#include "core/reuse.h"
#include "core/search.h"
#include "core/span_index.h"
#include "core/text.h"
#include "core/text_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>

using namespace wiretrace;

namespace {

const Analysis& seeds() {
    // Loaded once for the whole test binary: analysing the seeds is the slow part.
    static const Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    return a;
}

int article(const Analysis& a, const char* prefix) {
    for (std::size_t i = 0; i < a.corpus.articles.size(); ++i)
        if (a.corpus.articles[i].id.rfind(prefix, 0) == 0) return static_cast<int>(i);
    return -1;
}

// Two indexes hold the same spans and covers for every article.
void expect_same_index(const SpanIndex& got, const SpanIndex& want, const std::string& what) {
    ASSERT_EQ(got.article_count(), want.article_count()) << what;
    for (int a = 0; a < static_cast<int>(want.article_count()); ++a) {
        const auto& gs = got.shared(a);
        const auto& ws = want.shared(a);
        ASSERT_EQ(gs.size(), ws.size()) << what << ", article " << a;
        for (std::size_t i = 0; i < ws.size(); ++i) {
            EXPECT_EQ(gs[i].span, ws[i].span) << what;
            EXPECT_EQ(gs[i].other, ws[i].other) << what;
            EXPECT_EQ(gs[i].other_span, ws[i].other_span) << what;
            EXPECT_EQ(gs[i].kind, ws[i].kind) << what;
            EXPECT_EQ(gs[i].alignment, ws[i].alignment) << what;
        }
        const auto& gc = got.covers(a);
        const auto& wc = want.covers(a);
        ASSERT_EQ(gc.size(), wc.size()) << what << ", article " << a;
        for (std::size_t i = 0; i < wc.size(); ++i) {
            EXPECT_EQ(gc[i].span, wc[i].span) << what;
            EXPECT_EQ(gc[i].labels, wc[i].labels) << what;
        }
        // What is under the mouse, at the start of every shared span.
        for (const SharedSpan& s : ws) {
            auto g = got.at(a, s.span.begin);
            auto w = want.at(a, s.span.begin);
            ASSERT_EQ(g.size(), w.size()) << what;
            for (std::size_t i = 0; i < w.size(); ++i) EXPECT_EQ(g[i]->alignment, w[i]->alignment) << what;
        }
    }
}

// One unit of width per byte: enough to check wrapping by hand.
float mono(std::string_view s) { return static_cast<float>(s.size()); }

// The slow, obviously correct reference for flatten_spans: labels byte by byte.
std::vector<SpanCover> flatten_reference(const std::vector<LabelledSpan>& spans, std::uint32_t n) {
    std::vector<SpanCover> out;
    for (std::uint32_t i = 0; i < n; ++i) {
        std::set<int> l;
        for (const LabelledSpan& s : spans)
            if (s.span.begin <= i && i < s.span.end) l.insert(s.label);
        if (l.empty()) continue;
        std::vector<int> labels(l.begin(), l.end());
        if (!out.empty() && out.back().span.end == i && out.back().labels == labels) ++out.back().span.end;
        else out.push_back({{i, i + 1}, labels});
    }
    return out;
}

} // namespace

TEST(FlattenSpans, OverlapsBecomeDisjointPiecesWithEveryLabel) {
    std::vector<LabelledSpan> spans = {{{0, 10}, 1}, {{5, 15}, 2}, {{5, 15}, 2}, {{20, 25}, 1}, {{22, 23}, 3}};
    auto got = flatten_spans(spans);
    auto want = flatten_reference(spans, 30);
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].span, want[i].span) << i;
        EXPECT_EQ(got[i].labels, want[i].labels) << i;
    }
    EXPECT_EQ(got[1].span, (ByteSpan{5, 10}));
    EXPECT_EQ(got[1].labels, (std::vector<int>{1, 2}));
}

TEST(FlattenSpans, MatchesTheReferenceOnPseudoRandomSpans) {
    std::uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    for (int round = 0; round < 50; ++round) {
        std::vector<LabelledSpan> spans;
        for (int k = 0; k < 8; ++k) {
            std::uint32_t b = next() % 60, len = next() % 20;
            spans.push_back({{b, b + len}, static_cast<int>(next() % 4)});
        }
        auto got = flatten_spans(spans);
        auto want = flatten_reference(spans, 100);
        ASSERT_EQ(got.size(), want.size()) << round;
        for (std::size_t i = 0; i < got.size(); ++i) {
            EXPECT_EQ(got[i].span, want[i].span);
            EXPECT_EQ(got[i].labels, want[i].labels);
        }
    }
}

TEST(SpanIndex, BothSidesOfAnAlignmentAreHighlightedAndMapped) {
    Analysis a;
    a.corpus.articles.resize(3);
    Alignment al;
    al.a = 0, al.b = 2, al.a_span = {100, 200}, al.b_span = {0, 100};
    a.alignments.push_back(al);
    al.a = 1, al.b = 0, al.a_span = {10, 60}, al.b_span = {150, 250}, al.kind = ReuseKind::Paraphrase;
    a.alignments.push_back(al);
    SpanIndex index(a);
    ASSERT_EQ(index.shared(0).size(), 2u);
    ASSERT_EQ(index.covers(0).size(), 3u); // [100,150) with 2, [150,200) with 1 and 2, [200,250) with 1
    EXPECT_EQ(index.covers(0)[1].labels,
              (std::vector<int>{share_label(1, ReuseKind::Paraphrase), share_label(2, ReuseKind::Verbatim)}));
    // Under offset 160 both spans: the verbatim one first.
    auto under = index.at(0, 160);
    ASSERT_EQ(under.size(), 2u);
    EXPECT_EQ(under[0]->other, 2);
    EXPECT_EQ(under[1]->other, 1);
    EXPECT_TRUE(index.at(0, 99).empty());
    EXPECT_EQ(index.map_offset(0, 150, 2), 50u);
    EXPECT_EQ(index.map_offset(2, 50, 0), 150u);
    EXPECT_EQ(index.map_offset(0, 300, 2), 100u); // after the alignment: its end
    EXPECT_FALSE(index.map_offset(1, 0, 2).has_value());
    EXPECT_EQ(index.shared_bytes(0, 2), 100u);
}

TEST(SpanIndex, SeedAPCopyIsHighlightedAsSharedWithTheIndependent) {
    const Analysis& a = seeds();
    SpanIndex index(a);
    int ap = article(a, "000"), indep = article(a, "003");
    ASSERT_GE(ap, 0);
    ASSERT_GE(indep, 0);
    // 003 republishes the AP report verbatim: nearly all of 000 is shared with it.
    double share = static_cast<double>(index.shared_bytes(ap, indep)) / a.corpus.articles[static_cast<std::size_t>(ap)].text.size();
    EXPECT_GT(share, 0.9);
    auto under = index.at(ap, 10);
    ASSERT_FALSE(under.empty());
    EXPECT_EQ(under[0]->other, indep);
    EXPECT_EQ(under[0]->kind, ReuseKind::Verbatim);
}

TEST(TextLayout, WrapsGreedilyAndSplitsRunsAtStyles) {
    std::string text = "aaa bbb ccc ddd\n\neee";
    auto paras = split_paragraphs(text);
    std::vector<StyledSpan> styles = {{{4, 11}, 7}};
    TextLayout l = layout_text(text, paras, styles, 8, mono);
    // "aaa bbb" (7) fits in 8, "ccc ddd" next, blank, "eee".
    ASSERT_EQ(l.lines.size(), 4u);
    EXPECT_EQ(l.lines[0].span, (ByteSpan{0, 7}));
    EXPECT_EQ(l.lines[1].span, (ByteSpan{8, 15}));
    EXPECT_EQ(l.lines[2].paragraph, -1);
    EXPECT_EQ(l.lines[3].span, (ByteSpan{17, 20}));
    // Line 0: "aaa " unstyled, "bbb" styled at x 4..7.
    ASSERT_EQ(l.lines[0].run_count, 2u);
    const LaidRun* r = l.runs_begin(l.lines[0]);
    EXPECT_EQ(r[1].style, 7);
    EXPECT_FLOAT_EQ(r[1].x0, 4);
    EXPECT_FLOAT_EQ(r[1].x1, 7);
    EXPECT_EQ(l.runs_begin(l.lines[1])[0].style, 7); // "ccc" continues the style
    EXPECT_EQ(l.line_of(9), 1);
    EXPECT_EQ(l.line_of(16), 1); // the gap between paragraphs belongs to the line before
    EXPECT_EQ(l.line_of(18), 3);
    EXPECT_EQ(l.offset_at(0, 5.5f), 5u);
}

TEST(TextLayout, AWordWiderThanTheLineIsCut) {
    std::string text = "ab abcdefghij cd";
    TextLayout l = layout_text(text, split_paragraphs(text), {}, 4, mono);
    std::vector<std::string> lines;
    for (const LaidLine& ln : l.lines) lines.push_back(text.substr(ln.span.begin, ln.span.size()));
    EXPECT_EQ(lines, (std::vector<std::string>{"ab", "abcd", "efgh", "ij", "cd"}));
}

TEST(Search, CaseQuotesAndApostrophesDoNotMatter) {
    EXPECT_EQ(fold_for_search("\xE2\x80\x9CMother  of All\nBattles\xE2\x80\x9D"), "mother of all battles");
    EXPECT_EQ(fold_for_search("Assad\xE2\x80\x99s"), "assad's");
    Corpus c;
    c.articles.push_back({"x", "X", "", "", "", "", "He called it the \xE2\x80\x9Cmother of all battles.\xE2\x80\x9D Embattled.", "", 1});
    SearchIndex index(c);
    auto hits = index.find("\"Mother of all battles\"", 10);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(c.articles[0].text.substr(hits[0].match.begin, hits[0].match.size()), "mother of all battles");
    EXPECT_EQ(index.find("battle", 10).size(), 1u) << "a hit starts at a word start";
    EXPECT_TRUE(index.find("  ", 10).empty());
    SearchTotals totals;
    EXPECT_EQ(index.find("e", 0, &totals).size(), 0u);
    EXPECT_TRUE(totals.more());
}

TEST(Search, MotherOfAllBattlesIsInAllFiveSeedsLiterallyOrReworded) {
    const Analysis& a = seeds();
    SearchIndex index(a.corpus);
    std::set<int> found;
    auto literal = index.find("mother of all battles", 100);
    for (const SearchHit& h : literal) found.insert(h.article);
    EXPECT_EQ(found.size(), 4u) << "002 paraphrases the quote";
    SpanIndex spans(a);
    auto reworded = SearchIndex::find_reworded(a, spans, literal, 100);
    ASSERT_FALSE(reworded.empty());
    int para = article(a, "002");
    bool in_002 = false;
    for (const SearchHit& h : reworded) {
        EXPECT_FALSE(found.count(h.article) && h.article != para) << "only articles without the words";
        if (h.article == para) {
            in_002 = true;
            std::string s = a.corpus.articles[static_cast<std::size_t>(para)].text.substr(h.match.begin, h.match.size());
            EXPECT_NE(s.find("battle for Homs"), std::string::npos) << s;
        }
    }
    EXPECT_TRUE(in_002);
    for (const SearchHit& h : reworded) found.insert(h.article);
    for (const SearchHit& h : literal) {
        found.insert(h.article);
        const std::string& t = a.corpus.articles[static_cast<std::size_t>(h.article)].text;
        EXPECT_LE(h.context.begin, h.match.begin);
        EXPECT_GE(h.context.end, h.match.end);
        EXPECT_LE(h.context.end, t.size());
    }
    EXPECT_EQ(found.size(), a.corpus.articles.size());
}

// The page builds the index a slice per frame (SpanIndexBuilder, issue 9): whatever the step, the
// same index as built in one go.
TEST(SpanIndex, BuiltInStepsIsTheIndexBuiltAtOnce) {
    const Analysis& a = seeds();
    ASSERT_GT(a.alignments.size(), 3u);
    const SpanIndex whole(a);
    for (std::size_t step : {std::size_t{1}, std::size_t{2}, std::size_t{7}, a.alignments.size(), SIZE_MAX}) {
        SpanIndexBuilder b(a);
        EXPECT_EQ(b.units(), a.alignments.size() + 3 * a.corpus.articles.size());
        std::size_t steps = 1;
        double last = b.fraction();
        while (!b.step(step)) {
            ++steps;
            EXPECT_GT(b.fraction(), last);
            last = b.fraction();
            ASSERT_LT(steps, 10000u) << "the builder finishes";
        }
        EXPECT_EQ(b.fraction(), 1.0);
        if (step == 1) EXPECT_GE(steps, b.units()) << "one unit a step, at least units() of them";
        expect_same_index(b.take(), whole, "step " + std::to_string(step));
    }
}

// Compare aligns a pair on demand and adds it to the index it has (add_alignments) instead of
// building the index again: the same index either way.
TEST(SpanIndex, AlignmentsAddedLaterGiveTheIndexBuiltWithThem) {
    const Analysis& seed = seeds();
    int ap = article(seed, "000"), indep = article(seed, "003");
    ASSERT_GE(ap, 0);
    ASSERT_GE(indep, 0);
    // The seeds with the pair 000–003 taken out of the stored alignments, as a large corpus
    // would not store it; then that pair aligned on demand, as Compare does.
    Analysis a = seed;
    a.alignments.erase(std::remove_if(a.alignments.begin(), a.alignments.end(),
                                      [&](const Alignment& al) {
                                          return (al.a == ap && al.b == indep) || (al.a == indep && al.b == ap);
                                      }),
                       a.alignments.end());
    ASSERT_LT(a.alignments.size(), seed.alignments.size());
    std::vector<Alignment> extra = align_pair(a, ap, indep);
    ASSERT_FALSE(extra.empty());
    // And a second pair later, numbered after the first.
    std::vector<Alignment> more = align_pair(a, article(a, "001"), article(a, "004"));
    std::vector<Alignment> all = extra;
    all.insert(all.end(), more.begin(), more.end());

    SpanIndex added(a);
    added.add_alignments(extra, static_cast<int>(a.alignments.size()));
    expect_same_index(added, SpanIndex(a, extra), "one pair added");
    added.add_alignments(more, static_cast<int>(a.alignments.size() + extra.size()));
    expect_same_index(added, SpanIndex(a, all), "two pairs added");
    // Nothing valid to add changes nothing.
    Alignment bad;
    bad.a = 0, bad.b = 0;
    added.add_alignments({bad}, 0);
    expect_same_index(added, SpanIndex(a, all), "an alignment of an article with itself ignored");
}

// The wire report's covers are flattened a few boundaries per step in the page (SpanFlattening):
// whatever the step, the covers flatten_spans gives.
TEST(SpanIndex, CoversFlattenedInStepsAreTheCoversAtOnce) {
    const Analysis& a = seeds();
    const SpanIndex whole(a);
    for (int art = 0; art < static_cast<int>(a.corpus.articles.size()); ++art) {
        std::vector<LabelledSpan> labelled;
        for (const SharedSpan& s : whole.shared(art)) labelled.push_back({s.span, share_label(s.other, s.kind)});
        const std::vector<SpanCover> at_once = flatten_spans(labelled);
        for (std::size_t step : {std::size_t{1}, std::size_t{2}, std::size_t{5}}) {
            SpanFlattening f(labelled);
            std::size_t calls = 1;
            double last = f.fraction();
            while (!f.step(step)) {
                ++calls;
                EXPECT_GE(f.fraction(), last);
                last = f.fraction();
            }
            if (step == 1 && at_once.size() > 2) EXPECT_GT(calls, 2u) << "article " << art << " took several steps";
            const std::vector<SpanCover> got = f.take();
            ASSERT_EQ(got.size(), at_once.size()) << "article " << art << ", step " << step;
            for (std::size_t i = 0; i < got.size(); ++i) {
                EXPECT_EQ(got[i].span, at_once[i].span);
                EXPECT_EQ(got[i].labels, at_once[i].labels);
            }
        }
    }
}
