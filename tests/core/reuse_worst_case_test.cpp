// The shared-text engine's worst case (issue 11): two long articles over a tiny vocabulary, so
// that nearly every sentence is an edited version of nearly every other and they all fall into
// one component. Before the per-component bound (reuse.cpp, kUnitsPerComponent) each unit was
// compared with every unit of the other article: 300 KB took 11 s of CPU, 600 KB 43 s, and
// this pair minutes, past the test timeout. It must now finish, and still find that the second
// article is a light edit of the first. (The same pair, 1 MB each, is scripts/gen-worst-pair
// --words 3; figures in the README come from `wiretrace analyze … --timings`.)
#include "core/boilerplate.h"
#include "core/reuse.h"
#include "core/text.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

using namespace wiretrace;

namespace {

// Sentences of 5-40 words from `words`, about `bytes` long, ten to a paragraph; and the same
// text with one word in twenty replaced.
std::pair<std::string, std::string> small_vocabulary_pair(std::size_t bytes) {
    const char* const words[] = {"council", "budget", "river"};
    std::mt19937 rng(11);
    auto pick = [&](std::uint32_t n) { return rng() % n; };
    std::string a, b;
    for (int s = 0; a.size() < bytes; ++s) {
        const std::uint32_t k = 5 + pick(36);
        for (std::uint32_t i = 0; i < k; ++i) {
            std::string w = words[pick(3)];
            std::string v = pick(20) == 0 ? words[pick(3)] : w;
            if (i == 0)
                w[0] = static_cast<char>(w[0] - 'a' + 'A'),
                v[0] = static_cast<char>(v[0] - 'a' + 'A');
            a += w, b += v;
            a += i + 1 < k ? " " : ".", b += i + 1 < k ? " " : ".";
        }
        const char* gap = s % 10 == 9 ? "\n\n" : " ";
        a += gap, b += gap;
    }
    return {a, b};
}

} // namespace

TEST(ReuseWorstCase, TwoLongArticlesOverThreeWordsFinishAndStillMatch) {
    auto [ta, tb] = small_vocabulary_pair(1500000);
    Analysis an;
    for (auto [id, text] : {std::pair<const char*, std::string*>{"a", &ta}, {"b", &tb}}) {
        Article art;
        art.id = id;
        art.outlet = std::string("Outlet ") + id;
        art.date = "2024-12-06";
        art.text = *text;
        an.corpus.articles.push_back(std::move(art));
    }
    an.articles.resize(2);
    for (std::size_t i = 0; i < 2; ++i) {
        an.articles[i].sentences = split_sentences(an.corpus.articles[i].text);
        an.articles[i].boilerplate = detect_boilerplate(an.corpus.articles[i]);
    }
    ASSERT_GT(an.articles[1].sentences.size(), 9000u);
    // Not a speed measurement (bench/ and the README figures are): a guard far above the bounded
    // cost (about a second) and far below the unbounded one (minutes), like the test timeout.
    auto t0 = std::chrono::steady_clock::now();
    find_shared_text(an);
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(secs, 60.0);
    // The second article is the first with one word in twenty changed, in the same order: the
    // window of units compared around each unit's own position still finds its counterpart.
    const auto& share = an.articles[1].label_share;
    const double copied = share[static_cast<int>(ProvenanceLabel::Verbatim)] +
                          share[static_cast<int>(ProvenanceLabel::Edited)];
    EXPECT_GT(copied, 0.95) << "verbatim " << share[0] << ", edited " << share[1];
    EXPECT_FALSE(an.alignments.empty());
}
