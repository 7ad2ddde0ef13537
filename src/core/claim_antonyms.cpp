// claim_antonyms.cpp — WordNet's antonyms, read once from the table the build generates
// (scripts/gen-antonyms → claim_antonyms_table.inc in the build folder), and the words of a
// mention they are read on.
//
// The whole table is compiled in, not pruned to the corpus vocabulary: it is small (about 3,700
// pairs of one-word verbs and adjectives and 500 irregular forms, some 80 KB of text), and the
// page analyses articles a reader adds, whose words are not known when the page is built. A
// direct antonym is a link WordNet's lexicographers drew between two word senses ("rise" /
// "fall", "open" / "close", "keep" / "lose", "accept" / "refuse"), widened for verbs to the
// synonyms of exactly those senses ("approve" / "reject"); it carries little of the sense noise
// that keeps whole synsets out of synonym_of(). A verb WordNet files as X done again
// ("reopen", "reappear", "reconfirm") is read as X. Every irregular verb form of WordNet's
// exception list is kept too (some 2,300 lines, about 40 KB), for verb_base(): "began" and
// "begun" are one verb whatever its antonyms.

#include "claim_antonyms.h"
#include "claim_lexicon.h"

#include "surface.h"
#include "text.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace wiretrace::claims_internal {
namespace {

#include "claim_antonyms_table.inc"

// Verb pairs WordNet 3.0 does not oppose though news copy states polarity with them: a service
// or an activity stopped for a time against the same started again ("Passenger services remain
// suspended" / "services have resumed"). The generated table has no pair with "resume" or
// "suspend" ("halt" is opposed to "start" and "go" only). A hand list, kept to that one
// reversal; read as the generated pairs are (same format: part of speech, two lemmas), so
// the context checks of opposed words apply to it unchanged.
static const char kHandPairs[] =
    "v suspend resume\n"
    "v halt resume\n";

// WordNet's detachment rules (morphy): a form ending in `suffix` reads as the lemma with
// `ending` in its place ("closed" → close, "opens" → open, "higher" → high). Run backwards
// when the table is built, so that reading a word is one look-up.
struct Detachment {
    char pos;
    const char* suffix;
    const char* ending;
};
constexpr Detachment kDetachments[] = {{'v', "s", ""},    {'v', "ies", "y"}, {'v', "es", "e"},
                                       {'v', "es", ""},   {'v', "ed", "e"},  {'v', "ed", ""},
                                       {'v', "ing", "e"}, {'v', "ing", ""},  {'a', "er", ""},
                                       {'a', "est", ""},  {'a', "er", "e"},  {'a', "est", "e"}};

// The table as flat sorted arrays rather than hash maps of strings: about 15,000 forms and
// 7,300 ordered pairs held in node-based containers took 3 MB, more than the corpus of a
// thousand articles, at the claims stage's peak; sorted vectors with binary search hold the
// same in about half a megabyte, and a look-up is still a few comparisons.
struct AntonymTable {
    std::vector<std::string_view> lemmas; // by id: views into kAntonymPairs (static storage)
    std::vector<std::uint64_t> pairs;     // key(pos, a, b), both orders, sorted
    std::string form_text;                // every form, one after another
    struct Form {
        std::uint32_t at = 0, size = 0; // in form_text
    };
    std::vector<Form> forms;               // sorted by their text; one entry per reading
    std::vector<AntonymReading> readings;  // readings[i] is forms[i]'s

    static std::uint64_t key(char pos, int a, int b) {
        return (std::uint64_t(static_cast<unsigned char>(pos)) << 56) |
               (std::uint64_t(static_cast<std::uint32_t>(a)) << 28) |
               std::uint64_t(static_cast<std::uint32_t>(b));
    }
    std::string_view text(const Form& f) const {
        return std::string_view(form_text).substr(f.at, f.size);
    }

