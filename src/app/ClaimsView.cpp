// ClaimsView.cpp — the claim × outlet matrix and the details of the claim in focus.
//
// [SECTION] Kinds of change: glyphs and names
// [SECTION] Cache (built once from the Analysis)
// [SECTION] Filters
// [SECTION] Cells
// [SECTION] Details: consensus, who changed what, notes, every wording
// [SECTION] Drawing
// [SECTION] Hook and export

#include "ClaimsView.h"

#include "core/export_csv.h"
#include "core/quantities.h"

#include <imgui.h>
#include <imgui_internal.h> // RenderTextEllipsis: a claim label too long for its column ends in "…"

#include <algorithm>
#include <set>

namespace wiretrace {

namespace {

// [SECTION] Kinds of change: glyphs and names -----------------------------------------------

// One glyph per difference kind, all in Noto Sans (the embedded font): a number sign for a
// changed quantity, a quotation mark for rewritten quote wording, an S for a quote given to
// another speaker, an at sign for who is credited, a question mark for a hedge, a not sign for
// a flipped polarity. Indexed by DifferenceKind.
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

bool valid_mention(const Claim& claim, int m) {
    return m >= 0 && static_cast<std::size_t>(m) < claim.mentions.size();
}

} // namespace

// [SECTION] Cache (built once from the Analysis) -------------------------------------------

double ClaimsView::prepare(const Analysis& analysis, const AppState&, double budget_ms) {
    return prep_.run_for(analysis, budget_ms, [&] { add_stages(analysis); });
}

// The matrix's columns and cells, as stages of the view's preparation (Preparation.h): at 10,000
// articles and their claims, building them in one frame held the tab for 329 ms.
void ClaimsView::add_stages(const Analysis& analysis) {
    cached_for_ = nullptr; // the hook and the CSV see the matrix once it is whole
    // Columns are outlets, not articles: a reader asks "what does the BBC say", and a corpus
    // of hundreds of articles has far fewer outlets. ImGui tables take at most 512 columns, so
    // beyond that the rarest outlets fold into the last column.
    constexpr std::size_t kMaxOutletColumns = 500;
    column_by_outlet_.clear();
    column_of_article_.assign(analysis.corpus.articles.size(), 0);
    outlets_.clear();
    outlet_article_.clear();
    prep_.add("the outlets", analysis.corpus.articles.size(), [this, &analysis](std::size_t i) {
        const std::string& o = analysis.corpus.articles[i].outlet;
        auto it = column_by_outlet_.find(o);
        if (it == column_by_outlet_.end()) {
            if (outlets_.size() < kMaxOutletColumns) {
                it = column_by_outlet_.emplace(o, static_cast<int>(outlets_.size())).first;
                outlets_.push_back(o);
                outlet_article_.push_back(static_cast<int>(i));
            } else {
                it = column_by_outlet_.emplace(o, static_cast<int>(outlets_.size()) - 1).first;
                outlets_.back() = "Other outlets";
            }
        }
        column_of_article_[i] = it->second;
    });
    const std::size_t n_claims = analysis.claims.size();
    prep_.add("the claims", 1, [this, n_claims](std::size_t) {
        column_by_outlet_.clear();
        cell_begin_.assign(1, 0);
        cell_begin_.reserve(n_claims + 1);
        cell_columns_.clear();
        cells_.clear();
        claim_kinds_.assign(n_claims, 0);
        claim_outlets_.assign(n_claims, 0);
        claim_index_by_id_.clear();
    });
    prep_.add("the claims", n_claims, [this, &analysis](std::size_t c) {
        const Claim& claim = analysis.claims[c];
        if (claim.id >= 0) {
            if (static_cast<std::size_t>(claim.id) >= claim_index_by_id_.size())
                claim_index_by_id_.resize(static_cast<std::size_t>(claim.id) + 1, -1);
            claim_index_by_id_[static_cast<std::size_t>(claim.id)] = static_cast<int>(c);
        }
        std::vector<unsigned> mention_kinds(claim.mentions.size(), 0);
        for (const ClaimDifference& d : claim.differences) {
            const unsigned bit = 1u << static_cast<int>(d.kind);
            // Only the outlet that departs from the consensus is marked.
            if (valid_mention(claim, d.mention)) mention_kinds[static_cast<std::size_t>(d.mention)] |= bit;
            claim_kinds_[c] |= bit;
        }
        std::map<int, Cell> columns;
        for (std::size_t m = 0; m < claim.mentions.size(); ++m) {
            const int art = claim.mentions[m].article;
            if (art < 0 || static_cast<std::size_t>(art) >= column_of_article_.size()) continue;
            const int col = column_of_article_[static_cast<std::size_t>(art)];
            Cell& cl = columns[col];
            // The cell's mention is the one to show on hover: the consensus one if this outlet
            // carries it, else the first that departs, else the first.
            const bool is_ref = static_cast<int>(m) == claim.reference;
            if (cl.mention < 0 || is_ref || (cl.kinds == 0 && mention_kinds[m] != 0 && !cl.reference))
                cl.mention = static_cast<int>(m);
            cl.kinds |= mention_kinds[m];
            cl.reference = cl.reference || is_ref;
        }
        claim_outlets_[c] = static_cast<int>(columns.size());
        for (const auto& [col, cl] : columns) {
            cell_columns_.push_back(col);
            cells_.push_back(cl);
        }
        cell_begin_.push_back(cells_.size());
    });
    prep_.add("the rows", 1, [this, &analysis](std::size_t) {
        if (outlet_filter_ >= static_cast<int>(outlets_.size())) outlet_filter_ = -1;
        apply_filters(analysis);
        cached_for_ = &analysis;
    });
}

const ClaimsView::Cell& ClaimsView::cell(int claim, int column) const {
    static const Cell omits;
    const std::size_t c = static_cast<std::size_t>(claim);
    if (claim < 0 || c + 1 >= cell_begin_.size()) return omits;
    auto first = cell_columns_.begin() + static_cast<std::ptrdiff_t>(cell_begin_[c]);
    auto last = cell_columns_.begin() + static_cast<std::ptrdiff_t>(cell_begin_[c + 1]);
    auto it = std::lower_bound(first, last, column);
    return it != last && *it == column ? cells_[static_cast<std::size_t>(it - cell_columns_.begin())] : omits;
}

const std::string& ClaimsView::outlet_of(const Analysis& analysis, const Claim& claim, int mention) const {
    static const std::string unknown = "an unknown outlet";
    if (!valid_mention(claim, mention)) return unknown;
    const int art = claim.mentions[static_cast<std::size_t>(mention)].article;
    if (art < 0 || static_cast<std::size_t>(art) >= analysis.corpus.articles.size()) return unknown;
    return analysis.corpus.articles[static_cast<std::size_t>(art)].outlet;
}

// [SECTION] Filters -------------------------------------------------------------------------

// A difference counts on screen when it passes the kind and outlet filters.
bool ClaimsView::difference_shown(const Analysis& analysis, const Claim& claim, const ClaimDifference& d) const {
    if (kind_filter_ >= 0 && static_cast<int>(d.kind) != kind_filter_) return false;
    if (outlet_filter_ >= 0) {
        if (!valid_mention(claim, d.mention)) return false;
        const int art = claim.mentions[static_cast<std::size_t>(d.mention)].article;
        if (art < 0 || static_cast<std::size_t>(art) >= column_of_article_.size()) return false;
        if (column_of_article_[static_cast<std::size_t>(art)] != outlet_filter_) return false;
    }
    return true;
}

void ClaimsView::apply_filters(const Analysis& analysis) {
    rows_.clear();
    differences_shown_ = 0;
    for (std::size_t c = 0; c < analysis.claims.size(); ++c) {
        const Claim& claim = analysis.claims[c];
        if (type_filter_ >= 0 && static_cast<int>(claim.type) != type_filter_) continue;
        if (unique_only_ && claim_outlets_[c] != 1) continue;
        if (outlet_filter_ >= 0 && cell(static_cast<int>(c), outlet_filter_).mention < 0) continue;
        std::size_t shown = 0;
        for (const ClaimDifference& d : claim.differences) shown += difference_shown(analysis, claim, d);
        // With a kind chosen, or "differences only", a claim stays when a change passes the
        // filters: "what did this outlet change" is the outlet filter plus "Differences only".
        if ((differences_only_ || kind_filter_ >= 0) && shown == 0) continue;
        rows_.push_back(static_cast<int>(c));
        differences_shown_ += shown;
    }
    filters_dirty_ = false;
}

void ClaimsView::remember_control(const char* name) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    controls_[name] = {a.x, a.y, b.x - a.x, b.y - a.y};
}

