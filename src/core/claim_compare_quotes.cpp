// claim_compare_quotes.cpp — step 3 of the claims engine (claims.h), quotations: do two
// outlets quote the same words? Spelling (house style is not wording), partial quotes, and the
// word diff of a changed quotation.
#include "claim_compare.h"

#include "claim_lexicon.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace wiretrace::claims_internal {

namespace {

// The LCS alignment of two word sequences (claim_compare.h, WordOp).
std::vector<WordOp> align_words(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
    std::size_t pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
    std::size_t suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre &&
           a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
        ++suf;
    const std::size_t n = std::min<std::size_t>(a.size() - pre - suf, 300);
    const std::size_t m = std::min<std::size_t>(b.size() - pre - suf, 300);
    std::vector<std::vector<std::uint16_t>> L(n + 1, std::vector<std::uint16_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            L[i][j] = a[pre + i] == b[pre + j] ? static_cast<std::uint16_t>(L[i + 1][j + 1] + 1)
                                               : std::max(L[i + 1][j], L[i][j + 1]);
    std::vector<WordOp> ops;
    for (std::size_t k = 0; k < pre; ++k) ops.push_back({0, k, k});
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[pre + i] == b[pre + j])
            ops.push_back({0, pre + i, pre + j}), ++i, ++j;
        else if (j < m && (i >= n || L[i][j + 1] >= L[i + 1][j]))
            ops.push_back({2, 0, pre + j}), ++j;
        else
            ops.push_back({1, pre + i, 0}), ++i;
    }
    // Words past the cap count as changed (a 300-word middle is a rewrite anyway).
    for (std::size_t k = pre + n; k < a.size() - suf; ++k) ops.push_back({1, k, 0});
    for (std::size_t k = pre + m; k < b.size() - suf; ++k) ops.push_back({2, 0, k});
    for (std::size_t k = 0; k < suf; ++k)
        ops.push_back({0, a.size() - suf + k, b.size() - suf + k});
    return ops;
}

// Is every fragment of `part` a run of consecutive words of `whole`?
bool fragments_within(const QuoteWords& part, const QuoteWords& whole) {
    if (part.folded.empty()) return false;
    std::size_t b = 0;
    while (b < part.folded.size()) {
        std::size_t e = b;
        while (e < part.folded.size() && part.fragment[e] == part.fragment[b]) ++e;
        const std::size_t len = e - b;
        bool found = false;
        for (std::size_t at = 0; !found && at + len <= whole.folded.size(); ++at)
            found = std::equal(part.folded.begin() + static_cast<long>(b),
                               part.folded.begin() + static_cast<long>(e),
                               whole.folded.begin() + static_cast<long>(at));
        if (!found) return false;
        b = e;
    }
    return true;
}

} // namespace


QuoteWords quote_words(std::string_view text, const DraftMention& m) {
    QuoteWords out;
    for (ByteSpan q : m.quotes) {
        bool any = false;
        for (SurfaceToken& t : scan_surface(text, q))
            if (t.kind != SurfaceToken::Symbol) {
                out.raw.push_back(t.span);
                out.folded.push_back(house_spelling(std::move(t.lower)));
                out.fragment.push_back(out.fragments);
                any = true;
            }
        out.fragments += any;
    }
    return out;
}

