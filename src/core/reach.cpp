// reach.cpp — articles and outlets carrying a passage or sharing an article's text (reach.h).

#include "reach.h"

#include <algorithm>
#include <cstdint>
#include <map>

namespace wiretrace {

ReachIndex::ReachIndex(const Analysis& analysis) {
    ReachIndexBuilder b(analysis);
    while (!b.step(SIZE_MAX)) {
    }
    *this = b.take();
}

ReachIndexBuilder::ReachIndexBuilder(const Analysis& analysis) {
    const std::size_t n = analysis.corpus.articles.size();
    index_.analysis_ = &analysis;
    index_.passages_of_.assign(n, {});
    index_.linked_.assign(n, {});
}

std::size_t ReachIndexBuilder::units() const {
    const Analysis& a = *index_.analysis_;
    return a.passages.size() + (a.provenance.size() + kSentencesPerUnit - 1) / kSentencesPerUnit +
           index_.linked_.size();
}

bool ReachIndexBuilder::done() const {
    const Analysis& a = *index_.analysis_;
    return next_passage_ >= a.passages.size() && next_sentence_ >= a.provenance.size() &&
           next_article_ >= index_.linked_.size();
}

bool ReachIndexBuilder::step(std::size_t units) {
    const Analysis& analysis = *index_.analysis_;
    const std::size_t n = analysis.corpus.articles.size();
    auto& passages_of = index_.passages_of_;
    auto& linked = index_.linked_;
    for (; units > 0 && next_passage_ < analysis.passages.size(); --units, ++next_passage_) {
        const std::size_t p = next_passage_;
        for (const PassageMember& m : analysis.passages[p].members)
            if (m.article >= 0 && static_cast<std::size_t>(m.article) < n) {
                std::vector<int>& of = passages_of[static_cast<std::size_t>(m.article)];
                // An article carrying a passage twice is one member article.
                if (of.empty() || of.back() != static_cast<int>(p))
                    of.push_back(static_cast<int>(p));
            }
    }
    // Provenance links both ways: the article a sentence came from shares text with the article
    // that took it, paraphrased or not.
    for (; units > 0 && next_sentence_ < analysis.provenance.size(); --units) {
        const std::size_t end = std::min(analysis.provenance.size(), next_sentence_ + kSentencesPerUnit);
        for (; next_sentence_ < end; ++next_sentence_) {
            const SentenceProvenance& s = analysis.provenance[next_sentence_];
            if (!s.source || s.article < 0 || static_cast<std::size_t>(s.article) >= n) continue;
            const int from = s.source->article;
            if (from < 0 || static_cast<std::size_t>(from) >= n || from == s.article) continue;
            linked[static_cast<std::size_t>(s.article)].push_back(from);
            linked[static_cast<std::size_t>(from)].push_back(s.article);
        }
    }
    for (; units > 0 && next_article_ < linked.size(); --units, ++next_article_) {
        std::vector<int>& l = linked[next_article_];
        std::sort(l.begin(), l.end());
        l.erase(std::unique(l.begin(), l.end()), l.end());
    }
    return done();
}

ReachIndex ReachIndexBuilder::take() {
    if (!done()) return ReachIndex();
    return std::move(index_);
}

const std::vector<int>& ReachIndex::passages_of(int article) const {
    if (article < 0 || static_cast<std::size_t>(article) >= passages_of_.size()) return none_;
    return passages_of_[static_cast<std::size_t>(article)];
}

Reach reach_of(const Analysis& analysis, std::vector<int> articles) {
    Reach r;
    std::sort(articles.begin(), articles.end());
    articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
    std::map<std::string, int> per_outlet; // by name: the tie order below is alphabetical
    for (int a : articles)
        ++per_outlet[analysis.corpus.articles[static_cast<std::size_t>(a)].outlet];
    r.outlets.assign(per_outlet.begin(), per_outlet.end());
    std::stable_sort(r.outlets.begin(), r.outlets.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    r.articles = std::move(articles);
    return r;
}

Reach ReachIndex::carried_by(int passage) const {
    std::vector<int> articles;
    if (!analysis_) return {};
    if (passage >= 0 && static_cast<std::size_t>(passage) < analysis_->passages.size())
        for (const PassageMember& m :
             analysis_->passages[static_cast<std::size_t>(passage)].members)
            if (m.article >= 0 &&
                static_cast<std::size_t>(m.article) < analysis_->corpus.articles.size())
                articles.push_back(m.article);
    return reach_of(*analysis_, std::move(articles));
}

Reach ReachIndex::shared_with(int article) const {
    std::vector<int> articles;
    if (!analysis_) return {};
    for (int p : passages_of(article))
        for (const PassageMember& m : analysis_->passages[static_cast<std::size_t>(p)].members)
            if (m.article != article) articles.push_back(m.article);
    if (article >= 0 && static_cast<std::size_t>(article) < linked_.size())
        articles.insert(articles.end(), linked_[static_cast<std::size_t>(article)].begin(),
                        linked_[static_cast<std::size_t>(article)].end());
    return reach_of(*analysis_, std::move(articles));
}

} // namespace wiretrace
