// search.h — finding a word or phrase across every article, the way a reader types it: case does
// not matter, typographic and straight quotes and apostrophes are the same, double quotes are
// ignored altogether ("mother of all battles" with or without quotes finds “mother of all
// battles”), runs of white space match one space, dashes match hyphens. A hit starts at a word
// start ("battle" finds "battles", not "embattled").
//
//   SearchIndex index(corpus);                     // once: a folded copy of every text
//   for (const SearchHit& h : index.find("Mother of all battles", 500)) …
//
// Offsets in hits are UTF-8 byte offsets into the original Article::text.
// Cost: building O(corpus bytes) time and ~5x that in memory (folded text + offset map);
// find() O(corpus bytes) per query with std::string_view::find.
#pragma once

#include "analysis.h"
#include "span_index.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

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

class SearchIndex {
public:
    SearchIndex() = default;
    explicit SearchIndex(const Corpus& corpus);

    // Hits in article order, then text order; at most `limit`. `more` (if given) is set when
    // the limit cut the list. An empty or blank query finds nothing.
    std::vector<SearchHit> find(std::string_view query, std::size_t limit, bool* more = nullptr,
                                std::uint32_t context_bytes = 90) const;

    // Other articles' wording of the literal hits: for each hit inside text shared with another
    // article (a SpanIndex alignment), the sentence of that other article it maps to, when that
    // sentence holds no literal hit. A paraphrase keeps the fact, not the words: seed 002 says
    // "The battle for Homs is crucial" where the others quote the "mother of all battles", and
    // a reader searching for the quote wants to see it. One result per (article, sentence), in
    // article then text order, at most `limit`.
    static std::vector<SearchHit> find_reworded(const Analysis& analysis, const SpanIndex& index,
                                                const std::vector<SearchHit>& literal,
                                                std::size_t limit);

private:
    struct FoldedText {
        std::string folded;
        std::vector<std::uint32_t> original; // byte i of folded came from original[i]; +1 entry
                                             // at the end for the text's length
    };
    const Corpus* corpus_ = nullptr;
    std::vector<FoldedText> texts_;
};

} // namespace wiretrace
