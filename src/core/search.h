// search.h — finding a word or phrase across every article, the way a reader types it: case does
// not matter, typographic and straight quotes and apostrophes are the same, double quotes are
// ignored altogether ("mother of all battles" with or without quotes finds “mother of all
// battles”), runs of white space match one space, dashes match hyphens. A hit starts at a word
// start ("battle" finds "battles", not "embattled").
//
//   SearchIndex index(corpus);                     // once: folded texts and a word index
//   SearchIndexBuilder b(corpus);                  // or a slice at a time (the page, between
//   while (!b.step(64)) { … }                      // frames: 10,000 articles took 3 s in one
//   SearchIndex index = b.take();                  // task, issue 9 allows 100 ms)
//   SearchTotals totals;
//   for (const SearchHit& h : index.find("Mother of all battles", 500, &totals)) …
//
// Offsets in hits are UTF-8 byte offsets into the original Article::text.
// Cost: building O(corpus bytes · log vocabulary) time and ~4x the corpus in memory (folded
// text, its offsets as runs, an 8-byte posting per word: 80 MB for the 22 MB of 10,000 one-story
// pickups). find() looks up the query's first word in the
// index (a prefix range when the query is one unfinished word) and checks the whole query only
// where that word starts: O(log vocabulary + occurrences of the first word), not O(corpus); a
// query of one word is not checked at all (each of its prefix's postings is a hit).
// A common word in 1,000 one-story articles answers in about a millisecond natively
// (bench/search_bench.cpp); a query without any letter or digit ("--") falls back to the scan.
#pragma once

#include "analysis.h"
#include "span_index.h"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace wiretrace {

// Every hit of a query, counted past the limit of the list returned.
struct SearchTotals {
    std::size_t hits = 0;     // every hit of the query
    std::size_t articles = 0; // distinct articles with a hit
    std::vector<int> articles_hit; // those articles, in corpus order (at most the corpus size)
    std::size_t listed = 0;   // hits in the list returned (at most the limit)
    bool more() const { return listed < hits; }
};

struct SearchHit {
    int article = -1;
    ByteSpan match;   // the words that matched
    ByteSpan context; // the match with up to ~`context_bytes` around it, within its paragraph,
                      // cut at word boundaries
    // A reworded hit (find_reworded) is not the query's words but the sentence another
    // article's literal hit was aligned with; `from_article` is that article.
    bool reworded = false;
    int from_article = -1;
};

// The form both texts and queries are compared in (see the header comment). Exposed for tests.
std::string fold_for_search(std::string_view text);

// For each byte of fold_for_search(text) before its trailing blank is dropped, the offset in
// `text` of the code point it came from: the plain form of what SearchIndex keeps as runs, its
// reference in tests.
std::vector<std::uint32_t> fold_offsets(std::string_view text);

// Where `query` matches in one text, by the rules of SearchIndex::find, in text order, at most
// `limit`: what Reader marks when it shows an article found by a search. O(text); it folds the
// one text rather than keeping a second index of the corpus.
std::vector<ByteSpan> find_in_text(std::string_view text, std::string_view query, std::size_t limit = 1000);

class SearchIndexBuilder;

// A run of folded text (SearchIndex): from folded byte `folded_at` on, byte j came from the code
// point holding original byte original_at + (j - folded_at), until the next run.
struct FoldRun {
    std::uint32_t folded_at = 0, original_at = 0;
};

class SearchIndex {
public:
    SearchIndex() = default;
    explicit SearchIndex(const Corpus& corpus);

    // Hits in article order, then text order; at most `limit`. `totals` (if given) counts every
    // hit, also those past the limit, so a view can say "2,000 of 48,213 shown". An empty or
    // blank query finds nothing.
    std::vector<SearchHit> find(std::string_view query, std::size_t limit, SearchTotals* totals = nullptr,
                                std::uint32_t context_bytes = 90) const;

    // The same answer by scanning every folded text with std::string_view::find: the slow,
    // obviously correct reference the indexed find() is tested against.
    std::vector<SearchHit> find_linear(std::string_view query, std::size_t limit,
                                       SearchTotals* totals = nullptr,
                                       std::uint32_t context_bytes = 90) const;

    std::size_t vocabulary_size() const { return words_.size(); }
    // Article `a`'s folded text, and the offset in its text of the code point folded byte `j`
    // came from (what make a hit's offsets; tested against fold_offsets).
    const std::string& folded_text(std::size_t a) const { return texts_[a].folded; }
    std::uint32_t original_offset(std::size_t a, std::uint32_t j) const {
        return texts_[a].original(corpus_->articles[a].text, j);
    }

