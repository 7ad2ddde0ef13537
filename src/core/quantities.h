// quantities.h — numbers in news text, normalised so that two outlets' figures can be compared.
//
// What is recognised (in a sentence, or any byte span of an article):
//
//   written                          value      low    high   unit
//   "5 kilometers (3 miles)"         5          5      5      km     (the bracket is a conversion)
//   "3 miles"                        4.828      4.828  4.828  km     rounding 0.805 km
//   "five kilometres"                5          5      5      km
//   "dozens of fighters"             61.5       24     99     people
//   "thousands of Homs residents"    5999.5     2000   9999   people
//   "tens of thousands"              59999.5    20000  99999  ""     (people when a people noun follows)
//   "more than 200"                  300        200    400    ""     (at most twice: see below)
//   "nearly 14-year civil war"       13.3       12.6   14     year
//   "1,000.5" / "3.5m" / "40%"       1000.5 / 3500000 / 40            "" / "" / "%"
//   "Friday" (article of 2024-12-06) 20241206   …      …      date   (YYYYMMDD, on or before the
//   "Oct. 7, 2023" / "today"         20231007 / 20241206       date    article date)
//   "in 2000"                        2000                     calendar_year
//
// Units: "km" (kilometres, miles, metres, feet), "people" (people, fighters, residents, civilians,
// troops, …), "year", "month", "week", "day", "hour", "minute", "%", "USD", "GBP", "EUR",
// "date", "calendar_year", and "" for a bare count ("two towns").
//
// Modifiers widen a point value into an interval: "more than", "over", "at least" → [N, 2N]
// (a writer who meant more than twice N would have written the bigger number); "nearly",
// "almost" → [0.9N, N]; "up to", "less than", "fewer than" → [0, N]; "about", "around",
// "approximately", "roughly", "an estimated" → [0.9N, 1.1N].
//
// "one" alone is not a quantity ("a tactical one"); ordinals ("third-largest", "14th") are not.
// Hand-written rules: no number/unit parser for English news prose exists in this build's
// dependencies, and the rules must stay readable to explain every match.
#pragma once

#include "analysis.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

struct CalendarDate {
    int year = 0, month = 0, day = 0;
};

// Parses the leading YYYY-MM-DD of an article date ("2024-12-06", "2024-12-06T04:15Z").
std::optional<CalendarDate> parse_article_date(std::string_view date);

// Every quantity in text[span], in text order, non-overlapping. `article_date` resolves weekdays,
// "today" and dates without a year; without it those are skipped. Linear in span.size().
std::vector<Quantity> find_quantities(std::string_view text, ByteSpan span,
                                      std::optional<CalendarDate> article_date);

// True when `a` and `b` can be the same figure: same unit and their intervals, widened by their
// rounding, overlap. "5 km" [4.5, 5.5] and "3 miles" [4.02, 5.63] agree; 5 km and 10 km do not.
// Different units are not comparable: this returns false and comparable() says why.
bool quantities_agree(const Quantity& a, const Quantity& b);
inline bool comparable(const Quantity& a, const Quantity& b) { return a.unit == b.unit; }

// Short readable form: "5 km", "24–99 people", "2024-12-06", "2000".
std::string format_quantity(const Quantity& q);

} // namespace wiretrace