    // Calls f(fields) for each line of a table: three space-separated fields, the first one
    // letter.
    template <class F> static void lines(const char* table, F f) {
        std::string_view rest(table);
        while (!rest.empty()) {
            std::size_t nl = rest.find('\n');
            std::string_view line = rest.substr(0, nl);
            rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
            std::string_view field[3];
            std::size_t n = 0;
            while (!line.empty() && n < 3) {
                std::size_t sp = line.find(' ');
                field[n++] = line.substr(0, sp);
                line = sp == std::string_view::npos ? std::string_view() : line.substr(sp + 1);
            }
            if (n == 3 && field[0].size() == 1) f(field[0][0], field[1], field[2]);
        }
    }

    AntonymTable() {
        std::unordered_map<std::string_view, int> ids; // only while building
        auto id = [&](std::string_view w) {
            auto [it, added] = ids.emplace(w, static_cast<int>(lemmas.size()));
            if (added) lemmas.push_back(w);
            return it->second;
        };
        std::vector<std::pair<char, int>> lemma_pos; // each (part of speech, lemma) once, in
        std::unordered_set<std::uint64_t> seen_pos;  // the order the table first gives it
        auto note = [&](char pos, int l) {
            if (seen_pos.insert(key(pos, l, 0)).second) lemma_pos.push_back({pos, l});
        };
        auto pair = [&](char pos, std::string_view a, std::string_view b) {
            const int x = id(a), y = id(b);
            pairs.push_back(key(pos, x, y));
            pairs.push_back(key(pos, y, x));
            note(pos, x);
            note(pos, y);
        };
        lines(kAntonymPairs, pair);
        lines(kHandPairs, pair);
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        // Every (form, reading) in the order the readings are added, its text in form_text,
        // then sorted by form (stably: a form's readings keep that order) with repeats
        // dropped. Sixteen bytes an entry: building the table must not raise the peak either.
        struct Entry {
            Form form;
            AntonymReading reading;
        };
        std::vector<Entry> entries;
        auto add = [&](std::string_view stem, std::string_view suffix, char pos, int l) {
            const Form f{static_cast<std::uint32_t>(form_text.size()),
                         static_cast<std::uint32_t>(stem.size() + suffix.size())};
            form_text.append(stem);
            form_text.append(suffix);
            entries.push_back({f, {pos, l}});
        };
        // A word and its regular inflections, all read as lemma l.
        auto add_inflected = [&](std::string_view word, char pos, int l) {
            add(word, {}, pos, l);
            for (const Detachment& d : kDetachments) {
                const std::string_view ending(d.ending);
                if (d.pos != pos || word.size() < ending.size() + 2 ||
                    word.compare(word.size() - ending.size(), ending.size(), ending) != 0)
                    continue;
                add(word.substr(0, word.size() - ending.size()), d.suffix, pos, l);
            }
        };
        for (auto [pos, l] : lemma_pos) add_inflected(lemmas[static_cast<std::size_t>(l)], pos, l);
        lines(kIrregularForms, [&](char pos, std::string_view form, std::string_view lemma) {
            auto it = ids.find(lemma);
            if (it != ids.end()) add(form, {}, pos, it->second);
        });
        // "reopen" is WordNet's "open again" (filed under "open", glossed "again"): it opposes
        // what "open" opposes, "the markets reopened" against "the markets remain closed".
        lines(kAgainVerbs, [&](char pos, std::string_view form, std::string_view lemma) {
            auto it = ids.find(lemma);
            if (it != ids.end()) add_inflected(form, pos, it->second);
        });
        std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
            return text(a.form) < text(b.form);
        });
        forms.reserve(entries.size());
        readings.reserve(entries.size());
        for (std::size_t i = 0; i < entries.size();) {
            std::size_t j = i;
            while (j < entries.size() && text(entries[j].form) == text(entries[i].form)) ++j;
            const std::size_t first = readings.size();
            for (std::size_t k = i; k < j; ++k) {
                const AntonymReading& r = entries[k].reading;
                const bool seen = std::any_of(
                    readings.begin() + static_cast<std::ptrdiff_t>(first), readings.end(),
                    [&](const AntonymReading& x) { return x.pos == r.pos && x.lemma == r.lemma; });
                if (seen) continue;
                forms.push_back(entries[i].form);
                readings.push_back(r);
            }
            i = j;
        }
        form_text.shrink_to_fit();
        forms.shrink_to_fit();
        readings.shrink_to_fit();
        lemmas.shrink_to_fit();
    }
};

