// quantities.cpp — see quantities.h for what is recognised and why the rules are hand-written.
//
// [SECTION] Calendar arithmetic
// [SECTION] Vocabulary: number words, units, modifiers, months, weekdays
// [SECTION] The scanner: dates, vague amounts, numbers with units, bracketed conversions
// [SECTION] Comparison and formatting
#include "quantities.h"

#include "surface.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace wiretrace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Calendar arithmetic
//-------------------------------------------------------------------------------------------------

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's civil algorithms).
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CalendarDate civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    CalendarDate c;
    c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2));
    return c;
}

double yyyymmdd(const CalendarDate& c) {
    return c.year * 10000.0 + c.month * 100.0 + c.day;
}

} // namespace

std::optional<CalendarDate> parse_article_date(std::string_view s) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    CalendarDate c;
    c.year = std::atoi(std::string(s.substr(0, 4)).c_str());
    c.month = std::atoi(std::string(s.substr(5, 2)).c_str());
    c.day = std::atoi(std::string(s.substr(8, 2)).c_str());
    if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > 31) return std::nullopt;
    return c;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Vocabulary: number words, units, modifiers, months, weekdays
//-------------------------------------------------------------------------------------------------

namespace {

struct Named {
    const char* word;
    double value;
};

// Ranks a rewrite may change ("its third increase" / "its second increase"); "first" is left
// out (ordinal_at says why).
const Named kOrdinals[] = {{"second", 2},  {"third", 3},  {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
                           {"seventh", 7}, {"eighth", 8}, {"ninth", 9},  {"tenth", 10}};

const Named kSmallNumbers[] = {
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"dozen", 12},
};
const Named kMultipliers[] = {
    {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
// Attached to a number without a space: "3.5m", "$2bn", "40k".
const Named kSuffixMultipliers[] = {{"m", 1e6}, {"mn", 1e6}, {"bn", 1e9}, {"b", 1e9}, {"k", 1e3}};

struct Unit {
    const char* word;
    const char* unit;
    double factor; // to the normalised unit
};
const Unit kUnits[] = {
    {"km", "km", 1},
    {"kms", "km", 1},
    {"kilometer", "km", 1},
    {"kilometers", "km", 1},
    {"kilometre", "km", 1},
    {"kilometres", "km", 1},
    {"mile", "km", 1.609344},
    {"miles", "km", 1.609344},
    {"mi", "km", 1.609344},
    {"meter", "km", 1e-3},
    {"meters", "km", 1e-3},
    {"metre", "km", 1e-3},
    {"metres", "km", 1e-3},
    // Depths of rivers and snow, rainfall: centimetres, millimetres and inches.
    {"centimetre", "km", 1e-5},
    {"centimetres", "km", 1e-5},
    {"centimeter", "km", 1e-5},
    {"centimeters", "km", 1e-5},
    {"cm", "km", 1e-5},
    {"millimetre", "km", 1e-6},
    {"millimetres", "km", 1e-6},
    {"millimeter", "km", 1e-6},
    {"millimeters", "km", 1e-6},
    {"mm", "km", 1e-6},
    {"inch", "km", 2.54e-5},
    {"inches", "km", 2.54e-5},
    {"feet", "km", 3.048e-4},
    {"foot", "km", 3.048e-4},
    {"ft", "km", 3.048e-4},
    {"year", "year", 1},
    {"years", "year", 1},
    {"month", "month", 1},
    {"months", "month", 1},
    {"week", "week", 1},
    {"weeks", "week", 1},
    {"day", "day", 1},
    {"days", "day", 1},
    {"hour", "hour", 1},
    {"hours", "hour", 1},
    {"minute", "minute", 1},
    {"minutes", "minute", 1},
    // Only the plural: "a second" is an ordinal or a moment. "a 10-second increment" reaches
    // it through the singular-to-plural retry of the hyphenated forms.
    {"seconds", "second", 1},
    // Areas in hectares ("about 12,000 hectares (nearly 30,000 acres)").
    {"hectare", "hectares", 1},
    {"hectares", "hectares", 1},
    {"ha", "hectares", 1},
    {"acre", "hectares", 0.40468564224},
    {"acres", "hectares", 0.40468564224},
    // Masses in tonnes ("40 tonnes" = "40 metric tons"; "metric" is read in unit_at). A
    // short ton is 0.907 t: news copy that writes "tons" for a spill or a cargo means the
    // figure the wire gave in tonnes more often than a conversion, and 9% is inside the
    // rounding of any estimate.
    {"tonne", "tonnes", 1},
    {"tonnes", "tonnes", 1},
    {"ton", "tonnes", 1},
    {"tons", "tonnes", 1},
    {"kilogram", "tonnes", 1e-3},
    {"kilograms", "tonnes", 1e-3},
    {"kg", "tonnes", 1e-3},
    // Concentrations in water: a milligram per litre is a part per million by mass, and
    // outlets write either ("18 mg/l" = "18 parts per million"); the multi-word forms are read
    // in unit_at.
    {"ppm", "mg/l", 1},
    // Share prices in pence ("420p", "420 pence"): kept in pence, as the market quotes them,
    // not converted to pounds ("£4.2" is no figure anyone wrote).
    {"pence", "pence", 1},
    // Volumes in litres ("187 million litres a day", American "liters"). Gallons stay a unit of
    // their own: an American gallon is 3.79 litres and a British one 4.55, and the copy never
    // says which, so a gallon figure is set only against another gallon figure.
    {"litre", "litres", 1},
    {"litres", "litres", 1},
    {"liter", "litres", 1},
    {"liters", "litres", 1},
    {"millilitre", "litres", 1e-3},
    {"millilitres", "litres", 1e-3},
    {"milliliter", "litres", 1e-3},
    {"milliliters", "litres", 1e-3},
    {"gallon", "gallons", 1},
    {"gallons", "gallons", 1},
    {"decade", "year", 10},
    {"decades", "year", 10},
    {"percent", "%", 1},
    {"pc", "%", 1}, // "4.5pc": British financial copy
    {"dollar", "USD", 1},
    {"dollars", "USD", 1},
    {"euro", "EUR", 1},
    {"euros", "EUR", 1},
    // Pounds as money: British copy writes "three point one billion pounds", "five pounds
    // twenty". Not the singular, nor "pounds of" (unit_at): "a 500-pound bomb", "five pounds of
    // cocaine" are weights.
    {"pounds", "GBP", 1},
    // Cents counted alone ("50 cents a litre"): which currency's is not written, so they are a
    // unit of their own and only meet other cents.
    {"cents", "cents", 1},
    {"person", "people", 1},
    {"people", "people", 1},
    {"persons", "people", 1},
    {"civilians", "people", 1},
    {"fighters", "people", 1},
    {"soldiers", "people", 1},
    {"troops", "people", 1},
    {"residents", "people", 1},
    {"refugees", "people", 1},
    {"children", "people", 1},
    {"men", "people", 1},
    {"women", "people", 1},
    {"insurgents", "people", 1},
    {"rebels", "people", 1},
    {"militants", "people", 1},
    {"casualties", "people", 1},
    {"dead", "people", 1},
    {"deaths", "people", 1},
    {"migrants", "people", 1},
    {"protesters", "people", 1},
    {"prisoners", "people", 1},
    {"hostages", "people", 1},
    {"victims", "people", 1},
    {"combatants", "people", 1},
    {"gunmen", "people", 1},
    {"members", "people", 1},
    {"voters", "people", 1},
    // People named by what they were doing or where they were: a passenger count and a
    // death toll are both counts of people, and outlets swap the noun ("19 workers",
    // "Nineteen employees").
    {"passengers", "people", 1},
    {"workers", "people", 1},
    {"employees", "people", 1},
    {"staff", "people", 1},
    {"patients", "people", 1},
    {"students", "people", 1},
    {"pupils", "people", 1},
    {"teachers", "people", 1},
    {"nurses", "people", 1},
    {"doctors", "people", 1},
    {"firefighters", "people", 1},
    {"officers", "people", 1},
    {"police", "people", 1},
    {"journalists", "people", 1},
    {"miners", "people", 1},
    {"dockers", "people", 1},
    {"tourists", "people", 1},
    {"pilgrims", "people", 1},
    {"visitors", "people", 1},
    {"customers", "people", 1},
    {"shoppers", "people", 1},
    {"spectators", "people", 1},
    {"fans", "people", 1},
    {"villagers", "people", 1},
    {"citizens", "people", 1},
    {"nationals", "people", 1},
    {"adults", "people", 1},
    {"babies", "people", 1},
    {"survivors", "people", 1},
    {"inmates", "people", 1},
    {"detainees", "people", 1},
    {"asylum-seekers", "people", 1},
    {"crew", "people", 1},
    {"sailors", "people", 1},
    {"fishermen", "people", 1},
    {"farmers", "people", 1},
    {"injured", "people", 1},
    {"wounded", "people", 1},
    {"evacuees", "people", 1},
    {"volunteers", "people", 1},
    {"guests", "people", 1},
};

// Speeds: a distance unit followed by "/h", "per hour" or written as one word.
const Unit kKmPerHour{"km/h", "km/h", 1};
const Unit kMilesPerHour{"mph", "km/h", 1.609344};
const Unit kSpeedWords[] = {{"kph", "km/h", 1}, {"kmh", "km/h", 1}, {"mph", "km/h", 1.609344}};

// Vague amounts: the interval a reader takes them to mean (issue 4: "dozens" is [24, 99]).
struct Vague {
    const char* words[3];
    double low, high;
};
const Vague kVague[] = {
    {{"tens", "of", "thousands"}, 20000, 99999},
    {{"hundreds", "of", "thousands"}, 200000, 999999},
    {{"tens", "of", "millions"}, 20e6, 99.9999e6},
    {{"dozens", nullptr, nullptr}, 24, 99},
    {{"scores", "of", nullptr}, 40, 99},
    {{"hundreds", nullptr, nullptr}, 200, 999},
    {{"thousands", nullptr, nullptr}, 2000, 9999},
    {{"millions", nullptr, nullptr}, 2e6, 9.999999e6},
    {{"several", nullptr, nullptr}, 3, 9},
    {{"a", "few", nullptr}, 2, 5},
    {{"a", "couple", "of"}, 2, 3},
};

// "up to", "as many as" state the top of an estimate ("up to 60 still trapped", "faces up to 25
// years"): the figure written is the one compared. "less than", "fewer than" are bounds only.
enum class Modifier { None, AtLeast, Nearly, AtMost, UpTo, About };
struct ModifierWords {
    const char* words[3];
    Modifier kind;
};
const ModifierWords kModifiers[] = {
    {{"more", "than"}, Modifier::AtLeast},   {{"at", "least"}, Modifier::AtLeast},
    {{"upwards", "of"}, Modifier::AtLeast},  {{"over", nullptr}, Modifier::AtLeast},
    {{"nearly", nullptr}, Modifier::Nearly}, {{"almost", nullptr}, Modifier::Nearly},
    {{"up", "to"}, Modifier::UpTo},          {{"as", "many", "as"}, Modifier::UpTo},
    {{"as", "much", "as"}, Modifier::UpTo},  {{"less", "than"}, Modifier::AtMost},
    {{"fewer", "than"}, Modifier::AtMost},   {{"about", nullptr}, Modifier::About},
    {{"around", nullptr}, Modifier::About},  {{"approximately", nullptr}, Modifier::About},
    {{"roughly", nullptr}, Modifier::About}, {{"an", "estimated"}, Modifier::About},
    {{"some", nullptr}, Modifier::About},
    // A count a petition or a total has gone beyond: "had passed 61,000 signatures" is more
    // than 61,000, a bound, as "more than 52,000" is (two such bounds are two counts).
    {{"passed", nullptr}, Modifier::AtLeast}, {{"topped", nullptr}, Modifier::AtLeast},
    {{"exceeded", nullptr}, Modifier::AtLeast}, {{"surpassed", nullptr}, Modifier::AtLeast},
};

const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                         "july",    "august",   "september", "october", "november", "december"};
const char* kMonthAbbrev[] = {"jan", "feb", "mar", "apr", "may", "jun",
                              "jul", "aug", "sep", "oct", "nov", "dec"};
const char* kWeekdays[] = {"sunday",   "monday", "tuesday", "wednesday",
                           "thursday", "friday", "saturday"};

// The entry of a word table for `w` (the first when a word is listed twice). Hashed: a
// figure-dense text asks the unit tables for every token after every number, and a linear scan
// of ~100 strings each time made two 1 MB articles take seconds.
template <auto& Table> auto find_word(const std::string& w) {
    using Entry = std::remove_reference_t<decltype(Table[0])>;
    static const std::unordered_map<std::string_view, Entry*> index = [] {
        std::unordered_map<std::string_view, Entry*> m;
        for (Entry& e : Table) m.emplace(e.word, &e);
        return m;
    }();
    auto it = index.find(w);
    return it == index.end() ? static_cast<Entry*>(nullptr) : it->second;
}

int month_of(std::string_view w) {
    for (int m = 0; m < 12; ++m)
        if (w == kMonths[m] || w == kMonthAbbrev[m] || (m == 8 && w == "sept")) return m + 1;
    return 0;
}

int weekday_of(std::string_view w) {
    for (int d = 0; d < 7; ++d)
        if (w == kWeekdays[d]) return d;
    return -1;
}

// The days of a month in words, by number ("twenty-" and "thirty-" are put before the first
// nine in day_ordinal).
const std::string_view kDayOrdinals[] = {
        "",          "first",      "second",     "third",      "fourth",      "fifth",
        "sixth",     "seventh",    "eighth",     "ninth",      "tenth",       "eleventh",
        "twelfth",   "thirteenth", "fourteenth", "fifteenth",  "sixteenth",   "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "",           "",            "",
        "",          "",           "",           "",           "",            "",
        "thirtieth"};

// A day of the month as radio copy says it: "ninth", "twelfth", "twenty-ninth", "thirty-first";
// 0 for any other word.
int day_ordinal(std::string_view w) {
    int tens = 0;
    if (w.rfind("twenty-", 0) == 0) tens = 20, w.remove_prefix(7);
    else if (w.rfind("thirty-", 0) == 0) tens = 30, w.remove_prefix(7);
    for (int d = 1; d <= 30; ++d)
        if (!kDayOrdinals[d].empty() && w == kDayOrdinals[d]) {
            if (tens && d > 9) return 0;
            const int day = tens + d;
            return day <= 31 ? day : 0;
        }
    return 0;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] The scanner: dates, vague amounts, numbers with units, bracketed conversions
//-------------------------------------------------------------------------------------------------

// Half the place value of the last non-zero digit of a whole number: 310 → 5, 300 → 50,
// 3 → 0.5.
double last_digit_half_step(double v) {
    double place = 1;
    while (place * 10 <= v && std::fmod(v, place * 10) == 0) place *= 10;
    return place / 2;
}

// Quantity::rounding, before unit conversion: how far the figure as written may be from the
// number it stands for. An exact count ("19", "three") is exact: 19 and 20 killed disagree. A
// round figure ("300", "2,000"), a figure with a multiplier ("€1.2bn", "40m") or decimals is
// good to its last written digit. An approximate ("about 310") or converted ("3 miles") figure
// is good to its last non-zero digit.
double rounding_of(double written, int decimals, double multiplier, bool approximate,
                   bool converted) {
    double r = 0;
    if (decimals > 0)
        r = 0.5 * std::pow(10.0, -decimals);
    else if (multiplier > 1)
        r = 0.5;
    else if (written >= 100 && std::fmod(written, 100) == 0)
        r = last_digit_half_step(written);
    if ((approximate || converted) && decimals == 0) r = std::max(r, last_digit_half_step(written));
    // A round figure stated plainly is good to a tenth of itself at most: "€200,000" is not
    // [€150,000, €250,000] (its last non-zero digit's half step), so it no longer meets
    // "€250,000"; "300" still meets "310" (±30).
    else if (decimals == 0 && multiplier == 1)
        r = std::min(r, 0.1 * written);
    return r * multiplier;
}

// A length of time in the possessive of measure, "year's" of "a year's notice" or "weeks'" of
// "12 weeks' pay" written as one word: the unit of "year"; nullptr for any other word.
const Unit* possessive_duration(const std::string& w) {
    if (w.size() < 5 || w.compare(w.size() - 2, 2, "'s") != 0) return nullptr;
    const Unit* u = find_word<kUnits>(w.substr(0, w.size() - 2));
    if (!u) return nullptr;
    const std::string_view unit = u->unit;
    return unit == "year" || unit == "month" || unit == "week" || unit == "day" ||
                   unit == "hour"
               ? u
               : nullptr;
}

// The unit after an amount ending before token j of `tk`; extends *last over the unit words.
// `reach` lets "of" + up to two words come first ("dozens of Homs residents").
const Unit* unit_words_at(const std::vector<SurfaceToken>& tk, std::size_t j, std::size_t* last,
                          bool reach) {
    auto word = [&](std::size_t i, const char* w) {
        return i < tk.size() && tk[i].kind == SurfaceToken::Word && tk[i].lower == w;
    };
    auto symbol = [&](std::size_t i, std::uint32_t cp) {
        return i < tk.size() && tk[i].kind == SurfaceToken::Symbol && tk[i].codepoint == cp;
    };
    if (j < tk.size() && tk[j].kind == SurfaceToken::Word) {
        if (const Unit* u = find_word<kSpeedWords>(tk[j].lower)) {
            *last = j;
            return u;
        }
        if (const Unit* u = possessive_duration(tk[j].lower)) {
            *last = j;
            return u;
        }
        if (const Unit* u = find_word<kUnits>(tk[j].lower);
            u && !(tk[j].lower == "pounds" && word(j + 1, "of"))) {
            *last = j;
            // "140 km/h", "90 miles per hour": a speed, not a distance.
            const bool per_hour = (symbol(j + 1, '/') && word(j + 2, "h")) ||
                                  (word(j + 1, "per") && word(j + 2, "hour")) ||
                                  (word(j + 1, "an") && word(j + 2, "hour"));
            if (per_hour && std::strcmp(u->unit, "km") == 0 && u->factor >= 1) {
                *last = j + 2;
                return u->factor == 1 ? &kKmPerHour : &kMilesPerHour;
            }
            return u;
        }
        // "40 metric tons"
        if (word(j, "metric") && (word(j + 1, "tons") || word(j + 1, "tonnes") ||
                                  word(j + 1, "ton") || word(j + 1, "tonne"))) {
            *last = j + 1;
            return find_word<kUnits>(tk[j + 1].lower);
        }
        // Concentrations: "18 mg/l", "18 milligrams per litre", "18 parts per million".
        static const Unit concentration{"mg/l", "mg/l", 1};
        if (word(j, "mg") && symbol(j + 1, '/') &&
            (word(j + 2, "l") || word(j + 2, "litre") || word(j + 2, "liter"))) {
            *last = j + 2;
            return &concentration;
        }
        if ((word(j, "milligrams") || word(j, "milligram")) && word(j + 1, "per") &&
            (word(j + 2, "litre") || word(j + 2, "liter"))) {
            *last = j + 2;
            return &concentration;
        }
        if (word(j, "parts") && word(j + 1, "per") && word(j + 2, "million")) {
            *last = j + 2;
            return &concentration;
        }
        // "25 basis points", "two percentage points": a change in a rate, in points of it
        // (a basis point is a hundredth of one), so "50 basis points" meets "half a
        // percentage point" written "0.5 percentage points".
        if (word(j, "basis") && (word(j + 1, "points") || word(j + 1, "point"))) {
            static const Unit basis_points{"basis points", "%", 0.01};
            *last = j + 1;
            return &basis_points;
        }
        if (word(j, "percentage") && (word(j + 1, "points") || word(j + 1, "point"))) {
            static const Unit points{"percentage points", "%", 1};
            *last = j + 1;
            return &points;
        }
        // "4.5 million US dollars"
        if (word(j, "us") && (word(j + 1, "dollars") || word(j + 1, "dollar"))) {
            *last = j + 1;
            return find_word<kUnits>("dollars");
        }
        // "per cent"
        if (word(j, "per") && word(j + 1, "cent")) {
            static const Unit percent{"per cent", "%", 1};
            *last = j + 1;
            return &percent;
        }
    }
    if (symbol(j, '%') && !tk[j].space_before) {
        static const Unit percent{"%", "%", 1};
        *last = j;
        return &percent;
    }
    if (reach && word(j, "of")) {
        for (std::size_t k = j + 1; k < tk.size() && k <= j + 3; ++k) {
            if (tk[k].kind != SurfaceToken::Word) break;
            const Unit* u = find_word<kUnits>(tk[k].lower);
            // "thousands of dollars", "dozens of Homs residents": any unit right after
            // "of", a people noun after up to two adjectives.
            if (u && (k == j + 1 || std::strcmp(u->unit, "people") == 0)) {
                *last = k;
                return u;
            }
        }
    }
    // Adjectives between a count and a people noun: "40 Syrian soldiers".
    if (reach) {
        for (std::size_t k = j; k < tk.size() && k <= j + 1; ++k) {
            if (tk[k].kind != SurfaceToken::Word) break;
            const Unit* u = find_word<kUnits>(tk[k].lower);
            if (u && std::strcmp(u->unit, "people") == 0) {
                *last = k;
                return u;
            }
        }
    }
    return nullptr;
}

class QuantityScanner {
public:
    QuantityScanner(std::string_view text, ByteSpan span, std::optional<CalendarDate> date)
        : text_(text), own_(scan_surface(text, span)), tk_(own_), date_(date) {}
    // `tokens`: scan_surface(text, span) as the caller has it already (read, never changed).
    QuantityScanner(std::string_view text, const std::vector<SurfaceToken>& tokens,
                    std::optional<CalendarDate> date)
        : text_(text), tk_(tokens), date_(date) {}

    std::vector<Quantity> run() {
        std::vector<Quantity> out;
        std::size_t i = 0;
        while (i < tk_.size()) {
            std::size_t next = i;
            std::optional<Quantity> q = at(i, &next);
            if (q) {
                out.push_back(std::move(*q));
                i = next;
            } else {
                // A rule may have consumed tokens that are no quantity ("14th", "10:30 p.m.").
                i = std::max(i + 1, next);
            }
        }
        return out;
    }

private:
    std::string_view text_;
    std::vector<SurfaceToken> own_; // the tokens scanned here, when the caller gave none
    const std::vector<SurfaceToken>& tk_;
    std::optional<CalendarDate> date_;
    // What the last amount_at() read multiplied its written number by: the scale ("million")
    // and the unit's factor ("miles" → km). range_at() gives both to a bare first figure.
    double last_multiplier_ = 1, last_factor_ = 1;

    static bool is_money(const std::string& unit) {
        return unit == "USD" || unit == "EUR" || unit == "GBP";
    }

    bool word(std::size_t i, const char* w) const {
        return i < tk_.size() && tk_[i].kind == SurfaceToken::Word && tk_[i].lower == w;
    }
    bool symbol(std::size_t i, std::uint32_t cp) const {
        return i < tk_.size() && tk_[i].kind == SurfaceToken::Symbol && tk_[i].codepoint == cp;
    }

    Quantity make(std::size_t first, std::size_t last, double low, double high, const char* unit,
                  double rounding) const {
        Quantity q;
        q.span = {tk_[first].span.begin, tk_[last].span.end};
        q.text.assign(text_.substr(q.span.begin, q.span.size()));
        q.low = low;
        q.high = high;
        q.value = low == high ? low : (low + high) / 2;
        q.unit = unit;
        q.rounding = rounding;
        return q;
    }

    Quantity make_date(std::size_t first, std::size_t last, const CalendarDate& c) const {
        double v = yyyymmdd(c);
        return make(first, last, v, v, "date", 0);
    }

    // A month of a year as the range of its days ("February 2024", "May twenty twenty-four"), so
    // that "April 2024" is another month and "Feb. 10, 2024" falls inside it.
    Quantity make_month(std::size_t first, std::size_t last, int year, int month) const {
        const long from = days_from_civil(year, month, 1);
        const long to = days_from_civil(month == 12 ? year + 1 : year,
                                        month == 12 ? 1 : month + 1, 1) - 1;
        return make(first, last, yyyymmdd(civil_from_days(from)), yyyymmdd(civil_from_days(to)),
                    "date", 0);
    }

    // Words that can start a quantity. Checked first because the rules below compare each
    // token against ~100 words, and almost no token starts a quantity.
    static bool may_start(const SurfaceToken& t) {
        if (t.kind == SurfaceToken::Number) return true;
        if (t.kind == SurfaceToken::Symbol)
            return t.codepoint == '$' || t.codepoint == 0xA3 || t.codepoint == 0x20AC;
        static const std::unordered_set<std::string> starters = [] {
            std::unordered_set<std::string> s{
                "a",     "today",  "tonight",  "half",    "yesterday", "sept", "between",
                "noon",  "midday", "midnight", "shortly", "just",      "soon", "before",
                "after", "by",     "until",    "quarter", "eur",       "usd",  "gbp"};
            for (const Named& n : kOrdinals) s.insert(n.word);
            for (std::string_view d : kDayOrdinals)
                if (!d.empty()) s.insert(std::string(d)); // "the twelfth of November"
            for (const Named& n : kSmallNumbers) s.insert(n.word);
            for (const Vague& v : kVague) s.insert(v.words[0]);
            for (const ModifierWords& m : kModifiers) s.insert(m.words[0]);
            for (const char* m : kMonths) s.insert(m);
            for (const char* m : kMonthAbbrev) s.insert(m);
            for (const char* d : kWeekdays) s.insert(d);
            return s;
        }();
        if (starters.count(t.lower)) return true;
        // "twenty-five"
        std::size_t dash = t.lower.find('-');
        return dash != std::string::npos && starters.count(t.lower.substr(0, dash));
    }

    // A quantity starting at token i; *next receives the token after it.
    std::optional<Quantity> at(std::size_t i, std::size_t* next) {
        std::optional<Quantity> q = figure_at(i, next);
        if (q && q->unit.empty() && counts_people(i, *next)) q->unit = "people";
        return q;
    }

    // A figure with no noun that can only count people: the object of a verb of harm or rescue
    // ("killed 23", "injuring more than 400"), a death toll ("the death toll rose to 31"), or
    // the subject of a people predicate ("at least 9 were still believed to be trapped",
    // "another 32 remain unaccounted for").
    // [first, after) is the figure, modifier included.
    bool counts_people(std::size_t first, std::size_t after) const {
        static const std::unordered_set<std::string_view> harmed = {
            "killed",    "killing",      "kills",        "kill",       "injured",  "injuring",
            "injures",   "wounded",      "wounding",     "rescued",    "rescuing", "evacuated",
            "evacuating", "sickened",    "sickening",    "infected",   "arrested", "detained",
            "hospitalised", "hospitalized", "dead",      "died",       "missing",  "trapped",
            "hurt",      "unaccounted"};
        // No noun after the figure: "killed 23 since …", "injuring more than 400, …"; not
        // "rescued 40 sheep".
        const bool nothing_counted =
            after >= tk_.size() || tk_[after].kind == SurfaceToken::Symbol ||
            in_word_list(tk_[after].lower,
                         {"since", "in", "on", "at", "and", "or", "but", "when", "after", "before",
                          "during", "across", "including", "as", "over", "while", "with", "near",
                          "from", "by", "of", "overnight", "so", "last", "this", "yesterday",
                          "today"});
        if (first > 0 && tk_[first - 1].kind == SurfaceToken::Word) {
            const std::string& w = tk_[first - 1].lower;
            if (w != "dead" && w != "died" && w != "missing" && w != "trapped" && w != "hurt" &&
                harmed.count(w) && nothing_counted)
                return true;
            // "The death toll from the landslide has risen to 31", "and the toll to 26".
            if (w == "to")
                for (std::size_t k = first - 1; k-- > 0 && first - k <= 16;) {
                    if (tk_[k].kind == SurfaceToken::Symbol &&
                        (tk_[k].codepoint == '.' || tk_[k].codepoint == ';'))
                        break;
                    if (tk_[k].kind == SurfaceToken::Word && tk_[k].lower == "toll") return true;
                }
        }
        // "40 others were trapped", "12 more are missing".
        if (after < tk_.size() && (word(after, "others") || word(after, "more"))) ++after;
        if (after < tk_.size() && tk_[after].kind == SurfaceToken::Word &&
            in_word_list(tk_[after].lower,
                         {"were", "are", "have", "had", "was", "remain", "remained", "remains"}))
            for (std::size_t k = after + 1; k < tk_.size() && k <= after + 5; ++k) {
                if (tk_[k].kind != SurfaceToken::Word) break;
                if (harmed.count(tk_[k].lower)) return true;
            }
        return false;
    }

    std::optional<Quantity> figure_at(std::size_t i, std::size_t* next) {
        if (!may_start(tk_[i])) return std::nullopt;
        // "H5N1", "A320", "MH17", "G7", "CO2": digits glued onto letters are part of a name or
        // a code, not a count ("H5N1 bird flu … on three farms" gave a 5 to set against "four
        // farms").
        if (tk_[i].kind == SurfaceToken::Number && i > 0 && !tk_[i].space_before &&
            tk_[i - 1].kind == SurfaceToken::Word) {
            *next = i + 1;
            return std::nullopt;
        }
        // "at half past two", with no part of the day to say which: a time nobody can compare,
        // read and skipped (not a bare 2).
        {
            double m = 0;
            bool needs_daypart = false;
            std::size_t k = i;
            if (word(k, "shortly") || word(k, "just") || word(k, "soon")) ++k;
            if (word(k, "before") || word(k, "after") || word(k, "by") || word(k, "until")) ++k;
            if (std::size_t after = spoken_clock(k, &m, &needs_daypart);
                after && !needs_daypart && daypart_after(after) == 0) {
                *next = after;
                return std::nullopt;
            }
        }
        // A time of day, or a bound on one read and skipped ("before 7am": `after` moves on).
        if (std::size_t after = i; auto q = time_at(i, &after)) {
            *next = after;
            return q;
        } else if (after != i) {
            *next = after;
            return std::nullopt;
        }
        if (auto q = date_at(i, next)) return q;
        if (auto q = ordinal_at(i, next)) return q;
        if (auto q = range_at(i, next)) return q;
        // Modifier words, then the amount they modify.
        Modifier mod = Modifier::None;
        std::size_t j = i;
        for (const ModifierWords& m : kModifiers) {
            std::size_t n = 0;
            while (n < 3 && m.words[n] && word(i + n, m.words[n])) ++n;
            if (n == 0 || (n < 3 && m.words[n])) continue;
            mod = m.kind;
            j = i + n;
            break;
        }
        // "an estimated 30 to 40 people", "some 30-40": an approximate range is the range.
        if (mod == Modifier::About)
            if (std::optional<Quantity> r = range_at(j, next)) {
                r->span.begin = tk_[i].span.begin;
                r->text.assign(text_.substr(r->span.begin, r->span.size()));
                return r;
            }
        if (mod != Modifier::None) {
            std::optional<Quantity> q = clock_at(j, next);
            if (!q)
                q = amount_at(j, next, mod == Modifier::About || mod == Modifier::Nearly ||
                                           mod == Modifier::UpTo);
            if (!q) return std::nullopt;
            if (q->unit.rfind("time", 0) == 0) {
                // A time of day is not a count: "about 7am" is within a quarter of an hour,
                // "nearly 7am" the half hour before; "more than"/"up to" do not modify times.
                if (mod == Modifier::About)
                    q->low -= 15, q->high += 15;
                else if (mod == Modifier::Nearly)
                    q->low -= 30;
                else
                    return std::nullopt;
                q->value = (q->low + q->high) / 2;
                q->rounding = 0;
            } else if (q->low == q->high) {
                double v = q->value;
                switch (mod) {
                case Modifier::AtLeast:
                    // A lower bound is the count known so far: "at least 11 killed" and "at
                    // least 14 killed" are two counts, not one open range.
                    q->low = v, q->high = 1.25 * v;
                    break;
                case Modifier::Nearly:
                    q->low = 0.9 * v, q->high = v;
                    break;
                case Modifier::AtMost:
                    q->low = 0, q->high = v;
                    break;
                case Modifier::UpTo:
                    // The top of an estimate, as "nearly" is: "up to 20 years" and "up to 25
                    // years" are two maximum sentences, "up to 60 trapped" is not "between 30
                    // and 40"; "up to 70 km/h" still meets "up to 43 mph".
                    q->low = 0.9 * v, q->high = v;
                    break;
                case Modifier::About:
                    // "about", "some", "roughly": within seven per cent ("some 650" is not
                    // "nearly 600"; "about 310" is "roughly 300").
                    q->low = 0.93 * v, q->high = 1.07 * v;
                    break;
                case Modifier::None:
                    break;
                }
                q->value = (q->low + q->high) / 2;
                // A bound is exact where it is stated: "more than 4,000" never reaches down to
                // "about 3,000", however round the 4,000.
                if (mod == Modifier::AtLeast || mod == Modifier::AtMost) q->rounding = 0;
                // "about", "nearly": the modifier's interval is the tolerance; widening it again
                // by the round figure's last digit let "nearly 600" (540–600, ±50) reach "some
                // 650" (605–696, ±25).
                if (mod == Modifier::About || mod == Modifier::Nearly || mod == Modifier::UpTo)
                    q->rounding = 0;
            }
            q->span.begin = tk_[i].span.begin;
            q->text.assign(text_.substr(q->span.begin, q->span.size()));
            return q;
        }
        return amount_at(i, next, false);
    }

    // --- Times of day ---------------------------------------------------------------------
    // "3:14 a.m.", "10 p.m.", "9am", "05:30", "0014 GMT", "noon", "midnight": minutes after
    // midnight, unit "time" (local or unstated) or "time <zone>" ("time UTC", "time ET") when a
    // zone is written, so that only times on one clock compare: "4:14 a.m. local time" against
    // "3:14 a.m." is a changed figure, "0014 GMT" against "3:14 a.m." is not comparable. An hour
    // without minutes ("7am") is good to ten minutes either way; "about" widens by a quarter of
    // an hour, "shortly/just before" is the half hour before, "shortly/just/soon after" the half
    // hour after; a bare "before", "after", "by", "until" bounds nothing a reader would compare,
    // so the time is read and skipped.
    // The time starting at token i, its "shortly before"-like words included. Without a clock
    // there, nothing and `next` untouched; with one, `next` is the token after it even when
    // the time is a bound and not returned.
    std::optional<Quantity> time_at(std::size_t i, std::size_t* next) {
        std::size_t j = i;
        bool near = false;
        if (word(j, "shortly") || word(j, "just") || word(j, "soon")) near = true, ++j;
        int side = 0; // -1 before, +1 after
        if (word(j, "before") || word(j, "until") || word(j, "by"))
            side = -1, ++j;
        else if (word(j, "after"))
            side = 1, ++j;
        std::size_t end = j;
        std::optional<Quantity> q = clock_at(j, &end);
        if (!q) return std::nullopt;
        *next = end;
        if (side != 0 && !near) return std::nullopt; // "before 7am": a bound, not a time
        if (near && side == 0) return std::nullopt;  // "just 7am"? not a phrase: skip it
        if (side < 0) q->low -= 30;
        if (side > 0) q->high += 30;
        q->value = (q->low + q->high) / 2;
        if (side != 0) q->rounding = 0;
        q->span.begin = tk_[i].span.begin;
        q->text.assign(text_.substr(q->span.begin, q->span.size()));
        return q;
    }

    // A time told the way people say it, at token j: "half past two", "a quarter to six",
    // "twenty to eleven", "ten past nine". *minutes gets minutes after midnight or noon
    // (0–719), the return value the token after the hour; 0 when there is none. A bare "ten to
    // twelve" (a range of anything) is a time only where a part of the day follows it.
    std::size_t spoken_clock(std::size_t j, double* minutes, bool* needs_daypart) const {
        if (j >= tk_.size() || tk_[j].kind != SurfaceToken::Word) return 0;
        double m = -1;
        std::size_t k = j;
        if (word(k, "half")) {
            m = 30, ++k;
        } else if (word(k, "quarter") || (word(k, "a") && word(k + 1, "quarter"))) {
            m = 15, k += word(k, "a") ? 2 : 1;
        } else {
            double v = 0;
            std::size_t after = k;
            if (!number_words(k, &v, &after) || v < 1 || v >= 30 || v != std::floor(v)) return 0;
            m = v, k = after;
            if (word(k, "minutes")) ++k;
        }
        const bool past = word(k, "past");
        if (!past && !word(k, "to")) return 0;
        if (m == 30 && !past) return 0; // "half to": not a time
        ++k;
        double hour = 0;
        std::size_t after = k + 1;
        if (k < tk_.size() && tk_[k].kind == SurfaceToken::Number && tk_[k].decimals == 0)
            hour = tk_[k].value;
        else if (k < tk_.size() && tk_[k].kind == SurfaceToken::Word) {
            const Named* n = find_word<kSmallNumbers>(tk_[k].lower);
            if (!n || tk_[k].lower == "dozen") return 0;
            hour = n->value;
        }
        if (hour < 1 || hour > 12) return 0;
        double total = std::fmod(hour, 12) * 60 + (past ? m : -m);
        *minutes = std::fmod(total + 720, 720);
        // "half past", "a quarter to", "ten past": no other reading; "twenty to eleven" could
        // be a range.
        *needs_daypart = !past && m != 15;
        return after;
    }

    // +1 for a part of the day after token j that says afternoon or night ("this afternoon",
    // "on Monday night", "in the evening", "tonight"), -1 for morning, 0 for none.
    int daypart_after(std::size_t j) const {
        std::size_t k = j;
        if (word(k, "on")) ++k;
        if (word(k, "tonight")) return 1;
        if (word(k, "at") && word(k + 1, "night")) return 1;
        if (word(k, "in") && word(k + 1, "the")) k += 2;
        else if (word(k, "this") || word(k, "last") || word(k, "yesterday") ||
                 word(k, "tomorrow") ||
                 (k < tk_.size() && tk_[k].kind == SurfaceToken::Word && tk_[k].capitalised &&
                  weekday_of(tk_[k].lower) >= 0))
            ++k;
        else
            return 0;
        if (word(k, "afternoon") || word(k, "evening") || word(k, "night")) return 1;
        if (word(k, "morning")) return -1;
        return 0;
    }

    // The clock time at token j, its zone included; `end` (when given) gets the token after it.
    std::optional<Quantity> clock_at(std::size_t j, std::size_t* end) const {
        if (j >= tk_.size()) return std::nullopt;
        double minutes = -1;
        double rounding = 0;
        std::size_t last = j, after = j + 1;
        double spoken = 0;
        bool needs_daypart = false;
        if (std::size_t k = spoken_clock(j, &spoken, &needs_daypart)) {
            const int part = daypart_after(k);
            if (part == 0) return std::nullopt; // no a.m. or p.m.: read and skipped by figure_at
            minutes = spoken + (part > 0 ? 720 : 0);
            last = k - 1, after = k;
        } else if (tk_[j].kind == SurfaceToken::Number && tk_[j].decimals == 2 &&
                   tk_[j].value < 24) {
            // "9.30am", "21.45 GMT", "10.15pm local time": British copy writes the minutes after
            // a full stop. Only with a.m./p.m., a zone or "local time" after it, else it is a
            // decimal like any other ("4.75 per cent").
            const double hour = std::floor(tk_[j].value);
            const double minute = std::round((tk_[j].value - hour) * 100);
            const std::size_t k = clock_time_end(j + 1);
            const bool meridiem = k > j + 1;
            const bool zoned = word(k, "gmt") || word(k, "utc") || word(k, "bst") ||
                               word(k, "cet") || (word(k, "local") && word(k + 1, "time"));
            if (minute >= 60 || !(meridiem || zoned)) return std::nullopt;
            double h = hour;
            if (meridiem) {
                if (h < 1 || h > 12) return std::nullopt;
                const std::string& m = tk_[j + 1].lower;
                h = std::fmod(h, 12) + ((m == "pm" || m == "p") ? 12 : 0);
            }
            minutes = h * 60 + minute;
            last = k - 1, after = k;
            if (!meridiem) last = j, after = j + 1;
        } else if (word(j, "noon") || word(j, "midday")) {
            minutes = 12 * 60;
        } else if (word(j, "midnight")) {
            minutes = 0;
        } else if (tk_[j].kind == SurfaceToken::Number && tk_[j].decimals == 0) {
            const double n = tk_[j].value;
            const std::size_t k = clock_time_end(j + 1);
            const bool colon = symbol(j + 1, ':') && k >= j + 3;
            const bool meridiem = k > j + 1 && !(colon && k == j + 3);
            if (k > j + 1) {
                double hour = n, minute = colon ? tk_[j + 2].value : 0;
                if (minute >= 60 || hour > 24) return std::nullopt;
                if (meridiem) {
                    if (hour < 1 || hour > 12) return std::nullopt;
                    const std::string& m = tk_[colon ? j + 3 : j + 1].lower;
                    const bool pm = m == "pm" || m == "p";
                    hour = std::fmod(hour, 12) + (pm ? 12 : 0);
                }
                // A bare "10:30" reads as a time only on a 24-hour clock's terms.
                if (!meridiem && hour > 23) return std::nullopt;
                minutes = hour * 60 + minute;
                if (!colon) rounding = 10;
                last = k - 1;
                after = k;
            } else if (tk_[j].span.size() == 4 && n < 2400 && std::fmod(n, 100) < 60 &&
                       (word(j + 1, "gmt") || word(j + 1, "utc"))) {
                // "0014 GMT", "1530 UTC": the wires' 24-hour form, always with its zone.
                minutes = std::floor(n / 100) * 60 + std::fmod(n, 100);
            }
        }
        if (minutes < 0) return std::nullopt;
        std::string unit = "time";
        // "Eastern time", "Pacific Standard Time": the US zones written out, as their letters.
        std::string spelled;
        std::size_t zone_last = after;
        if (after < tk_.size() && tk_[after].capitalised &&
            in_word_list(tk_[after].lower, {"eastern", "central", "mountain", "pacific"})) {
            std::size_t k = after + 1;
            char kind = 0;
            if (word(k, "standard")) kind = 's', ++k;
            else if (word(k, "daylight")) kind = 'd', ++k;
            if (word(k, "time")) {
                spelled = std::string(1, tk_[after].lower[0]) +
                          (kind ? std::string(1, kind) + "t" : std::string("t"));
                zone_last = k;
            }
        }
        if (word(after, "gmt") || word(after, "utc") || word(after, "z")) {
            unit = "time UTC", last = after, ++after;
        } else if (!spelled.empty() ||
                   (after < tk_.size() && tk_[after].kind == SurfaceToken::Word &&
                    !tk_[after].lower.empty() &&
                    in_word_list(tk_[after].lower,
                                 {"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt",
                                  "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "ist", "jst",
                                  "aest", "aedt", "hkt", "sgt", "wib"}) &&
                    std::isupper(static_cast<unsigned char>(text_[tk_[after].span.begin])))) {
            // A named zone is put on UTC, so that "6:32 a.m. ET" meets "11:32 GMT" in December
            // and "4:40 p.m. ET" does not meet "20:40 GMT" in November (EST is UTC-5).
            const auto [east_low, east_high] =
                utc_offset(spelled.empty() ? tk_[after].lower : spelled);
            if (!spelled.empty()) after = zone_last;
            minutes -= east_high;
            const double spread = east_high - east_low; // "ET" without a date: EST or EDT
            unit = "time UTC", last = after, ++after;
            if (end) *end = after;
            Quantity q = make(j, last, 0, 0, "", rounding);
            q.unit = unit;
            q.low = std::fmod(minutes + 1440, 1440);
            q.high = q.low + spread;
            q.value = (q.low + q.high) / 2;
            return q;
        } else if (word(after, "local") && word(after + 1, "time")) {
            last = after + 1, after += 2; // the place's own clock: as a time with no zone
        }
        if (end) *end = after;
        Quantity q = make(j, last, minutes, minutes, "", rounding);
        q.unit = unit;
        return q;
    }

    // Hours east of UTC, in minutes, of a zone's abbreviation as news copy writes it: the
    // interval [low, high] is one offset when the zone says standard or daylight time ("EST",
    // "CEST") or the article's date decides it (US rules: daylight time from the second Sunday
    // of March to the first Sunday of November), and both when neither does. "IST" is India's.
    std::pair<double, double> utc_offset(const std::string& zone) const {
        struct Zone {
            const char* name;
            double standard, daylight; // daylight == standard: one offset all year
        };
        static const Zone kZones[] = {
            {"et", -300, -240},  {"ct", -360, -300},  {"mt", -420, -360},  {"pt", -480, -420},
            {"est", -300, -300}, {"edt", -240, -240}, {"cst", -360, -360}, {"cdt", -300, -300},
            {"mst", -420, -420}, {"mdt", -360, -360}, {"pst", -480, -480}, {"pdt", -420, -420},
            {"bst", 60, 60},     {"cet", 60, 60},     {"cest", 120, 120},  {"eet", 120, 120},
            {"eest", 180, 180},  {"ist", 330, 330},   {"jst", 540, 540},   {"aest", 600, 600},
            {"aedt", 660, 660},  {"hkt", 480, 480},   {"sgt", 480, 480},   {"wib", 420, 420}};
        for (const Zone& z : kZones) {
            if (zone != z.name) continue;
            if (z.standard == z.daylight) return {z.standard, z.standard};
            if (!date_) return {z.standard, z.daylight};
            // The n-th Sunday of a month, as days since 1970 (1970-01-01 was a Thursday).
            auto sunday = [](int year, int month, int n) {
                const long first = days_from_civil(year, month, 1);
                const long wd = ((first % 7) + 7 + 4) % 7; // 0 = Sunday
                return first + (7 - wd) % 7 + 7 * (n - 1);
            };
            const long today = days_from_civil(date_->year, date_->month, date_->day);
            const bool daylight =
                today >= sunday(date_->year, 3, 2) && today < sunday(date_->year, 11, 1);
            const double o = daylight ? z.daylight : z.standard;
            return {o, o};
        }
        return {0, 0};
    }

    // "its third increase this year", "the second rise": a rank after a determiner, before the
    // noun it ranks. One outlet's "third" against another's "second" is a changed figure.
    // Not after "a" ("for a second", "a second heart attack" is another one, not a rank), not
    // "second-largest" (one hyphenated word), not "first"
    // (too common in set phrases: "for the first time").
    std::optional<Quantity> ordinal_at(std::size_t i, std::size_t* next) {
        if (i == 0 || tk_[i].kind != SurfaceToken::Word || tk_[i].capitalised) return std::nullopt;
        const Named* o = find_word<kOrdinals>(tk_[i].lower);
        if (!o) return std::nullopt;
        const SurfaceToken& before = tk_[i - 1];
        // A possessive is a determiner too: "the rocket's third stage", "Borvania's second".
        const bool possessive = before.lower.size() > 2 &&
                                before.lower.compare(before.lower.size() - 2, 2, "'s") == 0;
        if (before.kind != SurfaceToken::Word ||
            !(possessive || in_word_list(before.lower, {"its", "the", "their", "his", "her", "our"})))
            return std::nullopt;
        if (i + 1 >= tk_.size() || tk_[i + 1].kind != SurfaceToken::Word ||
            tk_[i + 1].capitalised || in_word_list(tk_[i + 1].lower, {"half", "quarter"}))
            return std::nullopt;
        *next = i + 1;
        return make(i, i, o->value, o->value, "ordinal", 0);
    }

    // "between 20 and 30 people", "20 to 30 people", "20-30 people": one interval, not a bare
    // 20 beside 30 people (which made "25 people" a departure from "30 people"). The first
    // figure takes the second's unit when it has none and the unit needs no conversion. A
    // falling pair ("voted 7-2") is a tally, not a range: left to the figures one by one.
    std::optional<Quantity> range_at(std::size_t i, std::size_t* next) {
        std::size_t j = i;
        // "rose from 5 to 7 per cent" is a change between two figures, not a range.
        if (i > 0 && word(i - 1, "from")) return std::nullopt;
        bool between = word(i, "between");
        if (between) ++j;
        // "between the ages of 19 and 34": the ages named between "between" and the figures.
        if (between && word(j, "the") && word(j + 1, "ages") && word(j + 2, "of")) j += 3;
        // "aged 19 to 34", "ages 19 to 34": two ends of an age range, not a score.
        const bool ages = i > 0 && (word(i - 1, "ages") || word(i - 1, "aged"));
        // Digits, a number word ("two to three weeks") or a currency's sign ("€2-3 million").
        const bool sign = j + 1 < tk_.size() &&
                          (symbol(j, '$') || symbol(j, 0xA3) || symbol(j, 0x20AC)) &&
                          tk_[j + 1].kind == SurfaceToken::Number;
        if (j >= tk_.size() ||
            !(sign || tk_[j].kind == SurfaceToken::Number ||
              (tk_[j].kind == SurfaceToken::Word && find_word<kSmallNumbers>(tk_[j].lower))))
            return std::nullopt;
        std::size_t a_next = 0;
        std::optional<Quantity> a = amount_at(j, &a_next, false);
        if (!a || a->low != a->high) return std::nullopt;
        std::size_t k = a_next;
        if (between
                ? !word(k, "and")
                : !(word(k, "to") || (symbol(k, '-') && !tk_[k].space_before) || symbol(k, 0x2013)))
            return std::nullopt;
        const double a_multiplier = last_multiplier_;
        std::size_t b_next = 0;
        std::optional<Quantity> b = amount_at(k + 1, &b_next, false);
        if (!b || b->low != b->high || b->unit == "date" || b->unit == "calendar_year")
            return std::nullopt;
        // "€2-3 million", "$5 to 7 billion": the currency's sign is written on the first
        // figure only, the scale on the second; the range is in that currency at that scale.
        if (b->unit.empty() && is_money(a->unit)) b->unit = a->unit;
        // A range shares its second figure's scale and unit: "between 2 and 3 million" is
        // 2–3 million, "between 19 and 25 miles" is 30.6–40.2 km (good to half a mile).
        double rounding = 0;
        if (a_multiplier == 1 && last_multiplier_ > 1 &&
            a->value * last_multiplier_ * last_factor_ <= b->value &&
            (a->unit.empty() || a->unit == b->unit)) {
            a->value *= last_multiplier_ * (a->unit.empty() ? last_factor_ : 1);
            a->unit = b->unit;
        } else if (double scale = a_multiplier == 1 && last_multiplier_ == 1
                                      ? scale_word_in(k + 1, b_next)
                                      : 0;
                   scale > 0 && a->value < scale && a->value * scale <= b->value &&
                   (a->unit.empty() || a->unit == b->unit)) {
            // The scale read out: "between two and three million people", "twelve to fifteen
            // thousand".
            a->value *= scale * (a->unit.empty() ? last_factor_ : 1);
            a->unit = b->unit;
        } else if (a->unit.empty() && !b->unit.empty()) {
            a->value *= last_factor_;
            a->unit = b->unit;
            if (last_factor_ != std::floor(last_factor_)) rounding = b->rounding;
        }
        const bool plain_unit = b->unit.empty() || b->unit == "people" || b->unit == "%" ||
                                b->unit == "year" || b->unit == "month" || b->unit == "week" ||
                                b->unit == "day" || b->unit == "hour" || b->unit == "minute";
        if (!(a->unit == b->unit || (a->unit.empty() && plain_unit))) return std::nullopt;
        if (!(a->value < b->value)) return std::nullopt;
        // "gained 15p to 420p", "cut by 0.25% to 4.5%": a change and the level it reached, not
        // a range. Two ends a range names are of one size; "by" before the first is a change.
        if (!between && ((i > 0 && word(i - 1, "by")) || b->value > 4 * a->value))
            return std::nullopt;
        // "3-1", "10 to 12" bare: a score, unless the figures count people ("30 to 40 others
        // were trapped").
        if (!between && !ages && b->unit.empty() && !counts_people(i, b_next))
            return std::nullopt;
        Quantity q = make(i, i, a->value, b->value, b->unit.c_str(), rounding);
        q.span.end = b->span.end;
        q.text.assign(text_.substr(q.span.begin, q.span.size()));
        *next = b_next;
        return q;
    }

    // The scale of a figure in words among tokens [from, to) ("three million people"): 1,000
    // or more; 0 when none.
    double scale_word_in(std::size_t from, std::size_t to) const {
        for (std::size_t k = from; k < to && k < tk_.size(); ++k)
            if (tk_[k].kind == SurfaceToken::Word)
                if (const Named* m = find_word<kMultipliers>(tk_[k].lower); m && m->value >= 1000)
                    return m->value;
        return 0;
    }

    // A word of the future before token i in its sentence (at most 12 words back): "will",
    // "is due to", "is expected to", "plans to", "next". Past tense is news' default.
    bool future_clause(std::size_t i) const {
        for (std::size_t k = i, seen = 0; k-- > 0 && seen < 12;) {
            const SurfaceToken& t = tk_[k];
            if (t.kind == SurfaceToken::Symbol) {
                if (t.codepoint == '.' || t.codepoint == '!' || t.codepoint == '?' ||
                    t.codepoint == ';')
                    return false;
                continue;
            }
            ++seen;
            if (t.kind == SurfaceToken::Word &&
                in_word_list(t.lower, {"will", "shall", "due", "expected", "scheduled", "plans",
                                       "planned", "next", "upcoming", "tomorrow"}))
                return true;
        }
        return false;
    }

    // The year of a date written without one: the nearest such date to the article's, ahead or
    // back ("due on Feb. 4" in a November report is next February; "December 6" in a January
    // one is last December). 0 without an article date.
    int nearest_year(int month, int day) const {
        if (!date_) return 0;
        const long today = days_from_civil(date_->year, date_->month, date_->day);
        int year = date_->year;
        long best = -1;
        for (int y = date_->year - 1; y <= date_->year + 1; ++y) {
            long dist = std::labs(days_from_civil(y, month, day) - today);
            if (best < 0 || dist < best) best = dist, year = y;
        }
        return year;
    }

    std::optional<Quantity> date_at(std::size_t i, std::size_t* next) {
        // "14 March", "1 April 2030": the day first, as British and most non-US copy writes it.
        // Also "3rd December", "the 3rd of December".
        std::size_t mi = i + 1;
        if (i + 1 < tk_.size() && tk_[i].kind == SurfaceToken::Number &&
            tk_[mi].kind == SurfaceToken::Word && !tk_[mi].space_before &&
            in_word_list(tk_[mi].lower, {"st", "nd", "rd", "th"})) {
            ++mi;
            if (word(mi, "of")) ++mi;
        }
        if (mi < tk_.size() && tk_[i].kind == SurfaceToken::Number && tk_[i].decimals == 0 &&
            tk_[i].value >= 1 && tk_[i].value <= 31 && tk_[i].lower.size() <= 2 &&
            tk_[mi].kind == SurfaceToken::Word && tk_[mi].capitalised) {
            if (int month = month_of(tk_[mi].lower);
                month && tk_[mi].lower.size() >= 3 && tk_[mi].lower != "sept") {
                CalendarDate c;
                c.month = month;
                c.day = static_cast<int>(tk_[i].value);
                std::size_t last = mi;
                if (symbol(last + 1, '.')) ++last; // "4 Dec."
                if (last + 1 < tk_.size() && tk_[last + 1].kind == SurfaceToken::Number &&
                    tk_[last + 1].lower.size() == 4 && tk_[last + 1].decimals == 0) {
                    c.year = static_cast<int>(tk_[last + 1].value);
                    ++last;
                } else {
                    c.year = nearest_year(c.month, c.day);
                    if (!c.year) return std::nullopt;
                }
                *next = last + 1;
                return make_date(i, last, c);
            }
        }
        if (i >= tk_.size() || tk_[i].kind != SurfaceToken::Word) return std::nullopt;
        // "the twenty-ninth of January", "January the twenty-ninth": the day in words, as
        // radio copy reads a date out.
        {
            std::size_t d = i, m = 0, last = 0;
            if (word(d, "the")) ++d;
            if (int day = d < tk_.size() && tk_[d].kind == SurfaceToken::Word
                              ? day_ordinal(tk_[d].lower)
                              : 0;
                day && word(d + 1, "of") && d + 2 < tk_.size() && tk_[d + 2].capitalised &&
                month_of(tk_[d + 2].lower) && tk_[d + 2].lower.size() >= 3) {
                m = d + 2, last = m;
                CalendarDate c;
                c.month = month_of(tk_[m].lower), c.day = day;
                if (date_ && (c.year = nearest_year(c.month, c.day))) {
                    *next = last + 1;
                    return make_date(i, last, c);
                }
            }
            if (tk_[i].capitalised && month_of(tk_[i].lower) && tk_[i].lower.size() >= 3 &&
                word(i + 1, "the") && i + 2 < tk_.size() &&
                tk_[i + 2].kind == SurfaceToken::Word) {
                if (int day = day_ordinal(tk_[i + 2].lower)) {
                    CalendarDate c;
                    c.month = month_of(tk_[i].lower), c.day = day;
                    if (date_ && (c.year = nearest_year(c.month, c.day))) {
                        *next = i + 3;
                        return make_date(i, i + 2, c);
                    }
                }
            }
        }
        const std::string& w = tk_[i].lower;
        if (!date_) {
            // Without an article date only fully written dates can be resolved.
        } else if (int wd = weekday_of(w); wd >= 0 && tk_[i].capitalised) {
            // News refers back: "Friday" in Friday's paper is that day, else the last one;
            // a day in a clause about what is to come ("will visit on Friday", "is due on
            // Friday", "expected next Friday") is that day or the next one.
            long today = days_from_civil(date_->year, date_->month, date_->day);
            int today_wd = static_cast<int>(((today % 7) + 7 + 4) % 7); // 1970-01-01: Thursday
            long d = future_clause(i) ? today + ((wd - today_wd + 7) % 7)
                                      : today - ((today_wd - wd + 7) % 7);
            *next = i + 1;
            return make_date(i, i, civil_from_days(d));
        } else if (w == "today" || w == "tonight" || w == "yesterday") {
            long d = days_from_civil(date_->year, date_->month, date_->day);
            if (w == "yesterday") --d;
            *next = i + 1;
            return make_date(i, i, civil_from_days(d));
        }
        // "Oct. 7, 2023", "December 6", "6 December 2024".
        int month = tk_[i].capitalised ? month_of(w) : 0;
        // "May twenty twenty-four": a month and its year read out in words (radio copy), the
        // whole month as "May 2024" is. A year so read is no modal's object, even after "May".
        if (month && i + 1 < tk_.size() && tk_[i + 1].kind == SurfaceToken::Word) {
            double v = 0;
            std::size_t after = 0;
            bool year = false;
            if (number_words(i + 1, &v, &after, &year) && year && v >= 1800 && v <= 2100) {
                *next = after;
                return make_month(i, after - 1, static_cast<int>(v), month);
            }
        }
        if (month && !(w == "may" && !tk_[i].all_caps && i + 1 < tk_.size() &&
                       tk_[i + 1].kind != SurfaceToken::Number)) {
            std::size_t j = i + 1;
            if (symbol(j, '.')) ++j;
            if (j < tk_.size() && tk_[j].kind == SurfaceToken::Number && tk_[j].decimals == 0 &&
                tk_[j].value >= 1 && tk_[j].value <= 31) {
                CalendarDate c;
                c.month = month;
                c.day = static_cast<int>(tk_[j].value);
                std::size_t last = j;
                std::size_t k = j + 1;
                if (symbol(k, ',')) ++k;
                if (k < tk_.size() && tk_[k].kind == SurfaceToken::Number &&
                    tk_[k].lower.size() == 4) {
                    c.year = static_cast<int>(tk_[k].value);
                    last = k;
                } else if (date_) {
                    c.year = nearest_year(c.month, c.day); // no year written
                } else {
                    return std::nullopt;
                }
                *next = last + 1;
                return make_date(i, last, c);
            }
            // "February 2024": the whole month, so that "April 2024" is another one and
            // "Feb. 10, 2024" falls inside it.
            if (j < tk_.size() && tk_[j].kind == SurfaceToken::Number && tk_[j].decimals == 0 &&
                tk_[j].lower.size() == 4 && tk_[j].value >= 1800 && tk_[j].value <= 2100) {
                *next = j + 1;
                return make_month(i, j, static_cast<int>(tk_[j].value), month);
            }
        }
        return std::nullopt;
    }

    // Number words from i: "five", "twenty-five", "two hundred and fifty", "a dozen".
    bool number_words(std::size_t i, double* value, std::size_t* after,
                      bool* year = nullptr) const {
        double total = 0, current = 0;
        std::size_t j = i;
        bool any = false;
        // "a quarter of a million", "half a million", "three quarters of a billion": a fraction
        // of a round number, not the round number ("a million euros" read alone was €1 million
        // where another outlet wrote €250,000).
        {
            double fraction = 0;
            std::size_t f = j;
            if ((word(f, "a") || word(f, "one")) && word(f + 1, "quarter"))
                fraction = 0.25, f += 2;
            else if (word(f, "three") && word(f + 1, "quarters"))
                fraction = 0.75, f += 2;
            else if ((word(f, "a") || word(f, "one")) && word(f + 1, "third"))
                fraction = 1.0 / 3, f += 2;
            else if (word(f, "half"))
                fraction = 0.5, f += 1;
            // "half a dozen": six, not the dozen read on its own from "a".
            if (fraction == 0.5 && word(f, "a") && word(f + 1, "dozen")) {
                *value = 6;
                *after = f + 2;
                return true;
            }
            if (fraction > 0) {
                if (word(f, "of") && fraction != 0.5) ++f;
                if (word(f, "a") && f + 1 < tk_.size() && tk_[f + 1].kind == SurfaceToken::Word)
                    if (const Named* m = find_word<kMultipliers>(tk_[f + 1].lower);
                        m && m->value >= 1000) {
                        *value = fraction * m->value;
                        *after = f + 2;
                        return true;
                    }
            }
        }
        // "the first in a decade": one decade, a duration another outlet may give as "15 years".
        // ("a year", "a month" are left alone: they are rates far more often, "€2m a year".)
        // So is "a year's notice", "a month's wages": one of the unit in the possessive of
        // measure, which outlets set against "six months' notice".
        if (word(j, "a") &&
            (word(j + 1, "decade") ||
             (j + 1 < tk_.size() && tk_[j + 1].kind == SurfaceToken::Word &&
              possessive_duration(tk_[j + 1].lower)))) {
            *value = 1;
            *after = j + 1;
            return true;
        }
        if (word(j, "a") && (word(j + 1, "dozen") || word(j + 1, "hundred") ||
                             word(j + 1, "thousand") || word(j + 1, "million"))) {
            current = 1;
            ++j;
            any = true;
        }
        // "two hundred and fifty", "one thousand and one": "and" joins a number's parts only
        // after a scale word. "eight and ten" is two figures (the ends of "between eight and
        // ten days"), never eighteen.
        bool after_scale = false;
        while (j < tk_.size() && tk_[j].kind == SurfaceToken::Word) {
            const std::string& w = tk_[j].lower;
            double small = -1;
            if (const Named* n = find_word<kSmallNumbers>(w))
                small = n->value;
            else if (auto dash = w.find('-'); dash != std::string::npos) {
                const Named* a = find_word<kSmallNumbers>(w.substr(0, dash));
                const Named* b = find_word<kSmallNumbers>(w.substr(dash + 1));
                if (a && b && a->value >= 20 && b->value < 10) small = a->value + b->value;
            }
            if (small >= 0) {
                // "twenty twenty-two", "nineteen sixty-eight", "twenty eleven": a year read out
                // as its century and its last two digits, two numbers side by side (their sum,
                // 42, is no figure anyone said). Only for a caller that asks (`year`).
                if (year && j == i + 1 && any && total == 0 && current >= 11 &&
                    current <= 20 && small >= 10 && small <= 99 && w != "dozen") {
                    *value = current * 100 + small;
                    *after = j + 1;
                    *year = true;
                    return true;
                }
                if (w == "dozen")
                    current = (current ? current : 1) * 12;
                else
                    current += small;
                any = true;
                after_scale = false;
                ++j;
                continue;
            }
            if (const Named* m = find_word<kMultipliers>(w); m && any) {
                if (m->value == 100)
                    current *= 100;
                else
                    total += current * m->value, current = 0;
                after_scale = true;
                ++j;
                continue;
            }
            // ("One hundred and ninety-six": the tens and units may be one hyphenated word.)
            // "two and a half years", "one and a half million euros".
            if (w == "and" && any && !after_scale && word(j + 1, "a") && word(j + 2, "half")) {
                current += 0.5;
                j += 3;
                continue;
            }
            if (w == "and" && after_scale && j + 1 < tk_.size() &&
                find_word<kSmallNumbers>(tk_[j + 1].lower.substr(0, tk_[j + 1].lower.find('-')))) {
                ++j;
                continue;
            }
            break;
        }
        if (!any) return false;
        *value = total + current;
        *after = j;
        return true;
    }

    // "one in three adults", "2 in 5 voters": a share told as a count out of a count, at token
    // i; the token after it, 0 when none. "two in five days" is a pace, not a share.
    std::size_t count_out_of(std::size_t i, double* share) const {
        if (i >= tk_.size() || word(i, "a")) return 0;
        double n = 0, m = 0;
        std::size_t k = i + 1;
        if (tk_[i].kind == SurfaceToken::Number && tk_[i].decimals == 0)
            n = tk_[i].value;
        else if (tk_[i].kind != SurfaceToken::Word || !number_words(i, &n, &k))
            return 0;
        if (!word(k, "in") || k + 1 >= tk_.size()) return 0;
        if (word(k + 1, "every")) ++k; // "one in every four"
        if (k + 1 >= tk_.size()) return 0;
        std::size_t after = k + 2;
        if (tk_[k + 1].kind == SurfaceToken::Number && tk_[k + 1].decimals == 0)
            m = tk_[k + 1].value;
        else if (tk_[k + 1].kind != SurfaceToken::Word || !number_words(k + 1, &m, &after))
            return 0;
        if (!(n >= 1 && n < m && m <= 1000)) return 0;
        if (after < tk_.size() && tk_[after].kind == SurfaceToken::Word)
            if (const Unit* u = find_word<kUnits>(tk_[after].lower);
                u && std::strcmp(u->unit, "people") != 0 && !is_money(u->unit))
                return 0; // a pace ("two in five days"); a share of money is a share
        *share = n / m;
        return after;
    }

    // A share written as a fraction at token i followed by "of" ("a third of", "two-thirds of",
    // "three quarters of", "half of") or after "by" ("rose by a fifth"): the token after the
    // fraction, 0 when none; *share gets
    // it (1/3). "a quarter of a million" is a number (number_words), not a share.
    std::size_t share_at(std::size_t i, double* share) const {
        static const Named kParts[] = {{"half", 2},     {"halves", 2},   {"third", 3},
                                       {"thirds", 3},   {"quarter", 4},  {"quarters", 4},
                                       {"fifth", 5},    {"fifths", 5},   {"tenth", 10},
                                       {"tenths", 10}};
        auto part = [&](const std::string& w) -> double {
            for (const Named& p : kParts)
                if (w == p.word) return p.value;
            return 0;
        };
        if (std::size_t after = count_out_of(i, share)) return after;
        if (i >= tk_.size() || tk_[i].kind != SurfaceToken::Word) return 0;
        double numerator = 0, denominator = 0;
        std::size_t j = i;
        const std::string& w = tk_[i].lower;
        if (w == "half") {
            numerator = 1, denominator = 2, j = i + 1;
        } else if (auto dash = w.find('-'); dash != std::string::npos) {
            // "two-thirds", "one-quarter"
            const Named* n = find_word<kSmallNumbers>(w.substr(0, dash));
            denominator = part(w.substr(dash + 1));
            if (!n || n->value < 1 || n->value >= 10) return 0;
            numerator = n->value, j = i + 1;
        } else if (w == "a" || w == "one") {
            if (i + 1 >= tk_.size() || tk_[i + 1].kind != SurfaceToken::Word) return 0;
            numerator = 1, denominator = part(tk_[i + 1].lower), j = i + 2;
        } else if (const Named* n = find_word<kSmallNumbers>(w); n && n->value >= 2 && n->value < 10) {
            if (i + 1 >= tk_.size() || tk_[i + 1].kind != SurfaceToken::Word) return 0;
            numerator = n->value, denominator = part(tk_[i + 1].lower), j = i + 2;
        }
        if (!(denominator > 1) || numerator >= denominator) return 0;
        // "rose by a fifth", "fell by almost a third", "cut by half": a change told as a
        // fraction is a share as much as "a fifth of" is, in per cent, so that "by a fifth"
        // meets "by 20%" and "by a quarter" does not. "By" before it (past a modifier), and
        // no noun after it ("by a third party").
        if (!word(j, "of")) {
            std::size_t b = i;
            while (b > 0 && i - b < 3 && tk_[b - 1].kind == SurfaceToken::Word &&
                   in_word_list(tk_[b - 1].lower, {"almost", "nearly", "about", "roughly",
                                                    "around", "more", "than", "over", "just",
                                                    "some", "less"}))
                --b;
            if (!(b > 0 && word(b - 1, "by"))) return 0;
            if (j < tk_.size() && tk_[j].kind == SurfaceToken::Word &&
                !in_word_list(tk_[j].lower, {"this", "last", "in", "on", "from", "since",
                                             "compared", "after", "to", "and", "as", "while",
                                             "but", "over", "between", "year", "a", "the",
                                             "during", "against", "at", "within"}))
                return 0;
            *share = numerator / denominator;
            return j;
        }
        // "a quarter of a million", "half of a billion": a fraction of a round number.
        if (word(j + 1, "a") && j + 2 < tk_.size() && find_word<kMultipliers>(tk_[j + 2].lower))
            return 0;
        *share = numerator / denominator;
        return j;
    }

    // The token after a clock time whose hour ended before token j ("10| p.m.", "10|:30 a.m.",
    // "9|am"), or j when none follows.
    std::size_t clock_time_end(std::size_t j) const {
        std::size_t k = j;
        if (symbol(k, ':') && k + 1 < tk_.size() && tk_[k + 1].kind == SurfaceToken::Number &&
            tk_[k + 1].span.size() == 2 && !tk_[k + 1].space_before)
            k += 2;
        if (word(k, "am") || word(k, "pm")) return k + 1;
        if ((word(k, "a") || word(k, "p")) && symbol(k + 1, '.') && word(k + 2, "m"))
            return symbol(k + 3, '.') ? k + 4 : k + 3;
        return k;
    }

    // "four-year", "six-month", "two-mile", "five-second": a number word and a unit in one
    // hyphenated word; the tens and units may be hyphened too ("twenty-five-year"). A
    // "sixty-eight-year-old" is an age, read as the digits' "68-year-old" is.
    bool hyphenated_unit(std::size_t j, double* value, const Unit** unit) const {
        if (j >= tk_.size() || tk_[j].kind != SurfaceToken::Word) return false;
        const std::string& w = tk_[j].lower;
        std::size_t dash = w.find('-');
        if (dash == std::string::npos) return false;
        const Named* n = find_word<kSmallNumbers>(w.substr(0, dash));
        if (!n || n->value == 0) return false;
        double v = n->value;
        // "twenty-five-": the units after the tens.
        if (v >= 20 && v < 100 && std::fmod(v, 10) == 0) {
            const std::size_t next_dash = w.find('-', dash + 1);
            if (next_dash != std::string::npos)
                if (const Named* u = find_word<kSmallNumbers>(w.substr(dash + 1, next_dash - dash - 1));
                    u && u->value >= 1 && u->value <= 9)
                    v += u->value, dash = next_dash;
        }
        std::string tail = w.substr(dash + 1);
        if (tail == "year-old" || tail == "years-old") {
            static const Unit age{"year-old", "age", 1};
            *value = v;
            *unit = &age;
            return true;
        }
        const Unit* u = find_word<kUnits>(tail);
        if (!u && !tail.empty()) u = find_word<kUnits>(tail + "s"); // "-year" → "years"
        if (!u || std::strcmp(u->unit, "people") == 0) return false;
        *value = v;
        *unit = u;
        return true;
    }

    // A temperature: the figure of tokens [first, j) followed by "C" or "F" glued to it, "°C",
    // or "degrees" (Celsius unless "Fahrenheit" follows); "minus" before it makes it negative.
    // Whole degrees are good to half a degree; a Fahrenheit figure's half degree is 0.28 °C.
    // Unit "°C". nullopt when no temperature's unit follows.
    std::optional<Quantity> temperature_at(std::size_t first, std::size_t j, double value,
                                           int decimals, bool approximate, std::size_t* next) {
        if (j >= tk_.size()) return std::nullopt;
        bool fahrenheit = false;
        std::size_t last = j;
        if (tk_[j].kind == SurfaceToken::Word && !tk_[j].space_before &&
            (tk_[j].lower == "c" || tk_[j].lower == "f")) {
            fahrenheit = tk_[j].lower == "f";
        } else if (symbol(j, 0xB0) && j + 1 < tk_.size() &&
                   (word(j + 1, "c") || word(j + 1, "f"))) {
            fahrenheit = word(j + 1, "f");
            last = j + 1;
        } else if (word(j, "degrees") || word(j, "degree")) {
            if (word(j + 1, "fahrenheit") || word(j + 1, "f"))
                fahrenheit = true, last = j + 1;
            else if (word(j + 1, "celsius") || word(j + 1, "centigrade") || word(j + 1, "c"))
                last = j + 1;
        } else {
            return std::nullopt;
        }
        if (first > 0 && word(first - 1, "minus")) {
            value = -value;
            --first;
        }
        double step = approximate ? 0 : 0.5 * std::pow(10.0, -decimals);
        if (fahrenheit) value = (value - 32) * 5 / 9, step *= 5.0 / 9;
        Quantity q = make(first, last, value, value, "\xC2\xB0" "C", step);
        std::size_t after = last + 1;
        // "minus 9C (16F)", "104F (40C)": the bracketed conversion is the same temperature.
        if (symbol(after, '(')) {
            std::size_t inner_next = 0;
            std::optional<Quantity> inner = amount_at(after + 1, &inner_next, false);
            if (inner && inner->unit == q.unit && symbol(inner_next, ')')) {
                q.span.end = tk_[inner_next].span.end;
                q.text.assign(text_.substr(q.span.begin, q.span.size()));
                after = inner_next + 1;
            }
        }
        *next = after;
        return q;
    }

    // The unit after an amount ending before token j (unit_words_at).
    const Unit* unit_at(std::size_t j, std::size_t* last, bool reach) const {
        return unit_words_at(tk_, j, last, reach);
    }

    // An amount starting at token i; `approximate` when a modifier such as "about" came first.
    std::optional<Quantity> amount_at(std::size_t i, std::size_t* next, bool approximate) {
        if (i >= tk_.size()) return std::nullopt;
        // Vague amounts: "dozens of fighters", "several months", "several hundred people".
        for (const Vague& v : kVague) {
            std::size_t n = 0;
            while (n < 3 && v.words[n] && word(i + n, v.words[n])) ++n;
            if (n == 0 || (n < 3 && v.words[n])) continue;
            std::size_t last = i + n - 1;
            double low = v.low, high = v.high;
            // "several hundred", "a few thousand": the vague count multiplies the round number.
            if (low < 10 && last + 1 < tk_.size() && tk_[last + 1].kind == SurfaceToken::Word)
                if (const Named* m = find_word<kMultipliers>(tk_[last + 1].lower)) {
                    low *= m->value, high *= m->value;
                    ++last;
                }
            const char* unit = "";
            std::size_t unit_last = 0;
            if (const Unit* u = unit_at(last + 1, &unit_last, true)) {
                unit = u->unit, last = unit_last;
                low *= u->factor, high *= u->factor;
            }
            *next = last + 1;
            return make(i, last, low, high, unit, 0);
        }

        // "a third of the cost", "two-thirds of it", "half of the staff": a share, in per
        // cent, so that "about two-thirds" meets "about 67%" and "a third" does not.
        if (double share = 0; std::size_t after = share_at(i, &share)) {
            // A share in words is a round one: good to two points ("a third" is 31–35%).
            *next = after;
            Quantity q = make(i, after - 1, share * 100, share * 100, "%", 2);
            return q;
        }

        const char* currency = nullptr;
        std::size_t first = i, j = i;
        if (symbol(j, '$'))
            currency = "USD", ++j;
        else if (symbol(j, 0xA3))
            currency = "GBP", ++j;
        else if (symbol(j, 0x20AC))
            currency = "EUR", ++j;
        else if (j + 1 < tk_.size() && tk_[j].kind == SurfaceToken::Word && tk_[j].all_caps &&
                 tk_[j + 1].kind == SurfaceToken::Number) {
            // "EUR 4.5 million", "USD 300": the currency's code before the figure, as some
            // wires and financial copy write it.
            if (tk_[j].lower == "eur")
                currency = "EUR", ++j;
            else if (tk_[j].lower == "usd")
                currency = "USD", ++j;
            else if (tk_[j].lower == "gbp")
                currency = "GBP", ++j;
        }

        double value = 0;      // as written, before any multiplier ("1.2" of "€1.2bn")
        double multiplier = 1; // "bn", "million"
        int decimals = 0;
        std::size_t last = j;
        bool digits = false;
        bool spoken_year = false; // "twenty twenty-two" (number_words)
        const char* unit = currency ? currency : "";
        double factor = 1;
        if (j < tk_.size() && tk_[j].kind == SurfaceToken::Number) {
            const SurfaceToken& n = tk_[j];
            if (n.value >= 1e15) return std::nullopt; // not a figure anyone compares
            // "Kestrel-2", "Meteo-1", "Covid-19": a number hyphened onto a name is part of the
            // name, not a count.
            if (!currency && j >= 2 && !n.space_before && symbol(j - 1, '-') &&
                !tk_[j - 1].space_before && tk_[j - 2].kind == SurfaceToken::Word &&
                tk_[j - 2].capitalised) {
                *next = j + 1;
                return std::nullopt;
            }
            value = n.value;
            decimals = n.decimals;
            digits = true;
            last = j;
            ++j;
            // Ordinals and attached multipliers: "14th", "3.5m", "$2bn".
            if (j < tk_.size() && tk_[j].kind == SurfaceToken::Word && !tk_[j].space_before) {
                const std::string& w = tk_[j].lower;
                if (w == "th" || w == "st" || w == "nd" || w == "rd" || w == "s") {
                    *next = j + 1;
                    return std::nullopt;
                }
                if (const Named* m = find_word<kSuffixMultipliers>(w)) {
                    multiplier = m->value;
                    last = j;
                    ++j;
                }
            }
            // A time of day ("10 p.m.", "10:30", "9am") is read by time_at() from its first
            // token; one reached here (after a currency sign or a multiplier) is no figure.
            if (std::size_t after = clock_time_end(j); after != j) {
                *next = after;
                return std::nullopt;
            }
            // A share price in pence written with its "p" attached ("420p").
            if (!currency && multiplier == 1 && word(j, "p") && !tk_[j].space_before) {
                static const Unit pence{"p", "pence", 1};
                Quantity q = make(first, j, value, value,
                                  pence.unit, rounding_of(value, decimals, 1, approximate, false));
                *next = j + 1;
                return q;
            }
            // "3 million"
            if (const Named* m = j < tk_.size() ? find_word<kMultipliers>(tk_[j].lower) : nullptr;
                m && tk_[j].kind == SurfaceToken::Word && multiplier == 1) {
                multiplier = m->value;
                last = j;
                ++j;
            } else if (j < tk_.size() && tk_[j].kind == SurfaceToken::Word && multiplier == 1 &&
                       is_money(unit) && tk_[j].lower.find('-') != std::string::npos) {
                // "a £11.3 million-a-year contract": the scale glued to a rate in one
                // hyphenated word is still the scale (read alone it was £11.30).
                const std::string& w = tk_[j].lower;
                if (const Named* g = find_word<kMultipliers>(w.substr(0, w.find('-')))) {
                    multiplier = g->value;
                    last = j;
                    ++j;
                }
            }
        } else if (const Unit* u = nullptr; hyphenated_unit(j, &value, &u)) {
            // "a four-year sentence": number word and unit in one hyphenated word.
            last = j++;
            unit = u->unit, factor = u->factor;
        } else {
            std::size_t after = j;
            if (!number_words(j, &value, &after, &spoken_year)) return std::nullopt;
            last = after - 1;
            j = after;
            // "three point seven per cent", "five point one": a decimal read out, digit by
            // digit after "point" (radio copy), is 3.7 and 5.1, not a bare 3 beside a 7.
            if (word(j, "point") && value == std::floor(value)) {
                double scale = 0.1, fraction = 0;
                std::size_t k = j + 1;
                for (; k < tk_.size() && tk_[k].kind == SurfaceToken::Word; ++k) {
                    const Named* d = find_word<kSmallNumbers>(tk_[k].lower);
                    if (!d || d->value > 9 || d->value != std::floor(d->value) ||
                        tk_[k].lower == "a")
                        break;
                    fraction += d->value * scale;
                    scale /= 10;
                    ++decimals;
                }
                if (decimals > 0) {
                    value += fraction;
                    last = k - 1;
                    j = k;
                    // "one point four billion dollars": the scale read out after the decimals.
                    if (const Named* m =
                            j < tk_.size() ? find_word<kMultipliers>(tk_[j].lower) : nullptr;
                        m && tk_[j].kind == SurfaceToken::Word) {
                        multiplier = m->value;
                        last = j++;
                    }
                }
            }
        }

        // "Four of the five judges", "one of the three engines": the part is the count the
        // sentence states; the whole is what it is counted from, read with it and not compared
        // on its own (else "All five judges" would agree with the whole).
        bool of_whole = false;
        if (!*unit && multiplier == 1 && decimals == 0 && word(j, "of") &&
            (word(j + 1, "the") || word(j + 1, "its") || word(j + 1, "their"))) {
            double whole = 0;
            std::size_t after = j + 2;
            if (j + 2 < tk_.size() && tk_[j + 2].kind == SurfaceToken::Number &&
                tk_[j + 2].decimals == 0)
                whole = tk_[j + 2].value, after = j + 3;
            else if (!number_words(j + 2, &whole, &after))
                whole = 0;
            // "Her case was one of the 3,460 reports closed", "Tarn is one of the 12 towns
            // flooded": after a copula, "one of the N" says which whole the subject belongs to,
            // and the figure the sentence states is the whole, as an outlet without the
            // subject gives it ("closed 3,460 reports"); the noun after it is the whole's unit.
            const bool member = value == 1 && first > 0 &&
                                tk_[first - 1].kind == SurfaceToken::Word &&
                                in_word_list(tk_[first - 1].lower,
                                             {"is", "was", "are", "were", "be", "been", "being",
                                              "remains", "remained", "becomes", "became"});
            // "every one of the 34 samples", "each one of the nine": all of the whole.
            const bool all = value == 1 && first > 0 && tk_[first - 1].kind == SurfaceToken::Word &&
                             in_word_list(tk_[first - 1].lower, {"every", "each"});
            if (whole >= value && whole > 1 && (member || all)) {
                digits = tk_[j + 2].kind == SurfaceToken::Number;
                value = whole;
                last = after - 1;
                j = after;
            } else if (whole >= value && whole > 1) {
                last = after - 1;
                j = after;
                of_whole = true;
            }
        }

        // "14-year": the unit glued on with a hyphen. After a whole ("Six of the nine board
        // members") the noun is the whole's: the part stays a bare count, as "voted 7-2" is.
        if (of_whole) {
        } else if (!*unit && symbol(j, '-') && !tk_[j].space_before && j + 1 < tk_.size() &&
            tk_[j + 1].kind == SurfaceToken::Word && !tk_[j + 1].space_before) {
            const Unit* u = find_word<kUnits>(tk_[j + 1].lower);
            if (!u && tk_[j + 1].lower == "second") u = find_word<kUnits>("seconds");
            if (u) {
                unit = u->unit, factor = u->factor, last = j + 1, j += 2;
            } else if (tk_[j + 1].lower == "year-old" || tk_[j + 1].lower == "years-old") {
                // "the 61-year-old": an age, set only against another age (a "maximum of 10
                // years" is no changed age).
                unit = "age", last = j + 1, j += 2;
            } else if (tk_[j + 1].lower.rfind("year", 0) == 0) {
                unit = "year", last = j + 1, j += 2;
            }
        } else if (!*unit) {
            std::size_t unit_last = 0;
            if (const Unit* u = unit_at(j, &unit_last, true)) {
                unit = u->unit, factor = u->factor, last = unit_last, j = unit_last + 1;
            } else if (j < tk_.size() && tk_[j].kind == SurfaceToken::Word &&
                       !tk_[j].space_before && tk_[j].lower == "km") {
                unit = "km", last = j, j += 1;
            }
        }
        // "four euros fifty", "five pounds twenty", "two dollars and fifty cents": the minor
        // unit read out after the major one (radio copy, quotes) is its hundredths, €4.50, not
        // €4 beside a bare 50.
        if (!currency && is_money(unit) && multiplier == 1 && decimals == 0) {
            std::size_t k = j;
            const bool joined = word(k, "and");
            if (joined) ++k;
            double minor = -1;
            std::size_t after = k + 1;
            if (k < tk_.size() && tk_[k].kind == SurfaceToken::Number && tk_[k].decimals == 0 &&
                tk_[k].space_before)
                minor = tk_[k].value;
            else if (!(k < tk_.size() && tk_[k].kind == SurfaceToken::Word &&
                       number_words(k, &minor, &after)))
                minor = -1;
            if (minor >= 1 && minor <= 99 && minor == std::floor(minor)) {
                const bool named = word(after, "cents") || word(after, "cent") ||
                                   word(after, "pence") || word(after, "p");
                // Without the minor unit's name, only where nothing follows that the number
                // could count: "four euros fifty for each bird", not "ten dollars 20 times".
                bool counts_something = false;
                if (after < tk_.size() && tk_[after].kind == SurfaceToken::Word) {
                    const std::string& w = tk_[after].lower;
                    counts_something =
                        find_word<kUnits>(w) || w == "times" ||
                        (w.size() > 3 && w.back() == 's' &&
                         !in_word_list(w, {"this", "was", "has", "its", "his", "hers", "plus"}));
                }
                if (named || (!joined && !counts_something)) {
                    value += minor / 100;
                    decimals = 2;
                    last = named ? after : after - 1;
                    j = last + 1;
                }
            }
        }
        // "minus 9C (16F)", "14C", "fourteen degrees", "104F": a temperature, in Celsius. A
        // Fahrenheit figure is put on Celsius by its offset, which no factor of kUnits can
        // express, so it is made here; its bracketed conversion joins it below as any unit's.
        if (!*unit && !of_whole && !currency && multiplier == 1)
            if (std::optional<Quantity> t = temperature_at(first, j, value, decimals, approximate,
                                                           next))
                return t;
        // "one" alone is a pronoun far more often than a count ("a tactical one").
        if (!digits && value == 1 && !*unit && !of_whole) return std::nullopt;
        // A whole multiple of the unit ("a decade" = 10 years) is no conversion: only a factor
        // like a mile's 1.609 km rounds the figure.
        double step = rounding_of(value, decimals, multiplier, approximate,
                                  factor != 1 && factor != std::floor(factor));
        // A bare four-digit integer in the range of recent years is a year of the calendar
        // ("2,000" with its separator is a count).
        if (digits && !*unit && multiplier == 1 && decimals == 0 &&
            tk_[last].kind == SurfaceToken::Number && tk_[last].span.size() == 4 && value >= 1800 &&
            value <= 2100)
            unit = "calendar_year", step = 0;
        else if (spoken_year && !*unit && multiplier == 1)
            unit = "calendar_year", step = 0;
        value *= multiplier;
        last_multiplier_ = multiplier, last_factor_ = factor;

        Quantity q = make(first, last, value * factor, value * factor, unit, step * factor);
        // "5 kilometers (3 miles)": a bracketed conversion is the same quantity.
        if (symbol(j, '(') && *unit) {
            std::size_t inner_next = 0;
            std::optional<Quantity> inner = amount_at(j + 1, &inner_next, false);
            if (inner && inner->unit == q.unit && symbol(inner_next, ')')) {
                q.span.end = tk_[inner_next].span.end;
                q.text.assign(text_.substr(q.span.begin, q.span.size()));
                j = inner_next + 1;
            }
        }
        *next = std::max(j, last + 1);
        return q;
    }
};

} // namespace

bool is_calendar_word(std::string_view lower) {
    // Asked for every capitalised word of every clause (quotes.cpp's capitalised_runs): a
    // cheap length test first, as no calendar word is shorter than 3 or longer than 9 letters.
    if (lower.size() < 3 || lower.size() > 9) return false;
    return month_of(lower) != 0 || weekday_of(lower) >= 0;
}

std::vector<Quantity> find_quantities(std::string_view text, ByteSpan span,
                                      std::optional<CalendarDate> article_date) {
    return QuantityScanner(text, span, article_date).run();
}

std::vector<Quantity> find_quantities(std::string_view text,
                                      const std::vector<SurfaceToken>& span_tokens,
                                      std::optional<CalendarDate> article_date) {
    return QuantityScanner(text, span_tokens, article_date).run();
}

std::string unit_after_figure(const std::vector<SurfaceToken>& tk, std::size_t j) {
    std::size_t last = 0;
    const Unit* u = unit_words_at(tk, j, &last, false);
    return u ? u->unit : "";
}

std::string unit_named_by(std::string_view word) {
    const std::string w(word);
    if (const Unit* u = find_word<kSpeedWords>(w)) return u->unit;
    if (const Unit* u = find_word<kUnits>(w)) return u->unit;
    if (const Unit* u = w.empty() ? nullptr : find_word<kUnits>(w + "s")) return u->unit;
    return "";
}

bool is_month_name(std::string_view lower_word) {
    for (const char* m : kMonths)
        if (lower_word == m) return true;
    return false;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Comparison and formatting
//-------------------------------------------------------------------------------------------------

namespace {

// Days in one `unit` of time, 0 when `unit` is not a duration (Gregorian averages: a month is
// 30.44 days, so "12 months" and "a year" agree).
double days_per(const std::string& unit) {
    if (unit == "year") return 365.2425;
    if (unit == "month") return 365.2425 / 12;
    if (unit == "week") return 7;
    if (unit == "day") return 1;
    if (unit == "hour") return 1.0 / 24;
    if (unit == "minute") return 1.0 / 1440;
    if (unit == "second") return 1.0 / 86400;
    return 0;
}

} // namespace

bool comparable(const Quantity& a, const Quantity& b) {
    return a.unit == b.unit || (days_per(a.unit) > 0 && days_per(b.unit) > 0);
}

namespace {

// A lower bound as written ("at least 11", "more than 4,000", "over 200"): the scanner's
// [N, 1.25N] with no rounding, and its words.
bool lower_bound(const Quantity& q) {
    if (q.rounding != 0 || !(q.low > 0) || std::fabs(q.high - 1.25 * q.low) > 1e-9 * q.high)
        return false;
    std::string t;
    for (char c : q.text.substr(0, 12))
        t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* w : {"at least ", "more than ", "over ", "upwards of ", "passed ", "topped ",
                          "exceeded ", "surpassed "})
        if (t.rfind(w, 0) == 0) return true;
    return false;
}

// A range as written, both ends stated ("between 8 and 10 days", "30 to 40", "€2-3 million"):
// not a vague amount ("dozens"), a modified figure ("about 300", "up to 60") or a month.
bool written_range(const Quantity& q) {
    if (!(q.low < q.high) || q.text.empty() || q.unit == "date") return false;
    std::string t;
    for (char c : q.text) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t.rfind("between ", 0) == 0) return true;
    if (t.rfind("up to", 0) == 0 || t.rfind("as many", 0) == 0 || t.rfind("as much", 0) == 0)
        return false;
    if (t.find(" to ") != std::string::npos || t.find("\xE2\x80\x93") != std::string::npos)
        return true;
    for (std::size_t i = 1; i + 1 < t.size(); ++i) // "8-10": a hyphen between two figures
        if (t[i] == '-' && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
            std::isdigit(static_cast<unsigned char>(t[i + 1])))
            return true;
    return false;
}

} // namespace

