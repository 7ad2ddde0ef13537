// ClaimsView.cpp — the claim × outlet matrix.
//
// [SECTION] Cache (built once from the Analysis)
// [SECTION] Filters
// [SECTION] Cells and details
// [SECTION] Drawing
// [SECTION] Hook and export

#include "ClaimsView.h"

#include "core/export_csv.h"

#include <imgui.h>

#include <algorithm>
#include <set>

namespace wiretrace {

namespace {

// One glyph per difference kind, all in Noto Sans (the embedded font): a number sign for a
// changed quantity, a quotation mark for altered quote wording, an at sign for who is credited,
// an S for a quote given to another speaker, a question mark for a hedge, a not sign for a
// flipped polarity. Indexed by DifferenceKind.
const char* const kKindGlyph[kDifferenceKinds] = {"#", "\u201C", "S", "@", "?", "\u00AC"};
const char* const kKindName[kDifferenceKinds] = {"quantity", "quote wording", "speaker",
                                                 "attribution", "hedge", "negation"};
const char* const kTypeName[3] = {"quote", "quantity", "statement"};

std::string kinds_text(unsigned kinds) {
    std::string s;
    for (int k = 0; k < kDifferenceKinds; ++k)
        if (kinds & (1u << k)) s += kKindGlyph[k];
    return s;
}

} // namespace

// [SECTION] Cache (built once from the Analysis) -------------------------------------------

void ClaimsView::build_cache(const Analysis& analysis) {
    cached_for_ = &analysis;
    // Columns are outlets, not articles: a reader asks "what does the BBC say", and a corpus
    // of hundreds of articles has far fewer outlets. ImGui tables take at most 512 columns, so
    // beyond that the rarest outlets fold into the last column.
    constexpr std::size_t kMaxOutletColumns = 500;
    std::map<std::string, int> column_by_outlet;
    column_of_article_.assign(analysis.corpus.articles.size(), 0);
    outlets_.clear();
    outlet_article_.clear();
    for (std::size_t i = 0; i < analysis.corpus.articles.size(); ++i) {
        const std::string& o = analysis.corpus.articles[i].outlet;
        auto it = column_by_outlet.find(o);
        if (it == column_by_outlet.end()) {
            if (outlets_.size() < kMaxOutletColumns) {
                it = column_by_outlet.emplace(o, static_cast<int>(outlets_.size())).first;
                outlets_.push_back(o);
                outlet_article_.push_back(static_cast<int>(i));
            } else {
                it = column_by_outlet.emplace(o, static_cast<int>(outlets_.size()) - 1).first;
                outlets_.back() = "Other outlets";
            }
        }
        column_of_article_[i] = it->second;
    }
    const std::size_t n_claims = analysis.claims.size();
    cells_.assign(n_claims * outlets_.size(), Cell{});
    claim_kinds_.assign(n_claims, 0);
    claim_outlets_.assign(n_claims, 0);
    for (std::size_t c = 0; c < n_claims; ++c) {
        const Claim& claim = analysis.claims[c];
        std::vector<unsigned> mention_kinds(claim.mentions.size(), 0);
        for (const ClaimDifference& d : claim.differences) {
            unsigned bit = 1u << static_cast<int>(d.kind);
            // Only the outlet that departs from the consensus is marked.
            if (d.mention >= 0 && static_cast<std::size_t>(d.mention) < mention_kinds.size())
                mention_kinds[d.mention] |= bit;
            claim_kinds_[c] |= bit;
        }
        std::set<int> columns;
        for (std::size_t m = 0; m < claim.mentions.size(); ++m) {
            int art = claim.mentions[m].article;
            if (art < 0 || static_cast<std::size_t>(art) >= column_of_article_.size()) continue;
            int col = column_of_article_[art];
            Cell& cl = cells_[c * outlets_.size() + static_cast<std::size_t>(col)];
            if (cl.mention < 0) cl.mention = static_cast<int>(m);
            cl.kinds |= mention_kinds[m];
            columns.insert(col);
        }
        claim_outlets_[c] = static_cast<int>(columns.size());
    }
    filters_dirty_ = true;
}

// [SECTION] Filters -------------------------------------------------------------------------

void ClaimsView::apply_filters(const Analysis& analysis) {
    rows_.clear();
    differences_shown_ = 0;
    for (std::size_t c = 0; c < analysis.claims.size(); ++c) {
        const Claim& claim = analysis.claims[c];
        if (type_filter_ >= 0 && static_cast<int>(claim.type) != type_filter_) continue;
        if (differences_only_ && claim_kinds_[c] == 0) continue;
        if (unique_only_ && claim_outlets_[c] != 1) continue;
        rows_.push_back(static_cast<int>(c));
        differences_shown_ += claim.differences.size();
    }
    filters_dirty_ = false;
}

void ClaimsView::remember_control(const char* name) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    controls_[name] = {a.x, a.y, b.x - a.x, b.y - a.y};
}

