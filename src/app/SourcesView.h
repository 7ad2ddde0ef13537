// SourcesView.h — where each article's text came from, two ways:
//   * the sources tree (Analysis::sources): each article under its most likely source, with the
//     evidence (an earlier article, a wire credit) and "unknown" drawn as unknown. At scale the
//     children of a node are grouped by outlet or by the passage they carry most of, with
//     counts, and long lists are cut with "more…" buttons: 10,000 articles stay a few rows;
//   * every article as a table: outlet, title, date, byline, words, where its text came from (a
//     provenance bar) and how much of it is shared with a chosen base article (through the
//     passages both carry); sortable by each column, arrow keys move the selection, Enter reads it.
#pragma once

#include "Theme.h"
#include "UserArticles.h"
#include "NoteStore.h"
#include "View.h"
#include "core/overlap.h"

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace wiretrace {

class SourcesView : public View {
public:
    SourcesView(const Theme& theme, const UserArticles& user, NoteStore& notes)
        : theme_(theme), user_(user), notes_(notes) {}
    const char* name() const override { return "sources"; }
    const char* title() const override { return "Sources"; }
    // Builds the table's and the tree's caches a slice per frame (Preparation.h).
    double prepare(const Analysis& analysis, const AppState& state, double budget_ms) override;
    const Preparation* preparation() const override { return &prep_; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    std::string table_csv(const Analysis& analysis) const override;

private:
    // A node of the tree that is not an article: a credited wire whose own report is not in
    // the corpus, or a bucket of articles without a known source.
    struct Root {
        std::string label;
        std::string note;
        std::vector<int> children; // articles
        int descendants = 0;
    };

    void add_stages(const Analysis& analysis); // prep_'s stages, once per analysis
    void build_tree(const Analysis& analysis);
    void compute_reuse_against(const Analysis& analysis, int base);
    void sort_rows(const Analysis& analysis, const ImGuiTableSortSpecs& specs);
    void draw_provenance_bar(const Analysis& analysis, int article, float width, float height);
    void draw_tree(const Analysis& analysis, int selected, AppState& next);
    std::string tree_summary(std::size_t articles) const; // the legend with its count
    void draw_children(const Analysis& analysis, const std::string& key,
                       const std::vector<int>& children, int selected, AppState& next, int depth);
    void draw_article_node(const Analysis& analysis, int article, int selected, AppState& next,
                           int depth);
    void draw_group_label(const std::string& title, const std::string& count, bool hovered, float edge);
    void draw_table(const Analysis& analysis, int selected, AppState& next);

    const Theme& theme_;
    const UserArticles& user_; // marked "added by you"
    NoteStore& notes_; // the user's notes (the shell's), shown beside the item and exported
    const Analysis* cached_for_ = nullptr;   // the caches below are whole and for this analysis
    Preparation prep_;
    std::unique_ptr<SharesCarriedByBuilder> shares_; // while preparing: reuse_share_ in the making
    std::vector<int> rows_;                       // article indices in display order
    // Per article: (passage index, its span there), for shares through passages.
    std::vector<std::vector<std::pair<int, ByteSpan>>> passages_of_;
    int base_ = -1;                               // article the reuse column compares against
    std::vector<double> reuse_share_;             // per article: share of its story shared with base_
    bool resort_ = true;
    int scroll_to_row_ = -1; // a keyboard move scrolls the newly selected row into view

    // Tree (built once per Analysis).
    std::vector<std::vector<int>> children_; // per article: articles whose source it is
    std::vector<int> descendants_;           // per article: size of its subtree minus itself
    std::vector<int> main_passage_;          // per article: the passage it carries most of, -1
    std::vector<int> tree_roots_;            // articles without a source that others come from
    std::vector<Root> buckets_;              // wires not in the corpus, unknown, no shared text
    int edges_ = 0;                          // article → article sources
    bool group_by_passage_ = false;          // large lists grouped by passage, not outlet
    std::array<float, 4> table_tab_{}; // the "Table" tab's rectangle, x y w h, for the hook (tests open it)
    std::map<std::string, std::array<float, 4>> read_buttons_; // per row drawn: its "Read" button
    std::map<std::string, std::string> shown_metadata_; // article id -> outlet metadata line drawn
    bool narrow_tree_ = false;         // the tree's phone layout (title and evidence wrapped) was drawn
    nlohmann::json group_rows_ = nlohmann::json::array(); // the group rows drawn (the hook)
    std::string tooltip_;              // a cut group row's whole line, shown while hovered
    bool narrow_table_ = false;        // the table's phone layout (three columns) was drawn
    float table_scroll_max_x_ = 0;     // how far the table scrolls sideways (0: it fits)
    // What a table column sorts by (its ImGui user id, the same in both layouts).
    enum SortColumn { SortOutlet, SortTitle, SortDate, SortByline, SortWords, SortReused, SortBase };
    std::map<std::string, int> shown_;       // per list key: how many entries "more…" revealed
};

} // namespace wiretrace
