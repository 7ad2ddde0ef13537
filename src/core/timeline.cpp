#include "timeline.h"

#include "sources.h"

#include <algorithm>
#include <cstdio>

namespace wiretrace {

namespace {

// Civil date of a day number (days since 1970-01-01), Howard Hinnant's days_from_civil inverse.
void civil_from_days(long z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(static_cast<long>(yoe) + era * 400 + (m <= 2));
}

long floor_div(long a, long b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

} // namespace

Timeline publication_timeline(const Corpus& corpus, std::size_t max_bins) {
    Timeline t;
    struct Placed {
        long minute;
        int article;
    };
    std::vector<Placed> placed;
    bool all_times = true;
    for (std::size_t i = 0; i < corpus.articles.size(); ++i) {
        const PublicationTime p = parse_publication_time(corpus.articles[i].date);
        if (!p.known) {
            t.undated.push_back(static_cast<int>(i));
            continue;
        }
        all_times &= p.minute >= 0;
        placed.push_back({p.day * 1440 + std::max(p.minute, 0), static_cast<int>(i)});
    }
    if (placed.empty()) return t;
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.minute < b.minute; });
    t.times_known = all_times;
    const long first = placed.front().minute, last = placed.back().minute;
    max_bins = std::max<std::size_t>(max_bins, 1);
    // Weeks and months start on the first article's day, so a bin never splits it.
    const long widths[] = {60, 1440, 10080, 43200};
    long origin = 0;
    for (long w : widths) {
        if (w == 60 && !all_times) continue;
        t.bin_minutes = w;
        origin = w <= 1440 ? floor_div(first, w) * w : floor_div(first, 1440) * 1440;
        if (static_cast<std::size_t>(floor_div(last - origin, w)) + 1 <= max_bins) break;
    }
    const long count = floor_div(last - origin, t.bin_minutes) + 1;
    t.bins.resize(static_cast<std::size_t>(std::min<long>(count, static_cast<long>(max_bins) * 64)));
    for (std::size_t b = 0; b < t.bins.size(); ++b) t.bins[b].start = origin + static_cast<long>(b) * t.bin_minutes;
    for (const Placed& p : placed) {
        const std::size_t b = std::min(static_cast<std::size_t>(floor_div(p.minute - origin, t.bin_minutes)), t.bins.size() - 1);
        t.bins[b].articles.push_back(p.article);
    }
    return t;
}

std::string bin_label(long start, long bin_minutes) {
    int y;
    unsigned m, d;
    civil_from_days(floor_div(start, 1440), y, m, d);
    char buf[80]; // room for any int and long the format can print, so it is never cut
    if (bin_minutes < 1440) {
        const long in_day = start - floor_div(start, 1440) * 1440;
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02ld:%02ld", y, m, d, in_day / 60, in_day % 60);
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    }
    return buf;
}

} // namespace wiretrace
