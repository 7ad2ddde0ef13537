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
// All offsets are UTF-8 byte offsets into the respective article's text.
#pragma once

#include "analysis.h"

#include <cstdint>
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

// Labels of SpanIndex::covers() encode the other article and how the text is shared.
inline int share_label(int other_article, ReuseKind kind) {
    return other_article * 3 + static_cast<int>(kind);
}
inline int share_label_article(int label) { return label / 3; }
inline ReuseKind share_label_kind(int label) { return static_cast<ReuseKind>(label % 3); }

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

private:
    std::vector<std::vector<SharedSpan>> shared_;
    std::vector<std::vector<SpanCover>> covers_;
    // For at(): the longest shared span of each article, bounding the backwards scan.
    std::vector<std::uint32_t> longest_;
    std::vector<SharedSpan> no_shared_; // the answer for an unknown article
    std::vector<SpanCover> no_covers_;
};

} // namespace wiretrace
