// report.h — the text version of the whole analysis: an accessible, printable, linkable HTML
// document built from the same `Analysis` the page reads (issue 12). A screen reader, a search
// engine, a printer and a browser without JavaScript or WebGL can all read it.
//
// What it holds, in the order a reader needs it (one file per section in src/report/):
//   summary.cpp      the story, the outlets, who carries whose text, the source tree with its
//                    evidence ("cannot be told" when nothing decides), counts, the biggest
//                    discrepancies first
//   claims_table.cpp every claim, the outlets that state it, each difference in words
//   articles.cpp     each article in full: shared text in <mark> with its source named in text,
//                    page furniture marked as such, the claims only it makes
//   passages.cpp     text carried by several outlets, each distinct wording once with its outlets
//   charts.cpp       inline SVG charts with <title>/<desc>, each followed by its data table
//
// The HTML is plain: no script, no external request (CSS inline, charts inline), light and dark
// through prefers-color-scheme, a print stylesheet. Every piece of article text is escaped.
//
// Stable anchors: #article-<id> (the id with characters outside [A-Za-z0-9._-] written as ~XX),
// #claim-<Claim::id>, #passage-<Passage::id>. Each section links to the app's deep link
// (index.html#view=…, the hash AppState::to_hash writes).
//
// Paging: up to ReportOptions::articles_per_page articles give one file. More give an index
// (<base>.html: summary, claims, charts, contents) plus pages of at most that many articles
// (<base>-articles-K.html) and passages (<base>-passages-K.html), so 1,000 articles never make
// one huge file; links between them name the page.
//
//   auto files = build_report(analysis);          // files[0] is "report.html"
//   for (const ReportFile& f : files) write(dir / f.name, f.html);
#pragma once

#include "core/analysis.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

struct ReportOptions {
    std::string base = "report";         // file names: <base>.html, <base>-articles-K.html, …
    std::string app_page = "index.html"; // the app's page, relative to the report
    std::size_t articles_per_page = 100; // more articles than this: an index plus pages
    std::size_t passages_per_page = 100;
};

struct ReportFile {
    std::string name; // file name, relative to the report's folder
    std::string html; // the whole document, UTF-8
};

// Builds every file of the report; files[0] is the entry page (<base>.html). Cost: linear in the
// corpus text plus claims' mentions; names listed per claim or passage are capped on paged reports.
std::vector<ReportFile> build_report(const Analysis& analysis, const ReportOptions& options = {});

// HTML-escapes text for element content and attribute values (& < > " '), and replaces control
// characters other than tab and line breaks, which HTML does not allow, with a space.
std::string html_escape(std::string_view text);

// The fragment id of an article's section: "article-" + the id, with every byte outside
// [A-Za-z0-9._-] written as "~XX" (hex), so any id gives a valid, unique, stable anchor.
std::string article_anchor(std::string_view id);

} // namespace wiretrace
