// ChartsView.cpp — the four charts, each a function drawing into the window's draw list.
//
// [SECTION] Cache (built once from the Analysis)
// [SECTION] Shared pieces: tooltips, outlet key, axis
// [SECTION] (a) Provenance per outlet
// [SECTION] (b) Derivation graph
// [SECTION] (c) Quantities
// [SECTION] (d) Attributions
// [SECTION] View

#include "ChartsView.h"

#include "Counts.h"

#include "core/quantities.h"

#include <imgui.h>
#include <imgui_internal.h> // RenderTextEllipsis: an outlet name too long for its line ends in "…"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace wiretrace {

namespace {

// Puts the next legend entry, `w` wide, on the line of the one before if it fits in the window,
// else starts a new line. (Asking GetContentRegionAvail after an item measures a fresh line, so
// it always said "fits" and the entries ran off a phone's edge.)
void same_line_if_fits(float w, float spacing) {
    const float right = ImGui::GetItemRectMax().x + spacing + w;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine(0, spacing);
}

const char* const kLabelNames[5] = {"verbatim", "edited", "paraphrase", "original", "boilerplate"};
constexpr std::size_t kMaxGraphEdges = 80;  // beyond this a circle of nodes is a hairball
constexpr std::size_t kMaxGraphLabels = 24; // articles a circle can name; beyond, counts per outlet
constexpr std::size_t kSourceOutletRows = 12; // source outlets drawn; the rest summed in a line
constexpr std::size_t kProvenanceRows = 40;   // outlets in the provenance bars
constexpr std::size_t kMaxCitationRows = 40;
constexpr std::size_t kMaxValueLanes = 8; // distinct figures per claim; the rest are counted
constexpr std::size_t kMaxQuantityRows = 60; // claims with figures; the rest are counted
constexpr float kPi = 3.14159265f;

float distance_to_segment(ImVec2 p, ImVec2 a, ImVec2 b) {
    ImVec2 ab(b.x - a.x, b.y - a.y), ap(p.x - a.x, p.y - a.y);
    float len2 = ab.x * ab.x + ab.y * ab.y;
    float t = len2 > 0 ? std::clamp((ap.x * ab.x + ap.y * ab.y) / len2, 0.0f, 1.0f) : 0.0f;
    float dx = a.x + ab.x * t - p.x, dy = a.y + ab.y * t - p.y;
    return std::sqrt(dx * dx + dy * dy);
}

} // namespace

// [SECTION] Cache (built once from the Analysis) -------------------------------------------

double ChartsView::prepare(const Analysis& analysis, const AppState&, double budget_ms) {
    return prep_.run_for(analysis, budget_ms, [&] { add_stages(analysis); });
}

