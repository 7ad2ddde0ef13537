// AppShell.h — owns the analysis, the app state and the views, and draws the frame around them
// (title bar with export and theme buttons, view tabs), plus the app-wide keyboard shortcuts and
// touch scrolling. Platform code (main_web.cpp) calls draw() once per frame and
// apply_requested_changes() after it; what the shell needs from the browser (a file download)
// it asks through ShellPlatform, so this file stays free of Emscripten.
#pragma once

#include "AppState.h"
#include "NoteStore.h"
#include "Theme.h"
#include "UserArticles.h"
#include "View.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wiretrace {

// How far the page has read the embedded analysis (main_web.cpp decodes it a slice per frame,
// core/analysis_binary.h). Sources opens as soon as its sections are read; the other views wait
// for the whole analysis and show this progress meanwhile.
struct LoadProgress {
    std::string section;        // the section being read ("passages", "claims", …)
    double fraction = 0;        // of the analysis's bytes, 0..1
    bool sources_ready = false; // corpus, articles, sources and passages are complete
};

struct ShellPlatform {
    // Offers `content` to the user as a file download named `filename`.
    std::function<void(const std::string& filename, const std::string& mime,
                       const std::string& content)>
        download;
    // Keeps the theme the user picked ("dark" or "light") for the next visit.
    std::function<void(const char* theme)> remember_theme;
    // Opens the page's "Add articles" dialog (web/add_articles.js).
    std::function<void()> add_articles;
    // Keeps the user's notes (user_notes_to_json) for the next visit.
    std::function<void(const std::string& stored)> remember_notes;
};

class AppShell {
public:
    // `load_error` non-empty means the analysis could not be read: the shell shows the message.
    AppShell(Analysis analysis, std::string load_error, Theme& theme, ShellPlatform platform = {});

    void draw();
    // Applies what views requested during the frame. Returns true when the state changed
    // (the caller redraws and updates the URL hash).
    bool apply_requested_changes();

    const AppState& state() const { return state_; }
    const Analysis& analysis() const { return analysis_; }
    // The analysis the page's loader fills while loading is set (and only then): sections
    // already read never change again, so a view that drew from them keeps its caches.
    Analysis& analysis_to_fill() { return analysis_; }
    // Loading in progress (progress shown, views gated), or done (nullopt).
    void set_loading(std::optional<LoadProgress> progress) { loading_ = std::move(progress); }
    bool loading() const { return loading_.has_value(); }
    // The open view is still preparing (Preparation.h): the platform keeps drawing frames.
    bool preparing() const { return preparing_; }
    // How long a view may prepare per frame, in ms (the page may set it smaller for a test).
    void set_prepare_slice_ms(double ms) { prepare_slice_ms_ = ms; }
    // Work the frame did before draw() (reading the analysis, in ms): a view's preparation gets
    // what is left of its slice, so the two together stay within one slice (at 10,000 articles
    // a read slice and a Sources slice in one frame made tasks of 100 ms and more).
    void set_frame_work_ms(double ms) { frame_work_ms_ = ms; }
    // The view the state names has drawn (what the hook's "ready" means, before the first frame
    // is counted).
    bool drew_requested_view() const { return load_error_.empty() && view_drawn_ == state_.view; }
    // The analysis could not be read: the shell shows the message instead of the views.
    void set_load_error(std::string message) { load_error_ = std::move(message); }
    // A line over the views until dismissed (a replacement analysis that could not be read).
    void set_notice(std::string message) { notice_ = std::move(message); }
    void set_state(AppState s); // from the URL hash; ids that do not exist are dropped (and
                                // named on the page: a link to a reader's own articles on
                                // another device)
    // Shows another analysis in place of this one (the reader's own articles, analysed by the
    // page's worker): the views start afresh on it, the state is kept where its articles still
    // exist, or `restore` (a deep link that named articles only the new analysis has) is applied.
    void replace_analysis(Analysis analysis, std::vector<std::string> user_ids,
                          const std::optional<AppState>& restore = std::nullopt);
    const UserArticles& user_articles() const { return user_articles_; }
    // JSON for window.wiretrace.state(): ready, articles, view, selected, theme, the title bar's
    // control rectangles, each view's report, and whatever the platform adds in `extra`.
    // Without `views` (window.wiretrace.status()) the notes' and the current view's reports are
    // left out: a view's report can take seconds at 10,000 articles (Claims lists its rows'
    // articles), which a benchmark polling once per frame cannot afford.
    std::string state_json(bool first_frame_drawn, const nlohmann::json& extra = {},
                           bool views = true) const;

    // The system colour scheme changed: follow it unless the user picked a theme in the page.
    void follow_system_theme(bool dark);
    // The theme the user picked on an earlier visit: applied, and the system's scheme no longer
    // followed, as if the button had just been pressed.
    void restore_theme_choice(ThemeMode mode);

    // The exports behind the title bar's buttons (also callable from the page's JS).
    void export_current_table() const;
    void export_analysis_json() const;
    // The articles shown, as JSON Lines in the documented corpus format (corpus.h): what
    // `wiretrace analyze` and WIRETRACE_CORPUS read, the reader's own articles included.
    void export_corpus_jsonl() const;
    void export_notes() const; // every note, as core/user_notes.h's notes_csv

    // The notes kept on an earlier visit (the platform reads them); returns what is wrong, if anything.
    std::string restore_notes(std::string_view stored) { return notes_.restore(stored); }

private:
    View* find_view(const std::string& name) const;
    std::string note_key_for_state(const AppState& s) const; // the item a link's note is about
    bool view_has_data(const View& v) const;
    double prepare_view(View& v); // a slice of its preparation; below 1 until it may draw
    double preparing_fraction(const View& v) const;
    std::string preparing_stage(const View& v) const;
    static constexpr double kLayingOut = 0.999; // prepared, drawn on the next frame
    bool laying_out_ = false;
    void draw_title_bar();
    void make_views();
    void handle_shortcuts();
    void scroll_by_touch();
    void remember_control(const char* name); // records the last item's rectangle for the hook

    Analysis analysis_;
    std::string load_error_;
    std::string notice_;
    std::optional<LoadProgress> loading_;
    // The corpus size theme_'s outlet colours were numbered for (SIZE_MAX: not yet, or another
    // analysis): numbered once the corpus is read, before a view draws.
    std::size_t outlets_numbered_for_ = SIZE_MAX;
    Theme& theme_;
    ShellPlatform platform_;
    NoteStore notes_; // before views_: they hold a reference to it
    AppState state_;
    AppState requested_;
    std::vector<std::unique_ptr<View>> views_;
    bool view_changed_by_state_ = false; // tell the tab bar which tab to show
    bool preparing_ = false;             // the open view was still preparing last frame
    // A view's preparation per frame: with the frame's reading of the analysis (20 ms) and its
    // drawing it keeps each task well under issue 9's 100 ms, on a loaded machine too.
    double prepare_slice_ms_ = 20;
    double frame_work_ms_ = 0;
    std::string view_drawn_;             // the view whose draw() ran last (the hook's "ready")
    bool theme_chosen_by_user_ = false;
    bool touch_scrolling_ = false;
    std::map<std::string, std::vector<float>> controls_; // name -> x, y, w, h in CSS pixels
    UserArticles user_articles_;
    std::vector<std::string> missing_articles_; // named by the last link, not in the analysis
};

} // namespace wiretrace
