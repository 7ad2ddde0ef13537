// NoteStore.h — the user's notes on articles, claims and passages (core/user_notes.h), kept on
// the device, and the small editor each view draws beside the item a note is about.
//
// The store is the app's one copy: the shell owns it and hands it to the views that show notes
// (Reader: the article, Claims: the claim in focus, Passages: the selected passage, Sources: a
// line under the title). Every change is saved at once through `save` (the page writes
// localStorage "wiretrace.notes"); nothing is sent anywhere.
#pragma once

#include "Theme.h"
#include "core/user_notes.h"

#include <array>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace wiretrace {

class NoteStore {
public:
    // Called with user_notes_to_json() after every change.
    std::function<void(const std::string& stored)> save;

    const UserNotes& notes() const { return notes_; }
    std::string get(const std::string& key) const { return notes_.get(key); }
    void set(const std::string& key, const std::string& text);
    // The notes kept on an earlier visit. Bad stored text keeps the notes empty and returns
    // what is wrong (the hook shows it); it is not overwritten until the user writes a note.
    std::string restore(std::string_view stored);

    // Draws the note on `key` (wrapped, muted, with a "Note:" lead) and an "Add note" / "Edit
    // note" button; while editing, a text box with Save and Cancel. `key` empty draws nothing.
    // Returns true on the frame a note was saved or removed.
    bool draw_editor(const Theme& theme, const std::string& key);

    // The editor's "Export notes" button was pressed (the shell downloads notes_csv); clears it.
    bool take_export_request() {
        const bool r = export_requested_;
        export_requested_ = false;
        return r;
    }

    // For the hook: the number of notes, the key being edited, the last restore error.
    void report(nlohmann::json& out) const;

private:
    UserNotes notes_;
    std::string editing_;        // the key whose note is open in the text box, "" when none
    char buffer_[4096] = {};     // the text box's contents while editing
    bool focus_box_ = false;
    bool box_active_ = false;    // the text box had the keyboard in the last frame     // give the box the keyboard on the frame it opens
    std::string restore_error_;
    bool export_requested_ = false;
    // Where the last editor drew its buttons (x y w h), for the hook: tests tap them.
    std::map<std::string, std::array<float, 4>> controls_;
    std::string controls_for_;
};

} // namespace wiretrace
