// Theme.h — colours and fonts shared by every view, so an outlet has the same colour everywhere
// and a provenance label or a claim difference looks the same in Sources, Claims and Charts.
#pragma once

#include "core/analysis.h"

#include <imgui.h>

#include <vector>

namespace wiretrace {

enum class ThemeMode { Light, Dark };

struct Theme {
    ThemeMode mode = ThemeMode::Light;
    ImFont* text_font = nullptr;

    void apply(ThemeMode m);                // sets ImGui's style colours for `m`
    const char* name() const { return mode == ThemeMode::Dark ? "dark" : "light"; }
    // The colour of the outlet of article `article_index`: every article of one outlet gets the
    // same one (at 1,000 articles from 41 outlets, per-article colours gave one outlet several
    // colours in the Reader's list and none of them the Charts key's).
    ImU32 outlet_color(int article_index, float alpha = 1.0f) const;
    // Numbers the corpus's outlets (by the outlet's name, in order of first article) for
    // outlet_color; until called, each article is its own outlet.
    void number_outlets(const Corpus& corpus);
    std::vector<int> outlet_number; // per article: its outlet's number
    ImU32 muted_text() const;               // for boilerplate and secondary labels
    ImU32 provenance_color(ProvenanceLabel label) const;
    ImU32 difference_color() const;         // a claim stated differently: warm, reads on both
    ImU32 grid_color() const;               // chart axes and gridlines
    ImU32 added_words_color() const;        // words an outlet added or changed (Compare, Passages)
};

// A line of explanation in the muted colour, wrapped to the window: ImGui's TextDisabled does
// not wrap, and these lines are longer than a phone is wide.
void hint_text(const char* fmt, ...) IM_FMTARGS(1);

} // namespace wiretrace
