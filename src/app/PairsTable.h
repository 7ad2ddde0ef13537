// PairsTable.h — the aligned passage pairs as a list (TextPAIR's view of a corpus): each stored
// alignment with its two articles, how the text is shared (verbatim, edited, paraphrase), its
// similarity score and both wordings, most similar first, filterable by outlet and by kind.
// A click opens the pair in Compare at that passage. Shown in the Passages view ("Pairs").
//
// The analysis stores alignments for each article's nearest sources only (at most 8), so in a
// large corpus this lists those pairs, not every pair; the line above the list says so.
#pragma once

#include "AppState.h"
#include "Theme.h"
#include "core/analysis.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace wiretrace {

class PairsTable {
public:
    explicit PairsTable(const Theme& theme) : theme_(theme) {}
    void draw(const Analysis& analysis, AppState& next);
    void report(nlohmann::json& out) const;
    // The pairs as listed (filtered and sorted), for Export CSV.
    std::string table_csv(const Analysis& analysis) const;

private:
    void refilter(const Analysis& analysis);

    const Theme& theme_;
    const Analysis* built_for_ = nullptr;
    std::vector<std::string> outlets_; // distinct outlet names, sorted, for the filter
    int outlet_filter_ = -1;           // index into outlets_, -1 for every outlet
    int kind_filter_ = -1;             // a ReuseKind, -1 for every kind
    std::vector<int> rows_;            // indices into Analysis::alignments, as listed
    bool dirty_ = true;
};

} // namespace wiretrace
