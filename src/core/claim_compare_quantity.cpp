// claim_compare_quantity.cpp — step 3 of the claims engine (claims.h), quantities: do two
// outlets give the same figures? Exact counts compare exactly, round figures within their
// rounding; a figure that disagrees is paired with the reference's nearest one.
#include "claim_compare.h"

#include "claim_lexicon.h"
#include "quantities.h"
#include "quotes.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wiretrace::claims_internal {

namespace {

// “5 kilometers (3 miles)” (5 km)
std::string describe(const Quantity& q) {
    return quoted(q.text) + " (" + format_quantity(q) + ")";
}

// "at least 15 people" against "a town of about 90,000 people": figures fifty times apart
// are two counts, not one misreported, unless they are written with the same digits (€1.2m
// for €1.2bn is a slip of scale a reader must see). Dates, years and ranks are left alone.
bool another_count(const Quantity& p, const Quantity& q) {
    if (p.unit == "ordinal" || says_when(p.unit)) return false;
    const double lo = std::min(p.high, q.high), hi = std::max(p.low, q.low);
    if (!(lo > 0) || hi < 50 * lo) return false;
    auto digits = [](const std::string& s) {
        std::string d;
        for (char c : s)
            if (std::isdigit(static_cast<unsigned char>(c))) d += c;
        while (!d.empty() && d.back() == '0') d.pop_back();
        return d;
    };
    const std::string dp = digits(p.text), dq = digits(q.text);
    return dp.empty() || dq.empty() || dp != dq;
}

// A bare count written in digits ("rose to 1,391") set against a count of people ("1,284
// people") is read as one: the noun a later mention of the count leaves out, as grouping reads
// it (claim_grouping.cpp). Anything else as it is.
Quantity as_counted_like(const Quantity& bare, const Quantity& other) {
    if (!bare.unit.empty() || other.unit != "people") return bare;
    if (!std::any_of(bare.text.begin(), bare.text.end(),
                     [](char c) { return c >= '0' && c <= '9'; }))
        return bare;
    Quantity q = bare;
    q.unit = "people";
    return q;
}

// "$2.3 million" where the reference has "€2.3 million": the same figure under another
// currency's sign is the currency changed, not a conversion (which changes the digits too).
bool currency_changed(const Quantity& p, const Quantity& q) {
    auto money = [](const std::string& u) { return u == "USD" || u == "EUR" || u == "GBP"; };
    return money(p.unit) && money(q.unit) && p.unit != q.unit && p.low == q.low &&
           p.high == q.high;
}

// How a figure is modified as written, and the figure it states: "about 2,600" states 2,600
// give or take; "more than 400,000" states the bound 400,000; "up to 60", "nearly 600" the top.
enum class Modifier { None, Approximate, Lower, Upper };

Modifier modifier_of(const Quantity& q) {
    const std::string t = lower_ascii(q.text.substr(0, 16));
    for (const char* w : {"about ", "around ", "approximately ", "roughly ", "some ",
                          "an estimated ", "estimated ", "circa "})
        if (t.rfind(w, 0) == 0) return Modifier::Approximate;
    for (const char* w : {"more than ", "over ", "at least ", "upwards of ", "passed ", "topped ",
                          "exceeded ", "surpassed "})
        if (t.rfind(w, 0) == 0) return Modifier::Lower;
    for (const char* w : {"up to ", "as many as ", "nearly ", "almost ", "fewer than ",
                          "less than "})
        if (t.rfind(w, 0) == 0) return Modifier::Upper;
    return Modifier::None;
}

double stated_value(const Quantity& q, Modifier m) {
    return m == Modifier::Lower ? q.low : m == Modifier::Upper ? q.high : (q.low + q.high) / 2;
}

// The step of the last written digit of a modified figure, in its unit: "about 2,600" is
// written to the hundred, "about €9.5 million" to €100,000, "roughly 3 miles" to 1.6 km (the
// written step times what the figure was converted by). A figure in words has the step of its
// value's last non-zero digit ("about four hundred and ten thousand": 10,000); a figure in
// words whose value is not a whole number after conversion ("roughly a million acres") has no
// step the rules can read: nullopt.
std::optional<double> written_step(const Quantity& q, double stated) {
    if (!(stated > 0)) return std::nullopt;
    std::string digits;
    std::size_t i = 0;
    while (i < q.text.size() && !std::isdigit(static_cast<unsigned char>(q.text[i]))) ++i;
    for (; i < q.text.size(); ++i) {
        const char c = q.text[i];
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') digits += c;
        else if (c != ',') break;
    }
    while (!digits.empty() && digits.back() == '.') digits.pop_back();
    if (!digits.empty()) {
        const double written = std::strtod(digits.c_str(), nullptr);
        if (!(written > 0)) return std::nullopt;
        double step = 1;
        if (const std::size_t dot = digits.find('.'); dot != std::string::npos)
            step = std::pow(10.0, -static_cast<double>(digits.size() - dot - 1));
        else
            for (std::size_t k = digits.size(); k-- > 1 && digits[k] == '0';) step *= 10;
        return step * stated / written;
    }
    if (std::fabs(stated - std::round(stated)) > 1e-9 * stated) return std::nullopt;
    double step = 1;
    for (double v = std::round(stated); v >= 10 && std::fmod(v, 10) == 0; v /= 10) step *= 10;
    return step;
}

// Two modified figures whose intervals meet but that state different figures: "about 2,600"
// and "about 2,900" jobs (each ±7%, so the intervals overlap), "about £960" and "about £860",
// "more than 400,000" homes and "about 380,000". An outlet that writes another round figure has
// changed it; the interval of "about" is for setting an exact count against an estimate
// ("2,612" inside "about 2,600"), not for two estimates. Both approximate: apart when the
// stated figures differ by more than their two half steps. A bound against an
// estimate: apart when the estimate's stated figure lies beyond the bound by more than half its
// step. Anything else (an exact figure, a step the rules cannot read) is left to the
// intervals.
bool stated_apart(const Quantity& a, const Quantity& b) {
    if (a.unit != b.unit || says_when(a.unit) || a.unit == "ordinal") return false;
    Modifier ma = modifier_of(a), mb = modifier_of(b);
    if (ma == Modifier::None || mb == Modifier::None) return false;
    if (ma != Modifier::Approximate && mb != Modifier::Approximate) return false;
    if (ma != Modifier::Approximate) return stated_apart(b, a);
    // a is the estimate from here on.
    const double sa = stated_value(a, ma), sb = stated_value(b, mb);
    const std::optional<double> step_a = written_step(a, sa);
    if (!step_a) return false;
    const double eps = 1e-9 * std::max(std::fabs(sa), std::fabs(sb));
    if (mb == Modifier::Lower) return sa < sb - *step_a / 2 - eps;
    if (mb == Modifier::Upper) return sa > sb + *step_a / 2 + eps;
    const std::optional<double> step_b = written_step(b, sb);
    if (!step_b) return false;
    // Each outlet rounds in its own unit: "about 15 miles" (to the mile) and "about 25 km" (to
    // the kilometre) may both stand for 24 km. Half of each step, added.
    return std::fabs(sa - sb) > (*step_a + *step_b) / 2 + eps;
}

// A day named without its month ("on Wednesday", "today") that is its own article's date: the
// day the outlet reports, its news of that day. Two such days in articles of different dates
// are each outlet's day of publication, not one date one of them changed ("A residents' group
// on Wednesday filed papers" in the next day's copy against "voted on Tuesday night").
// A day named by its weekday or as "today" ("on Wednesday"): no digits, no month.
bool named_by_weekday(const Quantity& q) {
    if (q.unit != "date" || q.low != q.high) return false;
    for (char c : q.text)
        if (std::isdigit(static_cast<unsigned char>(c))) return false;
    for (const char* month : {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                              "oct", "nov", "dec"})
        if (lower_ascii(q.text).find(month) != std::string::npos) return false;
    return true;
}

bool own_news_day(const Quantity& q, const std::string& article_date) {
    if (!named_by_weekday(q)) return false;
    const std::optional<CalendarDate> d = parse_article_date(article_date);
    return d && q.low == d->year * 10000.0 + d->month * 100.0 + d->day;
}

// "decided on Thursday" against "from April 2028": a day of the news week and a whole month
// (or year) are two dates of a story, when something was done and when it takes effect, not
// one date an outlet changed; an outlet that changes a date writes it in the same form
// ("Thursday" for "Wednesday", "April 2027" for "April 2028"). Not paired.
bool weekday_against_month(const Quantity& p, const Quantity& q) {
    auto spans_days = [](const Quantity& d) { return d.unit == "date" && d.low != d.high; };
    return (named_by_weekday(p) && spans_days(q)) || (named_by_weekday(q) && spans_days(p));
}

// The day of the saying, not of the fact: a date right after the attribution's verb ("the
// hospital said on Wednesday", "said Tuesday", "told reporters on Monday", "announced on Friday").
// It dates the statement; another outlet's date of the event ("after an attack on Monday") is
// another thing, and the two are compared only with each other: a saying day against a saying
// day.
bool saying_day(const Quantity& q, std::string_view text) {
    if (q.unit != "date" || q.span.empty() || q.span.begin > text.size()) return false;
    const std::uint32_t from = q.span.begin > 48 ? q.span.begin - 48 : 0;
    const std::vector<SurfaceToken> tk = scan_surface(text, {from, q.span.begin});
    std::size_t k = tk.size();
    if (k > 0 && tk[k - 1].kind == SurfaceToken::Word && tk[k - 1].lower == "on") --k;
    if (k == 0 || tk[k - 1].kind != SurfaceToken::Word) return false;
    auto says = [](std::string_view w) { return is_reporting_verb(w) || is_speech_verb(w); };
    if (says(tk[k - 1].lower)) return true;
    // "told reporters on Monday", "told parliament Tuesday": the verb and its hearer.
    return k >= 2 && tk[k - 2].kind == SurfaceToken::Word && tk[k - 2].lower == "told";
}

// A duration that names the period a figure covers ("in the twelve months to September", "the
// six months ending June", "over the past year to March"): when the figure was counted, not how
// long something lasted ("its first loss in more than a decade", "closed for three weeks"). The
// two are compared only with their own kind: a period against a period.
bool named_period(const Quantity& q, std::string_view text) {
    if (!(q.unit == "year" || q.unit == "month" || q.unit == "week" || q.unit == "day") ||
        q.span.empty() || q.span.end > text.size())
        return false;
    const std::uint32_t from = q.span.begin > 16 ? q.span.begin - 16 : 0;
    const std::vector<SurfaceToken> before = scan_surface(text, {from, q.span.begin});
    const std::string head = lower_ascii(q.text.substr(0, std::min<std::size_t>(q.text.size(), 9)));
    const bool named = (!before.empty() && before.back().kind == SurfaceToken::Word &&
                        in_word_list(before.back().lower, {"the", "past", "last", "previous"})) ||
                       head.rfind("the ", 0) == 0 || head.rfind("past ", 0) == 0 ||
                       head.rfind("last ", 0) == 0;
    if (!named) return false;
    const std::vector<SurfaceToken> after = scan_surface(
        text, {q.span.end, static_cast<std::uint32_t>(
                               std::min<std::size_t>(text.size(), q.span.end + 16))});
    return !after.empty() && after.front().kind == SurfaceToken::Word &&
           in_word_list(after.front().lower, {"to", "ending", "ended", "through", "until"});
}

// What a figure counts or is priced per, read from the words right after it: "11 laptops" and
// "four addresses" count two things, "€1.85 a kilowatt-hour" and "€1,850 per megawatt-hour"
// price two units. For a bare count, up to three words before a function word or a
// punctuation mark, a plural's "s" taken off; for any other unit, the word after "per", "a",
// "an". Empty when nothing is named (the figure is then set against any of its unit). A bare
// figure set off by commas after a name ("Krell, 24, scored …") is an age: "~age".
std::vector<std::string> counted_thing(const Quantity& q, std::string_view text) {
    std::vector<std::string> out;
    if (q.span.empty() || q.span.end > text.size() || says_when(q.unit)) return out;
    const std::vector<SurfaceToken> tk = scan_surface(
        text, {q.span.end, static_cast<std::uint32_t>(std::min<std::size_t>(text.size(),
                                                                          q.span.end + 60))});
    if (q.unit.empty()) {
        // The age of a person named just before: ", 24," after a capitalised word.
        const std::size_t b = q.span.begin;
        if (b >= 3 && text.compare(b - 2, 2, ", ") == 0 && !tk.empty() &&
            tk[0].kind == SurfaceToken::Symbol && tk[0].lower == "," &&
            std::isalpha(static_cast<unsigned char>(text[b - 3]))) {
            std::size_t w = b - 3;
            while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
            if (std::isupper(static_cast<unsigned char>(text[w]))) return {"~age"};
        }
        for (const SurfaceToken& t : tk) {
            if (t.kind != SurfaceToken::Word || out.size() == 3) break;
            if (in_word_list(t.lower, {"in", "of", "at", "on", "for", "to", "from", "and", "or",
                                       "with", "by", "the", "a", "an", "last", "this", "next",
                                       "each", "every", "per", "were", "was", "are", "is",
                                       "have", "has", "had", "will", "would", "could", "than",
                                       "more", "after", "before", "since", "over", "into"}))
                break;
            // The news synonyms' one word for a thing: "118,000 households" and "181,000
            // Harwick homes" count one thing.
            std::string w = synonym_of(t.lower);
            // "searches", "boxes", "taxes" lose their "es", as "records" its "s": "1,200 search
            // records" and "2,100 searches" count one thing.
            auto ends = [&](std::string_view e) {
                return w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0;
            };
            if (ends("ches") || ends("shes") || ends("sses") || ends("xes") || ends("zes"))
                w.resize(w.size() - 2);
            else if (w.size() > 3 && w.back() == 's')
                w.pop_back();
            out.push_back(std::move(w));
        }
        return out;
    }
    if (tk.size() >= 2 && tk[0].kind == SurfaceToken::Word && tk[1].kind == SurfaceToken::Word &&
        in_word_list(tk[0].lower, {"per", "a", "an"}))
        out.push_back(tk[1].lower);
    return out;
}

// Whether two figures are of one thing as far as the words after them tell: either names
// nothing, or they share a word.
bool same_counted_thing(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return true;
    for (const std::string& w : a)
        if (std::find(b.begin(), b.end(), w) != b.end()) return true;
    return false;
}

// "is taking 186 services out of its weekday timetable" against "takes the timetable from 1,240
// services to 1,054", "took 41,300 people off the count" against "revised down to 612,400 from
// 653,700": a figure that is the gap between two figures of the other side, of its unit and
// counting the same thing, is the same change told by its size, not a third figure changed.
// Only where p's outlet gives neither of the two (`matched`: the figures of `side` some figure
// of p's side agrees with): one that gives them itself states them, and a third figure of its
// own is no gap ("five votes to three" against "voted 5-2" is the vote changed). The two
// figures of `side` it spans, as indices; nullopt when it is no such gap. Only measures and
// counts (a date or a year minus another is a length of time no outlet meant).
std::optional<std::pair<std::size_t, std::size_t>>
gap_between(const Quantity& p, const std::vector<std::string>& p_thing,
            const std::vector<Quantity>& side, const std::vector<std::vector<std::string>>& things,
            const std::vector<bool>& matched) {
    if (p.unit == "ordinal" || says_when(p.unit) || !(p.high > 0)) return std::nullopt;
    for (std::size_t a = 0; a < side.size(); ++a)
        for (std::size_t b = a + 1; b < side.size(); ++b) {
            if (matched[a] || matched[b]) continue;
            const Quantity& qa = as_counted_like(side[a], p);
            const Quantity& qb = as_counted_like(side[b], p);
            if (qa.unit != as_counted_like(p, qa).unit || qb.unit != qa.unit ||
                qa.low != qa.high || qb.low != qb.high ||
                !same_counted_thing(p_thing, things[a]) || !same_counted_thing(p_thing, things[b]))
                continue;
            const double gap = std::fabs(qa.value - qb.value);
            const double tolerance = p.rounding + qa.rounding + qb.rounding + 1e-9 * gap;
            if (gap > 0 && gap >= p.low - tolerance && gap <= p.high + tolerance)
                return std::make_pair(a, b);
        }
    return std::nullopt;
}

// The whole a part is counted from, as written with it: 22 for "nine of the 22", "nine of
// the twenty-two"; 0 when the figure names none. The quantity reader keeps the whole inside
// the part's text (it is not a figure of its own, quantities.cpp), so it is read back from
// there, only for a figure whose text says " of the", " of its" or " of their".
double whole_of(const Quantity& q) {
    if (!q.unit.empty()) return 0;
    const std::string t = lower_ascii(q.text);
    for (const char* of : {" of the ", " of its ", " of their "}) {
        const std::size_t at = t.find(of);
        if (at == std::string::npos) continue;
        const std::string_view tail = std::string_view(q.text).substr(at + std::strlen(of));
        const std::vector<Quantity> w = find_quantities(
            tail, {0, static_cast<std::uint32_t>(tail.size())}, std::nullopt);
        return w.empty() || !w[0].unit.empty() ? 0 : w[0].value;
    }
    return 0;
}

// "nine of the 12 turnstiles" against "nine of the 22": the same part of another whole is a
// changed figure; a part given without its whole ("nine turnstiles") is not.
bool wholes_differ(const Quantity& a, const Quantity& b) {
    const double wa = whole_of(a);
    if (!(wa > 0)) return false;
    const double wb = whole_of(b);
    return wb > 0 && wa != wb;
}

} // namespace

