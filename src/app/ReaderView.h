// ReaderView.h — one article's text, wrapped to the window, with the article list beside it
// (outlet and title of each, a filter box over outlet, title and id, clipped so 10,000 entries
// scroll at full speed). Text shared with other outlets is highlighted in their colours (core/span_index.h), page
// furniture is greyed; hovering a shared span shows the other outlets' wording, clicking it opens
// Compare there. The text is laid out once per article and width (TextCanvas) and only visible
// lines are drawn. The header says how widely the article's text travelled ("Shared with 314
// articles from 37 outlets", from passages and provenance), the outlets listed only on request
// when there are many.
#pragma once

#include "TextCanvas.h"
#include "Theme.h"
#include "UserArticles.h"
#include "NoteStore.h"
#include "View.h"
#include "core/reach.h"
#include "core/span_index.h"
#include "core/taken_from.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wiretrace {

class ReaderView : public View {
public:
    ReaderView(const Theme& theme, const UserArticles& user, NoteStore& notes)
        : theme_(theme), user_(user), notes_(notes) {}
    const char* name() const override { return "reader"; }
    const char* title() const override { return "Reader"; }
    // Builds the highlight index and the list's keys a slice per frame (Preparation.h).
    double prepare(const Analysis& analysis, const AppState& state, double budget_ms) override;
    const Preparation* preparation() const override { return &prep_; }
    void draw(const Analysis& analysis, const AppState& state, AppState& next) override;
    void report(nlohmann::json& out) const override;
    // The shown article's shared text, one row per highlighted span.
    std::string table_csv(const Analysis& analysis) const override;

private:
    // `from` >= 0: highlight only the text taken from that article (Churnalism's source).
    void add_stages(const Analysis& analysis); // prep_'s stages, once per analysis
    void prepare_article(const Analysis& analysis, int article, int from = -1);
    // The line saying what is highlighted when a source is chosen, with a way back to all.
    void draw_taken_from_line(const Analysis& analysis, AppState& next);
    void refilter(const Analysis& analysis);
    void draw_article_list(const Analysis& analysis, int current, AppState& next);
    void draw_header(const Analysis& analysis, int current, AppState& next);
    void draw_shared_with(const Analysis& analysis);
    void draw_text(const Analysis& analysis, const AppState& state, int current, AppState& next);
    void draw_shared_tooltip(const Analysis& analysis, int current, std::uint32_t offset) const;
    // The line saying where the searched words are, with a button that stops marking them.
    void draw_query_line(const AppState& state, AppState& next);
    // Outlines the searched words on lines [first, last) drawn from `at`.
    void draw_query_marks(ImDrawList* dl, std::string_view text, ImVec2 at, int first, int last) const;
    // The heat strip left of lines [first, last) drawn from `at`; true when the mouse is on it.
    bool draw_paragraph_reach(ImDrawList* dl, ImVec2 at, int first, int last);

    const Theme& theme_;
    const UserArticles& user_; // marked "added by you"
    NoteStore& notes_; // the user's notes (the shell's), shown beside the item and exported
    // Built once from the Analysis (the shell owns it for the app's lifetime).
    const Analysis* model_for_ = nullptr;
    Preparation prep_;
    std::unique_ptr<SpanIndexBuilder> spans_builder_; // while preparing: spans_ in the making
    std::unique_ptr<ReachIndexBuilder> reach_builder_; // and reach_
    SpanIndex spans_;
    ReachIndex reach_;
    // The article list: each article's outlet, title and id folded for the filter (search.h),
    // and the rows the filter keeps (article indices).
    std::vector<std::string> list_keys_;
    char filter_[128] = {};
    std::string filtered_for_ = "\x01"; // the filter rows_ are for (never a typed string at first)
    std::vector<int> rows_;
    int list_scrolled_to_ = -1;          // the list follows the article shown when it changes
    ImVec2 filter_min_, filter_max_;     // where the filter box is, for the hook
    bool filter_active_ = false;
    // For the article shown: its paragraphs, styled spans and their looks, and the layout.
    int prepared_article_ = -1;
    int prepared_from_ = -1;
    TakenFrom taken_; // the article's text taken from prepared_from_ (when >= 0)
    ImVec2 show_all_min_, show_all_max_; // the "Show all shared text" button, for the hook
    ThemeMode prepared_theme_ = ThemeMode::Light;
    std::vector<ByteSpan> paragraphs_;
    std::vector<StyledSpan> styled_;
    std::vector<RunStyle> looks_;
    // Every article this one shares text with and their outlets (core/reach.h).
    Reach shared_;
    bool show_shared_ = false; // the long outlet list is open
    int shared_chips_ = 0;     // chips drawn this frame (hook)
    int highlights_ = 0;               // shared pieces (SpanCovers) of the article
    // Per paragraph of the article shown: how many other articles, and outlets, carry some of
    // its text (verbatim, edited or paraphrased): the margin's heat strip, as a collation tool
    // shades a base text by how many witnesses keep each part.
    std::vector<int> paragraph_articles_;
    std::vector<int> paragraph_outlets_;
    int paragraph_articles_max_ = 0;
    std::vector<bool> paragraph_furniture_; // wholly page furniture: no strip
    // Each article's outlet as a number (same name, same number), built with the list keys:
    // the margin counts distinct outlets without comparing names.
    std::vector<int> outlet_of_;
    std::unordered_map<std::string, int> outlet_ids_;
    std::size_t outlet_count_ = 0;
    TextCanvas canvas_;
    bool select_mode_ = false;
    int menu_paragraph_ = -1; // the paragraph the right-click menu copies
    std::string select_text_; // the wrapped copy a read-only InputTextMultiline selects in
    // Scrolling to state.span_begin happens once per change of article or span.
    int scrolled_article_ = -1;
    std::optional<std::uint32_t> scrolled_span_;
    // What the hook reports.
    int shown_article_ = -1;
    std::string shown_id_;
    std::string shown_metadata_; // the header's outlet metadata line ("country: … · lean: …"), "" when none
    bool first_highlight_visible_ = false;
    ImVec2 first_highlight_min_, first_highlight_max_;
    std::uint32_t first_highlight_at_ = 0;
    int tooltip_outlets_ = 0; // shared spans listed in the hover tooltip this frame
    // The searched words (AppState::query) where they occur in the article shown, outlined.
    int marked_article_ = -1;
    std::string marked_query_;
    std::vector<ByteSpan> query_marks_;
};

} // namespace wiretrace
