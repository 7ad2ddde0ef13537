// Search (search.h): the word index behind SearchIndex::find() checked against the linear scan
// find_linear() (the slow, obviously correct reference) on the seed corpus and on constructed
// cases a reader would type: unfinished words, phrases, possessives, dashes, capitals.
#include "core/corpus.h"
#include "core/search.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace wiretrace;

namespace {

const Corpus& seed_corpus() {
    static const Corpus c = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"});
    return c;
}

Article article(std::string id, std::string text) {
    Article a;
    a.id = a.outlet = std::move(id);
    a.text = std::move(text);
    return a;
}

// Same hits (article, match, context, in order) and same totals from both searches.
void expect_same_as_linear(const SearchIndex& index, const std::string& query, std::size_t limit) {
    SearchTotals fast_totals, slow_totals;
    std::vector<SearchHit> fast = index.find(query, limit, &fast_totals);
    std::vector<SearchHit> slow = index.find_linear(query, limit, &slow_totals);
    ASSERT_EQ(fast.size(), slow.size()) << "query \"" << query << "\" limit " << limit;
    for (std::size_t i = 0; i < fast.size(); ++i) {
        EXPECT_EQ(fast[i].article, slow[i].article) << query;
        EXPECT_EQ(fast[i].match, slow[i].match) << query;
        EXPECT_EQ(fast[i].context, slow[i].context) << query;
    }
    EXPECT_EQ(fast_totals.hits, slow_totals.hits) << query;
    EXPECT_EQ(fast_totals.articles, slow_totals.articles) << query;
    EXPECT_EQ(fast_totals.articles_hit, slow_totals.articles_hit) << query;
    EXPECT_EQ(fast_totals.listed, slow_totals.listed) << query;
}

// A piece of `text` from byte `at`, about `len` bytes, on code-point boundaries.
std::string piece(const std::string& text, std::size_t at, std::size_t len) {
    auto boundary = [&](std::size_t i) {
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
        return std::min(i, text.size());
    };
    std::size_t b = boundary(at), e = boundary(at + len);
    return text.substr(b, e - b);
}

} // namespace

TEST(SearchIndex, AgreesWithTheLinearScanOnEverySeedWord) {
    const Corpus& c = seed_corpus();
    SearchIndex index(c);
    ASSERT_GT(index.vocabulary_size(), 500u);
    // Every word of one seed as written (capitals, curly apostrophes), then each of its
    // prefixes of up to four bytes, as a reader types them.
    const std::string& t = c.articles[0].text;
    std::size_t checked = 0;
    for (std::size_t i = 0; i < t.size();) {
        std::size_t e = t.find_first_of(" \n", i);
        if (e == std::string::npos) e = t.size();
        if (e > i) {
            std::string word = t.substr(i, e - i);
            expect_same_as_linear(index, word, 2000);
            // A list cut short too: a one-word query lists only the first articles' hits.
            for (std::size_t n = 1; n <= 4 && n < word.size(); ++n)
                for (std::size_t limit : {std::size_t{2000}, std::size_t{7}})
                    expect_same_as_linear(index, piece(word, 0, n), limit);
            ++checked;
        }
        i = e + 1;
    }
    EXPECT_GT(checked, 300u);
}

TEST(SearchIndex, AgreesWithTheLinearScanOnPhrasesFromAnywhereInTheSeeds) {
    const Corpus& c = seed_corpus();
    SearchIndex index(c);
    // Pieces that start mid-word, on punctuation or on a space, one to eight words long, with
    // list limits that cut and that do not.
    std::mt19937 rng(7);
    for (int n = 0; n < 1500; ++n) {
        const std::string& t = c.articles[rng() % c.articles.size()].text;
        std::string q = piece(t, rng() % t.size(), 1 + rng() % 50);
        expect_same_as_linear(index, q, n % 3 == 0 ? 3 : 2000);
    }
}