const AntonymTable& table() {
    static const AntonymTable t; // built on first use; thread-safe (C++11 static init)
    return t;
}

} // namespace

AntonymReadings antonym_readings(const std::string& lower) {
    const AntonymTable& t = table();
    auto less = [&](const AntonymTable::Form& f, std::string_view w) { return t.text(f) < w; };
    auto first = std::lower_bound(t.forms.begin(), t.forms.end(), std::string_view(lower), less);
    auto last = first;
    while (last != t.forms.end() && t.text(*last) == lower) ++last;
    const AntonymReading* base = t.readings.data();
    return {base + (first - t.forms.begin()), base + (last - t.forms.begin())};
}

void load_antonyms() {
    table();
}

namespace {

// Words defined as an absence, by form: each adjective as written, each verb in its regular
// forms too ("excluded", "omits"); the value is the definition's words, one string each.
struct AbsenceTable {
    std::vector<std::pair<std::string, std::string_view>> forms; // sorted by form
    AbsenceTable() {
        AntonymTable::lines(kPrivatives, [&](char pos, std::string_view word,
                                             std::string_view first) {
            // The line is "pos word w1 w2 …": `first` is w1, the rest follows it in place.
            const char* end = first.data();
            while (*end && *end != '\n') ++end;
            const std::string_view words(first.data(), static_cast<std::size_t>(end - first.data()));
            forms.emplace_back(std::string(word), words);
            if (pos != 'v') return;
            for (const Detachment& d : kDetachments) {
                const std::string_view ending(d.ending);
                if (d.pos != 'v' || word.size() < ending.size() + 2 ||
                    word.compare(word.size() - ending.size(), ending.size(), ending) != 0)
                    continue;
                std::string form(word.substr(0, word.size() - ending.size()));
                form += d.suffix;
                forms.emplace_back(std::move(form), words);
            }
        });
        std::stable_sort(forms.begin(), forms.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
    }
};

} // namespace

namespace {

// Every irregular verb form WordNet lists, sorted by form: views into kVerbForms.
struct VerbForms {
    std::vector<std::pair<std::string_view, std::string_view>> forms;
    VerbForms() {
        std::string_view rest(kVerbForms);
        while (!rest.empty()) {
            const std::size_t nl = rest.find('\n');
            const std::string_view line = rest.substr(0, nl);
            rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
            const std::size_t sp = line.find(' ');
            if (sp == std::string_view::npos) continue;
            forms.emplace_back(line.substr(0, sp), line.substr(sp + 1));
        }
        std::sort(forms.begin(), forms.end());
    }
};

} // namespace

std::string_view verb_base(std::string_view lower) {
    static const VerbForms t; // built on first use; thread-safe (C++11 static init)
    auto it = std::lower_bound(t.forms.begin(), t.forms.end(), lower,
                               [](const auto& f, std::string_view w) { return f.first < w; });
    return it != t.forms.end() && it->first == lower ? it->second : lower;
}

std::string_view failure_verb(std::string_view lower) {
    // Every form read, mapped to "-" or the particle: the negation reader asks this for every
    // word of every mention, so it is one hash look-up. The forms: the lemma, its regular
    // endings ("missed", "misses", "omits") and its irregular forms from kVerbForms ("left");
    // not "-ing": "missing" is mostly the adjective ("23 people missing"), a count.
    static const std::unordered_map<std::string, std::string_view> forms = [] {
        std::unordered_map<std::string, std::string_view> out;
        std::string_view rest(kFailureVerbs);
        while (!rest.empty()) {
            const std::size_t nl = rest.find('\n');
            const std::string_view l = rest.substr(0, nl);
            rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
            if (l.empty()) continue;
            const std::size_t sp = l.find(' ');
            const std::string verb(l.substr(0, sp));
            const std::string_view particle =
                sp == std::string_view::npos ? std::string_view("-") : l.substr(sp + 1);
            out.emplace(verb, particle);
            out.emplace(verb + "s", particle);
            out.emplace(verb + "es", particle);
            out.emplace(verb + (verb.back() == 'e' ? "d" : "ed"), particle);
            std::string_view vf(kVerbForms);
            while (!vf.empty()) {
                const std::size_t e = vf.find('\n');
                const std::string_view line = vf.substr(0, e);
                vf = e == std::string_view::npos ? std::string_view() : vf.substr(e + 1);
                const std::size_t s2 = line.find(' ');
                if (s2 != std::string_view::npos && line.substr(s2 + 1) == verb &&
                    !(line.size() > 3 && line.substr(s2 - 3, 3) == "ing"))
                    out.emplace(std::string(line.substr(0, s2)), particle);
            }
        }
        return out;
    }();
    const auto it = forms.find(std::string(lower));
    return it == forms.end() ? std::string_view() : it->second;
}

std::vector<std::string_view> absence_of(const std::string& lower) {
    static const AbsenceTable t; // built on first use; thread-safe (C++11 static init)
    std::vector<std::string_view> out;
    auto it = std::lower_bound(t.forms.begin(), t.forms.end(), lower,
                               [](const auto& f, const std::string& w) { return f.first < w; });
    for (; it != t.forms.end() && it->first == lower; ++it) {
        std::string_view rest = it->second;
        while (!rest.empty()) {
            const std::size_t sp = rest.find(' ');
            out.push_back(rest.substr(0, sp));
            rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        }
    }
    return out;
}

bool opposed(const AntonymReading& a, const AntonymReading& b) {
    const AntonymTable& t = table();
    return a.pos == b.pos &&
           std::binary_search(t.pairs.begin(), t.pairs.end(),
                              AntonymTable::key(a.pos, a.lemma, b.lemma));
}

std::string_view antonym_lemma(int lemma) {
    const AntonymTable& t = table();
    return lemma >= 0 && static_cast<std::size_t>(lemma) < t.lemmas.size()
               ? t.lemmas[static_cast<std::size_t>(lemma)]
               : std::string_view();
}

// Words that say a state goes on ("remain closed", "stay shut", "still suspended"): like "is",
// they link the subject to its state, so they are part of the phrase, not what it is said of.
// A hand list: WordNet does not tell a linking verb from others (its sentence frames give "----s
// Adjective" to "turn", "go" and "grow" as well), and these few are all English has for "goes on
// being".
bool persisting(std::string_view w) {
    return in_word_list(w, {"remain", "remains", "remained", "remaining", "stay", "stays",
                            "stayed", "staying", "still"});
}

namespace {

bool inside(ByteSpan s, ByteSpan outer) {
    return !outer.empty() && s.begin >= outer.begin && s.end <= outer.end;
}

// Where a clause piece ends for the words around a polarity word: a comma too, so that an
// aside ("…, which reported record profits") lends its words to nothing else.
bool piece_end(const SurfaceToken& t) {
    return t.kind == SurfaceToken::Symbol &&
           in_word_list(t.lower, {",", ";", ":", ".", "!", "?", "(", ")"});
}

// Prepositions that open a phrase of place or belonging after a noun ("markets across the
// region", "services from the port"): a closed class of English, listed by hand; the stopword
// list has most of them but not all ("across", "near"), and has other function words too.
bool preposition(std::string_view w) {
    return in_word_list(w, {"in", "across", "at", "on", "of", "from", "near", "around",
                            "throughout", "outside", "inside", "along", "within", "beyond",
                            "between", "among", "under", "over", "off", "into", "for",
                            "through", "via", "behind", "beneath", "toward", "towards",
                            "against", "beside", "past", "up", "down"});
}

// Auxiliaries and adverbs that go with a verb ("will also lose", "did not close"): part of the
// phrase a detail quotes, not words that tell what the verb is said of.
bool auxiliary(std::string_view w) {
    return in_word_list(w,
                        {"will",  "would", "also", "has", "have",  "had", "is",  "are",   "was",
                         "were",  "be",    "been", "to",  "could", "can", "may", "might", "should",
                         "shall", "still", "now",  "did", "does",  "do",  "not", "never"}) ||
           persisting(w);
}


// Adjectives of time and order ("late on Monday" / "early on Monday", "the first" / "the
// last", "new" / "old"): a change there is a date or a rank, not the opposite statement.
bool when_or_order(std::string_view lemma) {
    return in_word_list(lemma,
                        {"early",   "late",   "middle",   "first",  "last",    "second", "past",
                         "present", "future", "new",      "old",    "young",   "worn",   "former",
                         "latter",  "next",   "previous", "recent", "initial", "final"});
}

// The verb an idiom of a verdict or of consent says with a word WordNet gives no such antonym:
// "was found guilty" says "was convicted" (opposed to "cleared", "acquitted"; "found not
// guilty" is then that verdict denied), "gave the plan the go-ahead" and "the green light" say
// "approved" (opposed to "rejected", "turned down"). The verb, and in `from` the idiom's first
// word ("found", "the"), which is part of the predicate, not what it is said of; empty for any
// other word. Not "pleaded guilty": a plea, not a verdict.
std::string_view idiom_verb(const std::vector<SurfaceToken>& tk, std::size_t k, std::size_t& from) {
    auto is = [&](std::size_t j, std::string_view v) {
        return tk[j].kind == SurfaceToken::Word && tk[j].lower == v;
    };
    const std::string& x = tk[k].lower;
    if (x == "guilty" && k > 0) {
        const std::size_t f = k > 1 && is(k - 1, "not") ? k - 2 : k - 1;
        if (is(f, "found")) {
            from = f;
            return "convict";
        }
    } else if (x == "go-ahead" && k > 0 && is(k - 1, "the")) {
        from = k - 1;
        return "approve";
    } else if (x == "light" && k > 1 && is(k - 1, "green") && is(k - 2, "the")) {
        from = k - 2;
        return "approve";
    }
    return {};
}

} // namespace

bool content_word(const SurfaceToken& t) {
    if (t.kind != SurfaceToken::Word || t.lower.size() < 2) return false;
    return !is_stopword(fold_word(t.lower));
}

std::vector<PolarityWord> polarity_words(std::string_view text, const DraftMention& m) {
    std::vector<PolarityWord> out;
    const std::vector<SurfaceToken> tk = scan_surface(text, m.span);
    auto skipped = [&](ByteSpan s) {
        if (inside(s, m.source_span) || inside(s, m.hedge) || inside(s, m.negation)) return true;
        for (ByteSpan q : m.quotes)
            if (inside(s, q)) return true;
        return false;
    };
    // A word the context is read from: a content word of the claim, not of its attribution.
    auto context_word = [&](const SurfaceToken& t) {
        return content_word(t) && !auxiliary(t.lower) && !inside(t.span, m.source_span);
    };
    constexpr std::size_t kContext = 4; // content words on each side
    for (std::size_t k = 0; k < tk.size(); ++k) {
        const SurfaceToken& t = tk[k];
        // Function words ("up", "more", "same", "off") are particles and bounds, not predicates;
        // a bound is compared as a quantity.
        if (!content_word(t)) continue;
        std::size_t idiom_from = k;
        const std::string_view idiom = idiom_verb(tk, k, idiom_from);
        const AntonymReadings all =
            idiom.empty() ? antonym_readings(t.lower) : antonym_readings(std::string(idiom));
        if (all.empty() || skipped(t.span)) continue;
        // A capitalised word inside the clause is a name ("Rose Hart", "Keep Street").
        if (t.all_caps || (t.capitalised && k > 0)) continue;
        const bool before_noun = k + 1 < tk.size() && content_word(tk[k + 1]);
        // After a determiner a verb's form is a noun: "the rise", "a fall", "its losses".
        const bool after_determiner =
            k > 0 && tk[k - 1].kind == SurfaceToken::Word &&
            in_word_list(tk[k - 1].lower,
                         {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                          "these", "those", "any", "no", "every", "each", "some"});
        // "It was unclear how much leaked", "not known whether": an open question states no
        // side, whichever adjective asks it.
        const bool asks = k + 1 < tk.size() && tk[k + 1].kind == SurfaceToken::Word &&
                          in_word_list(tk[k + 1].lower, {"how", "whether", "what", "when", "why",
                                                         "who", "if", "where", "which"});
        // "the phones' processor speed", "heating or door locks": a word after a singular
        // noun that itself follows a determiner, a possessive or "and"/"or" heads a compound
        // noun ("speed", "locks"), no verb; its verb reading would oppose "slowed", "unlock".
        // (A plural before it is more often the subject: "the prices rise"; and so is a noun
        // closing a phrase of place: "markets in the valley reopened".)
        const bool compound_head = [&] {
            if (k < 2 || !content_word(tk[k - 1]) || tk[k - 1].capitalised ||
                auxiliary(tk[k - 1].lower) || tk[k - 1].lower.back() == 's')
                return false;
            if (k >= 3 && tk[k - 3].kind == SurfaceToken::Word && preposition(tk[k - 3].lower))
                return false;
            const SurfaceToken& d = tk[k - 2];
            if (d.kind == SurfaceToken::Symbol) return d.lower == "'" || d.lower == "\xE2\x80\x99";
            const std::string& x = d.lower;
            return in_word_list(x, {"the", "a", "an", "its", "their", "his", "her", "our",
                                    "this", "that", "these", "those", "and", "or"}) ||
                   (x.size() > 2 && (x.compare(x.size() - 2, 2, "'s") == 0 ||
                                     x.compare(x.size() - 2, 2, "s'") == 0)) ||
                   (x.size() > 4 && x.compare(x.size() - 4, 4, "\xE2\x80\x99s") == 0);
        }();
        PolarityWord w;
        w.span = t.span;
        for (const AntonymReading& r : all)
            if (!(r.pos == 'a' && (before_noun || asks || when_or_order(antonym_lemma(r.lemma)))) &&
                !(r.pos == 'v' && idiom.empty() && (after_determiner || compound_head)))
                w.readings.push_back(r);
        if (w.readings.empty()) continue;
        std::size_t b = idiom_from;
        while (b > 0 && tk[b - 1].kind == SurfaceToken::Word && !skipped(tk[b - 1].span) &&
               auxiliary(tk[b - 1].lower))
            --b;
        w.phrase = {tk[b].span.begin, t.span.end};
        for (std::size_t j = b; j < k; ++j) w.persists |= persisting(tk[j].lower);
        for (std::size_t j = k + 1; j < tk.size() && j <= k + 6 && !piece_end(tk[j]); ++j)
            w.until |= tk[j].kind == SurfaceToken::Word &&
                       in_word_list(tk[j].lower, {"until", "till"});
        if (w.until)
            for (std::size_t j = b; j < k; ++j)
                w.negated_until |= in_word_list(tk[j].lower, {"not", "never"}) ||
                                   is_negative_contraction(tk[j].lower);
        // "will be allowed to keep their places", "has agreed to keep": a verb that takes the
        // word as its infinitive is part of the predicate, not what it is said of; the context
        // before is read past it, towards the subject.
        auto governs = [&](std::size_t j) {
            if (j + 1 >= k || tk[j + 1].lower != "to") return false;
            for (std::size_t i = j + 1; i < k; ++i)
                if (tk[i].kind != SurfaceToken::Word || !auxiliary(tk[i].lower)) return false;
            return true;
        };
        // A piece that holds nothing but the predicate ("His co-defendant, Rachel Dunmore, 48,
        // | was also found guilty"): its subject is before the comma, past an apposition; the
        // words there tell what the word is said of, where an empty context told nothing and
        // left the opposite unread. Read past commas only while no context word is found.
        for (std::size_t j = idiom_from; j-- > 0 && w.before.size() < kContext;) {
            if (piece_end(tk[j])) {
                if (!w.before.empty() || tk[j].lower != ",") break;
                continue;
            }
            if (context_word(tk[j]) && !(w.before.empty() && governs(j)))
                w.before.push_back(tk[j].lower);
        }
        for (std::size_t j = k + 1; j < tk.size() && w.after.size() < kContext && !piece_end(tk[j]);
             ++j)
            if (context_word(tk[j])) w.after.push_back(tk[j].lower);
        // The subject's head: from the start of the clause piece, the last content word before
        // the first preposition, whose phrase modifies it ("Poultry markets [across the
        // region]", "Passenger services [from Port Cardell]"), or before the word itself.
        std::size_t from = k;
        while (from > 0 && !piece_end(tk[from - 1])) --from;
        for (std::size_t j = from; j < k; ++j) {
            if (tk[j].kind == SurfaceToken::Word && preposition(tk[j].lower)) break;
            if (context_word(tk[j])) w.head = tk[j].lower;
        }
        out.push_back(std::move(w));
    }
    return out;
}

std::vector<std::string> content_stems(std::string_view text, ByteSpan span) {
    std::vector<std::string> out;
    for (const SurfaceToken& t : scan_surface(text, span))
        if (content_word(t)) out.push_back(normalize_word(t.lower));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::pair<std::size_t, std::size_t>> opposed_words(const std::vector<PolarityWord>& x,
                                                               const std::vector<PolarityWord>& y) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    auto carries = [](const std::vector<PolarityWord>& side, int lemma) {
        for (const PolarityWord& w : side)
            for (const AntonymReading& r : w.readings)
                if (r.lemma == lemma) return true;
        return false;
    };
    for (std::size_t i = 0; i < x.size(); ++i)
        for (std::size_t j = 0; j < y.size(); ++j) {
            bool found = false;
            for (const AntonymReading& a : x[i].readings)
                for (const AntonymReading& b : y[j].readings)
                    found |= opposed(a, b) && !carries(x, b.lemma) && !carries(y, a.lemma);
            if (found) out.emplace_back(i, j);
        }
    return out;
}

bool context_shared(const PolarityWord& w, const std::vector<std::string>& stems) {
    for (const std::vector<std::string>* side : {&w.before, &w.after})
        for (const std::string& c : *side)
            if (std::binary_search(stems.begin(), stems.end(), normalize_word(c))) return true;
    return false;
}

bool said_of_other_things(const PolarityWord& x, const std::vector<std::string>& x_stems,
                          const PolarityWord& y, const std::vector<std::string>& y_stems) {
    auto has = [](const std::vector<std::string>& stems, const std::string& c) {
        return std::binary_search(stems.begin(), stems.end(), normalize_word(c));
    };
    auto apart = [&](const std::vector<std::string>& a, const std::vector<std::string>& b) {
        return !a.empty() && !b.empty() && !has(y_stems, a[0]) && !has(x_stems, b[0]);
    };
    if (x.persists != y.persists)
        return x.head.empty() || y.head.empty() || !has(y_stems, x.head) ||
               !has(x_stems, y.head);
    return apart(x.before, y.before) || apart(x.after, y.after);
}

} // namespace wiretrace::claims_internal
