#include "span_index.h"

#include <algorithm>
#include <map>

namespace wiretrace {

std::vector<SpanCover> flatten_spans(std::vector<LabelledSpan> spans) {
    // Sweep over every boundary; between two consecutive boundaries the set of covering labels
    // is constant. Counted in a multiset so a label covered twice stays until both end.
    struct Event {
        std::uint32_t at;
        bool start;
        int label;
    };
    std::vector<Event> events;
    events.reserve(spans.size() * 2);
    for (const LabelledSpan& s : spans) {
        if (s.span.empty()) continue;
        events.push_back({s.span.begin, true, s.label});
        events.push_back({s.span.end, false, s.label});
    }
    std::sort(events.begin(), events.end(),
              [](const Event& x, const Event& y) { return x.at < y.at; });
    std::map<int, int> open; // label → how many spans with it are open
    std::vector<SpanCover> out;
    std::size_t i = 0;
    while (i < events.size()) {
        std::uint32_t at = events[i].at;
        for (; i < events.size() && events[i].at == at; ++i) {
            if (events[i].start) ++open[events[i].label];
            else if (--open[events[i].label] == 0) open.erase(events[i].label);
        }
        if (open.empty() || i == events.size()) continue;
        std::vector<int> labels;
        labels.reserve(open.size());
        for (const auto& kv : open) labels.push_back(kv.first);
        ByteSpan piece{at, events[i].at};
        if (!out.empty() && out.back().span.end == piece.begin && out.back().labels == labels)
            out.back().span.end = piece.end;
        else
            out.push_back({piece, std::move(labels)});
    }
    return out;
}

SpanIndex::SpanIndex(const Analysis& analysis) : SpanIndex(analysis, {}) {}

SpanIndex::SpanIndex(const Analysis& analysis, const std::vector<Alignment>& extra) {
    const std::size_t n = analysis.corpus.articles.size();
    shared_.resize(n);
    covers_.resize(n);
    longest_.assign(n, 0);
    const std::size_t stored = analysis.alignments.size();
    for (std::size_t i = 0; i < stored + extra.size(); ++i) {
        const Alignment& al = i < stored ? analysis.alignments[i] : extra[i - stored];
        if (al.a < 0 || al.b < 0 || al.a == al.b) continue;
        if (static_cast<std::size_t>(al.a) >= n || static_cast<std::size_t>(al.b) >= n) continue;
        const int idx = static_cast<int>(i);
        shared_[static_cast<std::size_t>(al.a)].push_back({al.a_span, al.b, al.b_span, al.kind, idx});
        shared_[static_cast<std::size_t>(al.b)].push_back({al.b_span, al.a, al.a_span, al.kind, idx});
    }
    for (std::size_t a = 0; a < n; ++a) {
        auto& v = shared_[a];
        std::sort(v.begin(), v.end(), [](const SharedSpan& x, const SharedSpan& y) {
            if (x.span.begin != y.span.begin) return x.span.begin < y.span.begin;
            if (x.span.end != y.span.end) return x.span.end > y.span.end;
            return x.alignment < y.alignment;
        });
        std::vector<LabelledSpan> labelled;
        labelled.reserve(v.size());
        for (const SharedSpan& s : v) {
            labelled.push_back({s.span, share_label(s.other, s.kind)});
            longest_[a] = std::max(longest_[a], s.span.size());
        }
        covers_[a] = flatten_spans(std::move(labelled));
    }
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
