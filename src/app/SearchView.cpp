// SearchView.cpp
//
// [SECTION] Query
// [SECTION] Frame and keys
// [SECTION] One result
// [SECTION] Hook

#include "SearchView.h"

#include "ArticleLabel.h"
#include "Counts.h"
#include "core/export_csv.h"

#include <imgui.h>
#include <imgui_internal.h> // RenderTextEllipsis: a row's title ends in "…", not mid-letter

#include <algorithm>
#include <cstdio>

namespace wiretrace {

namespace {

// Literal hits kept per query: a common word in 10,000 articles would otherwise list millions.
constexpr std::size_t kMaxHits = 2000;
constexpr std::size_t kMaxReworded = 500;
// Literal hits up to which reworded places are looked for (see run_query).
constexpr std::size_t kMaxHitsReworded = 500;

} // namespace

// [SECTION] Query ---------------------------------------------------------------------------

void SearchView::on_open(const AppState& from) {
    if (from.view != name()) previous_view_ = from.view;
    focus_input_ = true;
}

// Runs when the query text changes, never per frame.
void SearchView::run_query(const Analysis& analysis) {
    searched_ = query_;
    hits_ = index_.find(searched_, kMaxHits, &totals_);
    literal_ = static_cast<int>(hits_.size());
    // Rewordings are looked for only behind a specific query: a word with thousands of hits is
    // in every article anyway, and following every alignment at each hit cost a common word
    // 25 ms natively (1,000 one-story articles), several frames in the browser.
    std::vector<SearchHit> reworded;
    if (totals_.hits <= kMaxHitsReworded)
        reworded = SearchIndex::find_reworded(analysis, spans_, hits_, kMaxReworded);
    // Articles found only through another outlet's wording count too (the paraphrase in seed
    // 002): the literal hit articles are every one, not only the listed ones.
    reworded_articles_ = 0;
    int last = -1;
    for (const SearchHit& h : reworded)
        if (h.article != last && !std::binary_search(totals_.articles_hit.begin(), totals_.articles_hit.end(), h.article))
            ++reworded_articles_, last = h.article;
    hits_.insert(hits_.end(), reworded.begin(), reworded.end());
    selected_ = 0;
}

// [SECTION] Frame and keys ------------------------------------------------------------------

double SearchView::prepare(const Analysis& analysis, const AppState&, double budget_ms) {
    return prep_.run_for(analysis, budget_ms, [&] {
        index_for_ = &analysis;
        index_ = SearchIndex();
        spans_ = SpanIndex();
        searched_.clear();
        hits_.clear();
        words_ = std::make_unique<SearchIndexBuilder>(analysis.corpus);
        shared_ = std::make_unique<SpanIndexBuilder>(analysis);
        prep_.add("the word index", analysis.corpus.articles.size(), [this](std::size_t) { words_->step(1); });
        prep_.add("the vocabulary's order", words_->units() - analysis.corpus.articles.size(),
                  [this](std::size_t) { words_->step(1); });
        prep_.add_steps("the shared text", [this] { return shared_->step(1); }, [this] { return shared_->fraction(); });
        prep_.add("the shared text", 1, [this](std::size_t) {
            index_ = words_->take();
            spans_ = shared_->take();
            words_.reset();
            shared_.reset();
        });
    });
}

void SearchView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    const float em = ImGui::GetFontSize();
    // The query comes from the state when the state changed from outside (a deep link with q=,
    // Back/Forward), and goes to it when the user types, so the URL always holds it.
    if (state.query != synced_query_) {
        synced_query_ = state.query;
        std::snprintf(query_, sizeof query_, "%s", state.query.c_str());
    }
    // The keys that move through the results never leave the field: with the field's keyboard
    // taken by Down, the first Enter used to do nothing and the second opened the wrong hit.
    const bool was_active = input_active_;
    if (!was_active && (ImGui::IsKeyPressed(ImGuiKey_DownArrow) || ImGui::IsKeyPressed(ImGuiKey_UpArrow)))
        move_selection(ImGui::IsKeyPressed(ImGuiKey_DownArrow) ? 1 : -1), focus_input_ = true;
    if (focus_input_) {
        ImGui::SetKeyboardFocusHere();
        focus_input_ = false;
    }
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 30.0f * em));
    // Up and Down in the field move the selected result (ImGui calls them "history" keys).
    auto on_key = [](ImGuiInputTextCallbackData* data) {
        auto* self = static_cast<SearchView*>(data->UserData);
        if (data->EventFlag == ImGuiInputTextFlags_CallbackHistory)
            self->move_selection(data->EventKey == ImGuiKey_DownArrow ? 1 : data->EventKey == ImGuiKey_UpArrow ? -1 : 0);
        return 0;
    };
    const bool entered = ImGui::InputTextWithHint("##query", "Search every article: a word or a phrase", query_,
                                                  sizeof query_,
                                                  ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackHistory,
                                                  on_key, this);
    input_active_ = ImGui::IsItemActive();
    field_min_ = ImGui::GetItemRectMin();
    field_max_ = ImGui::GetItemRectMax();
    if (searched_ != query_) {
        run_query(analysis);
        synced_query_ = searched_;
        next.query = searched_;
    }

    const int n = static_cast<int>(hits_.size());
    // Enter opens the selected hit, from the field or after a click elsewhere in the view.
    const bool enter_outside = !was_active && !entered && !ImGui::IsAnyItemActive() &&
                               (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false));
    if ((entered || enter_outside) && n) open_in_reader(analysis, selected_, next);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) next.view = previous_view_.empty() ? "reader" : previous_view_;

    if (searched_.empty()) {
        hint_text("Case, quotes and apostrophes do not matter. Up and Down choose a result, Enter "
                  "opens it in Reader; Esc goes back.");
        return;
    }
    if (literal_ == 0) {
        ImGui::TextDisabled("No article has these words.");
    } else {
        // Every hit is counted, only the first kMaxHits are listed: a common word in a large
        // corpus says how common it is without building a list nobody scrolls.
        std::string status = count_of(totals_.hits, "hit") + " in " + count_of(totals_.articles, "article");
        if (totals_.more()) status += ", the first " + grouped(totals_.listed) + " listed";
        if (reworded_articles_ > 0)
            status += ", reworded in " + count_of(static_cast<std::size_t>(reworded_articles_), "more article");
        else if (n > literal_)
            status += ", and where other outlets reword them";
        else if (totals_.hits > kMaxHitsReworded)
            status += "; too many to look for rewordings (add a word)";
        status += ". Enter opens the selected one in Reader.";
        hint_text("%s", status.c_str());
    }

    ImGui::BeginChild("results", ImVec2(0, 0), ImGuiChildFlags_Borders);
    const float row_h = ImGui::GetTextLineHeightWithSpacing() * 2.0f + 0.3f * em;
    ImGuiListClipper clipper;
    clipper.Begin(n, row_h + ImGui::GetStyle().ItemSpacing.y);
    if (scroll_to_selected_) clipper.IncludeItemByIndex(selected_);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_result(analysis, i, row_h, next);
    clipper.End();
    ImGui::EndChild();
}