void ClaimsView::draw_filters() {
    const float em = ImGui::GetFontSize();
    // The items of an open combo are reported to the hook ("kind:hedge", "outlet:BBC") so a
    // browser test can pick one with a click, like a user; they go when the combo closes.
    for (auto it = controls_.begin(); it != controls_.end();)
        it = it->first.find(':') != std::string::npos ? controls_.erase(it) : std::next(it);
    // The next control goes on the same line when it fits between the last one and the right
    // edge; on a phone the filters wrap instead of running off the screen.
    const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    auto same_line_if_room = [&](float width) {
        if (right_edge - (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x) >= width) ImGui::SameLine();
    };
    ImGui::SetNextItemWidth(7 * em);
    if (ImGui::BeginCombo("##type", type_filter_ < 0 ? "All types" : kTypeName[type_filter_])) {
        if (ImGui::Selectable("All types", type_filter_ < 0)) type_filter_ = -1, filters_dirty_ = true;
        for (int t = 0; t < 3; ++t)
            if (ImGui::Selectable(kTypeName[t], type_filter_ == t)) type_filter_ = t, filters_dirty_ = true;
        ImGui::EndCombo();
    }
    remember_control("type");
    same_line_if_room(10 * em);
    ImGui::SetNextItemWidth(10 * em);
    if (ImGui::BeginCombo("##kind", kind_filter_ < 0 ? "Any change" : kKindName[kind_filter_])) {
        if (ImGui::Selectable("Any change", kind_filter_ < 0)) kind_filter_ = -1, filters_dirty_ = true;
        remember_control("kind:*");
        for (int k = 0; k < kDifferenceKinds; ++k) {
            std::string item = std::string(kKindGlyph[k]) + "  " + kKindName[k];
            if (ImGui::Selectable(item.c_str(), kind_filter_ == k)) kind_filter_ = k, filters_dirty_ = true;
            remember_control((std::string("kind:") + to_string(static_cast<DifferenceKind>(k))).c_str());
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Only claims with this kind of change");
    remember_control("kind");
    same_line_if_room(12 * em);
    ImGui::SetNextItemWidth(12 * em);
    const char* outlet_label = outlet_filter_ < 0 ? "All outlets" : outlets_[static_cast<std::size_t>(outlet_filter_)].c_str();
    if (ImGui::BeginCombo("##outlet", outlet_label, ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable("All outlets", outlet_filter_ < 0)) outlet_filter_ = -1, filters_dirty_ = true;
        remember_control("outlet:*");
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(outlets_.size()));
        while (clipper.Step())
            for (int o = clipper.DisplayStart; o < clipper.DisplayEnd; ++o) {
                ImGui::PushID(o);
                if (ImGui::Selectable(outlets_[static_cast<std::size_t>(o)].c_str(), outlet_filter_ == o))
                    outlet_filter_ = o, filters_dirty_ = true;
                remember_control(("outlet:" + outlets_[static_cast<std::size_t>(o)]).c_str());
                ImGui::PopID();
            }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("Only claims this outlet states; with \"Differences only\", what it changed");
    remember_control("outlet");
    same_line_if_room(ImGui::CalcTextSize("Differences only").x + 2 * em);
    if (ImGui::Checkbox("Differences only", &differences_only_)) filters_dirty_ = true;
    remember_control("differences_only");
    same_line_if_room(ImGui::CalcTextSize("Unique to one outlet").x + 2 * em);
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
    item("carries the consensus", [&](ImVec2 c) { dl->AddCircleFilled(c, 0.32f * em, ink); });
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

// [SECTION] Cells ------------------------------------------------------------------------------

void ClaimsView::draw_cell(const Analysis& analysis, const Claim& claim, int column, const Cell& cl,
                           AppState& next, float width) {
    const float em = ImGui::GetFontSize();
    const float w = width > 0 ? width : ImGui::GetContentRegionAvail().x, h = ImGui::GetFrameHeight();
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(column);
    const bool clicked = ImGui::InvisibleButton("##cell", ImVec2(std::max(w, 1.0f), h));
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(p.x + w * 0.5f, p.y + h * 0.5f);
    const ImU32 ink = theme_.outlet_color(outlet_article_[static_cast<std::size_t>(column)]);
    if (cl.mention < 0) {
        dl->AddCircleFilled(c, 0.1f * em, theme_.grid_color());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s does not state this claim", outlets_[static_cast<std::size_t>(column)].c_str());
        return;
    }
    if (cl.kinds == 0) {
        dl->AddCircleFilled(c, 0.32f * em, ink);
    } else {
        // Stated differently: the outlet's ring around the glyphs of what it changed.
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
        const std::string& outlet = outlets_[static_cast<std::size_t>(column)];
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ink), "%s", outlet.c_str());
        if (cl.kinds == 0)
            ImGui::TextDisabled(cl.reference ? "the consensus version" : "carries the consensus version");
        { std::string_view t = text_of(analysis, m); ImGui::TextWrapped("%.*s", static_cast<int>(t.size()), t.data()); }
        if (m.speaker >= 0) ImGui::TextDisabled("speaker: %s", analysis.claim_names[static_cast<std::size_t>(m.speaker)].c_str());
        if (m.source >= 0) ImGui::TextDisabled("source: %s", analysis.claim_names[static_cast<std::size_t>(m.source)].c_str());
        if (m.hedged) ImGui::TextDisabled("hedged");
        if (m.negated) ImGui::TextDisabled("negated");
        for (const Quantity& q : m.quantities) ImGui::TextDisabled("%s", describe_quantity(q).c_str());
        for (const ClaimDifference& d : claim.differences) {
            if (!valid_mention(claim, d.mention) ||
                column_of_article_[static_cast<std::size_t>(claim.mentions[static_cast<std::size_t>(d.mention)].article)] != column)
                continue;
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_.difference_color()), "%s %s %s",
                               kKindGlyph[static_cast<int>(d.kind)], outlet.c_str(), d.detail.c_str());
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

// [SECTION] Details: consensus, who changed what, notes, every wording ------------------------

void ClaimsView::draw_details(const Analysis& analysis, const Claim& claim, AppState& next) {
    const float em = ImGui::GetFontSize();
    // On a phone the pane is ~22 em wide: a button or a note after a line's text goes on the
    // same line only when it fits before the right edge, else on the next (they were cut off).
    // How far anything still reaches past the edge is reported to the hook (0: nothing cut).
    const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    details_overflow_ = 0;
    auto track = [&] { details_overflow_ = std::max(details_overflow_, ImGui::GetItemRectMax().x - right_edge); };
    auto same_line_if_fits = [&](float w) {
        if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + w <= right_edge) ImGui::SameLine();
    };
    auto small_button_w = [](const char* label) {
        return ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x;
    };
    // A muted remark after an outlet's name: beside it when it fits, else wrapped under it.
    auto remark = [&](const char* text) {
        same_line_if_fits(ImGui::CalcTextSize(text).x);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::TextWrapped("%s", text);
        ImGui::PopStyleColor();
        track();
    };
    auto read_button = [&](const ClaimMention& m) {
        if (m.article < 0) return;
        same_line_if_fits(small_button_w("Read"));
        const bool read = ImGui::SmallButton("Read");
        track();
        if (read) {
            next.view = "reader";
            next.selected = {analysis.corpus.articles[static_cast<std::size_t>(m.article)].id};
            next.span_begin = m.span.begin;
            next.claim = claim.id;
        }
    };
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextWrapped("%s", claim.label.c_str());
    const std::size_t n_claim = static_cast<std::size_t>(&claim - analysis.claims.data());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s claim · stated by %d of %zu outlets · %zu change%s", kTypeName[static_cast<int>(claim.type)],
                       claim_outlets_[n_claim], outlets_.size(), claim.differences.size(),
                       claim.differences.size() == 1 ? "" : "s");
    ImGui::PopStyleColor();
    same_line_if_fits(small_button_w("Copy all wordings"));
    const bool copy = ImGui::SmallButton("Copy all wordings");
    track();
    if (copy) {
        std::string text = claim.label + "\n";
        for (const ClaimMention& m : claim.mentions)
            if (m.article >= 0)
                text += analysis.corpus.articles[static_cast<std::size_t>(m.article)].outlet + ": " +
                        std::string(text_of(analysis, m)) + "\n";
        ImGui::SetClipboardText(text.c_str());
    }
    notes_.draw_editor(theme_, note_key_for_claim(analysis, static_cast<int>(n_claim)));
    // The consensus: the reference mention and how many outlets carry it unchanged.
    if (valid_mention(claim, claim.reference)) {
        std::set<int> departing;
        for (const ClaimDifference& d : claim.differences) departing.insert(d.mention);
        std::set<std::string> agreeing;
        for (std::size_t m = 0; m < claim.mentions.size(); ++m)
            if (!departing.count(static_cast<int>(m))) agreeing.insert(outlet_of(analysis, claim, static_cast<int>(m)));
        const ClaimMention& ref = claim.mentions[static_cast<std::size_t>(claim.reference)];
        ImGui::Spacing();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_.outlet_color(ref.article)), "%s",
                           outlet_of(analysis, claim, claim.reference).c_str());
        track();
        char consensus[96];
        if (claim_outlets_[n_claim] <= 1)
            std::snprintf(consensus, sizeof consensus, "(the only outlet that states it)");
        else
            std::snprintf(consensus, sizeof consensus, "(consensus: %zu of %d outlets carry this version)",
                          agreeing.size(), claim_outlets_[n_claim]);
        remark(consensus);
        read_button(ref);
        std::string_view t = text_of(analysis, ref);
        ImGui::Indent(em);
        ImGui::TextWrapped("%.*s", static_cast<int>(t.size()), t.data());
        ImGui::Unindent(em);
    }
    // Who changed what, in words.
    if (!claim.differences.empty()) {
        ImGui::Spacing();
        for (std::size_t i = 0; i < claim.differences.size(); ++i) {
            const ClaimDifference& d = claim.differences[i];
            ImGui::PushID(static_cast<int>(i));
            const ImVec4 warm = ImGui::ColorConvertU32ToFloat4(theme_.difference_color());
            ImGui::TextColored(warm, "%s", kKindGlyph[static_cast<int>(d.kind)]);
            ImGui::SameLine();
            const int art = valid_mention(claim, d.mention) ? claim.mentions[static_cast<std::size_t>(d.mention)].article : -1;
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_.outlet_color(std::max(art, 0))), "%s",
                               outlet_of(analysis, claim, d.mention).c_str());
            track();
            remark(kKindName[static_cast<int>(d.kind)]);
            if (valid_mention(claim, d.mention)) read_button(claim.mentions[static_cast<std::size_t>(d.mention)]);
            // The detail on its own lines: a rewritten quote with its word diff is long, and a
            // button after wrapped text would fall off the right edge.
            ImGui::Indent(em);
            ImGui::TextWrapped("%s", d.detail.c_str());
            ImGui::Unindent(em);
            ImGui::PopID();
        }
    }
    for (const ClaimNote& n : claim.notes)
        ImGui::TextDisabled("Note: %s %s", outlet_of(analysis, claim, n.mention).c_str(), n.detail.c_str());
    ImGui::Spacing();
    if (ImGui::TreeNodeEx("Every wording", ImGuiTreeNodeFlags_None)) {
        for (std::size_t i = 0; i < claim.mentions.size(); ++i) {
            const ClaimMention& m = claim.mentions[i];
            if (m.article < 0) continue;
            ImGui::PushID(static_cast<int>(i));
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_.outlet_color(m.article)), "%s",
                               analysis.corpus.articles[static_cast<std::size_t>(m.article)].outlet.c_str());
            track();
            read_button(m);
            std::string_view t = text_of(analysis, m);
            ImGui::TextWrapped("%.*s", static_cast<int>(t.size()), t.data());
            ImGui::PopID();
        }
        ImGui::TreePop();
    }
    ImGui::PopTextWrapPos();
}

