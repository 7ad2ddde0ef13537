// claim_differences.cpp — step 3 of the claims engine (claims.h): for one claim, the
// consensus version (reference) and every outlet that departs from it.
//
// [SECTION] Differences
// [SECTION] Entry point
#include "claims_internal.h"
#include "claims.h"

#include "boilerplate.h"
#include "quantities.h"
#include "quotes.h"
#include "surface.h"
#include "text.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

namespace wiretrace::claims_internal {

namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Differences
//-------------------------------------------------------------------------------------------------

// "5 km" / "24–99 people" with the words as written: “5 kilometers (3 miles)” = 5 km.
std::string describe(const Quantity& q) {
    return "\xE2\x80\x9C" + q.text + "\xE2\x80\x9D = " + format_quantity(q);
}

std::optional<std::string> quantity_conflict(const MentionInfo& x, const MentionInfo& y) {
    std::set<std::string> units;
    for (const Quantity& q : x.m.quantities) units.insert(q.unit);
    for (const std::string& u : units) {
        const Quantity* lonely_x = nullptr;
        const Quantity* lonely_y = nullptr;
        bool y_has = false;
        for (const Quantity& q : y.m.quantities) y_has |= q.unit == u;
        if (!y_has) continue;
        for (const Quantity& p : x.m.quantities) {
            if (p.unit != u) continue;
            bool ok = false;
            for (const Quantity& q : y.m.quantities) ok |= quantities_agree(p, q);
            if (!ok && !lonely_x) lonely_x = &p;
        }
        for (const Quantity& q : y.m.quantities) {
            if (q.unit != u) continue;
            bool ok = false;
            for (const Quantity& p : x.m.quantities) ok |= quantities_agree(p, q);
            if (!ok && !lonely_y) lonely_y = &q;
        }
        if (lonely_x && lonely_y) return describe(*lonely_x) + " vs " + describe(*lonely_y);
    }
    return std::nullopt;
}

// Word diff of two quotations (LCS on folded words; long quotations are diffed after trimming
// their common prefix and suffix, with the middle capped so a 2,000-word quote stays cheap).
// The words of a mention's quotations, folded for comparing and as written (spans), in order.
// Re-read from the text per claim when diffing rather than kept for every mention.
struct QuoteWords {
    std::vector<std::string> folded;
    std::vector<ByteSpan> raw;
};

QuoteWords quote_words(std::string_view text, const ClaimMention& m) {
    QuoteWords out;
    for (ByteSpan q : m.quotes)
        for (SurfaceToken& t : scan_surface(text, q))
            if (t.kind != SurfaceToken::Symbol) {
                out.raw.push_back(t.span);
                out.folded.push_back(std::move(t.lower));
            }
    return out;
}

std::optional<std::string> quote_difference(std::string_view x_text, const QuoteWords& x,
                                            std::string_view y_text, const QuoteWords& y) {
    const auto& a = x.folded;
    const auto& b = y.folded;
    if (a == b) return std::nullopt;
    std::size_t pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
    std::size_t suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre &&
           a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
        ++suf;
    std::size_t n = std::min<std::size_t>(a.size() - pre - suf, 300);
    std::size_t m = std::min<std::size_t>(b.size() - pre - suf, 300);
    // ops over the middle: 0 equal, 1 delete (from a), 2 insert (from b)
    std::vector<std::vector<std::uint16_t>> L(n + 1, std::vector<std::uint16_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            L[i][j] =
                a[pre + i] == b[pre + j] ? L[i + 1][j + 1] + 1 : std::max(L[i + 1][j], L[i][j + 1]);
    struct Op {
        int kind;
        std::string_view word;
    };
    auto xw = [&](std::size_t k) { return x_text.substr(x.raw[k].begin, x.raw[k].size()); };
    auto yw = [&](std::size_t k) { return y_text.substr(y.raw[k].begin, y.raw[k].size()); };
    std::vector<Op> ops;
    for (std::size_t k = 0; k < pre; ++k) ops.push_back({0, xw(k)});
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[pre + i] == b[pre + j])
            ops.push_back({0, xw(pre + i)}), ++i, ++j;
        else if (j < m && (i >= n || L[i][j + 1] >= L[i + 1][j]))
            ops.push_back({2, yw(pre + j)}), ++j;
        else
            ops.push_back({1, xw(pre + i)}), ++i;
    }
    for (std::size_t k = a.size() - suf; k < a.size(); ++k) ops.push_back({0, xw(k)});
    bool del = false, ins = false;
    std::size_t first_change = ops.size(), last_change = 0;
    for (std::size_t k = 0; k < ops.size(); ++k)
        if (ops[k].kind) {
            first_change = std::min(first_change, k);
            last_change = k;
            (ops[k].kind == 1 ? del : ins) = true;
        }
    const char* kind = del && ins ? "altered" : del ? "truncated" : "extended";
    // Only-deletions that are not at the ends are an alteration too ("… [-not-] …").
    if (!ins && del && first_change > 0 && last_change + 1 < ops.size()) kind = "altered";
    if (!del && ins && first_change > 0 && last_change + 1 < ops.size()) kind = "altered";
    std::string out = std::string(kind) + ": ";
    // wdiff notation, long unchanged stretches elided.
    std::size_t k = 0;
    bool first = true;
    while (k < ops.size()) {
        std::size_t e = k;
        while (e < ops.size() && ops[e].kind == ops[k].kind) ++e;
        std::string run;
        std::size_t len = e - k;
        auto words = [&](std::size_t from, std::size_t to) {
            std::string s;
            for (std::size_t t = from; t < to; ++t) {
                if (t > from) s += ' ';
                s += ops[t].word;
            }
            return s;
        };
        if (ops[k].kind == 0) {
            if (len > 6) {
                bool at_start = k == 0, at_end = e == ops.size();
                run = at_start ? "\xE2\x80\xA6 " + words(e - 3, e)
                      : at_end ? words(k, k + 3) + " \xE2\x80\xA6"
                               : words(k, k + 3) + " \xE2\x80\xA6 " + words(e - 3, e);
            } else {
                run = words(k, e);
            }
        } else if (ops[k].kind == 1) {
            run = "[-" + words(k, e) + "-]";
        } else {
            run = "{+" + words(k, e) + "+}";
        }
        out += (first ? "" : " ") + run;
        first = false;
        k = e;
    }
    return out;
}