void SearchView::move_selection(int step) {
    const int n = static_cast<int>(hits_.size());
    if (n == 0 || step == 0) return;
    selected_ = std::clamp(selected_ + step, 0, n - 1);
    scroll_to_selected_ = true;
}

void SearchView::open_in_reader(const Analysis& analysis, int i, AppState& next) const {
    const SearchHit& h = hits_[static_cast<std::size_t>(i)];
    next.view = "reader";
    next.query = searched_; // Reader marks the words where it opens
    next.selected = {analysis.corpus.articles[static_cast<std::size_t>(h.article)].id};
    next.span_begin = h.match.begin;
}

// [SECTION] One result ----------------------------------------------------------------------

// What follows the outlet on a result's first line: the article's date and title, and for a
// reworded result whose hit it mirrors.
std::string SearchView::result_label(const Analysis& analysis, const SearchHit& h) const {
    const Article& a = analysis.corpus.articles[static_cast<std::size_t>(h.article)];
    std::string label = short_date(a.date);
    const std::string& title = a.title.empty() ? a.id : a.title;
    label += (label.empty() ? "" : " \u00B7 ") + title;
    if (h.reworded)
        label += " \u00B7 reworded: aligned with the hit in " +
                 analysis.corpus.articles[static_cast<std::size_t>(h.from_article)].outlet;
    return label;
}

