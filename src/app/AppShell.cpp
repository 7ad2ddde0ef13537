// AppShell.cpp — the frame around the views.
//
// [SECTION] Construction and state
// [SECTION] Frame: title bar, tabs
// [SECTION] Keyboard and touch
// [SECTION] Export
// [SECTION] Hook

#include "AppShell.h"

#include "ChartsView.h"
#include "ClaimsView.h"
#include "CompareView.h"
#include "PassagesView.h"
#include "ReaderView.h"
#include "SearchView.h"
#include "SourcesView.h"
#include "core/analysis_json.h"
#include "core/export_csv.h"
#include "core/user_notes.h"

#include <sstream>

#include <imgui.h>
#include <cstdio>
#include <imgui_internal.h> // touch scrolling moves the hovered window, which the public API cannot

namespace wiretrace {

// [SECTION] Construction and state -----------------------------------------------------------

AppShell::AppShell(Analysis analysis, std::string load_error, Theme& theme, ShellPlatform platform)
    : analysis_(std::move(analysis)), load_error_(std::move(load_error)), theme_(theme),
      platform_(std::move(platform)) {
    notes_.save = platform_.remember_notes;
    make_views();
    AppState initial;
    initial.view = views_.front()->name();
    set_state(initial);
    view_changed_by_state_ = true;
}

void AppShell::make_views() {
    views_.clear();
    views_.push_back(std::make_unique<SourcesView>(theme_, user_articles_, notes_));
    views_.push_back(std::make_unique<ReaderView>(theme_, user_articles_, notes_));
    views_.push_back(std::make_unique<CompareView>(theme_));
    views_.push_back(std::make_unique<PassagesView>(theme_, notes_));
    views_.push_back(std::make_unique<ClaimsView>(theme_, notes_));
    views_.push_back(std::make_unique<ChartsView>(theme_));
    views_.push_back(std::make_unique<SearchView>(theme_));
}

void AppShell::replace_analysis(Analysis analysis, std::vector<std::string> user_ids,
                                const std::optional<AppState>& restore) {
    analysis_ = std::move(analysis);
    notice_.clear(); // an earlier replacement's failure is over
    user_articles_.ids.clear();
    for (std::string& id : user_ids)
        if (analysis_.corpus.find(id) >= 0) user_articles_.ids.insert(std::move(id));
    // Views keep caches built from the analysis they drew (layouts, indices): new ones start
    // from the new analysis instead of checking every cache.
    make_views();
    outlets_numbered_for_ = SIZE_MAX;
    AppState s = restore ? *restore : state_;
    state_.view.clear(); // the new views have not been opened: set_state opens the one named
    set_state(s);
    // An article the reader removed is not a link to explain; a restored link's missing ones are.
    if (!restore) missing_articles_.clear();
    view_changed_by_state_ = true;
}

View* AppShell::find_view(const std::string& name) const {
    for (const auto& v : views_)
        if (name == v->name()) return v.get();
    return nullptr;
}

bool AppShell::view_has_data(const View& v) const {
    if (!loading_) return true;
    return loading_->sources_ready && std::string(v.name()) == "sources";
}

void AppShell::set_state(AppState s) {
    if (!find_view(s.view)) s.view = views_.front()->name();
    std::vector<std::string> kept;
    missing_articles_.clear();
    for (const std::string& id : s.selected) {
        if (analysis_.corpus.find(id) >= 0) kept.push_back(id);
        else
            missing_articles_.push_back(id);
    }
    if (kept.empty() && !analysis_.corpus.articles.empty())
        kept.push_back(analysis_.corpus.articles.front().id);
    s.selected = std::move(kept);
    // "Taken from" is Reader's; an id that is not in the corpus, or the article itself, means none.
    if (s.view != "reader" || analysis_.corpus.find(s.from) < 0 || (!s.selected.empty() && s.selected.front() == s.from))
        s.from.clear();
    // A link's note (note=) is the sender's note on what it points at: kept on this device
    // unless the user has a note of their own there, which is never overwritten. The state then
    // carries the note stored here, so the address bar always shows the note on screen.
    const std::string note_key = note_key_for_state(s);
    if (!s.note.empty() && !note_key.empty() && notes_.get(note_key).empty()) notes_.set(note_key, s.note);
    s.note = notes_.get(note_key);
    if (s.view != state_.view) {
        view_changed_by_state_ = true;
        if (View* v = find_view(s.view)) v->on_open(state_);
    }
    state_ = s;
    requested_ = s;
}

std::string AppShell::note_key_for_state(const AppState& s) const {
    if (s.view == "reader" && !s.selected.empty())
        return note_key_for_article(analysis_, analysis_.corpus.find(s.selected.front()));
    if (s.view == "claims" && s.claim)
        for (std::size_t i = 0; i < analysis_.claims.size(); ++i)
            if (analysis_.claims[i].id == *s.claim) return note_key_for_claim(analysis_, static_cast<int>(i));
    return {};
}

// One slice of the view's preparation, within what is left of this frame's slice (at least
// one step: Preparation::run runs one before it reads the clock). The frame
// that runs the last slice still shows the progress (below 1 is returned): the view's first
// draw, which lays out what was prepared (Passages' list and its first passage's members at
// 10,000 articles), comes in a frame of its own instead of on top of a full slice.
double AppShell::prepare_view(View& v) {
    const Preparation* p = v.preparation();
    const bool was_done = !p || p->done();
    const double f = v.prepare(analysis_, state_, std::max(0.0, prepare_slice_ms_ - frame_work_ms_));
    laying_out_ = f >= 1 && !was_done;
    return laying_out_ ? kLayingOut : f;
}

// What the progress line and the hook say: in the frame between the last slice and the first
// draw, "the layout" at 99.9 % (shown as 99 %), never 100 % on a view not shown yet.
double AppShell::preparing_fraction(const View& v) const {
    const Preparation* p = v.preparation();
    return laying_out_ ? kLayingOut : p ? p->fraction() : 0;
}
std::string AppShell::preparing_stage(const View& v) const {
    const Preparation* p = v.preparation();
    return laying_out_ ? "the layout" : p ? p->stage() : std::string();
}

bool AppShell::apply_requested_changes() {
    // A note saved (or the item changed) during the frame: the state carries the note now shown.
    requested_.note = notes_.get(note_key_for_state(requested_));
    if (notes_.take_export_request()) export_notes();
    for (const auto& v : views_)
        if (auto file = v->take_download(); file && platform_.download)
            platform_.download(file->filename, file->mime, file->content);
    if (requested_ == state_) return false;
    set_state(requested_);
    return true;
}

void AppShell::follow_system_theme(bool dark) {
    if (theme_chosen_by_user_) return;
    theme_.apply(dark ? ThemeMode::Dark : ThemeMode::Light);
}

void AppShell::restore_theme_choice(ThemeMode mode) {
    theme_.apply(mode);
    theme_chosen_by_user_ = true;
}

// [SECTION] Frame: title bar, tabs ---------------------------------------------------------

void AppShell::remember_control(const char* name) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    controls_[name] = {a.x, a.y, b.x - a.x, b.y - a.y};
}

