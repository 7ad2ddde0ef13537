// SearchView.h — a word or phrase across every article (core/search.h): results with their
// context, keyword-in-context style, plus the reworded places aligned with a hit in another
// outlet (a paraphrase keeps the fact, not the words). Enter or a click opens Reader at the hit;
// arrow keys move through the results; Esc returns to the view Search was opened from.
#pragma once

#include "Theme.h"
#include "View.h"
#include "core/search.h"
#include "core/span_index.h"

#include <memory>
#include <string>
#include <vector>

namespace wiretrace {

class SearchView : public View {
public:
    explicit SearchView(const Theme& theme) : theme_(theme) {}
    const char* name() const override { return "search"; }
    const char* title() const override { return "Search"; }
    void on_open(const AppState& from) override;
    // Builds the word index and the shared-text index a slice per frame: 3.4 s in one task at
    // 10,000 articles before (issue 9). Built once; every query then only looks them up.
    double prepare(const Analysis& analysis, const AppState& state, double budget_ms) override;
    const Preparation* preparation() const override { return &prep_; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    // The results as listed (literal hits, then rewordings).
    std::string table_csv(const Analysis& analysis) const override;

private:
    void run_query(const Analysis& analysis);
    void draw_result(const Analysis& analysis, int i, float row_h, AppState& next);
    std::string result_label(const Analysis& analysis, const SearchHit& h) const;
    void open_in_reader(const Analysis& analysis, int i, AppState& next) const;
    void move_selection(int step); // +1 down, -1 up, kept within the results

    const Theme& theme_;
    const Analysis* index_for_ = nullptr; // the indexes are built once from the Analysis
    SearchIndex index_;
    SpanIndex spans_;
    Preparation prep_;
    std::unique_ptr<SearchIndexBuilder> words_;  // while preparing: index_ in the making
    std::unique_ptr<SpanIndexBuilder> shared_;   // and spans_
    char query_[256] = {};
    std::string searched_;             // the query the results are for
    std::string synced_query_;         // the state's query last taken or given (AppState::query)
    std::vector<SearchHit> hits_;      // literal hits, then reworded ones
    int literal_ = 0;                  // how many of hits_ are literal
    SearchTotals totals_;              // every literal hit, also past kMaxHits
    int reworded_articles_ = 0;        // articles with a reworded result and no literal hit
    int selected_ = 0;
    bool input_active_ = false;        // reported to the hook
    ImVec2 field_min_, field_max_;     // where the query field is, for the hook
    bool focus_input_ = true;          // give the field the keyboard when the view opens
    bool scroll_to_selected_ = false;
    std::string previous_view_;        // where Esc goes back to
};

} // namespace wiretrace
