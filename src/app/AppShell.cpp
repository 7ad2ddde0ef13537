#include "AppShell.h"

#include "ChartsView.h"
#include "ClaimsView.h"
#include "CompareView.h"
#include "PassagesView.h"
#include "ReaderView.h"
#include "SearchView.h"
#include "SourcesView.h"

#include <imgui.h>

namespace wiretrace {

AppShell::AppShell(Analysis analysis, std::string load_error, Theme& theme)
    : analysis_(std::move(analysis)), load_error_(std::move(load_error)), theme_(theme) {
    views_.push_back(std::make_unique<SourcesView>(theme_));
    views_.push_back(std::make_unique<ReaderView>(theme_));
    views_.push_back(std::make_unique<CompareView>(theme_));
    views_.push_back(std::make_unique<PassagesView>(theme_));
    views_.push_back(std::make_unique<ClaimsView>(theme_));
    views_.push_back(std::make_unique<ChartsView>(theme_));
    views_.push_back(std::make_unique<SearchView>(theme_));
    AppState initial;
    initial.view = views_.front()->name();
    set_state(initial);
    view_changed_by_state_ = true;
}

View* AppShell::find_view(const std::string& name) const {
    for (const auto& v : views_)
        if (name == v->name()) return v.get();
    return nullptr;
}

void AppShell::set_state(AppState s) {
    if (!find_view(s.view)) s.view = views_.front()->name();
    std::vector<std::string> kept;
    for (const std::string& id : s.selected)
        if (analysis_.corpus.find(id) >= 0) kept.push_back(id);
    if (kept.empty() && !analysis_.corpus.articles.empty())
        kept.push_back(analysis_.corpus.articles.front().id);
    s.selected = std::move(kept);
    if (s.view != state_.view) view_changed_by_state_ = true;
    state_ = s;
    requested_ = s;
}

bool AppShell::apply_requested_changes() {
    if (requested_ == state_) return false;
    set_state(requested_);
    return true;
}

void AppShell::draw() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Wiretrace", nullptr, flags);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.25f);
    ImGui::TextUnformatted("Wiretrace");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("how one story travels between outlets");

    if (!load_error_.empty()) {
        ImGui::Separator();
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "The embedded analysis could not be read:");
        ImGui::TextWrapped("%s", load_error_.c_str());
        ImGui::End();
        return;
    }

    if (ImGui::BeginTabBar("views")) {
        for (const auto& v : views_) {
            // When the state changed the view (a deep link, Back, a click in another view), the
            // tab bar is told once; ImGui applies it on the next frame, so during this one the
            // old tab may still report itself open and must not be taken as the user's choice.
            ImGuiTabItemFlags tf = ImGuiTabItemFlags_None;
            if (view_changed_by_state_ && state_.view == v->name()) tf |= ImGuiTabItemFlags_SetSelected;
            if (ImGui::BeginTabItem(v->title(), nullptr, tf)) {
                if (state_.view == v->name()) v->draw(analysis_, state_, requested_);
                else if (!view_changed_by_state_) requested_.view = v->name();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    view_changed_by_state_ = false;
    ImGui::End();
}

std::string AppShell::state_json(bool first_frame_drawn) const {
    nlohmann::json j;
    j["ready"] = first_frame_drawn && load_error_.empty();
    j["articles"] = analysis_.corpus.articles.size();
    j["view"] = state_.view;
    j["selected"] = state_.selected;
    j["hash"] = state_.to_hash();
    if (!load_error_.empty()) j["error"] = load_error_;
    if (View* v = find_view(state_.view)) v->report(j);
    return j.dump();
}

} // namespace wiretrace
