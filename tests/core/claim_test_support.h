// What the claim-rule tests share: small constructed articles analysed whole, and questions a
// reader would ask of the result (which mention carries these words, whom it credits, what is
// flagged on an outlet). One copy, so the rule tests cannot drift apart in how they ask.
#pragma once

#include "core/analyze.h"
#include "core/claims.h"
#include "core/corpus.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace wiretrace::claim_test {

inline Article article(const std::string& id, const std::string& text) {
    Article a;
    a.id = id;
    a.outlet = id;
    a.title = id;
    a.date = "2027-03-01";
    a.text = text;
    return a;
}

inline Analysis analyze_texts(const std::vector<std::string>& texts) {
    Corpus corpus;
    for (std::size_t i = 0; i < texts.size(); ++i)
        corpus.articles.push_back(article("t" + std::to_string(i), texts[i]));
    return analyze(std::move(corpus));
}

// The mention (of any claim) in article `article` (any when -1) whose text contains `needle`,
// the shortest when several do.
inline const ClaimMention& mention(const Analysis& a, const std::string& needle, int article = -1) {
    const ClaimMention* best = nullptr;
    for (const Claim& c : a.claims)
        for (const ClaimMention& m : c.mentions)
            if ((article < 0 || m.article == article) &&
                text_of(a, m).find(needle) != std::string::npos &&
                (!best || m.span.size() < best->span.size()))
                best = &m;
    if (!best) ADD_FAILURE() << "no mention with \"" << needle << "\"";
    static const ClaimMention none;
    return best ? *best : none;
}

inline std::string source_of(const Analysis& a, const std::string& needle, int article = -1) {
    return std::string(claim_name(a, mention(a, needle, article).source));
}

inline std::string speaker_of(const Analysis& a, const std::string& needle, int article = -1) {
    return std::string(claim_name(a, mention(a, needle, article).speaker));
}

inline std::set<DifferenceKind> flagged(const Analysis& a, int article, std::string* details = nullptr) {
    std::set<DifferenceKind> out;
    for (const Claim& c : a.claims)
        for (const ClaimDifference& d : c.differences)
            if (c.mentions[static_cast<std::size_t>(d.mention)].article == article) {
                out.insert(d.kind);
                if (details) *details += d.detail + "; ";
            }
    return out;
}

inline bool flags(const Analysis& a, int article, DifferenceKind k) {
    return flagged(a, article).count(k) > 0;
}

inline std::string details(const Analysis& a, int article) {
    std::string s;
    flagged(a, article, &s);
    return s;
}

// The notes of the claim holding the mention with `needle` in `article`, on that mention.
inline std::string notes_on(const Analysis& a, const std::string& needle, int article) {
    std::string out;
    for (const Claim& c : a.claims)
        for (std::size_t i = 0; i < c.mentions.size(); ++i)
            if (c.mentions[i].article == article &&
                text_of(a, c.mentions[i]).find(needle) != std::string::npos)
                for (const ClaimNote& n : c.notes)
                    if (n.mention == static_cast<int>(i)) out += n.detail + "; ";
    return out;
}

inline const std::string kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";


} // namespace wiretrace::claim_test
