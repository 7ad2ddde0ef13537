#include "TimelineChart.h"

#include "Counts.h"
#include "core/reach.h"
#include "core/sources.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace wiretrace {

namespace {

const char* unit_of(long bin_minutes) {
    return bin_minutes == 60 ? "hour" : bin_minutes == 1440 ? "day" : bin_minutes == 10080 ? "week" : "30 days";
}

} // namespace

void TimelineChart::add_stages(Preparation& prep, const Analysis& analysis) {
    built_for_ = nullptr;
    prep.add("the timeline", 1, [this, &analysis](std::size_t) {
        timeline_ = publication_timeline(analysis.corpus);
        most_ = 0;
        for (const TimelineBin& b : timeline_.bins) most_ = std::max(most_, b.articles.size());
        any_time_ = false;
        for (const Article& a : analysis.corpus.articles) any_time_ |= parse_publication_time(a.date).minute >= 0;
        built_for_ = &analysis;
    });
}

void TimelineChart::draw(const Analysis& analysis) {
    const auto& articles = analysis.corpus.articles;
    const float em = ImGui::GetFontSize();
    if (timeline_.bins.empty()) {
        ImGui::TextDisabled("No article gives a date Wiretrace can read (YYYY-MM-DD, optionally with a time).");
        return;
    }
    // What the chart says in one line: when the first article appeared, the span, the bin.
    const TimelineBin& first_bin = timeline_.bins.front();
    const Article& first = articles[static_cast<std::size_t>(first_bin.articles.front())];
    // "First" only where it is known: articles of one day without times have no order.
    std::string intro = timeline_.times_known || first_bin.articles.size() == 1
                            ? "First: " + first.outlet + ", " + first.date + "."
                            : "Earliest: " + bin_label(first_bin.start, 1440) + ", " +
                                  count_of(first_bin.articles.size(), "article") + " (which came first that day is not known).";
    intro += std::string(" Articles per ") + unit_of(timeline_.bin_minutes) + (timeline_.times_known ? " (UTC)." : ".");
    if (!timeline_.times_known && timeline_.bin_minutes == 1440) {
        intro += any_time_ ? " Not every article gives a time of day, so the day is the finest step."
                          : " No article gives a time of day.";
    }
    if (!timeline_.undated.empty())
        intro += " " + count_of(timeline_.undated.size(), "article") + " without a readable date not shown.";
    hint_text("%s", intro.c_str());

    const std::size_t n = timeline_.bins.size();
    const float axis_w = 2.5f * em;
    const float width = std::max(ImGui::GetContentRegionAvail().x - axis_w - em, 10 * em);
    const float height = 7 * em;
    const float bar_w = std::min(width / static_cast<float>(n), 6 * em);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const ImVec2 plot(o.x + axis_w, o.y + 0.5f * em);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 grid = theme_.grid_color(), muted = theme_.muted_text();
    const ImU32 bar = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
    // Count axis: 0 and the fullest bin.
    const std::string top = grouped(most_);
    dl->AddText(ImVec2(plot.x - ImGui::CalcTextSize(top.c_str()).x - 0.4f * em, plot.y - 0.5f * em), muted, top.c_str());
    dl->AddText(ImVec2(plot.x - ImGui::CalcTextSize("0").x - 0.4f * em, plot.y + height - 0.5f * em), muted, "0");
    dl->AddLine(ImVec2(plot.x, plot.y + height), ImVec2(plot.x + bar_w * static_cast<float>(n), plot.y + height), grid);
    const ImVec2 mouse = ImGui::GetMousePos();
    int hovered = -1;
    // Date labels under the bars, as many as fit without overlapping.
    const float label_w = ImGui::CalcTextSize(bin_label(first_bin.start, timeline_.bin_minutes).c_str()).x + em;
    const std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(label_w / bar_w) + 1);
    for (std::size_t b = 0; b < n; ++b) {
        const float x0 = plot.x + bar_w * static_cast<float>(b);
        const std::size_t c = timeline_.bins[b].articles.size();
        const float h = most_ ? height * static_cast<float>(c) / static_cast<float>(most_) : 0;
        if (c) dl->AddRectFilled(ImVec2(x0 + 1, plot.y + height - h), ImVec2(x0 + bar_w - 1, plot.y + height), bar, 2.0f);
        if (b % every == 0) {
            dl->AddLine(ImVec2(x0, plot.y + height), ImVec2(x0, plot.y + height + 0.3f * em), grid);
            dl->AddText(ImVec2(x0, plot.y + height + 0.35f * em), muted,
                        bin_label(timeline_.bins[b].start, timeline_.bin_minutes).c_str());
        }
        if (ImGui::IsWindowHovered() && mouse.x >= x0 && mouse.x < x0 + bar_w && mouse.y >= plot.y && mouse.y < plot.y + height)
            hovered = static_cast<int>(b);
    }
    ImGui::Dummy(ImVec2(axis_w + bar_w * static_cast<float>(n), height + 2.2f * em));
    if (hovered >= 0) {
        const TimelineBin& bin = timeline_.bins[static_cast<std::size_t>(hovered)];
        ImGui::SetNextWindowSize(ImVec2(std::min(26 * em, ImGui::GetIO().DisplaySize.x - 2 * em), 0));
        if (ImGui::BeginTooltip()) {
            const Reach r = reach_of(analysis, bin.articles);
            ImGui::Text("%s: %s from %s", bin_label(bin.start, timeline_.bin_minutes).c_str(),
                        count_of(bin.articles.size(), "article").c_str(), count_of(r.outlets.size(), "outlet").c_str());
            for (std::size_t i = 0; i < bin.articles.size() && i < 8; ++i) {
                const Article& a = articles[static_cast<std::size_t>(bin.articles[i])];
                ImGui::PushStyleColor(ImGuiCol_Text, theme_.outlet_color(bin.articles[i]));
                ImGui::TextWrapped("%s", a.outlet.c_str());
                ImGui::PopStyleColor();
                ImGui::SameLine();
                ImGui::TextDisabled("%s", a.date.c_str());
            }
            if (bin.articles.size() > 8) ImGui::TextDisabled("and %s", count_of(bin.articles.size() - 8, "more").c_str());
            ImGui::EndTooltip();
        }
    }
}

void TimelineChart::report(nlohmann::json& out) const {
    nlohmann::json bins = nlohmann::json::array();
    for (const TimelineBin& b : timeline_.bins) bins.push_back(b.articles.size());
    out["timeline"] = {{"bin_minutes", timeline_.bin_minutes},
                       {"bins", bins},
                       {"undated", timeline_.undated.size()},
                       {"first_bin", timeline_.bins.empty() ? std::string() : bin_label(timeline_.bins.front().start, timeline_.bin_minutes)}};
}

} // namespace wiretrace
