// ClaimsView.h — the claim × outlet matrix: for every claim, whether each outlet states it, states
// it differently (a changed number, altered quote wording, another attribution, a hedge) or omits
// it. Filters for claim type, "differences only" and "unique to one outlet"; a click on a cell
// opens that sentence in Reader, a click on a claim lists every outlet's wording.
#pragma once

#include "Theme.h"
#include "View.h"

#include <map>
#include <string>
#include <vector>

namespace wiretrace {

class ClaimsView : public View {
public:
    explicit ClaimsView(const Theme& theme) : theme_(theme) {}
    const char* name() const override { return "claims"; }
    const char* title() const override { return "Claims"; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    std::string table_csv(const Analysis& analysis) const override;

private:
    // What one outlet does with one claim.
    struct Cell {
        int mention = -1;   // first mention by this outlet (index into Claim::mentions), -1: omits
        unsigned kinds = 0; // bit per DifferenceKind its mentions take part in
    };

    void build_cache(const Analysis& analysis);
    void apply_filters(const Analysis& analysis);
    void draw_filters();
    void draw_legend();
    void draw_cell(const Analysis& analysis, const Claim& claim, int column, const Cell& cell,
                   AppState& next);
    void draw_claim_details(const Analysis& analysis, const Claim& claim, AppState& next);
    const Cell& cell(int claim, int column) const {
        return cells_[static_cast<std::size_t>(claim) * outlets_.size() + static_cast<std::size_t>(column)];
    }
    void remember_control(const char* name);

    const Theme& theme_;
    const Analysis* cached_for_ = nullptr;
    std::vector<std::string> outlets_;  // matrix columns: distinct outlets, first-seen order
    std::vector<int> outlet_article_;   // an article of each outlet, for its colour
    std::vector<int> column_of_article_;
    std::vector<Cell> cells_;           // claims × outlets
    std::vector<unsigned> claim_kinds_; // per claim: union of its difference kinds
    std::vector<int> claim_outlets_;    // per claim: how many outlets state it

    // Filters (visual state: not in the URL) and the rows they leave, rebuilt only on change.
    int type_filter_ = -1; // -1 all, else a ClaimType
    bool differences_only_ = false;
    bool unique_only_ = false;
    bool filters_dirty_ = true;
    std::vector<int> rows_; // indices into analysis.claims
    std::size_t differences_shown_ = 0;

    int details_claim_ = -1;            // claim whose wording popup is open
    std::optional<int> scrolled_to_claim_; // the deep-linked claim already brought into view
    std::map<std::string, std::vector<float>> controls_;
};

} // namespace wiretrace
