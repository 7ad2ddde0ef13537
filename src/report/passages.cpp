// passages.cpp — text carried by several outlets: each passage once, each distinct wording of it
// once with the articles that carry it (identical copies grouped, so a wire paragraph carried by
// 500 outlets costs one quotation, not 500).

#include "report_context.h"

#include <algorithm>
#include <map>

namespace wiretrace::report {

void write_passages(std::string& out, const Context& c, std::size_t first, std::size_t last) {
    const Analysis& a = c.analysis;
    out += "<section aria-labelledby=\"passages\">\n<h2 id=\"passages\">Passages carried by several "
           "outlets</h2>\n<p>Text that appears, word for word or reworded, in more than one article; "
           "each different wording is quoted once, followed by the articles that carry it.</p>\n";
    if (a.passages.empty()) out += "<p>No text is shared between the articles.</p>\n";
    for (std::size_t pi = first; pi < last && pi < a.passages.size(); ++pi) {
        const Passage& p = a.passages[pi];
        const std::string id = "passage-" + std::to_string(p.id);
        // Wordings in order of how many articles carry them, then first appearance.
        std::vector<std::string> wordings;
        std::vector<std::vector<int>> carriers;
        std::map<std::string, std::size_t> index;
        std::vector<int> arts;
        for (const PassageMember& m : p.members) {
            const std::string w(text_of(a, m.article, m.span));
            auto it = index.find(w);
            if (it == index.end()) {
                it = index.emplace(w, wordings.size()).first;
                wordings.push_back(w);
                carriers.emplace_back();
            }
            carriers[it->second].push_back(m.article);
            if (std::find(arts.begin(), arts.end(), m.article) == arts.end()) arts.push_back(m.article);
        }
        std::vector<std::size_t> order(wordings.size());
        for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return carriers[x].size() > carriers[y].size();
        });
        std::vector<int> outlets;
        for (int art : arts) outlets.push_back(c.outlet_of[static_cast<std::size_t>(art)]);
        std::sort(outlets.begin(), outlets.end());
        const auto n_outlets = std::unique(outlets.begin(), outlets.end()) - outlets.begin();
        out += "<section aria-labelledby=\"" + id + "\">\n<h3 id=\"" + id + "\">Passage " +
               std::to_string(p.id) + ": carried by " + std::to_string(arts.size()) + " articles from " +
               std::to_string(n_outlets) + " outlet" + (n_outlets == 1 ? "" : "s") + ", in " +
               std::to_string(wordings.size()) + " wording" + (wordings.size() == 1 ? "" : "s") + "</h3>\n";
        const PassageMember& lead = p.members.front();
        out += "<p><a class=\"app\" href=\"" +
               html_escape(c.app_href("view=passages&article=" + hash_encode(c.article(lead.article).id) +
                                      "&at=" + std::to_string(lead.span.begin))) +
               "\">passage " + std::to_string(p.id) + " in the app</a></p>\n";
        for (std::size_t k : order) {
            out += "<blockquote>" + html_escape(wordings[k]) + "</blockquote>\n<p class=\"meta\">Wording of ";
            const auto& list = carriers[k];
            for (std::size_t j = 0; j < list.size() && j < c.name_cap(); ++j)
                out += (j ? ", " : "") + article_link(c, list[j]);
            if (list.size() > c.name_cap())
                out += " and " + std::to_string(list.size() - c.name_cap()) + " more articles";
            out += "</p>\n";
        }
        out += "</section>\n";
    }
    out += "</section>\n";
}

} // namespace wiretrace::report
