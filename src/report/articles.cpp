// articles.cpp — each article in full: shared text in <mark> with its source named in text (not
// only by colour), page furniture marked as such, and the claims only this article makes.

#include "report_context.h"

#include "core/text.h"

#include <algorithm>

namespace wiretrace::report {

namespace {

// What one byte of the article is shown as: -1 plain, -2 furniture, k >= 0 shared text of kind
// `runs[k]` (a label and the article it was found in).
struct SharedStyle {
    ProvenanceLabel label;
    int source;
};

const char* mark_class(ProvenanceLabel l) {
    return l == ProvenanceLabel::Verbatim ? "v" : l == ProvenanceLabel::Edited ? "e" : "p";
}

void write_text(std::string& out, const Context& c, int i) {
    const Article& art = c.article(i);
    const std::string& text = art.text;
    // A style per byte is linear in the text (2-20 KB a news article) and makes the overlap rule
    // simple: furniture wins over shared text, a later sentence never undoes an earlier one.
    std::vector<int> style(text.size(), -1);
    std::vector<SharedStyle> styles;
    for (int p : c.provenance_of[static_cast<std::size_t>(i)]) {
        const SentenceProvenance& sp = c.analysis.provenance[static_cast<std::size_t>(p)];
        if (!sp.source || (sp.label != ProvenanceLabel::Verbatim && sp.label != ProvenanceLabel::Edited &&
                           sp.label != ProvenanceLabel::Paraphrase))
            continue;
        int k = -1;
        for (std::size_t s = 0; s < styles.size(); ++s)
            if (styles[s].label == sp.label && styles[s].source == sp.source->article) k = static_cast<int>(s);
        if (k < 0) {
            k = static_cast<int>(styles.size());
            styles.push_back({sp.label, sp.source->article});
        }
        for (std::uint32_t b = sp.sentence.begin; b < sp.sentence.end && b < text.size(); ++b) style[b] = k;
    }
    // The white space between two sentences of one source joins them into one mark.
    for (std::size_t b = 0; b < text.size();) {
        if (style[b] >= 0 || b == 0) { ++b; continue; }
        std::size_t e = b;
        while (e < text.size() && style[e] == -1 && (text[e] == ' ' || text[e] == '\t')) ++e;
        if (e > b && e < text.size() && style[e] >= 0 && style[b - 1] == style[e])
            for (std::size_t x = b; x < e; ++x) style[x] = style[e];
        b = e > b ? e : b + 1;
    }
    if (static_cast<std::size_t>(i) < c.analysis.articles.size())
        for (const ByteSpan& s : c.analysis.articles[static_cast<std::size_t>(i)].boilerplate)
            for (std::uint32_t b = s.begin; b < s.end && b < text.size(); ++b) style[b] = -2;

    for (const ByteSpan& para : split_paragraphs(text)) {
        out += "<p>";
        for (std::uint32_t b = para.begin; b < para.end;) {
            std::uint32_t e = b;
            while (e < para.end && style[e] == style[b]) ++e;
            const std::string piece = html_escape(std::string_view(text).substr(b, e - b));
            const int s = style[b];
            if (s == -1) {
                out += piece;
            } else if (s == -2) {
                out += "<span class=\"furniture\"><span class=\"tag\">[page furniture]</span> " + piece + "</span>";
            } else {
                const SharedStyle& st = styles[static_cast<std::size_t>(s)];
                out += "<mark class=\"" + std::string(mark_class(st.label)) + "\">" + piece + "</mark> "
                       "<span class=\"src\">[" + label_words(st.label) + " from " + article_link(c, st.source) + "]</span>";
            }
            b = e;
        }
        out += "</p>\n";
    }
}

} // namespace

void write_articles(std::string& out, const Context& c, std::size_t first, std::size_t last) {
    const Analysis& a = c.analysis;
    out += "<section aria-labelledby=\"articles\">\n<h2 id=\"articles\">The articles in full</h2>\n"
           "<p>Text also found in another article is <mark class=\"v\">marked</mark> and followed by "
           "where it was found, in brackets: verbatim (solid underline), edited (dashed) or "
           "paraphrased (dotted). Page furniture (newsletter prompts, appeals, captions) is shown "
           "grey and labelled.</p>\n";
    // Claims one article alone makes, by article: listed under it.
    std::vector<std::vector<const Claim*>> unique(a.corpus.articles.size());
    for (const Claim& cl : a.claims) {
        const int art = sole_article(cl);
        if (art >= 0 && static_cast<std::size_t>(art) >= first && static_cast<std::size_t>(art) < last)
            unique[static_cast<std::size_t>(art)].push_back(&cl);
    }
    for (std::size_t i = first; i < last; ++i) {
        const int ii = static_cast<int>(i);
        const Article& art = c.article(ii);
        const std::string anchor = article_anchor(art.id);
        // Titles repeat in a large story (pickups keep the wire's headline): the section's name adds
        // the line under it (outlet, date, id), so every landmark is told apart.
        out += "<section class=\"article\" aria-labelledby=\"" + anchor + " " + anchor + "-meta\">\n<h3 id=\"" +
               anchor + "\">" + html_escape(art.title.empty() ? art.id : art.title) + "</h3>\n<p class=\"meta\" id=\"" +
               anchor + "-meta\">" +
               html_escape(art.outlet);
        if (!art.date.empty()) out += ", " + html_escape(art.date);
        if (!art.byline.empty()) out += ", by " + html_escape(art.byline);
        // The outlet's metadata, only what the corpus gives ("country: Atlantis · lean: left").
        if (const std::string m = outlet_metadata_line(art); !m.empty()) out += ". " + html_escape(m);
        out += ". Article " + html_escape(art.id);
        // Only web addresses become links: a corpus could carry "javascript:…", which escaping
        // alone would leave clickable.
        if (art.url.rfind("https://", 0) == 0 || art.url.rfind("http://", 0) == 0)
            out += ", <a href=\"" + html_escape(art.url) + "\">original</a>";
        else if (!art.url.empty())
            out += ", source address " + html_escape(art.url);
        if (i < a.articles.size()) {
            const ArticleAnalysis& aa = a.articles[i];
            out += ". " + std::to_string(aa.word_count) + " words: " + percent(aa.label_share[0]) +
                   " verbatim, " + percent(aa.label_share[1]) + " edited, " + percent(aa.label_share[2]) +
                   " paraphrased, " + percent(aa.label_share[3]) + " original, " +
                   percent(aa.label_share[4]) + " page furniture";
        }
        out += ". <a class=\"app\" href=\"" + html_escape(c.app_href("view=reader&article=" + hash_encode(art.id))) +
               "\">read it in the app</a></p>\n<article class=\"text\" aria-label=\"" +
               html_escape(art.title.empty() ? art.id : art.title) + "\">\n";
        write_text(out, c, ii);
        out += "</article>\n";
        const auto& u = unique[i];
        out += "<h4 id=\"" + anchor + "-claims\">Claims only this article makes</h4>\n";
        if (u.empty()) {
            out += "<p class=\"none\">None: every claim it makes is made elsewhere too.</p>\n";
        } else {
            out += "<ul>\n";
            for (const Claim* cl : u) {
                // On a paged report this list is the claim's home (its anchor), else the table is.
                const std::string id = std::to_string(cl->id);
                if (c.claim_file.at(cl->id) == c.page && c.paged)
                    out += "<li id=\"claim-" + id + "\">Claim " + id + ": " + html_escape(cl->label) +
                           " <a class=\"app\" href=\"" + html_escape(c.app_href("view=claims&claim=" + id)) +
                           "\">claim " + id + " in the app</a></li>\n";
                else
                    out += "<li><a href=\"" + html_escape(c.href_claim(cl->id)) + "\">Claim " + id +
                           "</a>: " + html_escape(cl->label) + "</li>\n";
            }
            out += "</ul>\n";
        }
        out += "</section>\n";
    }
    out += "</section>\n";
}

} // namespace wiretrace::report
