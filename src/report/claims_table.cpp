// claims_table.cpp — every claim, the outlets that state it, and each difference in words: its
// kind, the outlet that departs, the two wordings (the consensus one and the departing one).

#include "report_context.h"

#include <algorithm>

namespace wiretrace::report {

namespace {

const char* type_words(ClaimType t) {
    switch (t) {
    case ClaimType::Quote: return "quote";
    case ClaimType::Quantity: return "number";
    case ClaimType::Statement: return "statement";
    }
    return "";
}

std::string wording(const Context& c, const ClaimMention& m) {
    return "<q>" + html_escape(text_of(c.analysis, m)) + "</q>";
}

} // namespace

void write_claims_table(std::string& out, const Context& c) {
    const Analysis& a = c.analysis;
    out += "<section aria-labelledby=\"claims\">\n<h2 id=\"claims\">Claims and differences</h2>\n"
           "<p>Each claim matched across outlets, the outlets that state it and every outlet that "
           "departs from the version most outlets carry (the reference), in words. <a class=\"app\" "
           "href=\"" + html_escape(c.app_href("view=claims")) + "\">Claims in the app</a></p>\n";
    if (a.claims.empty()) {
        out += "<p>No claims were found.</p>\n</section>\n";
        return;
    }
    out += "<div class=\"scroll\" role=\"region\" aria-label=\"Claims table\" tabindex=\"0\">\n<table class=\"stack\">\n"
           "<colgroup><col><col class=\"w-claim\"><col class=\"w-by\"><col class=\"w-diff\"></colgroup>\n"
           "<thead><tr><th scope=\"col\">Number</th><th scope=\"col\">Claim</th><th scope=\"col\">Stated by"
           "</th><th scope=\"col\">Differences from the reference</th></tr></thead>\n<tbody>\n";
    std::size_t elsewhere = 0;
    for (const Claim& cl : a.claims) {
        if (c.claim_file.at(cl.id) != c.page) { // paged: listed under its one article
            ++elsewhere;
            continue;
        }
        const std::string id = std::to_string(cl.id);
        out += "<tr id=\"claim-" + id + "\"><th scope=\"row\">Claim " + id + "</th><td>" + html_escape(cl.label) +
               " <span class=\"meta\">(" + type_words(cl.type) + ")</span><br><a class=\"app\" href=\"" +
               html_escape(c.app_href("view=claims&claim=" + id)) + "\">claim " + id +
               " in the app</a></td><td data-label=\"Stated by\">";
        // Each article once, its outlet named; the reference marked in words.
        std::vector<int> seen;
        std::size_t shown = 0;
        for (std::size_t mi = 0; mi < cl.mentions.size(); ++mi) {
            const int art = cl.mentions[mi].article;
            if (std::find(seen.begin(), seen.end(), art) != seen.end()) continue;
            seen.push_back(art);
            if (shown++ >= c.name_cap()) continue;
            out += (shown > 1 ? ", " : "") + article_link(c, art);
            if (static_cast<int>(mi) == cl.reference) out += " (reference)";
        }
        if (shown > c.name_cap())
            out += " and " + std::to_string(shown - c.name_cap()) + " more articles";
        out += "</td><td data-label=\"Differences\">";
        if (cl.differences.empty() && cl.notes.empty()) {
            out += seen.size() > 1 ? "<span class=\"none\">none: every outlet agrees</span>"
                                   : "<span class=\"none\">stated by one article only</span>";
        } else {
            out += "<ul class=\"diffs\">\n";
            // Differences are sorted by mention: an outlet that changes two things (a number and
            // its attribution) gets both kinds listed, then the two wordings once.
            for (std::size_t di = 0; di < cl.differences.size(); ++di) {
                const ClaimDifference& d = cl.differences[di];
                const ClaimMention& m = cl.mentions[static_cast<std::size_t>(d.mention)];
                const ClaimMention& r = cl.mentions[static_cast<std::size_t>(d.reference)];
                out += "<li><span class=\"kind\">" + std::string(difference_words(d.kind)) + "</span>: " +
                       article_link(c, m.article) + " departs from " + article_link(c, r.article) + ": " +
                       html_escape(d.detail) + ".";
                const bool last_of_mention = di + 1 == cl.differences.size() ||
                                             cl.differences[di + 1].mention != d.mention ||
                                             cl.differences[di + 1].reference != d.reference;
                if (last_of_mention)
                    out += "<br>Reference: " + wording(c, r) + "<br>" + html_escape(article_name(c, m.article)) +
                           ": " + wording(c, m);
                out += "</li>\n";
            }
            for (const ClaimNote& note : cl.notes)
                out += "<li>Note: " + article_link(c, cl.mentions[static_cast<std::size_t>(note.mention)].article) +
                       " " + html_escape(note.detail) + "</li>\n";
            out += "</ul>";
        }
        out += "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</div>\n";
    if (elsewhere)
        out += "<p>" + std::to_string(elsewhere) + " more claims are each made by one article alone; "
               "they are listed under that article, on the pages of articles.</p>\n";
    out += "</section>\n";
}

} // namespace wiretrace::report
