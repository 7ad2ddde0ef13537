// summary.cpp — the report's first section: the story, the outlets, who carries how much of
// whose text, the source tree with its evidence (or "cannot be told"), the counts of claims and
// differences, and the biggest discrepancies first.

#include "report_context.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace wiretrace::report {

namespace {

std::string attr(const std::string& s) { return html_escape(s); }

const char* const kShareNames[5] = {"Verbatim", "Edited", "Paraphrased", "Original", "Furniture"};

// Bytes of an article that are its story: the text minus page furniture (the base of shares).
double story_bytes(const Context& c, int i) {
    double b = static_cast<double>(c.article(i).text.size());
    if (static_cast<std::size_t>(i) < c.analysis.articles.size())
        for (const ByteSpan& s : c.analysis.articles[static_cast<std::size_t>(i)].boilerplate)
            b -= s.size();
    return std::max(b, 1.0);
}

// Which articles an article's shared sentences were found in, with the share of its story
// bytes each accounts for, largest first (the provenance's best source of each sentence).
std::vector<std::pair<int, double>> found_in(const Context& c, int i) {
    std::map<int, double> bytes;
    for (int p : c.provenance_of[static_cast<std::size_t>(i)]) {
        const SentenceProvenance& sp = c.analysis.provenance[static_cast<std::size_t>(p)];
        if (sp.source && (sp.label == ProvenanceLabel::Verbatim || sp.label == ProvenanceLabel::Edited ||
                          sp.label == ProvenanceLabel::Paraphrase))
            bytes[sp.source->article] += sp.sentence.size();
    }
    std::vector<std::pair<int, double>> out;
    for (const auto& [a, b] : bytes) out.push_back({a, std::min(1.0, b / story_bytes(c, i))});
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    return out;
}

// The evidence for an article's place in the tree, in words.
std::string evidence(const Context& c, int i) {
    if (c.analysis.sources.size() <= static_cast<std::size_t>(i)) return "not analysed";
    const ArticleSource& s = c.analysis.sources[static_cast<std::size_t>(i)];
    const Article& a = c.article(i);
    std::string credit;
    if (!s.credit.empty() && s.credit.end <= a.text.size())
        credit = " (&ldquo;" + html_escape(text_of(c.analysis, i, s.credit)) + "&rdquo;)";
    switch (s.basis) {
    case SourceBasis::Earlier:
        return "took its text from " + (s.source >= 0 ? article_link(c, s.source) : std::string("an earlier article")) +
               ": published earlier and carries the most of the text it shares (" + percent(s.share) +
               " of this article&rsquo;s story text)";
    case SourceBasis::Credit:
        return "credits " + html_escape(s.wire) + credit +
               ": a copy of that wire&rsquo;s report, a sibling of the other copies, not their source" +
               (s.source >= 0 ? "; the wire&rsquo;s own report here is " + article_link(c, s.source) : std::string());
    case SourceBasis::Unknown:
        return "<strong>source cannot be told</strong>: it shares text with other articles, but "
               "neither dates nor a credit say who came first";
    case SourceBasis::None:
        return "no source in this corpus: it shares no text with an article published before it";
    }
    return "";
}

int kind_rank(DifferenceKind k) {
    // A changed number or a reversed statement misleads most; a hedge least.
    switch (k) {
    case DifferenceKind::Quantity: return 6;
    case DifferenceKind::Negation: return 5;
    case DifferenceKind::Speaker: return 4;
    case DifferenceKind::QuoteWording: return 3;
    case DifferenceKind::Attribution: return 2;
    case DifferenceKind::Hedge: return 1;
    }
    return 0;
}

// How far a changed number moved: |log(ratio)| of the first pair of quantities in one unit.
double quantity_gap(const Claim& cl, const ClaimDifference& d) {
    if (d.mention < 0 || d.reference < 0 || static_cast<std::size_t>(d.mention) >= cl.mentions.size() ||
        static_cast<std::size_t>(d.reference) >= cl.mentions.size())
        return 0;
    for (const Quantity& q : cl.mentions[static_cast<std::size_t>(d.mention)].quantities)
        for (const Quantity& r : cl.mentions[static_cast<std::size_t>(d.reference)].quantities)
            if (q.unit == r.unit && q.value > 0 && r.value > 0) return std::fabs(std::log(q.value / r.value));
    return 0;
}

void write_tree(std::string& out, const Context& c, int node, const std::vector<std::vector<int>>& kids,
                int depth) {
    out += "<li><a href=\"" + attr(c.href_article(node)) + "\">" + html_escape(article_name(c, node)) +
           "</a>, " + html_escape(c.article(node).date) + ": " + evidence(c, node);
    const auto& k = kids[static_cast<std::size_t>(node)];
    if (!k.empty() && depth < 40) { // depth cap: a chain of copies never nests the page to death
        out += "\n<ul>\n";
        for (int child : k) write_tree(out, c, child, kids, depth + 1);
        out += "</ul>\n";
    }
    out += "</li>\n";
}

} // namespace

