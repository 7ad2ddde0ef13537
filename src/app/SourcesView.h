// SourcesView.h — every article of the corpus: outlet, title, date, byline, words.
#pragma once

#include "Theme.h"
#include "View.h"

namespace wiretrace {

class SourcesView : public View {
public:
    explicit SourcesView(const Theme& theme) : theme_(theme) {}
    const char* name() const override { return "sources"; }
    const char* title() const override { return "Sources"; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;

private:
    const Theme& theme_;
    int rows_shown_ = 0;
};

} // namespace wiretrace
