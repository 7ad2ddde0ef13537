// timeline.h — when the articles of a corpus were published, binned for a chart: the question
// Ground News answers first ("who ran it when"), and the one that tells a wire report from its
// pickups when the front matter carries times. Dates are read by parse_publication_time()
// (sources.h); an article without a readable date is counted, never placed.
//
//   Timeline t = publication_timeline(corpus);   // t.bins, t.bin_minutes, t.undated
#pragma once

#include "corpus.h"

#include <string>
#include <vector>

namespace wiretrace {

struct TimelineBin {
    long start = 0;            // minutes since 1970-01-01 00:00 UTC
    std::vector<int> articles; // corpus indices, in publication order (then corpus order)
};

struct Timeline {
    long bin_minutes = 1440;       // 60 (hours), 1440 (days), 10080 (weeks) or 43200 (30 days)
    bool times_known = false;      // every placed article gives a time of day
    std::vector<TimelineBin> bins; // consecutive, from the first article's bin to the last's
    std::vector<int> undated;      // articles without a readable date
};

// Bins of the smallest width that keeps the chart at most `max_bins` wide: hours only when
// every dated article gives a time (a date alone cannot be placed within its day).
Timeline publication_timeline(const Corpus& corpus, std::size_t max_bins = 48);

// "2024-12-06" for a day bin, "2024-12-06 06:00" for an hour bin (UTC).
std::string bin_label(long start_minutes, long bin_minutes);

} // namespace wiretrace