bool same_source(const Mentions& ms, const MentionInfo& x, const MentionInfo& y) {
    if (x.source_key == y.source_key) return true;
    std::size_t shared = shared_count(ms(x.source_words), ms(y.source_words));
    std::size_t smaller = std::min(x.source_words.size, y.source_words.size);
    return smaller > 0 && shared * 2 >= smaller;
}

std::string quoted_text(const std::optional<std::string>& s) {
    return s ? "\xE2\x80\x9C" + *s + "\xE2\x80\x9D" : std::string("none");
}

// One claim's members while its differences are computed: mention indices and, read once per
// claim, the quoted words of its quote mentions.
struct ClaimMembers {
    const Mentions& ms;
    std::vector<std::size_t> index;
    std::vector<QuoteWords> quotes; // parallel to index (empty for non-quote mentions)
    const MentionInfo& operator[](int k) const { return ms[index[static_cast<std::size_t>(k)]]; }
};

void compare(const Analysis& a, const ClaimMembers& members, int xi, int yi,
             std::vector<ClaimDifference>& out, unsigned kinds) {
    const MentionInfo& x = members[xi];
    const MentionInfo& y = members[yi];
    const std::string& ida = a.corpus.articles[static_cast<std::size_t>(x.m.article)].id;
    const std::string& idb = a.corpus.articles[static_cast<std::size_t>(y.m.article)].id;
    if (kinds & 1)
        if (auto d = quantity_conflict(x, y)) out.push_back({DifferenceKind::Quantity, yi, xi, *d});
    if ((kinds & 2) && x.quote_mention && y.quote_mention)
        if (auto d = quote_difference(a.corpus.articles[static_cast<std::size_t>(x.m.article)].text,
                                      members.quotes[static_cast<std::size_t>(xi)],
                                      a.corpus.articles[static_cast<std::size_t>(y.m.article)].text,
                                      members.quotes[static_cast<std::size_t>(yi)]))
            out.push_back({DifferenceKind::QuoteWording, yi, xi, *d});
    if (kinds & 4) {
        if (x.m.source && !y.m.source)
            out.push_back(
                {DifferenceKind::Attribution, yi, xi,
                 "dropped: " + quoted_text(x.m.source) + " in " + ida + ", none in " + idb});
        else if (!x.m.source && y.m.source)
            out.push_back(
                {DifferenceKind::Attribution, yi, xi,
                 "added: none in " + ida + ", " + quoted_text(y.m.source) + " in " + idb});
        else if (x.m.source && y.m.source && !same_source(members.ms, x, y))
            out.push_back({DifferenceKind::Attribution, yi, xi,
                           "changed: " + quoted_text(x.m.source) + " in " + ida + ", " +
                               quoted_text(y.m.source) + " in " + idb});
    }
    if ((kinds & 8) && x.m.hedged != y.m.hedged) {
        const MentionInfo& h = x.m.hedged ? x : y;
        const std::string& hid = x.m.hedged ? ida : idb;
        const std::string& oid = x.m.hedged ? idb : ida;
        out.push_back({DifferenceKind::Hedge, yi, xi,
                       "hedged in " + hid + " (\xE2\x80\x9C" +
                           std::string(text_of(a, h.m.article, h.m.hedge)) +
                           "\xE2\x80\x9D), asserted in " + oid});
    }
}