// [SECTION] Drawing ---------------------------------------------------------------------------

void ClaimsView::draw_table(const Analysis& analysis, const AppState& state, AppState& next, float height) {
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
        if (valid_mention(claim, claim.reference) && claim.mentions[static_cast<std::size_t>(claim.reference)].article >= 0) {
            const ClaimMention& m = claim.mentions[static_cast<std::size_t>(claim.reference)];
            next.view = "reader";
            next.selected = {analysis.corpus.articles[static_cast<std::size_t>(m.article)].id};
            next.span_begin = m.span.begin;
        }
    }

    const int n_outlets = static_cast<int>(outlets_.size());
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionAvail().x - style.ScrollbarSize;
    // A phone: the matrix would give the claim text ~20 characters and scroll the outlets
    // sideways (issue 13), so each claim becomes a card instead.
    cards_ = avail < 40 * em;
    if (cards_) {
        draw_cards(analysis, next, height, focus_row, scroll_row);
        return;
    }
    // The type column only where there is room: on a phone the outlets matter more (the type
    // filter still says it).
    const bool show_type = avail > 40 * em;
    const float type_w = show_type ? 4.8f * em : 0.0f;
    const int first_outlet = show_type ? 2 : 1;
    const float cell_pad = 2 * style.CellPadding.x + 1.0f;
    // The claim text gets the width its longest visible label needs (labels are at most 90
    // characters), the outlets share the rest: names written across when each column can be
    // at least 3 em wide (a few outlets), slanted 2 em columns otherwise (many outlets, a phone).
    float label_need = 12 * em;
    for (std::size_t r = 0; r < rows_.size() && r < 2000; ++r)
        label_need = std::max(label_need, ImGui::CalcTextSize(analysis.claims[static_cast<std::size_t>(rows_[r])].label.c_str()).x);
    label_need = std::min(label_need + 2 * style.FramePadding.x, 48 * em);
    const float outlets_budget = avail - type_w - label_need - (first_outlet + n_outlets) * cell_pad;
    const float per_outlet = n_outlets > 0 ? outlets_budget / n_outlets : 0;
    const bool angled = per_outlet < 3 * em;
    const float outlet_w = 2.0f * em;
    auto across_width = [&](const std::string& o) {
        return std::clamp(ImGui::CalcTextSize(o.c_str()).x, 1.4f * em, std::max(per_outlet, 1.4f * em));
    };
    float outlets_total = 0;
    for (const std::string& o : outlets_) outlets_total += (angled ? outlet_w : across_width(o)) + cell_pad;
    // Whatever the outlets leave goes to the claim text; on a phone it keeps under half of the
    // width so a few outlets stay in view.
    const float label_w = std::max(avail - type_w - outlets_total - 2 * cell_pad, std::clamp(avail * 0.42f, 8 * em, 22 * em));
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit |
                                  ImGuiTableFlags_HighlightHoveredColumn;
    if (!ImGui::BeginTable("claims", first_outlet + n_outlets, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, angled ? 2 : 1);
    ImGui::TableSetupColumn("Claim", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoHide, label_w);
    if (show_type) ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed, type_w);
    for (const std::string& o : outlets_) {
        if (angled)
            ImGui::TableSetupColumn(o.c_str(), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_AngledHeader, outlet_w);
        else
            ImGui::TableSetupColumn(o.c_str(), ImGuiTableColumnFlags_WidthFixed, across_width(o));
    }
    if (angled) ImGui::TableAngledHeadersRow();
    // The header row: Claim, Type, then per outlet its colour chip under the slanted names, or
    // its name written across in its colour. A name wider than its column wraps to a second
    // line rather than being cut: "Unnamed outlet (AP copy)" and "Unnamed outlet (Beirut
    // dateline)" cut to one line both read "Unnamed outlet…".
    bool wrap_names = false;
    if (!angled)
        for (const std::string& o : outlets_) wrap_names |= ImGui::CalcTextSize(o.c_str()).x > across_width(o) + 0.5f;
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers,
                        wrap_names ? 2 * ImGui::GetTextLineHeight() + 2 * style.CellPadding.y : 0.0f);
    ImGui::TableSetColumnIndex(0);
    ImGui::TableHeader("Claim");
    if (show_type) {
        ImGui::TableSetColumnIndex(1);
        ImGui::TableHeader("Type");
    }
    if (angled) {
        for (int c = 0; c < n_outlets; ++c) {
            if (!ImGui::TableSetColumnIndex(first_outlet + c)) continue;
            ImVec2 p = ImGui::GetCursorScreenPos();
            float w = ImGui::GetContentRegionAvail().x, s = 0.7f * em;
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x + (w - s) * 0.5f, p.y + 0.15f * em),
                                                      ImVec2(p.x + (w + s) * 0.5f, p.y + 0.15f * em + s),
                                                      theme_.outlet_color(outlet_article_[static_cast<std::size_t>(c)]), 0.15f * em);
            ImGui::Dummy(ImVec2(w, em));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", outlets_[static_cast<std::size_t>(c)].c_str());
        }
    } else {
        for (int c = 0; c < n_outlets; ++c) {
            if (!ImGui::TableSetColumnIndex(first_outlet + c)) continue;
            const std::string& name = outlets_[static_cast<std::size_t>(c)];
            const ImU32 colour = theme_.outlet_color(outlet_article_[static_cast<std::size_t>(c)]);
            if (wrap_names) {
                // The header cell without a label (it keeps its hover and background), then the
                // name wrapped to the column, clipped to two lines.
                const ImVec2 at = ImGui::GetCursorScreenPos();
                const float w = ImGui::GetContentRegionAvail().x;
                ImGui::TableHeader(("##outlet" + std::to_string(c)).c_str());
                ImDrawList* dl = ImGui::GetWindowDrawList();
                dl->PushClipRect(at, ImVec2(at.x + w, at.y + 2 * ImGui::GetTextLineHeight()), true);
                dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, colour, name.c_str(), nullptr, w);
                dl->PopClipRect();
            } else {
                ImGui::PushStyleColor(ImGuiCol_Text, colour);
                ImGui::TableHeader(name.c_str());
                ImGui::PopStyleColor();
            }
            // A name too long for its column is clipped: the whole name on hover.
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", outlets_[static_cast<std::size_t>(c)].c_str());
        }
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()), ImGui::GetFrameHeight() + style.CellPadding.y * 2);
    if (scroll_row >= 0) clipper.IncludeItemByIndex(scroll_row);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const int ci = rows_[static_cast<std::size_t>(r)];
            const Claim& claim = analysis.claims[static_cast<std::size_t>(ci)];
            ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight());
            ImGui::PushID(ci);
            ImGui::TableSetColumnIndex(0);
            if (r == scroll_row) ImGui::SetScrollHereY(0.3f);
            // The label ends in "…" at the column's edge rather than cut mid-word (the full
            // label is in the tooltip and the details pane).
            const ImVec2 at = ImGui::GetCursorScreenPos();
            if (ImGui::Selectable("##claim", r == focus_row, ImGuiSelectableFlags_None,
                                  ImVec2(0, ImGui::GetFrameHeight())))
                next.claim = claim.id;
            const float right = ImGui::GetItemRectMax().x;
            ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, ImVec2(right, at.y + ImGui::GetFrameHeight()),
                                      right, claim.label.c_str(), nullptr, nullptr);
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal) &&
                ImGui::CalcTextSize(claim.label.c_str()).x > ImGui::GetItemRectSize().x)
                ImGui::SetTooltip("%s", claim.label.c_str());
            if (show_type) {
                ImGui::TableSetColumnIndex(1);
                ImGui::AlignTextToFramePadding();
                ImGui::TextDisabled("%s", kTypeName[static_cast<int>(claim.type)]);
            }
            for (int c = 0; c < n_outlets; ++c)
                if (ImGui::TableSetColumnIndex(first_outlet + c)) draw_cell(analysis, claim, c, cell(ci, c), next);
            ImGui::PopID();
        }
    }
    scroll_max_x_ = ImGui::GetScrollMaxX();
    ImGui::EndTable();
}

