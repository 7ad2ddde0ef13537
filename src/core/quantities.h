// quantities.h — numbers in news text, normalised so that two outlets' figures can be compared.
//
// What is recognised (in a sentence, or any byte span of an article):
//
//   written                        low .. high (unit)          rounding
//   "19 workers", "Nineteen"       19 (people)                 0      exact counts are exact
//   "5 kilometers (3 miles)"       5 (km)                      0      bracket: a conversion
//   "3 miles"                      4.828 (km)                  0.805  converted: to a mile
//   "about 300"                    279 .. 321                  0      approximate: the
//   "nearly 2,000 people"          1,800 .. 2,000 (people)     0      modifier is the tolerance
//   "dozens of fighters"           24 .. 99 (people)           0      vague: an interval
//   "tens of thousands"            20,000 .. 99,999            0      (people when a people
//                                                                      noun follows)
//   "several months"               3 .. 9 (month)              0
//   "between 20 and 30 people"     20 .. 30 (people)           0      also "20-30", "20 to 30",
//   "between eight and ten days"   8 .. 10 (day)                      "€2-3 million", "aged 19
//                                                                      to 34", "some
//   "two to three million people"  2e6 .. 3e6 (people)                30-40"; two written
//                                                                      ranges agree end for
//                                                                      end; "gained 15p to
//                                                                      420p" is no range
//   "between 19 and 25 miles"      30.6 .. 40.2 (km)           0.805  the range shares its
//   "between 2 and 3 million"      2e6 .. 3e6                  0      second figure's unit, scale
//   "up to 60", "as many as 60"    54 .. 60                    0      the top of an estimate
//   "two-thirds of the cost"       66.7 (%)                    2      a share ("a third of",
//                                                                      "half of", "a quarter of",
//                                                                      "one in three adults",
//                                                                      "rose by a fifth")
//   "Four of the five judges"      4                           0      the part; the whole is
//                                                                      not a count of its own
//   "February 2024"                20240201 .. 20240229 (date)        shown "2024-02"
//   "more than 200"                200 .. 250                  0      a bound: below
//   "€1.2bn", "$3.5 million"       1.2e9 (EUR), 3.5e6 (USD)    5e7, 5e4  also "EUR 1.2bn",
//                                                                      "3.5 million US dollars"
//   "$85,000", "£40m"              85,000 (USD), 4e7 (GBP)     500, 5e5
//   "four euros fifty"             4.50 (EUR)                  0.005  the minor unit read out
//                                                                      ("two dollars and fifty
//                                                                      cents"); shown "€4.50"
//   "a four-year sentence"         4 (year)                    0
//   "two and a half years"         2.5 (year)                  0
//   "140 km/h", "90 mph"           140, 144.8 (km/h)           0, 8.05
//   "40%"                          40 (%)                      0      also "40 per cent", "40pc"
//   "50 basis points"              0.5 (%)                            "percentage points": a
//                                                                      change in a rate
//   "Friday" (article 2024-12-06)  20241206 (date: YYYYMMDD, on or before the article date;
//                                  on or after it in a clause about the future: "will", "due")
//   "three point seven per cent"   3.7 (%)                     decimals read out
//   "killed 23", "toll rose to 31" 23, 31 (people)              a figure that can only count
//                                                               people (harm, toll, "were trapped")
//   "Oct. 7, 2023", "today"        20231007, 20241206 (date)
//   "14 March", "1 April 2030"     the day first, as "March 14", "April 1, 2030"; also
//   "3rd December", "the 3rd of December"
//   "in 2000"                      2000 (calendar_year)
//
// Units: "km" (kilometres, miles, metres, feet), "km/h", "people" (people, fighters, residents,
// passengers, workers, employees, patients, students, soldiers, migrants, victims, …), "year" (also
// decades), "month", "week", "day", "hour", "minute", "%", "USD", "GBP", "EUR" ($ £ € with
// k/m/bn/million/billion; "dollars", "euros", "pounds" but not "pounds of", a weight), "cents"
// (counted alone: whose cents is not written), "pence" ("420p", "420 pence"), "hectares" (also
// acres), "tonnes" (tonnes, metric tons, tons, kg), "mg/l" (mg/l, milligrams per litre, parts per
// million), "litres" (liters, millilitres), "gallons" (never converted: American or British is
// not written), "age" ("a 61-year-old": how old someone is, not how long something lasted),
// "date", "calendar_year", "ordinal", and "" for a bare count ("two towns").
//
// Rounding (Quantity::rounding) is how far the figure as written may be from what it stands for,
// and quantities_agree() widens by it. Exact counts get none, so 19 and 20 killed, or 3 and 4
// firefighters, disagree. Round figures ("300", "2,000"), figures with a multiplier or decimals
// are good to their last written digit; converted ("3 miles") figures to their last non-zero
// digit; an approximate one ("about 310") has its modifier's interval (below) instead.
//
// Modifiers widen a point value into an interval: "more than", "over", "at least" (also "passed",
// "topped", "exceeded", "surpassed") → [N, 1.25N] (the
// count known so far: two lower bounds agree only when they state the same bound, so "at least
// nine" and "at least 11" killed are two counts; an exact count inside one meets it); "nearly",
// "almost", and "up to", "as many as" (the top of an estimate: "up to 20 years" and "up to 25
// years" are two maximum sentences) → [0.9N, N]; "less than", "fewer than" → [0, N]; "about",
// "around", "approximately", "roughly", "an estimated", "some" → [0.93N, 1.07N]. A modified figure
// gets no further rounding: "nearly 600" and "some 650" disagree. Vague counts: "dozens" [24, 99],
// "scores of" [40, 99], "hundreds" [200, 999], "thousands" [2,000, 9,999], "millions", "several"
// [3, 9], "a few" [2, 5], "a couple of" [2, 3]; "several hundred" multiplies.
//
// "one" alone is not a quantity ("a tactical one"); a rank after a determiner or a possessive is
// ("its third increase", "the rocket's third stage": 3, unit "ordinal"), other ordinals
// ("third-largest", "14th", "a second") are not, nor is a number hyphened onto a name ("Kestrel-2",
// "Covid-19"), nor digits glued onto letters ("H5N1", "A320", "G7"). A month counted against days
// or weeks is 30.44 days give or take three ("three months" = "90 days"), a year give or take one.
//
// Times of day are compared as when, on one clock: "3:14 a.m.", "10 p.m.", "9am", "05:30",
// "noon", "midnight", "9.30pm" or "21.45 GMT" (British copy; with its clock word only),
// "half past two this afternoon", "twenty to eleven on Monday night" (a
// time told in words only with the part of the day; without it, read and skipped) → minutes
// after midnight, unit "time"; a written zone makes it "time UTC" ("0014 GMT", "3 p.m. UTC"),
// a named one is put on UTC by its offset ("4:40 p.m. ET" in November, EST, is 21:40 UTC; the
// US daylight-time rule decides "ET", "CT", "MT", "PT" (also written "Eastern time",
// "Pacific Standard Time") by the article's date, and without a
// date the time is the interval of both), "local time" is "time", and only times of one unit
// compare, so an outlet that converts to GMT is not flagged against local times. "7am" (no
// minutes) is good to ten minutes; "about 7am" ±15 minutes; "shortly before 7am" 06:30–07:00,
// "just after noon" 12:00–12:30; "before 7am", "by 10 p.m." are bounds and not compared.
// Shown as "03:14", "00:14 UTC", "06:30–07:00".
// Hand-written rules: no number/unit parser for English news prose exists in this build's
// dependencies, and the rules must stay readable to explain every match.
#pragma once

