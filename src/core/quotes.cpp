// quotes.cpp — see quotes.h. Hand-written: quotation pairing and speaker rules are a handful of
// patterns over surface tokens, and each match must be explainable to a reader.
//
// [SECTION] Quotation marks
// [SECTION] Vocabulary: speech verbs, titles, calendar words
// [SECTION] Name runs
// [SECTION] Speaker search
#include "quotes.h"

#include "quantities.h"
#include "surface.h"

#include <algorithm>
#include <cstring>
#include <unordered_set>

namespace wiretrace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Quotation marks
//-------------------------------------------------------------------------------------------------

namespace {

bool opens_side(std::uint32_t cp) {
    return cp == 0x201C || cp == 0x201E || cp == 0xAB;
}
bool closes_side(std::uint32_t cp) {
    return cp == 0x201D || cp == 0xBB;
}
bool is_blank_byte(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

std::vector<Quotation> find_quotations(std::string_view text, ByteSpan span) {
    std::vector<Quotation> out;
    std::size_t end = std::min<std::size_t>(span.end, text.size());
    bool open = false;
    int depth = 0; // nested quotations inside the open one
    std::size_t open_at = 0, open_len = 0;
    auto finish = [&](std::size_t close_begin, std::size_t close_end, bool closed) {
        Quotation q;
        q.outer = {static_cast<std::uint32_t>(open_at), static_cast<std::uint32_t>(close_end)};
        std::size_t b = open_at + open_len, e = close_begin;
        while (b < e && is_blank_byte(text[b])) ++b;
        while (e > b && is_blank_byte(text[e - 1])) --e;
        q.inner = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
        q.closed = closed;
        if (!q.inner.empty()) out.push_back(q);
        open = false;
        depth = 0;
    };
    for (std::size_t i = span.begin; i < end;) {
        int len = 1;
        std::uint32_t cp = decode_utf8(text, i, &len);
        if (cp == '\n') {
            if (open) finish(i, i, false);
            i += len;
            continue;
        }
        if (is_double_quote(cp)) {
            bool after_space = i == span.begin || is_blank_byte(text[i - 1]) ||
                               text[i - 1] == '(' || text[i - 1] == '[';
            bool opening;
            if (opens_side(cp))
                opening = true;
            else if (closes_side(cp))
                opening = false;
            else
                opening = !open || after_space; // straight ": context decides
            if (opening) {
                if (!open) {
                    open = true;
                    depth = 0;
                    open_at = i;
                    open_len = static_cast<std::size_t>(len);
                } else {
                    ++depth;
                }
            } else if (open) {
                if (depth > 0)
                    --depth;
                else
                    finish(i, i + len, true);
            }
            // A closing mark with nothing open is a stray: ignored.
        }
        i += len;
    }
    if (open) finish(end, end, false);
    return out;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Vocabulary: speech verbs, titles, calendar words
//-------------------------------------------------------------------------------------------------

namespace {

bool is_name_connector(std::string_view w) {
    return in_word_list(
        w, {"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "la", "le", "for", "of"});
}

bool is_possessive(std::string_view lower) {
    return lower.size() > 2 && lower.compare(lower.size() - 2, 2, "'s") == 0;
}

} // namespace

bool is_title_word(std::string_view w) {
    return in_word_list(
        w, {"gen", "general", "president", "mr", "mrs", "ms", "dr", "prof", "professor", "sen",
            "senator", "rep", "gov", "governor", "col", "colonel", "lt", "maj", "major", "capt",
            "captain", "sgt", "sheikh", "king", "queen", "prince", "pope", "minister", "premier",
            "chancellor", "secretary", "ambassador", "commander", "spokesman", "spokeswoman",
            "spokesperson", "judge", "justice", "mayor", "lord", "lady", "sir", "dame", "rev",
            "cardinal", "imam", "emir", "ayatollah", "chairman", "director",
            // "Councillor Ines Vidal", "Sheriff Dan Ortiz": offices held by one person
            "councillor", "councilor", "councilman", "councilwoman", "alderman", "sheriff",
            "bishop", "archbishop", "rabbi",
            // "CEO Lars Ekdahl", "Garrow CEO Dana Whitcombe": the person is the
            // name after the title
            "chairwoman", "ceo", "cfo", "coo"});
}

// Verbs of caution and admission introduce a quote too ("Okafor cautioned that “…”").
bool is_speech_verb(std::string_view w) {
    // A hash set: the claims engine asks this for every word of every mention.
    static const std::unordered_set<std::string_view> verbs = {
        "said",       "says",       "say",       "saying",    "told",      "tells",
        "added",      "adding",     "adds",      "noted",     "notes",     "stated",
        "states",     "explained",  "declared",  "insisted",  "warned",    "asserted",
        "emphasized", "emphasised", "stressed",  "claimed",   "argued",    "wrote",
        "writes",     "asked",      "replied",   "remarked",  "continued", "acknowledged",
        "tweeted",    "posted",     "announced", "vowed",     "recalled",  "urged",
        "cautioned",  "conceded",   "admitted",  "predicted", "promised",  "pledged"};
    return verbs.count(w) > 0;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Name runs
//-------------------------------------------------------------------------------------------------

namespace {

using NameRun = CapitalisedRun;

// The capitalised run starting at token i (titles included); *after gets the index past it.
// Returns false when token i does not start one.
bool run_from(const std::vector<SurfaceToken>& tk, const std::vector<bool>& quoted, std::size_t i,
              std::size_t limit, NameRun* run, std::size_t* after) {
    auto name_word = [&](std::size_t k) {
        return k < limit && !quoted[k] && tk[k].kind == SurfaceToken::Word && tk[k].capitalised &&
               !is_calendar_word(tk[k].lower);
    };
    if (!name_word(i)) return false;
    // "Because Corvane settled early, …", "While Halvern Pharma said …", "After Reyes left …",
    // "Earlier Reyes told reporters …": a conjunction or a sentence adverb capitalised because
    // it opens the sentence starts a clause, never a name. So does an indefinite pronoun
    // ("Nobody asked whether …", "Everyone agreed …"): read as a name it became an
    // organisation that speaks, and "the firm" of a later sentence was resolved to "Nobody".
    // All are closed classes of English, so a list (not a lexicon) is what fits; an
    // all-capitals acronym ("AS Roma") is left a name.
    // A hash set: this is asked for every capitalised word the engine reads.
    static const std::unordered_set<std::string_view> opens_clause = {
        "because", "although", "though", "while", "whilst", "whereas", "after", "before",
        "since", "until", "unless", "if", "when", "whenever", "once", "as", "and", "but", "so",
        "yet", "or", "nor", "whether", "despite",
        // sentence adverbs
        "meanwhile", "however", "later", "earlier", "separately", "instead", "then", "now",
        "yesterday", "also", "still", "nonetheless", "nevertheless", "moreover", "furthermore",
        "thus", "therefore", "additionally", "finally", "eventually", "afterwards", "recently",
        "previously", "initially", "ultimately",
        // indefinite pronouns
        "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "none",
        "nothing", "everything", "something", "anything"};
    if (!tk[i].all_caps && opens_clause.count(tk[i].lower) > 0) return false;
    run->titled = false;
    std::size_t k = i, name_first = i;
    std::size_t last = i;
    while (k < limit) {
        if (name_word(k)) {
            std::string_view w = tk[k].lower;
            last = k;
            bool title = is_title_word(w) && !is_possessive(w);
            ++k;
            if (title) {
                if (k < limit && tk[k].kind == SurfaceToken::Symbol && tk[k].lower == "." &&
                    !tk[k].space_before)
                    ++k; // "Gen."
                name_first = k;
                run->titled = true;
            }
            if (is_possessive(w)) break; // "the Observatory’s chief": the run ends here
            continue;
        }
        // Lower-case particles inside a name: "Osama bin Laden".
        if (k + 1 < limit && tk[k].kind == SurfaceToken::Word && is_name_connector(tk[k].lower) &&
            name_word(k + 1) && k > i) {
            ++k;
            continue;
        }
        break;
    }
    *after = std::max(k, last + 1);
    if (name_first > last) return false; // a title alone
    run->begin = i;
    run->first = name_first;
    run->last = last;
    run->possessive = is_possessive(tk[last].lower);
    return true;
}

std::string run_text(std::string_view text, const std::vector<SurfaceToken>& tk, const NameRun& r) {
    return std::string(
        text.substr(tk[r.first].span.begin, tk[r.last].span.end - tk[r.first].span.begin));
}

} // namespace

std::vector<CapitalisedRun> capitalised_runs(const std::vector<SurfaceToken>& tk) {
    std::vector<CapitalisedRun> out;
    std::vector<bool> quoted(tk.size(), false);
    for (std::size_t k = 0; k < tk.size();) {
        CapitalisedRun r;
        std::size_t after = 0;
        if (run_from(tk, quoted, k, tk.size(), &r, &after)) {
            out.push_back(r);
            k = after;
        } else {
            ++k;
        }
    }
    return out;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Speaker search
//-------------------------------------------------------------------------------------------------

namespace {
bool is_preposition(std::string_view w) {
    return in_word_list(w, {"in", "at", "on", "to", "from", "outside", "inside", "after", "before",
                            "during", "with", "for", "of", "by", "near", "about", "into"});
}
} // namespace

SpeakerPhrase find_speaker(std::string_view text, ByteSpan sentence,
                           const std::vector<Quotation>& quotations, const PersonTest& is_person,
                           const BodyTest& is_body) {
    SpeakerPhrase none;
    std::vector<SurfaceToken> tk = scan_surface(text, sentence);
    const std::size_t n = tk.size();
    std::vector<bool> quoted(n, false);
    std::vector<bool> closes(n, false); // the closing mark of a quotation
    std::size_t first_quote = n;
    {
        std::size_t qi = 0;
        for (std::size_t k = 0; k < n; ++k) {
            while (qi < quotations.size() && quotations[qi].outer.end <= tk[k].span.begin) ++qi;
            if (qi < quotations.size() && tk[k].span.begin >= quotations[qi].outer.begin &&
                tk[k].span.end <= quotations[qi].outer.end) {
                quoted[k] = true;
                if (first_quote == n) first_quote = k;
                if (tk[k].span.end == quotations[qi].outer.end && quotations[qi].closed)
                    closes[k] = true;
            }
        }
    }
    if (first_quote == n) return none;

    // Speech verbs outside quotations, in order of preference: right after a closing mark,
    // then before the first quotation (nearest first), then the rest in text order.
    std::vector<std::size_t> verbs, after_close, before, rest;
    for (std::size_t k = 0; k < n; ++k) {
        if (quoted[k] || tk[k].kind != SurfaceToken::Word) continue;
        // "called the decision “regrettable but understandable”": a verb of naming with a
        // quotation as its complement (within four words) quotes its subject. Not in an object
        // relative ("the insurgents, whom he described as “takfiri”"): the naming is an aside.
        bool naming = false;
        const bool object_relative = (k >= 1 && in_word_list(tk[k - 1].lower, {"whom", "which"})) ||
                                     (k >= 2 && in_word_list(tk[k - 2].lower, {"whom", "which"}));
        // Every form of the verb: "welcomed the decision, calling it “a model”" quotes the
        // subject of the clause the participle hangs on, as "called it" does.
        if (!object_relative &&
            in_word_list(tk[k].lower,
                         {"call",      "called",    "calls",      "calling", "describe",
                          "described", "describes", "describing", "brand",   "branded",
                          "brands",    "branding",  "term",       "termed",  "terms",
                          "terming",   "dub",       "dubbed",     "dubs",    "dubbing"}))
            for (std::size_t j = k + 1; j < n && j <= k + 4; ++j)
                if (quoted[j]) naming = true;
        // "dismissed the offer as “an insult”", "hailed it as “historic”": a
        // verb of judging whose "as" complement is a quotation quotes its subject the same way.
        if (!object_relative &&
            in_word_list(tk[k].lower,
                         {"dismissed",  "dismisses",  "dismissing",  "hailed",      "hails",
                          "hailing",    "denounced",  "denounces",   "denouncing",  "condemned",
                          "condemns",   "condemning", "praised",     "praises",     "praising",
                          "criticised", "criticized", "criticising", "criticizing", "derided",
                          "derides",    "deriding"}))
            for (std::size_t j = k + 1; j + 1 < n && j <= k + 4; ++j)
                if (!quoted[j] && tk[j].kind == SurfaceToken::Word && tk[j].lower == "as" &&
                    quoted[j + 1])
                    naming = true;
        if (!naming && !is_speech_verb(tk[k].lower)) continue;
        bool near_close = false;
        for (std::size_t b = k; b-- > 0 && b + 4 >= k;)
            if (closes[b]) near_close = true;
        if (near_close)
            after_close.push_back(k);
        else if (k < first_quote)
            before.push_back(k);
        else
            rest.push_back(k);
    }
    std::reverse(before.begin(), before.end());
    for (auto* v : {&after_close, &before, &rest}) verbs.insert(verbs.end(), v->begin(), v->end());

    auto phrase = [&](const NameRun& r) {
        SpeakerPhrase p;
        p.span = {tk[r.first].span.begin, tk[r.last].span.end};
        p.name = run_text(text, tk, r);
        return p;
    };

    for (std::size_t v : verbs) {
        // 1. "said Rami Abdurrahman" (after a closing mark, or after a speech verb next to one).
        // "…,” he told the Gazette.", "…,” she told reporters.": whom the words were told to
        // (an outlet, a crowd, a committee) is never who said them; English has no inverted
        // "told X" for the speaker, so the name after such a verb is passed over.
        const bool to_whom = in_word_list(
            tk[v].lower, {"told", "tells", "tell", "informed", "informs", "assured", "assures",
                          "reminded", "reminds", "briefed", "briefs"});
        if (!to_whom &&
            std::find(after_close.begin(), after_close.end(), v) != after_close.end()) {
            NameRun r;
            std::size_t after = 0;
            // The name after an inverted verb ends its clause ("…,” said Maria Lopez."); one
            // that a verb follows is the subject of the verb's complement ("and said the
            // Greens had won"), not who is quoted.
            auto ends_clause = [&](std::size_t end) {
                return end >= n || quoted[end] || tk[end].kind != SurfaceToken::Word ||
                       !in_word_list(tk[end].lower,
                                     {"would", "will", "was", "were", "is", "are", "had", "has",
                                      "have", "could", "should", "must", "might", "may", "did",
                                      "can", "wanted", "wants", "planned", "plans"});
            };
            // Lower-case title words after `from` (at most three, no preposition: "told
            // supporters in Lindau" names a place; no possessive: "said his Green Alliance
            // would …" names what is his, not him), then a name.
            auto titled_name = [&](std::size_t from, NameRun* out) {
                for (std::size_t k = from; k < n && k < from + 3; ++k) {
                    if (quoted[k] || tk[k].kind != SurfaceToken::Word || tk[k].capitalised ||
                        tk[k].lower == "that" || is_preposition(tk[k].lower) ||
                        in_word_list(tk[k].lower, {"his", "her", "their", "its", "our", "my",
                                                   "your"}))
                        return false;
                    std::size_t end = 0;
                    if (run_from(tk, quoted, k + 1, n, out, &end) && !out->possessive &&
                        ends_clause(end))
                        return true;
                }
                return false;
            };
            if (run_from(tk, quoted, v + 1, n, &r, &after) && !r.possessive && ends_clause(after)) {
                // "said Lenholm mayor Anna Berg": a place before the title is not the speaker.
                // Nor is a body ("said Vale Dairies chair Owen Pritchard", "said Corvane chief
                // executive Helena Varga"): a run of two or more words, then a role and a name
                // the corpus reads as a person, names whom the person speaks for. (The corpus
                // may read the body as a person too: "said Vale Dairies" looks like "said Anna
                // Berg". A role word right before the second name is what tells them apart:
                // "said Anna Berg as Tom Hale looked on" has none.)
                NameRun titled;
                auto role_word = [&](const SurfaceToken& t) {
                    return is_title_word(t.lower) || (is_body && is_body(t.lower)) ||
                           in_word_list(t.lower, {"chair", "executive", "officer", "founder",
                                                  "partner", "manager", "economist", "analyst"});
                };
                if (titled_name(after, &titled) && titled.last > titled.first &&
                    (r.first == r.last ||
                     (role_word(tk[titled.begin - 1]) && is_person(run_text(text, tk, titled)))))
                    return phrase(titled);
                return phrase(r);
            }
            // "said fire chief Maria Lopez", "said senior police officer Tom Hale".
            if (titled_name(v + 1, &r)) return phrase(r);
            // "said the union's chairman, Karl Brenner", "said Lindqvist's deputy, Ola Berg":
            // the role, ending in a lower-case noun (at most six words, not opening with a
            // preposition: "said in a statement"), then a comma and the full name that ends the
            // sentence or its clause. The name is who spoke, not the role's owner.
            if (v + 1 < n && !quoted[v + 1] && tk[v + 1].kind == SurfaceToken::Word &&
                !is_preposition(tk[v + 1].lower))
                for (std::size_t k = v + 1; k < n && k <= v + 7; ++k) {
                    if (quoted[k]) break;
                    if (tk[k].kind == SurfaceToken::Word) {
                        if (tk[k].lower == "that" || is_speech_verb(tk[k].lower)) break;
                        continue;
                    }
                    if (tk[k].lower != "," || k == v + 1 || tk[k - 1].kind != SurfaceToken::Word ||
                        tk[k - 1].capitalised)
                        break;
                    std::size_t end = 0;
                    if (run_from(tk, quoted, k + 1, n, &r, &end) && !r.possessive &&
                        r.last > r.first &&
                        (end >= n || (tk[end].kind == SurfaceToken::Symbol && !quoted[end])))
                        return phrase(r);
                    break;
                }
        }
        // 2. Pronoun just before the verb: "He said", "she later told".
        for (std::size_t back = 1; back <= 2 && back <= v; ++back) {
            const SurfaceToken& t = tk[v - back];
            if (quoted[v - back] || t.kind != SurfaceToken::Word) break;
            if (t.lower == "he" || t.lower == "she") {
                // "Valtessa's mayor, Sonja Kessel, praised what she called “…”": the pronoun
                // points back to the one person its own sentence named before it (outside a
                // quotation) as its subject, not to the person the article named last. A name
                // after a preposition is not the subject ("In a statement read by his lawyer,
                // Anna Berg, he said"); two people named are a guess left to the caller.
                {
                    std::size_t from = 0;
                    for (std::size_t k = 0; k < v - back; ++k)
                        if (quoted[k]) from = k + 1;
                    const NameRun* only = nullptr;
                    std::vector<NameRun> own;
                    for (std::size_t k = from; k < v - back;) {
                        NameRun r;
                        std::size_t after = 0;
                        if (tk[k].kind == SurfaceToken::Word && is_preposition(tk[k].lower)) {
                            own.clear();
                            break;
                        }
                        if (run_from(tk, quoted, k, v - back, &r, &after)) {
                            if (!r.possessive && r.last > r.first &&
                                is_person(run_text(text, tk, r)))
                                own.push_back(r);
                            k = after;
                        } else {
                            ++k;
                        }
                    }
                    bool several = false;
                    for (const NameRun& r : own)
                        if (!only)
                            only = &r;
                        else if (run_text(text, tk, r) != run_text(text, tk, *only))
                            several = true;
                    if (only && !several) return phrase(*only);
                }
                SpeakerPhrase p;
                p.span = t.span;
                p.name.assign(text.substr(t.span.begin, t.span.size()));
                p.pronoun = true;
                return p;
            }
            if (!in_word_list(t.lower, {"also", "later", "then", "previously", "earlier", "further",
                                        "once", "had", "has", "have", "was", "is"}))
                break;
        }
        // 3. Nearest person before the verb, within 16 tokens and after any quotation.
        std::size_t from = v > 16 ? v - 16 : 0;
        for (std::size_t k = from; k < v; ++k)
            if (quoted[k]) from = k + 1;
        std::vector<NameRun> runs;
        for (std::size_t k = from; k < v;) {
            NameRun r;
            std::size_t after = 0;
            if (run_from(tk, quoted, k, v, &r, &after)) {
                runs.push_back(r);
                k = after;
            } else {
                ++k;
            }
        }
        // "Lukas Ferrante, the managing director of operator Kronberg Bahnen, told reporters:
        // “…”": a name after "of" or "for" (across at most two lower-case words) names whom the
        // person before it works for, not who speaks; passed over when a person is named before
        // it.
        auto owner_in_apposition = [&](const NameRun& r) {
            std::size_t k = r.first, lower = 0;
            while (k > from && lower < 3) {
                const SurfaceToken& t = tk[k - 1];
                if (quoted[k - 1] || t.kind != SurfaceToken::Word) return false;
                if (in_word_list(t.lower, {"of", "for"})) return true;
                if (t.capitalised) return false;
                --k, ++lower;
            }
            return false;
        };
        for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
            if (it->possessive || !is_person(run_text(text, tk, *it))) continue;
            if (owner_in_apposition(*it) &&
                std::any_of(runs.begin(), it.base() - 1, [&](const NameRun& r) {
                    return !r.possessive && r.last > r.first && is_person(run_text(text, tk, r));
                }))
                continue;
            return phrase(*it);
        }
        // 4. A run right before the verb, even if the corpus never named it a person
        //    ("Sham FM said", "Mr Erdogan said").
        if (!runs.empty() && runs.back().last + 1 == v && !runs.back().possessive) {
            // A sentence-initial capital alone ("Its said") is not a name.
            if (!(runs.back().first == 0 && runs.back().first == runs.back().last))
                return phrase(runs.back());
        }
        // 5. A full name set off by commas right before the verb: "The union leader,
        //    Dana Whitcombe, dismissed …" (an appositive naming the role before it).
        if (!runs.empty()) {
            const NameRun& r = runs.back();
            auto comma = [&](std::size_t k) {
                return k < n && tk[k].kind == SurfaceToken::Symbol && tk[k].lower == ",";
            };
            if (r.last + 2 == v && comma(r.last + 1) && r.begin > 0 && comma(r.begin - 1) &&
                r.last > r.first && !r.possessive)
                return phrase(r);
        }
        // 5b. A full name right after the closing mark and set off by a comma, the verb after
        //     its apposition: "“…,” Mira Kovac, general secretary of the union, told the
        //     Courier." The name opens the attribution, as "said X" closes one; the words
        //     between are what she is, and hold no verb of their own (up to the verb only
        //     capitalised runs, lower-case words of a description and commas).
        for (const NameRun& r : runs) {
            if (r.begin == 0 || !closes[r.begin - 1] || r.last == r.first || r.possessive ||
                r.last + 1 >= v || tk[r.last + 1].kind != SurfaceToken::Symbol ||
                tk[r.last + 1].lower != ",")
                continue;
            bool apposition = true;
            for (std::size_t k = r.last + 2; k < v && apposition; ++k)
                apposition = !quoted[k] && (tk[k].kind != SurfaceToken::Word ||
                                            !(is_speech_verb(tk[k].lower) ||
                                              in_word_list(tk[k].lower, {"who", "which", "that",
                                                                         "is", "was", "has",
                                                                         "had"})));
            if (apposition) return phrase(r);
            break;
        }
        // 6. A body or a role named by a common noun right before the verb, "the" and at most
        //    two words between ("The union called the report “…”", "the nurses' union said",
        //    "the bureau's chief investigator called it"): who speaks, as a name does in 4.
        //    Only nouns the caller reads as a body or a role; the caller resolves a role to the
        //    person named with it, or leaves it.
        if (is_body && v >= 2) {
            auto plain_word = [&](std::size_t k) {
                return !quoted[k] && tk[k].kind == SurfaceToken::Word && !tk[k].all_caps;
            };
            const std::size_t head = v - 1;
            if (plain_word(head) && !tk[head].capitalised && is_body(tk[head].lower)) {
                std::size_t det = head - 1;
                // At most two modifiers: lower-case words ("bureau's chief investigator") or a
                // plural possessive ("players' union", whose apostrophe is a token of its own).
                for (int modifiers = 0; modifiers < 2 && det > 0; ++modifiers) {
                    if (det > 1 && tk[det].kind == SurfaceToken::Symbol &&
                        (tk[det].lower == "'" || tk[det].lower == "\xE2\x80\x99") &&
                        plain_word(det - 1) && tk[det - 1].span.end == tk[det].span.begin)
                        det -= 2;
                    else if (plain_word(det) && !tk[det].capitalised && tk[det].lower != "the")
                        --det;
                    else
                        break;
                }
                if (plain_word(det) && tk[det].lower == "the") {
                    SpeakerPhrase p;
                    p.span = {tk[det + 1].span.begin, tk[head].span.end};
                    p.name.assign(text.substr(p.span.begin, p.span.size()));
                    p.body = true;
                    return p;
                }
            }
        }
    }
    // 3. "Tomas Brede, who leads the growers, put it plainly: “…”", "Ines Varga was blunt:
    // “…”": no verb of speech, but a colon right before the quotation introduces it as the
    // words of the person who opens the sentence (a full name the corpus reads as a person,
    // its title or an apposition around it allowed).
    if (first_quote >= 3 && tk[first_quote - 1].kind == SurfaceToken::Symbol &&
        tk[first_quote - 1].lower == ":") {
        NameRun r;
        std::size_t after = 0;
        if (run_from(tk, quoted, 0, first_quote, &r, &after) && !r.possessive &&
            r.last > r.first && is_person(run_text(text, tk, r)))
            return phrase(r);
    }
    return none;
}

} // namespace wiretrace