void ClaimsView::draw_cards(const Analysis& analysis, AppState& next, float height, int focus_row,
                            int scroll_row) {
    const float em = ImGui::GetFontSize(), line = ImGui::GetTextLineHeight();
    const ImGuiStyle& style = ImGui::GetStyle();
    const int n_outlets = static_cast<int>(outlets_.size());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Which colour is which outlet: the matrix's column headers say it on a wide screen. The
    // entries wrap to the width, whole.
    const float legend_w = ImGui::GetContentRegionAvail().x, legend_top = ImGui::GetCursorPosY();
    float x = 0;
    for (int c = 0; c < n_outlets; ++c) {
        const std::string& name = outlets_[static_cast<std::size_t>(c)];
        const float chip = 0.7f * em, need = chip + 0.3f * em + ImGui::CalcTextSize(name.c_str()).x;
        if (c > 0 && x + style.ItemSpacing.x + need <= legend_w) {
            ImGui::SameLine();
            x += style.ItemSpacing.x;
        } else {
            x = 0;
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(p.x, p.y + (line - chip) * 0.5f), ImVec2(p.x + chip, p.y + (line + chip) * 0.5f),
                          theme_.outlet_color(outlet_article_[static_cast<std::size_t>(c)]), 0.15f * em);
        ImGui::Dummy(ImVec2(chip, line));
        ImGui::SameLine(0, 0.3f * em);
        ImGui::TextUnformatted(name.c_str());
        x += need;
    }
    // The cards take what `height` leaves after the legend (0: the rest of the window).
    const float cards_h =
        height > 0 ? std::max(height - (ImGui::GetCursorPosY() - legend_top), 4 * ImGui::GetFrameHeight()) : 0.0f;
    // The scrollbar is always there so the cards' width never changes under it (a scrollbar
    // appearing after the first frame left the cards 14 px wider than the view).
    if (!ImGui::BeginChild("claims_cards", ImVec2(0, cards_h), ImGuiChildFlags_None,
                           ImGuiWindowFlags_AlwaysVerticalScrollbar)) {
        ImGui::EndChild();
        return;
    }
    dl = ImGui::GetWindowDrawList();
    const float avail = ImGui::GetContentRegionAvail().x;
    // Marks a finger can hit (2 em), as many to a line as fit; every card is as tall as the
    // others, so the list is clipped to what is on screen however many claims there are.
    const float mark_w = 2.0f * em;
    const int per_line = std::max(1, static_cast<int>(avail / mark_w));
    const int mark_lines = n_outlets > 0 ? (n_outlets + per_line - 1) / per_line : 0;
    const float text_h = 2 * line;
    const float card_h = text_h + style.ItemSpacing.y + mark_lines * ImGui::GetFrameHeight();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()), card_h + style.ItemSpacing.y);
    if (scroll_row >= 0) clipper.IncludeItemByIndex(scroll_row);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const int ci = rows_[static_cast<std::size_t>(r)];
            const Claim& claim = analysis.claims[static_cast<std::size_t>(ci)];
            ImGui::PushID(ci);
            const ImVec2 top = ImGui::GetCursorScreenPos();
            if (r == scroll_row) ImGui::SetScrollHereY(0.3f);
            // The card selects its claim (its details open below), as the matrix's text does;
            // the marks on it stay their own buttons (read that outlet's wording).
            if (ImGui::Selectable("##card", r == focus_row, ImGuiSelectableFlags_AllowOverlap, ImVec2(avail, card_h)))
                next.claim = claim.id;
            if (r == 0) first_card_ = {top.x, top.y, avail, card_h};
            // The claim's text, wrapped to the width and cut after two lines (the details hold it whole).
            dl->PushClipRect(top, ImVec2(top.x + avail, top.y + text_h), true);
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), top, ImGui::GetColorU32(ImGuiCol_Text),
                        claim.label.c_str(), nullptr, avail);
            dl->PopClipRect();
            for (int c = 0; c < n_outlets; ++c) {
                ImGui::SetCursorScreenPos(ImVec2(top.x + static_cast<float>(c % per_line) * mark_w,
                                                 top.y + text_h + style.ItemSpacing.y +
                                                     static_cast<float>(c / per_line) * ImGui::GetFrameHeight()));
                draw_cell(analysis, claim, c, cell(ci, c), next, mark_w);
            }
            // Leave the cursor where the next card starts (an item, so ImGui counts the space).
            ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + card_h));
            ImGui::Dummy(ImVec2(avail, 0));
            ImGui::PopID();
        }
    }
    scroll_max_x_ = ImGui::GetScrollMaxX();
    ImGui::EndChild();
}