bool quantities_agree(const Quantity& a, const Quantity& b) {
    if (!comparable(a, b)) return false;
    // Two lower bounds are two counts known so far unless they state the same bound: "at
    // least nine" and "at least 11" dead disagree though their intervals meet; "more than 4,000"
    // and "over 4,000" agree. A count of things is exact; a measure ("more than 3 miles",
    // "more than 5 km") is good to a twentieth.
    if (a.unit == b.unit && lower_bound(a) && lower_bound(b)) {
        const double d = std::fabs(a.low - b.low), m = std::max(a.low, b.low);
        // "more than three million" against "more than 3.1 million": a bound in millions told
        // to fewer digits, the finer one cut down to the coarser one's last digit. Only from a
        // million up, where outlets drop the decimals of a scale word; "at least 10" and "at
        // least 12" dead stay two counts.
        if (const double lo = std::min(a.low, b.low); lo >= 1e6 && d > 0) {
            double step = 1;
            while (std::fmod(lo, step * 10) == 0) step *= 10;
            if (std::floor(m / step) * step == lo) return true;
        }
        if (a.unit.empty() || a.unit == "people") return d <= 1e-9 * m;
        return d <= 0.05 * m;
    }
    // Two outlets that write the same weekday mean the same day: which week a bare "Thursday"
    // falls in is the rules' reading of tense and publication date, not what either wrote.
    if (a.unit == "date" && b.unit == "date") {
        auto lower = [](std::string w) {
            for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            return w;
        };
        const std::string wa = lower(a.text);
        if (weekday_of(wa) >= 0 && wa == lower(b.text)) return true;
    }
    // Durations in days when their units differ; otherwise as written. A month is 28 to 31
    // days and a year 365 or 366, so a count of either, set against days or weeks, is good to
    // a few days: "three months" meets "90 days", "six months" 180 days, not 190.
    const double fa = a.unit == b.unit ? 1 : days_per(a.unit);
    const double fb = a.unit == b.unit ? 1 : days_per(b.unit);
    auto calendar_slack = [&](const Quantity& q) {
        if (a.unit == b.unit) return 0.0;
        return q.unit == "month" ? 3.0 : q.unit == "year" ? 1.0 : 0.0;
    };
    // Two ranges as written agree end for end: "between six and nine weeks" and "between six
    // and twelve weeks" meet, but an outlet changed the figure.
    if (written_range(a) && written_range(b)) {
        const double tolerance =
            a.rounding * fa + b.rounding * fb + calendar_slack(a) + calendar_slack(b) +
            1e-9 * std::max({1.0, std::fabs(a.high * fa), std::fabs(b.high * fb)});
        return std::fabs(a.low * fa - b.low * fb) <= tolerance &&
               std::fabs(a.high * fa - b.high * fb) <= tolerance;
    }
    const double alo = (a.low - a.rounding) * fa - calendar_slack(a),
                 ahi = (a.high + a.rounding) * fa + calendar_slack(a);
    const double blo = (b.low - b.rounding) * fb - calendar_slack(b),
                 bhi = (b.high + b.rounding) * fb + calendar_slack(b);
    const double eps = 1e-9 * std::max({1.0, std::fabs(ahi), std::fabs(bhi)});
    const double overlap = std::min(ahi, bhi) - std::max(alo, blo);
    if (overlap > eps) return true;
    // Touching ends: 1,200 and 1,300 both round to the hundred and meet only at 1,250; they are
    // two figures. An exact figure at the edge of a rounded one's tolerance still agrees.
    // Two intervals that only touch are two figures: "at least 12" [12, 15] and "at least 15"
    // are two counts of the dead.
    return overlap >= -eps && (a.rounding == 0 || b.rounding == 0) &&
           (a.low == a.high || b.low == b.high);
}

