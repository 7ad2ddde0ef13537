// report_context.h — what every section of the report shares: the analysis, indexes built once
// (outlets, each article's provenance), which file holds which article or passage, and the HTML
// helpers. Internal to src/report/.
#pragma once

#include "report.h"

#include <map>
#include <string>
#include <vector>

namespace wiretrace::report {

struct Context {
    const Analysis& analysis;
    ReportOptions options;
    bool paged = false;
    std::vector<std::string> outlets;           // distinct outlets, in first-article order
    std::vector<int> outlet_of;                 // per article: index into outlets
    std::vector<int> outlet_articles;           // per outlet: how many articles it has
    std::vector<std::vector<int>> provenance_of; // per article: indices into analysis.provenance
    std::vector<std::string> article_file;      // per article: the file its section is in
    std::vector<std::string> passage_file;      // per passage (index): the file it is in
    // Per claim id: the file holding its anchor. On a paged report a claim one article alone
    // makes is listed under that article (a 1,000-article story has thousands of those), the
    // claims table on the index keeps the claims several articles make.
    std::map<int, std::string> claim_file;
    std::string index_file;                     // <base>.html
    std::string page;                           // the file being written (links within it are
                                                // bare fragments)

    Context(const Analysis& a, const ReportOptions& o);

    const Article& article(int i) const { return analysis.corpus.articles[static_cast<std::size_t>(i)]; }
    const std::string& outlet(int article_index) const {
        return outlets[static_cast<std::size_t>(outlet_of[static_cast<std::size_t>(article_index)])];
    }
    // Links to a section of the report, from `page`.
    std::string href_article(int article_index) const;
    std::string href_claim(int claim_id) const;
    std::string href_passage(std::size_t passage_index) const;
    std::string href_index(const std::string& fragment) const;
    // The app's deep link: "<app_page>#<hash>", hash as AppState::to_hash writes it.
    std::string app_href(const std::string& hash) const;
    // How many names a list of outlets shows before "and N more" (only paged reports cap).
    std::size_t name_cap() const { return paged ? 20 : static_cast<std::size_t>(-1); }
};

// Percent-encoding of one value in the app's hash (the same as AppState.cpp's encode).
std::string hash_encode(std::string_view s);

// "<a href=…>Outlet</a>" naming an article (its outlet, and the article id when the outlet has
// several articles), linking to its section.
std::string article_link(const Context& c, int article_index);
// A plain-text name of an article: its outlet, plus " (id)" when the outlet has several.
std::string article_name(const Context& c, int article_index);
std::string percent(double fraction); // "42%", "<1%" for a small non-zero share
const char* difference_words(DifferenceKind k); // "changed number", …
const char* label_words(ProvenanceLabel l);     // "verbatim", "edited", "paraphrased", …

// Sections; each appends to `out`.
void write_summary(std::string& out, const Context& c);
// The "who carries whose text" table for articles [first, last): in the summary, or on each page
// of articles of a paged report.
void write_carry_table(std::string& out, const Context& c, std::size_t first, std::size_t last);
// The id of the article a claim's mentions all belong to, or -1 when several articles make it.
int sole_article(const Claim& claim);
void write_claims_table(std::string& out, const Context& c);
void write_articles(std::string& out, const Context& c, std::size_t first, std::size_t last);
void write_passages(std::string& out, const Context& c, std::size_t first, std::size_t last);
void write_charts(std::string& out, const Context& c);

// The document around the sections: <head> with the inline stylesheet, the banner and the
// contents (`nav_html`, already HTML), then </main> and the footer.
void open_document(std::string& out, const Context& c, const std::string& title,
                   const std::string& nav_html);
void close_document(std::string& out, const Context& c);

} // namespace wiretrace::report
