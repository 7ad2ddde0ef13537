// AppShell.h — owns the analysis, the app state and the views, and draws the frame around them
// (title bar, view tabs). Platform code (main_web.cpp) calls draw() once per frame and
// apply_requested_changes() after it.
#pragma once

#include "AppState.h"
#include "Theme.h"
#include "View.h"

#include <memory>
#include <string>
#include <vector>

namespace wiretrace {

class AppShell {
public:
    // `load_error` non-empty means the analysis could not be read: the shell shows the message.
    AppShell(Analysis analysis, std::string load_error, Theme& theme);

    void draw();
    // Applies what views requested during the frame. Returns true when the state changed
    // (the caller redraws and updates the URL hash).
    bool apply_requested_changes();

    const AppState& state() const { return state_; }
    void set_state(AppState s); // from the URL hash; ids that do not exist are dropped
    // JSON for window.wiretrace.state(): ready, articles, view, selected, and each view's report.
    std::string state_json(bool first_frame_drawn) const;

private:
    View* find_view(const std::string& name) const;

    Analysis analysis_;
    std::string load_error_;
    Theme& theme_;
    AppState state_;
    AppState requested_;
    std::vector<std::unique_ptr<View>> views_;
    bool view_changed_by_state_ = false; // tell the tab bar which tab to show
};

} // namespace wiretrace
