// claim_clauses.cpp — step 1a of the claims engine: a sentence becomes its clauses, so that a
// sentence stating two facts gives two mentions and each is matched, and checked, as the
// proposition it states. Reads tokens and the word lists of claim_lexicon.h only.

#include "claim_clauses.h"

#include "claim_lexicon.h"
#include "claims_internal.h"

#include "boilerplate.h"
#include "quantities.h"
#include "quotes.h"
#include "surface.h"
#include "text.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace wiretrace::claims_internal {

namespace {

// The measure of a figure at token k, as quantities.h names units ("GBP", "pence", "%", "km",
// "year", "people"), or the noun it counts ("jobs", "homes"); "" when the figure is not one
// (a date, a year, a bare number). Used to tell when a phrase states a second fact: a figure of
// another measure than the clause's own ("offered 420p a share, valuing it at £3.1bn").
std::string figure_measure(const std::vector<SurfaceToken>& tk, const std::vector<bool>& quoted,
                           std::size_t k) {
    const std::size_t n = tk.size();
    if (k >= n || quoted[k]) return "";
    auto word_at = [&](std::size_t j) { return j < n && tk[j].kind == SurfaceToken::Word; };
    // Views, not C strings: compared with a token's text, a view's size is checked first
    // (a C string was measured, strlen, for each of the twenty at every figure).
    static const std::string_view kNumberWords[] = {
        "two",  "three",  "four",   "five",   "six",      "seven",    "eight",   "nine",
        "ten",  "eleven", "twelve", "twenty", "thirty",   "forty",    "fifty",   "hundred",
        "dozens", "hundreds", "thousands", "millions"};
    auto number_word = [](const std::string& w) {
        for (std::string_view x : kNumberWords)
            if (w == x) return true;
        return false;
    };
    std::string after;
    std::size_t a = k + 1;
    if (tk[k].kind == SurfaceToken::Number) {
        if (k > 0 && tk[k - 1].kind == SurfaceToken::Symbol) {
            const std::string& c = tk[k - 1].lower;
            if (c == "$") return "USD";
            if (c == "\xC2\xA3") return "GBP";
            if (c == "\xE2\x82\xAC") return "EUR";
        }
        if (a < n && tk[a].kind == SurfaceToken::Symbol && tk[a].lower == "%") return "%";
        // A time of day is a measure of its own ("gave way at 10:40 p.m., some 800 metres below
        // the surface": a time and a depth, two facts): "10:40", "10 p.m.", "9am". The "p" of
        // "p.m." is no penny.
        if ((a + 1 < n && tk[a].kind == SurfaceToken::Symbol && tk[a].lower == ":" &&
             tk[a + 1].kind == SurfaceToken::Number && !tk[a + 1].space_before) ||
            (k > 0 && tk[k - 1].kind == SurfaceToken::Symbol && tk[k - 1].lower == ":" &&
             !tk[k].space_before && k > 1 && tk[k - 2].kind == SurfaceToken::Number) ||
            (word_at(a) && in_word_list(tk[a].lower, {"am", "pm", "gmt", "utc"})) ||
            (word_at(a) && tk[a].lower == "local" && word_at(a + 1) && tk[a + 1].lower == "time") ||
            (word_at(a) && in_word_list(tk[a].lower, {"a", "p"}) && a + 2 < n &&
             tk[a + 1].lower == "." && tk[a + 2].lower == "m"))
            return "time";
        if (word_at(a) && !tk[a].space_before && tk[a].lower == "p") return "pence";
        // "minus 9C", "14C (57F)": a temperature, a measure of its own beside a height or a
        // time ("as high as 60 metres …, in temperatures of minus 9C"). The letter is glued
        // to the figure; apart, "9 C" could be a grade or a list's item.
        if (word_at(a) && !tk[a].space_before && in_word_list(tk[a].lower, {"c", "f"}))
            return "temperature";
        // A year or a day of a month is a date, not a measure.
        if (tk[k].decimals == 0 && tk[k].value >= 1900 && tk[k].value <= 2100 &&
            !(word_at(a) && !unit_after_figure(tk, a).empty()))
            return "";
    } else if (tk[k].kind == SurfaceToken::Word) {
        const std::string& w = tk[k].lower;
        const std::size_t dash = w.find('-');
        // A fraction is a share, as a percentage is ("two-thirds of the cost", "a third of
        // that", "half of them").
        auto fraction = [](std::string_view f) {
            return in_word_list(f, {"half", "third", "thirds", "quarter", "quarters", "fifth",
                                    "fifths"});
        };
        if (dash != std::string::npos && number_word(w.substr(0, dash)) &&
            fraction(w.substr(dash + 1)))
            return "%";
        if (fraction(w) && k > 0 && tk[k - 1].kind == SurfaceToken::Word &&
            (in_word_list(tk[k - 1].lower, {"a", "one"}) || number_word(tk[k - 1].lower)) &&
            word_at(k + 1) && tk[k + 1].lower == "of")
            return "%";
        // "twenty-two turbines", "forty-one votes": a number written in two words is a
        // number word, measured by what follows it as "nine turbines" is.
        static const std::string_view kUnits[] = {"one", "two", "three", "four", "five",
                                                  "six", "seven", "eight", "nine"};
        const bool compound =
            dash != std::string::npos && number_word(w.substr(0, dash)) &&
            std::find(std::begin(kUnits), std::end(kUnits), std::string_view(w).substr(dash + 1)) !=
                std::end(kUnits);
        // "a four-year sentence", "a 10-km stretch" read as a duration or a length.
        if (dash != std::string::npos && number_word(w.substr(0, dash)) && !compound)
            return unit_named_by(w.substr(dash + 1));
        if (!number_word(w) && !compound) return "";
        if (word_at(a) && tk[a].lower == "of") ++a; // "hundreds of jobs"
    } else {
        return "";
    }
    // "and a half years": the unit after a fraction.
    if (word_at(a) && tk[a].lower == "and" && word_at(a + 1) && tk[a + 1].lower == "a" &&
        word_at(a + 2) && tk[a + 2].lower == "half")
        a += 3;
    if (word_at(a) && in_word_list(tk[a].lower, {"per", "percent"})) return "%";
    // "25 basis points", "a quarter of a percentage point": a change in a rate is in percent.
    if (word_at(a) && in_word_list(tk[a].lower, {"basis", "percentage", "points", "point"}))
        return "%";
    // The scale, written or read out ("six thousand depositors", "four billion dollars").
    while (word_at(a) &&
           in_word_list(tk[a].lower, {"m", "bn", "million", "billion", "k", "thousand", "hundred"}))
        ++a;
    if (!word_at(a) || quoted[a] || tk[a].capitalised) return "";
    // "minus 9 Celsius", "44.1 degrees Celsius", "minus nine degrees": a temperature.
    if (in_word_list(tk[a].lower, {"celsius", "fahrenheit", "centigrade"}) ||
        (tk[a].lower == "degrees" && !(word_at(a + 1) && tk[a + 1].lower == "of")))
        return "temperature";
    // The unit as quantities.h reads it: one table of units for the engine.
    after = unit_after_figure(tk, a);
    if (!after.empty()) return after;
    // A counted noun: a plural written after the figure ("412 jobs", "37 ships").
    const std::string& w = tk[a].lower;
    if (w.size() > 3 && w.back() == 's' && !is_determiner(w) && !is_pronoun(w) &&
        !is_finite_verb(w, true) && !in_word_list(w, {"was", "is", "has", "this", "as", "its"}))
        return w;
    return "";
}

} // namespace

