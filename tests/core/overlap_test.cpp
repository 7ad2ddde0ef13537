// How much of one article another carries (core/overlap.h), checked against a byte-by-byte
// reference on the seed corpus and on a small case worked out by hand.
#include "core/analyze.h"
#include "core/corpus.h"
#include "core/overlap.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace wiretrace;

namespace {

// The obvious way: mark every byte of `a` that lies in a passage `b` also carries and is not
// page furniture, count the marks.
double slow_share(const Analysis& an, int a, int b) {
    if (a == b) return 1;
    const std::string& text = an.corpus.articles[static_cast<std::size_t>(a)].text;
    std::vector<char> furniture(text.size(), 0), shared(text.size(), 0);
    for (const ByteSpan& s : an.articles[static_cast<std::size_t>(a)].boilerplate)
        for (std::uint32_t k = s.begin; k < s.end && k < text.size(); ++k) furniture[k] = 1;
    for (const Passage& p : an.passages) {
        bool has_b = false;
        for (const PassageMember& m : p.members) has_b |= m.article == b;
        if (!has_b) continue;
        for (const PassageMember& m : p.members)
            if (m.article == a)
                for (std::uint32_t k = m.span.begin; k < m.span.end && k < text.size(); ++k) shared[k] = 1;
    }
    double story = 0, in_b = 0;
    for (std::size_t k = 0; k < text.size(); ++k) {
        story += !furniture[k];
        in_b += shared[k];
    }
    return std::min(1.0, in_b / std::max(story, 1.0));
}

} // namespace

TEST(Overlap, AgreesWithAByteByByteCountOnTheSeeds) {
    Corpus corpus = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"});
    Analysis an = analyze(std::move(corpus));
    const int n = static_cast<int>(an.corpus.articles.size());
    ASSERT_EQ(n, 5);
    std::vector<int> all;
    for (int i = 0; i < n; ++i) all.push_back(i);
    OverlapMatrix m = overlap_matrix(an, all);
    int sharing_pairs = 0;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            EXPECT_NEAR(m.at(r, c), slow_share(an, r, c), 1e-9) << r << " in " << c;
            sharing_pairs += r != c && m.at(r, c) > 0.05;
        }
    EXPECT_GE(sharing_pairs, 6) << "the seeds are one story told with shared wire text";
    // The AP copy (000) and the Independent (003) carry the same wire paragraphs.
    EXPECT_GT(m.at(0, 3), 0.3);
    EXPECT_EQ(shares_carried_by(an, 2), [&] {
        std::vector<double> col;
        for (int r = 0; r < n; ++r) col.push_back(m.at(r, 2));
        return col;
    }()) << "Sources' column and the matrix's are one computation";
}

TEST(Overlap, IsNotSymmetricAndIgnoresFurniture) {
    Analysis an;
    an.corpus.articles.resize(3);
    an.corpus.articles[0].text = std::string(100, 'a'); // the wire report
    an.corpus.articles[1].text = std::string(40, 'b');  // a pickup: 30 bytes of the report + 10 of furniture
    an.corpus.articles[2].text = std::string(50, 'c');  // unrelated
    an.articles.resize(3);
    an.articles[1].boilerplate = {{30, 40}};
    Passage p;
    p.members = {{0, {10, 40}}, {1, {0, 30}}};
    an.passages.push_back(p);
    OverlapMatrix m = overlap_matrix(an, {0, 1, 2});
    EXPECT_DOUBLE_EQ(m.at(1, 0), 1.0) << "the pickup's story text is all in the report";
    EXPECT_DOUBLE_EQ(m.at(0, 1), 0.3) << "30 of the report's 100 bytes are in the pickup";
    EXPECT_DOUBLE_EQ(m.at(2, 0), 0.0);
    EXPECT_DOUBLE_EQ(m.at(2, 2), 1.0);
    EXPECT_TRUE(shares_carried_by(an, 7).empty()) << "no such article";
    EXPECT_DOUBLE_EQ(story_bytes(an, 1), 30.0);
}

// Charts fills the matrix a column per frame (overlap_matrix_fill_column): in any order, the
// same matrix as overlap_matrix.
TEST(Overlap, TheMatrixFilledAColumnAtATimeIsTheMatrixAtOnce) {
    Corpus corpus = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"});
    Analysis an = analyze(std::move(corpus));
    const std::vector<int> chosen = {3, 0, 4, 1};
    const OverlapMatrix whole = overlap_matrix(an, chosen);
    OverlapMatrix m = overlap_matrix_start(chosen);
    EXPECT_EQ(m.articles, chosen);
    ASSERT_EQ(m.shares.size(), chosen.size() * chosen.size());
    for (std::size_t c = chosen.size(); c-- > 0;) overlap_matrix_fill_column(an, m, c);
    overlap_matrix_fill_column(an, m, chosen.size()); // past the end: nothing
    EXPECT_EQ(m.shares, whole.shares);
    int nonzero = 0;
    for (double v : whole.shares) nonzero += v > 0;
    EXPECT_GT(nonzero, static_cast<int>(chosen.size())) << "the seeds share text beyond the diagonal";
}

// Sources' base column is built in slices (SharesCarriedByBuilder): the same shares.
TEST(Overlap, SharesBuiltInStepsAreTheSharesAtOnce) {
    Corpus corpus = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"});
    Analysis an = analyze(std::move(corpus));
    for (int base : {0, 3, 4}) {
        const std::vector<double> whole = shares_carried_by(an, base);
        ASSERT_EQ(whole.size(), an.corpus.articles.size());
        for (std::size_t step : {std::size_t{1}, std::size_t{3}}) {
            SharesCarriedByBuilder b(an, base);
            std::size_t calls = 1;
            while (!b.step(step)) ASSERT_LT(++calls, 10000u);
            if (step == 1) EXPECT_EQ(calls, b.units());
            EXPECT_EQ(b.take(), whole) << "base " << base << ", step " << step;
        }
    }
    SharesCarriedByBuilder bad(an, 99);
    EXPECT_TRUE(bad.step(1));
    EXPECT_TRUE(bad.take().empty()) << "a bad base gives no shares, as shares_carried_by";
}
