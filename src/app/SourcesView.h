// SourcesView.h — every article of the corpus: outlet, title, date, byline, words, where its
// text came from (a provenance bar) and how much of it is shared with a chosen base article;
// sortable by each column, arrow keys move the selection, Enter reads it.
#pragma once

#include "Theme.h"
#include "View.h"

#include <vector>

namespace wiretrace {

class SourcesView : public View {
public:
    explicit SourcesView(const Theme& theme) : theme_(theme) {}
    const char* name() const override { return "sources"; }
    const char* title() const override { return "Sources"; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    std::string table_csv(const Analysis& analysis) const override;

private:
    void build_cache(const Analysis& analysis);
    void compute_reuse_against(const Analysis& analysis, int base);
    void sort_rows(const Analysis& analysis, const ImGuiTableSortSpecs& specs);
    void draw_provenance_bar(const Analysis& analysis, int article, float width, float height);

    const Theme& theme_;
    const Analysis* cached_for_ = nullptr;
    std::vector<int> rows_;                       // article indices in display order
    std::vector<std::vector<int>> alignments_of_; // per article: indices into analysis.alignments
    std::vector<double> story_bytes_;             // text bytes minus boilerplate
    int base_ = -1;                               // article the reuse column compares against
    std::vector<double> reuse_share_;             // per article: share of its story found in base_
    bool resort_ = true;
    int scroll_to_row_ = -1; // a keyboard move scrolls the newly selected row into view
};

} // namespace wiretrace