// The index keeps where each folded byte came from as runs (4 bytes per byte was most of its
// memory at 10,000 articles): read back, they must give every byte's offset as the plain map
// does, on the seeds and on text with every kind of fold and with bytes that are not UTF-8.
TEST(SearchIndex, KeepsWhereEachFoldedByteCameFrom) {
    Corpus c = seed_corpus();
    c.articles.push_back(article("folds", "\xE2\x80\x9CQuoted\xE2\x80\x9D  \n\n Assad\xE2\x80\x99s \xC3\x89T\xC3\x89 "
                                          "40\xE2\x80\x94year \xC2\xAB\xC2\xBB caf\xC3\xA9\t\xE2\x80\x89" "end\"\"x"));
    c.articles.push_back(article("stray", "a\x80" "b \xC3( \xE2\x80 \xFF\xFEz \x80\x80\x80 \xF0\x9F\x98\x80 ok\xC3"));
    SearchIndex index(c);
    for (std::size_t a = 0; a < c.articles.size(); ++a) {
        const std::vector<std::uint32_t> plain = fold_offsets(c.articles[a].text);
        const std::string& folded = index.folded_text(a);
        ASSERT_LE(folded.size(), plain.size()) << c.articles[a].id;
        for (std::uint32_t j = 0; j < folded.size(); ++j)
            ASSERT_EQ(index.original_offset(a, j), plain[j]) << c.articles[a].id << " folded byte " << j;
    }
}

TEST(SearchIndex, FindsWhatAReaderTypes) {
    Corpus c;
    c.articles.push_back(
        article("a", "The battle for Homs. Battles raged; embattled Assad\xE2\x80\x99s army.\n"
                     "A 40-year-old \xE2\x80\x94 \xC3\x89T\xC3\x89 \xE2\x80\x94 said "
                     "\xE2\x80\x9Cthe mother of all battles.\xE2\x80\x9D"));
    c.articles.push_back(article("b", "No battle here, only the mother of all batt"));
    SearchIndex index(c);
    auto texts = [&](const std::string& q) {
        std::vector<std::string> out;
        for (const SearchHit& h : index.find(q, 100))
            out.push_back(c.articles[static_cast<std::size_t>(h.article)].text.substr(
                h.match.begin, h.match.size()));
        return out;
    };
    EXPECT_EQ(texts("battle"), (std::vector<std::string>{"battle", "Battle", "battle", "battle"}))
        << "an unfinished word finds longer words from their start, never \"embattled\"";
    EXPECT_EQ(texts("battle for"), (std::vector<std::string>{"battle for"}));
    EXPECT_EQ(texts("'s army"), (std::vector<std::string>{"\xE2\x80\x99s army"}));
    EXPECT_EQ(texts("40-year"), (std::vector<std::string>{"40-year"}));
    EXPECT_EQ(texts("- \xC3\xa9t\xC3\xa9 -"),
              (std::vector<std::string>{"\xE2\x80\x94 \xC3\x89T\xC3\x89 \xE2\x80\x94"}));
    EXPECT_EQ(texts("\"mother of all batt"),
              (std::vector<std::string>{"mother of all batt", "mother of all batt"}));
    EXPECT_EQ(texts("--"), std::vector<std::string>{}) << "no word: scanned, and nothing matches";
    EXPECT_TRUE(texts("battles here").empty());
    for (const char* q :
         {"battle", "battle for", "'s army", "40-year", "mother of all batt", "--", ";", "s", "."})
        expect_same_as_linear(index, q, 100);
}

// What Reader marks in the article a search opened: the same places the search listed there.
TEST(SearchIndex, MarksInOneTextWhatTheSearchFoundThere) {
    const std::string text = "Battles raged; embattled Assad\xE2\x80\x99s army. The battle for Homs.";
    auto words = [&](const std::string& q) {
        std::vector<std::string> out;
        for (const ByteSpan& s : find_in_text(text, q)) out.push_back(text.substr(s.begin, s.size()));
        return out;
    };
    EXPECT_EQ(words("battle"), (std::vector<std::string>{"Battle", "battle"})) << "never \"embattled\"";
    EXPECT_EQ(words("'s army"), (std::vector<std::string>{"\xE2\x80\x99s army"}));
    EXPECT_TRUE(words("").empty());
    EXPECT_TRUE(words("Aleppo").empty());
    EXPECT_EQ(find_in_text(text, "battle", 1).size(), 1u) << "the limit holds";
    Corpus c;
    c.articles.push_back(article("a", text));
    for (const char* q : {"battle", "'s army", "homs", "s"}) {
        std::vector<ByteSpan> listed;
        for (const SearchHit& h : SearchIndex(c).find(q, 100)) listed.push_back(h.match);
        EXPECT_EQ(find_in_text(text, q), listed) << q;
    }
}

