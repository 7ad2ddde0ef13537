// NoteStore.cpp — the notes' editor and their storage hand-off (NoteStore.h).

#include "NoteStore.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace wiretrace {

namespace {
std::array<float, 4> last_item_rect() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return {a.x, a.y, b.x - a.x, b.y - a.y};
}
} // namespace

void NoteStore::set(const std::string& key, const std::string& text) {
    notes_.set(key, text);
    if (save) save(user_notes_to_json(notes_));
}

std::string NoteStore::restore(std::string_view stored) {
    restore_error_.clear();
    if (stored.empty()) return {};
    try {
        notes_ = user_notes_from_json(stored);
    } catch (const std::runtime_error& e) {
        restore_error_ = e.what();
    }
    return restore_error_;
}

bool NoteStore::draw_editor(const Theme& theme, const std::string& key) {
    if (key.empty()) return false;
    ImGui::PushID(key.c_str());
    controls_for_ = key;
    bool changed = false;
    const std::string note = notes_.get(key);
    if (editing_ != key) {
        controls_.erase("box");
        controls_.erase("save");
        box_active_ = false;
        if (notes_.empty()) controls_.erase("export");
        if (!note.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme.muted_text());
            ImGui::TextWrapped("Note: %s", note.c_str());
            ImGui::PopStyleColor();
        }
        if (ImGui::SmallButton(note.empty() ? "Add note" : "Edit note")) {
            editing_ = key;
            std::snprintf(buffer_, sizeof buffer_, "%s", note.c_str());
            focus_box_ = true;
        }
        controls_["edit"] = last_item_rect();
        ImGui::SetItemTooltip("A note of your own, kept on this device and included in the exports");
        if (!notes_.empty()) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Export notes")) export_requested_ = true;
            controls_["export"] = last_item_rect();
            ImGui::SetItemTooltip("Download every note you wrote, with what each is about, as a CSV file");
        }
    } else {
        controls_.erase("edit");
        const float em = ImGui::GetFontSize();
        if (focus_box_) {
            ImGui::SetKeyboardFocusHere();
            focus_box_ = false;
        }
        ImGui::InputTextMultiline("##note", buffer_, sizeof buffer_,
                                  ImVec2(std::min(ImGui::GetContentRegionAvail().x, 36 * em), 3.5f * em));
        controls_["box"] = last_item_rect();
        box_active_ = ImGui::IsItemActive(); // has the keyboard (tests wait for it before typing)
        if (ImGui::SmallButton("Save note")) {
            set(key, buffer_);
            editing_.clear();
            changed = true;
        }
        controls_["save"] = last_item_rect();
        ImGui::SameLine();
        if (ImGui::SmallButton("Cancel") || ImGui::Shortcut(ImGuiKey_Escape, ImGuiInputFlags_RouteGlobal)) editing_.clear();
        if (!note.empty()) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Delete note")) {
                set(key, "");
                editing_.clear();
                changed = true;
            }
        }
    }
    ImGui::PopID();
    return changed;
}

void NoteStore::report(nlohmann::json& out) const {
    out["notes_count"] = notes_.by_key.size();
    out["notes_editing"] = editing_;
    if (!editing_.empty()) out["notes_draft"] = std::string(buffer_); // the text box, as typed
    out["notes_box_active"] = !editing_.empty() && box_active_;
    nlohmann::json all = nlohmann::json::object();
    for (const auto& [key, text] : notes_.by_key) all[key] = text;
    out["notes"] = all;
    out["notes_controls"] = controls_;
    out["notes_controls_for"] = controls_for_; // the key of the editor drawn last // the last editor's buttons: edit, export, box, save
    if (!restore_error_.empty()) out["notes_error"] = restore_error_;
}

} // namespace wiretrace
