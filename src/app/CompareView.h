// CompareView.h — two or more articles side by side (Juxta-style): the base article first, each
// other article's shared text tinted, word-level differences of edited passages marked (words a
// column adds on a yellow marker, words it drops struck through in the base), aligned passages
// of neighbouring columns joined by bands across the gutter, passages that moved drawn as moves,
// and scrolling linked: scrolling one column brings the others to the matching place.
#pragma once

#include "TextCanvas.h"
#include "Theme.h"
#include "View.h"
#include "core/span_index.h"

#include <array>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace wiretrace {

class CompareView : public View {
public:
    explicit CompareView(const Theme& theme) : theme_(theme) {}
    const char* name() const override { return "compare"; }
    const char* title() const override { return "Compare"; }
    // Indexes the stored pairs and the shared text a slice per frame (Preparation.h).
    double prepare(const Analysis& analysis, const AppState& state, double budget_ms) override;
    const Preparation* preparation() const override { return &prep_; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    // The text the first column shares with the others side by side, one row per linked span.
    std::string table_csv(const Analysis& analysis) const override;

private:
    // One column: an article, its styled layout, and where it is on screen this frame.
    struct Column {
        int article = -1;
        std::vector<ByteSpan> paragraphs;
        std::vector<StyledSpan> styled;
        std::vector<RunStyle> looks;
        TextCanvas canvas;
        float lines_top = 0;   // screen y of line 0 at scroll 0
        float scroll = 0;
        float view_top = 0, view_bottom = 0, left = 0, right = 0;
        float expected_scroll = -1; // what this view last set or saw; a difference is the user
        float pending_scroll = -1;  // applied before the column's next Begin
    };
    // A band between neighbouring columns: alignment `alignment` joins column `left` and left+1.
    struct Link {
        int left = 0;
        int alignment = -1;
        ByteSpan left_span, right_span;
        ReuseKind kind = ReuseKind::Verbatim;
        bool moved = false;
    };

    void add_stages(const Analysis& analysis); // prep_'s stages, once per analysis
    void prepare_columns(const Analysis& analysis, const std::vector<int>& articles);
    void style_column(const Analysis& analysis, Column& c, bool base);
    void draw_toolbar(const Analysis& analysis, const AppState& state, AppState& next);
    void draw_column(const Analysis& analysis, const AppState& state, int i, ImVec2 size, AppState& next);
    void draw_links(ImDrawList* dl, float gutter_left, float gutter_right, int left) const;
    void link_scrolling(int driver);
    float line_y(const Column& c, std::uint32_t offset) const;
    // Pairs the analysis stored no alignment for are aligned on demand (core align_pair) and
    // kept: the JSON holds each article's nearest sources only, any pair can be compared.
    bool align_missing_pairs(const Analysis& analysis, const std::vector<int>& articles);
    const Alignment& alignment_at(const Analysis& analysis, int index) const;
    std::uint32_t anchor_offset(const Column& c) const;

    const Theme& theme_;
    const Analysis* model_for_ = nullptr;
    Preparation prep_;
    std::unique_ptr<SpanIndexBuilder> spans_builder_; // while preparing: spans_ in the making
    SpanIndex spans_;
    std::set<std::pair<int, int>> stored_pairs_;                    // pairs with stored alignments
    std::map<std::pair<int, int>, std::vector<Alignment>> computed_; // pair → its alignments
    std::vector<Alignment> extra_;                                   // computed_, flattened
    int on_demand_shown_ = 0; // pairs of the shown columns aligned on demand (hook)
    std::vector<int> shown_; // article indices of the columns, base first
    ThemeMode prepared_theme_ = ThemeMode::Light;
    std::vector<Column> columns_;
    std::vector<Link> links_;
    int moves_ = 0;
    bool narrow_ = false;
    int per_row_ = 1;                       // panes side by side in a row (the rest wrap below)
    std::vector<std::array<float, 4>> panes_; // per column: x, y, w, h as last drawn (the hook)
    // Focus on state.span_begin: done once per change of articles or span.
    std::vector<int> focused_for_;
    std::optional<std::uint32_t> focused_span_;
    bool focus_pending_ = false;
    // What the hook reports.
    std::vector<std::string> shown_ids_;
    bool has_focus_ = false;
    SharedSpan focus_;
};

} // namespace wiretrace
