// taken_from.cpp — one article's text taken from a chosen source (taken_from.h).

#include "taken_from.h"

#include "overlap.h"
#include "reuse.h"

#include <algorithm>

namespace wiretrace {

TakenFrom taken_from(const Analysis& analysis, int article, int source) {
    TakenFrom t;
    t.article = article;
    t.source = source;
    const int n = static_cast<int>(analysis.corpus.articles.size());
    if (article < 0 || source < 0 || article >= n || source >= n || article == source) return t;
    auto is_pair = [&](const Alignment& al) {
        return (al.a == article && al.b == source) || (al.a == source && al.b == article);
    };
    std::vector<Alignment> pair;
    for (const Alignment& al : analysis.alignments)
        if (is_pair(al)) pair.push_back(al);
    if (pair.empty()) {
        pair = align_pair(analysis, article, source);
        t.computed_on_demand = true;
    }
    for (const Alignment& al : pair) {
        const bool article_is_a = al.a == article;
        t.spans.push_back({article_is_a ? al.a_span : al.b_span, source, article_is_a ? al.b_span : al.a_span,
                           al.kind, -1});
    }
    std::sort(t.spans.begin(), t.spans.end(), [](const SharedSpan& x, const SharedSpan& y) {
        return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
    });
    // Each byte once, under its strongest kind: per kind, the bytes not already covered by a
    // stronger one. Spans are few (a pair's alignments), so a byte map of the article is not
    // needed: covered intervals are merged per kind in order of strength.
    std::vector<ByteSpan> stronger;
    auto merged = [](std::vector<ByteSpan> v) {
        std::sort(v.begin(), v.end(), [](ByteSpan x, ByteSpan y) { return x.begin < y.begin; });
        std::vector<ByteSpan> out;
        for (ByteSpan s : v) {
            if (!out.empty() && s.begin <= out.back().end) out.back().end = std::max(out.back().end, s.end);
            else out.push_back(s);
        }
        return out;
    };
    auto length = [](const std::vector<ByteSpan>& v) {
        double total = 0;
        for (ByteSpan s : v) total += s.end - s.begin;
        return total;
    };
    const double story = story_bytes(analysis, article);
    // Furniture is left out of the story, so text inside it does not count either.
    std::vector<ByteSpan> furniture;
    if (static_cast<std::size_t>(article) < analysis.articles.size())
        furniture = analysis.articles[static_cast<std::size_t>(article)].boilerplate;
    double before = length(merged(furniture));
    stronger = furniture;
    for (int k = 0; k < 3; ++k) {
        for (const SharedSpan& s : t.spans)
            if (static_cast<int>(s.kind) == k) stronger.push_back(s.span);
        const double now = length(merged(stronger));
        t.share[k] = std::min(1.0, (now - before) / story);
        before = now;
    }
    return t;
}

} // namespace wiretrace
