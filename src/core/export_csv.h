// export_csv.h — the explorer's tables as CSV (RFC 4180), for the page's "Export CSV" and for
// anyone who wants the numbers in a spreadsheet.
//
// Every builder returns the whole file: a UTF-8 byte order mark (so spreadsheet programs read
// UTF-8, not the local code page), a header line, then one line per row, each line ended by
// "\r\n" as RFC 4180 asks. Fields holding a comma, a double quote, CR or LF are quoted, quotes
// doubled. Safe to open in a spreadsheet: a field that starts with =, +, -, @, tab or CR (which
// a spreadsheet would evaluate as a formula) is prefixed with an apostrophe ('=SUM(A1) reads as
// the text =SUM(A1)), and control characters (NUL and the other C0 controls except tab, LF and
// CR; DEL; C1) are removed. Text is UTF-8, byte offsets are UTF-8 byte offsets into the
// article's `text` (as everywhere in Wiretrace). Shares are fractions in [0, 1] printed with 4
// decimals. Dates found in claims are ISO 8601 (2024-12-06); article dates are written as the
// corpus gives them (ISO 8601 recommended, and an impossible one is refused at load). Output
// is deterministic. Cost is linear in the rows written.
//
//     std::string csv = provenance_csv(analysis);   // "article,outlet,title,…\r\n000_…,…"
#pragma once

#include "analysis.h"
#include "search.h"
#include "span_index.h"

#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

// One field: control characters removed, a formula-like start neutralised with "'", quoted
// only when it must be.
std::string csv_field(std::string_view text);

// The Sources table's "Shared with base" column: the article chosen as the base and, for each
// article (by corpus index), the share of its story text the base carries too.
struct BaseShares {
    int base = -1;
    std::vector<double> share;
};

struct UserNotes;

// One row per article: id, outlet, title, date, byline, then the outlet metadata columns the
// corpus gives (country, owner, lean: only those some article has, corpus.h), words, and its
// provenance shares (verbatim, edited, paraphrase, original, boilerplate), in corpus order
// unless `article_order` (indices into corpus.articles) gives the order and the subset, as a
// sorted table shows them. With `base`, two more columns: reuse_base (the base's id) and
// shared_with_base. With `notes`, a last column "note": the user's note on the article.
std::string provenance_csv(const Analysis& analysis, const std::vector<int>* article_order = nullptr,
                           const BaseShares* base = nullptr, const UserNotes* notes = nullptr);

// Search's results as listed: the query, the result's rank, article, outlet, title, whether the
// words were found as typed ("literal") or are another outlet's rewording ("reworded", with the
// outlet whose hit it was aligned with), the match's span and text, and its context.
std::string search_csv(const Analysis& analysis, std::string_view query, const std::vector<SearchHit>& hits);

// The text one article shares with others, one row per shared span (SpanIndex::shared), as
// Reader highlights it or, restricted to the articles side by side, as Compare links it:
// article, outlet, span and text, how it is shared (verbatim, edited, paraphrase), and the other
// article, its outlet, span and text.
std::string shared_spans_csv(const Analysis& analysis, int article, const std::vector<SharedSpan>& spans);

// One row per claim mention: claim id, label, type, article, outlet, the mention's span and text,
// speaker, source, hedged, negated, its quantities, whether it is the claim's consensus version,
// and, for an outlet that departs from it, the kinds of change ("quantity; hedge") and the
// changes in words. `claim_rows` (indices into analysis.claims) selects and orders the
// claims, as a filtered matrix shows them; all claims otherwise. With `notes`, a last column
// "note": the user's note on the claim, on each of its rows.
std::string claims_csv(const Analysis& analysis, const std::vector<int>* claim_rows = nullptr,
                       const UserNotes* notes = nullptr);

// One row per aligned pair of passages, in the order given (the Pairs list as filtered and
// sorted): similarity score (4 decimals), how the text is shared, then for each side the
// article, its outlet, the span and the text.
std::string alignments_csv(const Analysis& analysis, const std::vector<Alignment>& alignments);

// One row per passage member: passage id, number of distinct articles carrying the passage,
// article, outlet, span and the member's text; with `notes`, a last column "note": the user's
// note on the passage, on each of its rows.
std::string passages_csv(const Analysis& analysis, const UserNotes* notes = nullptr);

} // namespace wiretrace
