#include "OverlapChart.h"

#include "Counts.h"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <cstdio>
#include <string>

namespace wiretrace {

void OverlapChart::add_stages(Preparation& prep, const Analysis& analysis) {
    built_for_ = nullptr;
    prep.add("the overlap", 1, [this, &analysis](std::size_t) { choose_rows(analysis); });
    // A column reads every passage and article (shares_carried_by): each is built in slices,
    // one builder's units after the other's.
    // Every column has as many units (every passage, every article).
    const std::size_t units = analysis.corpus.articles.empty() ? 0 : SharesCarriedByBuilder(analysis, 0).units();
    prep.add("the overlap", [this, units] { return matrix_.articles.size() * units; },
             [this, &analysis, units](std::size_t i) {
                 const std::size_t c = i / units;
                 if (i % units == 0) column_ = std::make_unique<SharesCarriedByBuilder>(analysis, matrix_.articles[c]);
                 column_->step(1);
                 if (i % units == units - 1) {
                     overlap_matrix_set_column(matrix_, c, column_->take());
                     column_.reset();
                 }
             });
    prep.add("the overlap", 1, [this, &analysis](std::size_t) { name_rows(analysis); });
}

void OverlapChart::choose_rows(const Analysis& analysis) {
    const std::size_t n = analysis.corpus.articles.size();
    total_articles_ = n;
    std::vector<int> chosen;
    for (std::size_t i = 0; i < n; ++i) chosen.push_back(static_cast<int>(i));
    if (n > kMaxArticles) {
        // The articles with the most text shared verbatim or edited (what the matrix counts).
        auto shared = [&](int i) {
            const std::size_t k = static_cast<std::size_t>(i);
            return k < analysis.articles.size() ? analysis.articles[k].label_share[0] + analysis.articles[k].label_share[1]
                                                : 0.0;
        };
        std::stable_sort(chosen.begin(), chosen.end(), [&](int a, int b) { return shared(a) > shared(b); });
        chosen.resize(kMaxArticles);
    }
    // Date order (then corpus order): the earliest, usually the wire, is the first row.
    std::stable_sort(chosen.begin(), chosen.end(), [&](int a, int b) {
        const std::string& da = analysis.corpus.articles[static_cast<std::size_t>(a)].date;
        const std::string& db = analysis.corpus.articles[static_cast<std::size_t>(b)].date;
        return da != db ? da < db : a < b;
    });
    matrix_ = overlap_matrix_start(chosen);
}

void OverlapChart::name_rows(const Analysis& analysis) {
    // Row names: the outlet, and "#2", "#3" where one outlet has several rows (one outlet often
    // runs a wire story more than once), so rows can be told apart; hovering gives title and date.
    const std::vector<int>& chosen = matrix_.articles;
    names_.clear();
    std::map<std::string, int> seen, total;
    for (int a : chosen) ++total[analysis.corpus.articles[static_cast<std::size_t>(a)].outlet];
    for (std::size_t r = 0; r < chosen.size(); ++r) {
        const std::string& outlet = analysis.corpus.articles[static_cast<std::size_t>(chosen[r])].outlet;
        std::string name = std::to_string(r + 1) + "  " + outlet;
        if (total[outlet] > 1) name += " #" + std::to_string(++seen[outlet]);
        names_.push_back(std::move(name));
    }
    built_for_ = &analysis;
}

void OverlapChart::draw(const Analysis& analysis, AppState& next) {
    first_cell_drawn_ = false;
    const std::size_t k = matrix_.articles.size();
    if (k < 2) {
        ImGui::TextDisabled("One article: nothing to compare it with.");
        return;
    }
    const auto& articles = analysis.corpus.articles;
    const float em = ImGui::GetFontSize();
    std::string intro = "Each row: how much of that article's story text the article of each column carries too "
                        "(verbatim or edited; furniture left out). Read across for where an article's text is "
                        "found, down for what an article passed on. Click a cell to compare the two.";
    if (total_articles_ > k)
        intro += " " + grouped(k) + " of " + count_of(total_articles_, "article") +
                 ": those sharing the most text, in date order.";
    hint_text("%s", intro.c_str());

    // Row labels get what the cells leave, within reason; cells are square, at least 1.8 em.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float cell = std::clamp((avail - 12 * em) / static_cast<float>(k), 1.8f * em, 3.2f * em);
    float longest = 0;
    for (std::size_t r = 0; r < k; ++r)
        longest = std::max(longest, ImGui::CalcTextSize(names_[r].c_str()).x);
    const float label_w = std::clamp(std::min(longest + em, avail - cell * static_cast<float>(k) - em), 6 * em, 18 * em);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float header_h = ImGui::GetTextLineHeight() + 0.4f * em;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 grid = theme_.grid_color();
    const ImVec4 accent = ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram);
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    const bool numbers = cell >= 2.1f * em;

