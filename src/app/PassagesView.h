// PassagesView.h — text carried by two or more outlets (core Passage), most widely carried and
// longest first: which outlets carry each passage and, for the one selected, how each words it,
// with links to read a member in Reader or compare them all.
#pragma once

#include "Theme.h"
#include "View.h"

#include <vector>

namespace wiretrace {

class PassagesView : public View {
public:
    explicit PassagesView(const Theme& theme) : theme_(theme) {}
    const char* name() const override { return "passages"; }
    const char* title() const override { return "Passages"; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    // Export CSV: one line per passage member, as passages_csv() in core writes it.
    std::string table_csv(const Analysis& analysis) const override;

private:
    // One row: a passage with its distinct outlets (article indices, sorted).
    struct Row {
        int passage = -1;
        std::vector<int> outlets;
        std::uint32_t length = 0; // bytes of its longest member
    };
    void build_rows(const Analysis& analysis);
    void draw_list(const Analysis& analysis, ImVec2 size);
    void draw_members(const Analysis& analysis, AppState& next);

    const Theme& theme_;
    const Analysis* rows_for_ = nullptr; // rows are built once from the Analysis
    std::vector<Row> rows_;
    int selected_row_ = 0;
};

} // namespace wiretrace