void ClaimsView::draw_filters() {
    const float em = ImGui::GetFontSize();
    const char* type_label = type_filter_ < 0 ? "All types" : kTypeName[type_filter_];
    ImGui::SetNextItemWidth(8 * em);
    if (ImGui::BeginCombo("##type", type_label)) {
        if (ImGui::Selectable("All types", type_filter_ < 0)) type_filter_ = -1, filters_dirty_ = true;
        for (int t = 0; t < 3; ++t)
            if (ImGui::Selectable(kTypeName[t], type_filter_ == t)) type_filter_ = t, filters_dirty_ = true;
        ImGui::EndCombo();
    }
    remember_control("type");
    auto same_line_if_room = [&](const char* next_label) {
        if (ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(next_label).x + 3 * em) ImGui::SameLine();
    };
    same_line_if_room("Differences only");
    if (ImGui::Checkbox("Differences only", &differences_only_)) filters_dirty_ = true;
    remember_control("differences_only");
    same_line_if_room("Unique to one outlet");
    if (ImGui::Checkbox("Unique to one outlet", &unique_only_)) filters_dirty_ = true;
    remember_control("unique_only");
}

void ClaimsView::draw_legend() {
    const float em = ImGui::GetFontSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto item = [&](const char* text, auto&& paint) {
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(text).x + 2.5f * em) ImGui::NewLine();
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(1.4f * em, ImGui::GetTextLineHeight()));
        paint(ImVec2(p.x + 0.7f * em, p.y + ImGui::GetTextLineHeight() * 0.5f));
        ImGui::SameLine(0, 0.2f * em);
        ImGui::TextDisabled("%s", text);
        ImGui::SameLine(0, em);
    };
    const ImU32 ink = theme_.outlet_color(0);
    item("states it", [&](ImVec2 c) { dl->AddCircleFilled(c, 0.32f * em, ink); });
    for (int k = 0; k < kDifferenceKinds; ++k) {
        item(kKindName[k], [&](ImVec2 c) {
            dl->AddCircle(c, 0.42f * em, ink, 0, 0.12f * em);
            ImVec2 ts = ImGui::CalcTextSize(kKindGlyph[k]);
            dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), theme_.difference_color(), kKindGlyph[k]);
        });
    }
    item("omits it", [&](ImVec2 c) { dl->AddCircleFilled(c, 0.1f * em, theme_.grid_color()); });
    ImGui::NewLine();
}

// [SECTION] Cells and details ------------------------------------------------------------------

