// ChartsCsv.cpp — each chart's data as CSV, exactly what the chart draws (its rows, its cut-offs),
// for the "Export CSV" button under each chart's header. Fields go through core's csv_field, so
// these files are as safe to open as every other export (export_csv.h): a UTF-8 byte order
// mark, formulas neutralised, control characters removed, shares as fractions with 4 decimals.

#include "ChartsView.h"
#include "core/export_csv.h"
#include "core/quantities.h"
#include "core/timeline.h"

#include <cmath>
#include <cstdio>

namespace wiretrace {

namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string as_csv(const Rows& rows) {
    std::string out = "\xEF\xBB\xBF";
    for (const auto& r : rows) {
        for (std::size_t i = 0; i < r.size(); ++i) {
            if (i) out += ',';
            out += csv_field(r[i]);
        }
        out += "\r\n";
    }
    return out;
}

std::string fraction(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

// As export_csv.cpp writes quantities: no exponent, no trailing zeros.
std::string number_text(double v) {
    char buf[64];
    if (std::fabs(v) >= 1e6 || std::fabs(v - std::round(v)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

const Article& article(const Analysis& a, int i) { return a.corpus.articles[static_cast<std::size_t>(i)]; }

} // namespace

const char* const ChartsView::kChartNames[ChartsView::kCharts] = {"provenance", "sources-graph", "timeline",
                                                                  "overlap",    "numbers",       "citations"};

std::string ChartsView::chart_csv(const Analysis& analysis, int chart) const {
    Rows rows;
    switch (chart) {
    case 0: // (a) provenance per outlet: byte-weighted shares of its articles
        rows.push_back({"outlet", "articles", "verbatim", "edited", "paraphrase", "original", "boilerplate"});
        for (const OutletShares& o : outlets_) {
            std::vector<std::string> r = {o.outlet, std::to_string(o.articles)};
            for (double s : o.share) r.push_back(fraction(s));
            rows.push_back(std::move(r));
        }
        break;
    case 1: // (b) the graph's edges as drawn (strongest first)
        rows.push_back({"article", "outlet", "date", "source_article", "source_outlet", "source_date", "share"});
        for (const GraphEdge& e : graph_edges_) {
            const Article& to = article(analysis, e.edge->to);
            const Article& from = article(analysis, e.edge->from);
            rows.push_back({to.id, to.outlet, to.date, from.id, from.outlet, from.date, fraction(e.edge->share)});
        }
        break;
    case 2: return timeline_.csv(analysis);
    case 3: return overlap_.csv(analysis);
    case 4: // (c) each figure a claim gives, one row per distinct value (lane) as drawn
        rows.push_back({"claim", "label", "unit", "value", "low", "high", "as_written", "articles", "outlets"});
        for (const QuantityRow& q : quantity_rows_) {
            const Claim& c = analysis.claims[static_cast<std::size_t>(q.claim)];
            for (const ValueLane& lane : q.lanes)
                rows.push_back({std::to_string(c.id), c.label, q.unit, format_quantity(lane.quantity),
                                says_when(q.unit) ? "" : number_text(lane.quantity.low),
                                says_when(q.unit) ? "" : number_text(lane.quantity.high),
                                lane.quantity.text, std::to_string(lane.mentions.size()),
                                std::to_string(lane.outlets)});
            if (q.other_values > 0)
                rows.push_back({std::to_string(c.id), c.label, q.unit,
                                std::to_string(q.other_values) + " other values", "", "", "",
                                std::to_string(q.other_articles), ""});
        }
        break;
    case 5: { // (d) sources cited, one column per outlet
        std::vector<std::string> header = {"source", "total"};
        for (const OutletShares& o : outlets_) header.push_back(o.outlet);
        rows.push_back(std::move(header));
        for (const Citations& c : citations_) {
            std::vector<std::string> r = {c.source, std::to_string(c.total)};
            for (int n : c.per_outlet) r.push_back(std::to_string(n));
            rows.push_back(std::move(r));
        }
        break;
    }
    default: return {};
    }
    return as_csv(rows);
}

std::string OverlapChart::csv(const Analysis& analysis) const {
    // Every ordered pair of the matrix's articles: how much of the first's story text the second
    // carries (the cell in the first's row), as the chart's rows and columns show them.
    Rows rows = {{"article", "outlet", "carried_by_article", "carried_by_outlet", "share"}};
    const std::size_t k = matrix_.articles.size();
    for (std::size_t r = 0; r < k; ++r)
        for (std::size_t c = 0; c < k; ++c) {
            if (r == c) continue;
            const Article& a = article(analysis, matrix_.articles[r]);
            const Article& b = article(analysis, matrix_.articles[c]);
            rows.push_back({a.id, a.outlet, b.id, b.outlet, fraction(matrix_.at(r, c))});
        }
    return as_csv(rows);
}

std::string TimelineChart::csv(const Analysis& analysis) const {
    const char* width = timeline_.bin_minutes == 60     ? "hour"
                        : timeline_.bin_minutes == 1440  ? "day"
                        : timeline_.bin_minutes == 10080 ? "week"
                                                         : "30 days";
    Rows rows = {{"from", "bin", "articles", "outlets"}};
    for (const TimelineBin& b : timeline_.bins) {
        std::string outlets;
        for (int i : b.articles) outlets += (outlets.empty() ? "" : "; ") + article(analysis, i).outlet;
        rows.push_back({bin_label(b.start, timeline_.bin_minutes), width, std::to_string(b.articles.size()), outlets});
    }
    if (!timeline_.undated.empty()) {
        std::string outlets;
        for (int i : timeline_.undated) outlets += (outlets.empty() ? "" : "; ") + article(analysis, i).outlet;
        rows.push_back({"undated", "", std::to_string(timeline_.undated.size()), outlets});
    }
    return as_csv(rows);
}

} // namespace wiretrace