#include "analysis.h"
#include "surface.h"

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

// A month ("march", "sept", "dec") or a weekday ("friday"), lower case: the calendar's one word
// list, for the readers that must not take "March" or "Friday" for a name.
bool is_calendar_word(std::string_view lower);

// Every quantity in text[span], in text order, non-overlapping. `article_date` resolves weekdays,
// "today" and dates without a year; without it those are skipped. Linear in span.size().
std::vector<Quantity> find_quantities(std::string_view text, ByteSpan span,
                                      std::optional<CalendarDate> article_date);
// The same, from the tokens scan_surface(text, span) gives, for a caller that has them already
// (the claims' mention builder: one scan of each clause, not two).
std::vector<Quantity> find_quantities(std::string_view text,
                                      const std::vector<SurfaceToken>& span_tokens,
                                      std::optional<CalendarDate> article_date);

// The unit a figure ending before token j of `tk` is in, read from tk[j] on, as find_quantities()
// names it: "km" for "miles", "km/h" for "mph" and "km/h", "GBP" for "pounds", "people" for
// "workers", "%" for "%" and "per cent", "mg/l" for "milligrams per litre"; "" when the words
// there name no unit. For rules that read a sentence's tokens themselves (claim_clauses.cpp):
// one table of units for the whole engine.
std::string unit_after_figure(const std::vector<SurfaceToken>& tk, std::size_t j);

