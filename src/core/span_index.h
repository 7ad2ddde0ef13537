// span_index.h — the highlight model the text views (Reader, Compare, Passages) draw from: for
// every article, the spans it shares with other articles, sorted, with the outlets they are
// shared with. Built ONCE from an Analysis (O(alignments · log)), never per frame.
//
// Every Alignment between articles a and b gives two SharedSpans: one in a pointing at b, one in
// b pointing at a. Overlapping shared spans of one article (the same sentence shared with three
// outlets) are flattened into SpanCovers: disjoint, sorted pieces of text, each with the set of
// (outlet, kind) labels that cover it, so a view colours each piece once.
//
//   SpanIndex index(analysis);
//   for (const SpanCover& c : index.covers(article)) … c.labels → share_label_article(l), kind
//   for (const SharedSpan* s : index.at(article, offset)) …   // what is under the mouse
//   std::optional<std::uint32_t> there = index.map_offset(article, offset, other);
//
// The page builds it a slice at a time between frames (SpanIndexBuilder: at 10,000 articles it
// is a few hundred ms in one go, and issue 9 allows no task over 100 ms).
//
// All offsets are UTF-8 byte offsets into the respective article's text.
#pragma once

#include "analysis.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace wiretrace {

// A span of one article that reappears in article `other` at `other_span`.
struct SharedSpan {
    ByteSpan span;
    int other = -1;
    ByteSpan other_span;
    ReuseKind kind = ReuseKind::Verbatim;
    int alignment = -1; // index into Analysis::alignments (or past it: see the extra constructor)
};

// A span with a label (what it is is up to the caller: an outlet, a diff op, boilerplate).
struct LabelledSpan {
    ByteSpan span;
    int label = 0;
};

// A disjoint piece of text and every label covering it (sorted, unique, never empty).
struct SpanCover {
    ByteSpan span;
    std::vector<int> labels;
};

// Flattens possibly overlapping labelled spans into disjoint covers, sorted by offset. Text
// covered by no span gives no cover; adjacent pieces with the same labels are merged.
// O(n log n) for n spans.
std::vector<SpanCover> flatten_spans(std::vector<LabelledSpan> spans);

// flatten_spans a few boundaries at a time: the same covers. The wire report of a one-story
// corpus shares text with thousands of articles, and flattening its spans took ~180 ms in one
// go in the page (issue 9 allows no task over 100 ms).
class SpanFlattening {
public:
    explicit SpanFlattening(std::vector<LabelledSpan> spans); // sorts the boundaries: O(n log n)
    // Sweeps past up to `boundaries` more distinct offsets (at least one); true once done.
    bool step(std::size_t boundaries);
    bool done() const { return next_ >= events_.size(); }
    double fraction() const { return events_.empty() ? 1.0 : static_cast<double>(next_) / events_.size(); }
    std::vector<SpanCover> take() { return std::move(out_); } // once done()

private:
    struct Event {
        std::uint32_t at;
        bool start;
        int label;
    };
    std::vector<Event> events_;
    std::map<int, int> open_; // label -> how many spans with it are open
    std::vector<SpanCover> out_;
    std::size_t next_ = 0;
};

// Labels of SpanIndex::covers() encode the other article and how the text is shared.
inline int share_label(int other_article, ReuseKind kind) {
    return other_article * 3 + static_cast<int>(kind);
}
inline int share_label_article(int label) { return label / 3; }
inline ReuseKind share_label_kind(int label) { return static_cast<ReuseKind>(label % 3); }

class SpanIndexBuilder;

class SpanIndex {
public:
    SpanIndex() = default;
    explicit SpanIndex(const Analysis& analysis);
    // Also indexes `extra` alignments (pairs computed on demand, reuse.h align_pair): their
    // SharedSpan::alignment is analysis.alignments.size() + their index in `extra`.
    SpanIndex(const Analysis& analysis, const std::vector<Alignment>& extra);

    std::size_t article_count() const { return shared_.size(); }
    // Shared spans of `article`, sorted by span.begin (then longest first).
    const std::vector<SharedSpan>& shared(int article) const;
    // Disjoint highlight pieces of `article`; labels are share_label(other, kind).
    const std::vector<SpanCover>& covers(int article) const;
    // Shared spans of `article` that contain `offset`, best first: verbatim before edited before
    // paraphrase, then longer before shorter. O(log n + spans starting before offset).
    std::vector<const SharedSpan*> at(int article, std::uint32_t offset) const;
    // Where `offset` of article `from` lies in article `to`: inside an alignment of the two it is
    // mapped proportionally across the aligned spans; otherwise the nearest alignment before it
    // (or after it) anchors the answer. Empty when the two articles share nothing.
    std::optional<std::uint32_t> map_offset(int from, std::uint32_t offset, int to) const;
    // Bytes of `article` shared with `other` (union of spans). For picking a default partner.
    std::uint32_t shared_bytes(int article, int other) const;

    // Adds alignments computed after the index was built (a pair aligned on demand), numbered
    // from `first_index` on (analysis.alignments.size() + their place in the caller's list, as
    // the extra constructor numbers them). Only their two articles are re-sorted: the same index
    // as building it again with every extra alignment, at the cost of those articles.
    void add_alignments(const std::vector<Alignment>& added, int first_index);

private:
    friend class SpanIndexBuilder;
    bool index_alignment(const Alignment& al, int idx); // both sides into shared_; false: invalid
    void finish_article(std::size_t a);                 // sorts its spans, flattens its covers
    void sort_article(std::size_t a);                   // the first half of that
    std::vector<LabelledSpan> labelled_spans(std::size_t a); // and the second's input (sets longest_)

    std::vector<std::vector<SharedSpan>> shared_;
    std::vector<std::vector<SpanCover>> covers_;
    // For at(): the longest shared span of each article, bounding the backwards scan.
    std::vector<std::uint32_t> longest_;
    std::vector<SharedSpan> no_shared_; // the answer for an unknown article
    std::vector<SpanCover> no_covers_;
};

// Builds a SpanIndex a slice at a time: the same index as SpanIndex(analysis, extra). `analysis`
// and `extra` must outlive the builder.
class SpanIndexBuilder {
public:
    explicit SpanIndexBuilder(const Analysis& analysis, const std::vector<Alignment>& extra = no_extra());
    // Does up to `units` more units of work (an alignment indexed, an article's spans sorted,
    // or kBoundariesPerUnit boundaries of its covers flattened); true once the index is complete.
    bool step(std::size_t units);
    bool done() const { return next_article_ >= index_.shared_.size() && next_alignment_ >= alignment_count(); }
    // Units of work at least: the alignments (stored and extra), then three per article (its
    // spans sorted, their boundaries sorted, its covers made; an article with many spans takes
    // more: the wire report's thousands of labels per piece make each boundary costly).
    std::size_t units() const { return alignment_count() + 3 * index_.shared_.size(); }
    double fraction() const; // of the work, 0..1

    static constexpr std::size_t kBoundariesPerUnit = 16;
    SpanIndex take();        // the index, once done() (empty before)

private:
    static const std::vector<Alignment>& no_extra();
    std::size_t alignment_count() const { return analysis_->alignments.size() + extra_->size(); }
    const Analysis* analysis_;
    const std::vector<Alignment>* extra_;
    SpanIndex index_;
    std::size_t next_alignment_ = 0;
    std::size_t next_article_ = 0;
    bool article_sorted_ = false;                 // next_article_'s spans are sorted
    std::unique_ptr<SpanFlattening> flattening_; // and its covers being flattened
};

} // namespace wiretrace
