// sources.h — each article's most likely source: the sources tree (Analysis::sources), and the
// two kinds of evidence it rests on, publication times and wire credits.
//
// The rules, in order (issue 9: a tree with evidence, never a guess):
//   1. Dates. Among the articles that share text with it, those published strictly earlier are
//      candidate sources; the one carrying the most of its shared text is the source
//      (SourceBasis::Earlier). "Earlier" compares ISO dates ("2024-12-06") and, on the same
//      day, ISO date-times ("2024-12-06T04:15:00Z", "2024-12-06 04:15+02:00"); a date-only
//      article and a timed one of the same day are not ordered.
//   2. Wire credits. Copies of one wire report are siblings under the wire, not one another's
//      source: when the article and its earlier candidate both credit the same wire and share
//      no text that only the two of them carry (a passage with exactly these two members would
//      show one copied the other), the source is the wire (basis Credit). With no earlier
//      candidate, a credited article's source is the wire too: the wire's own article when the
//      corpus has one (its outlet is the wire), otherwise the wire by name (source -1).
//   3. Otherwise, the wire's own report (its outlet is the wire) and an article sharing no
//      text with one published before it or at an unknown time (the first publication) have
//      None, and any other article sharing text is Unknown.
// Credit and copyright lines are page furniture for shares (boilerplate.h) but evidence here.
#pragma once

#include "analysis.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

// A publication date, with a time when the front matter gives one. Minutes are UTC.
struct PublicationTime {
    long day = 0;    // days since 1970-01-01
    int minute = -1; // minute of the day (UTC), -1 for a date without a time
    bool known = false;
};

// Parses "YYYY-MM-DD", optionally followed by "T" or " " and "HH:MM[:SS[.fff]]" and an offset
// ("Z", "+02:00", "-0500"). Anything else is unknown (never an error: dates are optional).
PublicationTime parse_publication_time(std::string_view date);

// -1 when `a` was published strictly before `b`, +1 when after, 0 when the order is unknown
// (a date is missing, the same day without both times, or the same minute).
int compare_publication(const PublicationTime& a, const PublicationTime& b);

// A credit of a wire agency in an article's text.
struct WireCredit {
    std::string wire; // "The Associated Press", "Reuters", "AFP"
    ByteSpan span;    // the credit as written
};

// The first wire credit in `text`: a dateline "(AP)", "(Reuters)", "(AFP)"; "… Associated
// Press contributed …"; "Copyright 2024 The Associated Press"; "© 2024 Reuters". O(text bytes).
std::optional<WireCredit> find_wire_credit(std::string_view text);

// True when `outlet` is the wire itself ("The Associated Press", "AP", "Associated Press").
bool outlet_is_wire(std::string_view outlet, std::string_view wire);

// An article that shares text with another, seen from the first: `share` of its story bytes
// are also found in `article`.
struct SourceCandidate {
    int article = -1;
    double share = 0;
};

// The sources tree from each article's candidates (parallel to analysis.corpus.articles; each
// list holds the articles sharing text with it, any order). Uses the corpus (dates, outlets,
// texts) and analysis.passages (text only two articles carry). Deterministic.
std::vector<ArticleSource>
choose_sources(const Analysis& analysis,
               const std::vector<std::vector<SourceCandidate>>& candidates);

} // namespace wiretrace
