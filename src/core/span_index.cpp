#include "span_index.h"

#include <algorithm>
#include <cstdint>
#include <map>

namespace wiretrace {

std::vector<SpanCover> flatten_spans(std::vector<LabelledSpan> spans) {
    SpanFlattening f(std::move(spans));
    while (!f.step(SIZE_MAX)) {
    }
    return f.take();
}

SpanFlattening::SpanFlattening(std::vector<LabelledSpan> spans) {
    events_.reserve(spans.size() * 2);
    for (const LabelledSpan& s : spans) {
        if (s.span.empty()) continue;
        events_.push_back({s.span.begin, true, s.label});
        events_.push_back({s.span.end, false, s.label});
    }
    std::sort(events_.begin(), events_.end(), [](const Event& x, const Event& y) { return x.at < y.at; });
}

bool SpanFlattening::step(std::size_t boundaries) {
    // Sweep over every boundary; between two consecutive boundaries the set of covering labels
    // is constant. Counted in a multiset so a label covered twice stays until both end.
    boundaries = std::max<std::size_t>(boundaries, 1);
    for (; boundaries > 0 && next_ < events_.size(); --boundaries) {
        std::uint32_t at = events_[next_].at;
        for (; next_ < events_.size() && events_[next_].at == at; ++next_) {
            if (events_[next_].start) ++open_[events_[next_].label];
            else if (--open_[events_[next_].label] == 0) open_.erase(events_[next_].label);
        }
        if (open_.empty() || next_ == events_.size()) continue;
        std::vector<int> labels;
        labels.reserve(open_.size());
        for (const auto& kv : open_) labels.push_back(kv.first);
        ByteSpan piece{at, events_[next_].at};
        if (!out_.empty() && out_.back().span.end == piece.begin && out_.back().labels == labels)
            out_.back().span.end = piece.end;
        else
            out_.push_back({piece, std::move(labels)});
    }
    return done();
}

SpanIndex::SpanIndex(const Analysis& analysis) : SpanIndex(analysis, {}) {}

SpanIndex::SpanIndex(const Analysis& analysis, const std::vector<Alignment>& extra) {
    SpanIndexBuilder b(analysis, extra);
    while (!b.step(SIZE_MAX)) {
    }
    *this = b.take();
}

bool SpanIndex::index_alignment(const Alignment& al, int idx) {
    const std::size_t n = shared_.size();
    if (al.a < 0 || al.b < 0 || al.a == al.b) return false;
    if (static_cast<std::size_t>(al.a) >= n || static_cast<std::size_t>(al.b) >= n) return false;
    shared_[static_cast<std::size_t>(al.a)].push_back({al.a_span, al.b, al.b_span, al.kind, idx});
    shared_[static_cast<std::size_t>(al.b)].push_back({al.b_span, al.a, al.a_span, al.kind, idx});
    return true;
}

void SpanIndex::finish_article(std::size_t a) {
    sort_article(a);
    covers_[a] = flatten_spans(labelled_spans(a));
}

void SpanIndex::sort_article(std::size_t a) {
    auto& v = shared_[a];
    // A total order (within one article no two spans share an alignment): the result does not
    // depend on the order spans were added in, so adding alignments later gives the same index.
    std::sort(v.begin(), v.end(), [](const SharedSpan& x, const SharedSpan& y) {
        if (x.span.begin != y.span.begin) return x.span.begin < y.span.begin;
        if (x.span.end != y.span.end) return x.span.end > y.span.end;
        return x.alignment < y.alignment;
    });
}

std::vector<LabelledSpan> SpanIndex::labelled_spans(std::size_t a) {
    const auto& v = shared_[a];
    std::vector<LabelledSpan> labelled;
    labelled.reserve(v.size());
    longest_[a] = 0;
    for (const SharedSpan& s : v) {
        labelled.push_back({s.span, share_label(s.other, s.kind)});
        longest_[a] = std::max(longest_[a], s.span.size());
    }
    return labelled;
}

void SpanIndex::add_alignments(const std::vector<Alignment>& added, int first_index) {
    std::vector<std::size_t> touched;
    for (std::size_t i = 0; i < added.size(); ++i)
        if (index_alignment(added[i], first_index + static_cast<int>(i))) {
            touched.push_back(static_cast<std::size_t>(added[i].a));
            touched.push_back(static_cast<std::size_t>(added[i].b));
        }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (std::size_t a : touched) finish_article(a);
}

const std::vector<Alignment>& SpanIndexBuilder::no_extra() {
    static const std::vector<Alignment> none;
    return none;
}

SpanIndexBuilder::SpanIndexBuilder(const Analysis& analysis, const std::vector<Alignment>& extra)
    : analysis_(&analysis), extra_(&extra) {
    const std::size_t n = analysis.corpus.articles.size();
    index_.shared_.resize(n);
    index_.covers_.resize(n);
    index_.longest_.assign(n, 0);
}

bool SpanIndexBuilder::step(std::size_t units) {
    const std::size_t stored = analysis_->alignments.size();
    const std::size_t total = alignment_count();
    // First every alignment into both articles' lists, then each article sorted and flattened.
    while (units > 0 && next_alignment_ < total) {
        const std::size_t i = next_alignment_++;
        index_.index_alignment(i < stored ? analysis_->alignments[i] : (*extra_)[i - stored], static_cast<int>(i));
        --units;
    }
    // An article's spans sorted, then flattened, as two units: the wire report of a one-story
    // corpus shares text with thousands of articles, each half a long step of its own.
    while (units > 0 && next_article_ < index_.shared_.size()) {
        if (!article_sorted_) {
            index_.sort_article(next_article_);
            article_sorted_ = true;
        } else if (!flattening_) {
            flattening_ = std::make_unique<SpanFlattening>(index_.labelled_spans(next_article_));
        } else if (flattening_->step(kBoundariesPerUnit)) {
            article_sorted_ = false;
            index_.covers_[next_article_++] = flattening_->take();
            flattening_.reset();
        }
        --units;
    }
    return done();
}

double SpanIndexBuilder::fraction() const {
    const std::size_t total = units();
    const double done_units = static_cast<double>(next_alignment_ + 3 * next_article_) +
                              (article_sorted_ ? 1 : 0) + (flattening_ ? 1 + flattening_->fraction() : 0);
    return total ? std::min(1.0, done_units / static_cast<double>(total)) : 1.0;
}

SpanIndex SpanIndexBuilder::take() {
    if (!done()) return SpanIndex();
    return std::move(index_);
}

const std::vector<SharedSpan>& SpanIndex::shared(int article) const {
    if (article < 0 || static_cast<std::size_t>(article) >= shared_.size()) return no_shared_;
    return shared_[static_cast<std::size_t>(article)];
}

const std::vector<SpanCover>& SpanIndex::covers(int article) const {
    if (article < 0 || static_cast<std::size_t>(article) >= covers_.size()) return no_covers_;
    return covers_[static_cast<std::size_t>(article)];
}

std::vector<const SharedSpan*> SpanIndex::at(int article, std::uint32_t offset) const {
    std::vector<const SharedSpan*> out;
    const auto& v = shared(article);
    if (v.empty()) return out;
    // Spans are sorted by begin: only those starting in (offset - longest, offset] can contain it.
    auto last = std::upper_bound(v.begin(), v.end(), offset, [](std::uint32_t o, const SharedSpan& s) {
        return o < s.span.begin;
    });
    const std::uint32_t longest = longest_[static_cast<std::size_t>(article)];
    for (auto it = last; it != v.begin();) {
        --it;
        if (it->span.begin + longest <= offset) break;
        if (offset < it->span.end) out.push_back(&*it);
    }
    std::sort(out.begin(), out.end(), [](const SharedSpan* x, const SharedSpan* y) {
        if (x->kind != y->kind) return static_cast<int>(x->kind) < static_cast<int>(y->kind);
        if (x->span.size() != y->span.size()) return x->span.size() > y->span.size();
        if (x->other != y->other) return x->other < y->other;
        return x->alignment < y->alignment;
    });
    return out;
}

std::optional<std::uint32_t> SpanIndex::map_offset(int from, std::uint32_t offset, int to) const {
    const SharedSpan* inside = nullptr;
    const SharedSpan* before = nullptr; // ends at or before offset, the latest such
    const SharedSpan* after = nullptr;  // starts after offset, the earliest such
    for (const SharedSpan& s : shared(from)) {
        if (s.other != to) continue;
        if (s.span.begin <= offset && offset < s.span.end) {
            // Prefer the tightest alignment containing the offset.
            if (!inside || s.span.size() < inside->span.size()) inside = &s;
        } else if (s.span.end <= offset) {
            if (!before || s.span.end > before->span.end) before = &s;
        } else if (!after) {
            after = &s;
        }
    }
    if (inside) {
        double f = static_cast<double>(offset - inside->span.begin) / inside->span.size();
        return inside->other_span.begin +
               static_cast<std::uint32_t>(f * inside->other_span.size());
    }
    if (before) return before->other_span.end;
    if (after) return after->other_span.begin;
    return std::nullopt;
}

std::uint32_t SpanIndex::shared_bytes(int article, int other) const {
    std::uint32_t total = 0, reached = 0;
    for (const SharedSpan& s : shared(article)) {
        if (s.other != other) continue;
        std::uint32_t b = std::max(s.span.begin, reached);
        if (s.span.end > b) total += s.span.end - b;
        reached = std::max(reached, s.span.end);
    }
    return total;
}

} // namespace wiretrace
