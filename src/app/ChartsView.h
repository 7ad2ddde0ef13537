// ChartsView.h — six charts drawn with ImGui's draw lists (no plotting library is packaged for
// this build): (a) provenance shares per outlet as stacked bars, (b) the sources tree as a graph,
// (c) each quantity claim's values per outlet on a common unit, (d) which sources each outlet
// cites and how often, (e) the overlap matrix of every pair of articles (OverlapChart.h), (f) the
// publication timeline (TimelineChart.h). Each has axes or labels, a legend, and a tooltip on hover or tap.
#pragma once

#include "OverlapChart.h"
#include "TimelineChart.h"
#include "Theme.h"
#include "View.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wiretrace {

class ChartsView : public View {
public:
    explicit ChartsView(const Theme& theme) : theme_(theme), overlap_(theme), timeline_(theme) {}
    const char* name() const override { return "charts"; }
    const char* title() const override { return "Charts"; }
    // Builds the charts' data a slice per frame (Preparation.h).
    double prepare(const Analysis& analysis, const AppState& state, double budget_ms) override;
    const Preparation* preparation() const override { return &prep_; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    std::optional<FileDownload> take_download() override;

    // The charts in the order drawn; chart_csv(k) is chart k's data as drawn (ChartsCsv.cpp).
    static constexpr int kCharts = 6;
    static const char* const kChartNames[kCharts]; // file names: wiretrace-chart-<name>.csv
    std::string chart_csv(const Analysis& analysis, int chart) const;

private:
    struct OutletShares {
        std::string outlet;
        int article = -1;   // an article of the outlet: its colour
        int articles = 0;
        double share[5] = {0, 0, 0, 0, 0}; // byte-weighted mean of its articles' label shares
    };
    // An article and its most likely source (Analysis::sources), as the graph draws it.
    struct SourceLink {
        int from = -1, to = -1; // source → article
        double share = 0;       // of `to`'s story bytes found in `from`
        bool direction_known = true;
    };
    struct GraphEdge {
        int from_node = 0, to_node = 0;
        const SourceLink* edge = nullptr;
    };
    // One distinct figure of a claim and who gives it: a lane per value, not per article, so
    // 1,000 pickups of one figure are one lane with a count.
    struct ValueLane {
        Quantity quantity;         // as the first article to give it wrote it
        std::vector<int> mentions; // indices into the claim's mentions, corpus order
        int outlets = 0;           // distinct outlets among them
    };
    struct QuantityRow {
        int claim = -1;
        std::string unit;
        double low = 0, high = 0;     // axis range on the axis_position() scale, padded
        std::vector<ValueLane> lanes; // most articles first, at most kMaxValueLanes
        int other_values = 0;         // lanes not drawn, and the articles in them
        int other_articles = 0;
    };
    // An outlet whose articles are other articles' most likely source (the large-corpus form of
    // the graph: counts per outlet, not one arrow per article).
    struct SourceOutlet {
        int outlet = -1;   // index into outlets_
        int articles = 0;  // articles whose source is one of this outlet's
        int same_outlet = 0; // of which the outlet's own (an update, a re-run)
        std::vector<std::pair<int, int>> takers; // (outlet, articles), most first
    };
    struct Citations {
        std::string source;
        int total = 0;
        std::vector<int> per_outlet; // parallel to outlets_
    };

    void add_stages(const Analysis& analysis); // prep_'s stages, once per analysis
    void draw_outlet_key();
    void draw_provenance_bars();
    void draw_sources_graph(const Analysis& analysis, AppState& next);
    void draw_source_outlets();
    void draw_quantities(const Analysis& analysis);
    void draw_attributions();
    // Hover on a mouse, tap on a touch screen: a tapped item keeps its tooltip until the next tap.
    bool tooltip_wanted(const std::string& key, bool hovered);
    // The export button on chart k's header (titled `title`): asks for the download after the frame.
    void draw_export_button(const Analysis& analysis, int chart, const char* title);

    const Theme& theme_;
    OverlapChart overlap_; // (e) how much of each article each other article carries
    TimelineChart timeline_; // (f) when the articles were published
    const Analysis* cached_for_ = nullptr;   // the data below is whole and for this analysis
    Preparation prep_;
    // While preparing: outlet name -> index in outlets_, bytes per outlet, citations by name.
    std::map<std::string, int> outlet_index_;
    std::vector<double> outlet_bytes_;
    std::map<std::string, Citations> citations_by_source_;
    std::vector<OutletShares> outlets_;
    std::vector<int> outlet_of_article_;
    std::vector<int> graph_nodes_; // article indices, ordered by date
    std::vector<SourceLink> graph_links_; // what graph_edges_ point into
    std::vector<GraphEdge> graph_edges_;
    // More articles in the graph than a circle can name: drawn as source_outlets_ instead.
    bool graph_by_outlet_ = false;
    std::vector<SourceOutlet> source_outlets_; // most articles first
    int sourced_articles_ = 0;  // articles with a source in the corpus
    int unsourced_articles_ = 0; // the rest (a wire they credit, or unknown: the Sources tree)
    std::vector<QuantityRow> quantity_rows_;
    std::vector<Citations> citations_;
    int hidden_quantity_rows_ = 0; // claims with figures beyond the drawn rows
    int max_citations_ = 1;
    std::string pinned_;        // key of the item whose tooltip a tap pinned
    bool pin_hit_this_frame_ = false;
    bool provenance_stacked_ = false; // outlet names over their bars (they did not fit beside)
    int provenance_labels_cut_ = 0;   // names drawn ending in "…"
    std::optional<FileDownload> pending_download_;
    std::array<std::array<float, 4>, kCharts> export_buttons_{}; // x, y, w, h as last drawn (the hook)
};

} // namespace wiretrace
