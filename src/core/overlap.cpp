#include "overlap.h"

#include <algorithm>
#include <cstdint>

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
    SharesCarriedByBuilder b(analysis, base);
    while (!b.step(SIZE_MAX)) {
    }
    return b.take();
}

SharesCarriedByBuilder::SharesCarriedByBuilder(const Analysis& analysis, int base)
    : analysis_(&analysis), base_(base), valid_(valid_article(analysis, base)) {
    if (valid_) spans_.resize(analysis.corpus.articles.size());
}

std::size_t SharesCarriedByBuilder::units() const {
    if (!valid_) return 0;
    return analysis_->passages.size() + (spans_.size() + kArticlesPerUnit - 1) / kArticlesPerUnit;
}

bool SharesCarriedByBuilder::done() const {
    return !valid_ || (next_passage_ >= analysis_->passages.size() && next_article_ >= spans_.size());
}

bool SharesCarriedByBuilder::step(std::size_t units) {
    if (!valid_) return true;
    const Analysis& analysis = *analysis_;
    // Every passage the base is a member of, then every other member's span in those passages.
    for (; units > 0 && next_passage_ < analysis.passages.size(); --units, ++next_passage_) {
        const Passage& p = analysis.passages[next_passage_];
        const bool with_base = std::any_of(p.members.begin(), p.members.end(),
                                           [&](const PassageMember& m) { return m.article == base_; });
        if (!with_base) continue;
        for (const PassageMember& m : p.members)
            if (valid_article(analysis, m.article)) spans_[static_cast<std::size_t>(m.article)].push_back(m.span);
    }
    if (units > 0 && share_.empty()) share_.assign(spans_.size(), 0);
    for (; units > 0 && next_article_ < spans_.size(); --units) {
        const std::size_t end = std::min(spans_.size(), next_article_ + kArticlesPerUnit);
        for (std::size_t i = next_article_; i < end; ++i)
            share_[i] = static_cast<int>(i) == base_
                            ? 1.0
                            : std::min(1.0, covered(std::move(spans_[i])) / story_bytes(analysis, static_cast<int>(i)));
        next_article_ = end;
    }
    return done();
}

std::vector<double> SharesCarriedByBuilder::take() {
    if (!valid_ || !done()) return {};
    return std::move(share_);
}

OverlapMatrix overlap_matrix(const Analysis& analysis, const std::vector<int>& articles) {
    OverlapMatrix m = overlap_matrix_start(articles);
    for (std::size_t c = 0; c < articles.size(); ++c) overlap_matrix_fill_column(analysis, m, c);
    return m;
}

OverlapMatrix overlap_matrix_start(const std::vector<int>& articles) {
    OverlapMatrix m;
    m.articles = articles;
    m.shares.assign(articles.size() * articles.size(), 0);
    return m;
}

void overlap_matrix_fill_column(const Analysis& analysis, OverlapMatrix& m, std::size_t c) {
    if (c >= m.articles.size()) return;
    overlap_matrix_set_column(m, c, shares_carried_by(analysis, m.articles[c]));
}

void overlap_matrix_set_column(OverlapMatrix& m, std::size_t c, const std::vector<double>& in_c) {
    const std::size_t k = m.articles.size();
    if (c >= k) return;
    for (std::size_t r = 0; r < k; ++r) {
        const int a = m.articles[r];
        m.shares[r * k + c] = a >= 0 && static_cast<std::size_t>(a) < in_c.size() ? in_c[static_cast<std::size_t>(a)] : 0;
    }
}

} // namespace wiretrace
