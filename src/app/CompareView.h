// CompareView.h — see issue 5 ("The explorer") for what this view shows.
#pragma once

#include "Theme.h"
#include "View.h"

namespace wiretrace {

class CompareView : public View {
public:
    explicit CompareView(const Theme& theme) : theme_(theme) {}
    const char* name() const override { return "compare"; }
    const char* title() const override { return "Compare"; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;

private:
    const Theme& theme_;
};

} // namespace wiretrace