// The four charts' data, as stages of the view's preparation (Preparation.h): built in one frame
// at 10,000 articles it held the tab for 285 ms. Loops over articles and claims go an item at a
// time; what follows them (sorts, the graph of at most kMaxGraphEdges links) is one step each.
void ChartsView::add_stages(const Analysis& analysis) {
    cached_for_ = nullptr; // the hook and the CSVs see the charts once they are whole
    // Outlets, and their provenance as a byte-weighted mean over their articles.
    outlet_index_.clear();
    outlets_.clear();
    outlet_of_article_.assign(analysis.corpus.articles.size(), 0);
    outlet_bytes_.clear();
    prep_.add("the outlets", analysis.corpus.articles.size(), [this, &analysis](std::size_t i) {
        const auto& arts = analysis.corpus.articles;
        auto it = outlet_index_.find(arts[i].outlet);
        if (it == outlet_index_.end()) {
            it = outlet_index_.emplace(arts[i].outlet, static_cast<int>(outlets_.size())).first;
            OutletShares o;
            o.outlet = arts[i].outlet;
            o.article = static_cast<int>(i);
            outlets_.push_back(o);
            outlet_bytes_.push_back(0);
        }
        outlet_of_article_[i] = it->second;
        OutletShares& o = outlets_[static_cast<std::size_t>(it->second)];
        o.articles++;
        const double b = static_cast<double>(arts[i].text.size());
        if (i < analysis.articles.size())
            for (int k = 0; k < 5; ++k) o.share[k] += analysis.articles[i].label_share[k] * b;
        outlet_bytes_[static_cast<std::size_t>(it->second)] += b;
    });
    prep_.add("the sources", 1, [this, &analysis](std::size_t) {
        const auto& arts = analysis.corpus.articles;
        outlet_index_.clear();
        for (std::size_t o = 0; o < outlets_.size(); ++o)
            for (int k = 0; k < 5; ++k) outlets_[o].share[k] /= std::max(outlet_bytes_[o], 1.0);
        outlet_bytes_.clear();

        // Sources graph: each article and its source in the corpus (Analysis::sources; the Sources
        // view draws the whole tree), the strongest links and the articles they touch, ordered by
        // date so the circle reads clockwise from the earliest.
        graph_links_.clear();
        for (std::size_t i = 0; i < analysis.sources.size(); ++i)
            if (analysis.sources[i].source >= 0)
                graph_links_.push_back({analysis.sources[i].source, static_cast<int>(i),
                                        analysis.sources[i].share, true});
        std::vector<const SourceLink*> edges;
        for (const SourceLink& e : graph_links_) edges.push_back(&e);
        std::sort(edges.begin(), edges.end(), [](auto* a, auto* b) { return a->share > b->share; });
        if (edges.size() > kMaxGraphEdges) edges.resize(kMaxGraphEdges);
        std::set<int> nodes;
        for (auto* e : edges) nodes.insert(e->from), nodes.insert(e->to);
        graph_nodes_.assign(nodes.begin(), nodes.end());
        std::stable_sort(graph_nodes_.begin(), graph_nodes_.end(),
                         [&](int a, int b) { return arts[a].date < arts[b].date; });
        graph_edges_.clear();
        auto node_of = [&](int art) {
            return static_cast<int>(std::find(graph_nodes_.begin(), graph_nodes_.end(), art) - graph_nodes_.begin());
        };
        for (auto* e : edges) graph_edges_.push_back({node_of(e->from), node_of(e->to), e});
        // At 1,000 articles the circle held 80 arrows among ~100 articles, most from one wire: a
        // hairball nobody can read. Past what the circle can label, count per outlet instead.
        graph_by_outlet_ = graph_nodes_.size() > kMaxGraphLabels;
        source_outlets_.clear();
        sourced_articles_ = 0;
        {
            std::vector<int> row_of(outlets_.size(), -1);
            std::vector<std::map<int, int>> takers;
            for (const SourceLink& e : graph_links_) {
                const int from = outlet_of_article_[static_cast<std::size_t>(e.from)];
                const int to = outlet_of_article_[static_cast<std::size_t>(e.to)];
                int& row = row_of[static_cast<std::size_t>(from)];
                if (row < 0) {
                    row = static_cast<int>(source_outlets_.size());
                    source_outlets_.push_back({from, 0, 0, {}});
                    takers.emplace_back();
                }
                SourceOutlet& so = source_outlets_[static_cast<std::size_t>(row)];
                so.articles++;
                if (from == to) so.same_outlet++;
                takers[static_cast<std::size_t>(row)][to]++;
                ++sourced_articles_;
            }
            for (std::size_t r = 0; r < source_outlets_.size(); ++r) {
                auto& t = source_outlets_[r].takers;
                t.assign(takers[r].begin(), takers[r].end());
                std::stable_sort(t.begin(), t.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
            }
            std::stable_sort(source_outlets_.begin(), source_outlets_.end(),
                             [](const SourceOutlet& a, const SourceOutlet& b) { return a.articles > b.articles; });
        }
        unsourced_articles_ = static_cast<int>(arts.size()) - sourced_articles_;
    });

    // Quantities: each claim whose mentions carry a number, on the unit most of them use, as
    // its distinct values with how many articles and outlets give each.
    quantity_rows_.clear();
    prep_.add("the figures", analysis.claims.size(), [this, &analysis](std::size_t c) {
        const auto& arts = analysis.corpus.articles;
        const Claim& claim = analysis.claims[c];
        if (claim.type != ClaimType::Quantity) return;
        // A date in a quantity claim is context ("on Friday"); the figure is the other unit.
        std::map<std::string, int> units;
        for (const ClaimMention& m : claim.mentions)
            for (const Quantity& q : m.quantities) units[q.unit] += says_when(q.unit) ? 1 : 1000; // context weighs below the figure
        if (units.empty()) return;
        QuantityRow row;
        row.claim = static_cast<int>(c);
        row.unit = std::max_element(units.begin(), units.end(), [](auto& a, auto& b) {
                       return a.second < b.second;
                   })->first;
        std::map<std::pair<double, double>, std::size_t> lane_of; // (low, high) -> lane
        std::vector<std::set<int>> outlets;
        for (std::size_t m = 0; m < claim.mentions.size(); ++m)
            for (const Quantity& q : claim.mentions[m].quantities)
                if (q.unit == row.unit) {
                    auto [it, fresh] =
                        lane_of.emplace(std::make_pair(q.low, q.high), row.lanes.size());
                    if (fresh) {
                        row.lanes.push_back({q, {}, 0});
                        outlets.emplace_back();
                    }
                    row.lanes[it->second].mentions.push_back(static_cast<int>(m));
                    const int art = claim.mentions[m].article;
                    if (art >= 0 && static_cast<std::size_t>(art) < arts.size())
                        outlets[it->second].insert(
                            outlet_of_article_[static_cast<std::size_t>(art)]);
                    break;
                }
        for (std::size_t l = 0; l < row.lanes.size(); ++l)
            row.lanes[l].outlets = static_cast<int>(outlets[l].size());
        // The values most articles give first; ties by value so the order is stable.
        std::stable_sort(row.lanes.begin(), row.lanes.end(),
                         [](const ValueLane& a, const ValueLane& b) {
                             if (a.mentions.size() != b.mentions.size())
                                 return a.mentions.size() > b.mentions.size();
                             return a.quantity.low < b.quantity.low;
                         });
        while (row.lanes.size() > kMaxValueLanes) {
            row.other_values++;
            row.other_articles += static_cast<int>(row.lanes.back().mentions.size());
            row.lanes.pop_back();
        }
        double lo = 1e300, hi = -1e300;
        for (const ValueLane& lane : row.lanes) {
            lo = std::min(lo, axis_position(lane.quantity.low, row.unit));
            hi = std::max(hi, axis_position(lane.quantity.high, row.unit));
        }
        // Start the axis at zero for positive counts and distances (a value's size reads
        // truthfully), and pad so a point on the edge is not cut.
        if (lo > 0 && !says_when(row.unit)) lo = 0;
        if (row.unit == "date") lo -= 1, hi += 1; // a lone date sits between two day ticks
        if (is_time_of_day(row.unit)) lo -= 30, hi += 30; // and a lone time between two ticks
        if (hi <= lo) hi = lo + std::max(1.0, std::fabs(lo) * 0.2);
        row.low = lo;
        row.high = hi + (hi - lo) * 0.08;
        quantity_rows_.push_back(row);
    });
    prep_.add("the figures", 1, [this](std::size_t) {
        // The figures most articles carry first; beyond kMaxQuantityRows claims (a one-story corpus
        // of 1,000 pickups has hundreds of single-article figures) the rest are counted, not drawn.
        auto articles_in = [](const QuantityRow& row) {
            std::size_t n = static_cast<std::size_t>(row.other_articles);
            for (const ValueLane& lane : row.lanes) n += lane.mentions.size();
            return n;
        };
        std::stable_sort(quantity_rows_.begin(), quantity_rows_.end(),
                         [&](const QuantityRow& a, const QuantityRow& b) {
                             return articles_in(a) > articles_in(b);
                         });
        hidden_quantity_rows_ = 0;
        if (quantity_rows_.size() > kMaxQuantityRows) {
            hidden_quantity_rows_ = static_cast<int>(quantity_rows_.size() - kMaxQuantityRows);
            quantity_rows_.resize(kMaxQuantityRows);
        }
    });

    // Citations: who each outlet credits (the attribution) or quotes (the speaker).
    citations_by_source_.clear();
    prep_.add("who is cited", analysis.claims.size(), [this, &analysis](std::size_t ci) {
        const auto& arts = analysis.corpus.articles;
        for (const ClaimMention& m : analysis.claims[ci].mentions) {
            if (m.article < 0 || static_cast<std::size_t>(m.article) >= arts.size()) continue;
            for (int who : {m.source, m.speaker}) {
                if (who < 0 || analysis.claim_names[static_cast<std::size_t>(who)].empty()) continue;
                const std::string& name = analysis.claim_names[static_cast<std::size_t>(who)];
                Citations& c = citations_by_source_[name];
                c.source = name;
                c.per_outlet.resize(outlets_.size(), 0);
                c.per_outlet[static_cast<std::size_t>(outlet_of_article_[m.article])]++;
                c.total++;
            }
        }
    });
    prep_.add("who is cited", 1, [this](std::size_t) {
        citations_.clear();
        for (auto& kv : citations_by_source_) citations_.push_back(std::move(kv.second));
        citations_by_source_.clear();
        std::stable_sort(citations_.begin(), citations_.end(), [](auto& a, auto& b) { return a.total > b.total; });
        if (citations_.size() > kMaxCitationRows) citations_.resize(kMaxCitationRows);
        max_citations_ = 1;
        for (const Citations& c : citations_)
            for (int n : c.per_outlet) max_citations_ = std::max(max_citations_, n);
    });
    overlap_.add_stages(prep_, analysis);
    timeline_.add_stages(prep_, analysis);
    prep_.add("the charts", 1, [this, &analysis](std::size_t) { cached_for_ = &analysis; });
}

// [SECTION] Shared pieces: tooltips, outlet key, axis -----------------------------------------

bool ChartsView::tooltip_wanted(const std::string& key, bool hovered) {
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        pinned_ = pinned_ == key ? std::string() : key;
        pin_hit_this_frame_ = true;
    }
    return hovered || pinned_ == key;
}