namespace {

// "85,000", "1.2 billion", "4.8": as many digits as a reader needs, grouped by thousands.
std::string number_text(double v) {
    char buf[64];
    const double a = std::fabs(v);
    if (a >= 1e6) {
        const bool billions = a >= 1e9;
        std::snprintf(buf, sizeof buf, "%.2f", v / (billions ? 1e9 : 1e6));
        std::string s = buf;
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
        return s + (billions ? " billion" : " million");
    }
    if (std::fabs(v - std::round(v)) < 1e-9 || a >= 100) {
        std::snprintf(buf, sizeof buf, "%.0f", std::fabs(std::round(v)));
        std::string digits = buf, s;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) s += ',';
            s += digits[i];
        }
        return (v < 0 ? "-" : "") + s;
    }
    // A figure written to the hundredth keeps it ("4.75%", "0.25%" for 25 basis points: one
    // decimal showed "4.8%"); a converted one is shown to a tenth ("3 miles" is "4.8 km").
    if (std::fabs(v * 100 - std::round(v * 100)) < 1e-6) {
        std::snprintf(buf, sizeof buf, "%.2f", v);
        std::string t = buf;
        while (t.back() == '0') t.pop_back();
        return t;
    }
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// Units counted in whole things: an interval of people is shown in whole people.
bool counted(const std::string& unit) {
    return unit.empty() || unit == "people";
}

