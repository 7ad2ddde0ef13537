// OverlapChart.h — the Charts view's overlap matrix: for every pair of articles, how much of
// the row article's story text the column article carries too (core/overlap.h), in both
// directions, as sim_text's table gives it. A cell's shade and number say the share; hovering
// says it in words, both ways; a click opens the two articles in Compare.
//
// At most kMaxArticles rows (the articles sharing the most text, in date order): a matrix of
// 1,000 articles is a million cells nobody reads. The line above it says which are shown.
#pragma once

#include "AppState.h"
#include "Preparation.h"
#include "Theme.h"
#include "core/overlap.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace wiretrace {

class OverlapChart {
public:
    static constexpr std::size_t kMaxArticles = 24;

    explicit OverlapChart(const Theme& theme) : theme_(theme) {}
    // Adds the matrix's making to the Charts view's preparation: the rows chosen, then a column
    // per step (each reads every passage), then the names. draw() needs it done.
    void add_stages(Preparation& prep, const Analysis& analysis);
    void draw(const Analysis& analysis, AppState& next);
    void report(nlohmann::json& out) const;
    // The matrix as drawn, one row per ordered pair (ChartsCsv.cpp).
    std::string csv(const Analysis& analysis) const;

private:
    void choose_rows(const Analysis& analysis);
    void name_rows(const Analysis& analysis);

    const Theme& theme_;
    const Analysis* built_for_ = nullptr;
    OverlapMatrix matrix_;
    std::unique_ptr<SharesCarriedByBuilder> column_; // while preparing: the column being built
    std::vector<std::string> names_; // row names: number, outlet, "#k" among its outlet's rows
    std::size_t total_articles_ = 0;
    // For the hook: the cell of row 0, column 1, where it was drawn (tests click it).
    bool first_cell_drawn_ = false;
    ImVec2 first_cell_min_, first_cell_max_;
};

} // namespace wiretrace