std::string signature(const ClaimMembers& members, int k, int kind) {
    const MentionInfo& m = members[k];
    switch (kind) {
    case 0: {
        std::string s;
        for (const Quantity& q : m.m.quantities) s += format_quantity(q) + "|";
        return s;
    }
    case 1: {
        std::string s;
        for (const std::string& w : members.quotes[static_cast<std::size_t>(k)].folded)
            s += w + " ";
        return s;
    }
    case 2:
        return std::to_string(m.source_key);
    default:
        return m.m.hedged ? "h" : "";
    }
}

std::vector<ClaimDifference> differences(const Analysis& a, const Mentions& ms,
                                         std::vector<std::size_t> index) {
    ClaimMembers members{ms, std::move(index), {}};
    members.quotes.resize(members.index.size());
    for (std::size_t k = 0; k < members.index.size(); ++k) {
        const MentionInfo& m = ms[members.index[k]];
        if (!m.m.quotes.empty())
            members.quotes[k] =
                quote_words(a.corpus.articles[static_cast<std::size_t>(m.m.article)].text, m.m);
    }
    std::vector<ClaimDifference> out;
    const int n = static_cast<int>(members.index.size());
    if (members.index.size() <= kAllPairsLimit) {
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                if (members[i].m.article != members[j].m.article)
                    compare(a, members, i, j, out, 15);
        return out;
    }
    // Large claims: one representative per distinct value, per kind, at most 16 variants.
    for (int kind = 0; kind < 4; ++kind) {
        std::map<std::string, int> first;
        std::vector<int> reps;
        for (int i = 0; i < n && reps.size() < 16; ++i)
            if (first.emplace(signature(members, i, kind), i).second) reps.push_back(i);
        for (std::size_t p = 0; p < reps.size(); ++p)
            for (std::size_t q = p + 1; q < reps.size(); ++q)
                if (members[reps[p]].m.article != members[reps[q]].m.article)
                    compare(a, members, reps[p], reps[q], out, 1u << kind);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const ClaimDifference& x, const ClaimDifference& y) {
            return std::make_pair(x.mention, x.reference) < std::make_pair(y.mention, y.reference);
        });
    return out;
}

} // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Entry point
//-------------------------------------------------------------------------------------------------

void compare_to_consensus(const Analysis& analysis, const Mentions& mentions,
                          const std::vector<std::size_t>& members, Claim& claim) {
    claim.differences = differences(analysis, mentions, members);
}

} // namespace wiretrace::claims_internal