const char* currency_sign(const std::string& unit) {
    if (unit == "USD") return "$";
    if (unit == "EUR") return "\u20AC";
    if (unit == "GBP") return "\u00A3";
    return nullptr;
}

std::string with_unit(double v, const std::string& unit, bool plural) {
    if (const char* sign = currency_sign(unit)) {
        // Money in its minor unit is shown as it is written, to the cent: "€4.50", not "€4.5".
        const double a = std::fabs(v);
        if (a < 1e6 && std::fabs(a - std::round(a)) > 1e-9) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.2f", a);
            const std::string whole = number_text(std::floor(a));
            return (v < 0 ? "-" : "") + std::string(sign) + whole + (buf + std::strlen(buf) - 3);
        }
        return (v < 0 ? "-" : "") + std::string(sign) + number_text(a);
    }
    // Under a metre a length in km shows no digit ("21 cm" was "0.0 km"): in centimetres.
    if (unit == "km" && v != 0 && std::fabs(v) < 1e-3) return number_text(v * 1e5) + " cm";
    std::string n = number_text(v);
    if (unit.empty()) return n;
    if (unit == "%") return n + "%";
    if (unit == "ordinal") {
        long r = std::lround(v);
        const char* suffix = (r % 100 >= 11 && r % 100 <= 13) ? "th"
                             : r % 10 == 1                    ? "st"
                             : r % 10 == 2                    ? "nd"
                             : r % 10 == 3                    ? "rd"
                                                              : "th";
        return n + suffix;
    }
    if (unit == "people") return n + (plural ? " people" : " person");
    if (unit == "age") return n + "-year-old";
    if (unit == "year" || unit == "month" || unit == "week" || unit == "day" || unit == "hour" ||
        unit == "minute" || unit == "second")
        return n + " " + unit + (plural ? "s" : "");
    return n + " " + unit;
}

} // namespace