void ChartsView::draw_outlet_key() {
    // One key for all four charts: the outlet colours are those of every other view.
    const float em = ImGui::GetFontSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::size_t shown = std::min<std::size_t>(outlets_.size(), 30);
    for (std::size_t o = 0; o < shown; ++o) {
        char label[96];
        std::snprintf(label, sizeof label, "%zu %s", o + 1, outlets_[o].outlet.c_str());
        const float w = ImGui::CalcTextSize(label).x + 1.4f * em;
        if (o > 0) same_line_if_fits(w, em);
        ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(p.x, p.y + 0.25f * em), ImVec2(p.x + 0.8f * em, p.y + 1.05f * em),
                          theme_.outlet_color(outlets_[o].article), 0.15f * em);
        ImGui::Dummy(ImVec2(em, em));
        ImGui::SameLine(0, 0.3f * em);
        ImGui::TextUnformatted(label);
    }
    if (outlets_.size() > shown) ImGui::TextDisabled("… and %zu more outlets", outlets_.size() - shown);
}

// [SECTION] (a) Provenance per outlet ---------------------------------------------------------

void ChartsView::draw_provenance_bars() {
    const float em = ImGui::GetFontSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Legend.
    for (int k = 0; k < 5; ++k) {
        if (k > 0) same_line_if_fits(ImGui::CalcTextSize(kLabelNames[k]).x + 1.3f * em, em);
        ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(p.x, p.y + 0.25f * em), ImVec2(p.x + 0.8f * em, p.y + 1.05f * em),
                          theme_.provenance_color(static_cast<ProvenanceLabel>(k)));
        ImGui::Dummy(ImVec2(em, em));
        ImGui::SameLine(0, 0.3f * em);
        ImGui::TextUnformatted(kLabelNames[k]);
    }
    const float width = ImGui::GetContentRegionAvail().x;
    // The names' column is as wide as the longest name (up to 35 % of the chart). When that is
    // not enough (a phone: "Unnamed outlet (A", "Unnamed outlet (B" could not be told apart)
    // each name goes on its own line over its bar, which then spans the whole width; a name
    // longer than the line still ends in "…", with the full name in the bar's tooltip.
    float longest = 0;
    for (const OutletShares& os : outlets_) longest = std::max(longest, ImGui::CalcTextSize(os.outlet.c_str()).x);
    const float label_w = std::min(longest + 1.5f * em, width * 0.35f);
    provenance_stacked_ = longest + 1.5f * em > label_w;
    provenance_labels_cut_ = 0;
    const float line = ImGui::GetTextLineHeight();
    const float bar_h = 1.1f * em, gap = 0.45f * em;
    const float label_h = provenance_stacked_ ? line : 0; // the name's line over each bar
    const float pitch = label_h + bar_h + gap;
    const float plot_w = provenance_stacked_ ? width - 0.5f * em : std::max(width - label_w - em, 4 * em);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    const float plot_x = provenance_stacked_ ? origin.x : origin.x + label_w + 0.5f * em;
    // At most kProvenanceRows outlets (the key's first ones): 401 near-identical bars at 10,000
    // articles were a scroll of 12,000 px before the next chart; the CSV has every outlet.
    const std::size_t rows = std::min(outlets_.size(), kProvenanceRows);
    const float height = static_cast<float>(rows) * pitch + 1.6f * em;
    ImGui::Dummy(ImVec2(width, height));
    // Gridlines and the x axis: share of the outlet's text, 0–100 %.
    const float axis_y = origin.y + static_cast<float>(rows) * pitch;
    for (int t = 0; t <= 4; ++t) {
        float x = plot_x + plot_w * static_cast<float>(t) / 4;
        if (provenance_stacked_) { // behind the bars only, never through a name
            for (std::size_t o = 0; o < rows; ++o) {
                const float top = origin.y + static_cast<float>(o) * pitch + label_h;
                dl->AddLine(ImVec2(x, top), ImVec2(x, top + bar_h + gap), theme_.grid_color());
            }
        } else {
            dl->AddLine(ImVec2(x, origin.y), ImVec2(x, axis_y), theme_.grid_color());
        }
        char tick[8];
        std::snprintf(tick, sizeof tick, "%d%%", t * 25);
        float tw = ImGui::CalcTextSize(tick).x;
        dl->AddText(ImVec2(std::clamp(x - tw * 0.5f, origin.x, plot_x + plot_w - tw), axis_y + 0.2f * em),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), tick);
    }
    const ImVec2 mouse = ImGui::GetMousePos();
    const bool chart_hovered = ImGui::IsItemHovered();
    for (std::size_t o = 0; o < rows; ++o) {
        const float row_y = origin.y + static_cast<float>(o) * pitch;
        const float y = row_y + label_h; // the bar's top
        const OutletShares& os = outlets_[o];
        const float name_right = provenance_stacked_ ? origin.x + width : origin.x + label_w;
        if (ImGui::CalcTextSize(os.outlet.c_str()).x > name_right - (origin.x + em)) ++provenance_labels_cut_;
        if (!ImGui::IsRectVisible(ImVec2(origin.x, row_y), ImVec2(origin.x + width, y + bar_h))) continue;
        // Outlet label with the outlet's colour chip, ending in "…" if it does not fit.
        dl->AddRectFilled(ImVec2(origin.x, row_y + 0.2f * em), ImVec2(origin.x + 0.7f * em, row_y + 0.9f * em),
                          theme_.outlet_color(os.article), 0.15f * em);
        ImGui::RenderTextEllipsis(dl, ImVec2(origin.x + em, row_y), ImVec2(name_right, row_y + line), name_right,
                                  os.outlet.c_str(), nullptr, nullptr);
        float x = plot_x;
        for (int k = 0; k < 5; ++k) {
            float w = static_cast<float>(os.share[k]) * plot_w;
            if (w <= 0) continue;
            ImVec2 a(x, y), b(x + w, y + bar_h);
            dl->AddRectFilled(a, b, theme_.provenance_color(static_cast<ProvenanceLabel>(k)));
            bool hovered = chart_hovered && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y;
            if (tooltip_wanted("prov/" + std::to_string(o) + "/" + std::to_string(k), hovered)) {
                ImGui::BeginTooltip();
                ImGui::Text("%s", os.outlet.c_str());
                ImGui::Text("%s: %.1f%% of its text", kLabelNames[k], os.share[k] * 100);
                ImGui::TextDisabled("%d article%s", os.articles, os.articles == 1 ? "" : "s");
                ImGui::EndTooltip();
            }
            x += w;
        }
    }
    if (outlets_.size() > rows)
        hint_text("The first %s of %s (in the key's order); Export chart as CSV has every outlet.",
                  grouped(rows).c_str(), count_of(outlets_.size(), "outlet").c_str());
}