// Two lines: the outlet (and, for a reworded result, whose hit it mirrors), then the context
// with the hit on a marker, keyword-in-context style: the hit starts at a fixed column so the
// eye runs down the hits.
void SearchView::draw_result(const Analysis& analysis, int i, float row_h, AppState& next) {
    const SearchHit& h = hits_[static_cast<std::size_t>(i)];
    const Article& a = analysis.corpus.articles[static_cast<std::size_t>(h.article)];
    const float em = ImGui::GetFontSize();
    ImGui::PushID(i);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    // Results are not keyboard-navigation stops: the arrow keys move the selection from the
    // field, and Enter opens it (see draw).
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    const bool clicked = ImGui::Selectable("##hit", i == selected_, ImGuiSelectableFlags_AllowOverlap, ImVec2(0, row_h));
    ImGui::PopItemFlag();
    if (clicked) {
        selected_ = i;
        open_in_reader(analysis, i, next);
    }
    if (i == selected_ && scroll_to_selected_) {
        ImGui::SetScrollHereY(0.5f);
        scroll_to_selected_ = false;
    }
    const float w = ImGui::GetItemRectSize().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    dl->AddText(ImVec2(p.x + 0.3f * em, p.y), theme_.outlet_color(h.article), a.outlet.c_str());
    // After the outlet, which of its articles: at 1,000 pickups one outlet has 20 or 30 of them,
    // and rows that all read "The Associated Press" did not say which one a hit is in. The date
    // and title end in "…" at the row's edge, as in Reader's list.
    {
        const std::string label = result_label(analysis, h);
        const float x = p.x + 0.3f * em + ImGui::CalcTextSize(a.outlet.c_str()).x + em;
        const float right = p.x + w - 0.3f * em;
        if (right > x) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme_.muted_text());
            ImGui::RenderTextEllipsis(dl, ImVec2(x, p.y), ImVec2(right, p.y + line), right, label.c_str(), nullptr, nullptr);
            ImGui::PopStyleColor();
        }
    }
    std::string_view t = a.text;
    const char* b = t.data() + h.context.begin;
    const char* mb = t.data() + h.match.begin;
    const char* me = t.data() + h.match.end;
    const char* e = t.data() + h.context.end;
    const float y = p.y + line;
    const ImVec2 clip_min(p.x, p.y), clip_max(p.x + w, p.y + row_h);
    dl->PushClipRect(clip_min, clip_max, true);
    // The hit starts at a third of the width (at the left for reworded sentences).
    float hit_x = h.reworded ? p.x + 0.3f * em : p.x + std::min(w * 0.33f, 18.0f * em);
    float pre_w = ImGui::CalcTextSize(b, mb).x;
    float hit_w = ImGui::CalcTextSize(mb, me).x;
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    dl->AddText(ImVec2(hit_x - pre_w, y), theme_.muted_text(), b, mb);
    dl->AddRectFilled(ImVec2(hit_x - 1, y), ImVec2(hit_x + hit_w + 1, y + ImGui::GetTextLineHeight()),
                      h.reworded ? theme_.outlet_color(h.from_article, 0.15f) : theme_.outlet_color(h.article, 0.25f));
    dl->AddText(ImVec2(hit_x, y), text, mb, me);
    dl->AddText(ImVec2(hit_x + hit_w, y), theme_.muted_text(), me, e);
    dl->PopClipRect();
    ImGui::PopID();
}

// [SECTION] Hook and export -----------------------------------------------------------------

std::string SearchView::table_csv(const Analysis& analysis) const {
    return search_csv(analysis, searched_, index_for_ == &analysis ? hits_ : std::vector<SearchHit>{});
}

void SearchView::report(nlohmann::json& out) const {
    out["search_query"] = searched_;
    out["search_input_active"] = input_active_; // the field has the keyboard: typing goes there
    out["search_box"] = {{"x", field_min_.x}, {"y", field_min_.y}, {"w", field_max_.x - field_min_.x},
                         {"h", field_max_.y - field_min_.y}};
    out["search_results"] = static_cast<int>(hits_.size());
    out["search_literal"] = literal_;
    out["search_articles"] = static_cast<int>(totals_.articles) + reworded_articles_;
    out["search_hits_total"] = static_cast<int>(totals_.hits); // literal hits, also those not listed
    out["search_index_words"] = static_cast<int>(index_.vocabulary_size());
    out["search_selected"] = selected_;
    if (selected_ >= 0 && static_cast<std::size_t>(selected_) < hits_.size() && index_for_) {
        const SearchHit& h = hits_[static_cast<std::size_t>(selected_)];
        out["search_selected_article"] = index_for_->corpus.articles[static_cast<std::size_t>(h.article)].id;
        out["search_selected_at"] = h.match.begin;
    }
    out["search_back_to"] = previous_view_.empty() ? "reader" : previous_view_;
    // The first rows as their first line reads: the outlet, then result_label (before "…").
    if (index_for_) {
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t i = 0; i < hits_.size() && i < 20; ++i) {
            const Article& a = index_for_->corpus.articles[static_cast<std::size_t>(hits_[i].article)];
            rows.push_back({{"article", a.id}, {"label", a.outlet + "  " + result_label(*index_for_, hits_[i])}});
        }
        out["search_rows"] = rows;
    }
}

} // namespace wiretrace
