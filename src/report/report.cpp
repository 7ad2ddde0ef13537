// report.cpp — the report's frame: escaping, anchors, links, the stylesheet, the document around
// the sections, and the paging (report.h).
//
// [SECTION] Escaping and anchors
// [SECTION] Context: outlets, provenance index, which file holds what
// [SECTION] Shared words
// [SECTION] Stylesheet and document frame
// [SECTION] build_report: one file, or an index plus pages

#include "report_context.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace wiretrace {

// [SECTION] Escaping and anchors -------------------------------------------------------------

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    for (char ch : text) {
        const auto u = static_cast<unsigned char>(ch);
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
            // HTML forbids C0 controls (and NUL) in text; a corpus may still carry one.
            if ((u < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || u == 0x7f) out += ' ';
            else out += ch;
        }
    }
    return out;
}

std::string article_anchor(std::string_view id) {
    static const char* hex = "0123456789ABCDEF";
    std::string out = "article-";
    for (char ch : id) {
        const auto u = static_cast<unsigned char>(ch);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
            ch == '.' || ch == '_' || ch == '-') {
            out += ch;
        } else {
            out += '~';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

namespace report {

std::string hash_encode(std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (char ch : s) {
        const auto u = static_cast<unsigned char>(ch);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
            ch == '-' || ch == '_' || ch == '.' || ch == '~') {
            out += ch;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

// [SECTION] Context: outlets, provenance index, which file holds what ------------------------

Context::Context(const Analysis& a, const ReportOptions& o) : analysis(a), options(o) {
    const auto& arts = a.corpus.articles;
    std::map<std::string, int> index;
    outlet_of.resize(arts.size());
    for (std::size_t i = 0; i < arts.size(); ++i) {
        auto it = index.find(arts[i].outlet);
        if (it == index.end()) {
            it = index.emplace(arts[i].outlet, static_cast<int>(outlets.size())).first;
            outlets.push_back(arts[i].outlet);
        }
        outlet_of[i] = it->second;
    }
    outlet_articles.assign(outlets.size(), 0);
    for (int o : outlet_of) outlet_articles[static_cast<std::size_t>(o)]++;
    provenance_of.resize(arts.size());
    for (std::size_t p = 0; p < a.provenance.size(); ++p) {
        const int art = a.provenance[p].article;
        if (art >= 0 && static_cast<std::size_t>(art) < arts.size())
            provenance_of[static_cast<std::size_t>(art)].push_back(static_cast<int>(p));
    }
    if (options.articles_per_page == 0) options.articles_per_page = 1;
    if (options.passages_per_page == 0) options.passages_per_page = 1;
    index_file = options.base + ".html";
    paged = arts.size() > options.articles_per_page;
    article_file.assign(arts.size(), index_file);
    passage_file.assign(a.passages.size(), index_file);
    if (paged) {
        for (std::size_t i = 0; i < arts.size(); ++i)
            article_file[i] = options.base + "-articles-" +
                              std::to_string(i / options.articles_per_page + 1) + ".html";
        for (std::size_t i = 0; i < a.passages.size(); ++i)
            passage_file[i] = options.base + "-passages-" +
                              std::to_string(i / options.passages_per_page + 1) + ".html";
    }
    for (const Claim& cl : a.claims) {
        const int sole = sole_article(cl);
        claim_file[cl.id] = paged && sole >= 0 ? article_file[static_cast<std::size_t>(sole)] : index_file;
    }
    page = index_file;
}

int sole_article(const Claim& claim) {
    if (claim.mentions.empty()) return -1;
    const int art = claim.mentions.front().article;
    for (const ClaimMention& m : claim.mentions)
        if (m.article != art) return -1;
    return art;
}

static std::string in_file(const std::string& file, const std::string& current,
                           const std::string& fragment) {
    return (file == current ? std::string() : file) + "#" + fragment;
}

std::string Context::href_article(int i) const {
    return in_file(article_file[static_cast<std::size_t>(i)], page, article_anchor(article(i).id));
}
std::string Context::href_claim(int claim_id) const {
    const auto it = claim_file.find(claim_id);
    return in_file(it == claim_file.end() ? index_file : it->second, page, "claim-" + std::to_string(claim_id));
}
std::string Context::href_passage(std::size_t i) const {
    return in_file(passage_file[i], page, "passage-" + std::to_string(analysis.passages[i].id));
}
std::string Context::href_index(const std::string& fragment) const {
    return in_file(index_file, page, fragment);
}
std::string Context::app_href(const std::string& hash) const {
    return options.app_page + "#" + hash;
}

// [SECTION] Shared words ------------------------------------------------------------------------

std::string article_name(const Context& c, int i) {
    const std::string& outlet = c.outlet(i);
    // An outlet with one article is named by the outlet alone; several need the id to tell apart.
    const int same = c.outlet_articles[static_cast<std::size_t>(c.outlet_of[static_cast<std::size_t>(i)])];
    return same > 1 ? outlet + " (" + c.article(i).id + ")" : outlet;
}

std::string article_link(const Context& c, int i) {
    return "<a href=\"" + html_escape(c.href_article(i)) + "\">" + html_escape(article_name(c, i)) +
           "</a>";
}

std::string percent(double f) {
    if (f > 0 && f < 0.005) return "&lt;1%";
    char b[16];
    std::snprintf(b, sizeof b, "%.0f%%", f * 100);
    return b;
}

const char* difference_words(DifferenceKind k) {
    switch (k) {
    case DifferenceKind::Quantity: return "changed number";
    case DifferenceKind::QuoteWording: return "altered quote";
    case DifferenceKind::Speaker: return "quote given to another speaker";
    case DifferenceKind::Attribution: return "attribution dropped or changed";
    case DifferenceKind::Hedge: return "hedge added or removed";
    case DifferenceKind::Negation: return "stated as the opposite";
    }
    return "difference";
}

const char* label_words(ProvenanceLabel l) {
    switch (l) {
    case ProvenanceLabel::Verbatim: return "verbatim";
    case ProvenanceLabel::Edited: return "edited";
    case ProvenanceLabel::Paraphrase: return "paraphrased";
    case ProvenanceLabel::Original: return "original";
    case ProvenanceLabel::Boilerplate: return "page furniture";
    }
    return "";
}

// [SECTION] Stylesheet and document frame -------------------------------------------------------

// The app's look (src/app/Theme.cpp, web/shell.css): the same page and text colours, the same
// provenance scale from "word for word" (red) to "written here" (blue), furniture in grey. Marks
// also differ by underline style (solid, dashed, dotted) and name their source in text, so
// nothing is told by colour alone. Colours are chosen for WCAG AA contrast in both themes.
static const char* const kStyle = R"CSS(
:root{color-scheme:light dark;--bg:#fafaf8;--fg:#1d1d1b;--muted:#56564f;--line:#d4d4cf;--panel:#fff;
--link:#005a8c;--v:#c0392b;--e:#b35f12;--p:#8a6d00;--o:#3f6f9f;--f:#9a9a9a;--diff:#b33c0e;
--vbg:#f8dcd8;--ebg:#fbe5cf;--pbg:#f7ecc0;--fbg:#ececea}
@media (prefers-color-scheme:dark){:root{--bg:#1b1b1d;--fg:#e8e8e6;--muted:#b0b0aa;--line:#3c3c40;
--panel:#222225;--link:#7cc0ee;--v:#eb695a;--e:#f5a050;--p:#f0d264;--o:#6ea5dc;--f:#77777c;
--diff:#ff8c5a;--vbg:#5a2823;--ebg:#553a1c;--pbg:#4a4218;--fbg:#2c2c2f}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg);font:17px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif}
body{margin:0 auto;max-width:60rem;padding:0 1rem 3rem}
a{color:var(--link)}
header.banner{border-bottom:2px solid var(--line);padding:1.2rem 0 .6rem}
header.banner p{margin:.2rem 0;color:var(--muted)}
h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .4rem}
h2{font-size:1.35rem;margin:2.2rem 0 .6rem;padding-top:.4rem;border-top:1px solid var(--line)}
h3{font-size:1.12rem;margin:1.6rem 0 .4rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
nav.contents ol{columns:2 14rem;margin:.4rem 0;padding-left:1.4rem}
.app{font-size:.9rem;white-space:nowrap}
.app::before{content:"\2197\00a0"}
.meta{color:var(--muted);margin:.2rem 0}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem;font-size:.93rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;text-align:left}
thead th{background:var(--panel)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.date{white-space:nowrap}
col.w-claim{width:26%}col.w-by{width:20%}col.w-diff{width:46%}
.scroll{overflow-x:auto}
ul.diffs{margin:0;padding-left:1.1rem}
.kind{font-weight:600;color:var(--diff)}
.none{color:var(--muted)}
q{font-style:italic}
article.text{background:var(--panel);border:1px solid var(--line);border-radius:.4rem;padding:.2rem 1rem .6rem;margin:1rem 0}
article.text p{margin:.6rem 0}
mark{color:var(--fg);padding:0 .1rem;border-radius:.15rem;text-decoration-thickness:2px;text-underline-offset:3px}
mark.v{background:var(--vbg);text-decoration:underline solid var(--v)}
mark.e{background:var(--ebg);text-decoration:underline dashed var(--e)}
mark.p{background:var(--pbg);text-decoration:underline dotted var(--p)}
.src{font-size:.82rem;color:var(--muted);white-space:normal}
.furniture{color:var(--muted);background:var(--fbg);border-left:3px solid var(--f);padding:0 .3rem}
.tag{font-size:.78rem;font-variant:small-caps;letter-spacing:.03em}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:3px solid var(--line)}
figure{margin:1rem 0}
figure svg{max-width:100%;height:auto;display:block}
svg text{fill:var(--fg);font:12px system-ui,"Noto Sans",sans-serif}
svg .grid{stroke:var(--line)}
.sw-v{fill:var(--v)}.sw-e{fill:var(--e)}.sw-p{fill:var(--p)}.sw-o{fill:var(--o)}.sw-f{fill:var(--f)}.sw-d{fill:var(--diff)}
.key{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em;border:1px solid var(--fg)}
.key.v{background:var(--v)}.key.e{background:var(--e)}.key.p{background:var(--p)}.key.o{background:var(--o)}.key.f{background:var(--f)}.key.d{background:var(--diff)}
ul.tree,ul.tree ul{list-style:none;padding-left:1.2rem;margin:.2rem 0}
ul.tree{padding-left:0}
ul.tree li{margin:.25rem 0}
ul.tree ul{border-left:1px solid var(--line)}
footer{margin-top:3rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.3rem}
@media (max-width:40rem){html{font-size:16px}body{padding:0 .6rem 2rem}table{font-size:.85rem}
th,td{padding:.25rem .3rem}nav.contents ol{columns:1}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
table.stack tr{display:block;border:1px solid var(--line);border-radius:.3rem;margin:.6rem 0;padding:.3rem .5rem}
table.stack th,table.stack td{display:block;border:0;padding:.1rem 0;text-align:left}
table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--panel:#fff;--line:#999;--link:#000}
html{font-size:11pt}body{max-width:none;padding:0}.app,.skip{display:none}
a{text-decoration:none}h2,h3{break-after:avoid}tr,blockquote,figure{break-inside:avoid}
article.text{border:0;padding:0}section.article{break-before:page}
mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)CSS";

void open_document(std::string& out, const Context& c, const std::string& title,
                   const std::string& nav_html) {
    out += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"color-scheme\" content=\"light dark\">\n<title>";
    out += html_escape(title);
    out += "</title>\n<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the report</a>\n"
           "<header class=\"banner\">\n<p>Wiretrace report: the text version of the analysis"
           " (<a href=\"";
    out += html_escape(c.app_href("view=sources"));
    out += "\">open the interactive page</a>)</p>\n<h1>";
    out += html_escape(title);
    out += "</h1>\n</header>\n";
    if (!nav_html.empty())
        out += "<nav class=\"contents\" aria-label=\"Contents\">\n" + nav_html + "</nav>\n";
    out += "<main id=\"main\">\n";
}

void close_document(std::string& out, const Context& c) {
    out += "</main>\n<footer>\n<p>Made by Wiretrace from ";
    out += std::to_string(c.analysis.corpus.articles.size());
    out += " articles. The same analysis drives the interactive page (<a href=\"";
    out += html_escape(c.app_href("view=sources"));
    out += "\">";
    out += html_escape(c.options.app_page);
    out += "</a>). Shares are of an article's bytes; differences are against the version most "
           "outlets carry.</p>\n</footer>\n</body>\n</html>\n";
}

} // namespace report

// [SECTION] build_report: one file, or an index plus pages --------------------------------------

namespace {

// The story's name: the title of the article whose text the most others carry (the wire report,
// usually), preferring a real title over an "Untitled: …" stand-in.
std::string story_title(const Analysis& a) {
    const auto& arts = a.corpus.articles;
    if (arts.empty()) return "An empty corpus";
    std::vector<int> carried(arts.size(), 0);
    for (const Passage& p : a.passages)
        for (const PassageMember& m : p.members)
            if (m.article >= 0 && static_cast<std::size_t>(m.article) < arts.size()) carried[static_cast<std::size_t>(m.article)]++;
    std::vector<int> order(arts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return carried[static_cast<std::size_t>(x)] > carried[static_cast<std::size_t>(y)];
    });
    for (int i : order) {
        const std::string& t = arts[static_cast<std::size_t>(i)].title;
        if (!t.empty() && t.rfind("Untitled", 0) != 0) return t;
    }
    return arts[static_cast<std::size_t>(order[0])].title.empty() ? "Untitled story"
                                                                  : arts[static_cast<std::size_t>(order[0])].title;
}

std::string nav_link(const std::string& href, const std::string& text) {
    return "<li><a href=\"" + html_escape(href) + "\">" + text + "</a></li>\n";
}

} // namespace

std::vector<ReportFile> build_report(const Analysis& analysis, const ReportOptions& options) {
    report::Context c(analysis, options);
    const std::string story = story_title(analysis);
    const std::size_t n_articles = analysis.corpus.articles.size();
    const std::size_t n_passages = analysis.passages.size();
    std::vector<ReportFile> files;

    std::string nav = "<ol>\n";
    nav += nav_link(c.href_index("summary"), "Summary");
    nav += nav_link(c.href_index("claims"), "Claims and differences");
    if (!c.paged) {
        nav += nav_link("#articles", "The articles in full");
        nav += nav_link("#passages", "Passages carried by several outlets");
    } else {
        nav += nav_link(c.href_index("pages"), "The articles and passages, by page");
    }
    nav += nav_link(c.href_index("charts"), "Charts");
    nav += "</ol>\n";

    std::string index;
    report::open_document(index, c, story, nav);
    report::write_summary(index, c);
    report::write_claims_table(index, c);
    if (!c.paged) {
        report::write_articles(index, c, 0, n_articles);
        report::write_passages(index, c, 0, n_passages);
    } else {
        index += "<section aria-labelledby=\"pages\">\n<h2 id=\"pages\">The articles and passages, "
                 "by page</h2>\n<p>This corpus has " +
                 std::to_string(n_articles) + " articles, so they are on pages of at most " +
                 std::to_string(c.options.articles_per_page) + ":</p>\n<ul>\n";
        for (std::size_t first = 0; first < n_articles; first += c.options.articles_per_page) {
            const std::size_t last = std::min(n_articles, first + c.options.articles_per_page);
            index += "<li><a href=\"" + html_escape(c.article_file[first]) + "\">Articles " +
                     std::to_string(first + 1) + " to " + std::to_string(last) + "</a> (" +
                     html_escape(analysis.corpus.articles[first].id) + " to " +
                     html_escape(analysis.corpus.articles[last - 1].id) + ")</li>\n";
        }
        for (std::size_t first = 0; first < n_passages; first += c.options.passages_per_page) {
            const std::size_t last = std::min(n_passages, first + c.options.passages_per_page);
            index += "<li><a href=\"" + html_escape(c.passage_file[first]) + "\">Passages " +
                     std::to_string(first + 1) + " to " + std::to_string(last) + "</a></li>\n";
        }
        index += "</ul>\n</section>\n";
    }
    report::write_charts(index, c);
    report::close_document(index, c);
    files.push_back({c.index_file, std::move(index)});
    if (!c.paged) return files;

    const std::string back = "<ol>\n" + nav_link(c.index_file, "Back to the report's index") + "</ol>\n";
    for (std::size_t first = 0; first < n_articles; first += c.options.articles_per_page) {
        const std::size_t last = std::min(n_articles, first + c.options.articles_per_page);
        c.page = c.article_file[first];
        std::string html;
        report::open_document(html, c,
                              story + ": articles " + std::to_string(first + 1) + " to " +
                                  std::to_string(last),
                              back);
        report::write_carry_table(html, c, first, last);
        report::write_articles(html, c, first, last);
        report::close_document(html, c);
        files.push_back({c.page, std::move(html)});
    }
    for (std::size_t first = 0; first < n_passages; first += c.options.passages_per_page) {
        const std::size_t last = std::min(n_passages, first + c.options.passages_per_page);
        c.page = c.passage_file[first];
        std::string html;
        report::open_document(html, c,
                              story + ": passages " + std::to_string(first + 1) + " to " +
                                  std::to_string(last),
                              back);
        report::write_passages(html, c, first, last);
        report::close_document(html, c);
        files.push_back({c.page, std::move(html)});
    }
    return files;
}

} // namespace wiretrace