void ClaimsView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    draw_filters();
    if (filters_dirty_) apply_filters(analysis);
    draw_legend();
    if (analysis.claims.empty()) {
        ImGui::TextDisabled("This analysis has no claims.");
        return;
    }
    hint_text("%zu of %zu claims, %zu changes against the consensus. Select a claim to see who changed what; "
              "click a cell to read it.",
              rows_.size(), analysis.claims.size(), differences_shown_);

    // The claim in focus gets a details pane under the matrix: reachable by a tap or the
    // keyboard, no hover needed (phones), and it stays while the matrix scrolls.
    const Claim* focus = nullptr;
    if (state.claim && *state.claim >= 0 && static_cast<std::size_t>(*state.claim) < claim_index_by_id_.size()) {
        const int ci = claim_index_by_id_[static_cast<std::size_t>(*state.claim)];
        if (ci >= 0) focus = &analysis.claims[static_cast<std::size_t>(ci)];
    }
    details_claim_ = focus ? std::optional<int>(focus->id) : std::nullopt;
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float details_h = focus ? std::max(avail_h * 0.42f, 8 * ImGui::GetFrameHeightWithSpacing()) : 0.0f;
    draw_table(analysis, state, next, focus ? std::max(avail_h - details_h, 6 * ImGui::GetFrameHeight()) : 0.0f);
    if (focus) {
        ImGui::Separator();
        if (ImGui::BeginChild("claim_details", ImVec2(0, 0), ImGuiChildFlags_None)) draw_details(analysis, *focus, next);
        ImGui::EndChild();
    }
}