// How quotation `x` relates to the reference's `r`. A fragment quoted word for word is not a
// change of wording: "in a good position on the ground" inside the full quote, a quote split
// in two by "she told reporters", words moved outside the quotation marks. A word of x that the
// reference does not have, or words left out from the middle of one of x's fragments, are.
QuoteMatch compare_quotes(const QuoteWords& x, const QuoteWords& r, std::vector<WordOp>* ops_out) {
    if (x.folded == r.folded) return QuoteMatch::Same;
    if (!ops_out) {
        // Word for word inside the other: no diff needed to know it.
        if (fragments_within(x, r)) return QuoteMatch::PartOf;
        if (fragments_within(r, x)) return QuoteMatch::MoreOf;
    }
    std::vector<WordOp> ops = align_words(x.folded, r.folded);
    bool x_extra = false, r_extra_inside_x = false, x_inside_r_gap = false;
    // Words of x the reference lacks; reference words skipped between two words of one fragment.
    std::size_t last_x = SIZE_MAX;
    bool pending_r_gap = false;
    for (const WordOp& op : ops) {
        if (op.kind == 1) x_extra = true;
        if (op.kind == 2 && last_x != SIZE_MAX) pending_r_gap = true;
        if (op.kind == 0) {
            if (pending_r_gap && x.fragment[op.i] == x.fragment[last_x]) r_extra_inside_x = true;
            pending_r_gap = false;
            last_x = op.i;
        }
    }
    // The same from the reference's side (x quotes more of the statement than the reference).
    std::size_t last_r = SIZE_MAX;
    bool pending_x_gap = false;
    for (const WordOp& op : ops) {
        if (op.kind == 1 && last_r != SIZE_MAX) pending_x_gap = true;
        if (op.kind == 0) {
            if (pending_x_gap && r.fragment[op.j] == r.fragment[last_r]) x_inside_r_gap = true;
            pending_x_gap = false;
            last_r = op.j;
        }
    }
    bool r_extra = false;
    for (const WordOp& op : ops) r_extra |= op.kind == 2;
    if (ops_out) *ops_out = std::move(ops);
    if ((!x_extra && !r_extra_inside_x) || fragments_within(x, r)) return QuoteMatch::PartOf;
    if ((!r_extra && !x_inside_r_gap) || fragments_within(r, x)) return QuoteMatch::MoreOf;
    return QuoteMatch::Changed;
}

// wdiff notation of x against the reference r: [-reference words-] {+x's words+}, long
// unchanged stretches elided with "…".
std::string word_diff(std::string_view x_text, const QuoteWords& x, std::string_view r_text,
                      const QuoteWords& r, const std::vector<WordOp>& ops) {
    auto word = [&](const WordOp& op) {
        return op.kind == 2 ? r_text.substr(r.raw[op.j].begin, r.raw[op.j].size())
                            : x_text.substr(x.raw[op.i].begin, x.raw[op.i].size());
    };
    std::string out;
    std::size_t k = 0;
    while (k < ops.size()) {
        std::size_t e = k;
        while (e < ops.size() && ops[e].kind == ops[k].kind) ++e;
        auto words = [&](std::size_t from, std::size_t to) {
            std::string s;
            for (std::size_t t = from; t < to; ++t) {
                if (t > from) s += ' ';
                s += word(ops[t]);
            }
            return s;
        };
        std::string run;
        if (ops[k].kind == 0) {
            if (e - k > 6) {
                bool at_start = k == 0, at_end = e == ops.size();
                run = at_start ? "\xE2\x80\xA6 " + words(e - 3, e)
                      : at_end ? words(k, k + 3) + " \xE2\x80\xA6"
                               : words(k, k + 3) + " \xE2\x80\xA6 " + words(e - 3, e);
            } else {
                run = words(k, e);
            }
        } else if (ops[k].kind == 2) {
            run = "[-" + words(k, e) + "-]";
        } else {
            run = "{+" + words(k, e) + "+}";
        }
        out += (out.empty() ? "" : " ") + run;
        k = e;
    }
    return out;
}

// The first words of a mention's quotation, for a detail: “The battle for Homs is crucial…”
std::string quote_opening(std::string_view text, const QuoteWords& q, std::size_t max_words) {
    if (q.raw.empty()) return {};
    std::size_t n = std::min(max_words, q.raw.size());
    std::string s(text.substr(q.raw[0].begin, q.raw[n - 1].end - q.raw[0].begin));
    return quoted(s + (n < q.raw.size() ? "\xE2\x80\xA6" : ""));
}

} // namespace wiretrace::claims_internal