// Clauses of a sentence, as token ranges [first, last): one proposition each. A sentence is
// cut (outside quotations) at a semicolon; before a coordinator ("and", "but", "while", "yet")
// that starts a predicate of its own ("… was a tactical measure and vowed to gain back lost
// areas", "… and that they were …") or, after a comma, a clause with its own subject and verb
// ("…, but Syria's military has not yet said …"); and after a comma that opens a participle
// clause ("…, killing dozens of fighters", "…, adding that …", "…, seemingly alluding to
// Turkey"). Each side keeps at least four words, so lists ("Lebanon, Iraq and Jordan") and
// short asides stay whole. A change and the level it reaches are one move, never cut ("Shares
// fell 2.1% to €14.30", "closed 3.4% lower at €13.96"): outlets state the two together, and an
// outlet giving only one of them is compared with the whole.
std::vector<Clause> split_clauses(const std::vector<SurfaceToken>& tk,
                                  const std::vector<bool>& quoted) {
    const std::size_t n = tk.size();
    auto word = [&](std::size_t k) {
        return k < n && tk[k].kind == SurfaceToken::Word && !quoted[k];
    };
    auto is_sym = [&](std::size_t k, const char* s) {
        return k < n && tk[k].kind == SurfaceToken::Symbol && !quoted[k] && tk[k].lower == s;
    };
    auto words_in = [&](std::size_t b, std::size_t e) {
        std::size_t c = 0;
        for (std::size_t k = b; k < e && k < n; ++k) c += tk[k].kind != SurfaceToken::Symbol;
        return c;
    };
    auto adverb = [&](std::size_t k) {
        return word(k) && (in_word_list(tk[k].lower, {"also", "then", "later", "still", "now",
                                                      "again", "further", "subsequently"}) ||
                           (tk[k].lower.size() > 4 &&
                            tk[k].lower.compare(tk[k].lower.size() - 2, 2, "ly") == 0));
    };
    // A figure within the next few words ("…, cutting power to about 45,000 homes"): a
    // consequence with a number is a fact of its own that outlets state apart.
    auto figure_follows = [&](std::size_t from) {
        for (std::size_t j = from; j < n && j < from + 5; ++j) {
            if (tk[j].kind == SurfaceToken::Number) return true;
            if (tk[j].kind == SurfaceToken::Symbol && !quoted[j]) return false;
            if (word(j) &&
                in_word_list(tk[j].lower, {"dozens", "hundreds", "thousands", "millions", "scores",
                                           "two", "three", "four", "five", "six", "seven", "eight",
                                           "nine", "ten", "twelve", "twenty"}))
                return true;
        }
        return false;
    };
    // A finite verb among tokens [from, to), with nothing but words and figures before it.
    auto finite_verb_within = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < n && j < to; ++j) {
            if (tk[j].kind == SurfaceToken::Symbol || quoted[j]) return false;
            if (tk[j].kind == SurfaceToken::Word && is_finite_verb(tk[j].lower, true)) return true;
        }
        return false;
    };
    // A subject of two to nine words from `from` (no punctuation, quotation or coordinator in
    // it), then a finite verb: the opening of a clause of its own.
    auto long_subject_verb = [&](std::size_t from, bool allow_ed) {
        for (std::size_t j = from + 1; j < n && j < from + 10; ++j) {
            if (tk[j].kind == SurfaceToken::Symbol || quoted[j]) return false;
            if (word(j) && in_word_list(tk[j].lower, {"and", "or", "but", "that", "which", "who"}))
                return false;
            if (word(j) && is_finite_verb(tk[j].lower, allow_ed)) return j >= from + 2;
        }
        return false;
    };
    // Words of the clause from `from` to the next comma, semicolon or quotation.
    auto words_to_stop = [&](std::size_t from) {
        std::size_t c = 0;
        for (std::size_t j = from; j < n; ++j) {
            if (quoted[j] ||
                (tk[j].kind == SurfaceToken::Symbol && (tk[j].lower == "," || tk[j].lower == ";")))
                break;
            c += tk[j].kind != SurfaceToken::Symbol;
        }
        return c;
    };
    // A word in "-ed" before a determiner is a verb with its object ("judges backed the
    // ruling", "rebels armed the villagers"), though alone it is read as a modifier ("backed",
    // "armed": "Western-backed rebels").
    auto past_with_object = [&](std::size_t j) {
        const std::string& w = tk[j].lower;
        return w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0 && word(j + 1) &&
               in_word_list(tk[j + 1].lower, {"the", "a", "an", "his", "her", "its", "their"});
    };
    auto has_verb = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to && j < n; ++j)
            if (word(j) && (is_finite_verb(tk[j].lower, true) || past_with_object(j)))
                return true;
        return false;
    };
    auto quoted_after = [&](std::size_t from) {
        for (std::size_t j = from; j < n; ++j)
            if (quoted[j]) return true;
        return false;
    };
    // A figure written as a word ("nine", "forty-one", "hundreds").
    auto figure_word = [&](std::size_t j) {
        if (!word(j)) return false;
        static const std::string_view kNumbers[] = {
            "two",      "three",    "four",    "five",     "six",       "seven",    "eight",
            "nine",     "ten",      "eleven",  "twelve",   "thirteen",  "fourteen", "fifteen",
            "sixteen",  "seventeen", "eighteen", "nineteen", "twenty",  "thirty",   "forty",
            "fifty",    "sixty",    "seventy", "eighty",   "ninety",    "hundred",  "thousand",
            "million",  "billion",  "dozen",   "dozens",   "hundreds",  "thousands", "millions"};
        std::string_view w = tk[j].lower;
        if (const std::size_t dash = w.find('-'); dash != std::string_view::npos)
            w = w.substr(0, dash); // "forty-one", "two-thirds"
        for (std::string_view x : kNumbers)
            if (w == x) return true;
        return false;
    };
    // A figure among tokens [from, to), in digits or in words ("two hours", "forty-one"): a
    // radio script or a house style that spells figures out states the same facts.
    auto has_number = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to && j < n; ++j)
            if ((tk[j].kind == SurfaceToken::Number && !quoted[j]) || figure_word(j)) return true;
        return false;
    };
    // "and" + a bare verb + its object, in a clause whose verb follows a modal ("will raise
    // … and introduce a levy"): the clause [from, at) has "will"/"would"/… then a word, and
    // the word after "and" is a plain verb (no -s, -ing, -ed, -ly) followed by a determiner, a
    // figure or a particle.
    auto second_action = [&](std::size_t from, std::size_t at, std::size_t v) {
        if (!word(v) || !word(v + 1) || quoted[v]) return false;
        const std::string& w = tk[v].lower;
        if (w.size() < 3 || tk[v].capitalised || is_determiner(w) || is_pronoun(w) ||
            !is_bare_verb(w) || is_finite_verb(w, true) ||
            (w.back() == 's' && w[w.size() - 2] != 's') ||
            (w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0) ||
            (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0))
            return false;
        bool modal = false;
        for (std::size_t j = from; j + 1 < at; ++j)
            if (word(j) && in_word_list(tk[j].lower, {"will", "would", "can", "could", "may",
                                                      "might", "must", "should", "shall"}) &&
                word(j + 1))
                modal = true;
        if (!modal) return false;
        std::size_t o = v + 1;
        if (word(o) && in_word_list(tk[o].lower, {"in", "out", "up", "off", "down", "back"})) ++o;
        return o < n && !quoted[o] &&
               (tk[o].kind == SurfaceToken::Number ||
                (word(o) &&
                 in_word_list(tk[o].lower, {"a", "an", "the", "its", "their", "new", "all", "more",
                                            "further", "extra", "two", "three", "four", "five",
                                            "six", "seven", "eight", "nine", "ten"})));
    };
    // Where the phrase from `from` ends: the next comma, semicolon or quotation.
    auto words_stop = [&](std::size_t from) {
        std::size_t stop = from;
        while (stop < n && !quoted[stop] && !is_sym(stop, ",") && !is_sym(stop, ";")) ++stop;
        return stop;
    };
    // After ", and" / ", but" and a subject from `from`, token j is a verb the lexicon does not
    // list: "cannot" / "can't", or a present tense in "-s" ("…, and the university intends
    // to dismiss him", "…, but it plans to appeal") after a noun or a pronoun (not straight
    // after a determiner: "the plans") and before "to", "that", a determiner, a pronoun or a
    // figure, as a verb is followed.
    auto present_verb_after_subject = [&](std::size_t from, std::size_t j) {
        if (!word(j) || tk[j].capitalised || j <= from) return false;
        const std::string& w = tk[j].lower;
        if (in_word_list(w, {"cannot", "can't", "won't"})) return true;
        if (w.size() < 5 || w.back() != 's' ||
            in_word_list(w.substr(w.size() - 2), {"ss", "us", "is"}) ||
            in_word_list(w, {"years", "months", "weeks", "days", "hours", "times", "others",
                             "its", "this", "plans", "news"}))
            return false;
        const std::string& before = tk[j - 1].lower;
        if (!word(j - 1) || is_determiner(before) ||
            in_word_list(before, {"his", "her", "its", "their", "our", "my", "your", "of", "and",
                                  "or", "many", "more", "other", "two", "three", "some"}))
            return false;
        if (j + 1 >= n || quoted[j + 1]) return false;
        if (tk[j + 1].kind == SurfaceToken::Number) return true;
        if (!word(j + 1)) return false;
        const std::string& after = tk[j + 1].lower;
        return after == "to" || after == "that" || is_determiner(after) || is_pronoun(after);
    };
    // A month named in tokens [from, to): a date is a figure of its own for a predicate
    // ("clear the backlog by September").
    auto names_month = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to && j < n; ++j)
            if (word(j) && tk[j].capitalised && is_month_name(tk[j].lower)) return true;
        return false;
    };
    // "and" + a second predicate on the same subject, each with a figure of its own: "will
    // apply for five years and cover imports worth €2bn a year", "is expected to open in 2028
    // and to cost €210m", "hopes to clear the backlog by June and plans to hire 450 staff".
    // Two facts an outlet may keep, drop or change apart; kept whole, a changed term is read
    // against the other figure. The verb after "and" is a bare verb (after a modal or "to" in
    // the clause before), "to" + a bare verb, or a present tense in "-s" followed by "to", a
    // determiner or a figure; the verbs the lexicon knows (past tenses) are cut above. Both
    // predicates must carry a figure or a month: without one, the parse is too unsure ("will
    // review and publish its findings" is one act) and the sentence is left whole.
    auto second_predicate_with_figure = [&](std::size_t from, std::size_t at) {
        std::size_t v = at + 1;
        const bool to = word(v) && tk[v].lower == "to";
        if (to) ++v;
        if (!word(v) || !word(v + 1) || tk[v].capitalised) return false;
        const std::string& w = tk[v].lower;
        if (w.size() < 3 || is_determiner(w) || is_pronoun(w) || figure_word(v) ||
            (w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0) ||
            (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) ||
            in_word_list(w, {"and", "or", "not", "also", "worth", "more", "less", "other",
                             "others", "then", "its", "their", "one"}))
            return false;
        const bool s_form = w.size() >= 4 && w.back() == 's' &&
                            !in_word_list(w.substr(w.size() - 2), {"ss", "us", "is"});
        // What the clause before has: a modal or "to" before a word (the bare verb's licence),
        // or a present tense in "-s" before "to" ("hopes to", "plans to").
        bool modal_or_to = false, present = false;
        for (std::size_t j = from; j + 1 < at; ++j) {
            if (!word(j) || !word(j + 1)) continue;
            const std::string& b = tk[j].lower;
            if (in_word_list(b, {"will", "would", "can", "could", "may", "might", "must",
                                 "should", "shall", "to"}))
                modal_or_to = true;
            if (b.size() >= 4 && b.back() == 's' && !tk[j].capitalised &&
                !in_word_list(b.substr(b.size() - 2), {"ss", "us", "is"}) && j > from &&
                tk[j + 1].lower == "to")
                present = true;
        }
        if (s_form) {
            if (to || !(present || modal_or_to || has_verb(from, at))) return false;
            const std::size_t o = v + 1;
            // The object a figure, a determiner's noun or a name ("and values Vantor at about
            // €6.2 billion").
            if (!(tk[o].kind == SurfaceToken::Number ||
                  (word(o) && (tk[o].lower == "to" || is_determiner(tk[o].lower) ||
                               tk[o].capitalised ||
                               in_word_list(tk[o].lower, {"some", "about", "around", "nearly"})))))
                return false;
        } else {
            if (!is_bare_verb(w) || !modal_or_to) return false;
        }
        const std::size_t stop = words_stop(v + 1);
        return (has_number(from, at) || names_month(from, at)) &&
               (has_number(v + 1, stop) || names_month(v + 1, stop));
    };
    // "and" + a figure whose verb is left out: straight after "and" with a place after it
    // ("and 12 in the suburbs"), or after a short subject and "to"/"at" (", and the total to
    // 19"). The clause before has a verb and a figure of its own; "between 10 and 20" is one.
    auto gapped_figure = [&](std::size_t from, std::size_t at) {
        if (!has_verb(from, at) || !has_number(from, at)) return false;
        for (std::size_t j = at >= 4 ? at - 4 : 0; j < at; ++j)
            if (word(j) && in_word_list(tk[j].lower, {"between", "from"})) return false;
        std::size_t j = at + 1;
        // "37 were killed and over 400 hurt": a second toll, its verb left out.
        std::size_t f = j;
        if (word(f) && in_word_list(tk[f].lower, {"over", "about", "nearly", "some", "almost",
                                                  "around", "roughly", "another"}))
            ++f;
        if (f < n && tk[f].kind == SurfaceToken::Number && !quoted[f] && word(f + 1) &&
            outcome_participle(tk[f + 1].lower) &&
            !(tk[f + 1].lower.size() > 5 &&
              tk[f + 1].lower.compare(tk[f + 1].lower.size() - 3, 3, "ing") == 0))
            return true;
        if (j < n && tk[j].kind == SurfaceToken::Number && !quoted[j])
            return word(j + 1) && in_word_list(tk[j + 1].lower, {"in", "at", "from", "for", "on"});
        // "… Dorun has 312 and the capital, Merona, 25": a subject (an appositive name allowed)
        // and a figure that ends the sentence or the clause, its verb left out.
        for (std::size_t g = j, w = 0; g < n && g < j + 9 && !quoted[g]; ++g) {
            if (tk[g].kind == SurfaceToken::Number) {
                if (w == 0) break;
                std::size_t e = g + 1;
                while (e < n && tk[e].kind == SurfaceToken::Symbol && !is_sym(e, ",") &&
                       !is_sym(e, ";") && !quoted[e])
                    ++e;
                if (e >= n || is_sym(e, ",") || is_sym(e, ";")) return true;
                break;
            }
            if (word(g)) {
                if (is_finite_verb(tk[g].lower, true) ||
                    in_word_list(tk[g].lower, {"and", "or", "between", "from", "to"}))
                    break;
                // "Ardmoor will take 55% of the catch and Velsund the remaining 45%": the rest of
                // a whole split in two is one fact, the split.
                if (in_word_list(tk[g].lower, {"remaining", "rest", "remainder"})) return false;
                ++w;
            } else if (!is_sym(g, ",")) {
                break;
            }
        }
        if (!is_sym(at - 1, ",")) return false;
        for (std::size_t w = 0; w < 5 && word(j); ++w, ++j) {
            if (is_finite_verb(tk[j].lower, true)) return false;
            if (in_word_list(tk[j].lower, {"to", "at"}) && j + 1 < n &&
                tk[j + 1].kind == SurfaceToken::Number && !quoted[j + 1])
                return w >= 1;
        }
        return false;
    };
    // A number or a number word among tokens [from, to): a quick test before measures_in.
    auto has_figure = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to && j < n; ++j)
            if (!quoted[j] && (tk[j].kind == SurfaceToken::Number ||
                               (tk[j].kind == SurfaceToken::Word &&
                                !figure_measure(tk, quoted, j).empty())))
                return true;
        return false;
    };
    // The measures of the figures among tokens [from, to) (figure_measure: units or counted
    // nouns, never dates).
    auto measures_in = [&](std::size_t from, std::size_t to) {
        std::set<std::string> out;
        for (std::size_t j = from; j < to && j < n; ++j) {
            if (quoted[j]) continue;
            std::string m = figure_measure(tk, quoted, j);
            if (!m.empty()) out.insert(std::move(m));
        }
        return out;
    };
    // A phrase from `from` to the next comma, semicolon or quotation carries a figure of a
    // measure the clause [cs, at) has no figure of, while that clause has a figure of its own:
    // ", valuing the group at £3.1bn" after "420p a share", ", against a legal limit of 0.5
    // mg/l" after "12 times": a second fact, which outlets state apart from the first.
    auto other_measure = [&](std::size_t cs, std::size_t at, std::size_t from) {
        const std::size_t stop = words_stop(from);
        if (!has_figure(from, stop)) return false; // most phrases: no figure, nothing to compare
        // ", worth €130 million in total", ", totalling $2m", ", valued at £40m": what the
        // things just counted are worth, an attribute of that noun phrase, not a second fact
        // (", valuing the group at £3.1bn" is an act of its own, and still one).
        if (word(from) &&
            in_word_list(tk[from].lower, {"worth", "valued", "totalling", "totaling", "amounting"}))
            return false;
        // ", or 2.1%", ", or 12% of its workforce", ", or about 100 km/h": the figure before
        // restated in another measure, one fact.
        if (word(from) && tk[from].lower == "or" && figure_follows(from + 1)) return false;
        // ", up 34%", ", down by 5%", ", up nearly 12 per cent": the change of the clause's
        // figure set after it ("revenue of €410 million, up 34%"), one fact with it; an outlet
        // that states it apart writes "revenue rose 34% to €410 million".
        if (word(from) && in_word_list(tk[from].lower, {"up", "down"})) {
            std::size_t f = from + 1;
            if (word(f) && tk[f].lower == "by") ++f;
            // Not ", down from this year's 57,600 tonnes": an earlier level (cut below).
            if (!(word(f) && tk[f].lower == "from") && figure_follows(f)) return false;
        }
        const std::set<std::string> before = measures_in(cs, at);
        if (before.empty()) return false;
        // ", nearly 9% above the previous high", ", 14% higher than a year earlier": a figure
        // that is an offset from another value restates the clause's figure against it, the
        // same fact in another measure.
        for (std::size_t j = from; j < stop; ++j) {
            if (tk[j].kind != SurfaceToken::Number) continue;
            std::size_t c = j + 1;
            while (c < stop && (tk[c].kind == SurfaceToken::Symbol ||
                                (word(c) && in_word_list(tk[c].lower, {"per", "cent", "percent",
                                                                       "points", "point"}))))
                ++c;
            if (word(c) && (in_word_list(tk[c].lower, {"above", "below", "higher", "lower"}) ||
                            (in_word_list(tk[c].lower, {"more", "less", "up", "down"}) &&
                             word(c + 1) &&
                             in_word_list(tk[c + 1].lower, {"than", "on", "from"}))))
                return false;
        }
        // ", roughly eleven hours before the exam began" after "at 9.40 p.m. on Monday", ",
        // two days after the vote" after "on 3 May": a time or a date placed against another
        // event restates when, one fact (outlets that change the gap change that fact).
        bool when_before = before.count("time") > 0;
        for (std::size_t j = cs; j < at && !when_before; ++j)
            when_before = word(j) && tk[j].capitalised && is_calendar_word(tk[j].lower);
        if (when_before) {
            for (std::size_t j = from; j < stop; ++j) {
                if (!in_word_list(figure_measure(tk, quoted, j),
                                  {"minute", "hour", "day", "week", "month", "year"}))
                    continue;
                for (std::size_t c = j + 1; c < stop && c <= j + 3; ++c)
                    if (word(c) &&
                        in_word_list(tk[c].lower, {"before", "after", "earlier", "later", "ahead"}))
                        return false;
            }
        }
        for (const std::string& m : measures_in(from, stop))
            if (!before.count(m)) return true;
        // Not a phrase giving an earlier value of the same figure (", down from its August
        // forecast of 1.4%", ", compared with a total of 40 a year ago").
        std::size_t f = from;
        if (word(f) && in_word_list(tk[f].lower, {"up", "down"})) ++f;
        if (word(f) && in_word_list(tk[f].lower, {"from", "compared", "than"})) return false;
        // The same unit, but a figure named for another thing: ", against a legal limit of 0.5
        // mg/l" after "ammonia at 18 mg/l", ", at a depth of 10 km" after "25 km south-east of
        // Darra". The noun before "of" and the figure is what it measures.
        for (std::size_t j = from + 2; j < stop; ++j) {
            if (figure_measure(tk, quoted, j).empty()) continue;
            std::size_t o = j - 1;
            if (tk[o].kind == SurfaceToken::Symbol && o > from) --o; // "of $85,000"
            if (!(word(o) && tk[o].lower == "of") || o < from + 1 || !word(o - 1)) continue;
            const std::string& noun = tk[o - 1].lower;
            if (tk[o - 1].capitalised || is_determiner(noun) || noun.size() < 4) continue;
            bool named_before = false;
            for (std::size_t b = cs; b < at; ++b) named_before |= word(b) && tk[b].lower == noun;
            if (!named_before) return true;
        }
        return false;
    };
    // "A protection zone of 3 km and a surveillance zone of 10 km have been set up",
    // "Protection and surveillance zones of 3 km and 10 km have been set up": before any verb,
    // an "and" between two noun phrases that each end in a figure of one measure joins the
    // parts of one subject, whose verb (token `verb`) they share; cut there, the first part is
    // a fragment with no verb and the second a fact missing half its figures. The first figure
    // follows "of" ("a zone of 3 km", "a fine of $85,000"): a figure after a verb ("wants 9%
    // and the company offers 4.5%") is a clause's object, and two clauses stay two.
    auto coordinated_figures = [&](std::size_t from, std::size_t at, std::size_t verb) {
        if (has_verb(from, at)) return false;
        std::string before;
        for (std::size_t j = at; j-- > from && at - j <= 4;) {
            std::string m = figure_measure(tk, quoted, j);
            if (m.empty()) continue;
            std::size_t o = j - 1;
            if (o > from && tk[o].kind == SurfaceToken::Symbol) --o; // "of $85,000"
            if (j > from && word(o) && tk[o].lower == "of") before = m;
            break;
        }
        if (before.empty()) return false;
        for (std::size_t j = verb; j-- > at + 1 && verb - j <= 4;) {
            std::string m = figure_measure(tk, quoted, j);
            if (!m.empty()) return m == before;
        }
        return false;
    };
    // Inside a relative clause set off by a comma and not yet closed ("The trust, which owns
    // 14% of the shares and is its largest holder, …"): a coordinator there joins the relative
    // clause's own predicates; the relative rule below cuts the clause as a whole.
    auto in_relative = [&](std::size_t k) {
        for (std::size_t j = k; j-- > 0;) {
            if (quoted[j]) return false;
            if (tk[j].kind != SurfaceToken::Symbol ||
                !in_word_list(tk[j].lower, {",", ";", ":", "(", ")"}))
                continue; // "14%", "$5m": inside the clause
            return tk[j].lower == "," && word(j + 1) &&
                   in_word_list(tk[j + 1].lower, {"which", "who"}) && j + 1 < k;
        }
        return false;
    };
    // The "and" of a range, "between 30 and 40 others were trapped": one figure, never a cut.
    auto in_range = [&](std::size_t k) {
        return k >= 2 && tk[k].lower == "and" &&
               (tk[k - 1].kind == SurfaceToken::Number || word(k - 1)) && word(k - 2) &&
               tk[k - 2].lower == "between";
    };
    // A time told in hours, minutes and seconds continues across token k (an "and" or a
    // comma): a unit of time after a figure before it, a figure and a unit of time after it
    // ("two hours, 21 minutes and 47 seconds").
    auto time_told_on = [&](std::size_t k) {
        auto time_unit = [&](std::size_t j) {
            return word(j) && in_word_list(tk[j].lower, {"hour", "hours", "minute", "minutes",
                                                         "second", "seconds"});
        };
        return k >= 2 && time_unit(k - 1) &&
               (tk[k - 2].kind == SurfaceToken::Number || figure_word(k - 2)) && k + 2 < n &&
               (tk[k + 1].kind == SurfaceToken::Number || figure_word(k + 1)) &&
               time_unit(k + 2);
    };
    // The "and" inside one figure written out: "thirty-one and a half thousand tickets", "two
    // and a half years", "a hundred and sixty-three votes", "two hours, 21 minutes and 47
    // seconds". A radio script or a house style spelling a figure out joins its parts so; cut
    // there, the figure becomes two, the second a fragment ("a half thousand tickets …").
    auto in_written_figure = [&](std::size_t k) {
        if (k < 1 || tk[k].lower != "and" || quoted[k] || k + 1 >= n) return false;
        const bool figure_before = tk[k - 1].kind == SurfaceToken::Number || figure_word(k - 1);
        if (figure_before && word(k + 1) && tk[k + 1].lower == "a" && word(k + 2) &&
            in_word_list(tk[k + 2].lower, {"half", "quarter"}))
            return true;
        if (word(k - 1) && in_word_list(tk[k - 1].lower, {"hundred", "thousand"}) &&
            figure_word(k + 1))
            return true;
        return time_told_on(k);
    };
    // The quotation holding token k stands as a statement of its own: it opens the sentence
    // or follows a colon or a comma (“…,” she said; He said: “…”), rather than being woven
    // into the outlet's words after a verb or a noun.
    auto full_quote = [&](std::size_t k) {
        std::size_t b = k;
        while (b > 0 && quoted[b - 1]) --b;
        while (b > 0 && tk[b - 1].kind == SurfaceToken::Symbol && !quoted[b - 1] &&
               !in_word_list(tk[b - 1].lower, {":", ","}))
            --b; // an opening bracket or dash before the mark
        return b == 0 || (tk[b - 1].kind == SurfaceToken::Symbol &&
                          in_word_list(tk[b - 1].lower, {":", ","}));
    };
    // A "since" clause after a perfect tense or a superlative says from when the head holds
    // ("has stood empty since the depot closed", "the worst disaster since 31 people died in
    // 2009"): how long, or the record it is measured against, one fact with its head.
    // A superlative ("worst", "first", "largest", "second-biggest"): a word in "-est" of six
    // letters or more that is no noun or verb of that ending.
    auto superlative = [&](const std::string& w) {
        return in_word_list(w, {"worst", "best", "first", "most", "least"}) ||
               (w.size() >= 6 && w.compare(w.size() - 3, 3, "est") == 0 &&
                !in_word_list(w, {"interest", "protest", "request", "harvest", "forest",
                                  "honest", "modest", "suggest", "arrest", "contest", "invest",
                                  "digest", "conquest", "inquest", "manifest", "southwest",
                                  "northwest"}));
    };
    auto since_bounds_head = [&](std::size_t cs, std::size_t k) {
        for (std::size_t j = cs; j < k; ++j) {
            if (!word(j)) continue;
            const std::string& w = tk[j].lower;
            if (in_word_list(w, {"has", "have", "had"}) || superlative(w)) return true;
        }
        return false;
    };
    // After a comma, a noun phrase headed by a superlative ("…, the heaviest penalty the
    // watchdog has ever imposed", "…, the country's largest port"): a record the outlet sets
    // the fact against, which other outlets state apart, change ("the second-largest") or drop.
    auto superlative_apposition = [&](std::size_t from) {
        std::size_t j = from;
        // "the", or a possessive determiner ("…, its lowest level since 1986")
        if (word(j) && in_word_list(tk[j].lower, {"the", "its", "their", "his", "her"})) ++j;
        // a possessive before it ("the country's", "Dervland's")
        if (word(j) && tk[j].lower.size() > 2 &&
            tk[j].lower.compare(tk[j].lower.size() - 2, 2, "'s") == 0)
            ++j;
        else if (word(j) && j + 1 < n && tk[j + 1].lower == "'s")
            j += 2;
        if (j == from) return false;
        if (!(word(j) && superlative(tk[j].lower) && tk[j].lower != "first" &&
              tk[j].lower != "most" && tk[j].lower != "least" && word(j + 1)))
            return false;
        // Not the sentence's speaker ("…, the country's biggest union said on Friday").
        for (std::size_t e = j + 1; e < n && !quoted[e] && !is_sym(e, ",") && !is_sym(e, ";");
             ++e)
            if (word(e) && (is_speech_verb(tk[e].lower) || is_reporting_verb(tk[e].lower)))
                return false;
        return true;
    };
    // "…since 2011, when 112 whales died", "in 2019, when …": a "when" after a date and a
    // comma tells what happened then, to place the date, not a fact the sentence reports.
    auto when_names_a_date = [&](std::size_t k) {
        return k >= 2 && is_sym(k - 1, ",") && tk[k - 2].kind == SurfaceToken::Number &&
               !quoted[k - 2];
    };
    // A figure among tokens [from, to) that is not itself a when: "when a bus carrying 40
    // people overturned" has one; "when the gates opened on March 14" or "when the alarm
    // sounded at 9:40" only set the time, as a "when" with no figure. A year stays a figure:
    // "when the fund collapsed in 2020" dates an event outlets tell as a fact ("after it
    // collapsed in 2020").
    auto has_figure_besides_when = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to && j < n; ++j) {
            if (quoted[j]) continue;
            if (figure_word(j)) return true;
            if (tk[j].kind != SurfaceToken::Number) continue;
            const bool date = (word(j - 1) && is_calendar_word(tk[j - 1].lower)) ||
                              (word(j + 1) && is_calendar_word(tk[j + 1].lower));
            if (!date && figure_measure(tk, quoted, j) != "time") return true;
        }
        return false;
    };
    // The one guard for "when", "since" and "after" at k, after a head clause from cs: whether
    // the clause they open belongs to its head rather than stating a fact of its own. A "since"
    // that bounds a perfect tense or a superlative; a "when" placing a date; and, where
    // `when_needs_figure`, an "after" with no figure or date (below) and a "when" that only
    // sets the time, without a figure of its own
    // ("no one was hurt when the debris fell" against "when a bus carrying 40 people
    // overturned").
    auto time_clause_of_head = [&](std::size_t cs, std::size_t k, bool when_needs_figure) {
        const std::string& s = tk[k].lower;
        if (s == "since") return since_bounds_head(cs, k);
        // An "after" clause with neither a figure nor a date of its own is how the head came
        // about ("voided the draw after the machine jammed", "has been cancelled after the
        // council refused it a permit"): outlets tell the act with its cause, and keep or drop
        // the two together. With one, it is an event outlets date or count apart ("… will
        // spend four years in prison after a court convicted him on Tuesday", "… after
        // inspectors found damp in three galleries").
        if (s == "after" && when_needs_figure) {
            const std::size_t stop = words_stop(k + 1);
            if (has_figure_besides_when(k + 1, stop)) return false;
            for (std::size_t j = k + 1; j < stop; ++j)
                if ((tk[j].kind == SurfaceToken::Number && !quoted[j]) ||
                    (word(j) && tk[j].capitalised && is_calendar_word(tk[j].lower)))
                    return false;
            return true;
        }
        if (s != "when") return false;
        return when_names_a_date(k) ||
               (when_needs_figure && !has_figure_besides_when(k + 1, words_stop(k + 1)));
    };
    // A subordinator at k opens a clause with a subject and a finite verb of its own, after a
    // head clause [cs, k) with its own verb: the subject is one to nine words or figures (no
    // punctuation, quotation or relative word; "after a pod of 68 whales stranded", "while
    // fourteen officers and two drones searched"), then the verb. Not a phrase ("after failing
    // to declare", "as many as 50", "as well as", "known as the Old Mill"), nor a "since" that
    // bounds a perfect tense ("has stood empty since the depot closed": how long, one fact).
    auto own_subordinate_clause = [&](std::size_t cs, std::size_t k) {
        const std::string& s = tk[k].lower;
        if (!in_word_list(s, {"after", "as", "when", "while", "whereas", "because", "since",
                              "although", "though"}))
            return false;
        // After a verb of saying or knowing, "when" asks a question ("did not say when the
        // bank expects to cut"), and "as" compares ("said as many as one in eight").
        if (k > 0 && tk[k - 1].kind == SurfaceToken::Word &&
            (is_speech_verb(tk[k - 1].lower) || is_reporting_verb(tk[k - 1].lower) ||
             in_word_list(tk[k - 1].lower, {"say", "know", "knew", "known", "unclear", "clear",
                                            "ask", "asked", "explain", "decide", "many", "much",
                                            "far", "well", "long", "soon", "as", "such", "so",
                                            "same", "twice", "times", "just", "even", "seen",
                                            "regarded", "described", "served", "serve", "serves",
                                            "acted", "act", "acts", "worked", "shortly", "right",
                                            "only"})))
            return false;
        // Either "as" of a comparison ("runs as high as 30 percent of purchases made inside
        // apps", "as early as next week"): an amount or a degree, not a clause.
        if (s == "as" && ((k >= 2 && word(k - 2) && tk[k - 2].lower == "as") ||
                          (word(k + 2) && tk[k + 2].lower == "as")))
            return false;
        const std::size_t f = k + 1;
        if (f >= n || quoted[f] || tk[f].kind == SurfaceToken::Symbol) return false;
        // "every admission since 2019 will be reviewed", "since twenty nineteen": a year after
        // "since", "after" or "before" makes a phrase of time, not a clause; the verb after it
        // is the head's own. A year in words is a "nineteen", "twenty" or "eighteen" before a
        // second number word that is no scale ("twenty thousand people" is a count).
        if (in_word_list(s, {"since", "after", "before"}) &&
            ((tk[f].kind == SurfaceToken::Number && tk[f].decimals == 0 && tk[f].value >= 1800 &&
              tk[f].value <= 2100) ||
             (word(f) && in_word_list(tk[f].lower, {"nineteen", "twenty", "eighteen"}) &&
              figure_word(f + 1) &&
              !in_word_list(tk[f + 1].lower, {"hundred", "thousand", "million", "billion",
                                              "dozen", "hundreds", "thousands", "millions"}))))
            return false;
        const std::string& w = tk[f].lower;
        if (tk[f].kind == SurfaceToken::Word &&
            (is_finite_verb(w, true) || clause_verb(w) ||
             (w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0) ||
             in_word_list(w, {"to", "of", "in", "on", "at", "for", "with", "by", "from", "if",
                              "many", "much", "well", "long", "far", "soon", "part", "though",
                              "such", "usual", "expected", "planned", "scheduled", "ever",
                              "before", "after", "recently", "early", "late", "then",
                              "now", "yet", "not"})))
            return false;
        // The head has a verb: "died", "hid" are past tenses too short for has_verb's "-ed".
        bool head_verb = has_verb(cs, k);
        for (std::size_t j = cs; j < k && !head_verb; ++j)
            head_verb = word(j) && (clause_verb(tk[j].lower) ||
                                    (tk[j].lower.size() == 4 &&
                                     tk[j].lower.compare(2, 2, "ed") == 0 && j > cs &&
                                     !tk[j].capitalised));
        if (!head_verb || time_clause_of_head(cs, k, true)) return false;
        std::size_t verb = 0;
        for (std::size_t j = f + 1; j < n && j <= f + 9 && !verb; ++j) {
            if (quoted[j] || tk[j].kind == SurfaceToken::Symbol) return false;
            if (tk[j].kind != SurfaceToken::Word) continue;
            if (in_word_list(tk[j].lower, {"that", "which", "who", "whose", "whom"})) return false;
            if (clause_verb(tk[j].lower) || past_with_object(j)) verb = j;
        }
        // "described the move as a strategic manoeuvre and vowed to …": a verb after "and" is
        // the head's second predicate, and the "as" a phrase.
        // (A "when" has a figure of its own, time_clause_of_head above: "when councillors
        // voted nine to four".)
        return verb && !(word(verb - 1) && in_word_list(tk[verb - 1].lower, {"and", "or", "but"}));
    };
    // Cut points: (where the previous clause ends, where the next one starts), and whether the
    // next clause shares the subject of the one before.
    std::vector<std::pair<std::size_t, std::size_t>> cuts;
    std::vector<bool> shares_subject;
    // Where a shared subject ends when it is more than the words before the first verb: the
    // second predicate of second_predicate_with_figure takes the first one's modal or its
    // verb before "to" with it ("Building should | cost about €210m" -> "Building should",
    // "Work is expected to begin … and to cost …" -> "Work is expected"), so that its
    // hedge, which governs both predicates, is read on both; 0 when not.
    std::vector<std::size_t> subject_ends;
    std::size_t clause_start = 0;
    for (std::size_t k = 1; k + 1 < n; ++k) {
        std::size_t end = k, next = 0, subject_end = 0;
        bool shared = false;
        if (is_sym(k, ";")) {
            next = k + 1;
        } else if (is_sym(k, ":") && word(k + 1) && subject_start(tk[k + 1]) &&
                   (has_verb(k + 2, std::min(n, k + 8)) ||
                    (word(k + 2) && is_finite_verb(tk[k + 2].lower, true)))) {
            // "It is not the plant's first leak: it was fined €250,000 in 2022": a colon before
            // a clause with its own subject and verb joins two statements. Not before a
            // quotation ("told reporters: “…”") or a list ("two towns: Arlen and Brin").
            next = k + 1;
        } else if (tk[k].kind == SurfaceToken::Word && quoted[k] && tk[k].lower == "and" &&
                   k + 1 < n && quoted[k + 1] && subject_start(tk[k + 1]) && !full_quote(k)) {
            // Inside a quotation only two clauses with subjects of their own are cut ("a
            // temporary tactical measure and our forces are at the gates of Hama"): a quoted
            // predicate pair ("is the mother of all battles and will decide …") stays one.
            // Only in a quotation woven into the outlet's own sentence ("said the pull-out was
            // “…”"), whose halves outlets quote apart: a quotation standing as the statement
            // (“We made an offer and it was turned down,” he said) is one quote, as a reader
            // and every outlet repeating it take it.
            for (std::size_t j = k + 2; j < n && j < k + 6; ++j) {
                if (tk[j].kind == SurfaceToken::Symbol) break;
                if (tk[j].kind == SurfaceToken::Word && is_finite_verb(tk[j].lower, false)) {
                    next = k + 1;
                    break;
                }
            }
        } else if (word(k) && tk[k].lower == "or" && is_sym(k - 1, ",") && word(k + 1) &&
                   !tk[k + 1].capitalised && [&] {
                       // "…, or players can get a refund within thirty days": after ", or" a
                       // subject of one or two words and a modal, an alternative stated as a
                       // fact of its own (not ", or about 12%", ", or roughly …").
                       for (std::size_t j = k + 2; j <= k + 3 && j < n; ++j)
                           if (word(j) && in_word_list(tk[j].lower, {"can", "will", "could",
                                                                     "may", "must", "should"}))
                               return true;
                       return false;
                   }()) {
            end = k - 1;
            next = k + 1;
        } else if (word(k) && in_word_list(tk[k].lower, {"and", "but", "while", "whereas"}) &&
                   !in_relative(k) && !in_range(k) && !in_written_figure(k)) {
            bool after_comma = is_sym(k - 1, ",");
            if (after_comma) end = k - 1;
            std::size_t v = k + 1;
            if (adverb(v)) ++v;
            // A regular past tense opens a predicate of its own unless it continues a pair of
            // participles ("were killed and injured", "arrested and charged").
            const bool verb_before =
                tk[k - 1].kind == SurfaceToken::Word && is_finite_verb(tk[k - 1].lower, true);
            // An irregular one after a regular participle, with no object after it, continues
            // the pair too ("to have the ship arrested and sold if …", "were fined and struck
            // off"): one passive act; "was arrested and sold his car" has its own object.
            const bool participle_pair =
                verb_before && tk[k - 1].lower.size() > 4 &&
                tk[k - 1].lower.compare(tk[k - 1].lower.size() - 2, 2, "ed") == 0 && word(v) &&
                v + 1 < n &&
                // a present tense in "-s" is no participle ("has apologised and says nobody
                // will lose money": a second statement)
                tk[v].lower.back() != 's' &&
                // an auxiliary opens a predicate ("is not damaged and is not in danger")
                !in_word_list(tk[v].lower, {"is", "was", "are", "were", "has", "have", "had",
                                            "will", "would", "can", "could", "may", "might",
                                            "must", "should", "did", "does", "do"}) &&
                !quoted[v + 1] &&
                !(tk[v + 1].kind == SurfaceToken::Number ||
                  (word(v + 1) && (is_determiner(tk[v + 1].lower) ||
                                   is_pronoun(tk[v + 1].lower) ||
                                   in_word_list(tk[v + 1].lower,
                                                {"his", "her", "its", "their", "that", "to"}))));
            if (word(v) && !participle_pair &&
                (tk[v].lower == "that" || is_finite_verb(tk[v].lower, !verb_before))) {
                next = k + 1; // "and vowed to …", "and that …", "but appeared to …"
                shared = tk[v].lower != "that";
            } else if (tk[k].lower == "and" && word(v) && tk[v].lower.size() > 5 &&
                       tk[v].lower.compare(tk[v].lower.size() - 3, 3, "ing") == 0 &&
                       !aside_participle(tk[v].lower) && figure_follows(v + 1)) {
                // "…, killing at least 30 people and injuring more than 200": a second
                // consequence with a figure of its own is a second fact.
                next = k + 1;
            } else if (tk[k].lower == "and" && word(k + 1) && tk[k + 1].lower == "between" &&
                       k + 2 < n && tk[k + 2].kind == SurfaceToken::Number && !quoted[k + 1] &&
                       finite_verb_within(k + 3, k + 9)) {
                // "… were killed and between 30 and 40 others were trapped": a subject that is
                // a range, then its verb: a second fact.
                next = k + 1;
            } else if (tk[k].lower == "and" && second_action(clause_start, k, v)) {
                // "… will cut fuel duty by 5% and freeze rail fares": two actions announced in
                // one breath, each a fact an outlet may keep or drop.
                next = k + 1;
                shared = true;
            } else if (tk[k].lower == "and" && !after_comma &&
                       second_predicate_with_figure(clause_start, k)) {
                next = k + 1;
                shared = true;
                const bool to = word(k + 1) && tk[k + 1].lower == "to";
                for (std::size_t j = clause_start; j + 1 < k; ++j) {
                    if (!word(j) || !word(j + 1)) continue;
                    if (to && tk[j].lower == "to") subject_end = j;
                    if (!to && in_word_list(tk[j].lower, {"will", "would", "can", "could", "may",
                                                          "might", "must", "should", "shall"}))
                        subject_end = j + 1;
                }
            } else if (tk[k].lower == "and" && gapped_figure(clause_start, k)) {
                // "… 40 beds were added in Arlen and 12 in the suburbs", "…, and the total to
                // 19": a second figure whose verb is left out is a second fact.
                next = k + 1;
            } else if (tk[k].lower == "and" && !after_comma && word(k + 1) &&
                       in_word_list(tk[k + 1].lower, {"a", "an", "the", "its", "their"}) &&
                       !(word(k + 2) && tk[k + 2].lower == "half") &&
                       other_measure(clause_start, k, k + 1)) {
                // "… a four-year prison sentence and a fine of $85,000": a second noun phrase
                // with a figure of another measure is a second fact, about the same subject.
                next = k + 1;
                shared = true;
            } else if (after_comma && word(k + 1) &&
                       in_word_list(tk[k + 1].lower, {"with", "despite", "given", "without"}) &&
                       finite_verb_within(k + 2, k + 14)) {
                // "…, and with 61 of the 100 seats the coalition should carry it": a clause of
                // its own behind a leading phrase.
                next = k + 1;
            } else if (after_comma && word(k + 1) && !quoted[k + 1] &&
                       finite_verb_within(k + 2, k + 5)) {
                // "…, and crews needed six hours …", "…, and around 45,000 households lost
                // power": after a comma a short subject of any kind, then its verb.
                next = k + 1;
            } else if (after_comma && tk[k].lower == "and" && word(k + 1) && !quoted[k + 1] &&
                       !tk[k + 1].capitalised && word(k + 2) && tk[k + 2].lower == "who" &&
                       [&] {
                           // "…, and players who want their money back can claim a refund": a
                           // subject with a relative clause (its verb unknown to the lexicon
                           // or not), then a modal: a second statement.
                           for (std::size_t j = k + 5; j < n && j < k + 13; ++j) {
                               if (!word(j)) return false;
                               if (in_word_list(tk[j].lower, {"can", "will", "would", "could",
                                                              "may", "must", "should"}))
                                   return true;
                           }
                           return false;
                       }()) {
                next = k + 1;
            } else if (after_comma && tk[k].lower == "and" && word(k + 1) && !quoted[k + 1] &&
                       !subject_start(tk[k + 1]) &&
                       long_subject_verb(k + 1, false)) {
                // "Dead fish were found along 8 km of the river, and water intakes at two towns
                // downstream were closed": after a comma a longer subject (words and figures
                // only), then a finite verb of its own: a second statement.
                next = k + 1;
            } else if ((subject_start(tk[k + 1]) ||
                        (tk[k].lower == "and" &&
                         in_word_list(tk[k + 1].lower,
                                      {"dozens", "hundreds", "thousands", "scores"})) ||
                        ((tk[k + 1].kind == SurfaceToken::Number || figure_word(k + 1)) &&
                         !has_number(k >= 3 ? k - 3 : 0, k)) ||
                        (after_comma && word(k + 1) && tk[k + 1].lower.size() > 5 &&
                         tk[k + 1].lower.compare(tk[k + 1].lower.size() - 3, 3, "ing") == 0)) &&
                       !quoted[k + 1] && (after_comma || !tk[k + 1].capitalised)) {
                // A vague amount opens a subject too ("… have died and dozens more are
                // trapped"), as a figure does ("no staff were dismissed but two technicians
                // were suspended"), unless a count ends just before it: "187 passengers and six
                // crew were aboard", "flights 3 and 4 were cancelled" are one subject. After a
                // comma a gerund phrase opens one ("…, and connecting a home costs €2,300"): a
                // verb must still follow (a participle after ", and" has none of its own).
                // Without a comma only a determiner or pronoun opens the new subject ("… on
                // Monday and the army withdrew …"): "Syrian and Russian air force are …" is one.
                // "…, but Syria's military has not yet said …": a subject, then its verb.
                std::size_t reach = k + 12;
                for (std::size_t j = k + 2; j < n && j < reach; ++j) {
                    // "…, and his lawyer, David Okafor, said …": over one appositive. A
                    // relative clause set off so is longer, and is skipped whole, its verb
                    // with it ("…, and the port, which handled 9 million tonnes last year, says
                    // …").
                    if (is_sym(j, ",")) {
                        const bool relative =
                            word(j + 1) && in_word_list(tk[j + 1].lower, {"which", "who"});
                        std::size_t c = j + 1;
                        while (c < n && c < j + (relative ? 16 : 6) && !is_sym(c, ",") &&
                               !(relative && quoted[c]))
                            ++c;
                        if (c < n && is_sym(c, ",") && c > j + 1) {
                            if (relative) reach += c - j;
                            j = c;
                            continue;
                        }
                        break;
                    }
                    if (tk[j].kind == SurfaceToken::Symbol && !quoted[j] && tk[j].lower == "(")
                        break;
                    if (word(j) && (is_finite_verb(tk[j].lower, true) ||
                                    (after_comma && present_verb_after_subject(k + 1, j)))) {
                        if (!coordinated_figures(clause_start, k, j)) next = k + 1;
                        break;
                    }
                }
            }
        } else if (tk[k].kind == SurfaceToken::Symbol &&
                   (tk[k].lower == "," ||
                    (is_double_quote(tk[k].codepoint) && tk[k - 1].lower == ","))) {
            // A comma, or the closing mark after a quoted comma ("…ground,” adding that …").
            // Only where the speaker or the hedge changes: a speech participle ("adding that",
            // "saying", "reaffirming") or a hedged one ("seemingly alluding to"). A consequence
            // ("…, killing 19 workers") stays with its act: outlets merge the two ("Nineteen
            // employees died when fire swept through …").
            std::size_t v = k + 1;
            const bool hedged_adverb =
                word(v) && in_word_list(tk[v].lower, {"seemingly", "apparently", "reportedly",
                                                      "allegedly", "possibly", "presumably"});
            if (hedged_adverb) ++v;
            if (word(v) && tk[v].lower.size() > 5 &&
                tk[v].lower.compare(tk[v].lower.size() - 3, 3, "ing") == 0 &&
                !aside_participle(tk[v].lower) && v + 1 < n &&
                tk[v + 1].kind != SurfaceToken::Symbol &&
                (hedged_adverb || is_speech_verb(tk[v].lower) || figure_follows(v + 1) ||
                 in_word_list(tk[v].lower, {"adding", "saying", "reaffirming", "insisting",
                                            "stressing", "noting", "warning", "claiming", "arguing",
                                            "alleging", "asserting", "stating", "repeating",
                                            // the other speech verbs' participles ("…, telling
                                            // reporters that …"); not "asking" (", asking not
                                            // to be named" credits), "writing", "recalling"
                                            "telling", "explaining", "declaring", "emphasizing",
                                            "emphasising", "replying", "remarking",
                                            "acknowledging", "announcing", "vowing", "urging",
                                            "cautioning", "conceding", "admitting", "predicting",
                                            "promising", "pledging",
                                            // a cause or a reason the speaker gives
                                            "blaming", "citing"})))
                next = k + 1;
            // "…, after the Syrian army said it withdrew …": a subordinate clause with its own
            // subject and verb.
            // "…, a day after a fire killed 19 workers": a time phrase may come first.
            std::size_t c = k + 1;
            if (word(c) && word(c + 1) &&
                in_word_list(tk[c].lower, {"a", "one", "two", "three", "several", "hours", "days",
                                           "weeks", "minutes", "shortly", "just", "soon"})) {
                if (in_word_list(tk[c].lower,
                                 {"hours", "days", "weeks", "minutes", "shortly", "just", "soon"}))
                    c += 1;
                else if (in_word_list(tk[c + 1].lower,
                                      {"day", "days", "hour", "hours", "week", "weeks", "month",
                                       "months", "year", "years", "minutes"}))
                    c += 2;
            }
            // Only beside a figure in digits: the record a count or a sum is measured against
            // ("fined it €14.5 million, the biggest penalty …", "Dozens of aftershocks
            // followed, the strongest measuring 5.1"); a place's rank after a clause without
            // one ("…north of Homs, Syria's third-largest city") describes the place.
            // Asked last: the scan runs from the clause's start at every comma, so it is left
            // for the few commas the cheaper tests let through (asked first, it was 2.4 % of the
            // whole analysis's instructions on 300 pickups of one story).
            // A figure in digits, or in words with its unit ("read twenty-one centimetres
            // yesterday, the lowest since …": radio copy spells measures out); a count in words
            // ("two villages") is not enough.
            auto digits_before = [&] {
                for (std::size_t j = clause_start; j < words_stop(k + 1); ++j)
                    if (!quoted[j] && (tk[j].kind == SurfaceToken::Number ||
                                       (figure_word(j) && !unit_after_figure(tk, j + 1).empty())))
                        return true;
                return false;
            };
            if (!next && !quoted[k] && has_verb(clause_start, k) && superlative_apposition(k + 1) &&
                digits_before())
                next = k + 1;
            // "…, which the company denied", "…, a claim her spokesman rejected": the answer to
            // what came before is a proposition of its own, with its own speaker and polarity (a
            // denial in the accusation's clause read as the accusation negated).
            if (!next && !quoted[k]) {
                std::size_t r = k + 1;
                if (word(r) && tk[r].lower == "which") {
                    ++r;
                } else if (word(r) && in_word_list(tk[r].lower, {"a", "an", "the"}) &&
                           word(r + 1) &&
                           in_word_list(tk[r + 1].lower,
                                        {"claim", "charge", "accusation", "allegation", "report",
                                         "account", "suggestion", "version", "assertion"})) {
                    r += 2;
                    if (word(r) && in_word_list(tk[r].lower, {"that", "which"})) ++r;
                } else {
                    r = n;
                }
                for (std::size_t j = r + 1; r < n && j < n && j < r + 5; ++j) {
                    if (!word(j)) break;
                    if (in_word_list(tk[j].lower,
                                     {"denied", "denies", "rejected", "rejects", "disputed",
                                      "disputes", "dismissed", "dismisses", "refuted", "refutes",
                                      "contested", "contests"})) {
                        next = k + 1;
                        break;
                    }
                    // "…, which he blamed on a software update", "…, which she put down to
                    // staff shortages": the cause the speaker gives, a claim of its own, as the
                    // participle ("…, blaming a software update") is cut above.
                    const std::string& w = tk[j].lower;
                    if (((w == "blamed" || w == "blames") && word(j + 1) &&
                         tk[j + 1].lower == "on") ||
                        ((w == "attributed" || w == "attributes") && word(j + 1) &&
                         tk[j + 1].lower == "to") ||
                        ((w == "put" || w == "puts") && word(j + 1) &&
                         tk[j + 1].lower == "down" && word(j + 2) && tk[j + 2].lower == "to")) {
                        next = k + 1;
                        break;
                    }
                }
            }
            // "…will share 41,500 tonnes in 2027, down from this year's 57,600 tonnes", "…
            // handled 1.9 billion letters last year, down from 2.6 billion in 2020": the level
            // at an earlier time, set off by a comma, is a figure of its own, which outlets
            // state apart ("this year the limit was 57,600 tonnes"), drop or change; kept with
            // the new one, a changed earlier level was read against the new figure. The phrase
            // must name the earlier time (a year, "this year's", "two years ago", "now"). Not
            // an earlier version of the figure itself ("up from 420p in its first approach",
            // "down from its August forecast of 1.4%") nor a figure someone had given ("down
            // from the 40% the council had demanded"): one change, told with what it replaced.
            if (!next && !quoted[k] && word(k + 1) && word(k + 2) &&
                in_word_list(tk[k + 1].lower, {"down", "up"}) && tk[k + 2].lower == "from" &&
                !(word(k + 3) && in_word_list(tk[k + 3].lower, {"the", "its", "their", "his",
                                                                "her", "a", "an"})) &&
                has_number(clause_start, k) && [&] {
                    const std::size_t stop = words_stop(k + 3);
                    if (!has_number(k + 3, stop)) return false;
                    for (std::size_t j = k + 3; j < stop; ++j) {
                        if (tk[j].kind == SurfaceToken::Number && tk[j].decimals == 0 &&
                            tk[j].value >= 1900 && tk[j].value <= 2100)
                            return true;
                        if (word(j) && in_word_list(tk[j].lower, {"year", "year's", "ago", "now",
                                                                  "earlier", "previously"}))
                            return true;
                    }
                    return false;
                }())
                next = k + 1;
            // "…cut admissions by 9%, well short of the 15% Brannock had promised", "…,
            // compared with the 15% the company had forecast": a figure someone else had given
            // (promised, forecast, set), named by a relative clause with its own subject and
            // verb, set against the clause's own figure, is a second fact: who gave what.
            // Not an earlier value of the clause's own figure (", down from the 40% the council
            // had demanded": one change, as other_measure reads it; without "the", the rule
            // above cuts it).
            if (!next && !quoted[k] && has_number(clause_start, k) &&
                !(word(k + 1) && in_word_list(tk[k + 1].lower, {"down", "up", "from"}))) {
                const std::size_t stop = words_stop(k + 1);
                for (std::size_t j = k + 1; j + 3 < stop && !next; ++j) {
                    if (tk[j].kind != SurfaceToken::Number || quoted[j]) continue;
                    std::size_t a = j + 1;
                    if (is_sym(a, "%")) ++a;
                    else if (word(a) && in_word_list(tk[a].lower, {"per", "percent"}))
                        a += tk[a].lower == "per" ? 2 : 1;
                    // The relative clause's subject: a name, or a determiner and a noun.
                    if (word(a) && tk[a].capitalised)
                        ++a;
                    else if (word(a) && in_word_list(tk[a].lower, {"the", "its", "their"}) &&
                             word(a + 1))
                        a += 2;
                    else
                        continue;
                    if (word(a) && in_word_list(tk[a].lower, {"had", "has", "have"}) && word(a + 1))
                        next = k + 1;
                }
            }
            // "…has sickened 1,200 people, 900 of them in the capital": the share of a total
            // is a figure of its own, which outlets keep or drop apart from the total.
            // "…has 140 vacancies, out of a workforce of 1,150 drivers": the whole, set off by a
            // comma after a count, is a figure of its own (the workforce), which outlets state
            // apart ("It employs 1,150 drivers"); "three out of 40 samples" without the comma
            // is one share.
            if (!next && !quoted[k] && word(k + 1) && tk[k + 1].lower == "out" && word(k + 2) &&
                tk[k + 2].lower == "of" && has_number(clause_start, k) &&
                has_number(k + 3, words_stop(k + 3)))
                next = k + 1;
            // So is ", none of them in intensive care": that none of the counted is in some
            // state, a negated fact of its own (left in the count's clause it negated the count).
            // Not one with a figure (", none of them by more than 2 per cent"): a bound on the
            // head's own figure, one fact with it.
            // And ", some of them with scores below the pass mark": some of the counted in a
            // state of their own, a fact of its own too. Not "most", "many", "several" (",
            // most of them elderly"): the stories keep those with the count, as its make-up,
            // and cutting them cost grouping and flags there.
            const bool none_of = word(k + 1) &&
                                 in_word_list(tk[k + 1].lower,
                                              {"none", "some"}) &&
                                 !has_number(k + 2, words_stop(k + 2));
            if (!next && !quoted[k] && k + 3 < n &&
                (tk[k + 1].kind == SurfaceToken::Number || none_of) &&
                !quoted[k + 1] && word(k + 2) && tk[k + 2].lower == "of" && word(k + 3) &&
                in_word_list(tk[k + 3].lower, {"them", "whom", "those", "which"}) &&
                has_number(clause_start, k))
                next = k + 1;
            // "…, with more than 400 people injured", "…, with the coalition holding 104 of
            // the 180 seats": an absolute phrase with a figure and what became of it states a
            // fact of its own.
            // The figure may come after the participle ("…, with the average fare working out
            // at 4.20 francs"): within the phrase, up to its comma.
            if (!next && !quoted[k] && word(k + 1) && tk[k + 1].lower == "with" &&
                (figure_follows(k + 2) ||
                 has_number(k + 2, std::min(words_stop(k + 2), k + 12)))) {
                for (std::size_t j = k + 2; j < n && j < k + 10; ++j) {
                    if (tk[j].kind == SurfaceToken::Symbol && !quoted[j]) break;
                    if (word(j) && outcome_participle(tk[j].lower)) {
                        next = k + 1;
                        break;
                    }
                }
            }
            // "…, which her ministry expects to raise €900m a year", "…, whose collapse in 2023
            // wiped out 16,000 savers": a relative clause after a complete clause that brings a
            // figure of its own is a second fact (one without a
            // figure, "…, which are expected to arrive by Friday", stays with its clause).
            // So is a noun in apposition that opens one (", a charge the ministry expects to
            // raise about €900m a year"), after a clause with a figure of its own.
            const bool apposed = word(k + 1) && in_word_list(tk[k + 1].lower, {"a", "an"}) &&
                                 has_number(clause_start, k);
            if (!next && !quoted[k] && word(k + 1) &&
                (apposed || in_word_list(tk[k + 1].lower, {"which", "who", "where", "whose"})) &&
                // "whose" always opens a fact about the noun before it, whether or not the
                // verb of the clause before is one the lexicon knows ("Prosecutors accuse …").
                (has_verb(clause_start, k) || tk[k + 1].lower == "whose") && !quoted_after(k)) {
                std::size_t stop = k + 2;
                while (stop < n && !quoted[stop] && !is_sym(stop, ",") && !is_sym(stop, ";"))
                    ++stop;
                bool verb = false;
                for (std::size_t j = k + 2; j < stop && j < k + 9; ++j)
                    verb |= word(j) && clause_verb(tk[j].lower);
                // A "whose" clause tells a fact about the noun before it (", whose owner is
                // thought to have collected it") with or without a figure.
                // A multiple in a verb is a figure too (", which would have doubled its
                // capacity": twice, a fact outlets keep, drop or change apart).
                bool multiple = false;
                for (std::size_t j = k + 2; j < stop && j < k + 9 && !multiple; ++j)
                    multiple = word(j) && in_word_list(tk[j].lower,
                                                       {"doubled", "tripled", "trebled",
                                                        "quadrupled", "halved", "double",
                                                        "triple", "treble", "halve"});
                if (verb && (has_number(k + 2, stop) || multiple || tk[k + 1].lower == "whose"))
                    next = k + 1;
            }
            // "…, according to the union, which described the report as “a last warning”": a
            // relative clause that quotes its antecedent with a verb of naming or speech is
            // that body's quotation, a fact of its own, as other outlets print it ("The union
            // called the report “a final warning”"). The quotation must be inside the relative
            // clause, right after its verb's object (within six words of "which").
            if (!next && !quoted[k] && word(k + 1) &&
                in_word_list(tk[k + 1].lower, {"which", "who"}) && has_verb(clause_start, k)) {
                bool naming = false;
                for (std::size_t j = k + 2; j < n && j <= k + 3 && !quoted[j]; ++j)
                    naming |= word(j) && (is_speech_verb(tk[j].lower) ||
                                          in_word_list(tk[j].lower,
                                                       {"called", "calls", "described", "describes",
                                                        "branded", "termed", "dubbed"}));
                bool quote_near = false;
                for (std::size_t j = k + 2; j < n && j <= k + 8; ++j) quote_near |= quoted[j];
                if (naming && quote_near) next = k + 1;
            }
            // Before the clause's own verb, a comma closes a leading phrase ("At about a third
            // of the churches, fewer than 15 people attend …") or sets off the subject's figure
            // restated ("2.1 million people, 54 per cent of the population, were …"): no second
            // fact starts there. A relative clause, opened before the comma ("The zoo, which
            // receives €2.4 million a year, about a third of its budget, …") or after it (",
            // whose collapse in 2019 cost 900 employees their jobs"), has a verb of its own,
            // known to the lexicon or not ("receives", "cost").
            auto relative_before = [&](std::size_t from, std::size_t to) {
                for (std::size_t j = from; j < to; ++j)
                    if (word(j) && in_word_list(tk[j].lower, {"which", "who"})) return true;
                return false;
            };
            // "…offered 420p a share, valuing the group at £3.1bn": a phrase after a comma
            // with a figure of another measure than the clause's own states a second fact.
            // Not after a leading phrase without a verb before the clause's own subject and verb
            // ("In Brenna, a town of 90,000 people, at least 12 homes burned down"), nor
            // for a noun in apposition ("…in Tarn, a town of about 4,000 people"): background
            // about a name, which the apposition rule above cuts only when it has a verb.
            // "an eight-year, £96m contract", "a 10-year, €2bn deal": a comma between two
            // figures that both describe the noun after them (a determiner, then a figure
            // with its unit in one hyphenated word) lists the noun's attributes, one fact.
            const bool figure_modifier_before = [&] {
                if (!word(k - 1) || k < 2) return false;
                const std::string& w = tk[k - 1].lower;
                const std::size_t dash = w.find('-');
                std::size_t d = k - 2;
                if (dash != std::string::npos && dash > 0) {
                    // "eight-year": a number word and a unit in one word.
                    if (figure_measure(tk, quoted, k - 1).empty()) return false;
                } else if (k >= 4 && is_sym(k - 2, "-") && tk[k - 3].kind == SurfaceToken::Number) {
                    d = k - 4; // "10-year"
                } else {
                    return false;
                }
                return word(d) && in_word_list(tk[d].lower, {"a", "an", "the", "its", "their",
                                                             "his", "her"});
            }();
            if (!next && !quoted[k] && k + 1 < n && !quoted[k + 1] && !figure_modifier_before &&
                !time_told_on(k) &&
                (has_verb(clause_start, k) ||
                 (!has_verb(k + 1, words_stop(k + 1)) &&
                  (relative_before(clause_start, k) ||
                   (word(k + 1) && in_word_list(tk[k + 1].lower, {"which", "who", "whose"}))))) &&
                !(word(k + 1) && in_word_list(tk[k + 1].lower, {"a", "an"}) &&
                  figure_measure(tk, quoted, k + 2) != "%") && // "a third of it" is a share
                other_measure(clause_start, k, k + 1))
                next = k + 1;
            // "After 19 hours of talks, the two sides agreed a 28 per cent cut": a leading
            // "after" phrase with a figure of its own, of another measure than the clause's,
            // is the second fact a trailing one is (", after 19 hours of talks"), which outlets
            // state apart.
            if (!next && !quoted[k] && clause_start == 0 && word(0) && tk[0].lower == "after" &&
                !has_verb(0, k) && has_figure(1, k) && has_verb(k + 1, words_stop(k + 1)) &&
                [&] {
                    const std::set<std::string> before = measures_in(0, k);
                    if (before.empty() || before.count("time")) return false;
                    for (const std::string& m : measures_in(k + 1, words_stop(k + 1)))
                        if (!before.count(m)) return true;
                    return false;
                }())
                next = k + 1;
            if (!next && !quoted[k] && word(c) &&
                in_word_list(tk[c].lower, {"after", "before", "as", "when", "because", "since"}) &&
                c + 1 < n && subject_start(tk[c + 1]) && !quoted[c + 1] &&
                !time_clause_of_head(clause_start, c, false)) {
                // The subject may run to seven words ("a day after the Olympic 1,500 metres
                // silver medallist was banned").
                for (std::size_t j = c + 2; j < n && j < c + 9; ++j) {
                    if (tk[j].kind == SurfaceToken::Symbol && !quoted[j]) break;
                    if (word(j) && clause_verb(tk[j].lower)) {
                        next = k + 1;
                        break;
                    }
                }
            }
        } else if (word(k) && in_word_list(tk[k].lower, {"at", "with"}) && word(k + 1) &&
                   in_word_list(tk[k + 1].lower, {"a", "an", "the"}) && word(k + 2) &&
                   word(k + 3) && tk[k + 3].lower == "of" && !is_sym(k - 1, ",") && [&] {
                       // "at a depth of 10 miles", "with a magnitude of 6.2": a figure named
                       // for a thing after a clause whose figures so far only say when. After
                       // a count ("bought 40 buses at a cost of €12 million") it is what the
                       // counted things cost, one fact, as ", worth …" is.
                       std::size_t f = k + 4;
                       if (f < n && tk[f].kind == SurfaceToken::Symbol && !quoted[f]) ++f;
                       const std::string m = figure_measure(tk, quoted, f);
                       if (m.empty() || m == "time") return false;
                       const std::set<std::string> before = measures_in(clause_start, k);
                       return before.size() == 1 && before.count("time");
                   }()) {
            // "The quake struck at 0014 GMT at a depth of 10 miles": when and how deep, two
            // facts that outlets give apart (", at a depth of 10 km" after a comma is cut by
            // other_measure).
            next = k;
        } else if (word(k) && in_word_list(tk[k].lower, {"that", "which"}) && word(k - 1) &&
                   !is_sym(k - 1, ",") && word(k + 1) && clause_verb(tk[k + 1].lower) &&
                   other_measure(clause_start, k, k)) {
            // "… took eight pieces … in a raid that lasted about ten minutes": a relative clause
            // with a figure of another measure than its clause's own states a second fact (as
            // ", which …" does), which outlets give apart ("the gang was inside for less than
            // seven minutes"). Not "said that …" (a subject follows, not a verb).
            next = k;
        } else if (word(k) && in_word_list(tk[k].lower, {"after", "when", "because", "since"}) &&
                   tk[k - 1].kind != SurfaceToken::Symbol && word(k + 1) &&
                   subject_start(tk[k + 1]) && finite_verb_within(k + 2, k + 5) &&
                   words_to_stop(k + 1) >= 5 && !time_clause_of_head(clause_start, k, true)) {
            // "… will spend four years in prison after a Halden court convicted him of bribery":
            // a subordinate clause with its own subject and verb states a fact of its own. A
            // "when" clause only sets the time ("… when the blaze broke out at the plant") unless
            // it brings a figure of its own ("when a bus carrying 40 people overturned").
            next = k + 1;
        } else if (is_sym(k, ".") && tk[k - 1].kind == SurfaceToken::Word &&
                   !tk[k - 1].capitalised && k + 1 < n && tk[k + 1].kind == SurfaceToken::Word &&
                   tk[k + 1].capitalised && !quoted[k + 1] && finite_verb_within(k + 2, k + 4)) {
            // "… just after 10 p.m. Firefighters took six hours …": the sentence splitter kept
            // an abbreviation's full stop, but a capitalised subject and its verb follow.
            end = k + 1;
            next = k + 1;
        } else if (word(k) && tk[k].lower == "to" && word(k + 1) &&
                   in_word_list(tk[k + 1].lower,
                                {"avoid", "prevent", "spare", "protect", "ensure"}) &&
                   !(tk[k - 1].kind == SurfaceToken::Word &&
                     in_word_list(tk[k - 1].lower,
                                  {"vowed",     "decided", "agreed",   "tried",   "sought",
                                   "wanted",    "planned", "promised", "pledged", "refused",
                                   "declined",  "failed",  "managed",  "hoped",   "threatened",
                                   "attempted", "voted",   "chose",    "want",    "try",
                                   "need",      "needed",  "how"}))) {
            // A purpose given as a reason ("… withdrew … to avoid fighting inside the city"): a
            // proposition of its own, which outlets keep or drop apart from the act.
            next = k;
        }
        if (!next && word(k) && tk[k].lower == "to" && word(k + 1) && !figure_word(k + 1) &&
            is_bare_verb(tk[k + 1].lower) &&
            [&] {
                // "voted 9-4 on Tuesday night to approve 1,850 homes", "has voted by 163 votes
                // to 41 to close 214 churches": the tally and what it decided are two facts,
                // which outlets state apart ("by nine votes to four"; "plans for 1,850 homes")
                // or change apart. Only when the decision brings a figure of its own: "voted
                // 5-2 to refuse the permit" is one fact, the vote and its outcome.
                auto vote_word = [&](std::size_t j) {
                    return word(j) && in_word_list(tk[j].lower, {"voted", "votes", "vote"});
                };
                std::size_t v = k;
                bool tally = false;
                while (v > clause_start && k - v < 12) {
                    --v;
                    if (quoted[v] || is_sym(v, ",") || is_sym(v, ";")) return false;
                    if (tk[v].kind == SurfaceToken::Number || figure_word(v)) tally = true;
                    if (vote_word(v) && tally) break;
                }
                if (!(vote_word(v) && tally)) return false;
                return has_number(k + 2, words_stop(k + 2));
            }())
            next = k;
        if (!next && word(k) && tk[k].lower == "by" && !quoted[k] &&
            word(k + 1) && tk[k + 1].lower == "a" && word(k + 2) &&
            tk[k + 2].lower == "majority" && word(k + 3) && tk[k + 3].lower == "of" &&
            has_number(k + 4, std::min(n, k + 6)) &&
            !(word(k - 1) && in_word_list(tk[k - 1].lower, {"voted", "vote", "votes", "passed",
                                                             "carried", "won", "lost"})) &&
            has_verb(clause_start, k)) {
            // "found him guilty of two counts of fraud by a majority of 11-1", "ruled that he
            // can be extradited, by a majority of four judges to one": a verdict's majority is
            // a fact of its own, which outlets state apart ("The verdicts were by a majority of
            // 10 to 2"), change or drop. Not right after the vote's own verb ("was carried by a
            // majority of 30"): there the tally is the clause. "approved the plan by 163 votes
            // to 41" stays whole: outlets tell the decision with its vote.
            next = k;
        }
        if (!next && word(k) && in_word_list(tk[k].lower, {"after", "before"}) && !quoted[k] &&
            k + 1 < n && !quoted[k + 1] && has_verb(clause_start, k) &&
            !(word(k - 1) && in_word_list(tk[k - 1].lower, {"shortly", "just", "soon", "long",
                                                             "right"})) &&
            ((word(k + 1) && tk[k + 1].lower.size() > 5 &&
              tk[k + 1].lower.compare(tk[k + 1].lower.size() - 3, 3, "ing") == 0) ||
             [&] {
                 const std::string m = figure_measure(tk, quoted, k + 1);
                 return !m.empty() && m != "time";
             }()) &&
            other_measure(clause_start, k, k + 1)) {
            // "… convicted him of two counts of fraud after deliberating for 14 hours", "…
            // of fraud after 14 hours of deliberations": a phrase with no subject of its own
            // (a gerund or a figure) that brings a figure of another measure than its head's
            // is a second fact (how long the jury took), which outlets keep, drop or change
            // apart from the verdict. Without such a figure it is how or why the head happened
            // ("was fined after failing to declare income"), one fact; and "before 7am", "shortly
            // after" only say when. The word stays with the phrase: it is how outlets write it.
            next = k;
        }
        if (!next && is_sym(k, ",") && word(k + 1) && tk[k + 1].lower == "which" &&
            !quoted[k + 1] && word(k + 2) && tk[k + 2].lower.size() >= 4 &&
            tk[k + 2].lower.back() == 's' &&
            !in_word_list(tk[k + 2].lower.substr(tk[k + 2].lower.size() - 2), {"ss", "us", "is"}) &&
            !is_form_of_be(tk[k + 2].lower) && has_verb(clause_start, k) &&
            has_number(clause_start, k) && has_number(k + 3, words_stop(k + 3)) &&
            !measures_in(k + 3, words_stop(k + 3)).empty()) {
            // "raised €1.35 billion in the offering, which values it at about €6.5 billion": a
            // relative clause in the present ("which" and a verb in "-s", no form of "be") with
            // a measure of its own states a second figure, which other outlets give apart ("and
            // values the company at €6.5 billion").
            next = k + 1;
        }
        if (!next && is_sym(k, ",") && word(k + 1) && !quoted[k + 1] &&
            !tk[k + 1].capitalised &&
            (in_word_list(tk[k + 1].lower, {"which", "who"}) ||
             (!is_determiner(tk[k + 1].lower) && !is_pronoun(tk[k + 1].lower))) &&
            // A figure before the comma, or a "which"/"who" (", which Veltrex said had played
            // no part in the fire": a relative clause names its own speaker with or without one).
            (has_number(clause_start, k) || in_word_list(tk[k + 1].lower, {"which", "who"})) &&
            has_verb(clause_start, k) && [&] {
                // "…of £4 million, money that prosecutors said he had hidden abroad", "…, which
                // police say was stolen", "…, cash the auditors said was never repaid": a
                // relative clause (or a noun restating the figure and one) that carries a
                // saying of its own is a second fact, credited to another source than its head
                // and told apart by other outlets ("prosecutors said he hid the money
                // abroad"). The sentence's closing credit (", prosecutors said.") has its verb
                // straight after the subject and nothing after it: not this.
                std::size_t j = k + 1;
                const bool relative = in_word_list(tk[j].lower, {"which", "who", "that"});
                if (!relative) {
                    // A noun restating what the clause counted ("money", "cash"), not a
                    // conjunction or an adverb (", and it says …", ", then police said …").
                    if (in_word_list(tk[j].lower, {"and", "but", "or", "so", "then", "while",
                                                   "as", "yet", "though", "although", "because",
                                                   "since", "after", "before", "when", "where",
                                                   "adding", "saying"}) ||
                        (tk[j].lower.size() > 4 &&
                         tk[j].lower.compare(tk[j].lower.size() - 2, 2, "ly") == 0))
                        return false;
                    if (word(j + 1) && in_word_list(tk[j + 1].lower, {"which", "that"})) ++j;
                    else if (word(j + 1) && is_pronoun(tk[j + 1].lower)) return false;
                } else if (tk[j].lower == "that") {
                    return false; // ", that" alone is too often a demonstrative
                }
                // The speaker: one or two words, no verb among them.
                const std::size_t from = j + 1;
                for (std::size_t v = from; v < from + 3 && v < n; ++v) {
                    if (!word(v) || quoted[v]) return false;
                    const std::string& w = tk[v].lower;
                    if (!(is_reporting_verb(w) || is_speech_verb(w) || w == "told")) {
                        // A speaker is a noun phrase: no verb, relative word or preposition
                        // (", according to reports from …" is a credit, not a clause).
                        if (is_finite_verb(w, true) ||
                            in_word_list(w, {"which", "that", "who", "to", "of", "from", "by",
                                             "in", "on", "at", "for", "with", "as"}))
                            return false;
                        continue;
                    }
                    if (v == from || (!relative && v == k + 2)) return false;
                    // Without a figure before it, only a verb of saying: "…, which the council
                    // expects to open next spring" is the head's own forecast, one fact.
                    if (!has_number(clause_start, k) && !is_speech_verb(w) && w != "told")
                        return false;
                    // What was said must follow: a clause of at least three words.
                    return words_in(v + 1, words_stop(v + 1)) >= 3;
                }
                return false;
            }()) {
            next = k + 1;
        }
        if (!next && word(k) && own_subordinate_clause(clause_start, k)) {
            // "… will be closed for a month after cracks were found in two cables", "… cut power
            // to 380,000 homes as temperatures reached a record 44C", ", although online sales
            // grew by 20%": a subordinate clause with a subject and a finite verb of its own
            // states a fact of its own, which outlets keep, drop or state apart from its head.
            next = k + 1;
        }
        if (!next) continue;
        if (words_in(clause_start, end) < 4 || words_in(next, n) < 4) continue;
        cuts.push_back({end, next});
        shares_subject.push_back(shared);
        subject_ends.push_back(shared ? subject_end : 0);
        clause_start = next;
        k = next;
    }
    std::vector<Clause> out;
    std::size_t b = 0;
    for (std::size_t c = 0; c < cuts.size(); ++c) {
        out.push_back({b, cuts[c].first});
        b = cuts[c].second;
    }
    out.push_back({b, n});
    // The subject of a clause: its words before its first finite verb (at most fifteen tokens).
    for (std::size_t c = 0; c < cuts.size(); ++c) {
        if (!shares_subject[c]) continue;
        // "Her ban runs from April 2, when she was suspended, and will end on …": a clause that
        // opens with a subordinator or a relative word is an aside; the predicate after it
        // shares the subject of the clause before the aside.
        std::size_t f = c;
        while (f > 0 && out[f].subject_last <= out[f].subject_first && word(out[f].first) &&
               in_word_list(tk[out[f].first].lower,
                            {"when", "which", "who", "where", "after", "before", "because", "since",
                             "while", "although", "though", "as"}))
            --f;
        if (subject_ends[c] > out[c].first && subject_ends[c] < out[c].last) {
            out[c + 1].subject_first = out[c].first, out[c + 1].subject_last = subject_ends[c];
            continue;
        }
        const Clause& from = out[f]; // its own subject, or the one it shares in turn
        std::size_t sb = from.subject_last > from.subject_first ? from.subject_first : from.first;
        std::size_t se = sb;
        if (from.subject_last > from.subject_first) {
            se = from.subject_last;
        } else {
            for (std::size_t j = sb; j < from.last && j < sb + 16; ++j)
                if (word(j) && is_finite_verb(tk[j].lower, true)) {
                    se = j;
                    break;
                }
        }
        if (se > sb) out[c + 1].subject_first = sb, out[c + 1].subject_last = se;
    }
    // A relative clause between a subject and its verb states a fact of its own ("The state
    // railway, which lost €412m last year, will receive €1.1bn"): the relative clause and the
    // rest of the clause become two clauses, each with the subject.
    for (std::size_t c = 0; c < out.size(); ++c) {
        Clause cl = out[c];
        if (cl.subject_last > cl.subject_first) continue;
        std::size_t open = cl.first;
        while (open < cl.last && open < cl.first + 12 && !is_sym(open, ",") &&
               (tk[open].kind != SurfaceToken::Symbol || quoted[open]))
            ++open;
        // The words before the aside are a subject: no verb, not a phrase of place or time. Not
        // in a sentence with a quotation: a clause about the speaker ("Ana Ruiz, who escaped
        // with her children, said: “…”") stays with the quote it introduces.
        // After a verb of saying the subject is the reported clause's ("The council says the
        // trees, which date from 1911, may be infected", "said that the hall, built in 1874,
        // …"): the words after the verb (and its "that") are the subject, the words before
        // stay with the rest of the clause as its frame.
        std::size_t subj = cl.first;
        if (open < cl.last && has_verb(cl.first, open)) {
            auto saying = [&](std::size_t j) {
                return word(j) && (is_speech_verb(tk[j].lower) || is_reporting_verb(tk[j].lower));
            };
            for (std::size_t j = open; j-- > cl.first;) {
                // "said in a letter that the hall, …": the "that" after a verb of saying.
                if (word(j) && tk[j].lower == "that") {
                    bool said = false;
                    for (std::size_t b = cl.first; b < j; ++b) said |= saying(b);
                    if (said) subj = j + 1;
                    break;
                }
                if (saying(j)) {
                    subj = j + 1;
                    break;
                }
            }
            if (subj == cl.first || subj >= open || !subject_start(tk[subj]) ||
                has_verb(subj, open))
                continue;
        }
        if (open >= cl.last || !is_sym(open, ",") || words_in(subj, open) < 1 ||
            has_verb(subj, open) || quoted_after(cl.first) ||
            (word(cl.first) &&
             in_word_list(tk[cl.first].lower, {"among", "in", "at", "on", "for", "with", "after",
                                               "before", "during", "by", "from", "of", "as",
                                               "when", "while", "since", "under", "over"})))
            continue;
        std::size_t close = open + 1;
        while (close < cl.last && close < open + 26 && !is_sym(close, ",") && !quoted[close] &&
               !is_sym(close, ";")) {
            // A figure restated in brackets inside a relative clause ("which receives 2.4
            // million euros (about $2.8 million) a year,") is part of it; an unclosed bracket
            // ends it, and any bracket ends another aside (a dateline's "(PEP) —").
            if (is_sym(close, "(")) {
                if (!(word(open + 1) &&
                      in_word_list(tk[open + 1].lower, {"which", "who", "where", "whose"})))
                    break;
                std::size_t shut = close + 1;
                while (shut < cl.last && shut < close + 12 && !quoted[shut] &&
                       !is_sym(shut, ")") && !is_sym(shut, ",") && !is_sym(shut, "("))
                    ++shut;
                if (!is_sym(shut, ")")) break;
                close = shut;
            }
            ++close;
        }
        if (close >= cl.last || !is_sym(close, ",")) continue;
        std::size_t v = close + 1;
        if (adverb(v)) ++v;
        // After a subject and its relative clause, a lower-case word in "-s" is the verb in the
        // present tense ("The trust, which owns 12% of the shares, opposes the bid"): the
        // subject's noun came before the commas.
        const bool present_s = word(v) && !tk[v].capitalised && tk[v].lower.size() >= 4 &&
                               tk[v].lower.back() == 's' &&
                               !in_word_list(tk[v].lower.substr(tk[v].lower.size() - 2),
                                             {"ss", "us", "is"});
        // A plural subject's present tense has no "-s" ("Police, who have put 300 officers
        // into the search, suspect the three …"): a bare verb after a plural noun, before a
        // determiner, a pronoun or "that".
        const std::string& head = tk[open - 1].lower;
        const bool present_plural =
            word(v) && !tk[v].capitalised && word(v + 1) && word(open - 1) &&
            is_bare_verb(tk[v].lower) && tk[v].lower.back() != 's' &&
            !(tk[v].lower.size() > 4 && (tk[v].lower.compare(tk[v].lower.size() - 2, 2, "ed") == 0 ||
                                         tk[v].lower.compare(tk[v].lower.size() - 3, 3, "ing") == 0)) &&
            !is_determiner(tk[v].lower) && !is_pronoun(tk[v].lower) &&
            (is_determiner(tk[v + 1].lower) || is_pronoun(tk[v + 1].lower) ||
             tk[v + 1].lower == "that") &&
            ((head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') ||
             in_word_list(head, {"police", "people", "staff"}));
        if (!word(v) || !(is_finite_verb(tk[v].lower, true) || present_s || present_plural) ||
            words_in(v, cl.last) < 3)
            continue;
        const bool relative = word(open + 1) && in_word_list(tk[open + 1].lower,
                                                             {"which", "who", "where", "whose"});
        bool own_verb = false;
        for (std::size_t j = open + 2; j < close; ++j)
            if (word(j) && clause_verb(tk[j].lower)) own_verb = true;
        // "which"/"who" followed by a lower-case word in "-s" is a subject relative with its
        // verb in the present tense ("Hradek Mining, which operates the pit, …", "Pavla Hruba,
        // who heads the union, …"), whatever the verb: no word list holds every verb a company
        // or an official can be described by. An object relative opens with its own subject
        // ("which the company denied") and is not one.
        // An adverb may come between ("which also fishes the stock").
        const std::size_t rv = adverb(open + 2) ? open + 3 : open + 2;
        if (relative && !own_verb && word(rv) && !tk[rv].capitalised) {
            const std::string& r = tk[rv].lower;
            own_verb = r.size() >= 4 && r.back() == 's' &&
                       !in_word_list(r.substr(r.size() - 2), {"ss", "us", "is"}) &&
                       !in_word_list(r, {"this", "those", "these", "its", "his", "hers", "ours",
                                         "yours", "theirs", "years", "days", "months", "times"});
        }
        // An aside with a figure of its own, without "which" ("The strike, the first full
        // stoppage in more than 15 years, had left 37 ships at anchor"; "The levy, set at 4% of
        // profits, is expected to raise €900m"), is a second fact too. Not a person's age or
        // title before a speech verb ("Ana Ruiz, 45, said …").
        // In digits: "Ostrel and Marrin, two of its neighbours, have …" counts the names before
        // it, a description.
        bool digits = false;
        for (std::size_t j = open + 1; j < close; ++j)
            digits |= tk[j].kind == SurfaceToken::Number && !quoted[j];
        const bool figure_aside = !relative && digits &&
                                  words_in(open + 1, close) >= 4 && !is_speech_verb(tk[v].lower);
        // A past participle with a date or a figure ("The bridge, opened in May, carries …",
        // "The hall, built in 1911, is …", "Ms Roe, suspended since March, denies …"): when the
        // subject was made, found or stopped is a fact of its own, which outlets give as a
        // relative clause, a sentence of their own or not at all. Three words at least, so
        // that a bare "…, based in Oslo," or ", aged 45," stays with its noun.
        bool participle_aside = false;
        if (!relative && word(open + 1) && !tk[open + 1].capitalised &&
            words_in(open + 1, close) >= 3 && !is_speech_verb(tk[v].lower) &&
            (digits || names_month(open + 1, close))) {
            const std::string& p = tk[open + 1].lower;
            participle_aside =
                (p.size() >= 5 && p.compare(p.size() - 2, 2, "ed") == 0 &&
                 !in_word_list(p, {"aged", "based", "named", "called", "dubbed", "titled"})) ||
                in_word_list(p, {"built", "held", "set", "made", "begun", "sold", "won", "given",
                                 "taken", "found", "bought", "kept", "paid", "shut", "struck",
                                 "written", "chosen", "grown", "drawn", "hit", "laid", "run",
                                 "brought", "begun", "sent", "caught", "torn", "stolen"}) ||
                // A present participle with a figure of its own: ", averaging 161 francs,".
                (digits && p.size() > 5 && p.compare(p.size() - 3, 3, "ing") == 0 &&
                 !aside_participle(p));
        }
        // A relative clause with a figure of its own states a fact whether or not its verb is
        // one the word lists know ("The bridge, which about 68,000 vehicles cross each day,
        // …"): the figure is the fact.
        const bool figure_relative = relative && digits && words_in(open + 1, close) >= 4;
        if (!(relative && own_verb) && !figure_aside && !figure_relative &&
            !participle_aside)
            continue;
        Clause aside{open + 1, close, subj, open, true};
        Clause rest{close + 1, cl.last, cl.first, open};
        out[c] = aside;
        out.insert(out.begin() + static_cast<long>(c) + 1, rest);
        ++c;
    }
    // Trim leading and trailing punctuation of each clause (but keep closing marks).
    for (Clause& c : out) {
        std::size_t& first = c.first;
        std::size_t& last = c.last;
        while (first < last && tk[first].kind == SurfaceToken::Symbol && !quoted[first]) ++first;
        while (last > first && tk[last - 1].kind == SurfaceToken::Symbol && !quoted[last - 1] &&
               (tk[last - 1].lower == "," || tk[last - 1].lower == ";"))
            --last;
    }
    out.erase(
        std::remove_if(out.begin(), out.end(), [](const Clause& r) { return r.first >= r.last; }),
        out.end());
    if (out.empty()) out.push_back({0, n});
    return out;
}

} // namespace wiretrace::claims_internal
