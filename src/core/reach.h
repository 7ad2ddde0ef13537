// reach.h — how far text travelled, counted the way a reader counts: articles as articles and
// outlets as outlets. One outlet often publishes a wire story several times (updates, regional
// editions), so "carried by 314 articles from 37 outlets" is the honest sentence, and counting
// articles as outlets ("carried by 314 outlets") is the mistake this header exists to prevent.
//
//   ReachIndex reach(analysis);                 // once: O(passage members)
//   Reach r = reach.carried_by(passage_index);  // the passage's articles and outlets
//   Reach s = reach.shared_with(article);       // every article sharing text with this one
//
// Reach is read from passages (verbatim and edited text grouped once) and provenance (each
// sentence's source, paraphrase too), never from alignments: a large corpus keeps alignments
// only for each article's nearest sources, while passages and provenance stay whole.
#pragma once

#include "analysis.h"

#include <string>
#include <utility>
#include <vector>

namespace wiretrace {

struct Reach {
    std::vector<int> articles; // distinct article indices, sorted
    // Distinct outlet names with how many of `articles` each published: most articles first,
    // then by name.
    std::vector<std::pair<std::string, int>> outlets;
};

// Counts a set of articles (any order, repeats allowed) the way Reach holds them.
Reach reach_of(const Analysis& analysis, std::vector<int> articles);

class ReachIndexBuilder;

class ReachIndex {
public:
    ReachIndex() = default;
    explicit ReachIndex(const Analysis& analysis);

    // The articles carrying passage `passage` (an index into Analysis::passages) and their
    // outlets. O(members · log).
    Reach carried_by(int passage) const;
    // Every other article that carries a passage with `article`, or is linked to it in
    // provenance either way (the source of one of its sentences, or an article taking one of
    // its sentences, paraphrased too), and their outlets. O(members of its passages · log).
    Reach shared_with(int article) const;
    // The passages `article` is a member of, in Analysis::passages order.
    const std::vector<int>& passages_of(int article) const;

private:
    friend class ReachIndexBuilder;
    const Analysis* analysis_ = nullptr;
    std::vector<std::vector<int>> passages_of_;
    std::vector<std::vector<int>> linked_; // per article: provenance partners, both directions
    std::vector<int> none_;
};

// Builds a ReachIndex a slice at a time (the page's Reader and Passages, between frames: about
// 100 ms in one go at 10,000 articles): the same index as ReachIndex(analysis). `analysis` must
// outlive the builder and the index.
class ReachIndexBuilder {
public:
    explicit ReachIndexBuilder(const Analysis& analysis);
    // Up to `units` more units of work: a passage's members, kSentencesPerUnit sentences of
    // provenance, or an article's links sorted. True once the index is complete.
    bool step(std::size_t units);
    bool done() const;
    std::size_t units() const; // in all
    ReachIndex take();         // the index, once done() (empty before)

    static constexpr std::size_t kSentencesPerUnit = 256;

private:
    ReachIndex index_;
    std::size_t next_passage_ = 0, next_sentence_ = 0, next_article_ = 0;
};

} // namespace wiretrace