namespace {

// "03:14", "19:05" (minutes after midnight; 24:00 shown as 00:00).
std::string clock_text(double minutes) {
    long m = std::lround(minutes);
    m = ((m % 1440) + 1440) % 1440;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02ld:%02ld", m / 60, m % 60);
    return buf;
}

} // namespace

bool is_time_of_day(const std::string& unit) {
    return unit.rfind("time", 0) == 0;
}

bool says_when(const std::string& unit) {
    return unit == "date" || unit == "calendar_year" || is_time_of_day(unit);
}

std::string format_quantity(const Quantity& q) {
    if (is_time_of_day(q.unit)) {
        // ISO 8601's hh:mm, with the zone as written ("00:14 UTC"); an interval as its range.
        const std::string zone = q.unit.size() > 4 ? q.unit.substr(4) : std::string();
        if (q.low == q.high) return clock_text(q.value) + zone;
        return clock_text(q.low) + "\u2013" + clock_text(q.high) + zone;
    }
    if (q.unit == "date") {
        auto iso = [](double value) {
            char buf[32];
            const long v = std::lround(value);
            std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", v / 10000, (v / 100) % 100,
                          v % 100);
            return std::string(buf);
        };
        if (q.low == q.high) return iso(q.value);
        // A whole month ("February 2024") is ISO 8601's year and month: "2024-02".
        const long lo = std::lround(q.low), hi = std::lround(q.high);
        if (lo % 100 == 1 && lo / 100 == hi / 100) return iso(q.low).substr(0, 7);
        return iso(q.low) + "\u2013" + iso(q.high);
    }
    if (q.unit == "calendar_year") return std::to_string(std::lround(q.value));
    if (q.low == q.high) return with_unit(q.value, q.unit, q.value != 1);
    double low = q.low, high = q.high;
    if (counted(q.unit)) {
        // Never invented precision: "about 15 people" is 14–16 people, not 13.5–16.5.
        low = std::ceil(low - 1e-9);
        high = std::max(low, std::floor(high + 1e-9));
    }
    if (currency_sign(q.unit))
        return with_unit(low, q.unit, true) + "\u2013" + with_unit(high, q.unit, true);
    std::string unit_part = with_unit(high, q.unit, true).substr(number_text(high).size());
    return number_text(low) + "\u2013" + number_text(high) + unit_part;
}