// The outlets and who carries how much of whose text.
void write_carry_table(std::string& out, const Context& c, std::size_t first, std::size_t last) {
    const Analysis& a = c.analysis;
    const auto& arts = a.corpus.articles;
    const char* h = c.paged ? "h2" : "h3"; // a page of articles has no summary section above it
    out += std::string("<") + h + " id=\"outlets\">Who carries whose text</" + h + ">\n<p>Each article, how its text divides "
           "by origin, and the articles its shared sentences were found in (share of its story "
           "text, page furniture left out).</p>\n<div class=\"scroll\" role=\"region\" "
           "aria-labelledby=\"outlets\" tabindex=\"0\">\n<table class=\"stack\">\n<thead><tr><th scope=\"col\">Article</th>"
           "<th scope=\"col\">Date</th><th scope=\"col\" class=\"num\">Verbatim</th><th scope=\"col\" "
           "class=\"num\">Edited</th><th scope=\"col\" class=\"num\">Paraphrased</th><th scope=\"col\" "
           "class=\"num\">Original</th><th scope=\"col\" class=\"num\">Furniture</th><th scope=\"col\">"
           "Text also found in</th></tr></thead>\n<tbody>\n";
    for (int i = static_cast<int>(first); i < static_cast<int>(last); ++i) {
        const std::string metadata = outlet_metadata_line(arts[static_cast<std::size_t>(i)]);
        out += "<tr><th scope=\"row\">" + article_link(c, i) +
               (metadata.empty() ? std::string() : "<br><span class=\"meta\">" + html_escape(metadata) + "</span>") +
               "</th><td class=\"date\" data-label=\"Date\">" + html_escape(arts[static_cast<std::size_t>(i)].date) + "</td>";
        for (int k = 0; k < 5; ++k)
            out += std::string("<td class=\"num\" data-label=\"") + kShareNames[k] + "\">" +
                   (static_cast<std::size_t>(i) < a.articles.size() ? percent(a.articles[static_cast<std::size_t>(i)].label_share[k]) : std::string("–")) +
                   "</td>";
        out += "<td data-label=\"Text also found in\">";
        const auto found = found_in(c, i);
        if (found.empty()) out += "<span class=\"none\">none</span>";
        const std::size_t cap = std::min<std::size_t>(found.size(), 3);
        for (std::size_t f = 0; f < cap; ++f)
            out += (f ? "; " : "") + article_link(c, found[f].first) + " " + percent(found[f].second);
        if (found.size() > cap) out += "; and " + std::to_string(found.size() - cap) + " more";
        out += "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</div>\n";

}

void write_summary(std::string& out, const Context& c) {
    const Analysis& a = c.analysis;
    const auto& arts = a.corpus.articles;
    const int n = static_cast<int>(arts.size());
    out += "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n";

    // The story in one paragraph: how many, from whom, when; claims and differences counted.
    std::string first_date, last_date;
    for (const Article& art : arts) {
        if (art.date.empty()) continue;
        if (first_date.empty() || art.date < first_date) first_date = art.date;
        if (last_date.empty() || art.date > last_date) last_date = art.date;
    }
    int shared_claims = 0, diffs = 0;
    int by_kind[kDifferenceKinds] = {};
    for (const Claim& cl : a.claims) {
        std::vector<int> outs;
        for (const ClaimMention& m : cl.mentions) outs.push_back(c.outlet_of[static_cast<std::size_t>(m.article)]);
        std::sort(outs.begin(), outs.end());
        if (std::unique(outs.begin(), outs.end()) - outs.begin() > 1) ++shared_claims;
        for (const ClaimDifference& d : cl.differences) {
            ++diffs;
            by_kind[static_cast<int>(d.kind)]++;
        }
    }
    out += "<p>" + std::to_string(n) + " article" + (n == 1 ? "" : "s") + " from " +
           std::to_string(c.outlets.size()) + " outlet" + (c.outlets.size() == 1 ? "" : "s");
    if (!first_date.empty())
        out += first_date == last_date ? ", published " + html_escape(first_date)
                                       : ", published from " + html_escape(first_date) + " to " + html_escape(last_date);
    out += ". <strong>" + std::to_string(a.claims.size()) + " claims</strong> (facts, numbers, quotes), " +
           std::to_string(shared_claims) + " of them made by more than one outlet; <strong>" +
           std::to_string(diffs) + " difference" + (diffs == 1 ? "" : "s") + "</strong> flagged";
    if (diffs) {
        out += " (";
        bool first = true;
        for (int k = 0; k < kDifferenceKinds; ++k) {
            if (!by_kind[k]) continue;
            out += (first ? "" : ", ") + std::to_string(by_kind[k]) + " " +
                   difference_words(static_cast<DifferenceKind>(k));
            first = false;
        }
        out += ")";
    }
    out += "; " + std::to_string(a.passages.size()) + " passage" + (a.passages.size() == 1 ? "" : "s") +
           " of text carried by several articles.</p>\n";
    out += "<p><a class=\"app\" href=\"" + attr(c.app_href("view=sources")) +
           "\">Sources in the app</a></p>\n";

    if (!c.paged) {
        write_carry_table(out, c, 0, arts.size());
    } else {
        out += "<h3 id=\"outlets\">Who carries whose text</h3>\n<p>Each page of articles opens with "
               "a table of how each of its articles&rsquo; text divides by origin and where its "
               "shared sentences were found (<a href=\"" + attr(c.href_index("pages")) + "\">the pages</a>).</p>\n";
    }

    // The source tree: each article under the article it most likely took its text from; the
    // copies of a credited wire whose report is not here, and the undecided, grouped apart.
    out += "<h3 id=\"source-tree\">The source tree</h3>\n";
    std::vector<std::vector<int>> kids(static_cast<std::size_t>(n));
    std::vector<int> roots, unknown;
    std::map<std::string, std::vector<int>> by_wire;
    for (int i = 0; i < n; ++i) {
        if (static_cast<std::size_t>(i) >= a.sources.size()) { roots.push_back(i); continue; }
        const ArticleSource& s = a.sources[static_cast<std::size_t>(i)];
        if (s.source >= 0 && s.source < n && s.source != i) kids[static_cast<std::size_t>(s.source)].push_back(i);
        else if (s.basis == SourceBasis::Credit) by_wire[s.wire].push_back(i);
        else if (s.basis == SourceBasis::Unknown) unknown.push_back(i);
        else roots.push_back(i);
    }
    out += "<ul class=\"tree\">\n";
    for (int r : roots) write_tree(out, c, r, kids, 0);
    for (const auto& [wire, list] : by_wire) {
        out += "<li>Copies of <strong>" + html_escape(wire) + "</strong>&rsquo;s report (the wire&rsquo;s "
               "own report is not in this corpus):\n<ul>\n";
        for (int i : list) write_tree(out, c, i, kids, 1);
        out += "</ul></li>\n";
    }
    if (!unknown.empty()) {
        out += "<li><strong>Source cannot be told</strong> for these (they share text, but "
               "neither dates nor a credit decide who came first):\n<ul>\n";
        for (int i : unknown) write_tree(out, c, i, kids, 1);
        out += "</ul></li>\n";
    }
    out += "</ul>\n";

    // The biggest discrepancies first.
    struct Ranked { std::size_t claim; std::size_t diff; int rank; double gap; std::size_t outlets; };
    std::vector<Ranked> ranked;
    for (std::size_t ci = 0; ci < a.claims.size(); ++ci)
        for (std::size_t di = 0; di < a.claims[ci].differences.size(); ++di) {
            const ClaimDifference& d = a.claims[ci].differences[di];
            ranked.push_back({ci, di, kind_rank(d.kind),
                              d.kind == DifferenceKind::Quantity ? quantity_gap(a.claims[ci], d) : 0,
                              a.claims[ci].mentions.size()});
        }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& x, const Ranked& y) {
        if (x.rank != y.rank) return x.rank > y.rank;
        if (x.gap != y.gap) return x.gap > y.gap;
        return x.outlets > y.outlets;
    });
    out += "<h3 id=\"discrepancies\">The biggest discrepancies first</h3>\n";
    if (ranked.empty()) {
        out += "<p>No outlet departs from the version most outlets carry.</p>\n";
    } else {
        const std::size_t shown = std::min<std::size_t>(ranked.size(), 10);
        if (shown < ranked.size())
            out += "<p>The " + std::to_string(shown) + " largest of " + std::to_string(ranked.size()) +
                   "; <a href=\"" + attr(c.href_index("claims")) + "\">the claims table</a> lists them all.</p>\n";
        out += "<ol>\n";
        for (std::size_t r = 0; r < shown; ++r) {
            const Claim& cl = a.claims[ranked[r].claim];
            const ClaimDifference& d = cl.differences[ranked[r].diff];
            const int art = cl.mentions[static_cast<std::size_t>(d.mention)].article;
            out += "<li><span class=\"kind\">" + std::string(difference_words(d.kind)) + "</span>: " +
                   article_link(c, art) + " " + html_escape(d.detail) + " &mdash; <a href=\"" +
                   attr(c.href_claim(cl.id)) + "\">claim " + std::to_string(cl.id) + "</a>: " +
                   html_escape(cl.label) + "</li>\n";
        }
        out += "</ol>\n";
    }
    out += "</section>\n";
}

} // namespace wiretrace::report
