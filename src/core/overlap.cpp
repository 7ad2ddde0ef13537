#include "overlap.h"

#include <algorithm>

namespace wiretrace {

namespace {

// Bytes covered by a set of spans, overlaps counted once.
double covered(std::vector<ByteSpan> spans) {
    std::sort(spans.begin(), spans.end(), [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
    double total = 0;
    std::uint32_t reach = 0;
    for (const ByteSpan& s : spans) {
        const std::uint32_t b = std::max(s.begin, reach);
        if (s.end > b) total += s.end - b;
        reach = std::max(reach, s.end);
    }
    return total;
}

bool valid_article(const Analysis& analysis, int i) {
    return i >= 0 && static_cast<std::size_t>(i) < analysis.corpus.articles.size();
}

} // namespace

double story_bytes(const Analysis& analysis, int article) {
    if (!valid_article(analysis, article)) return 1;
    const std::size_t a = static_cast<std::size_t>(article);
    double bytes = static_cast<double>(analysis.corpus.articles[a].text.size());
    if (a < analysis.articles.size()) bytes -= covered(analysis.articles[a].boilerplate);
    return std::max(bytes, 1.0);
}

std::vector<double> shares_carried_by(const Analysis& analysis, int base) {
    const std::size_t n = analysis.corpus.articles.size();
    if (!valid_article(analysis, base)) return {};
    // Every passage the base is a member of, then every other member's span in those passages.
    std::vector<std::vector<ByteSpan>> spans(n);
    for (const Passage& p : analysis.passages) {
        const bool with_base = std::any_of(p.members.begin(), p.members.end(),
                                           [&](const PassageMember& m) { return m.article == base; });
        if (!with_base) continue;
        for (const PassageMember& m : p.members)
            if (valid_article(analysis, m.article)) spans[static_cast<std::size_t>(m.article)].push_back(m.span);
    }
    std::vector<double> share(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        share[i] = static_cast<int>(i) == base
                       ? 1.0
                       : std::min(1.0, covered(std::move(spans[i])) / story_bytes(analysis, static_cast<int>(i)));
    return share;
}

OverlapMatrix overlap_matrix(const Analysis& analysis, const std::vector<int>& articles) {
    OverlapMatrix m;
    m.articles = articles;
    const std::size_t k = articles.size();
    m.shares.assign(k * k, 0);
    for (std::size_t c = 0; c < k; ++c) {
        const std::vector<double> in_c = shares_carried_by(analysis, articles[c]);
        for (std::size_t r = 0; r < k; ++r) {
            const int a = articles[r];
            m.shares[r * k + c] = valid_article(analysis, a) && !in_c.empty() ? in_c[static_cast<std::size_t>(a)] : 0;
        }
    }
    return m;
}

} // namespace wiretrace