std::string describe_quantity(const Quantity& q) {
    const std::string normalised = format_quantity(q);
    if (q.unit == "date" || q.unit == "calendar_year") return normalised;
    if (is_time_of_day(q.unit)) return q.text + ": " + normalised;
    // Show the words as written when the normalised figure is not visible in them: a vague
    // amount ("dozens of fighters: 24–99 people"), a modifier ("about 300: 270–330"), a
    // conversion ("3 miles: 4.8 km") or a number in words ("Nineteen employees: 19 people").
    if (q.low != q.high || q.text.find(number_text(q.value)) == std::string::npos)
        return q.text + ": " + normalised;
    return normalised;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Axes
//-------------------------------------------------------------------------------------------------

double axis_position(double value, const std::string& unit) {
    if (unit != "date") return value;
    const long v = std::lround(value);
    return static_cast<double>(days_from_civil(
        static_cast<int>(v / 10000), static_cast<int>(v / 100 % 100), static_cast<int>(v % 100)));
}

std::string unit_name(const std::string& unit) {
    if (unit == "date" || unit == "calendar_year") return "";
    if (is_time_of_day(unit)) return unit.size() > 5 ? unit.substr(5) : ""; // "UTC"
    if (unit == "year" || unit == "month" || unit == "week" || unit == "day" || unit == "hour" ||
        unit == "minute" || unit == "second")
        return unit + "s";
    return unit;
}

std::vector<AxisTick> axis_ticks(double low, double high, const std::string& unit, int max_ticks) {
    max_ticks = std::max(max_ticks, 2);
    if (!(high > low)) high = low + 1;
    const double span = high - low;
    // Counts and durations tick on whole numbers: "1 day" on an axis of 0.0, 0.2 … 1.0 days
    // invents precision nobody wrote.
    const bool whole = unit == "date" || unit == "calendar_year" || counted(unit) ||
                       unit == "year" || unit == "month" || unit == "week" || unit == "day" ||
                       unit == "hour" || unit == "minute" || unit == "second";
    // Candidate steps, smallest first: the first that fits max_ticks wins.
    std::vector<double> steps;
    if (unit == "date") {
        steps = {1, 2, 7, 14, 28, 91, 182, 364, 728, 1820, 3640, 7280, 36400};
    } else if (is_time_of_day(unit)) {
        steps = {5, 10, 15, 30, 60, 120, 180, 360, 720}; // minutes: clock-face steps
    } else {
        const double raw = span / (max_ticks - 1);
        double p = std::pow(10.0, std::floor(std::log10(raw)));
        for (int k = 0; k < 4; ++k, p *= 10)
            for (double m : {1.0, 2.0, 5.0})
                if (!whole || m * p >= 1) steps.push_back(m * p);
    }
    std::vector<AxisTick> ticks;
    for (double step : steps) {
        const double first = std::ceil(low / step - 1e-9) * step;
        const int n = static_cast<int>(std::floor((high - first) / step + 1e-9)) + 1;
        if (n > max_ticks) continue;
        for (int i = 0; i < n; ++i) {
            AxisTick t;
            t.position = first + i * step;
            if (unit == "date") {
                const CalendarDate c = civil_from_days(std::lround(t.position));
                char buf[32];
                std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
                t.label = buf;
            } else if (unit == "calendar_year") {
                t.label = std::to_string(std::lround(t.position));
            } else if (is_time_of_day(unit)) {
                t.label = clock_text(t.position);
            } else {
                // Snap away binary noise (0.1 * 3 = 0.30000000000000004).
                t.position = std::round(t.position / step) * step;
                if (step >= 1) {
                    t.label = number_text(t.position);
                } else {
                    // As many decimals as the step has (steps are 1, 2 or 5 × 10^k): 0.05 → 2.
                    char buf[32];
                    const int decimals = static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
                    std::snprintf(buf, sizeof buf, "%.*f", decimals, t.position);
                    t.label = buf;
                }
            }
            ticks.push_back(std::move(t));
        }
        break;
    }
    return ticks;
}

} // namespace wiretrace