void ClaimsView::draw_cell(const Analysis& analysis, const Claim& claim, int column, const Cell& cl,
                           AppState& next) {
    const float em = ImGui::GetFontSize();
    const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetFrameHeight();
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(column);
    const bool clicked = ImGui::InvisibleButton("##cell", ImVec2(std::max(w, 1.0f), h));
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(p.x + w * 0.5f, p.y + h * 0.5f);
    const ImU32 ink = theme_.outlet_color(outlet_article_[static_cast<std::size_t>(column)]);
    if (cl.mention < 0) {
        dl->AddCircleFilled(c, 0.1f * em, theme_.grid_color());
        return;
    }
    if (cl.kinds == 0) {
        dl->AddCircleFilled(c, 0.32f * em, ink);
    } else {
        // Stated differently: the outlet's ring around the glyphs of what differs.
        dl->AddCircle(c, 0.6f * em, ink, 0, 0.14f * em);
        std::string glyphs = kinds_text(cl.kinds);
        ImGui::PushFont(nullptr, em * (glyphs.size() > 2 ? 0.75f : 1.0f));
        ImVec2 ts = ImGui::CalcTextSize(glyphs.c_str());
        dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), theme_.difference_color(), glyphs.c_str());
        ImGui::PopFont();
    }
    const ClaimMention& m = claim.mentions[static_cast<std::size_t>(cl.mention)];
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ink), "%s", outlets_[static_cast<std::size_t>(column)].c_str());
        { std::string_view t = text_of(analysis, m); ImGui::TextWrapped("%.*s", static_cast<int>(t.size()), t.data()); }
        if (m.speaker) ImGui::TextDisabled("speaker: %s", m.speaker->c_str());
        if (m.source) ImGui::TextDisabled("source: %s", m.source->c_str());
        if (m.hedged) ImGui::TextDisabled("hedged");
        for (const Quantity& q : m.quantities)
            ImGui::TextDisabled("%s = %g %s", q.text.c_str(), q.value, q.unit.c_str());
        for (const ClaimDifference& d : claim.differences) {
            if (d.mention != cl.mention) continue;
            int other = d.reference;
            const int other_art = other >= 0 && static_cast<std::size_t>(other) < claim.mentions.size()
                                      ? claim.mentions[static_cast<std::size_t>(other)].article
                                      : -1;
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_.difference_color()), "%s %s vs %s: %s",
                               kKindGlyph[static_cast<int>(d.kind)], kKindName[static_cast<int>(d.kind)],
                               other_art >= 0 ? analysis.corpus.articles[static_cast<std::size_t>(other_art)].outlet.c_str() : "?",
                               d.detail.c_str());
        }
        ImGui::TextDisabled("Click to read it in context");
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (clicked && m.article >= 0) {
        next.view = "reader";
        next.selected = {analysis.corpus.articles[static_cast<std::size_t>(m.article)].id};
        next.span_begin = m.span.begin;
        next.claim = claim.id;
    }
}

void ClaimsView::draw_claim_details(const Analysis& analysis, const Claim& claim, AppState& next) {
    // Every outlet's wording of one claim, reachable by a tap (no hover needed on a phone).
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(20 * em, ImGui::GetMainViewport()->WorkSize.x * 0.9f), 0),
                                        ImVec2(ImGui::GetMainViewport()->WorkSize.x * 0.95f, ImGui::GetMainViewport()->WorkSize.y * 0.8f));
    if (!ImGui::BeginPopup("claim_details")) {
        details_claim_ = -1;
        return;
    }
    ImGui::PushTextWrapPos(std::min(34 * em, ImGui::GetMainViewport()->WorkSize.x * 0.85f));
    ImGui::TextWrapped("%s", claim.label.c_str());
    ImGui::TextDisabled("%s claim, %zu mentions, %zu differences", kTypeName[static_cast<int>(claim.type)],
                        claim.mentions.size(), claim.differences.size());
    if (ImGui::SmallButton("Copy all wordings")) {
        std::string text = claim.label + "\n";
        for (const ClaimMention& m : claim.mentions)
            text += analysis.corpus.articles[static_cast<std::size_t>(m.article)].outlet + ": " + std::string(text_of(analysis, m)) + "\n";
        ImGui::SetClipboardText(text.c_str());
    }
    ImGui::Separator();
    for (std::size_t i = 0; i < claim.mentions.size(); ++i) {
        const ClaimMention& m = claim.mentions[i];
        if (m.article < 0) continue;
        const Article& a = analysis.corpus.articles[static_cast<std::size_t>(m.article)];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_.outlet_color(m.article)), "%s", a.outlet.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Read")) {
            next.view = "reader";
            next.selected = {a.id};
            next.span_begin = m.span.begin;
            next.claim = claim.id;
            ImGui::CloseCurrentPopup();
        }
        { std::string_view t = text_of(analysis, m); ImGui::TextWrapped("%.*s", static_cast<int>(t.size()), t.data()); }
        ImGui::PopID();
    }
    if (!claim.differences.empty()) {
        ImGui::Separator();
        for (const ClaimDifference& d : claim.differences)
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_.difference_color()), "%s %s: %s",
                               kKindGlyph[static_cast<int>(d.kind)], kKindName[static_cast<int>(d.kind)], d.detail.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
}

