// When the articles were published, binned for the Charts timeline (core/timeline.h).
#include "core/timeline.h"

#include <gtest/gtest.h>

using namespace wiretrace;

namespace {

Corpus dated(std::vector<std::string> dates) {
    Corpus c;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        Article a;
        a.id = "a" + std::to_string(i);
        a.date = dates[i];
        c.articles.push_back(a);
    }
    return c;
}

std::vector<std::size_t> counts(const Timeline& t) {
    std::vector<std::size_t> out;
    for (const TimelineBin& b : t.bins) out.push_back(b.articles.size());
    return out;
}

} // namespace

TEST(Timeline, TimesOfOneMorningAreBinnedByHourInUtc) {
    Timeline t = publication_timeline(dated({"2024-12-06T06:30:00Z", "2024-12-06 09:10+02:00", "2024-12-06T04:15Z",
                                             "2024-12-06T08:59Z"}));
    EXPECT_EQ(t.bin_minutes, 60);
    EXPECT_TRUE(t.times_known);
    EXPECT_EQ(counts(t), (std::vector<std::size_t>{1, 0, 1, 1, 1})) << "04:15, 06:30, 07:10 (09:10+02:00), 08:59 UTC";
    EXPECT_EQ(bin_label(t.bins.front().start, t.bin_minutes), "2024-12-06 04:00");
    EXPECT_EQ(t.bins.front().articles, (std::vector<int>{2})) << "the earliest first";
    EXPECT_EQ(t.bins[3].articles, (std::vector<int>{1})) << "an offset is taken back to UTC";
    EXPECT_EQ(t.bins.back().articles, (std::vector<int>{3}));
    Timeline same = publication_timeline(dated({"2024-12-06T06:40Z", "2024-12-06T06:10Z"}));
    EXPECT_EQ(same.bins.front().articles, (std::vector<int>{1, 0})) << "within a bin, in publication order";
}

TEST(Timeline, ADateWithoutATimeIsBinnedByDayAndUnreadableDatesAreCounted) {
    Timeline t = publication_timeline(dated({"2024-12-06", "2024-12-06T23:50Z", "2024-12-08", "Friday", ""}));
    EXPECT_EQ(t.bin_minutes, 1440) << "a bare date cannot be placed within its day";
    EXPECT_FALSE(t.times_known);
    EXPECT_EQ(counts(t), (std::vector<std::size_t>{2, 0, 1}));
    EXPECT_EQ(bin_label(t.bins[2].start, 1440), "2024-12-08");
    EXPECT_EQ(t.undated, (std::vector<int>{3, 4}));
}

TEST(Timeline, ALongStoryGetsWiderBinsNeverMoreThanAsked) {
    Timeline t = publication_timeline(dated({"2024-01-01", "2024-03-01", "2024-12-31"}), 48);
    EXPECT_EQ(t.bin_minutes, 43200) << "a year in weeks is 53 bins, over 48: 30-day bins";
    EXPECT_LE(t.bins.size(), 48u);
    EXPECT_EQ(counts(t).front() + counts(t).back(), 2u);
}

TEST(Timeline, NothingDatedGivesNoBins) {
    Timeline t = publication_timeline(dated({"n/a", "yesterday"}));
    EXPECT_TRUE(t.bins.empty());
    EXPECT_EQ(t.undated.size(), 2u);
    EXPECT_TRUE(publication_timeline(Corpus{}).bins.empty());
}
