// overlap.h — how much of one article's text another article also carries, in both directions:
// the overlap table sim_text prints for every pair of files, and Churnalism's "how much of this
// article comes from that source". Sources' "Shared with base" column and the Charts view's
// overlap matrix both read it, so the two always agree.
//
//   std::vector<double> in_base = shares_carried_by(analysis, base);  // in_base[i]: share of i
//   OverlapMatrix m = overlap_matrix(analysis, {0, 1, 2});             // m.at(r, c)
//
// A share is the fraction of an article's story bytes (its text without page furniture) that
// lies in passages (verbatim or edited text, grouped once for the whole corpus) the other
// article carries too. Read from passages, not alignments: a large corpus stores alignments
// only for each article's nearest sources, while passages cover every pair. Paraphrase is not
// counted (it has no passage); Compare shows it pair by pair.
#pragma once

#include "analysis.h"

#include <vector>

namespace wiretrace {

// For every article of the corpus, the share of its story bytes the article `base` carries
// too; `base` itself gets 1. O(passage members + covered spans · log). Empty for a bad `base`.
std::vector<double> shares_carried_by(const Analysis& analysis, int base);

// The same a slice at a time (the page's Sources view and each column of Charts' overlap matrix,
// between frames: every passage and every article is read, 50–100 ms in one go at 10,000
// articles). `analysis` must outlive the builder.
class SharesCarriedByBuilder {
public:
    SharesCarriedByBuilder(const Analysis& analysis, int base);
    // Up to `units` more units of work: a passage, or kArticlesPerUnit articles' shares. True
    // once all are done.
    bool step(std::size_t units);
    bool done() const;
    std::size_t units() const; // in all
    std::vector<double> take(); // shares_carried_by(analysis, base), once done() (empty before)

    static constexpr std::size_t kArticlesPerUnit = 64;

private:
    const Analysis* analysis_;
    int base_;
    bool valid_;
    std::vector<std::vector<ByteSpan>> spans_; // per article: its spans in passages with base
    std::vector<double> share_;
    std::size_t next_passage_ = 0, next_article_ = 0;
};

// The shares among a chosen set of articles: row r, column c is the share of articles[r]'s
// story text that articles[c] carries too (1 on the diagonal). Not symmetric: a short pickup
// is wholly in the wire report while the report is only partly in the pickup.
struct OverlapMatrix {
    std::vector<int> articles;  // corpus indices, in the order given
    std::vector<double> shares; // row-major, articles.size() squared
    double at(std::size_t row, std::size_t col) const { return shares[row * articles.size() + col]; }
};
OverlapMatrix overlap_matrix(const Analysis& analysis, const std::vector<int>& articles);
// The same a column at a time, for a caller that spreads the work (the page's Charts view: each
// column reads every passage, 24 of them at 10,000 articles took one long frame): start with
// overlap_matrix_start(articles), then fill columns 0 … articles.size() - 1 in any order.
OverlapMatrix overlap_matrix_start(const std::vector<int>& articles);
void overlap_matrix_fill_column(const Analysis& analysis, OverlapMatrix& m, std::size_t column);
// Sets a column from `in_column` = shares_carried_by(analysis, m.articles[column]) (what
// overlap_matrix_fill_column computes), for a caller that builds that in slices too.
void overlap_matrix_set_column(OverlapMatrix& m, std::size_t column, const std::vector<double>& in_column);

// Bytes of `article`'s text that count for shares: its length minus its page furniture, at
// least 1 (an article that is all furniture still divides).
double story_bytes(const Analysis& analysis, int article);

} // namespace wiretrace
