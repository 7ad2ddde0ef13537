// ClaimsView.h — who changed what: the claim × outlet matrix and, for the claim in focus, the
// consensus wording with every outlet that departs from it, in words.
//
// Each claim has a reference (consensus) version, the one most outlets carry (claims.h). A cell
// is a plain dot when the outlet carries that version, a ring with one glyph per kind of change
// when the outlet departs from it (a changed number, a rewritten quote, the quote given to
// another speaker, another attribution, a hedge, the opposite polarity), a faint point when the
// outlet omits the claim. Only the outlets that changed something are marked: a reader sees at a
// glance the one outlet that rewrote a quote, not five identical icons.
//
// Filters: claim type, kind of change, outlet ("what did the BBC change?"), "Differences only",
// "Unique to one outlet". A click on a claim opens its details below the matrix; a click on a
// cell reads that sentence in Reader.
#pragma once

#include "Theme.h"
#include "NoteStore.h"
#include "View.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wiretrace {

class ClaimsView : public View {
public:
    ClaimsView(const Theme& theme, NoteStore& notes) : theme_(theme), notes_(notes) {}
    const char* name() const override { return "claims"; }
    const char* title() const override { return "Claims"; }
    // Builds the matrix (outlets × claims) a slice per frame (Preparation.h).
    double prepare(const Analysis& analysis, const AppState& state, double budget_ms) override;
    const Preparation* preparation() const override { return &prep_; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    std::string table_csv(const Analysis& analysis) const override;

private:
    // What one outlet does with one claim.
    struct Cell {
        int mention = -1;       // first mention by this outlet (index into Claim::mentions), -1: omits
        unsigned kinds = 0;     // bit per DifferenceKind by which this outlet departs
        bool reference = false; // this outlet's mention is the claim's consensus version
    };

    void add_stages(const Analysis& analysis); // prep_'s stages, once per analysis
    void apply_filters(const Analysis& analysis);
    bool difference_shown(const Analysis& analysis, const Claim& claim, const ClaimDifference& d) const;
    void draw_filters();
    void draw_legend();
    void draw_table(const Analysis& analysis, const AppState& state, AppState& next, float height);
    // A phone's layout: a card per claim (its text on two lines, the outlets' marks under it).
    void draw_cards(const Analysis& analysis, AppState& next, float height, int focus_row, int scroll_row);
    // One outlet's mark for a claim, `width` wide (0: the space left on the line).
    void draw_cell(const Analysis& analysis, const Claim& claim, int column, const Cell& cell,
                   AppState& next, float width = 0);
    void draw_details(const Analysis& analysis, const Claim& claim, AppState& next);
    // The cell of `claim` and `column`: an empty one where that outlet omits the claim.
    const Cell& cell(int claim, int column) const;
    const std::string& outlet_of(const Analysis& analysis, const Claim& claim, int mention) const;
    void remember_control(const char* name);

    const Theme& theme_;
    NoteStore& notes_; // the user's notes (the shell's), shown beside the item and exported
    const Analysis* cached_for_ = nullptr;   // the matrix below is whole and for this analysis
    Preparation prep_;
    std::map<std::string, int> column_by_outlet_; // while preparing: outlet name -> column
    std::vector<std::string> outlets_;  // matrix columns: distinct outlets, first-seen order
    std::vector<int> outlet_article_;   // an article of each outlet, for its colour
    std::vector<int> column_of_article_;
    // Claims × outlets, only where an outlet states the claim: claim c's cells are
    // cells_[cell_begin_[c] .. cell_begin_[c + 1]), by column (cell_columns_). A full matrix
    // was 34,000 claims × 401 outlets at 10,000 articles: 165 MB, zeroed in one 240 ms step.
    std::vector<std::size_t> cell_begin_;
    std::vector<int> cell_columns_;
    std::vector<Cell> cells_;
    std::vector<unsigned> claim_kinds_; // per claim: union of its difference kinds
    std::vector<int> claim_outlets_;    // per claim: how many outlets state it
    std::vector<int> claim_index_by_id_; // claim id → index into analysis.claims (-1: none)

    // Filters (visual state: not in the URL) and the rows they leave, rebuilt only on change.
    int type_filter_ = -1;   // -1 all, else a ClaimType
    int kind_filter_ = -1;   // -1 any, else a DifferenceKind: claims with such a change
    int outlet_filter_ = -1; // -1 all, else a column: claims this outlet states (or changes)
    bool differences_only_ = false;
    bool unique_only_ = false;
    bool filters_dirty_ = true;
    std::vector<int> rows_; // indices into analysis.claims
    std::size_t differences_shown_ = 0;

    std::optional<int> scrolled_to_claim_; // the deep-linked claim already brought into view
    std::optional<int> details_claim_;     // claim id whose details are shown (reported to the hook)
    bool cards_ = false;                   // the phone's cards were drawn, not the matrix
    float scroll_max_x_ = 0;               // how far the claims scroll sideways (0: they fit)
    float details_overflow_ = 0;           // px the details pane's widest line passes its edge
    std::array<float, 4> first_card_{};    // the first card's rectangle, x y w h, for the hook
    std::map<std::string, std::vector<float>> controls_;
};

} // namespace wiretrace
