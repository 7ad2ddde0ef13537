// charts.cpp — the charts as inline SVG (role img, <title> and <desc>), each followed by a data
// table holding every number it draws: (a) how each outlet's text divides by origin, (b) how
// many claims each outlet states and how many of its versions depart from the reference.

#include "report_context.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>

namespace wiretrace::report {

namespace {

constexpr std::size_t kMaxBars = 30; // beyond this a chart is a smear; the table has every row
const char* const kKeys[5] = {"v", "e", "p", "o", "f"};
const char* const kNames[5] = {"verbatim", "edited", "paraphrased", "original", "page furniture"};

std::string num(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.1f", v);
    return b;
}

// A label cut to fit the chart's name column (whole code points).
std::string clip(const std::string& s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    std::size_t e = max_bytes;
    while (e > 0 && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) --e;
    return s.substr(0, e) + "…";
}

// Outlets in the chart: the most articles first, at most kMaxBars.
std::vector<int> charted(const Context& c) {
    std::vector<int> o(c.outlets.size());
    for (std::size_t i = 0; i < o.size(); ++i) o[i] = static_cast<int>(i);
    std::stable_sort(o.begin(), o.end(), [&](int x, int y) {
        return c.outlet_articles[static_cast<std::size_t>(x)] > c.outlet_articles[static_cast<std::size_t>(y)];
    });
    if (o.size() > kMaxBars) o.resize(kMaxBars);
    return o;
}

} // namespace

void write_charts(std::string& out, const Context& c) {
    const Analysis& a = c.analysis;
    const std::size_t n_out = c.outlets.size();
    out += "<section aria-labelledby=\"charts\">\n<h2 id=\"charts\">Charts</h2>\n<p><a class=\"app\" href=\"" +
           html_escape(c.app_href("view=charts")) + "\">Charts in the app</a></p>\n";

    // (a) Provenance per outlet: byte-weighted over its articles, as the app's chart.
    std::vector<std::array<double, 5>> share(n_out, std::array<double, 5>{0, 0, 0, 0, 0});
    std::vector<double> bytes(n_out, 0);
    for (std::size_t i = 0; i < a.corpus.articles.size() && i < a.articles.size(); ++i) {
        const auto o = static_cast<std::size_t>(c.outlet_of[i]);
        const double b = static_cast<double>(a.corpus.articles[i].text.size());
        for (int k = 0; k < 5; ++k) share[o][static_cast<std::size_t>(k)] += a.articles[i].label_share[k] * b;
        bytes[o] += b;
    }
    for (std::size_t o = 0; o < n_out; ++o)
        for (double& s : share[o]) s /= std::max(bytes[o], 1.0);
    const std::vector<int> bars = charted(c);
    const double name_w = 230, bar_w = 440, row_h = 26, top = 34;
    const double height = top + row_h * static_cast<double>(bars.size()) + 8;
    out += "<h3 id=\"chart-origin\">Where each outlet&rsquo;s text comes from</h3>\n<figure>\n"
           "<svg role=\"img\" aria-labelledby=\"chart-origin-title chart-origin-desc\" viewBox=\"0 0 " +
           num(name_w + bar_w + 10) + " " + num(height) + "\" width=\"" + num(name_w + bar_w + 10) + "\">\n"
           "<title id=\"chart-origin-title\">Where each outlet&rsquo;s text comes from</title>\n"
           "<desc id=\"chart-origin-desc\">Stacked bars, one per outlet";
    if (bars.size() < n_out) out += " (the " + std::to_string(bars.size()) + " with the most articles)";
    out += ": the share of its text that is verbatim, edited or paraphrased from another article, "
           "original, or page furniture. The table below gives every number.</desc>\n";
    double lx = 0;
    for (int k = 0; k < 5; ++k) { // the key, in words (about 6.6 units a character at 12 px)
        out += "<rect class=\"sw-" + std::string(kKeys[k]) + "\" x=\"" + num(lx) + "\" y=\"6\" width=\"12\" height=\"12\"/>"
               "<text x=\"" + num(lx + 16) + "\" y=\"16\">" + kNames[k] + "</text>\n";
        lx += 16 + 6.6 * static_cast<double>(std::string(kNames[k]).size()) + 14;
    }
    for (std::size_t r = 0; r < bars.size(); ++r) {
        const auto o = static_cast<std::size_t>(bars[r]);
        const double y = top + row_h * static_cast<double>(r);
        out += "<text x=\"0\" y=\"" + num(y + 16) + "\">" + html_escape(clip(c.outlets[o], 34)) + "</text>\n";
        double x = name_w;
        for (int k = 0; k < 5; ++k) {
            const double w = bar_w * share[o][static_cast<std::size_t>(k)];
            if (w <= 0) continue;
            out += "<rect class=\"sw-" + std::string(kKeys[k]) + "\" x=\"" + num(x) + "\" y=\"" + num(y + 3) +
                   "\" width=\"" + num(w) + "\" height=\"" + num(row_h - 8) + "\"><title>" +
                   html_escape(c.outlets[o]) + ": " + kNames[k] + " " + percent(share[o][static_cast<std::size_t>(k)]) +
                   "</title></rect>\n";
            x += w;
        }
    }
    out += "</svg>\n<figcaption>The same numbers as a table:</figcaption>\n</figure>\n"
           "<div class=\"scroll\" role=\"region\" aria-labelledby=\"table-origin\" tabindex=\"0\">\n"
           "<table class=\"stack\">\n<caption id=\"table-origin\">Share of each outlet&rsquo;s text by origin</caption>\n"
           "<thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\" class=\"num\">Articles</th>";
    for (int k = 0; k < 5; ++k)
        out += "<th scope=\"col\" class=\"num\"><span class=\"key " + std::string(kKeys[k]) + "\"></span>" + kNames[k] + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t o = 0; o < n_out; ++o) {
        out += "<tr><th scope=\"row\">" + html_escape(c.outlets[o]) + "</th><td class=\"num\" data-label=\"Articles\">" +
               std::to_string(c.outlet_articles[o]) + "</td>";
        for (int k = 0; k < 5; ++k)
            out += "<td class=\"num\" data-label=\"" + std::string(kNames[k]) + "\">" + percent(share[o][static_cast<std::size_t>(k)]) + "</td>";
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</div>\n";

    // (b) Claims stated and differences per outlet.
    std::vector<std::set<int>> stated(n_out);
    std::vector<int> departs(n_out, 0);
    for (const Claim& cl : a.claims) {
        for (const ClaimMention& m : cl.mentions) stated[static_cast<std::size_t>(c.outlet_of[static_cast<std::size_t>(m.article)])].insert(cl.id);
        for (const ClaimDifference& d : cl.differences)
            departs[static_cast<std::size_t>(c.outlet_of[static_cast<std::size_t>(cl.mentions[static_cast<std::size_t>(d.mention)].article)])]++;
    }
    std::size_t most = 1;
    for (const auto& s : stated) most = std::max(most, s.size());
    const double pair_h = 34, top2 = 30;
    const double height2 = top2 + pair_h * static_cast<double>(bars.size()) + 8;
    out += "<h3 id=\"chart-claims\">Claims and differences per outlet</h3>\n<figure>\n"
           "<svg role=\"img\" aria-labelledby=\"chart-claims-title chart-claims-desc\" viewBox=\"0 0 " +
           num(name_w + bar_w + 10) + " " + num(height2) + "\" width=\"" + num(name_w + bar_w + 10) + "\">\n"
           "<title id=\"chart-claims-title\">Claims and differences per outlet</title>\n"
           "<desc id=\"chart-claims-desc\">Two bars per outlet: how many claims it states (upper bar) and "
           "how many of its versions depart from the reference (lower bar), each with its number "
           "written after it. The table below gives every number.</desc>\n"
           "<rect class=\"sw-o\" x=\"" + num(name_w) + "\" y=\"6\" width=\"12\" height=\"12\"/><text x=\"" + num(name_w + 16) +
           "\" y=\"16\">claims stated</text>\n<rect class=\"sw-d\" x=\"" + num(name_w + 140) +
           "\" y=\"6\" width=\"12\" height=\"12\"/><text x=\"" + num(name_w + 156) + "\" y=\"16\">differences</text>\n";
    const double scale = (bar_w - 40) / static_cast<double>(most);
    for (std::size_t r = 0; r < bars.size(); ++r) {
        const auto o = static_cast<std::size_t>(bars[r]);
        const double y = top2 + pair_h * static_cast<double>(r);
        const double w1 = scale * static_cast<double>(stated[o].size());
        const double w2 = scale * departs[o];
        out += "<text x=\"0\" y=\"" + num(y + 18) + "\">" + html_escape(clip(c.outlets[o], 34)) + "</text>\n"
               "<rect class=\"sw-o\" x=\"" + num(name_w) + "\" y=\"" + num(y + 2) + "\" width=\"" + num(w1) +
               "\" height=\"12\"/><text x=\"" + num(name_w + w1 + 4) + "\" y=\"" + num(y + 12) + "\">" +
               std::to_string(stated[o].size()) + "</text>\n<rect class=\"sw-d\" x=\"" + num(name_w) + "\" y=\"" +
               num(y + 16) + "\" width=\"" + num(w2) + "\" height=\"12\"/><text x=\"" + num(name_w + w2 + 4) +
               "\" y=\"" + num(y + 26) + "\">" + std::to_string(departs[o]) + "</text>\n";
    }
    out += "</svg>\n<figcaption>The same numbers as a table:</figcaption>\n</figure>\n"
           "<div class=\"scroll\" role=\"region\" aria-labelledby=\"table-claims\" tabindex=\"0\">\n"
           "<table class=\"stack\">\n<caption id=\"table-claims\">Claims stated and differences per outlet</caption>\n"
           "<thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\" class=\"num\">Claims stated</th>"
           "<th scope=\"col\" class=\"num\">Differences from the reference</th></tr></thead>\n<tbody>\n";
    for (std::size_t o = 0; o < n_out; ++o)
        out += "<tr><th scope=\"row\">" + html_escape(c.outlets[o]) + "</th><td class=\"num\" data-label=\"Claims stated\">" +
               std::to_string(stated[o].size()) + "</td><td class=\"num\" data-label=\"Differences\">" +
               std::to_string(departs[o]) +
               "</td></tr>\n";
    out += "</tbody>\n</table>\n</div>\n</section>\n";
}

} // namespace wiretrace::report