void AppShell::draw_title_bar() {
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushFont(nullptr, style.FontSizeBase * 1.25f);
    ImGui::TextUnformatted("Wiretrace");
    ImGui::PopFont();
    const char* tagline = "how one story travels between outlets";
    const char* theme_label = theme_.mode == ThemeMode::Dark ? "Light theme" : "Dark theme";
    const float buttons_w =
        ImGui::CalcTextSize("Add articles").x + ImGui::CalcTextSize("Export CSV").x +
        ImGui::CalcTextSize("Export JSON").x + ImGui::CalcTextSize(theme_label).x +
        8 * style.FramePadding.x + 3 * style.ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float used = ImGui::GetItemRectSize().x + style.ItemSpacing.x;
    // On a phone the tagline goes first, then the buttons drop to their own line.
    if (used + ImGui::CalcTextSize(tagline).x + buttons_w + 2 * em < avail) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tagline);
    }
    if (used + buttons_w < avail) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttons_w);
    }
    // Exports write the whole analysis: only once it is all read.
    ImGui::BeginDisabled(loading_.has_value());
    if (ImGui::Button("Add articles") && platform_.add_articles) platform_.add_articles();
    remember_control("add_articles");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("Analyse your own articles here, in this browser: nothing is uploaded");
    ImGui::SameLine();
    if (ImGui::Button("Export CSV")) export_current_table();
    remember_control("export_csv");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("Download the table this view shows as a CSV file");
    ImGui::SameLine();
    if (ImGui::Button("Export JSON")) export_analysis_json();
    remember_control("export_json");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("Download the whole analysis (articles, shared text, claims) as JSON");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(theme_label)) {
        theme_.apply(theme_.mode == ThemeMode::Dark ? ThemeMode::Light : ThemeMode::Dark);
        theme_chosen_by_user_ = true;
        if (platform_.remember_theme) platform_.remember_theme(theme_.name());
    }
    remember_control("theme");
}

