// taken_from (Churnalism's "how much of this article comes from that source"): on the seeds,
// The Independent's republication is taken from the AP body verbatim, Epoch's rewrite is
// partly edited, and the shares agree with a byte-by-byte count of the spans.
#include "core/analyze.h"
#include "core/overlap.h"
#include "core/taken_from.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

using namespace wiretrace;

namespace {

const Analysis& seeds() {
    static const Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    return a;
}

// The slow, obviously correct count: a kind per byte, the strongest wins, furniture excluded.
std::array<double, 3> by_bytes(const Analysis& a, const TakenFrom& t) {
    const std::string& text = a.corpus.articles[static_cast<std::size_t>(t.article)].text;
    std::vector<int> kind(text.size(), 9);
    for (ByteSpan b : a.articles[static_cast<std::size_t>(t.article)].boilerplate)
        for (std::uint32_t i = b.begin; i < b.end; ++i) kind[i] = -1;
    for (const SharedSpan& s : t.spans)
        for (std::uint32_t i = s.span.begin; i < s.span.end; ++i)
            if (kind[i] != -1) kind[i] = std::min(kind[i], static_cast<int>(s.kind));
    std::array<double, 3> share{0, 0, 0};
    for (int k : kind)
        if (k >= 0 && k < 3) share[static_cast<std::size_t>(k)] += 1;
    for (double& s : share) s /= story_bytes(a, t.article);
    return share;
}

} // namespace

TEST(TakenFrom, ARepublicationIsTakenVerbatimFromTheWireBody) {
    const Analysis& a = seeds();
    const int ap = a.corpus.find("000_b584b1e36c441f0d"), independent = a.corpus.find("003_1d4940750912eb2c");
    const TakenFrom t = taken_from(a, independent, ap);
    ASSERT_FALSE(t.spans.empty());
    EXPECT_GT(t.share[0], 0.5) << "most of the Independent's story text is the AP body word for word";
    for (const SharedSpan& s : t.spans) {
        EXPECT_EQ(s.other, ap);
        EXPECT_LE(s.span.end, a.corpus.articles[static_cast<std::size_t>(independent)].text.size());
    }
    const auto slow = by_bytes(a, t);
    for (int k = 0; k < 3; ++k) EXPECT_NEAR(t.share[k], slow[static_cast<std::size_t>(k)], 1e-9) << k;
    EXPECT_LE(t.share[0] + t.share[1] + t.share[2], 1.0 + 1e-9);
}

TEST(TakenFrom, EveryPairAgreesWithTheByteCountAndNamesItsSource) {
    const Analysis& a = seeds();
    const int n = static_cast<int>(a.corpus.articles.size());
    bool some_edited = false;
    for (int x = 0; x < n; ++x)
        for (int y = 0; y < n; ++y) {
            const TakenFrom t = taken_from(a, x, y);
            if (x == y) {
                EXPECT_TRUE(t.spans.empty());
                continue;
            }
            const auto slow = by_bytes(a, t);
            for (int k = 0; k < 3; ++k) EXPECT_NEAR(t.share[k], slow[static_cast<std::size_t>(k)], 1e-9);
            some_edited = some_edited || t.share[1] > 0;
        }
    EXPECT_TRUE(some_edited) << "the Epoch rewrite edits some AP sentences";
    EXPECT_TRUE(taken_from(a, 0, 99).spans.empty());
}

TEST(TakenFrom, APairTheAnalysisDidNotStoreIsAlignedOnDemand) {
    Analysis a = seeds();
    const int ap = a.corpus.find("000_b584b1e36c441f0d"), independent = a.corpus.find("003_1d4940750912eb2c");
    const TakenFrom stored = taken_from(a, independent, ap);
    ASSERT_FALSE(stored.computed_on_demand);
    // Drop the pair's alignments, as a large corpus keeps only each article's nearest sources.
    a.alignments.erase(std::remove_if(a.alignments.begin(), a.alignments.end(),
                                      [&](const Alignment& al) {
                                          return (al.a == ap && al.b == independent) ||
                                                 (al.a == independent && al.b == ap);
                                      }),
                       a.alignments.end());
    const TakenFrom again = taken_from(a, independent, ap);
    EXPECT_TRUE(again.computed_on_demand);
    EXPECT_NEAR(again.share[0], stored.share[0], 1e-9);
}