TEST(SearchIndex, CountsEveryHitPastTheListLimit) {
    const Corpus& c = seed_corpus();
    SearchIndex index(c);
    SearchTotals all, cut;
    std::vector<SearchHit> listed_all = index.find("the", 100000, &all);
    std::vector<SearchHit> listed_cut = index.find("the", 5, &cut);
    ASSERT_GT(all.hits, 100u);
    EXPECT_FALSE(all.more());
    EXPECT_EQ(listed_all.size(), all.hits);
    EXPECT_EQ(listed_cut.size(), 5u);
    EXPECT_TRUE(cut.more());
    EXPECT_EQ(cut.hits, all.hits) << "the list is cut, the count is not";
    EXPECT_EQ(cut.articles, c.articles.size());
}

// The page builds the index a few articles per frame (SearchIndexBuilder, issue 9): whatever the
// step, it must answer exactly as the index built in one go.
TEST(SearchIndex, BuiltInStepsAnswersAsBuiltAtOnce) {
    Corpus c = seed_corpus();
    // More articles than steps of 3 divide evenly, one empty and one of a single word.
    c.articles.push_back(article("empty", ""));
    c.articles.push_back(article("one-word", "Homs"));
    const SearchIndex whole(c);
    const std::size_t units = SearchIndexBuilder(c).units();
    EXPECT_EQ(units, c.articles.size() + 1 + SearchIndexBuilder::kWordGroups);
    for (std::size_t step : {std::size_t{1}, std::size_t{2}, std::size_t{3}, c.articles.size(), c.articles.size() + 1, units}) {
        SearchIndexBuilder b(c);
        std::size_t steps = 0;
        double last = -1;
        while (!b.step(step)) {
            ++steps;
            EXPECT_GT(b.fraction(), last) << "progress grows, step " << step;
            EXPECT_LT(b.fraction(), 1.0);
            last = b.fraction();
            ASSERT_LT(steps, units) << "the builder finishes";
        }
        EXPECT_TRUE(b.done());
        EXPECT_EQ(b.fraction(), 1.0);
        EXPECT_EQ(steps + 1, (units + step - 1) / step) << "`step` units a call, step " << step;
        const SearchIndex sliced = b.take();
        EXPECT_EQ(sliced.vocabulary_size(), whole.vocabulary_size()) << "step " << step;
        for (const char* q : {"homs", "the", "battle", "mother of all battles", "s", "'s army", "syria's", "--", "zzz"}) {
            SearchTotals a, w;
            std::vector<SearchHit> got = sliced.find(q, 1000, &a);
            std::vector<SearchHit> want = whole.find(q, 1000, &w);
            ASSERT_EQ(got.size(), want.size()) << q << ", step " << step;
            for (std::size_t i = 0; i < got.size(); ++i) {
                EXPECT_EQ(got[i].article, want[i].article) << q;
                EXPECT_EQ(got[i].match, want[i].match) << q;
                EXPECT_EQ(got[i].context, want[i].context) << q;
            }
            EXPECT_EQ(a.hits, w.hits) << q;
            EXPECT_EQ(a.articles_hit, w.articles_hit) << q;
        }
    }
}

TEST(SearchIndex, AnUnfinishedBuilderGivesAnEmptyIndex) {
    const Corpus& c = seed_corpus();
    SearchIndexBuilder b(c);
    EXPECT_FALSE(b.step(1));
    SearchIndex early = b.take();
    EXPECT_EQ(early.vocabulary_size(), 0u);
    EXPECT_TRUE(early.find("homs", 10).empty());
}