    // Other articles' wording of the literal hits: for each hit inside text shared with another
    // article (a SpanIndex alignment), the sentence of that other article it maps to, when that
    // sentence holds no literal hit. A paraphrase keeps the fact, not the words: seed 002 says
    // "The battle for Homs is crucial" where the others quote the "mother of all battles", and
    // a reader searching for the quote wants to see it. One result per (article, sentence), in
    // article then text order, at most `limit`. `literal` is in find()'s order (article, then
    // text). O(literal · shared spans at each hit · log).
    static std::vector<SearchHit> find_reworded(const Analysis& analysis, const SpanIndex& index,
                                                const std::vector<SearchHit>& literal,
                                                std::size_t limit);

private:
    struct FoldedText {
        std::string folded;
        // Where each folded byte came from, as runs: from folded byte `folded_at` on, byte j came
        // from the code point holding original byte original_at + (j - folded_at). A run starts
        // wherever folding changed a length (a dropped quote, a curly apostrophe made straight,
        // white space collapsed): a few per paragraph, where a 4-byte offset per byte was 4x the
        // corpus (100 MB of the index's ~150 MB at 10,000 one-story articles).
        std::vector<FoldRun> runs;
        // The byte offset in `text` (the article folded) of the code point folded byte j came from.
        std::uint32_t original(std::string_view text, std::uint32_t j) const;
    };
    // Where a folded word starts: article and byte offset in its folded text.
    struct Posting {
        std::uint32_t article = 0;
        std::uint32_t at = 0;
    };
    // One distinct folded word and its postings, in (article, at) order.
    struct Word {
        std::string text;
        std::vector<Posting> postings;
    };
    // Checks the folded query `q` at folded offset `pos` of article `a`; a hit is counted in
    // `totals` and, below `limit`, made into a SearchHit.
    bool matches_at(const std::string& q, std::size_t a, std::size_t pos) const;
    SearchHit make_hit(const std::string& q, std::size_t a, std::size_t pos,
                       std::uint32_t context_bytes) const;
    // find() for a folded query `q` that is one word, its prefix's words being [lo, hi).
    using WordIt = std::vector<Word>::const_iterator;
    std::vector<SearchHit> find_word_prefix(const std::string& q, WordIt lo, WordIt hi, std::size_t limit,
                                            SearchTotals* totals, std::uint32_t context_bytes) const;

    friend class SearchIndexBuilder;
    const Corpus* corpus_ = nullptr;
    std::vector<FoldedText> texts_;
    std::vector<Word> words_; // sorted by text, so a prefix is a range
};

// Builds a SearchIndex a few articles at a time: the same index as SearchIndex(corpus), which
// runs it in one go. `corpus` must outlive the builder and the index. Not copied or moved: its
// word table points into the folded texts it holds.
class SearchIndexBuilder {
public:
    explicit SearchIndexBuilder(const Corpus& corpus);
    SearchIndexBuilder(const SearchIndexBuilder&) = delete;
    SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;

    // Does up to `units` more units of work (at least one): an article folded and indexed, then
    // the vocabulary put in order, a unit to group its words by their first two bytes and one
    // per group (the whole sort was half a second in one go at 10,000 articles: 134,000 words).
    // True once the index is complete.
    bool step(std::size_t units);
    bool done() const { return sorted_; }
    // Units of work in all: the articles, then 1 + kWordGroups for the vocabulary's order.
    std::size_t units() const { return index_.texts_.size() + 1 + kWordGroups; }
    double fraction() const; // of the units, 0..1
    // The index, once done() (empty before).
    SearchIndex take();

    static constexpr std::size_t kWordGroups = 65536; // by first two bytes

private:
    std::size_t units_done() const;
    SearchIndex index_;
    // Words as first seen, in a deque: a vector's growth moved all 134,000 of them at once.
    std::deque<SearchIndex::Word> seen_;
    std::unordered_map<std::string_view, std::size_t> word_of_; // folded word -> index in seen_
    std::size_t next_ = 0; // the next article to index
    // Indices into seen_ grouped by first two bytes: group g is
    // grouped_words_[group_begin_[g] .. group_begin_[g + 1]).
    std::vector<std::uint32_t> grouped_words_;
    std::vector<std::size_t> group_begin_;
    std::size_t next_group_ = 0;
    bool grouped_ = false, sorted_ = false;
};

} // namespace wiretrace