// [SECTION] Hook and export --------------------------------------------------------------------

void ClaimsView::report(nlohmann::json& out) const {
    out["claims_rows"] = rows_.size();
    out["differences_shown"] = differences_shown_;
    out["claims_controls"] = controls_;
    out["claims_filter"] = {{"type", type_filter_ < 0 ? "all" : kTypeName[type_filter_]},
                            {"kind", kind_filter_ < 0 ? "any" : to_string(static_cast<DifferenceKind>(kind_filter_))},
                            {"outlet", outlet_filter_ < 0 ? "all" : outlets_[static_cast<std::size_t>(outlet_filter_)]},
                            {"differences_only", differences_only_},
                            {"unique_only", unique_only_}};
    out["claims_details"] = details_claim_ ? nlohmann::json(*details_claim_) : nlohmann::json(nullptr);
    // How far the details pane's lines and buttons reach past its right edge, in px (0: none).
    if (details_claim_) out["claims_details_overflow"] = std::max(0.0f, details_overflow_);
    out["claims_layout"] = cards_ ? "cards" : "matrix";
    out["claims_scroll_max_x"] = scroll_max_x_;
    if (cards_) out["claims_first_card"] = first_card_; // x y w h of the first claim's card (tests tap it)
    // Per-row detail for tests and tools; capped so the hook stays small on a large corpus.
    nlohmann::json rows = nlohmann::json::array();
    if (cached_for_) {
        const Analysis& analysis = *cached_for_;
        // Articles already listed for the row: a claim carried by thousands of articles was
        // looked up in its own list mention by mention (minutes per hook call at 10,000).
        std::vector<int> listed_for(analysis.corpus.articles.size(), -1);
        // Each row's lists are capped too: uncapped, a claim carried by 10,000 articles listed
        // them all, and one state() call in Claims at 10,000 articles was 3 MB of JSON taking
        // 120-250 ms of the tab (docs/benchmarks.md). The totals say what was left out.
        constexpr std::size_t kListed = 20;
        for (std::size_t r = 0; r < rows_.size() && r < 300; ++r) {
            const int ci = rows_[r];
            const Claim& claim = analysis.claims[static_cast<std::size_t>(ci)];
            nlohmann::json states = nlohmann::json::array(), differs = nlohmann::json::array(),
                           kinds = nlohmann::json::array(), changes = nlohmann::json::array();
            std::size_t states_total = 0, differs_total = 0, changes_total = 0;
            for (const ClaimMention& m : claim.mentions) {
                if (m.article < 0 || static_cast<std::size_t>(m.article) >= listed_for.size()) continue;
                int& listed = listed_for[static_cast<std::size_t>(m.article)];
                if (listed == static_cast<int>(r)) continue;
                listed = static_cast<int>(r);
                if (states_total++ < kListed)
                    states.push_back(analysis.corpus.articles[static_cast<std::size_t>(m.article)].id);
            }
            for (std::size_t c = 0; c < outlets_.size(); ++c)
                if (cell(ci, static_cast<int>(c)).kinds && differs_total++ < kListed) differs.push_back(outlets_[c]);
            for (int k = 0; k < kDifferenceKinds; ++k)
                if (claim_kinds_[static_cast<std::size_t>(ci)] & (1u << k)) kinds.push_back(to_string(static_cast<DifferenceKind>(k)));
            for (const ClaimDifference& d : claim.differences) {
                if (!valid_mention(claim, d.mention) || changes_total++ >= kListed) continue;
                const int art = claim.mentions[static_cast<std::size_t>(d.mention)].article;
                changes.push_back({{"kind", to_string(d.kind)},
                                   {"article", art >= 0 ? analysis.corpus.articles[static_cast<std::size_t>(art)].id : ""},
                                   {"outlet", outlet_of(analysis, claim, d.mention)},
                                   {"detail", d.detail}});
            }
            std::string reference;
            if (valid_mention(claim, claim.reference) && claim.mentions[static_cast<std::size_t>(claim.reference)].article >= 0)
                reference = analysis.corpus.articles[static_cast<std::size_t>(claim.mentions[static_cast<std::size_t>(claim.reference)].article)].id;
            rows.push_back({{"id", claim.id}, {"label", claim.label}, {"type", to_string(claim.type)},
                            {"articles", states}, {"articles_total", states_total},
                            {"outlets", claim_outlets_[static_cast<std::size_t>(ci)]},
                            {"reference", reference}, {"differing_outlets", differs},
                            {"differing_outlets_total", differs_total}, {"kinds", kinds},
                            {"changes", changes}, {"changes_total", changes_total}});
        }
    }
    out["claims_table"] = rows;
}

std::string ClaimsView::table_csv(const Analysis& analysis) const {
    return claims_csv(analysis, cached_for_ == &analysis ? &rows_ : nullptr,
                      notes_.notes().empty() ? nullptr : &notes_.notes());
}

} // namespace wiretrace
