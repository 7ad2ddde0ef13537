// PassagesView.h — text carried by two or more articles (core Passage), most widely carried and
// longest first: how many articles and how many outlets carry each passage (an outlet is a
// name: ten pickups by one outlet count once) and, for the one selected, each distinct wording
// with the articles that carry it, so 300 identical copies read as one, not 300, each wording's
// changed words marked against the most carried one. A switch shows the aligned pairs instead
// (PairsTable.h). Every list is clipped: only what is on screen is laid out.
#pragma once

#include "PairsTable.h"
#include "Theme.h"
#include "NoteStore.h"
#include "View.h"
#include "core/reach.h"

#include <memory>
#include <string>
#include <string_view>
#include <map>
#include <vector>

namespace wiretrace {

class PassagesView : public View {
public:
    PassagesView(const Theme& theme, NoteStore& notes) : theme_(theme), notes_(notes), pairs_(theme) {}
    const char* name() const override { return "passages"; }
    const char* title() const override { return "Passages"; }
    // Builds the list's rows a slice per frame (Preparation.h).
    double prepare(const Analysis& analysis, const AppState& state, double budget_ms) override;
    const Preparation* preparation() const override { return &prep_; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    // Export CSV: one line per passage member, as passages_csv() in core writes it; with the
    // aligned pairs shown, the pairs as listed.
    std::string table_csv(const Analysis& analysis) const override;

private:
    // One row: a passage with its distinct articles (indices, sorted) and outlets.
    struct Row {
        int passage = -1;
        std::vector<int> articles;
        int outlets = 0;          // distinct outlet names among `articles`
        std::uint32_t length = 0; // bytes of its longest member
    };
    // Members of the selected passage with the same words, byte for byte.
    struct Wording {
        std::string_view text;
        std::vector<int> articles; // distinct, in corpus order
        int first_member = 0;      // index into Passage::members, for "Read"
        int outlets = 0;
        std::string outlet_list;   // "Outlet 3 (12), Outlet 9 (4), …", most articles first
        // Words that differ from the most widely carried wording (the first), spans into
        // `text`: marked like a collation's variants. Empty for the first wording.
        std::vector<ByteSpan> changed;
        std::size_t dropped = 0;   // words of the first wording this one leaves out
    };
    // Lays the words of `text` out in lines of `width` from the cursor, `changed` ones on a
    // tint; draws only when `draw`. Returns the height. One function measures and draws, so
    // the hand-made clipping (tops_) and the drawing agree.
    float flow_words(std::string_view text, const std::vector<ByteSpan>& changed, float width, bool draw) const;
    int changed_words_ = 0; // words marked across the selected passage's wordings (hook)
    void add_stages(const Analysis& analysis); // prep_'s stages, once per analysis
    void build_wordings(const Analysis& analysis);
    // build_wordings() a step at a time (the preparation's last stage: the widest-carried
    // passage's 10,000 members were one step of 40-96 ms): start, then steps until true.
    void start_wordings(const Analysis& analysis);
    bool wordings_step(const Analysis& analysis);
    void draw_list(const Analysis& analysis, ImVec2 size);
    void draw_list_narrow(const Analysis& analysis, ImVec2 size);
    void passage_tooltip(const Row& r, std::string_view opening) const;
    void draw_members(const Analysis& analysis, AppState& next);
    void draw_wording(const Analysis& analysis, const Wording& w, const Passage& p, float width, AppState& next);

    void remember_pairs_toggle(); // where the "Aligned pairs" switch is, for the hook

    const Theme& theme_;
    NoteStore& notes_; // the user's notes (the shell's), shown beside the item and exported
    PairsTable pairs_;
    bool show_pairs_ = false;
    bool list_narrow_ = false; // the phone's two-column list was drawn
    float passage_width_ = 0;  // the passage column's text width, as last drawn
    ImVec2 toggle_min_, toggle_max_;
    const Analysis* rows_for_ = nullptr; // rows are built once from the Analysis
    Preparation prep_;
    ReachIndex reach_; // while preparing the rows
    std::unique_ptr<ReachIndexBuilder> reach_builder_; // and before that, reach_ in the making
    std::vector<Row> rows_;
    int selected_row_ = 0;
    // The selected passage's wordings, most widely carried first, and where each starts in the
    // scrolled box at the width they were measured for.
    int wordings_for_ = -1;
    std::vector<Wording> wordings_;
    // While building them a step at a time: what is done, the next member or wording, and
    // each distinct wording's text -> index in wordings_.
    enum class WordingsPhase { Members, Reach, Order, Differences, Done };
    WordingsPhase wordings_phase_ = WordingsPhase::Done;
    std::size_t wordings_next_ = 0;
    std::map<std::string_view, std::size_t> wording_of_text_;
    float tops_width_ = -1;
    std::vector<float> tops_; // wordings_.size() + 1 entries
    int shown_wordings_ = 0;  // drawn this frame (hook)
};

} // namespace wiretrace