void AppShell::draw() {
    // Every article of an outlet in the outlet's colour, in every view. The corpus is complete
    // once Sources can draw (it is read first); no view draws before that.
    if (outlets_numbered_for_ != analysis_.corpus.articles.size() && (!loading_ || loading_->sources_ready)) {
        theme_.number_outlets(analysis_.corpus);
        outlets_numbered_for_ = analysis_.corpus.articles.size();
    }
    handle_shortcuts();
    scroll_by_touch();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Wiretrace", nullptr, flags);
    draw_title_bar();

    if (!load_error_.empty()) {
        ImGui::Separator();
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "The embedded analysis could not be read:");
        ImGui::TextWrapped("%s", load_error_.c_str());
        remember_control("load_error"); // where the message is: tests check it is on screen
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::TextWrapped("Publish the page folder again, whole. Add articles still analyses "
                           "your own articles on their own.");
        ImGui::PopStyleColor();
        ImGui::End();
        return;
    }

    if (!notice_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme_.mode == ThemeMode::Dark ? ImVec4(1.0f, 0.55f, 0.5f, 1)
                                                                            : ImVec4(0.7f, 0.1f, 0.1f, 1));
        ImGui::TextWrapped("%s", notice_.c_str());
        ImGui::PopStyleColor();
        if (ImGui::SmallButton("Dismiss##notice")) notice_.clear();
        remember_control("notice_dismiss");
    } else {
        controls_.erase("notice_dismiss");
    }

    if (!missing_articles_.empty()) {
        // A link to articles someone added in their own browser, opened elsewhere: say so
        // rather than silently showing another article.
        std::string ids;
        for (const std::string& id : missing_articles_) ids += (ids.empty() ? "" : ", ") + id;
        ImGui::TextColored(theme_.mode == ThemeMode::Dark ? ImVec4(1.0f, 0.7f, 0.4f, 1)
                                                          : ImVec4(0.65f, 0.3f, 0.0f, 1),
                           "This link names %s not on this device: %s.",
                           missing_articles_.size() == 1 ? "an article" : "articles", ids.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Dismiss")) missing_articles_.clear();
        ImGui::TextDisabled(
            "Articles added with \"Add articles\" stay in the browser that added them.");
    }

    if (loading_) {
        // The progress line: what is being read and how far, while Sources is already usable.
        char label[96];
        std::snprintf(label, sizeof label, "Reading the analysis: %s, %d %%", loading_->section.c_str(),
                      static_cast<int>(loading_->fraction * 100));
        ImGui::ProgressBar(static_cast<float>(loading_->fraction), ImVec2(-FLT_MIN, 0), label);
        remember_control("loading");
    } else {
        controls_.erase("loading");
    }

    preparing_ = false;
    controls_.erase("preparing");
    // Seven tabs do not fit a phone: scroll them, with a list button to reach any at once.
    if (ImGui::BeginTabBar("views", ImGuiTabBarFlags_FittingPolicyScroll |
                                        ImGuiTabBarFlags_TabListPopupButton)) {
        for (const auto& v : views_) {
            // When the state changed the view (a deep link, Back, a click in another view), the
            // tab bar is told once; ImGui applies it on the next frame, so during this one the
            // old tab may still report itself open and must not be taken as the user's choice.
            ImGuiTabItemFlags tf = ImGuiTabItemFlags_None;
            if (view_changed_by_state_ && state_.view == v->name()) tf |= ImGuiTabItemFlags_SetSelected;
            if (ImGui::BeginTabItem(v->title(), nullptr, tf)) {
                if (state_.view == v->name() && !view_has_data(*v)) {
                    ImGui::TextDisabled("This view opens once the whole analysis is read (%d %%).",
                                        static_cast<int>(loading_->fraction * 100));
                } else if (state_.view == v->name() && prepare_view(*v) < 1) {
                    // The view's first-open work, a slice per frame (Preparation.h): the tab
                    // stays responsive and says how far it got.
                    const double f = preparing_fraction(*v);
                    char label[128];
                    std::snprintf(label, sizeof label, "Preparing %s: %s, %d %%", v->title(),
                                  preparing_stage(*v).c_str(), static_cast<int>(f * 100));
                    ImGui::ProgressBar(static_cast<float>(f), ImVec2(-FLT_MIN, 0), label);
                    remember_control("preparing");
                    preparing_ = true;
                } else if (state_.view == v->name()) {
                    v->draw(analysis_, state_, requested_);
                    view_drawn_ = v->name();
                }
                else if (!view_changed_by_state_) requested_.view = v->name();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    view_changed_by_state_ = false;
    ImGui::End();
}

// [SECTION] Keyboard and touch -------------------------------------------------------------

void AppShell::handle_shortcuts() {
    // Global routes: they fire whichever child window has focus, but an active text field
    // (Search's query) keeps its own keys, so typing an "f" or moving the caret is never stolen.
    const ImGuiInputFlags global = ImGuiInputFlags_RouteGlobal;
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_F, global) ||
        ImGui::Shortcut(ImGuiMod_Super | ImGuiKey_F, global))
        requested_.view = "search";
    // Reader shows one article: Left/Right step through the corpus (Up/Down scroll its text).
    if (state_.view == "reader" && !analysis_.corpus.articles.empty()) {
        int step = 0;
        if (ImGui::Shortcut(ImGuiKey_LeftArrow, global | ImGuiInputFlags_Repeat)) step = -1;
        if (ImGui::Shortcut(ImGuiKey_RightArrow, global | ImGuiInputFlags_Repeat)) step = 1;
        if (step != 0) {
            const int n = static_cast<int>(analysis_.corpus.articles.size());
            int at = state_.selected.empty() ? 0 : analysis_.corpus.find(state_.selected.front());
            at = (std::max(at, 0) + step + n) % n;
            requested_.selected = {analysis_.corpus.articles[static_cast<std::size_t>(at)].id};
            requested_.span_begin.reset();
        }
    }
}

void AppShell::scroll_by_touch() {
    // ImGui scrolls with a wheel or a scrollbar; a finger drags content. Once a touch moves
    // past the drag threshold it becomes a scroll of the window under it (or the nearest
    // scrollable parent), and the pressed item is released so the tap does not fire.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiIO& io = g.IO;
    if (!io.MouseDown[0]) {
        touch_scrolling_ = false;
        return;
    }
    if (io.MouseSource != ImGuiMouseSource_TouchScreen) return;
    if (!touch_scrolling_ && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) return;
    ImGuiWindow* w = g.HoveredWindow;
    while (w && w->ScrollMax.y <= 0 && w->ScrollMax.x <= 0) w = w->ParentWindow;
    if (!w) return;
    touch_scrolling_ = true;
    if (g.ActiveId != 0) ImGui::ClearActiveID();
    ImGui::SetScrollY(w, w->Scroll.y - io.MouseDelta.y);
    ImGui::SetScrollX(w, w->Scroll.x - io.MouseDelta.x);
}

// [SECTION] Export -------------------------------------------------------------------------

void AppShell::export_current_table() const {
    if (!platform_.download || loading_) return;
    View* v = find_view(state_.view);
    std::string csv = v ? v->table_csv(analysis_) : std::string();
    std::string name = state_.view;
    if (csv.empty()) {
        // Views without a table of their own export the table nearest to what they show.
        if (state_.view == "passages" || state_.view == "compare") {
            csv = passages_csv(analysis_);
            name = "passages";
        } else if (state_.view == "claims") {
            csv = claims_csv(analysis_);
        } else {
            csv = provenance_csv(analysis_);
            name = "provenance";
        }
    }
    platform_.download("wiretrace-" + name + ".csv", "text/csv;charset=utf-8", csv);
}

void AppShell::export_corpus_jsonl() const {
    if (!platform_.download || loading_) return;
    std::ostringstream out;
    write_corpus_jsonl(analysis_.corpus, out);
    platform_.download("wiretrace-corpus.jsonl", "application/jsonl", out.str());
}

void AppShell::export_analysis_json() const {
    if (!platform_.download || loading_) return;
    platform_.download("wiretrace-analysis.json", "application/json",
                       analysis_to_json(analysis_, 1));
}

void AppShell::export_notes() const {
    if (!platform_.download || loading_) return;
    platform_.download("wiretrace-notes.csv", "text/csv;charset=utf-8", notes_csv(analysis_, notes_.notes()));
}

// [SECTION] Hook ---------------------------------------------------------------------------

std::string AppShell::state_json(bool first_frame_drawn, const nlohmann::json& extra, bool views) const {
    nlohmann::json j;
    // Ready once the view the state names has drawn: a deep-linked tab is selected on the
    // frame after the first, and its report (rows, counts) means nothing before it drew.
    j["ready"] = first_frame_drawn && load_error_.empty() &&
                 (view_drawn_ == state_.view || !find_view(state_.view));
    j["articles"] = analysis_.corpus.articles.size();
    j["user_articles"] = user_articles_.size();
    if (!missing_articles_.empty()) j["missing_articles"] = missing_articles_;
    j["view"] = state_.view;
    j["selected"] = state_.selected;
    j["hash"] = state_.to_hash();
    j["theme"] = theme_.name();
    j["controls"] = controls_;
    if (state_.claim) j["claim"] = *state_.claim;
    if (state_.span_begin) j["span_begin"] = *state_.span_begin;
    if (!load_error_.empty()) j["error"] = load_error_;
    if (!notice_.empty()) j["notice"] = notice_;
    if (loading_)
        j["loading"] = {{"section", loading_->section},
                        {"fraction", loading_->fraction},
                        {"sources_ready", loading_->sources_ready}};
    // Each view's preparation (Preparation.h): the current one's progress while it runs, and
    // for every view that prepared, its slices, the longest one and their sum (the benchmark's
    // "longest task per view" is the longest slice plus that frame's drawing).
    if (preparing_)
        if (View* v = find_view(state_.view); v && v->preparation())
            j["preparing"] = {{"view", v->name()},
                              {"stage", preparing_stage(*v)},
                              {"fraction", preparing_fraction(*v)}};
    nlohmann::json prepared = nlohmann::json::object();
    for (const auto& v : views_)
        if (const Preparation* p = v->preparation(); p && p->started())
            prepared[v->name()] = {{"done", p->done()},
                                   {"slices", p->slices()},
                                   {"longest_slice_ms", p->longest_slice_ms()},
                                   {"total_ms", p->total_ms()},
                                   {"longest_item_ms", p->longest_item_ms()},
                                   {"longest_item_stage", p->longest_item_stage()}};
    j["prepared"] = prepared;
    if (views) {
        notes_.report(j);
        if (View* v = find_view(state_.view)) v->report(j);
    }
    if (extra.is_object())
        for (auto it = extra.begin(); it != extra.end(); ++it) j[it.key()] = it.value();
    return j.dump();
}

} // namespace wiretrace
