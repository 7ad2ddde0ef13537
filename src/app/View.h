// View.h — one page of the explorer (Sources, Reader, …). Each view lives in its own file, draws
// from the read-only Analysis and the current AppState, and asks for state changes by writing
// into `next` (applied by the shell after the frame). Per-view visual state (scroll positions,
// sort order, caches built once from the Analysis) are members of the view.
#pragma once

#include "AppState.h"
#include "Preparation.h"
#include "core/analysis.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace wiretrace {

// A file a view asks the shell to offer for download (a chart's own CSV).
struct FileDownload {
    std::string filename, mime, content;
};

class View {
public:
    virtual ~View() = default;
    // Stable name used in the URL hash and in window.wiretrace.state().view.
    virtual const char* name() const = 0;
    // Tab label.
    virtual const char* title() const = 0;
    virtual void draw(const Analysis& analysis, const AppState& state, AppState& next) = 0;
    // The view's first-open work on `analysis` (Preparation.h), done for at most about
    // `budget_ms` per call: the shell calls it every frame the view is open and draws the view
    // only once it returns 1 (the fraction done). A view with nothing to prepare is ready at once.
    virtual double prepare(const Analysis& analysis, const AppState& state, double budget_ms) { return 1; }
    // Its preparation, for the progress line and the page's hook (nullptr: none).
    virtual const Preparation* preparation() const { return nullptr; }
    // Called when the state switches to this view, with the state it leaves (Search returns
    // there on Esc).
    virtual void on_open(const AppState& from) {}
    // Adds what this view shows to the JS hook's state (row counts, …).
    virtual void report(nlohmann::json& out) const {}
    // The table this view shows, as CSV, for the title bar's "Export CSV" (rows as filtered and
    // sorted on screen). Empty: the shell exports its default table for the view.
    virtual std::string table_csv(const Analysis& analysis) const { return {}; }
    // A download the view asked for during the frame (a button of its own), handed to the shell
    // once after the frame; none by default.
    virtual std::optional<FileDownload> take_download() { return std::nullopt; }
};

} // namespace wiretrace
