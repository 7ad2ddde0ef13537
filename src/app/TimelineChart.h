// TimelineChart.h — the Charts view's publication timeline: how many articles appeared in each
// hour, day, week or month (core/timeline.h), as bars on a time axis labelled with dates, the
// first article named, and undated articles counted. Hovering a bar lists who published then.
#pragma once

#include "Preparation.h"
#include "Theme.h"
#include "core/timeline.h"

#include <nlohmann/json.hpp>

namespace wiretrace {

class TimelineChart {
public:
    explicit TimelineChart(const Theme& theme) : theme_(theme) {}
    // Adds the timeline's making to the Charts view's preparation (one step: 10,000 dates
    // parsed). draw() needs it done.
    void add_stages(Preparation& prep, const Analysis& analysis);
    void draw(const Analysis& analysis);
    void report(nlohmann::json& out) const;
    // The bins as drawn, then the undated articles (ChartsCsv.cpp).
    std::string csv(const Analysis& analysis) const;

private:
    const Theme& theme_;
    const Analysis* built_for_ = nullptr;
    Timeline timeline_;
    std::size_t most_ = 0; // articles in the fullest bin
    bool any_time_ = false; // some article gives a time of day (parsed once: 10,000 dates a frame
                            // cost the Charts tab its frame rate)
};

} // namespace wiretrace
