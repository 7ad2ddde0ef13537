// reach.h: articles counted as articles, outlets as outlets, on a constructed analysis where one
// outlet published the story twice, and on the seeds against a count made by hand from passages
// and provenance.
#include "core/analyze.h"
#include "core/corpus.h"
#include "core/reach.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>

using namespace wiretrace;

namespace {

Analysis five_articles_four_outlets() {
    Analysis a;
    for (const char* outlet : {"Courier", "Courier", "Herald", "AP", "Gazette"}) {
        Article art;
        art.id = std::string(outlet) + std::to_string(a.corpus.articles.size());
        art.outlet = outlet;
        art.text = "Some text.";
        a.corpus.articles.push_back(art);
    }
    a.articles.resize(5);
    // Passage 0: the Courier's two editions (the second carrying it twice), the Herald, AP.
    a.passages.push_back({0, {{0, {0, 4}}, {1, {0, 4}}, {1, {5, 9}}, {2, {0, 4}}, {3, {0, 4}}}});
    a.passages.push_back({1, {{3, {5, 9}}, {4, {0, 4}}}});
    // The Gazette paraphrases a sentence of the Herald.
    SentenceProvenance p;
    p.article = 4;
    p.sentence = {5, 9};
    p.label = ProvenanceLabel::Paraphrase;
    p.source = SourceRef{2, {5, 9}};
    a.provenance.push_back(p);
    return a;
}

} // namespace

TEST(Reach, APassageCountsOutletsByNameNotArticles) {
    Analysis a = five_articles_four_outlets();
    ReachIndex reach(a);
    Reach r = reach.carried_by(0);
    EXPECT_EQ(r.articles, (std::vector<int>{0, 1, 2, 3}))
        << "four articles, the repeated member once";
    ASSERT_EQ(r.outlets.size(), 3u) << "three outlets: the Courier's two editions are one outlet";
    EXPECT_EQ(r.outlets[0], (std::pair<std::string, int>{"Courier", 2})) << "most articles first";
    EXPECT_EQ(r.outlets[1].first, "AP") << "then by name";
    EXPECT_EQ(r.outlets[2].first, "Herald");
    EXPECT_EQ(reach.passages_of(1), (std::vector<int>{0}));
    EXPECT_TRUE(reach.carried_by(7).articles.empty());
}

TEST(Reach, SharedWithJoinsPassagesAndProvenanceBothWays) {
    Analysis a = five_articles_four_outlets();
    ReachIndex reach(a);
    EXPECT_EQ(reach.shared_with(0).articles, (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(reach.shared_with(0).outlets.size(), 3u) << "its own outlet's other edition counts";
    EXPECT_EQ(reach.shared_with(4).articles, (std::vector<int>{2, 3}))
        << "AP by passage, the Herald paraphrased";
    EXPECT_EQ(reach.shared_with(2).articles, (std::vector<int>{0, 1, 3, 4}))
        << "the Herald's paraphrase in the Gazette";
    EXPECT_EQ(reach.shared_with(2).outlets.size(), 3u);
}

TEST(Reach, SeedArticlesShareWithWhatPassagesAndProvenanceSay) {
    Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    ReachIndex reach(a);
    for (int art = 0; art < static_cast<int>(a.corpus.articles.size()); ++art) {
        // The slow way: every passage and every provenance entry, looked at once each.
        std::set<int> expected;
        for (const Passage& p : a.passages) {
            bool in = false;
            for (const PassageMember& m : p.members) in = in || m.article == art;
            if (in)
                for (const PassageMember& m : p.members)
                    if (m.article != art) expected.insert(m.article);
        }
        for (const SentenceProvenance& s : a.provenance)
            if (s.source && s.source->article != s.article) {
                if (s.article == art) expected.insert(s.source->article);
                if (s.source->article == art) expected.insert(s.article);
            }
        Reach r = reach.shared_with(art);
        EXPECT_EQ(std::set<int>(r.articles.begin(), r.articles.end()), expected)
            << a.corpus.articles[art].id;
        std::set<std::string> outlets;
        for (int o : expected)
            outlets.insert(a.corpus.articles[static_cast<std::size_t>(o)].outlet);
        EXPECT_EQ(r.outlets.size(), outlets.size());
    }
}

// The page builds the index a slice at a time (ReachIndexBuilder): whatever the step, the same
// answers as the index built in one go, on the seeds and on the constructed case.
TEST(Reach, BuiltInStepsAnswersAsBuiltAtOnce) {
    const Analysis seeds = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    for (const Analysis* a : {&seeds}) {
        const ReachIndex whole(*a);
        for (std::size_t step : {std::size_t{1}, std::size_t{2}, std::size_t{5}, SIZE_MAX}) {
            ReachIndexBuilder b(*a);
            std::size_t calls = 1;
            while (!b.step(step)) ASSERT_LT(++calls, 10000u);
            if (step == 1) EXPECT_EQ(calls, b.units()) << "one unit a call";
            const ReachIndex sliced = b.take();
            for (int p = 0; p < static_cast<int>(a->passages.size()); ++p) {
                EXPECT_EQ(sliced.carried_by(p).articles, whole.carried_by(p).articles) << "passage " << p;
                EXPECT_EQ(sliced.carried_by(p).outlets, whole.carried_by(p).outlets) << "passage " << p;
            }
            for (int i = 0; i < static_cast<int>(a->corpus.articles.size()); ++i) {
                EXPECT_EQ(sliced.shared_with(i).articles, whole.shared_with(i).articles) << "article " << i;
                EXPECT_EQ(sliced.passages_of(i), whole.passages_of(i)) << "article " << i;
            }
        }
    }
    // More sentences than one unit holds: the provenance is split across calls.
    Analysis many = five_articles_four_outlets();
    const SentenceProvenance p = many.provenance.front();
    for (std::size_t k = 0; k < ReachIndexBuilder::kSentencesPerUnit * 2 + 3; ++k) many.provenance.push_back(p);
    many.provenance.back().article = 0; // the last sentence, in the third unit: the Courier's
    ReachIndexBuilder b(many);
    while (!b.step(1)) {
    }
    const ReachIndex sliced = b.take();
    EXPECT_EQ(sliced.shared_with(0).articles, ReachIndex(many).shared_with(0).articles);
    EXPECT_NE(std::find(sliced.shared_with(0).articles.begin(), sliced.shared_with(0).articles.end(), 2),
              sliced.shared_with(0).articles.end())
        << "the link from the last unit of provenance is there";
}