    // Column headers: the rows' numbers.
    for (std::size_t c = 0; c < k; ++c) {
        const std::string num = std::to_string(c + 1);
        const float x = origin.x + label_w + cell * static_cast<float>(c) + (cell - ImGui::CalcTextSize(num.c_str()).x) * 0.5f;
        dl->AddText(ImVec2(x, origin.y), theme_.outlet_color(matrix_.articles[c]), num.c_str());
    }
    int hovered_r = -1, hovered_c = -1;
    const ImVec2 mouse = ImGui::GetMousePos();
    const bool window_hovered = ImGui::IsWindowHovered();
    for (std::size_t r = 0; r < k; ++r) {
        const float y = origin.y + header_h + cell * static_cast<float>(r);
        const int ar = matrix_.articles[r];
        const std::string& label = names_[r];
        dl->PushClipRect(ImVec2(origin.x, y), ImVec2(origin.x + label_w - 0.4f * em, y + cell), true);
        dl->AddText(ImVec2(origin.x, y + (cell - ImGui::GetTextLineHeight()) * 0.5f), theme_.outlet_color(ar), label.c_str());
        dl->PopClipRect();
        for (std::size_t c = 0; c < k; ++c) {
            const ImVec2 a(origin.x + label_w + cell * static_cast<float>(c), y);
            const ImVec2 b(a.x + cell, a.y + cell);
            const double share = matrix_.at(r, c);
            if (r == c) {
                dl->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_FrameBg));
            } else {
                // Shade from the background to the accent by share: 0 is blank, 1 is full.
                const float t = static_cast<float>(std::clamp(share, 0.0, 1.0));
                const ImVec4 fill(bg.x + (accent.x - bg.x) * t, bg.y + (accent.y - bg.y) * t,
                                  bg.z + (accent.z - bg.z) * t, 1.0f);
                dl->AddRectFilled(a, b, ImGui::ColorConvertFloat4ToU32(fill));
                if (numbers && share >= 0.005) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "%d", static_cast<int>(share * 100 + 0.5));
                    const ImVec2 ts = ImGui::CalcTextSize(buf);
                    // Dark ink on a light cell, light ink on a dark one, whatever the theme.
                    const float luminance = 0.2126f * fill.x + 0.7152f * fill.y + 0.0722f * fill.z;
                    const ImU32 ink = t < 0.3f ? text : luminance > 0.5f ? IM_COL32(20, 20, 20, 255) : IM_COL32(250, 250, 250, 255);
                    dl->AddText(ImVec2(a.x + (cell - ts.x) * 0.5f, a.y + (cell - ts.y) * 0.5f), ink, buf);
                }
            }
            dl->AddRect(a, b, grid);
            if (r == 0 && c == 1) first_cell_drawn_ = true, first_cell_min_ = a, first_cell_max_ = b;
            if (window_hovered && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y)
                hovered_r = static_cast<int>(r), hovered_c = static_cast<int>(c);
        }
    }
    ImGui::Dummy(ImVec2(label_w + cell * static_cast<float>(k), header_h + cell * static_cast<float>(k) + 0.5f * em));

    if (hovered_r >= 0 && hovered_r != hovered_c) {
        const std::size_t r = static_cast<std::size_t>(hovered_r), c = static_cast<std::size_t>(hovered_c);
        const Article& ra = articles[static_cast<std::size_t>(matrix_.articles[r])];
        const Article& ca = articles[static_cast<std::size_t>(matrix_.articles[c])];
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetNextWindowSize(ImVec2(std::min(28 * em, ImGui::GetIO().DisplaySize.x - 2 * em), 0));
        if (ImGui::BeginTooltip()) {
            ImGui::TextWrapped("%d%% of the story text of row %zu, %s (\u201C%s\u201D, %s), is also in column %zu, "
                               "%s (\u201C%s\u201D, %s).",
                               static_cast<int>(matrix_.at(r, c) * 100 + 0.5), r + 1, ra.outlet.c_str(), ra.title.c_str(),
                               ra.date.c_str(), c + 1, ca.outlet.c_str(), ca.title.c_str(), ca.date.c_str());
            ImGui::TextWrapped("The other way: %d%% of %s's is in %s.", static_cast<int>(matrix_.at(c, r) * 100 + 0.5),
                               ca.outlet.c_str(), ra.outlet.c_str());
            ImGui::TextDisabled("Click to compare the two");
            ImGui::EndTooltip();
        }
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            next.view = "compare";
            next.selected = {ra.id, ca.id};
            next.span_begin.reset();
        }
    }
}

void OverlapChart::report(nlohmann::json& out) const {
    nlohmann::json o = {{"articles", matrix_.articles.size()}, {"of", total_articles_}};
    if (built_for_ && matrix_.articles.size() >= 2) {
        const auto& articles = built_for_->corpus.articles;
        o["first_cell"] = {{"row", articles[static_cast<std::size_t>(matrix_.articles[0])].id},
                           {"column", articles[static_cast<std::size_t>(matrix_.articles[1])].id},
                           {"share", matrix_.at(0, 1)},
                           {"reverse", matrix_.at(1, 0)}};
        if (first_cell_drawn_)
            o["first_cell"]["box"] = {{"x", first_cell_min_.x}, {"y", first_cell_min_.y},
                                      {"w", first_cell_max_.x - first_cell_min_.x},
                                      {"h", first_cell_max_.y - first_cell_min_.y}};
    }
    out["overlap"] = o;
}

} // namespace wiretrace