// [SECTION] Drawing ---------------------------------------------------------------------------

void ClaimsView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    if (cached_for_ != &analysis) build_cache(analysis);
    draw_filters();
    if (filters_dirty_) apply_filters(analysis);
    draw_legend();
    if (analysis.claims.empty()) {
        ImGui::TextDisabled("This analysis has no claims.");
        return;
    }
    ImGui::TextDisabled("%zu of %zu claims, %zu differences. Click a claim for every wording, a cell to read it.",
                        rows_.size(), analysis.claims.size(), differences_shown_);

    const float em = ImGui::GetFontSize();
    // Row of the claim in focus (deep link or keyboard); Up/Down move it, Enter reads it.
    int focus_row = -1;
    if (state.claim)
        for (std::size_t r = 0; r < rows_.size(); ++r)
            if (analysis.claims[static_cast<std::size_t>(rows_[r])].id == *state.claim) focus_row = static_cast<int>(r);
    int scroll_row = -1;
    if (state.claim != scrolled_to_claim_) {
        scroll_row = focus_row;
        scrolled_to_claim_ = state.claim;
    }
    const ImGuiInputFlags route = ImGuiInputFlags_RouteGlobal | ImGuiInputFlags_Repeat;
    int move = ImGui::Shortcut(ImGuiKey_DownArrow, route) ? 1 : ImGui::Shortcut(ImGuiKey_UpArrow, route) ? -1 : 0;
    if (move != 0 && !rows_.empty()) {
        int r = focus_row < 0 ? 0 : std::clamp(focus_row + move, 0, static_cast<int>(rows_.size()) - 1);
        next.claim = analysis.claims[static_cast<std::size_t>(rows_[r])].id;
    }
    if (focus_row >= 0 && ImGui::Shortcut(ImGuiKey_Enter, ImGuiInputFlags_RouteGlobal)) {
        const Claim& claim = analysis.claims[static_cast<std::size_t>(rows_[focus_row])];
        if (!claim.mentions.empty() && claim.mentions.front().article >= 0) {
            next.view = "reader";
            next.selected = {analysis.corpus.articles[static_cast<std::size_t>(claim.mentions.front().article)].id};
            next.span_begin = claim.mentions.front().span.begin;
        }
    }

    const int n_outlets = static_cast<int>(outlets_.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit |
                                  ImGuiTableFlags_HighlightHoveredColumn;
    // On a phone the label column takes under half the width so a few outlets stay in view.
    const float label_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.42f, 8 * em, 22 * em);
    if (!ImGui::BeginTable("claims", 2 + n_outlets, flags)) return;
    ImGui::TableSetupScrollFreeze(1, 2);
    ImGui::TableSetupColumn("Claim", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoHide, label_w);
    ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed, 4.8f * em);
    for (const std::string& o : outlets_)
        ImGui::TableSetupColumn(o.c_str(), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_AngledHeader, 2.0f * em);
    ImGui::TableAngledHeadersRow();
    // Second header row: the outlet colour chips that key the cells.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableSetColumnIndex(0);
    ImGui::TableHeader("Claim");
    ImGui::TableSetColumnIndex(1);
    ImGui::TableHeader("Type");
    for (int c = 0; c < n_outlets; ++c) {
        if (!ImGui::TableSetColumnIndex(2 + c)) continue;
        ImVec2 p = ImGui::GetCursorScreenPos();
        float w = ImGui::GetContentRegionAvail().x, s = 0.7f * em;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x + (w - s) * 0.5f, p.y + 0.15f * em),
                                                  ImVec2(p.x + (w + s) * 0.5f, p.y + 0.15f * em + s),
                                                  theme_.outlet_color(outlet_article_[static_cast<std::size_t>(c)]), 0.15f * em);
        ImGui::Dummy(ImVec2(w, em));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", outlets_[static_cast<std::size_t>(c)].c_str());
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()), ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2);
    if (scroll_row >= 0) clipper.IncludeItemByIndex(scroll_row);
    int open_details = -1;
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const int ci = rows_[static_cast<std::size_t>(r)];
            const Claim& claim = analysis.claims[static_cast<std::size_t>(ci)];
            ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight());
            ImGui::PushID(ci);
            ImGui::TableSetColumnIndex(0);
            if (r == scroll_row) ImGui::SetScrollHereY(0.3f);
            const bool focused = r == focus_row;
            if (ImGui::Selectable(claim.label.c_str(), focused, ImGuiSelectableFlags_None,
                                  ImVec2(0, ImGui::GetFrameHeight()))) {
                next.claim = claim.id;
                open_details = ci;
            }
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", claim.label.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::AlignTextToFramePadding();
            ImGui::TextDisabled("%s", kTypeName[static_cast<int>(claim.type)]);
            for (int c = 0; c < n_outlets; ++c)
                if (ImGui::TableSetColumnIndex(2 + c)) draw_cell(analysis, claim, c, cell(ci, c), next);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (open_details >= 0) {
        details_claim_ = open_details;
        ImGui::OpenPopup("claim_details");
    }
    if (details_claim_ >= 0) draw_claim_details(analysis, analysis.claims[static_cast<std::size_t>(details_claim_)], next);
}