// [SECTION] (b) Derivation graph ---------------------------------------------------------------

void ChartsView::draw_sources_graph(const Analysis& analysis, AppState& next) {
    if (graph_by_outlet_) { // counts, no arrows: the arrows' legend does not apply
        draw_source_outlets();
        return;
    }
    const float em = ImGui::GetFontSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    // Legend: what a line, an arrow, a dash and a width mean.
    {
        ImVec2 p = ImGui::GetCursorScreenPos();
        float y = p.y + 0.6f * em;
        dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + 2 * em, y), ink, 0.15f * em);
        dl->AddTriangleFilled(ImVec2(p.x + 2.3f * em, y), ImVec2(p.x + 1.7f * em, y - 0.3f * em), ImVec2(p.x + 1.7f * em, y + 0.3f * em), ink);
        ImGui::Dummy(ImVec2(2.5f * em, em));
        ImGui::SameLine();
        ImGui::TextDisabled("text flows along the arrow");
        ImGui::SameLine(0, em);
        if (ImGui::GetContentRegionAvail().x < 14 * em) ImGui::NewLine();
        p = ImGui::GetCursorScreenPos();
        y = p.y + 0.6f * em;
        for (float x = 0; x < 2.4f * em; x += 0.6f * em)
            dl->AddLine(ImVec2(p.x + x, y), ImVec2(p.x + x + 0.35f * em, y), ink, 0.15f * em);
        ImGui::Dummy(ImVec2(2.5f * em, em));
        ImGui::SameLine();
        ImGui::TextDisabled("direction cannot be told");
        ImGui::SameLine(0, em);
        if (ImGui::GetContentRegionAvail().x < 12 * em) ImGui::NewLine();
        ImGui::TextDisabled("width: share of the text");
    }
    if (graph_nodes_.empty()) {
        hint_text("No article has a source in the corpus (see the Sources tree for wires and unknowns).");
        return;
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const std::size_t n = graph_nodes_.size();
    // Two articles sit side by side on one line (a ring of two is one long vertical arrow across
    // an empty square); a ring's height grows with its articles up to 24 lines.
    const bool pair = n == 2;
    const float height = pair ? 4 * em : std::min({width * 0.75f, 24 * em, (8 + 2.5f * static_cast<float>(n)) * em});
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("graph", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 centre(origin.x + width * 0.5f, origin.y + height * 0.5f);
    const bool labels = n <= kMaxGraphLabels;
    // Leave room for labels left and right of the circle.
    const float radius = pair ? std::max(2 * em, std::min(width * 0.5f - 12 * em, 12 * em))
                              : std::max(2 * em, std::min(width * 0.5f - (labels ? 7 * em : em), height * 0.5f - 1.5f * em));
    std::vector<ImVec2> pos(n);
    for (std::size_t i = 0; i < n; ++i) {
        float a = (pair ? kPi : -kPi * 0.5f) + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
        pos[i] = ImVec2(centre.x + radius * std::cos(a), centre.y + radius * std::sin(a));
    }
    const float node_r = 0.55f * em;
    const ImVec2 mouse = ImGui::GetMousePos();
    int hover_edge = -1, hover_node = -1;
    for (std::size_t i = 0; i < pos.size(); ++i) {
        float dx = mouse.x - pos[i].x, dy = mouse.y - pos[i].y;
        if (hovered && dx * dx + dy * dy <= node_r * node_r * 2.2f) hover_node = static_cast<int>(i);
    }
    for (std::size_t e = 0; e < graph_edges_.size(); ++e) {
        const GraphEdge& ge = graph_edges_[e];
        ImVec2 a = pos[static_cast<std::size_t>(ge.from_node)], b = pos[static_cast<std::size_t>(ge.to_node)];
        const float thick = 0.08f * em + static_cast<float>(ge.edge->share) * 0.55f * em;
        // Stop short of the nodes so the arrowhead stays visible.
        ImVec2 d(b.x - a.x, b.y - a.y);
        float len = std::sqrt(d.x * d.x + d.y * d.y);
        if (len < 1) continue;
        d = ImVec2(d.x / len, d.y / len);
        ImVec2 a2(a.x + d.x * node_r * 1.3f, a.y + d.y * node_r * 1.3f);
        ImVec2 b2(b.x - d.x * node_r * 1.3f, b.y - d.y * node_r * 1.3f);
        const bool hot = hover_node < 0 && hovered && distance_to_segment(mouse, a2, b2) < thick * 0.5f + 0.3f * em;
        if (hot && hover_edge < 0) hover_edge = static_cast<int>(e);
        const ImU32 col = theme_.outlet_color(ge.edge->from, hot ? 1.0f : 0.7f);
        if (ge.edge->direction_known) {
            const float head = std::max(0.55f * em, thick * 1.6f);
            ImVec2 base(b2.x - d.x * head, b2.y - d.y * head), nrm(-d.y, d.x);
            dl->AddLine(a2, base, col, thick);
            dl->AddTriangleFilled(b2, ImVec2(base.x + nrm.x * head * 0.55f, base.y + nrm.y * head * 0.55f),
                                  ImVec2(base.x - nrm.x * head * 0.55f, base.y - nrm.y * head * 0.55f), col);
        } else {
            // Undetermined direction: dashes and no arrowhead, never a guess drawn as fact.
            const float dash = 0.5f * em, space = 0.35f * em;
            float l2 = std::sqrt((b2.x - a2.x) * (b2.x - a2.x) + (b2.y - a2.y) * (b2.y - a2.y));
            for (float t = 0; t < l2; t += dash + space) {
                float t2 = std::min(t + dash, l2);
                dl->AddLine(ImVec2(a2.x + d.x * t, a2.y + d.y * t), ImVec2(a2.x + d.x * t2, a2.y + d.y * t2), col, thick);
            }
        }
    }
    const auto& arts = analysis.corpus.articles;
    for (std::size_t i = 0; i < pos.size(); ++i) {
        const int art = graph_nodes_[i];
        dl->AddCircleFilled(pos[i], node_r, theme_.outlet_color(art));
        dl->AddCircle(pos[i], node_r, ImGui::GetColorU32(ImGuiCol_WindowBg), 0, 0.12f * em);
        if (labels) {
            const std::string& name = arts[static_cast<std::size_t>(art)].outlet;
            ImVec2 ts = ImGui::CalcTextSize(name.c_str());
            const bool right = pos[i].x >= centre.x - 1;
            float lx = right ? pos[i].x + node_r * 1.6f : pos[i].x - node_r * 1.6f - ts.x;
            lx = std::clamp(lx, origin.x, origin.x + width - ts.x);
            float ly = pos[i].y - ts.y * 0.5f + (std::fabs(pos[i].x - centre.x) < em ? (pos[i].y < centre.y ? -1.1f : 1.1f) * em : 0);
            dl->AddText(ImVec2(lx, ly), ink, name.c_str());
        }
    }
    if (tooltip_wanted(hover_node >= 0 ? "node/" + std::to_string(hover_node) : "", hover_node >= 0) && hover_node >= 0) {
        const Article& a = arts[static_cast<std::size_t>(graph_nodes_[static_cast<std::size_t>(hover_node)])];
        ImGui::BeginTooltip();
        ImGui::Text("%s", a.outlet.c_str());
        ImGui::TextDisabled("%s · %s", a.date.c_str(), a.id.c_str());
        ImGui::PushTextWrapPos(24 * em);
        ImGui::TextWrapped("%s", a.title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TextDisabled("Double-click to read it");
        ImGui::EndTooltip();
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            next.view = "reader";
            next.selected = {a.id};
            next.span_begin.reset();
        }
    }
    std::string edge_key = hover_edge >= 0 ? "edge/" + std::to_string(hover_edge) : std::string();
    int shown_edge = hover_edge;
    if (shown_edge < 0 && pinned_.rfind("edge/", 0) == 0) shown_edge = std::atoi(pinned_.c_str() + 5);
    if ((tooltip_wanted(edge_key, hover_edge >= 0) || shown_edge >= 0) && shown_edge >= 0 &&
        static_cast<std::size_t>(shown_edge) < graph_edges_.size()) {
        const SourceLink& e = *graph_edges_[static_cast<std::size_t>(shown_edge)].edge;
        const Article& from = arts[static_cast<std::size_t>(e.from)];
        const Article& to = arts[static_cast<std::size_t>(e.to)];
        ImGui::BeginTooltip();
        if (e.direction_known)
            ImGui::Text("%s took %.0f%% of its story text from %s", to.outlet.c_str(), e.share * 100, from.outlet.c_str());
        else
            ImGui::Text("%.0f%% of %s's story text is also in %s", e.share * 100, to.outlet.c_str(), from.outlet.c_str());
        if (!e.direction_known) ImGui::TextDisabled("Who copied whom cannot be told from dates and containment.");
        ImGui::EndTooltip();
    }
}

// The graph for a large corpus: a bar per outlet whose articles others took text from, its
// length the number of those articles, with how many outlets they belong to; who took it in the
// tooltip. The Sources view has the same as a tree, article by article.
void ChartsView::draw_source_outlets() {
    const float em = ImGui::GetFontSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    hint_text("%s of %s took their text from another article in the corpus. Each bar is an outlet "
              "whose articles they took it from, its length how many; point at a bar for who took it.",
              grouped(static_cast<std::size_t>(sourced_articles_)).c_str(),
              count_of(static_cast<std::size_t>(sourced_articles_ + unsourced_articles_), "article").c_str());
    const float width = ImGui::GetContentRegionAvail().x;
    float longest = 0;
    const std::size_t rows = std::min(source_outlets_.size(), kSourceOutletRows);
    for (std::size_t r = 0; r < rows; ++r)
        longest = std::max(longest, ImGui::CalcTextSize(outlets_[static_cast<std::size_t>(source_outlets_[r].outlet)].outlet.c_str()).x);
    const float label_w = std::min(longest + 1.5f * em, width * 0.35f);
    const float count_w = ImGui::CalcTextSize("9,999 articles from 999 outlets").x + em;
    const float plot_x0 = label_w + 0.5f * em;
    const float plot_w = std::max(width - plot_x0 - count_w, 4 * em);
    const float line = ImGui::GetTextLineHeight(), bar_h = 1.1f * em, pitch = std::max(line, bar_h) + 0.45f * em;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("source_outlets", ImVec2(width, std::max(static_cast<float>(rows) * pitch, 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetMousePos();
    const int most = source_outlets_.empty() ? 1 : std::max(source_outlets_.front().articles, 1);
    for (std::size_t r = 0; r < rows; ++r) {
        const SourceOutlet& so = source_outlets_[r];
        const OutletShares& os = outlets_[static_cast<std::size_t>(so.outlet)];
        const float y = origin.y + static_cast<float>(r) * pitch;
        dl->AddRectFilled(ImVec2(origin.x, y + 0.2f * em), ImVec2(origin.x + 0.7f * em, y + 0.9f * em),
                          theme_.outlet_color(os.article), 0.15f * em);
        const float name_right = origin.x + label_w;
        ImGui::RenderTextEllipsis(dl, ImVec2(origin.x + em, y), ImVec2(name_right, y + line), name_right,
                                  os.outlet.c_str(), nullptr, nullptr);
        const float w = std::max(2.0f, plot_w * static_cast<float>(so.articles) / static_cast<float>(most));
        const ImVec2 a(origin.x + plot_x0, y), b(origin.x + plot_x0 + w, y + bar_h);
        dl->AddRectFilled(a, b, theme_.outlet_color(os.article, 0.8f));
        const std::string count = count_of(static_cast<std::size_t>(so.articles), "article") + " from " +
                                  count_of(so.takers.size(), "outlet");
        dl->AddText(ImVec2(b.x + 0.4f * em, y), ImGui::GetColorU32(ImGuiCol_TextDisabled), count.c_str());
        const bool hot = hovered && mouse.y >= y && mouse.y < y + pitch;
        if (tooltip_wanted("srcout/" + std::to_string(r), hot)) {
            ImGui::BeginTooltip();
            ImGui::Text("%s took their text from articles of %s:", count_of(static_cast<std::size_t>(so.articles), "article").c_str(),
                        os.outlet.c_str());
            if (so.same_outlet > 0) ImGui::TextDisabled("%d of them its own (updates, re-runs)", so.same_outlet);
            const std::size_t shown = std::min<std::size_t>(so.takers.size(), 8);
            for (std::size_t t = 0; t < shown; ++t)
                ImGui::Text("%s: %d", outlets_[static_cast<std::size_t>(so.takers[t].first)].outlet.c_str(), so.takers[t].second);
            if (so.takers.size() > shown) ImGui::TextDisabled("and %zu more outlets", so.takers.size() - shown);
            ImGui::EndTooltip();
        }
    }
    if (source_outlets_.size() > rows) {
        int rest = 0;
        for (std::size_t r = rows; r < source_outlets_.size(); ++r) rest += source_outlets_[r].articles;
        hint_text("and %s, the source of %s between them", count_of(source_outlets_.size() - rows, "more outlet").c_str(),
                  count_of(static_cast<std::size_t>(rest), "article").c_str());
    }
    if (unsourced_articles_ > 0)
        hint_text("%s no source in the corpus: the wire's own reports, or a source not known (the Sources "
                  "tab shows which).",
                  (count_of(static_cast<std::size_t>(unsourced_articles_), "article") +
                   (unsourced_articles_ == 1 ? " has" : " have")).c_str());
}

// [SECTION] (c) Quantities ----------------------------------------------------------------------

void ChartsView::draw_quantities(const Analysis& analysis) {
    const float em = ImGui::GetFontSize();
    if (quantity_rows_.empty()) {
        ImGui::TextDisabled("No claim in this analysis carries a number.");
        return;
    }
    ImGui::TextDisabled("Each figure the outlets give, as a dot (a range as a bar), with how many "
                        "articles and outlets give it.");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetMousePos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float lane_h = 1.1f * em;
    const float count_w = std::min(9 * em, width * 0.35f); // "314 articles, 37 outlets" column
    for (std::size_t r = 0; r < quantity_rows_.size(); ++r) {
        const QuantityRow& row = quantity_rows_[r];
        const Claim& claim = analysis.claims[static_cast<std::size_t>(row.claim)];
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextWrapped("%s", claim.label.c_str());
        ImGui::PopTextWrapPos();
        const float plot_h = static_cast<float>(row.lanes.size()) * lane_h + 0.4f * em;
        ImVec2 o = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(width, plot_h + 1.4f * em));
        if (ImGui::IsItemVisible()) {
            const bool hovered = ImGui::IsItemHovered();
            const float x0 = o.x + 0.5f * em, x1 = o.x + width - count_w - 0.5f * em;
            auto to_x = [&](double position) {
                return x0 +
                       static_cast<float>((position - row.low) / (row.high - row.low)) * (x1 - x0);
            };
            // Axis: round ticks in the claim's unit (dates as dates), the unit after the last one.
            const float axis_y = o.y + plot_h;
            dl->AddLine(ImVec2(x0, axis_y), ImVec2(x1, axis_y), theme_.grid_color());
            const int max_ticks = std::clamp(static_cast<int>((x1 - x0) / (6.5f * em)), 2, 6);
            const std::vector<AxisTick> ticks = axis_ticks(row.low, row.high, row.unit, max_ticks);
            for (std::size_t t = 0; t < ticks.size(); ++t) {
                const float x = to_x(ticks[t].position);
                dl->AddLine(ImVec2(x, axis_y), ImVec2(x, axis_y + 0.25f * em), theme_.grid_color());
                std::string tick = ticks[t].label;
                if (t + 1 == ticks.size() && !unit_name(row.unit).empty())
                    tick += " " + unit_name(row.unit);
                const float tw = ImGui::CalcTextSize(tick.c_str()).x;
                dl->AddText(ImVec2(std::clamp(x - tw * 0.5f, o.x, x1 + 0.5f * em - tw),
                                   axis_y + 0.25f * em),
                            ImGui::GetColorU32(ImGuiCol_TextDisabled), tick.c_str());
            }
            for (std::size_t k = 0; k < row.lanes.size(); ++k) {
                const ValueLane& lane = row.lanes[k];
                const Quantity& q = lane.quantity;
                const float y = o.y + 0.2f * em + (static_cast<float>(k) + 0.5f) * lane_h;
                // One outlet: its colour, as in the other charts; several: the text colour.
                const int first_article =
                    claim.mentions[static_cast<std::size_t>(lane.mentions.front())].article;
                const ImU32 col = lane.outlets == 1 ? theme_.outlet_color(first_article)
                                                    : ImGui::GetColorU32(ImGuiCol_Text);
                const float xa = to_x(axis_position(q.low, row.unit)),
                            xb = to_x(axis_position(q.high, row.unit));
                if (xb - xa > 0.3f * em) {
                    dl->AddLine(ImVec2(xa, y), ImVec2(xb, y), col, 0.3f * em);
                    dl->AddLine(ImVec2(xa, y - 0.3f * em), ImVec2(xa, y + 0.3f * em), col,
                                0.12f * em);
                    dl->AddLine(ImVec2(xb, y - 0.3f * em), ImVec2(xb, y + 0.3f * em), col,
                                0.12f * em);
                } else {
                    dl->AddCircleFilled(ImVec2(0.5f * (xa + xb), y), 0.3f * em, col);
                }
                const int n = static_cast<int>(lane.mentions.size());
                const std::string count = std::to_string(n) + (n == 1 ? " article" : " articles") +
                                          (n > 1 ? ", " + std::to_string(lane.outlets) +
                                                       (lane.outlets == 1 ? " outlet" : " outlets")
                                                 : "");
                dl->AddText(ImVec2(x1 + 0.75f * em, y - 0.5f * em),
                            ImGui::GetColorU32(ImGuiCol_TextDisabled), count.c_str());
                const bool hot =
                    hovered && mouse.y >= y - lane_h * 0.5f && mouse.y < y + lane_h * 0.5f;
                if (tooltip_wanted("qty/" + std::to_string(r) + "/" + std::to_string(k), hot)) {
                    ImGui::BeginTooltip();
                    ImGui::Text("%s", format_quantity(q).c_str());
                    ImGui::TextDisabled("given by %s", count.c_str());
                    // The words each outlet used, for a few of them: at 1,000 articles the
                    // tooltip names the first outlets and counts the rest.
                    constexpr int kNamed = 6;
                    for (int i = 0; i < std::min(n, kNamed); ++i) {
                        const ClaimMention& m = claim.mentions[static_cast<std::size_t>(
                            lane.mentions[static_cast<std::size_t>(i)])];
                        std::string written;
                        for (const Quantity& qq : m.quantities)
                            if (qq.unit == row.unit) {
                                written = describe_quantity(qq);
                                break;
                            }
                        ImGui::Text("%s: %s",
                                    analysis.corpus.articles[static_cast<std::size_t>(m.article)]
                                        .outlet.c_str(),
                                    written.c_str());
                    }
                    if (n > kNamed) ImGui::TextDisabled("and %d more", n - kNamed);
                    ImGui::EndTooltip();
                }
            }
        }
        if (row.other_values > 0)
            ImGui::TextDisabled("and %d other values in %d articles", row.other_values,
                                row.other_articles);
    }
    if (hidden_quantity_rows_ > 0)
        ImGui::TextDisabled("and %d more claims with figures, each carried by fewer articles",
                            hidden_quantity_rows_);
}

// [SECTION] (d) Attributions --------------------------------------------------------------------

void ChartsView::draw_attributions() {
    const float em = ImGui::GetFontSize();
    if (citations_.empty()) {
        ImGui::TextDisabled("No outlet credits a source or quotes a speaker in this analysis.");
        return;
    }
    ImGui::TextDisabled("Who each outlet credits or quotes; circle area by how often. Columns are numbered as in the key above.");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const float label_w = std::min(16 * em, width * 0.4f);
    // As many outlets as fit the width (the chart does not scroll sideways): at 10,000 articles
    // from 401 outlets all of them were drawn, off screen, every frame.
    const float min_cell = 1.2f * em;
    const std::size_t columns = std::min(outlets_.size(), static_cast<std::size_t>(std::max(1.0f, (width - label_w) / min_cell)));
    if (columns < outlets_.size())
        hint_text("The first %s of %s (in the key's order); Export chart as CSV has every outlet.",
                  grouped(columns).c_str(), count_of(outlets_.size(), "outlet").c_str());
    const float cell = std::clamp((width - label_w) / std::max<float>(static_cast<float>(columns), 1), min_cell, 2.4f * em);
    const float row_h = 1.5f * em;
    ImVec2 o = ImGui::GetCursorScreenPos();
    const float height = (static_cast<float>(citations_.size()) + 1) * row_h;
    ImGui::Dummy(ImVec2(std::max(width, label_w + cell * static_cast<float>(columns)), height));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetMousePos();
    // Column header: the outlet's number in its colour.
    for (std::size_t c = 0; c < columns; ++c) {
        float cx = o.x + label_w + cell * (static_cast<float>(c) + 0.5f);
        std::string n = std::to_string(c + 1);
        ImVec2 ts = ImGui::CalcTextSize(n.c_str());
        dl->AddText(ImVec2(cx - ts.x * 0.5f, o.y), theme_.outlet_color(outlets_[c].article), n.c_str());
    }
    for (std::size_t r = 0; r < citations_.size(); ++r) {
        const Citations& ci = citations_[r];
        const float y = o.y + row_h * (static_cast<float>(r) + 1);
        if (!ImGui::IsRectVisible(ImVec2(o.x, y), ImVec2(o.x + width, y + row_h))) continue;
        if (r % 2 == 0) dl->AddRectFilled(ImVec2(o.x, y), ImVec2(o.x + label_w + cell * static_cast<float>(columns), y + row_h), ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
        ImVec4 clip(o.x, y, o.x + label_w - 0.3f * em, y + row_h);
        dl->AddText(nullptr, 0, ImVec2(o.x + 0.2f * em, y + (row_h - em) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text), ci.source.c_str(), nullptr, 0, &clip);
        for (std::size_t c = 0; c < columns; ++c) {
            const int n = c < ci.per_outlet.size() ? ci.per_outlet[c] : 0;
            ImVec2 centre(o.x + label_w + cell * (static_cast<float>(c) + 0.5f), y + row_h * 0.5f);
            if (n == 0) {
                dl->AddCircleFilled(centre, 0.08f * em, theme_.grid_color());
                continue;
            }
            const float rad = std::max(0.15f * em, std::sqrt(static_cast<float>(n) / static_cast<float>(max_citations_)) * std::min(cell, row_h) * 0.45f);
            dl->AddCircleFilled(centre, rad, theme_.outlet_color(outlets_[c].article));
            const bool hot = hovered && std::fabs(mouse.x - centre.x) < cell * 0.5f && std::fabs(mouse.y - centre.y) < row_h * 0.5f;
            if (tooltip_wanted("cite/" + std::to_string(r) + "/" + std::to_string(c), hot)) {
                ImGui::BeginTooltip();
                ImGui::Text("%s", outlets_[c].outlet.c_str());
                ImGui::Text("cites %s %d time%s", ci.source.c_str(), n, n == 1 ? "" : "s");
                ImGui::EndTooltip();
            }
        }
    }
}

// [SECTION] View ------------------------------------------------------------------------------

void ChartsView::draw(const Analysis& analysis, const AppState& state, AppState& next) {
    pin_hit_this_frame_ = false;
    ImGui::BeginChild("charts", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoSavedSettings);
    draw_outlet_key();
    ImGui::Spacing();
    // Each chart's header carries its own export, right-aligned: the numbers behind what it
    // draws (kChartNames order), reachable whether the chart is open or folded.
    auto header = [&](const char* title, int chart) {
        const bool open = ImGui::CollapsingHeader(title, ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_AllowOverlap);
        draw_export_button(analysis, chart, title);
        return open;
    };
    if (header("Provenance per outlet", 0)) draw_provenance_bars();
    if (header("Who took text from whom", 1)) draw_sources_graph(analysis, next);
    if (header("When the articles were published", 2)) timeline_.draw(analysis);
    if (header("How much of each article is in each other", 3)) overlap_.draw(analysis, next);
    if (header("Numbers each outlet gives", 4)) draw_quantities(analysis);
    if (header("Sources each outlet cites", 5)) draw_attributions();
    ImGui::EndChild();
    // A tap anywhere else lets go of a pinned tooltip.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !pin_hit_this_frame_) pinned_.clear();
}

void ChartsView::draw_export_button(const Analysis& analysis, int chart, const char* title) {
    ImGui::PushID(chart);
    const ImGuiStyle& style = ImGui::GetStyle();
    // The short label where the header's title would run under the long one (a phone).
    const float room = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
    const float title_w = ImGui::CalcTextSize(title).x + 3 * ImGui::GetFontSize();
    const char* label = title_w + ImGui::CalcTextSize("Export chart as CSV").x < room ? "Export chart as CSV" : "CSV";
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(label).x - 2 * style.FramePadding.x -
                    style.ItemSpacing.x);
    if (ImGui::SmallButton(label))
        pending_download_ = FileDownload{std::string("wiretrace-chart-") + kChartNames[chart] + ".csv",
                                         "text/csv;charset=utf-8", chart_csv(analysis, chart)};
    ImGui::SetItemTooltip("Download the numbers this chart draws as a CSV file");
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    export_buttons_[static_cast<std::size_t>(chart)] = {a.x, a.y, b.x - a.x, b.y - a.y};
    ImGui::PopID();
}

std::optional<FileDownload> ChartsView::take_download() {
    std::optional<FileDownload> d = std::move(pending_download_);
    pending_download_.reset();
    return d;
}

void ChartsView::report(nlohmann::json& out) const {
    // Numbers chart: lanes are distinct values (with counts), never one per article.
    std::size_t lanes = 0, mentions = 0;
    for (const QuantityRow& row : quantity_rows_) {
        lanes += row.lanes.size();
        for (const ValueLane& lane : row.lanes) mentions += lane.mentions.size();
        mentions += static_cast<std::size_t>(row.other_articles);
    }
    out["charts"] = {{"outlets", outlets_.size()},
                     {"quantity_lanes", lanes},
                     {"quantity_claims_hidden", hidden_quantity_rows_},
                     {"quantity_mentions", mentions},
                     {"graph_nodes", graph_nodes_.size()},
                     // "circle" (an arrow per article) or "outlets" (counts per source outlet)
                     {"graph_layout", graph_by_outlet_ ? "outlets" : "circle"},
                     {"graph_sourced_articles", sourced_articles_},
                     {"graph_edges", graph_edges_.size()},
                     {"quantity_claims", quantity_rows_.size()},
                     {"cited_sources", citations_.size()}};
    nlohmann::json buttons = nlohmann::json::object();
    for (int k = 0; k < kCharts; ++k) buttons[kChartNames[k]] = export_buttons_[static_cast<std::size_t>(k)];
    out["charts"]["export_buttons"] = buttons; // each chart's "Export CSV" button, x y w h
    // Provenance bars: "stacked" (each outlet's name on a line over its bar: a phone) or
    // "side" (names in a column left of the bars), and how many names end in "…".
    out["charts"]["provenance_layout"] = provenance_stacked_ ? "stacked" : "side";
    out["charts"]["provenance_labels_cut"] = provenance_labels_cut_;
    nlohmann::json sources = nlohmann::json::array();
    for (const SourceOutlet& so : source_outlets_)
        sources.push_back({{"outlet", outlets_[static_cast<std::size_t>(so.outlet)].outlet},
                           {"articles", so.articles},
                           {"outlets", so.takers.size()}});
    out["charts"]["graph_source_outlets"] = sources; // every source outlet, drawn or summed
    overlap_.report(out["charts"]);
    timeline_.report(out["charts"]);
}

} // namespace wiretrace