// Figures of `x` (the departing mention) that no figure of `reference` agrees with, each paired
// with a figure of the same unit in `reference` that none of x's agrees with. Every such pair is
// one difference: a second conflicting figure is not hidden behind the first.
std::vector<std::string> quantity_conflicts(const FigureSide& x, const FigureSide& reference) {
    std::vector<std::string> out;
    const std::vector<Quantity>& xs = x.m.quantities;
    const std::vector<Quantity>& rs = reference.m.quantities;
    const bool other_day = x.date.compare(0, 10, reference.date, 0, 10) != 0;
    // What each figure counts, and whether it is the day its outlet reports (two such days of
    // different articles are not compared): read once per figure.
    std::vector<std::vector<std::string>> x_thing(xs.size()), r_thing(rs.size());
    std::vector<bool> x_aside(xs.size(), false), r_aside(rs.size(), false);
    std::vector<bool> x_said(xs.size(), false), r_said(rs.size(), false);
    std::vector<bool> x_period(xs.size(), false), r_period(rs.size(), false);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        x_thing[i] = counted_thing(xs[i], x.text);
        x_aside[i] = other_day && own_news_day(xs[i], x.date);
        x_said[i] = saying_day(xs[i], x.text);
        x_period[i] = named_period(xs[i], x.text);
    }
    for (std::size_t k = 0; k < rs.size(); ++k) {
        r_thing[k] = counted_thing(rs[k], reference.text);
        r_aside[k] = other_day && own_news_day(rs[k], reference.date);
        r_said[k] = saying_day(rs[k], reference.text);
        r_period[k] = named_period(rs[k], reference.text);
    }
    // Which figures of each side some figure of the other agrees with: O(|xs| × |rs|).
    std::vector<bool> x_ok(xs.size(), false), r_ok(rs.size(), false);
    // A bare count is read as the count of people it is set against in both tests: "about
    // 2,600" against "about 2,300 fishermen" is two estimates, apart.
    for (std::size_t i = 0; i < xs.size(); ++i)
        for (std::size_t k = 0; k < rs.size(); ++k) {
            if (!same_counted_thing(x_thing[i], r_thing[k])) continue;
            const Quantity p = as_counted_like(xs[i], rs[k]), q = as_counted_like(rs[k], xs[i]);
            if (quantities_agree(p, q) && !stated_apart(p, q) && !wholes_differ(xs[i], rs[k]))
                x_ok[i] = r_ok[k] = true;
        }
    // A figure that is the gap between two of the other side's is that change told by its size:
    // it and the two it spans agree.
    const std::vector<bool> x_agreed = x_ok, r_agreed = r_ok;
    for (std::size_t i = 0; i < xs.size(); ++i)
        if (!x_agreed[i])
            if (auto pair = gap_between(xs[i], x_thing[i], rs, r_thing, r_agreed))
                x_ok[i] = r_ok[pair->first] = r_ok[pair->second] = true;
    for (std::size_t k = 0; k < rs.size(); ++k)
        if (!r_agreed[k])
            if (auto pair = gap_between(rs[k], r_thing[k], xs, x_thing, x_agreed))
                r_ok[k] = x_ok[pair->first] = x_ok[pair->second] = true;
    // Each is paired with the reference's nearest such figure, not its first: "413" against a
    // wire that gives "About 2,300" strikers and "412" jobs is the jobs.
    auto distance = [](const Quantity& p, const Quantity& q) {
        if (p.value > 0 && q.value > 0) return std::fabs(std::log(p.value / q.value));
        return std::fabs(p.value - q.value);
    };
    std::vector<bool> used(rs.size(), false);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const Quantity& p = xs[i];
        if (x_ok[i]) continue;
        std::size_t best = rs.size();
        for (std::size_t k = 0; k < rs.size(); ++k) {
            const Quantity& q = rs[k];
            if (used[k] || r_ok[k] || (x_aside[i] && r_aside[k]) || x_said[i] != r_said[k] ||
                x_period[i] != r_period[k] || weekday_against_month(p, q) ||
                !same_counted_thing(x_thing[i], r_thing[k]) ||
                !(comparable(as_counted_like(p, q), as_counted_like(q, p)) ||
                  currency_changed(p, q)) ||
                another_count(p, q))
                continue;
            if (best == rs.size() || distance(p, q) < distance(p, rs[best])) best = k;
        }
        if (best == rs.size()) continue;
        used[best] = true;
        out.push_back("gives " + describe(p) + " where the reference has " + describe(rs[best]));
    }
    return out;
}

bool quantities_match(const FigureSide& x, const FigureSide& y) {
    return quantity_conflicts(x, y).empty() && quantity_conflicts(y, x).empty();
}

} // namespace wiretrace::claims_internal