// Whether a lower-case word is the full name of a month ("march", "september"; not "sept" or
// "mar", which find_quantities() also reads as months): for rules that read a sentence's tokens
// themselves (claim_clauses.cpp), one month list for the whole engine.
bool is_month_name(std::string_view lower_word);

// The unit one word names after a figure, in the singular too ("year" for the "-year" of "a
// four-year sentence", "km" for the "km" of "a 10-km stretch"); "" when none.
std::string unit_named_by(std::string_view word);

// True when `a` and `b` can be the same figure: comparable units and their intervals, widened by
// their rounding, overlap (two rounded figures that only touch, 1,200 and 1,300, do not). "5 km"
// and "3 miles" [4.02, 5.63] agree; 5 km and 10 km do not; 19 and 20 people do not. Durations
// compare across units in days: "several months" and "six months" agree, "two years" does not.
// Units that are not comparable (below) never agree. The same weekday written by both agrees
// whichever week each was resolved to.
bool quantities_agree(const Quantity& a, const Quantity& b);

// Same unit, or both durations (year, month, week, day, hour, minute).
bool comparable(const Quantity& a, const Quantity& b);

// A time of day: unit "time" or "time <zone>".
bool is_time_of_day(const std::string& unit);

// When, not how much: a date, a calendar year or a time of day. Such a figure is a claim's
// context ("on Friday", "in 2000", "at 3:14 a.m."): not a measure for grouping, not what makes a
// claim a quantity claim, and shown as written on axes and in exports, not as a number.
bool says_when(const std::string& unit);

// Short normalised form: "5 km", "24–99 people", "€1.2 billion", "3–9 months", "2024-12-06",
// "2000". Dates are ISO 8601, never the YYYYMMDD number; an interval is shown as its range
// (whole people for counts), never as its midpoint.
std::string format_quantity(const Quantity& q);

// The quantity for a reader: the normalised form, preceded by the words as written whenever
// those do not show the figure ("dozens of fighters: 24–99 people", "about 300: 270–330",
// "3 miles: 4.8 km", "Nineteen employees: 19 people"); "$85,000", "2024-12-06" as they are.
// For tooltips, details and exports.
std::string describe_quantity(const Quantity& q);

// --- Charts: quantities on a linear axis ----------------------------------------------------

// Where a value of `unit` sits on a linear axis: days since 1970-01-01 for dates (YYYYMMDD
// numbers are not evenly spaced: 20241201 − 20241130 is 71), the value itself otherwise.
double axis_position(double value, const std::string& unit);

// A unit as an axis or a column says it: "years", "months", "people", "km", "USD"; "" for a bare
// count, a date or a calendar year (their ticks say it).
std::string unit_name(const std::string& unit);

struct AxisTick {
    double position = 0; // on the axis_position() scale
    std::string label;   // "2024-12-02", "2,000", "1.5", "2021": no unit, no invented precision
};

// Round ticks a reader can read between two axis positions, at most `max_ticks` (≥ 2) of them:
// steps of 1, 2 or 5 × 10^k; whole numbers for counts, people and years; whole days (1, 2, 7,
// 14 … days) for dates, labelled as dates.
std::vector<AxisTick> axis_ticks(double low, double high, const std::string& unit, int max_ticks);

} // namespace wiretrace