// [SECTION] Hook and export --------------------------------------------------------------------

void ClaimsView::report(nlohmann::json& out) const {
    out["claims_rows"] = rows_.size();
    out["differences_shown"] = differences_shown_;
    out["claims_controls"] = controls_;
    out["claims_filter"] = {{"type", type_filter_ < 0 ? "all" : kTypeName[type_filter_]},
                            {"differences_only", differences_only_},
                            {"unique_only", unique_only_}};
    // Per-row detail for tests and tools; capped so the hook stays small on a large corpus.
    nlohmann::json rows = nlohmann::json::array();
    if (cached_for_) {
        for (std::size_t r = 0; r < rows_.size() && r < 300; ++r) {
            const int ci = rows_[r];
            const Claim& claim = cached_for_->claims[static_cast<std::size_t>(ci)];
            nlohmann::json states = nlohmann::json::array(), differs = nlohmann::json::array(),
                           kinds = nlohmann::json::array();
            for (const ClaimMention& m : claim.mentions) {
                if (m.article < 0) continue;
                const std::string& id = cached_for_->corpus.articles[static_cast<std::size_t>(m.article)].id;
                if (std::find(states.begin(), states.end(), id) == states.end()) states.push_back(id);
            }
            for (std::size_t c = 0; c < outlets_.size(); ++c)
                if (cell(ci, static_cast<int>(c)).kinds) differs.push_back(outlets_[c]);
            for (int k = 0; k < 4; ++k)
                if (claim_kinds_[static_cast<std::size_t>(ci)] & (1u << k)) kinds.push_back(to_string(static_cast<DifferenceKind>(k)));
            rows.push_back({{"id", claim.id}, {"label", claim.label}, {"type", to_string(claim.type)},
                            {"articles", states}, {"outlets", claim_outlets_[static_cast<std::size_t>(ci)]},
                            {"differing_outlets", differs}, {"kinds", kinds}});
        }
    }
    out["claims_table"] = rows;
}

std::string ClaimsView::table_csv(const Analysis& analysis) const {
    return claims_csv(analysis, cached_for_ == &analysis ? &rows_ : nullptr);
}

} // namespace wiretrace
