// claim_mentions.cpp — step 1 of the claims engine (claims.h): every story clause of every
// article as a mention, with its quotes and speaker, source, hedge, negation, quantities,
// entities and content words.
//
// [SECTION] Vocabulary: hedges, reporting verbs, source nouns, descriptors, fillers
// [SECTION] Corpus knowledge: capitalisation agreement, people's names
// [SECTION] Mentions: units, quotes and speaker, source, hedge, quantities, entities, words
// [SECTION] Entry point
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

//-------------------------------------------------------------------------------------------------
// [SECTION] Vocabulary: hedges, reporting verbs, source nouns, descriptors, fillers
//-------------------------------------------------------------------------------------------------

// Verbs that credit a source for a statement: "Sham FM said", "SANA quoted", "monitor reported".
bool is_reporting_verb(std::string_view w) {
    // A hash set: this is asked for every word of every mention.
    static const std::unordered_set<std::string_view> verbs = {
        "characterized",
        "characterised",
        "asserted",
        "emphasized",
        "emphasised",
        "stressed",
        "declared",
        "explained",
        "argued",
        "acknowledged",
        "admitted",
        "described",
        "branded",
        "confirm",
        "confirms",
        "deny",
        "denies",
        "denied",
        "said",
        "says",
        "say",
        "reported",
        "reports",
        "quoted",
        "quotes",
        "cited",
        "cites",
        "told",
        "announced",
        "claimed",
        "claims",
        "confirmed",
        "stated",
        "indicated",
        "noted",
        "added",
        "insisted",
        "warned",
        "alleged",
        "wrote",
        // "The union accused ValRail of cutting maintenance": the accuser is the source of the
        // accusation, as in "The union said ValRail had cut maintenance".
        "accused",
        "accuses",
        "rejected",
        "rejects",
        "disputed",
        "disputes",
        // "results presented at the congress showed", "figures show that …": data as source.
        "showed",
        "shows",
        // Verbs of judgement credit their subject too ("Forecasters expect winds of …",
        // "Investigators believe the fire was set", "the association estimates …").
        "expect",
        "expects",
        "believe",
        "believes",
        "estimate",
        "estimates",
        "estimated",
        "think",
        "thinks",
        "predict",
        "predicted",
        "predicts",
        "disclosed",
        "discloses",
        "revealed",
        "reveals",
        "suspect",
        "suspects",
    };
    return verbs.count(w) > 0;
}

// Lower-case heads of a noun phrase that can be a source ("opposition activists said"), plural
// and job nouns that speak as a group too ("Two cabinet ministers said", "Engineers say",
// "Economists expect").
bool is_source_noun(std::string_view w) {
    return in_word_list(w, {"activists",       "activist",      "officials",
                            "official",        "monitor",       "monitors",
                            "media",           "outlets",       "outlet",
                            "agency",          "group",         "ministry",
                            "military",        "army",          "government",
                            "sources",         "source",        "witnesses",
                            "witness",         "residents",     "police",
                            "spokesman",       "spokeswoman",   "spokesperson",
                            "minister",        "observatory",   "reports",
                            "report",          "statement",     "authorities",
                            "forces",          "officer",       "officers",
                            "commander",       "correspondent", "station",
                            "newspaper",       "television",    "tv",
                            "radio",           "broadcaster",   "channel",
                            "analysts",        "experts",       "doctors",
                            "medics",          "rescuers",      "journalists",
                            "people",          "leader",        "leaders",
                            "president",       "chief",         "head",
                            "prosecutors",     "prosecutor",    "investigators",
                            "investigator",    "service",       "department",
                            "firefighters",    "paramedics",    "coroner",
                            "hospital",        "sheriff",       "mayor",
                            "governor",        "council",       "court",
                            "company",         "firm",          "spokespeople",
                            "lawyers",         "lawyer",        "representative",
                            "representatives", "observers",     "diplomats",
                            "diplomat",        "commission",    "committee",
                            "board",           "regulator",     "inspectors",
                            "authority",       "union",         "embassy",
                            "coastguard",      "mission",       "office",
                            "ministers",       "lawmakers",     "legislators",
                            "economists",      "researchers",   "scientists",
                            "engineers",       "forecasters",   "aides",
                            "insiders",        "executives",    "negotiators",
                            "commissioner",    "regulators",    "auditors"});
}

// Company and institution suffixes ("Halvern Pharma", "Kestrel Airlines"): a run ending in one
// is an organisation even where it speaks ("Halvern Pharma said").
bool is_company_suffix(std::string_view w) {
    return in_word_list(w,
                        {"pharma", "pharmaceuticals", "airlines", "airways", "motors", "holdings",
                         "inc", "corp", "ltd", "plc", "llc", "industries", "technologies",
                         "congress", "college", "foundation", "commission", "railway", "railways"});
}

// Words of an organisation's name: such a run is never a person. Nouns that name a kind of
// body ("Syrian Observatory for Human Rights", "Kestrel Bankers' Association") and the words
// news names carry ("Times", "Press"); no single organisation's name: an acronym is an
// organisation by its form (is_acronym), wherever it is written.
bool is_organisation_word(std::string_view w) {
    if (is_company_suffix(w)) return true;
    return in_word_list(
        w, {"observatory", "agency",   "forces",    "army",         "fm",           "times",
            "party",       "ministry", "council",   "group",        "news",         "press",
            "rights",      "network",  "radio",     "tv",           "front",        "brigade",
            "brigades",    "union",    "committee", "organization", "organisation", "association",
            "company",     "bank",     "court",     "police",       "government",   "institute",
            "university",  "nations",  "state",     "states",       "republic",     "kingdom",
            "independent", "post",     "guardian",  "army's",       "democratic",   "national",
            "movement",    "authority", "federation", "alliance",   "coalition",    "reuters",
            "associated"});
}

// An acronym ("SANA", "HTS", "ICO"): two to six capitals, no lower-case letter. A person is
// never written so; an organisation often is.
bool is_acronym(const SurfaceToken& t) {
    if (t.kind != SurfaceToken::Word || !t.all_caps) return false;
    std::size_t letters = 0;
    for (char c : t.lower) {
        if (c < 'a' || c > 'z') return false;
        ++letters;
    }
    return letters >= 2 && letters <= 6;
}

// Leading words of a run that describe rather than name: "Britain-based", "Pro-government".
bool is_descriptor(std::string_view lower) {
    static const char* suffixes[] = {"-based", "-backed",     "-led",       "-allied",
                                     "-run",   "-held",       "-linked",    "-born",
                                     "-owned", "-controlled", "-affiliated"};
    for (const char* s : suffixes) {
        std::size_t n = std::strlen(s);
        if (lower.size() > n && lower.compare(lower.size() - n, n, s) == 0) return true;
    }
    return lower.rfind("pro-", 0) == 0 || lower.rfind("anti-", 0) == 0;
}

bool is_determiner(std::string_view lower) {
    return in_word_list(lower, {"the", "a", "an", "its", "his", "her", "their", "our", "this",
                                "that", "these", "those", "both", "two", "local", "state"});
}

bool is_pronoun(std::string_view lower) {
    return in_word_list(lower, {"he", "she", "it", "they", "we", "i", "you", "who", "which"});
}

// Finite verbs and auxiliaries that show a clause has its own predicate: "and the army
// withdrew", "and vowed to gain back lost areas", "but appeared to be referring to Turkey".
// Hand list of the verbs news copy coordinates (a tagger is not in this build's dependencies);
// regular past tenses are recognised by their "-ed".
bool is_finite_verb(std::string_view w, bool allow_ed) {
    if (in_word_list(
            w, {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
                "may", "might", "should", "must", "did", "does", "do", "went", "took", "fled",
                "left", "began", "came", "made", "gave", "got", "held", "won", "lost", "saw",
                "fell", "rose", "met", "sent", "told", "said", "says", "withdrew", "seized",
                "remain", "remains", "remained", "appeared", "appears", "seemed", "seems", "vowed",
                "vows", "added", "denied", "denies", "declined", "refused", "stopped", "urged",
                "warned", "called", "promised", "pledged", "claimed", "insisted", "stressed",
                "branded", "described", "accused", "blamed", "rejected", "confirmed", "announced",
                "asserted", "emphasized", "emphasised", "noted", "reported", "welcomed",
                "threatened", "captured", "entered", "killed", "wounded", "launched", "struck",
                "hit", "shot", "kept", "set", "put", "brought", "bought", "sold", "built", "found",
                "thought", "knew", "became", "ran", "led", "spent", "paid", "cut", "ordered",
                // court, police and emergency copy
                "sentenced", "convicted", "acquitted", "charged", "arrested", "fined", "jailed",
                "evacuated", "rescued", "recalled", "suspended", "resigned"}))
        return true;
    return allow_ed && w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0 &&
           !in_word_list(w, {"armed", "based", "backed", "led", "allied", "united", "called",
                             "alleged", "related", "unnamed", "unidentified", "detailed", "limited",
                             "wounded", "injured", "displaced", "interested"});
}

// A clause's subject can start here: a pronoun, a determiner or a capitalised word.
bool subject_start(const SurfaceToken& t) {
    if (t.kind == SurfaceToken::Number) return true;
    if (t.kind != SurfaceToken::Word) return false;
    return t.capitalised ||
           in_word_list(t.lower, {"he",     "she",        "it",         "they",     "we",
                                  "i",      "the",        "a",          "an",       "his",
                                  "her",    "its",        "their",      "our",      "this",
                                  "these",  "those",      "some",       "many",     "most",
                                  "no",     "several",    "government", "police",   "officials",
                                  "troops", "insurgents", "rebels",     "fighters", "residents",
                                  "people", "civilians",  "authorities"});
}

// Participles that open an aside, not a second fact.
bool aside_participle(std::string_view w) {
    return in_word_list(w, {"according",  "including", "during",          "following",  "regarding",
                            "concerning", "involving", "notwithstanding", "excluding",  "pending",
                            "nothing",    "something", "anything",        "everything", "morning",
                            "evening",    "being",     "meaning",         "bring",      "king",
                            "thing",      "building",  "meeting",         "spring",     "string",
                            "ring",       "wing"});
}

// A verb that gives a relative or subordinate clause its own predicate: the finite verbs
// above, and the present tenses such clauses use ("since the coalition holds 104 seats",
// "which the ministry expects to raise …"). Kept apart from is_finite_verb, which the
// attribution rules read too.
bool is_bare_verb(std::string_view w); // the hedge rules' test, below

bool clause_verb(std::string_view w) {
    return is_finite_verb(w, true) ||
           in_word_list(w, {"holds", "expects", "owns", "runs", "employs", "accounts", "estimates",
                            "controls", "plans", "faces", "leads", "lies", "stands", "lives",
                            "hopes", "believes", "puts", "keeps", "makes", "takes", "gets", "gives",
                            "needs", "wants", "serves", "covers", "built"});
}

// A participle that tells what became of the people or things a figure counts ("with more
// than 400 people injured", "and over 400 hurt", "with the coalition holding 104 seats").
bool outcome_participle(std::string_view w) {
    if (in_word_list(w, {"hurt", "dead", "missing", "injured", "wounded", "killed", "trapped",
                         "arrested", "detained", "evacuated", "rescued", "displaced"}))
        return true;
    return w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0 && !aside_participle(w);
}

// Clauses of a sentence, as token ranges [first, last): one proposition each. A sentence is
// cut (outside quotations) at a semicolon; before a coordinator ("and", "but", "while", "yet")
// that starts a predicate of its own ("… was a tactical measure and vowed to gain back lost
// areas", "… and that they were …") or, after a comma, a clause with its own subject and verb
// ("…, but Syria's military has not yet said …"); and after a comma that opens a participle
// clause ("…, killing dozens of fighters", "…, adding that …", "…, seemingly alluding to
// Turkey"). Each side keeps at least four words, so lists ("Lebanon, Iraq and Jordan") and
// short asides stay whole.
// One clause of a sentence: tokens [first, last). A predicate coordinated with the one before
// it ("… was a stunning prize for Assad's opponents and reignited the conflict") carries the
// shared subject, tokens [subject_first, subject_last), so that it is matched as the
// proposition it states. (Not a participle clause: "won …, taking 52.4% of the vote" would then
// outrank the main clause for the whole-sentence version of another outlet.)
struct Clause {
    std::size_t first = 0, last = 0;
    std::size_t subject_first = 0, subject_last = 0; // empty when the clause has its own
    bool aside = false; // an aside with a figure between subject and verb ("The levy, set at
                        // 4% of profits, …"): background the outlet states itself
};

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
    auto has_verb = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to && j < n; ++j)
            if (word(j) && is_finite_verb(tk[j].lower, true)) return true;
        return false;
    };
    auto quoted_after = [&](std::size_t from) {
        for (std::size_t j = from; j < n; ++j)
            if (quoted[j]) return true;
        return false;
    };
    auto has_number = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to && j < n; ++j)
            if (tk[j].kind == SurfaceToken::Number && !quoted[j]) return true;
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
        if (!is_sym(at - 1, ",")) return false;
        for (std::size_t w = 0; w < 5 && word(j); ++w, ++j) {
            if (is_finite_verb(tk[j].lower, true)) return false;
            if (in_word_list(tk[j].lower, {"to", "at"}) && j + 1 < n &&
                tk[j + 1].kind == SurfaceToken::Number && !quoted[j + 1])
                return w >= 1;
        }
        return false;
    };
    // Cut points: (where the previous clause ends, where the next one starts), and whether the
    // next clause shares the subject of the one before.
    std::vector<std::pair<std::size_t, std::size_t>> cuts;
    std::vector<bool> shares_subject;
    std::size_t clause_start = 0;
    for (std::size_t k = 1; k + 1 < n; ++k) {
        std::size_t end = k, next = 0;
        bool shared = false;
        if (is_sym(k, ";")) {
            next = k + 1;
        } else if (tk[k].kind == SurfaceToken::Word && quoted[k] && tk[k].lower == "and" &&
                   k + 1 < n && quoted[k + 1] && subject_start(tk[k + 1])) {
            // Inside a quotation only two clauses with subjects of their own are cut ("a
            // temporary tactical measure and our forces are at the gates of Hama"): a quoted
            // predicate pair ("is the mother of all battles and will decide …") stays one.
            for (std::size_t j = k + 2; j < n && j < k + 6; ++j) {
                if (tk[j].kind == SurfaceToken::Symbol) break;
                if (tk[j].kind == SurfaceToken::Word && is_finite_verb(tk[j].lower, false)) {
                    next = k + 1;
                    break;
                }
            }
        } else if (word(k) && in_word_list(tk[k].lower, {"and", "but", "while", "whereas"})) {
            bool after_comma = is_sym(k - 1, ",");
            if (after_comma) end = k - 1;
            std::size_t v = k + 1;
            if (adverb(v)) ++v;
            // A regular past tense opens a predicate of its own unless it continues a pair of
            // participles ("were killed and injured", "arrested and charged").
            const bool verb_before =
                tk[k - 1].kind == SurfaceToken::Word && is_finite_verb(tk[k - 1].lower, true);
            if (word(v) && (tk[v].lower == "that" || is_finite_verb(tk[v].lower, !verb_before))) {
                next = k + 1; // "and vowed to …", "and that …", "but appeared to …"
                shared = tk[v].lower != "that";
            } else if (tk[k].lower == "and" && word(v) && tk[v].lower.size() > 5 &&
                       tk[v].lower.compare(tk[v].lower.size() - 3, 3, "ing") == 0 &&
                       !aside_participle(tk[v].lower) && figure_follows(v + 1)) {
                // "…, killing at least 30 people and injuring more than 200": a second
                // consequence with a figure of its own is a second fact.
                next = k + 1;
            } else if (tk[k].lower == "and" && second_action(clause_start, k, v)) {
                // "… will cut fuel duty by 5% and freeze rail fares": two actions announced in
                // one breath, each a fact an outlet may keep or drop.
                next = k + 1;
                shared = true;
            } else if (tk[k].lower == "and" && gapped_figure(clause_start, k)) {
                // "… 40 beds were added in Arlen and 12 in the suburbs", "…, and the total to
                // 19": a second figure whose verb is left out is a second fact.
                next = k + 1;
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
            } else if (subject_start(tk[k + 1]) && !quoted[k + 1] &&
                       (after_comma || !tk[k + 1].capitalised)) {
                // Without a comma only a determiner or pronoun opens the new subject ("… on
                // Monday and the army withdrew …"): "Syrian and Russian air force are …" is one.
                // "…, but Syria's military has not yet said …": a subject, then its verb.
                for (std::size_t j = k + 2; j < n && j < k + 12; ++j) {
                    // "…, and his lawyer, David Okafor, said …": over one appositive.
                    if (is_sym(j, ",")) {
                        std::size_t c = j + 1;
                        while (c < n && c < j + 6 && !is_sym(c, ",")) ++c;
                        if (c < n && is_sym(c, ",") && c > j + 1) {
                            j = c;
                            continue;
                        }
                        break;
                    }
                    if (tk[j].kind == SurfaceToken::Symbol && !quoted[j] && tk[j].lower == "(")
                        break;
                    if (word(j) && is_finite_verb(tk[j].lower, true)) {
                        next = k + 1;
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
                                            "alleging", "asserting", "stating"})))
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
                }
            }
            // "…has sickened 1,200 people, 900 of them in the capital": the share of a total
            // is a figure of its own, which outlets keep or drop apart from the total.
            if (!next && !quoted[k] && k + 3 < n && tk[k + 1].kind == SurfaceToken::Number &&
                !quoted[k + 1] && word(k + 2) && tk[k + 2].lower == "of" && word(k + 3) &&
                in_word_list(tk[k + 3].lower, {"them", "whom", "those", "which"}) &&
                has_number(clause_start, k))
                next = k + 1;
            // "…, with more than 400 people injured", "…, with the coalition holding 104 of
            // the 180 seats": an absolute phrase with a figure and what became of it states a
            // fact of its own.
            if (!next && !quoted[k] && word(k + 1) && tk[k + 1].lower == "with" &&
                figure_follows(k + 2)) {
                for (std::size_t j = k + 2; j < n && j < k + 10; ++j) {
                    if (tk[j].kind == SurfaceToken::Symbol && !quoted[j]) break;
                    if (word(j) && outcome_participle(tk[j].lower)) {
                        next = k + 1;
                        break;
                    }
                }
            }
            // "…, which her ministry expects to raise €900m a year": a relative clause after a
            // complete clause that brings a figure of its own is a second fact (one without a
            // figure, "…, which are expected to arrive by Friday", stays with its clause).
            // So is a noun in apposition that opens one (", a charge the ministry expects to
            // raise about €900m a year"), after a clause with a figure of its own.
            const bool apposed = word(k + 1) && in_word_list(tk[k + 1].lower, {"a", "an"}) &&
                                 has_number(clause_start, k);
            if (!next && !quoted[k] && word(k + 1) &&
                (apposed || in_word_list(tk[k + 1].lower, {"which", "who", "where"})) &&
                has_verb(clause_start, k) && !quoted_after(k)) {
                std::size_t stop = k + 2;
                while (stop < n && !quoted[stop] && !is_sym(stop, ",") && !is_sym(stop, ";"))
                    ++stop;
                bool verb = false;
                for (std::size_t j = k + 2; j < stop && j < k + 9; ++j)
                    verb |= word(j) && clause_verb(tk[j].lower);
                if (verb && has_number(k + 2, stop)) next = k + 1;
            }
            if (!next && !quoted[k] && word(c) &&
                in_word_list(tk[c].lower, {"after", "before", "as", "when", "because", "since"}) &&
                c + 1 < n && subject_start(tk[c + 1]) && !quoted[c + 1]) {
                for (std::size_t j = c + 2; j < n && j < c + 7; ++j) {
                    if (tk[j].kind == SurfaceToken::Symbol && !quoted[j]) break;
                    if (word(j) && clause_verb(tk[j].lower)) {
                        next = k + 1;
                        break;
                    }
                }
            }
        } else if (word(k) && in_word_list(tk[k].lower, {"after", "when", "because", "since"}) &&
                   tk[k - 1].kind != SurfaceToken::Symbol && word(k + 1) &&
                   subject_start(tk[k + 1]) && finite_verb_within(k + 2, k + 5) &&
                   words_to_stop(k + 1) >= 5) {
            // "… will spend four years in prison after a Halden court convicted him of bribery":
            // a subordinate clause with its own subject and verb states a fact of its own. A
            // short one ("… when the blaze broke out") only sets the time and stays.
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
        if (!next) continue;
        if (words_in(clause_start, end) < 4 || words_in(next, n) < 4) continue;
        cuts.push_back({end, next});
        shares_subject.push_back(shared);
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
        const Clause& from = out[c]; // its own subject, or the one it shares in turn
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
        if (open >= cl.last || !is_sym(open, ",") || words_in(cl.first, open) < 1 ||
            has_verb(cl.first, open) || quoted_after(cl.first) ||
            (word(cl.first) &&
             in_word_list(tk[cl.first].lower, {"among", "in", "at", "on", "for", "with", "after",
                                               "before", "during", "by", "from", "of", "as",
                                               "when", "while", "since", "under", "over"})))
            continue;
        std::size_t close = open + 1;
        while (close < cl.last && close < open + 26 && !is_sym(close, ",") && !quoted[close] &&
               !is_sym(close, ";") && !is_sym(close, "("))
            ++close;
        if (close >= cl.last || !is_sym(close, ",")) continue;
        std::size_t v = close + 1;
        if (adverb(v)) ++v;
        if (!word(v) || !is_finite_verb(tk[v].lower, true) || words_in(v, cl.last) < 3) continue;
        const bool relative = word(open + 1) && in_word_list(tk[open + 1].lower,
                                                             {"which", "who", "where", "whose"});
        bool own_verb = false;
        for (std::size_t j = open + 2; j < close; ++j)
            if (word(j) && clause_verb(tk[j].lower)) own_verb = true;
        // An aside with a figure of its own, without "which" ("The strike, the first full
        // stoppage in more than 15 years, had left 37 ships at anchor"; "The levy, set at 4% of
        // profits, is expected to raise €900m"), is a second fact too. Not a person's age or
        // title before a speech verb ("Ana Ruiz, 45, said …").
        const bool figure_aside = !relative && has_number(open + 1, close) &&
                                  words_in(open + 1, close) >= 4 && !is_speech_verb(tk[v].lower);
        if (!(relative && own_verb) && !figure_aside) continue;
        Clause aside{open + 1, close, cl.first, open, figure_aside && !(relative && own_verb)};
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

// Negation cues outside quotations, in the clause: the outlet states the opposite. "did not
// confirm", "has not yet said", "no immediate comment", "never", "denied", "stopped short of",
// "declined to", "refused to". Not: "whether or not", "not only", and the verification
// disclaimers, which are hedges (`hedge` is the clause's hedge span).
std::optional<ByteSpan> find_negation(const std::vector<SurfaceToken>& tk,
                                      const std::vector<bool>& quoted, ByteSpan hedge) {
    const std::size_t n = tk.size();
    auto w = [&](std::size_t k) -> std::string_view {
        return k < n && tk[k].kind == SurfaceToken::Word && !quoted[k]
                   ? std::string_view(tk[k].lower)
                   : std::string_view();
    };
    // A verb of rejection negates when its object is a claim: "rejected the accusation", "a
    // claim the company rejected", "which the company disputed"; not "rejected the offer".
    auto answers_a_claim = [&](std::size_t k) {
        auto claim_noun = [&](std::size_t j) {
            return in_word_list(w(j), {"claim", "claims", "accusation", "accusations", "allegation",
                                       "allegations", "charge", "charges", "report", "reports",
                                       "account", "accounts", "suggestion", "suggestions",
                                       "assertion", "assertions", "speculation", "rumours",
                                       "rumors", "criticism", "which"});
        };
        for (std::size_t j = k + 1; j < n && j <= k + 3; ++j)
            if (claim_noun(j)) return true;
        for (std::size_t j = k; j-- > 0 && k - j <= 4;)
            if (claim_noun(j)) return true;
        return false;
    };
    // Polarity is the main clause's: a negation inside a subordinate clause ("Because crews could
    // not be assigned, jets were left …", "… stranded as crews could not be matched", "…, though
    // it would not say by whom") is the reason or an aside, not the fact's opposite. A cue is
    // subordinate when, reading back to the clause's start or a comma, a subordinator opens its
    // stretch, and the clause also has a main part: words before the subordinator, or a comma
    // after the subordinate stretch with words after it. A mention that is only the
    // subordinate clause ("although no one was hurt", split off as its own fact) keeps it.
    auto subordinate = [&](std::size_t k) {
        std::size_t s = k;
        while (s > 0) {
            const SurfaceToken& t = tk[s - 1];
            if (t.kind == SurfaceToken::Symbol && (t.lower == "," || t.lower == ";")) break;
            if (t.kind == SurfaceToken::Word &&
                in_word_list(w(s - 1), {"because", "as", "since", "although", "though", "while",
                                        "whereas", "unless", "until", "once"}))
                break;
            --s;
        }
        if (s == 0 || tk[s - 1].kind != SurfaceToken::Word || w(s - 1).empty()) return false;
        bool words_before = false;
        for (std::size_t j = 0; j + 1 < s; ++j) words_before |= tk[j].kind == SurfaceToken::Word;
        if (words_before) return true;
        for (std::size_t j = k + 1; j + 1 < n; ++j)
            if (tk[j].kind == SurfaceToken::Symbol && tk[j].lower == ",")
                for (std::size_t i = j + 1; i < n; ++i)
                    if (tk[i].kind == SurfaceToken::Word) return true;
        return false;
    };
    // A relative clause set off by commas inside the sentence ("Harlow Water, which has not
    // commented, shut the plant") is an aside about a noun, not the fact: a cue is in one when,
    // reading back to a comma, "which"/"who"/"whose" opens its stretch right after that comma,
    // and a comma after the cue closes it with words of the main clause after it. "…, which
    // the company denied." closes the sentence: it is the denial itself, kept.
    auto relative_aside = [&](std::size_t k) {
        std::size_t s = k;
        while (s > 0 && !(tk[s - 1].kind == SurfaceToken::Symbol &&
                          (tk[s - 1].lower == "," || tk[s - 1].lower == ";")))
            --s;
        if (s == 0 || tk[s - 1].lower != "," || !in_word_list(w(s), {"which", "who", "whose"}))
            return false;
        for (std::size_t j = k + 1; j + 1 < n; ++j)
            if (tk[j].kind == SurfaceToken::Symbol && tk[j].lower == ",")
                for (std::size_t i = j + 1; i < n; ++i)
                    if (tk[i].kind == SurfaceToken::Word) return true;
        return false;
    };
    // A passive auxiliary just before: "was denied bail", "were refused entry".
    auto passive = [&](std::size_t k) {
        return k > 0 && in_word_list(w(k - 1), {"was", "were", "been", "being", "is", "are", "be"});
    };
    for (std::size_t k = 0; k < n; ++k) {
        std::string_view x = w(k);
        if (x.empty()) continue;
        if (!hedge.empty() && tk[k].span.begin >= hedge.begin && tk[k].span.end <= hedge.end)
            continue;
        // "no more than 20", "not less than 5%", "no later than Friday": a bound on a figure or a
        // date, compared as a quantity; it negates nothing.
        if ((x == "no" || x == "not") &&
            in_word_list(w(k + 1), {"more", "fewer", "less", "later", "earlier", "sooner"}) &&
            w(k + 2) == "than") {
            k += 2;
            continue;
        }
        // "a no vote", "the no campaign": "no" after a determiner names a side, it is a noun's
        // modifier, not a negation.
        if (x == "no" && k > 0 && in_word_list(w(k - 1), {"a", "an", "the", "its", "their"}))
            continue;
        // "It was not clear how much leaked", "it is not yet known whether": an open question,
        // as "it was unclear how much" is; the outlet states no opposite.
        if (x == "not") {
            std::size_t j = k + 1;
            if (in_word_list(w(j), {"yet", "immediately", "entirely"})) ++j;
            if (in_word_list(w(j), {"clear", "known", "certain"}) &&
                in_word_list(w(j + 1), {"how", "whether", "what", "when", "why", "who", "if",
                                        "where", "which"})) {
                k = j + 1;
                continue;
            }
        }
        ByteSpan cue = tk[k].span;
        bool neg = false;
        if (x == "not") {
            neg = !(k > 0 && w(k - 1) == "or") && w(k + 1) != "only";
        } else if (x.size() > 3 && x.compare(x.size() - 3, 3, "n't") == 0) {
            neg = true;
        } else if (in_word_list(x, {"declined", "declines", "refused", "refuses"}) &&
                   !passive(k)) {
            // "declined to comment", "refused to pay" refuse to act; "shares declined 4%",
            // "output declined to 2.1 million" is a fall, a figure compared as a quantity; and
            // "refused the offer", "declined the bid" turn something down as "rejected the
            // offer" does: no claim is answered, nothing is negated.
            neg = (w(k + 1) == "to" && !w(k + 2).empty()) ||
                  in_word_list(w(k + 1), {"comment", "requests", "repeated"}) ||
                  answers_a_claim(k);
        } else if ((x == "maintained" || x == "protested" || x == "insisted") &&
                   in_word_list(w(k + 2), {"innocence"})) {
            // "maintained her innocence" denies the charge as "denied taking it" does.
            neg = true;
            cue.end = tk[k + 2].span.end;
        } else if (in_word_list(x, {"denied", "refused"}) && passive(k) && !answers_a_claim(k)) {
            // "was denied bail", "were refused entry": something withheld from the subject, not
            // a denial of what the sentence states. "The claim was denied" still is one.
            neg = false;
        } else if (in_word_list(x, {"never", "none", "nobody", "no-one", "nothing", "neither",
                                    "nor", "cannot", "denied", "denies", "deny", "denying",
                                    "lacked", "lacks", "lacking"})) {
            // "lacked a backup pump" says what "had no backup pump" says.
            neg = true;
        } else if (x == "no" && !w(k + 1).empty() && w(k + 1) != "longer" && w(k + 1) != "doubt") {
            neg = true;
        } else if (x == "stopped" && w(k + 1) == "short" && w(k + 2) == "of") {
            neg = true;
            cue.end = tk[k + 2].span.end;
        } else if (in_word_list(x, {"rejected", "rejects", "disputed", "disputes", "dismissed",
                                    "refuted", "refutes"}) &&
                   answers_a_claim(k)) {
            neg = true; // "rejected the claim", "a claim the company rejected": a denial
        } else if (in_word_list(x, {"failed", "failing", "fails", "fail"}) && w(k + 1) == "to") {
            neg = true;
            cue.end = tk[k + 1].span.end;
        } else if (in_word_list(x, {"ruled", "rules", "rule", "ruling"}) && w(k + 1) == "out") {
            // "ruled out a cyberattack" says there was none, as "had not been hit by one".
            neg = true;
            cue.end = tk[k + 1].span.end;
        }
        if (!neg) continue;
        if (subordinate(k) || relative_aside(k)) continue;
        // "did not deny", "never denied": a negated denial affirms; read on for another cue.
        if (in_word_list(x, {"not", "never", "cannot"}) ||
            (x.size() > 3 && x.compare(x.size() - 3, 3, "n't") == 0)) {
            std::size_t j = k + 1;
            if (in_word_list(w(j), {"yet", "immediately", "explicitly", "directly"})) ++j;
            // "could not be ruled out", "has not been ruled out": the passive reads the same.
            if (w(j) == "be" || w(j) == "been") ++j;
            else if (w(j) == "have" && w(j + 1) == "been") j += 2;
            if (in_word_list(w(j),
                             {"deny", "denied", "dispute", "disputed", "reject", "rejected"})) {
                k = j;
                continue;
            }
            // "could not rule out a fault": a possibility left open, the opposite of ruling it out.
            if (in_word_list(w(j), {"rule", "ruled"}) && w(j + 1) == "out") {
                k = j + 1;
                continue;
            }
        }
        // "refused to rule out a rise", "declined to deny it": a refusal to rule out or deny
        // leaves the thing open, as "could not rule out" does; it negates nothing.
        if (in_word_list(x, {"refused", "refuses", "refusing", "declined", "declines",
                             "declining"}) &&
            w(k + 1) == "to") {
            if (in_word_list(w(k + 2), {"rule"}) && w(k + 3) == "out") {
                k = k + 3;
                continue;
            }
            if (in_word_list(w(k + 2), {"deny", "dispute", "reject"})) {
                k = k + 2;
                continue;
            }
        }
        // "did not", "has not yet": the auxiliary reads with it.
        if (x == "not" && k > 0 && !w(k - 1).empty() &&
            in_word_list(w(k - 1), {"did", "does", "do", "has", "have", "had", "is", "are", "was",
                                    "were", "will", "would", "could", "can", "should"}))
            cue.begin = tk[k - 1].span.begin;
        return cue;
    }
    return std::nullopt;
}

// One word per meaning for the words news rewrites trade most often, so that "withdrawal" and
// "retreat", "fled" and "fleeing", "killed" and "died" weigh as the same word in the overlap.
// A small hand list rather than WordNet: WordNet's synsets (wordnet-base, ~30 MB of data files
// to prune at build time) also join senses news never means ("fire" = "sack") and would need a
// word-sense step; these pairs come from how agency copy is paraphrased (seed 002 against 000).
std::string synonym_of(const std::string& folded) {
    static const std::pair<const char*, const char*> pairs[] = {{"retreat", "withdrawal"},
                                                                {"pullout", "withdrawal"},
                                                                {"withdraw", "withdrawal"},
                                                                {"withdrew", "withdrawal"},
                                                                {"withdrawn", "withdrawal"},
                                                                {"rebels", "insurgents"},
                                                                {"rebel", "insurgents"},
                                                                {"fighters", "insurgents"},
                                                                {"militants", "insurgents"},
                                                                {"insurgent", "insurgents"},
                                                                {"opposition", "insurgents"},
                                                                {"gunmen", "insurgents"},
                                                                {"seized", "captured"},
                                                                {"took", "captured"},
                                                                {"capture", "captured"},
                                                                {"conquest", "captured"},
                                                                {"takeover", "captured"},
                                                                {"seize", "captured"},
                                                                {"fled", "fleeing"},
                                                                {"flee", "fleeing"},
                                                                {"flight", "fleeing"},
                                                                {"military", "army"},
                                                                {"troops", "army"},
                                                                {"forces", "army"},
                                                                {"minister", "ministry"},
                                                                {"remarks", "comments"},
                                                                {"statement", "comments"},
                                                                {"address", "comments"},
                                                                {"named", "name"},
                                                                {"naming", "name"},
                                                                {"nations", "countries"},
                                                                {"states", "countries"},
                                                                {"country", "countries"},
                                                                {"backers", "backed"},
                                                                {"support", "backed"},
                                                                {"supported", "backed"},
                                                                {"backing", "backed"},
                                                                {"reclaim", "regain"},
                                                                {"retake", "regain"},
                                                                {"recapture", "regain"},
                                                                {"territories", "areas"},
                                                                {"territory", "areas"},
                                                                {"killed", "dead"},
                                                                {"died", "dead"},
                                                                {"deaths", "dead"},
                                                                {"casualties", "dead"},
                                                                {"tactical", "strategic"},
                                                                {"maneuver", "measure"},
                                                                {"manoeuvre", "measure"},
                                                                {"move", "measure"},
                                                                {"advanced", "entered"},
                                                                {"infiltrated", "entered"},
                                                                {"southward", "south"},
                                                                {"edging", "close"},
                                                                {"closer", "close"},
                                                                {"nearing", "close"},
                                                                {"rapid", "sudden"},
                                                                {"adversaries", "opponents"},
                                                                {"enemies", "opponents"},
                                                                {"favorable", "good"},
                                                                {"crucial", "decisive"},
                                                                {"determine", "decide"},
                                                                {"govern", "rule"},
                                                                {"governs", "rule"},
                                                                {"towns", "town"},
                                                                {"city's", "city"},
                                                                {"killing", "dead"},
                                                                {"kill", "dead"},
                                                                {"bloodshed", "dead"},
                                                                {"employees", "workers"},
                                                                {"staff", "workers"},
                                                                {"civilian", "civilians"},
                                                                {"lives", "civilians"},
                                                                {"abroad", "foreign"},
                                                                // courts, results, outages
                                                                {"convicted", "guilty"},
                                                                {"conviction", "guilty"},
                                                                {"sentence", "sentenced"},
                                                                {"jailed", "sentenced"},
                                                                {"bribery", "bribes"},
                                                                {"bribe", "bribes"},
                                                                {"outcome", "result"},
                                                                {"results", "result"},
                                                                {"challenge", "contest"},
                                                                {"dispute", "contest"},
                                                                {"households", "homes"},
                                                                {"electricity", "power"},
                                                                {"blaze", "fire"},
                                                                {"flames", "fire"},
                                                                {"began", "started"},
                                                                {"start", "started"},
                                                                {"shut", "closed"},
                                                                {"dropped", "fell"},
                                                                {"slumped", "fell"},
                                                                {"declined", "fell"},
                                                                {"rose", "increased"},
                                                                {"climbed", "increased"},
                                                                {"injuries", "injured"},
                                                                {"hurt", "injured"}};
    static const std::unordered_map<std::string_view, const char*> table(std::begin(pairs),
                                                                         std::end(pairs));
    auto it = table.find(folded);
    return it == table.end() ? folded : std::string(it->second);
}

// Whom a word counts: the dead ("killed", "the toll rose to") or the injured and the sick ("hurt",
// "sickened", "cases"); 0 for any other word.
std::uint8_t harm_of(std::string_view w) {
    if (in_word_list(w, {"killed", "killing", "kill", "kills", "dead", "died", "die", "dies",
                         "death", "deaths", "toll", "fatalities", "fatality", "perished"}))
        return kHarmDead;
    if (in_word_list(w, {"injured", "injuring", "injures", "injure", "injury", "injuries", "hurt",
                         "wounded", "wounding", "sickened", "sickening", "ill", "sick", "infected",
                         "hospitalised", "hospitalized"}))
        return kHarmHurt;
    return 0;
}

// A word that can follow a modal as its verb: not a negation, an auxiliary already read as
// a cue ("may have"), an adverb or a symbol ("could, in theory,").
bool is_bare_verb(std::string_view w) {
    if (w.empty() || w.size() < 2) return false;
    if (in_word_list(w, {"not", "have", "be", "also", "still", "well", "yet", "never", "only",
                         "even", "now", "soon", "then"}))
        return false;
    return w.size() <= 4 || w.compare(w.size() - 2, 2, "ly") != 0;
}

// A hedge found in a mention: the cue as written, and whether it is a verification disclaimer
// (which also hedges the sentence before it).
struct HedgeCue {
    ByteSpan span;
    bool disclaimer = false;
};

// Hedge cues outside quotations. Patterns over lower-cased words: single adverbs; "appear(s|ed)
// [word] to"; "said to"; and the verification family: "(could|can)not be (independently)
// verified", "not able to (independently) verify", "unable to (independently) verify",
// "(could|can) not (independently) verify", "has not been (independently) verified".
std::optional<HedgeCue> find_hedge(const std::vector<SurfaceToken>& tk,
                                   const std::vector<bool>& quoted) {
    const std::size_t n = tk.size();
    auto w = [&](std::size_t k) -> std::string_view {
        return k < n && tk[k].kind == SurfaceToken::Word && !quoted[k]
                   ? std::string_view(tk[k].lower)
                   : std::string_view();
    };
    auto cue = [&](std::size_t a, std::size_t b, bool disclaimer) {
        return HedgeCue{{tk[a].span.begin, tk[b].span.end}, disclaimer};
    };
    // "did not say when the bank expects to start", "no indication of when cuts might begin":
    // a modal inside an indirect question is part of what is left open, it hedges nothing.
    auto in_indirect_question = [&](std::size_t at) {
        for (std::size_t j = at; j-- > 0 && at - j <= 4;) {
            if (tk[j].kind == SurfaceToken::Symbol) return false;
            if (in_word_list(w(j), {"when", "whether", "if", "how", "why", "what"})) return true;
        }
        return false;
    };
    // The words a cue can start with: most tokens are none of them, and are passed over with one
    // hash look-up instead of the patterns' dozen list scans.
    static const std::unordered_set<std::string_view> starts = {
        "reportedly",  "allegedly",  "apparently", "purportedly", "seemingly", "supposedly",
        "unconfirmed", "unverified", "ostensibly", "appear",      "appears",   "appeared",
        "appearing",   "is",         "are",        "was",         "were",      "presumably",
        "rumoured",    "rumored",    "probably",   "possibly",    "likely",    "may",
        "might",       "believe",    "believes",   "suspect",     "suspects",  "could",
        "expect",      "expects",    "can",        "cannot",      "couldn't",  "can't",
        "not",         "unable",     "has",        "have"};
    for (std::size_t k = 0; k < n; ++k) {
        std::string_view x = w(k);
        if (x.empty() || !starts.count(x)) continue;
        if (in_word_list(x, {"reportedly", "allegedly", "apparently", "purportedly", "seemingly",
                             "supposedly", "unconfirmed", "unverified", "ostensibly"}))
            return cue(k, k, false);
        if (in_word_list(x, {"appear", "appears", "appeared", "appearing"})) {
            if (w(k + 1) == "to") return cue(k, k + 1, false);
            if (!w(k + 1).empty() && w(k + 2) == "to") return cue(k, k + 2, false);
        }
        // "is said to", "are reported to": a claim passed on, not stated. "is expected to" is a
        // forecast, hedged as "is likely to" and "the bank expects" are: an outlet that writes
        // "will" instead states it as fact ("is due to" schedules and stays out).
        // "were still believed to be", "is now expected to", "are widely thought to": an
        // adverb between the copula and the participle hedges the same.
        const std::size_t p =
            in_word_list(w(k + 1), {"still", "now", "also", "widely", "generally", "further"}) &&
                    in_word_list(x, {"is", "are", "was", "were"})
                ? k + 2
                : k + 1;
        if (in_word_list(x, {"is", "are", "was", "were"}) &&
            in_word_list(w(p), {"said", "reported", "expected"}) && w(p + 1) == "to")
            return cue(k, p + 1, false);
        // "Winds of up to 70 km/h are forecast for Monday": the forecast's passive.
        if (in_word_list(x, {"is", "are", "was", "were"}) &&
            in_word_list(w(k + 1), {"forecast", "predicted", "projected"}))
            return cue(k, w(k + 2) == "to" ? k + 2 : k + 1, false);
        // "it is understood (that)", "is understood to", "is believed to", "are thought to".
        if (in_word_list(x, {"is", "are", "was", "were"}) &&
            in_word_list(w(p), {"understood", "believed", "thought", "rumoured", "rumored"})) {
            if (w(p + 1) == "to" || w(p + 1) == "that") return cue(k, p + 1, false);
            if (k > 0 && w(k - 1) == "it") return cue(k - 1, k + 1, false);
        }
        if (in_word_list(x, {"presumably", "rumoured", "rumored", "probably", "possibly"}))
            return cue(k, k, false);
        // "is likely to grow", "will likely", "may have been", "might have started".
        if (x == "likely" && (w(k + 1) == "to" || in_word_list(w(k - 1), {"will", "would"})))
            return cue(k > 0 &&
                               in_word_list(w(k - 1), {"is", "are", "was", "were", "will", "would"})
                           ? k - 1
                           : k,
                       w(k + 1) == "to" ? k + 1 : k, false);
        if (in_word_list(x, {"may", "might"}) && w(k + 1) == "have") return cue(k, k + 1, false);
        // "could earn", "may rise", "might begin": a possibility, where "will earn" states it.
        // Not "could not" (reported "cannot", or a disclaimer below), not the month "May".
        if (in_word_list(x, {"could", "may", "might"}) && !tk[k].capitalised &&
            is_bare_verb(w(k + 1)) && !in_indirect_question(k))
            return cue(k, k, false);
        // "Investigators believe the fire was set": the subject's belief, not a fact (the
        // passive "is believed to" is above).
        if (in_word_list(x, {"believe", "believes", "suspect", "suspects", "expect", "expects"}) &&
            k > 0 && !in_indirect_question(k) &&
            !in_word_list(w(k - 1), {"is", "are", "was", "were", "to", "not", "we", "i"}))
            return cue(k, k, false);
        // Verification disclaimers.
        std::size_t j = k;
        auto skip_independently = [&](std::size_t at) {
            return w(at) == "independently" ? at + 1 : at;
        };
        if ((x == "could" || x == "can") && w(k + 1) == "not")
            j = k + 2;
        else if (x == "cannot" || x == "couldn't" || x == "can't")
            j = k + 1;
        else if (x == "not" && w(k + 1) == "able" && w(k + 2) == "to")
            j = k + 3;
        else if (x == "unable" && w(k + 1) == "to")
            j = k + 2;
        else if ((x == "has" || x == "have") && w(k + 1) == "not" && w(k + 2) == "been")
            j = k + 3;
        else
            continue;
        if (w(j) == "be")
            j = skip_independently(j + 1);
        else
            j = skip_independently(j);
        std::string_view v = w(j);
        if (v == "verify" || v == "verified" || v == "confirm" || v == "confirmed") {
            std::size_t start = k;
            // "is not able to verify": include the copula for readability.
            if (x == "not" && k > 0 && in_word_list(w(k - 1), {"is", "are", "was", "were"}))
                start = k - 1;
            return cue(start, j, true);
        }
    }
    return std::nullopt;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Corpus knowledge: capitalisation agreement, people's names
//-------------------------------------------------------------------------------------------------

// What the whole corpus says about words and names: a word is a name word when the corpus
// capitalises it more often than not where capitals are not forced (mid-sentence); a run is a
// person when a title precedes it or it stands next to a speech verb and is no organisation.
struct CorpusKnowledge {
    Interner words;                                  // lower-case words seen mid-sentence
    std::vector<std::pair<int, int>> capitalisation; // by word id: (capitalised, lower) counts
    std::map<std::string, int> people;               // full name → count
    std::map<std::string, std::vector<std::string>> by_surname; // lower surname → names
    std::set<std::string> organisations; // lower-case names that speak without a title
                                         // ("Kestrel Textiles said"), for "the company"

    bool name_word(std::string_view lower) const {
        int id = words.find(lower);
        if (id < 0) return false;
        const std::pair<int, int>& c = capitalisation[static_cast<std::size_t>(id)];
        return c.first > c.second;
    }
    std::set<std::string> after_article; // lower-case names seen right after "a", "an", "the"
    // Full names the corpus writes without a title or a speech verb ("Helen Carver won …"), by
    // lower-case surname, and surnames that speak alone ("Carver told", "Frey said").
    std::map<std::string, std::set<std::string>> plain_names;
    std::set<std::string> speaking_surnames;
    // Descriptions written before a name, lower case, by their head word: "agency" →
    // {("disaster agency", "AFAD")}, "minister" → {("interior minister", "Ali Yerlikaya")}. An
    // outlet that names only the description means the name. Keyed by head so a look-up reads
    // only the descriptions that can match.
    std::map<std::string, std::set<std::pair<std::string, std::string>>> described;

    bool is_person(std::string_view name) const {
        if (after_article.count(lower_ascii(name))) return false;
        if (people.count(std::string(name))) return true;
        std::size_t sp = name.rfind(' ');
        std::string last = std::string(sp == std::string_view::npos ? name : name.substr(sp + 1));
        for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return by_surname.count(last) > 0;
    }
    // The full name a surname stands for across the corpus: the most mentioned, then the first
    // in alphabetical order (deterministic).
    std::string full_name_for_surname(const std::string& lower_surname) const {
        auto it = by_surname.find(lower_surname);
        if (it == by_surname.end()) return {};
        std::string best;
        int best_count = -1;
        for (const std::string& n : it->second) {
            int c = people.at(n);
            if (c > best_count || (c == best_count && n < best)) best = n, best_count = c;
        }
        return best;
    }
};

std::string last_word_lower(const std::string& name) {
    std::size_t sp = name.rfind(' ');
    return lower_ascii(sp == std::string::npos ? name : name.substr(sp + 1));
}

// English puts no article before a person's name ("the Kestrel Textiles plant", "a Brightline
// heater"; but "the fire chief, Maria Lopez"): a name the corpus writes after "a", "an" or "the"
// names a thing or an organisation, even where it speaks ("Kestrel Textiles said"). Run once
// all sentences are learned.
void settle_people(CorpusKnowledge& k) {
    // News names a person in full once, then by surname: a full name whose surname speaks alone
    // elsewhere in the corpus is a person's ("Helen Carver won …" + "Carver told supporters").
    for (const std::string& sur : k.speaking_surnames) {
        auto it = k.plain_names.find(sur);
        if (it == k.plain_names.end()) continue;
        for (const std::string& name : it->second)
            if (k.people[name]++ == 0) k.by_surname[sur].push_back(name);
    }
    // A person is named again by surname, an organisation by its first word: a full name whose
    // first word speaks alone ("Halvern said", after "Halvern Pharma said") while its last word
    // never does is an organisation, whatever the speech verb beside it suggested.
    for (auto it = k.people.begin(); it != k.people.end();) {
        const std::string& name = it->first;
        std::size_t sp = name.find(' ');
        std::string first = lower_ascii(name.substr(0, sp));
        std::string sur = last_word_lower(name);
        if (sp == std::string::npos || !k.speaking_surnames.count(first) ||
            k.speaking_surnames.count(sur)) {
            ++it;
            continue;
        }
        k.organisations.insert(lower_ascii(name));
        std::vector<std::string>& names = k.by_surname[sur];
        names.erase(std::remove(names.begin(), names.end(), name), names.end());
        if (names.empty()) k.by_surname.erase(sur);
        it = k.people.erase(it);
    }
    for (auto it = k.people.begin(); it != k.people.end();) {
        if (!k.after_article.count(lower_ascii(it->first))) {
            ++it;
            continue;
        }
        std::string sur = lower_ascii(it->first.substr(it->first.rfind(' ') + 1));
        std::vector<std::string>& names = k.by_surname[sur];
        names.erase(std::remove(names.begin(), names.end(), it->first), names.end());
        if (names.empty()) k.by_surname.erase(sur);
        it = k.people.erase(it);
    }
}

std::string run_name(std::string_view text, const std::vector<SurfaceToken>& tk, std::size_t first,
                     std::size_t last) {
    std::string s(text.substr(tk[first].span.begin, tk[last].span.end - tk[first].span.begin));
    // Drop a possessive: "Assad’s" → "Assad".
    if (s.size() > 4 && s.compare(s.size() - 4, 4, "\xE2\x80\x99s") == 0)
        s.resize(s.size() - 4);
    else if (s.size() > 2 && s.compare(s.size() - 2, 2, "'s") == 0)
        s.resize(s.size() - 2);
    return s;
}

bool run_is_organisation(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r) {
    for (std::size_t k = r.first; k <= r.last; ++k)
        if (tk[k].kind == SurfaceToken::Word &&
            (is_organisation_word(tk[k].lower) || (tk[k].all_caps && r.first == r.last)))
            return true;
    return false;
}

void learn_from_sentence(std::string_view text, ByteSpan s, CorpusKnowledge& k) {
    std::vector<SurfaceToken> tk = scan_surface(text, s);
    bool sentence_start = true;
    for (std::size_t i = 0; i < tk.size(); ++i) {
        const SurfaceToken& t = tk[i];
        if (t.kind != SurfaceToken::Word) {
            // After an opening quote or a colon capitals are forced again.
            if (t.kind == SurfaceToken::Symbol &&
                (is_double_quote(t.codepoint) || t.lower == ":" || t.lower == "\xE2\x80\x98"))
                sentence_start = true;
            continue;
        }
        if (!sentence_start && !t.all_caps) {
            auto id = static_cast<std::size_t>(k.words.id(t.lower));
            if (id >= k.capitalisation.size()) k.capitalisation.resize(id + 1, {0, 0});
            auto& c = k.capitalisation[id];
            (t.capitalised ? c.first : c.second)++;
        }
        sentence_start = false;
    }
    auto is_comma = [&](std::size_t i) {
        return i < tk.size() && tk[i].kind == SurfaceToken::Symbol && tk[i].lower == ",";
    };
    auto speech_at = [&](std::size_t i) {
        return i < tk.size() && tk[i].kind == SurfaceToken::Word &&
               (is_speech_verb(tk[i].lower) || is_reporting_verb(tk[i].lower));
    };
    for (const CapitalisedRun& r : capitalised_runs(tk)) {
        if (!r.titled && r.last > r.first) {
            std::size_t f = r.first;
            bool article = r.begin > 0 && tk[r.begin - 1].kind == SurfaceToken::Word &&
                           in_word_list(tk[r.begin - 1].lower, {"a", "an", "the"});
            if (tk[f].kind == SurfaceToken::Word && in_word_list(tk[f].lower, {"a", "an", "the"}))
                article = true, ++f;
            if (article && f <= r.last)
                k.after_article.insert(lower_ascii(run_name(text, tk, f, r.last)));
        }
        if (!r.possessive && r.last >= r.first) {
            // "the disaster agency AFAD", "Interior Minister Ali Yerlikaya", "transport minister
            // Elias Brandt": the title words inside the run, else up to three lower-case words
            // before it that end in a source noun, an organisation or a title word.
            std::string description;
            for (std::size_t j = r.begin; j < r.first; ++j)
                if (tk[j].kind == SurfaceToken::Word)
                    description += (description.empty() ? "" : " ") + tk[j].lower;
            if (description.empty() && r.begin > 0 && tk[r.begin - 1].kind == SurfaceToken::Word &&
                !tk[r.begin - 1].capitalised &&
                (is_source_noun(tk[r.begin - 1].lower) ||
                 is_organisation_word(tk[r.begin - 1].lower) ||
                 is_title_word(tk[r.begin - 1].lower))) {
                std::size_t j = r.begin - 1;
                while (j > 0 && r.begin - j < 3 && tk[j - 1].kind == SurfaceToken::Word &&
                       !tk[j - 1].capitalised && !is_determiner(tk[j - 1].lower) &&
                       !is_finite_verb(tk[j - 1].lower, true) && !is_speech_verb(tk[j - 1].lower) &&
                       !is_stopword(tk[j - 1].lower))
                    --j;
                for (std::size_t w = j; w < r.begin; ++w)
                    description += (description.empty() ? "" : " ") + tk[w].lower;
            }
            if (!description.empty() && !in_word_list(description, {"mr", "mrs", "ms", "dr"}))
                k.described[last_word_lower(description)].insert(
                    {description, run_name(text, tk, r.first, r.last)});
        }
        if (r.possessive) continue;
        if (run_is_organisation(tk, r)) {
            if (speech_at(r.last + 1))
                k.organisations.insert(lower_ascii(run_name(text, tk, r.first, r.last)));
            continue;
        }
        bool next_verb = r.last + 1 < tk.size() && tk[r.last + 1].kind == SurfaceToken::Word &&
                         is_speech_verb(tk[r.last + 1].lower);
        // "Maria Lopez, the fire chief, said" / "Brandt’s lawyer, David Okafor, said": a name
        // in an appositive next to a speech verb.
        if (!next_verb && is_comma(r.last + 1)) {
            if (speech_at(r.last + 2)) next_verb = true;
            for (std::size_t j = r.last + 2; j < tk.size() && j < r.last + 9 && !next_verb; ++j)
                if (is_comma(j)) {
                    next_verb = speech_at(j + 1);
                    break;
                }
        }
        // Whoever speaks by name without a title ("Kestrel Textiles said", "Brightline said")
        // may be what a later "the company" stands for.
        if (speech_at(r.last + 1) && !r.titled)
            k.organisations.insert(lower_ascii(run_name(text, tk, r.first, r.last)));
        bool prev_verb = r.begin > 0 && tk[r.begin - 1].kind == SurfaceToken::Word &&
                         is_speech_verb(tk[r.begin - 1].lower);
        bool words2 = r.last > r.first;
        if (words2 && r.last < r.first + 3 && !r.titled)
            k.plain_names[last_word_lower(run_name(text, tk, r.first, r.last))].insert(
                run_name(text, tk, r.first, r.last));
        else if (!words2 && (next_verb || prev_verb) && !is_source_noun(tk[r.first].lower))
            k.speaking_surnames.insert(tk[r.first].lower);
        if (!(r.titled || ((next_verb || prev_verb) && words2))) continue;
        if (!words2 && !r.titled) continue;
        if (!words2) continue; // "Mr Erdogan": a surname alone names nobody new
        std::string name = run_name(text, tk, r.first, r.last);
        if (k.people[name]++ == 0) k.by_surname[last_word_lower(name)].push_back(name);
    }
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Mentions: units, quotes and speaker, source, hedge, quantities, entities, words
//-------------------------------------------------------------------------------------------------

// Stem ids of folded words. No folded → stem cache: it cost more memory (~1 MB per 1,000
// articles) than the stemming it saved.
struct Vocabulary {
    Interner stems;
    int stem_id(std::string_view folded_word) { return stems.id(normalize_word(folded_word)); }
};

std::uint64_t fnv(std::uint64_t h, std::string_view s) {
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return (h ^ 0xFF) * 1099511628211ull;
}

// Story sentences of an article: the stage's when filled, else split here.
std::vector<ByteSpan> story_sentences(const Analysis& a, std::size_t i) {
    const Article& art = a.corpus.articles[i];
    std::vector<ByteSpan> sentences, boiler;
    if (i < a.articles.size() && !a.articles[i].sentences.empty()) {
        sentences = a.articles[i].sentences;
        boiler = a.articles[i].boilerplate;
    } else {
        sentences = split_sentences(art.text);
        boiler = detect_boilerplate(art);
    }
    std::vector<ByteSpan> out;
    for (ByteSpan s : sentences)
        if (s.size() > 0 && boilerplate_overlap(boiler, s) * 2 < s.size()) out.push_back(s);
    return out;
}

class MentionBuilder {
public:
    MentionBuilder(const Analysis& a, const CorpusKnowledge& k, Vocabulary& v, Mentions& out)
        : a_(a), k_(k), v_(v), pool_(out) {}

    void article(int index) {
        std::deque<MentionInfo>& out = pool_.list;
        const Article& art = a_.corpus.articles[static_cast<std::size_t>(index)];
        std::string_view text = art.text;
        std::optional<CalendarDate> date = parse_article_date(art.date);
        std::vector<ByteSpan> sentences = story_sentences(a_, static_cast<std::size_t>(index));
        std::vector<Quotation> quotations =
            find_quotations(text, {0, static_cast<std::uint32_t>(text.size())});

        // Units: a quotation running past its sentence pulls in the following ones (at most 8);
        // a sentence that opens with a quotation and names no speaker carries on the quotation
        // before it in the same paragraph (“…,” she said. “…”): one quote, not two.
        std::vector<ByteSpan> units;
        std::size_t qi = 0;
        for (std::size_t s = 0; s < sentences.size();) {
            ByteSpan u = sentences[s];
            std::size_t t = s + 1;
            for (int guard = 0; guard < 8; ++guard) {
                while (qi < quotations.size() && quotations[qi].outer.end <= u.begin) ++qi;
                std::uint32_t reach = u.end;
                for (std::size_t q = qi; q < quotations.size() && quotations[q].outer.begin < u.end;
                     ++q)
                    reach = std::max(reach, quotations[q].outer.end);
                if (reach <= u.end || t >= sentences.size() || sentences[t].begin >= reach) break;
                u.end = sentences[t].end;
                ++t;
            }
            if (!units.empty() && continues_quotation(text, units.back(), u, quotations))
                units.back().end = u.end;
            else
                units.push_back(u);
            s = t;
        }

        article_people_.clear();
        article_roles_.clear();
        last_person_.clear();
        last_source_ = {};
        last_subject_.clear();
        last_org_.clear();
        named_orgs_.clear();
        first_of_article_ = out.size();
        for (ByteSpan u : units) {
            std::vector<SurfaceToken> tk = scan_surface(text, u);
            std::size_t words = 0;
            for (const SurfaceToken& t : tk) words += t.kind != SurfaceToken::Symbol;
            if (words < 3) continue;

            std::vector<Quotation> qs;
            for (const Quotation& q : quotations)
                if (q.inner.begin >= u.begin && q.inner.end <= u.end) qs.push_back(q);
            std::vector<bool> quoted(tk.size(), false);
            for (std::size_t k = 0; k < tk.size(); ++k)
                for (const Quotation& q : qs)
                    if (within(tk[k].span, q.outer)) quoted[k] = true;

            // A bare verification disclaimer joins the mention before it.
            std::optional<HedgeCue> hedge = find_hedge(tk, quoted);
            if (hedge && hedge->disclaimer && out.size() > first_of_article_ &&
                text.substr(out.back().m.span.end, u.begin - out.back().m.span.end).find('\n') ==
                    std::string_view::npos &&
                disclaimer_only(tk, quoted, *hedge)) {
                MentionInfo& prev = out.back();
                prev.m.span.end = u.end;
                prev.m.hedged = true;
                prev.m.hedge = hedge->span;
                continue;
            }

            // The speaker and the source are the sentence's: every clause of it inherits them.
            Unit unit;
            unit.span = u;
            unit.hedge = hedge;
            unit.qs = &qs;
            find_unit_speaker(text, u, qs, tk, quoted, unit);
            unit.source = MentionInfo{};
            unit.source.m.span = u;
            unit.source.m.speaker = unit.speaker;
            for (const Quotation& q : qs) {
                std::size_t nw = 0;
                for (const SurfaceToken& t : scan_surface(text, q.inner))
                    nw += t.kind != SurfaceToken::Symbol;
                unit.source.quote_mention |= nw >= 4;
            }
            find_source(text, tk, quoted, unit.speaker_span, unit.source, &unit.cue_span);
            unit.source_reach = u.end;
            if (unit.source.source_subordinate)
                for (std::size_t k = 0; k < tk.size(); ++k)
                    if (!quoted[k] && tk[k].kind == SurfaceToken::Symbol && tk[k].lower == "," &&
                        tk[k].span.begin >= unit.cue_span.end) {
                        unit.source_reach = tk[k].span.begin;
                        break;
                    }

            std::vector<Clause> clauses = split_clauses(tk, quoted);
            // "A and B, the ministry said on Monday as …": an attribution after a comma in the
            // last clause closes the sentence and credits every clause before it, though words
            // follow its verb (find_source reads those as the claim of "X said …").
            if (clauses.size() > 1 && unit.source.m.source && unit.source.source_first &&
                !unit.source.source_subordinate && !unit.cue_span.empty()) {
                const Clause& last = clauses.back();
                for (std::size_t k = last.first; k < last.last; ++k) {
                    if (tk[k].span.begin < unit.cue_span.begin) continue;
                    if (tk[k].span.begin == unit.cue_span.begin && k > last.first &&
                        tk[k - 1].kind == SurfaceToken::Symbol && tk[k - 1].lower == "," &&
                        !quoted[k - 1] && !quoted[k])
                        unit.source.source_first = false;
                    break;
                }
            }
            remember_subject(text, tk, quoted);
            for (const Clause& c : clauses) {
                ByteSpan span = clauses.size() == 1
                                    ? u
                                    : ByteSpan{tk[c.first].span.begin, tk[c.last - 1].span.end};
                ByteSpan subject{};
                if (c.subject_last > c.subject_first)
                    subject = {tk[c.subject_first].span.begin, tk[c.subject_last - 1].span.end};
                // A closing attribution ("…, is expected to raise €900m, according to the
                // ministry") is for the sentence's statement, not for the background in its aside.
                if (c.aside && unit.source.m.source && !unit.source.source_first) {
                    Unit own = unit;
                    own.source = MentionInfo{};
                    own.source.m.span = u;
                    own.source.m.speaker = unit.speaker;
                    build(text, span, subject, own, date, index, out, nullptr, nullptr);
                    continue;
                }
                build(text, span, subject, unit, date, index, out,
                      clauses.size() == 1 ? &tk : nullptr, clauses.size() == 1 ? &quoted : nullptr);
            }
        }
    }

private:
    const Analysis& a_;
    const CorpusKnowledge& k_;
    Vocabulary& v_;
    Mentions& pool_;
    Interner keys_;            // lower-case speaker, source and entity names
    std::vector<int> scratch_; // ids of the mention being built, before Mentions::add
    // Per article.
    std::string last_person_;  // full name of the last person named, for pronouns
    std::string last_subject_; // the last sentence subject that can speak ("army"), for "it"
    std::string last_org_;     // the last organisation named, for "the company"
    // The organisations named so far in the article, in order, with organisation_rank().
    std::vector<std::pair<std::string, int>> named_orgs_;
    std::vector<std::string> article_people_;
    // The roles people were named with in the article, lower case, latest last: ("prime
    // minister", "Ana Lindqvist"), ("transport minister", "Elias Brandt"), ("mayor", "Anna Berg").
    std::vector<std::pair<std::string, std::string>> article_roles_;
    std::size_t first_of_article_ = 0;
    struct LastSource {
        std::string name;
        bool set = false;
    } last_source_;

    // What the clauses of one sentence (or quotation unit) share.
    struct Unit {
        ByteSpan span;
        const std::vector<Quotation>* qs = nullptr;
        std::optional<std::string> speaker;
        ByteSpan speaker_span;
        MentionInfo source; // source, source_span, source_key, source_words, source_first
        ByteSpan cue_span;  // the attribution words, left out of matching
        std::uint32_t source_reach = 0; // where the clauses the source governs end
        std::optional<HedgeCue> hedge;  // the unit's hedge
    };

    // “…,” she said. “More words.” — the second sentence opens with a quotation, names nobody and
    // has no speech verb outside its quotes, in the same paragraph as a quotation: one quote.
    static bool continues_quotation(std::string_view text, ByteSpan prev, ByteSpan u,
                                    const std::vector<Quotation>& quotations) {
        if (text.substr(prev.end, u.begin - prev.end).find('\n') != std::string_view::npos)
            return false;
        bool prev_quotes = false, opens = false;
        const Quotation* first = nullptr;
        for (const Quotation& q : quotations) {
            if (q.inner.begin >= prev.begin && q.inner.end <= prev.end) prev_quotes = true;
            if (!first && q.outer.begin >= u.begin && q.outer.begin < u.end) first = &q;
        }
        if (!prev_quotes || !first) return false;
        std::vector<SurfaceToken> tk = scan_surface(text, u);
        opens = !tk.empty() && tk[0].span.begin >= first->outer.begin;
        if (!opens) return false;
        for (const SurfaceToken& t : tk) {
            bool inside = false;
            for (const Quotation& q : quotations)
                if (t.span.begin >= q.outer.begin && t.span.end <= q.outer.end) inside = true;
            if (!inside && t.kind == SurfaceToken::Word &&
                (is_speech_verb(t.lower) || is_reporting_verb(t.lower)))
                return false;
        }
        return true;
    }

    // The unit is nothing but the disclaimer ("The Epoch Times is not able to verify the
    // accuracy of those videos."), not a claim with a disclaimer inside.
    static bool disclaimer_only(const std::vector<SurfaceToken>& tk,
                                const std::vector<bool>& quoted, const HedgeCue& h) {
        (void)quoted;
        std::size_t before = 0;
        for (const SurfaceToken& t : tk)
            if (t.span.end <= h.span.begin && t.kind != SurfaceToken::Symbol) ++before;
        return before <= 5;
    }

    void find_unit_speaker(std::string_view text, ByteSpan u, const std::vector<Quotation>& qs,
                           const std::vector<SurfaceToken>& tk, const std::vector<bool>& quoted,
                           Unit& unit) {
        if (qs.empty()) return;
        SpeakerPhrase sp =
            find_speaker(text, u, qs, [&](std::string_view n) { return k_.is_person(n); });
        std::string name;
        if (sp.pronoun)
            name = last_person_;
        else if (!sp.name.empty())
            name = resolve(sp.name, article_people_);
        if (!name.empty()) {
            unit.speaker = name;
            unit.speaker_span = sp.span;
        } else if (pool_.list.size() > first_of_article_ &&
                   pool_.list.back().quote_words.size > 0 && pool_.list.back().m.speaker &&
                   !tk.empty() && quoted[0]) {
            // An all-quote paragraph continues the quotation before it.
            unit.speaker = pool_.list.back().m.speaker;
        }
    }

    // One mention: the clause text[span] of the unit.
    // `unit_tk`/`unit_quoted`: the unit's tokens when the clause is the whole unit (not
    // scanned twice).
    // `subject`: the subject this clause shares with the clause before it, or empty.
    void build(std::string_view text, ByteSpan span, ByteSpan subject, const Unit& unit,
               const std::optional<CalendarDate>& date, int index, std::deque<MentionInfo>& out,
               std::vector<SurfaceToken>* unit_tk, std::vector<bool>* unit_quoted) {
        std::vector<SurfaceToken> own;
        if (!unit_tk) own = scan_surface(text, span);
        std::vector<SurfaceToken>& tk = unit_tk ? *unit_tk : own;
        std::size_t n_words = 0;
        for (const SurfaceToken& t : tk) n_words += t.kind != SurfaceToken::Symbol;
        if (n_words < 3) return;
        MentionInfo mi;
        mi.m.article = index;
        mi.m.span = span;
        mi.subject = subject;
        // Quotations clipped to the clause (a quotation cut between two clauses gives each its
        // part).
        std::vector<Quotation> qs;
        for (Quotation q : *unit.qs) {
            q.inner = {std::max(q.inner.begin, span.begin), std::min(q.inner.end, span.end)};
            if (q.inner.end > q.inner.begin &&
                text.substr(q.inner.begin, q.inner.size()).find_first_not_of(" ,.;:") !=
                    std::string_view::npos)
                qs.push_back(q);
        }
        std::vector<bool> own_quoted;
        if (!unit_quoted) {
            own_quoted.assign(tk.size(), false);
            for (std::size_t k = 0; k < tk.size(); ++k)
                for (const Quotation& q : *unit.qs)
                    if (within(tk[k].span, q.outer)) own_quoted[k] = true;
        }
        const std::vector<bool>& quoted = unit_quoted ? *unit_quoted : own_quoted;

        // Quotes.
        for (const Quotation& q : qs) mi.m.quotes.push_back(q.inner);
        std::size_t longest = 0;
        for (const Quotation& q : qs) {
            std::size_t nw = 0;
            for (const SurfaceToken& t : scan_surface(text, q.inner))
                if (t.kind != SurfaceToken::Symbol) {
                    ++nw;
                    scratch_.push_back(v_.stem_id(t.lower));
                }
            longest = std::max(longest, nw);
        }
        mi.quote_words = pool_.add(scratch_);
        mi.quote_mention = longest >= 4;

        // Speaker: the unit's, for a clause that quotes or reports speech ("adding that …");
        // not for the reporter's own aside in the same sentence ("…, seemingly alluding to …").
        const bool whole_unit = span == unit.span;
        std::size_t first_word = 0;
        while (first_word < tk.size() && tk[first_word].kind == SurfaceToken::Symbol) ++first_word;
        const bool reports_speech =
            !qs.empty() ||
            (first_word < tk.size() &&
             (is_speech_verb(tk[first_word].lower) || is_reporting_verb(tk[first_word].lower) ||
              tk[first_word].lower == "that" ||
              in_word_list(tk[first_word].lower, {"reaffirming", "adding", "saying", "insisting",
                                                  "stressing", "noting", "warning"})));
        if (whole_unit || reports_speech) mi.m.speaker = unit.speaker;
        if (mi.m.speaker) mi.speaker_key = keys_.id(lower_ascii(*mi.m.speaker));

        // Source: the clause's own attribution, else the sentence's when it governs this clause:
        // "according to X" anywhere, "X said (that) A and B" for the clauses after the verb,
        // "A and B, X said." for the clauses before it. Not "A, after the army said B" for A.
        ByteSpan cue_span{};
        if (whole_unit) {
            // "After the army said it withdrew, the insurgents entered Hama": the army is the
            // source of the withdrawal, not of the entry.
            if (unit.source_reach >= span.end) copy_source(unit.source, mi);
            mi.claim_span = unit.source.claim_span;
            cue_span = unit.cue_span;
        } else {
            find_source(text, tk, quoted, unit.speaker_span, mi, &cue_span);
            const ByteSpan cue = unit.cue_span;
            const bool governs =
                !cue.empty() &&
                (cue.end <= span.begin || !unit.source.source_first ||
                 (cue.begin >= span.begin && cue.end <= span.end)) &&
                (span.end <= unit.source_reach || (cue.begin >= span.begin && cue.end <= span.end));
            if (!mi.m.source && cue_span.empty() && unit.source.m.source && governs)
                copy_source(unit.source, mi);
            if (cue_span.empty() && governs) cue_span = unit.cue_span;
        }
        // "Reyes said in a letter that he had “made an error” but had broken no law": a
        // predicate that shares the subject of a speech verb's complement is reported speech
        // of that speaker too, as other outlets write "Reyes said he had broken no law".
        if (!whole_unit && !mi.m.source && !mi.m.speaker && unit.speaker && qs.empty() &&
            !subject.empty() && !unit.speaker_span.empty() && unit.speaker_span.end <= span.begin &&
            !unit.source.m.source)
            set_source_name(*unit.speaker, unit.speaker_span, mi);
        if (mi.m.source) {
            last_source_.name = *mi.m.source;
            last_source_.set = true;
        }

        // Hedge and negation, scoped to the clause (the unit's hedge when it is one clause).
        if (std::optional<HedgeCue> hedge = unit_tk ? unit.hedge : find_hedge(tk, quoted)) {
            mi.m.hedged = true;
            mi.m.hedge = hedge->span;
        }
        if (std::optional<ByteSpan> neg = find_negation(tk, quoted, mi.m.hedge)) {
            mi.m.negated = true;
            mi.m.negation = *neg;
        }

        // Quantities.
        mi.m.quantities = find_quantities(text, span, date);
        // "today", "yesterday", "on Friday" inside a quotation are the speaker's days, not the
        // outlet's: resolved against each outlet's own date they made a verbatim quote differ
        // from itself when two outlets published a day apart. Not compared.
        {
            auto deictic_in_quote = [&](const Quantity& q) {
                if (q.unit != "date") return false;
                for (std::size_t k = 0; k < tk.size(); ++k)
                    if (tk[k].span.begin == q.span.begin)
                        return quoted[k] && in_word_list(tk[k].lower,
                                                         {"today", "tonight", "yesterday",
                                                          "tomorrow", "monday", "tuesday",
                                                          "wednesday", "thursday", "friday",
                                                          "saturday", "sunday"});
                return false;
            };
            mi.m.quantities.erase(std::remove_if(mi.m.quantities.begin(), mi.m.quantities.end(),
                                                 deictic_in_quote),
                                  mi.m.quantities.end());
        }
        // A clause with more figures than this is a table or a list of results, not a claim a
        // reader compares figure by figure; keeping them all let a figure-dense 1 MB text
        // carry millions of figures through grouping, diffing and the JSON.
        constexpr std::size_t kMaxFigures = 12;
        if (mi.m.quantities.size() > kMaxFigures) mi.m.quantities.resize(kMaxFigures);
        if (mi.m.quantities.capacity() > mi.m.quantities.size())
            mi.m.quantities =
                std::vector<Quantity>(std::make_move_iterator(mi.m.quantities.begin()),
                                      std::make_move_iterator(mi.m.quantities.end())); // exact size

        // Entities: runs outside the attribution, sentence-initial words only with agreement.
        std::vector<CapitalisedRun> runs = capitalised_runs(tk);
        std::vector<int>& entity_keys = scratch_;
        if (!subject.empty()) {
            // The shared subject's names are the clause's too ("[Their capture of Aleppo …]
            // reignited the conflict").
            std::vector<SurfaceToken> st = scan_surface(text, subject);
            for (const CapitalisedRun& r : capitalised_runs(st))
                if (r.first > 0 || k_.name_word(st[r.first].lower))
                    entity_keys.push_back(
                        keys_.id(lower_ascii(run_name(text, st, r.first, r.last))));
        }
        for (const CapitalisedRun& r : runs) {
            std::size_t first = r.first;
            while (first <= r.last && tk[first].kind == SurfaceToken::Word &&
                   (is_descriptor(tk[first].lower) || is_determiner(tk[first].lower) ||
                    (first == 0 && !k_.name_word(tk[first].lower))))
                ++first;
            if (first > r.last) continue;
            ByteSpan sp{tk[first].span.begin, tk[r.last].span.end};
            std::string name = run_name(text, tk, first, r.last);
            if (tk[first].kind == SurfaceToken::Word && is_pronoun(tk[first].lower)) continue;
            // A person named as the source is still the last person named ("Maria Lopez, the
            // fire chief, said …" then "she told reporters").
            if (!within(sp, mi.m.source_span)) entity_keys.push_back(keys_.id(lower_ascii(name)));
            if (r.last > first && k_.is_person(name)) {
                last_person_ = name;
                article_people_.push_back(name);
                remember_role(tk, r, name);
            } else if (r.last == first && tk[first].kind == SurfaceToken::Word &&
                       !(first == 0 && !k_.name_word(tk[first].lower))) {
                // A surname alone ("Frey said he would not contest …") is the person named last,
                // for the "he said" that follows.
                std::string full = resolve(name, article_people_);
                if (full.find(' ') != std::string::npos && k_.is_person(full)) last_person_ = full;
            }
        }
        for (const CapitalisedRun& r : runs) {
            if (r.titled) continue;
            std::string name = run_name(text, tk, r.first, r.last);
            if (int rank = organisation_rank(tk, r, name)) {
                last_org_ = name;
                named_orgs_.emplace_back(name, rank);
            }
        }
        if (mi.m.speaker && mi.m.speaker->find(' ') != std::string::npos) {
            last_person_ = *mi.m.speaker;
            article_people_.push_back(*mi.m.speaker);
        }
        mi.entity_keys = pool_.add(entity_keys);

        // Content words: outside the attribution, the speech verb, the hedge and the negation
        // (the claim is what is said; who says it, how sure and which way are compared apart).
        std::vector<WordSpan> ws;
        if (!subject.empty()) scan_words(text, subject, ws);
        scan_words(text, span, ws);
        std::uint64_t h = 1469598103934665603ull;
        for (const WordSpan& w : ws) {
            std::string folded = fold_word(text.substr(w.span.begin, w.span.size()));
            h = fnv(h, folded);
            if (w.is_number || is_stopword(folded) || folded.size() < 2) continue;
            if (!cue_span.empty() && within(w.span, cue_span)) continue;
            if (!mi.m.hedge.empty() && within(w.span, mi.m.hedge)) continue;
            if (!mi.m.negation.empty() && within(w.span, mi.m.negation)) continue;
            if (is_speech_verb(folded) || is_reporting_verb(folded)) continue;
            mi.harm |= harm_of(folded);
            scratch_.push_back(v_.stem_id(synonym_of(folded)));
        }
        mi.exact = h;
        mi.words = pool_.add(scratch_);
        out.push_back(std::move(mi));
    }

    static void copy_source(const MentionInfo& from, MentionInfo& to) {
        to.m.source = from.m.source;
        to.m.source_span = from.m.source_span;
        to.source_key = from.source_key;
        to.source_words = from.source_words;
        to.source_first = from.source_first;
    }

    // A surname to the nearest full name before it in the article, else the corpus's.
    std::string resolve(const std::string& name, const std::vector<std::string>& article_people) {
        if (name.find(' ') != std::string::npos) return name;
        std::string sur = lower_ascii(name);
        for (auto it = article_people.rbegin(); it != article_people.rend(); ++it)
            if (last_word_lower(*it) == sur) return *it;
        std::string corpus = k_.full_name_for_surname(sur);
        return corpus.empty() ? name : corpus;
    }

    // The source the outlet credits: "according to X", or the subject of a reporting verb.
    void find_source(std::string_view text, const std::vector<SurfaceToken>& tk,
                     const std::vector<bool>& quoted, ByteSpan speaker_span, MentionInfo& mi,
                     ByteSpan* cue_span) {
        const std::size_t n = tk.size();
        auto word = [&](std::size_t k, const char* w) {
            return k < n && !quoted[k] && tk[k].kind == SurfaceToken::Word && tk[k].lower == w;
        };
        auto clause_stop = [&](std::size_t k) {
            const SurfaceToken& t = tk[k];
            if (quoted[k]) return true;
            // "the U.N. refugee agency": the full stop of an initial is inside the name.
            if (t.kind == SurfaceToken::Symbol && t.lower == "." && !t.space_before && k > 0 &&
                k + 1 < n && tk[k - 1].kind == SurfaceToken::Word && tk[k - 1].lower.size() == 1 &&
                tk[k - 1].capitalised)
                return false;
            if (t.kind == SurfaceToken::Symbol)
                return t.lower == "," || t.lower == "." || t.lower == ";" || t.lower == ":" ||
                       t.lower == "(" || t.lower == ")" || t.codepoint == 0x2014 ||
                       t.codepoint == 0x2013;
            return false;
        };
        // "according to (the) X" up to the next clause boundary.
        for (std::size_t k = 0; k + 2 < n; ++k) {
            if (!word(k, "according") || !word(k + 1, "to")) continue;
            std::size_t b = k + 2, e = b;
            while (e < n && e < b + 14 && !clause_stop(e)) ++e;
            if (e == b) continue;
            // "according to unconfirmed reports" names nobody: it is the hedge (find_hedge), not
            // a source, so an outlet that keeps the caution in other words ("is believed to")
            // or drops it has changed a hedge, not who it credits.
            bool anonymous = tk[e - 1].kind == SurfaceToken::Word &&
                             in_word_list(tk[e - 1].lower, {"reports", "report", "accounts"});
            for (std::size_t j = b; j + 1 < e && anonymous; ++j)
                anonymous = tk[j].kind == SurfaceToken::Word && !tk[j].capitalised &&
                            in_word_list(tk[j].lower,
                                         {"unconfirmed", "unverified", "uncorroborated",
                                          "unsubstantiated", "some", "several", "initial", "early",
                                          "earlier", "other", "various"});
            if (anonymous) continue;
            // "according to the rail operator, ValRail": a lower-case description named in an
            // appositive is the name (other outlets write "ValRail said").
            std::size_t nb = e + 1, ne = nb;
            while (ne < n && !quoted[ne] && tk[ne].kind == SurfaceToken::Word &&
                   tk[ne].capitalised && ne < nb + 5)
                ++ne;
            if (e < n && tk[e].lower == "," && ne > nb && (ne == n || clause_stop(ne)) &&
                !tk[b].capitalised && appositive_names(text, tk, nb, ne - 1)) {
                set_source(text, tk, nb, ne - 1, mi);
                add_role_words(tk, b, e - 1, nb, ne - 1, mi);
                *cue_span = {tk[k].span.begin, tk[ne - 1].span.end};
                mi.source_first = false;
                return;
            }
            set_source(text, tk, b, e - 1, mi);
            *cue_span = {tk[k].span.begin, tk[e - 1].span.end};
            mi.source_first = false;
            return;
        }
        // The reporting verb at v ends the sentence, or its last comma-free stretch ("…,
        // the bank said in a statement.").
        auto closes_sentence = [&](std::size_t v) {
            for (std::size_t k = v + 1; k < n; ++k) {
                if (quoted[k]) return false;
                if (tk[k].kind == SurfaceToken::Symbol) {
                    if (tk[k].lower == "." || tk[k].lower == "!") return k + 1 == n;
                    return false;
                }
                if (k > v + 4) return false;
            }
            return true;
        };
        // A reporting verb whose complement is a question ("has not yet said whether …", "would
        // not say when", "did not say by whom") reports no claim: its subject is declining to
        // comment, not vouching for what follows, so it is no source. "whether"/"if" always;
        // the other question words when the verb is negated ("said when officers arrived, …"
        // is a time clause).
        auto indirect_question = [&](std::size_t v) {
            std::size_t j = v + 1;
            while (j < n && !quoted[j] && tk[j].kind == SurfaceToken::Word &&
                   in_word_list(tk[j].lower, {"yet", "publicly", "immediately", "officially",
                                              "exactly", "precisely", "directly"}))
                ++j;
            if (j >= n || quoted[j] || tk[j].kind != SurfaceToken::Word) return false;
            if (in_word_list(tk[j].lower, {"whether", "if"})) return true;
            const bool wh =
                in_word_list(tk[j].lower,
                             {"when", "how", "why", "who", "whom", "what", "where", "which"}) ||
                (in_word_list(tk[j].lower, {"by", "to", "for", "with", "from"}) && j + 1 < n &&
                 in_word_list(tk[j + 1].lower, {"whom", "which", "what", "how", "when"}));
            if (!wh) return false;
            for (std::size_t k = v; k-- > 0 && v - k <= 3;) {
                if (tk[k].kind != SurfaceToken::Word || quoted[k]) break;
                const std::string& x = tk[k].lower;
                if (x == "not" || x == "never" || x == "cannot" ||
                    (x.size() > 3 && x.compare(x.size() - 3, 3, "n't") == 0))
                    return true;
            }
            return false;
        };
        // Reporting verb with a subject: back to a clause boundary or connective, ≤ 10 tokens.
        // An inserted attribution (", police said.") governs the whole sentence, a report
        // inside it too ("Investigators believe …, police said"): it is looked for first.
        for (int pass = 0; pass < 2; ++pass)
            for (std::size_t v = 1; v < n; ++v) {
                if (quoted[v] || tk[v].kind != SurfaceToken::Word ||
                    !is_reporting_verb(tk[v].lower))
                    continue;
                if (indirect_question(v)) {
                    // The clause has its own attribution, which credits nobody: it does not take
                    // the sentence's ("Sham FM said …, but the military has not said whether …").
                    if (cue_span->empty()) *cue_span = tk[v].span;
                    continue;
                }
                std::size_t e = v; // subject is [b, e)
                // "media both reported", "officials have said": adverbs and auxiliaries first.
                while (e > 0 && tk[e - 1].kind == SurfaceToken::Word &&
                       in_word_list(tk[e - 1].lower,
                                    {"both", "also",  "later",   "previously", "have",    "has",
                                     "had",  "all",   "earlier", "separately", "further", "did",
                                     "does", "do",    "not",     "would",      "will",    "could",
                                     "can",  "never", "yet"}))
                    --e;
                // "The Syrian army, supported by Russia, said": skip back over the appositive. When
                // the appositive is a person's name ("Esterel’s mayor, Joan Puig, said") the name
                // is the source: other outlets write "Mayor Joan Puig said".
                std::size_t name_first = n, name_last = n;
                if (e >= 2 && tk[e - 1].kind == SurfaceToken::Symbol && tk[e - 1].lower == ",") {
                    std::size_t k = e - 1;
                    while (k > 0 && e - k < 10 &&
                           !(tk[k - 1].kind == SurfaceToken::Symbol && tk[k - 1].lower == ","))
                        --k;
                    if (k > 1 && e - k < 10) {
                        bool all_caps_words = e - 1 > k + 1;
                        for (std::size_t j = k; j + 1 < e; ++j)
                            all_caps_words &= tk[j].kind == SurfaceToken::Word && tk[j].capitalised;
                        if (all_caps_words && appositive_names(text, tk, k, e - 2))
                            name_first = k, name_last = e - 2;
                        e = k - 1;
                    }
                }
                std::size_t b = e;
                while (b > 0 && v - b < 12) {
                    const SurfaceToken& t = tk[b - 1];
                    if (clause_stop(b - 1)) break;
                    // "an opposition war monitor and pro-government media": one coordinated
                    // subject.
                    if (t.kind == SurfaceToken::Word && t.lower == "and" && b >= 2 &&
                        tk[b - 2].kind == SurfaceToken::Word &&
                        (is_source_noun(tk[b - 2].lower) || tk[b - 2].capitalised)) {
                        --b;
                        continue;
                    }
                    // "The Ministry of Health", "Syrian Observatory for Human Rights": a
                    // preposition between two capitalised words is inside a name.
                    if (t.kind == SurfaceToken::Word && (t.lower == "of" || t.lower == "for") &&
                        b >= 2 && b < e && tk[b - 2].kind == SurfaceToken::Word &&
                        tk[b - 2].capitalised && tk[b].kind == SurfaceToken::Word &&
                        tk[b].capitalised) {
                        --b;
                        continue;
                    }
                    // "Sources close to the prime minister said", "people familiar with the
                    // talks said": the preposition belongs to the source's own description.
                    if (t.kind == SurfaceToken::Word && (t.lower == "to" || t.lower == "with") &&
                        b >= 3 && tk[b - 2].kind == SurfaceToken::Word &&
                        in_word_list(tk[b - 2].lower, {"close", "familiar", "near", "loyal"}) &&
                        tk[b - 3].kind == SurfaceToken::Word &&
                        (is_source_noun(tk[b - 3].lower) || people_noun(tk[b - 3].lower))) {
                        b -= 2;
                        continue;
                    }
                    // ", results presented at the European Cardiology Congress showed.": an
                    // attribution closing the sentence runs from its comma, prepositions and all.
                    if (t.kind == SurfaceToken::Word && pass == 0 && closes_sentence(v) &&
                        in_word_list(t.lower, {"by", "of", "from", "with", "to", "in", "on", "at",
                                               "for", "into", "against", "about"})) {
                        --b;
                        continue;
                    }
                    // A subject that starts after a preposition is an object ("led by … group").
                    if (t.kind == SurfaceToken::Word &&
                        in_word_list(t.lower, {"by", "of", "from", "with", "to", "in", "on", "at",
                                               "for", "into", "against", "about"})) {
                        b = e; // reject
                        break;
                    }
                    if (t.kind == SurfaceToken::Word &&
                        in_word_list(t.lower, {"and", "but", "that", "which", "who", "as", "after",
                                               "before", "while", "when", "because", "if",
                                               "although", "though", "since", "where"}))
                        break;
                    --b;
                }
                // "The RTU union, which has accused ValRail of …, called a strike": the
                // relative pronoun stands for the noun phrase before its comma.
                if (b == e && b >= 3 && tk[b - 1].kind == SurfaceToken::Word &&
                    in_word_list(tk[b - 1].lower, {"which", "who"}) &&
                    tk[b - 2].kind == SurfaceToken::Symbol && tk[b - 2].lower == ",") {
                    std::size_t re = b - 2, rb = re;
                    while (
                        rb > 0 && re - rb < 8 && !clause_stop(rb - 1) &&
                        !(tk[rb - 1].kind == SurfaceToken::Word &&
                          in_word_list(tk[rb - 1].lower, {"and", "but", "that", "which", "who"})))
                        --rb;
                    if (rb < re && (rb == 0 || clause_stop(rb - 1)) &&
                        tk[re - 1].kind == SurfaceToken::Word &&
                        (tk[re - 1].capitalised || is_source_noun(tk[re - 1].lower))) {
                        set_source(text, tk, rb, re - 1, mi);
                        *cue_span = {tk[b - 1].span.begin, tk[v].span.end};
                        mi.source_first = true;
                        return;
                    }
                }
                // "Rami Abdurrahman, the Observatory’s head, noted": skip back over an appositive.
                if (b == e) continue;
                ByteSpan subject{tk[b].span.begin, tk[e - 1].span.end};
                if (!speaker_span.empty() &&
                    !(speaker_span.end <= subject.begin || speaker_span.begin >= subject.end))
                    continue; // the subject is the quoted speaker, not a source
                // "…, the electoral commission said.", "…, the bank said, down from …", "…, the
                // bank said in a statement.": a noun phrase set off by a comma before a reporting
                // verb that closes the clause (a comma, the full stop, or "in a statement"/"on
                // Tuesday") is an inserted attribution whatever its head noun.
                const bool closing_attribution =
                    b > 0 && tk[b - 1].kind == SurfaceToken::Symbol && tk[b - 1].lower == "," &&
                    (v + 1 >= n || quoted[v + 1] ||
                     (tk[v + 1].kind == SurfaceToken::Symbol &&
                      (tk[v + 1].lower == "." || tk[v + 1].lower == "!" ||
                       tk[v + 1].lower == ",")) ||
                     (tk[v + 1].kind == SurfaceToken::Word &&
                      in_word_list(tk[v + 1].lower,
                                   {"in", "on", "at", "late", "earlier", "later"})));
                if (pass == 0 && !closing_attribution) continue;
                const bool subordinate =
                    b > 0 && tk[b - 1].kind == SurfaceToken::Word && !quoted[b - 1] &&
                    in_word_list(tk[b - 1].lower, {"after", "before", "while", "when", "because",
                                                   "if", "although", "though", "since", "as"});
                const SurfaceToken& head = tk[e - 1];
                if (head.kind == SurfaceToken::Word && is_pronoun(head.lower) && b + 1 == e) {
                    // "it said", "he said": the subject named before (claims.h, attribution).
                    std::string who = pronoun_referent(text, tk, quoted, b, head.lower);
                    if (who.empty()) continue;
                    set_source_name(who, {tk[b].span.begin, tk[b].span.end}, mi);
                    mi.source_subordinate = subordinate;
                    *cue_span = {subject.begin, tk[v].span.end};
                    mi.source_first = true;
                    return;
                }
                if (head.kind != SurfaceToken::Word || is_pronoun(head.lower)) continue;
                bool named = head.capitalised || name_first < n;
                if (!named && !is_source_noun(head.lower) && !closing_attribution) continue;
                // "Acme Corp reported revenue of $5m" credits nobody: after a name the verb needs a
                // clause or a quotation. After a source noun ("activists indicated a significant
                // flight of residents") the object is what they report.
                if (!people_noun(head.lower) && !reporting_complement(tk, quoted, v)) continue;
                bool spokesperson = false; // "A Vantel spokeswoman, Priya Nair": Vantel's
                for (std::size_t j = b; j < e; ++j)
                    spokesperson |=
                        tk[j].kind == SurfaceToken::Word && tk[j].lower.rfind("spokes", 0) == 0;
                if (name_first < n && !spokesperson) {
                    set_source(text, tk, name_first, name_last, mi);
                    add_role_words(tk, b, e - 1, name_first, name_last, mi);
                } else
                    set_source(text, tk, b, e - 1, mi);
                mi.source_subordinate = subordinate;
                *cue_span = {subject.begin, tk[v].span.end};
                mi.source_first = true;
                // The claim proper starts after "that" (or after the verb).
                std::size_t c = v + 1;
                for (std::size_t k = v + 1; k < n && k < v + 9; ++k)
                    if (word(k, "that")) {
                        c = k + 1;
                        break;
                    }
                bool words_after = false;
                for (std::size_t k = c; k < n; ++k)
                    words_after |= tk[k].kind != SurfaceToken::Symbol;
                // "…, which the company denied.", "…, a claim her spokesman rejected.": the
                // answer's source is the answer's own, not that of the claim before it.
                const bool answers =
                    b > 0 && tk[b - 1].kind == SurfaceToken::Word &&
                    in_word_list(tk[b - 1].lower,
                                 {"which", "whom", "claim", "charge", "accusation", "allegation",
                                  "report", "account", "suggestion", "version", "assertion"});
                if (words_after) {
                    mi.claim_span = {tk[c].span.begin, mi.m.span.end};
                } else if (answers) {
                    mi.claim_span = {subject.begin, tk[v].span.end};
                    mi.source_subordinate = true;
                } else {
                    // "…, two local media outlets reported.": the claim is what came before.
                    mi.claim_span = {mi.m.span.begin, subject.begin};
                    mi.source_first = false;
                }
                return;
            }
        // Inverted: "…, said fire chief Maria Lopez.", "…, said the fire service." — a speech
        // verb after a comma or a quotation, then the source up to the end of the clause.
        for (std::size_t v = 1; v + 1 < n; ++v) {
            if (quoted[v] || tk[v].kind != SurfaceToken::Word ||
                !in_word_list(tk[v].lower, {"said", "says", "added", "told", "reported"}))
                continue;
            if (!(clause_stop(v - 1) || quoted[v - 1])) continue;
            std::size_t e = v + 1;
            // "said Dr. Miriam Okafor": a title's full stop does not end the source.
            auto title_stop = [&](std::size_t k) {
                return tk[k].lower == "." && k > v + 1 && tk[k - 1].kind == SurfaceToken::Word &&
                       is_title_word(tk[k - 1].lower);
            };
            while (e < n && (!clause_stop(e) || title_stop(e)) && e < v + 10) ++e;
            if (e == v + 1 || (e < n && !(tk[e].lower == "." || tk[e].lower == ","))) continue;
            const SurfaceToken& last = tk[e - 1];
            if (last.kind != SurfaceToken::Word ||
                !(last.capitalised || is_source_noun(last.lower)))
                continue;
            ByteSpan subject{tk[v + 1].span.begin, last.span.end};
            if (!speaker_span.empty() &&
                !(speaker_span.end <= subject.begin || speaker_span.begin >= subject.end))
                return; // the quoted speaker, not a source
            set_source(text, tk, v + 1, e - 1, mi);
            *cue_span = {tk[v].span.begin, last.span.end};
            mi.source_first = false;
            return;
        }
    }

    // "Prime Minister Ana Lindqvist", "transport minister Elias Brandt": the role a person is
    // named with, from the title words inside the run or up to two lower-case words before it
    // ending in a title or source noun ("fire chief", "lead investigator").
    void remember_role(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r,
                       const std::string& name) {
        std::string role;
        for (std::size_t k = r.begin; k < r.first; ++k)
            if (tk[k].kind == SurfaceToken::Word) role += (role.empty() ? "" : " ") + tk[k].lower;
        if (role.empty() && r.begin > 0 && tk[r.begin - 1].kind == SurfaceToken::Word &&
            !tk[r.begin - 1].capitalised &&
            (is_title_word(tk[r.begin - 1].lower) || is_source_noun(tk[r.begin - 1].lower))) {
            role = tk[r.begin - 1].lower;
            if (r.begin > 1 && tk[r.begin - 2].kind == SurfaceToken::Word &&
                (!tk[r.begin - 2].capitalised || r.begin == 2) &&
                !is_determiner(tk[r.begin - 2].lower) &&
                !is_finite_verb(tk[r.begin - 2].lower, true) &&
                !is_speech_verb(tk[r.begin - 2].lower))
                role = tk[r.begin - 2].lower + " " + role;
        }
        if (!role.empty() && role != "mr" && role != "mrs" && role != "ms" && role != "dr")
            article_roles_.emplace_back(role, name);
    }

    // "the prime minister said", "the mayor said": a role the article named a person with is
    // that person (the same role in full first, else the same head: "the minister" is the
    // minister named last). A phrase with a capital is a name already.
    std::string resolve_role(std::string source) const {
        if (source.empty()) return source;
        // The phrase's words, lower case, a leading possessive name left out ("Turkey's
        // disaster management agency"); a phrase with any other capital is a name already.
        std::vector<std::string> phrase;
        for (const SurfaceToken& t :
             scan_surface(source, {0, static_cast<std::uint32_t>(source.size())})) {
            if (t.kind != SurfaceToken::Word) continue;
            const bool possessive =
                t.lower.size() > 2 && t.lower.compare(t.lower.size() - 2, 2, "'s") == 0;
            if (phrase.empty() && possessive) continue;
            if (t.capitalised) return source;
            if (t.lower == "the") continue;
            phrase.push_back(t.lower);
        }
        if (phrase.empty()) return source;
        auto words = [](const std::string& s) {
            std::vector<std::string> out;
            std::size_t b = 0;
            while (b < s.size()) {
                std::size_t e = s.find(' ', b);
                if (e == std::string::npos) e = s.size();
                if (e > b) out.push_back(s.substr(b, e - b));
                b = e + 1;
            }
            return out;
        };
        auto contains = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
            return std::all_of(b.begin(), b.end(), [&](const std::string& w) {
                return std::find(a.begin(), a.end(), w) != a.end();
            });
        };
        // The same role in full, latest first; else the latest role ending in the phrase's head
        // whose words are all in the phrase or the other way round: "the minister" for "finance
        // minister Tomas Reyes", "the fire chief" for "chief Tom Reddy"; not "the prime
        // minister" for "finance minister …".
        for (auto it = article_roles_.rbegin(); it != article_roles_.rend(); ++it)
            if (words(it->first) == phrase) return it->second;
        for (auto it = article_roles_.rbegin(); it != article_roles_.rend(); ++it) {
            const std::vector<std::string> role = words(it->first);
            if (!role.empty() && role.back() == phrase.back() &&
                (contains(phrase, role) || contains(role, phrase)))
                return it->second;
        }
        // Else the corpus: a description other outlets put before a name ("the disaster agency
        // AFAD", "Interior Minister Ali Yerlikaya"), when it names one speaking body or person.
        std::string found;
        auto by_head = k_.described.find(phrase.back());
        if (by_head == k_.described.end()) return source;
        for (const auto& [description, name] : by_head->second) {
            const std::vector<std::string> role = words(description);
            if (role.empty() || role.back() != phrase.back() ||
                !(contains(phrase, role) || contains(role, phrase)))
                continue;
            // Only a name that speaks somewhere in the corpus: a slip such as "the withdrawal
            // of the Syrian army Hama" must not make every "army" Hama.
            if (!k_.is_person(name) && !k_.organisations.count(lower_ascii(name))) continue;
            if (!found.empty() && found != name) return source; // two candidates
            found = name;
        }
        return found.empty() ? source : found;
    }

    // "the company", "the firm": the organisation the article named last (claims.h).
    // A lower-case phrase whose head is such a noun ("the mobile operator") too; the
    // organisation may be named earlier in the same sentence (`tk` before token `before`:
    // "… 1.3 million Vantel customers, the mobile operator said").
    std::string resolve_generic(std::string name, std::string_view text = {},
                                const std::vector<SurfaceToken>& tk = {},
                                std::size_t before = 0) const {
        std::string lower = lower_ascii(name);
        // At most one modifier, no coordination: "the mobile operator", not "pro-government
        // media and an opposition war monitoring group".
        if (std::count(lower.begin(), lower.end(), ' ') > 1) return name;
        std::size_t sp = lower.rfind(' ');
        std::string head = sp == std::string::npos ? lower : lower.substr(sp + 1);
        if (!in_word_list(head, {"company",  "firm",    "group",        "manufacturer", "retailer",
                                 "carmaker", "airline", "operator",     "owner",        "business",
                                 "carrier",  "chain",   "publisher",    "broadcaster",  "automaker",
                                 "bank",     "insurer", "organisation", "organization", "charity",
                                 "utility",  "maker",   "lender",       "provider",     "supplier",
                                 "developer"}))
            return name;
        // A business noun stands for a business: not a congress, a college or a ministry named
        // on the way ("… according to results presented at the European Cardiology Congress.
        // The drug did not …, the company said").
        const bool business = !in_word_list(head, {"group", "organisation", "organization",
                                                   "charity", "owner", "operator", "bank"});
        auto fits = [&](const std::string& n) { return !business || !names_institution(n); };
        // An organisation the corpus has speak ("Halvern Pharma said") is what a company's
        // statement is credited to before one that only looks like an organisation ("King's
        // College London", named as a researcher's employer); the latest of a rank wins, the
        // sentence's own before the article's.
        std::string org;
        int org_rank = 0;
        std::vector<SurfaceToken> prefix(
            tk.begin(), tk.begin() + static_cast<long>(std::min(before, tk.size())));
        for (const CapitalisedRun& r : capitalised_runs(prefix)) {
            if (r.titled) continue;
            std::string n = run_name(text, prefix, r.first, r.last);
            // A dateline or a forced capital names nothing, but an organisation opening the
            // sentence does ("Kestrel Airlines cancelled …, the company said").
            int rank = organisation_rank(prefix, r, n);
            if (r.begin == 0 && rank < 2 && r.first == r.last) continue;
            if (rank > 0 && rank >= org_rank && fits(n)) org = n, org_rank = rank;
        }
        if (org_rank == 2) return org;
        for (int want : {2, 1}) {
            if (want == 1 && !org.empty()) return org;
            for (auto it = named_orgs_.rbegin(); it != named_orgs_.rend(); ++it)
                if (it->second == want && fits(it->first)) return it->first;
        }
        return name;
    }

    // A name with a word of a public institution or a gathering ("European Cardiology Congress",
    // "Ministry of Health", "King's College London"): not what "the company" stands for.
    static bool names_institution(const std::string& name) {
        std::vector<SurfaceToken> tk =
            scan_surface(name, {0, static_cast<std::uint32_t>(name.size())});
        for (const SurfaceToken& t : tk)
            if (t.kind == SurfaceToken::Word &&
                in_word_list(t.lower, {"congress",   "college",     "university",  "institute",
                                       "ministry",   "government",  "police",      "court",
                                       "council",    "committee",   "commission",  "agency",
                                       "foundation", "association", "union",       "party",
                                       "parliament", "assembly",    "hospital",    "school",
                                       "army",       "forces",      "observatory", "nations",
                                       "department", "office",      "authority",   "service"}))
                return true;
        return false;
    }

    // A run that names an organisation that speaks in the corpus: "Brightline Appliances" when
    // the corpus has "Brightline said"; not a person, not a source noun ("Police").
    bool speaks_as_organisation(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r,
                                const std::string& name) const {
        return organisation_rank(tk, r, name) > 0;
    }
    // 2: an organisation the corpus has speak (by its name or a word of it: "Halvern" for
    // "Halvern Pharma"); 1: a run that only looks like one ("King's College London"); 0: none.
    int organisation_rank(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r,
                          const std::string& name) const {
        if (k_.is_person(name)) return 0;
        if (r.first == r.last && is_source_noun(tk[r.first].lower)) return 0;
        if (k_.organisations.count(lower_ascii(name))) return 2;
        for (std::size_t k = r.first; k <= r.last; ++k)
            if (tk[k].kind == SurfaceToken::Word && !is_source_noun(tk[k].lower) &&
                k_.organisations.count(tk[k].lower))
                return 2;
        // An acronym alone is an organisation only where the corpus has it speak: a dateline's
        // agency credit ("VIENNA (MN) —") or a trial's name ("the VELOCITY trial") is not what
        // "the company" stands for.
        const bool acronym_only =
            r.first == r.last && tk[r.first].all_caps && !is_organisation_word(tk[r.first].lower);
        return run_is_organisation(tk, r) && !acronym_only ? 1 : 0;
    }
    // Is tokens [first, last], set off by commas after a description ("its maker, Halvern
    // Pharma,", "The ethics commissioner, Pavel Marsh,"), the name of who speaks: a person, or
    // an organisation the corpus has speak?
    bool appositive_names(std::string_view text, const std::vector<SurfaceToken>& tk,
                          std::size_t first, std::size_t last) const {
        std::string name = run_name(text, tk, first, last);
        if (k_.is_person(name)) return true;
        CapitalisedRun r;
        r.begin = r.first = first;
        r.last = last;
        return organisation_rank(tk, r, name) == 2;
    }

    // Plural people who report what they saw or heard: their object is the report ("activists
    // indicated a significant flight of residents").
    static bool people_noun(const std::string& w) {
        return in_word_list(w, {"activists", "officials", "witnesses", "residents", "sources",
                                "analysts", "experts", "doctors", "medics", "rescuers",
                                "journalists", "monitors", "observers", "diplomats"});
    }

    // Does the reporting verb at v introduce what is reported? "said", "says", "told",
    // "quoted", "cited" always do; the others ("reported", "announced", "confirmed", …) need
    // "that", a quotation, the end of the clause, or a clause with a verb of its own within a
    // few words ("Sham FM reported the insurgents entered …"), not a noun object ("Acme Corp
    // reported revenue of $5m").
    static bool reporting_complement(const std::vector<SurfaceToken>& tk,
                                     const std::vector<bool>& quoted, std::size_t v) {
        const std::string& verb = tk[v].lower;
        // Only these also take a plain object ("reported revenue", "announced the recall",
        // "confirmed the deaths"); "characterized", "said", "told", … always report.
        if (!in_word_list(verb, {"reported", "reports", "announced", "announces", "confirmed",
                                 "confirms", "confirm", "indicated", "noted",     "added",
                                 "wrote",    "claimed", "claims",    "declared",  "denied",
                                 "denies",   "deny",    "disclosed", "discloses", "revealed",
                                 "reveals",  "showed",  "shows",     "accused",   "accuses",
                                 "rejected", "rejects", "disputed",  "disputes"}))
            return true;
        const std::size_t n = tk.size();
        if (v + 1 >= n || quoted[v + 1]) return true;
        // "accused ValRail of cutting maintenance": the accusation is the "of" phrase.
        if (verb == "accused" || verb == "accuses")
            for (std::size_t k = v + 2; k < n && k < v + 6; ++k)
                if (tk[k].kind == SurfaceToken::Word && tk[k].lower == "of") return true;
        const SurfaceToken& next = tk[v + 1];
        if (next.kind == SurfaceToken::Symbol) return true; // "…, police reported."
        if (next.lower == "that" || next.lower == "on" || next.lower == "in") return true;
        for (std::size_t k = v + 2; k < n && k < v + 9; ++k) {
            if (quoted[k]) return true;
            if (tk[k].kind == SurfaceToken::Symbol) {
                if (tk[k].lower == "," || tk[k].lower == "." || tk[k].lower == ";") return false;
                continue;
            }
            // "declared a state of emergency and asked …": a second predicate, not a complement.
            if (tk[k].kind == SurfaceToken::Word && in_word_list(tk[k].lower, {"and", "but", "or"}))
                return false;
            if (tk[k].kind == SurfaceToken::Word && is_finite_verb(tk[k].lower, true)) return true;
        }
        return false;
    }

    // Who a subject pronoun stands for: "it"/"they" the nearest organisation or source noun
    // before it in the sentence ("the Syrian army’s decision to withdraw, it said"), else the
    // article's last source; "he"/"she" the last person named.
    std::string pronoun_referent(std::string_view text, const std::vector<SurfaceToken>& tk,
                                 const std::vector<bool>& quoted, std::size_t at,
                                 const std::string& pronoun) {
        if (pronoun == "he" || pronoun == "she") return last_person_;
        if (pronoun != "it" && pronoun != "they") return {};
        for (std::size_t k = at; k-- > 0;) {
            if (quoted[k] || tk[k].kind != SurfaceToken::Word) continue;
            std::string w = tk[k].lower;
            bool poss = w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0;
            if (poss) w.resize(w.size() - 2);
            if (!(is_source_noun(w) || is_organisation_word(w) || is_acronym(tk[k]))) continue;
            std::size_t b = k;
            while (b > 0 && tk[b - 1].kind == SurfaceToken::Word && tk[b - 1].capitalised &&
                   !quoted[b - 1] && k - b < 4)
                --b;
            std::string name(text.substr(tk[b].span.begin, tk[k].span.end - tk[b].span.begin));
            if (poss) name.resize(name.size() - (tk[k].span.size() - w.size() > 2 ? 4 : 2));
            return name;
        }
        if (!last_subject_.empty()) return last_subject_;
        if (!last_org_.empty()) return last_org_;
        return last_source_.set ? last_source_.name : std::string();
    }

    // The subject of a sentence when it is an organisation or a source noun ("The army pulled
    // out …" → "army"), for an "it said" in a later sentence.
    void remember_subject(std::string_view text, const std::vector<SurfaceToken>& tk,
                          const std::vector<bool>& quoted) {
        std::size_t b = 0;
        while (b < tk.size() && tk[b].kind == SurfaceToken::Word && !quoted[b] &&
               (is_determiner(tk[b].lower) || is_descriptor(tk[b].lower)))
            ++b;
        for (std::size_t k = b; k < tk.size() && k < b + 6; ++k) {
            // "The company, which serves two million homes, was fined …": a relative clause
            // after the subject leaves it the subject.
            if (k > b && !quoted[k] && tk[k].kind == SurfaceToken::Symbol && tk[k].lower == "," &&
                k + 1 < tk.size() && tk[k + 1].kind == SurfaceToken::Word &&
                in_word_list(tk[k + 1].lower, {"which", "who"})) {
                const std::string& head = tk[k - 1].lower;
                if (!is_pronoun(head) &&
                    (is_source_noun(head) || is_organisation_word(head) || tk[k - 1].capitalised))
                    last_subject_ = resolve_generic(std::string(
                        text.substr(tk[b].span.begin, tk[k - 1].span.end - tk[b].span.begin)));
                return;
            }
            if (quoted[k] || tk[k].kind != SurfaceToken::Word) return;
            if (is_finite_verb(tk[k].lower, true)) {
                if (k == b) return;
                const std::string& head = tk[k - 1].lower;
                if (is_pronoun(head)) return;
                if (is_source_noun(head) || is_organisation_word(head) || tk[k - 1].capitalised)
                    last_subject_ = resolve_generic(std::string(
                        text.substr(tk[b].span.begin, tk[k - 1].span.end - tk[b].span.begin)));
                return;
            }
        }
    }

    // "according to the city's police commissioner, Rafael Dunst": the source is the name, and
    // its words (which the differences read) keep the description it was named with, so that
    // another outlet's "Police said" is that person's body, not another source.
    void add_role_words(const std::vector<SurfaceToken>& tk, std::size_t db, std::size_t de,
                        std::size_t nb, std::size_t ne, MentionInfo& mi) {
        std::vector<int> words;
        for (std::size_t k : {db, nb}) {
            const std::size_t last = k == db ? de : ne;
            for (std::size_t j = k; j <= last && j < tk.size(); ++j) {
                const SurfaceToken& t = tk[j];
                std::string w = t.lower;
                if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
                if (t.kind == SurfaceToken::Word && !is_descriptor(w) && !is_determiner(w) &&
                    !is_stopword(w))
                    words.push_back(v_.stem_id(w));
            }
        }
        mi.source_words = pool_.add(words);
    }

    void set_source_name(const std::string& canonical, ByteSpan span, MentionInfo& mi) {
        mi.m.source_span = span;
        mi.source_key = keys_.id(lower_ascii(canonical));
        mi.m.source = canonical;
        std::vector<int> words;
        std::vector<SurfaceToken> tk =
            scan_surface(canonical, {0, static_cast<std::uint32_t>(canonical.size())});
        for (const SurfaceToken& t : tk)
            if (t.kind == SurfaceToken::Word && !is_descriptor(t.lower) &&
                !is_determiner(t.lower) && !is_stopword(t.lower))
                words.push_back(v_.stem_id(t.lower));
        mi.source_words = pool_.add(words);
    }

    // Canonical source from tokens [b, e]: the capitalised run the phrase ends in, descriptors
    // dropped ("UK-based Syrian Observatory for Human Rights" → "Syrian Observatory for Human
    // Rights"); else the phrase without determiners ("opposition activists").
    void set_source(std::string_view text, const std::vector<SurfaceToken>& tk, std::size_t b,
                    std::size_t e, MentionInfo& mi) {
        mi.m.source_span = {tk[b].span.begin, tk[e].span.end};
        std::vector<SurfaceToken> sub(tk.begin() + static_cast<long>(b),
                                      tk.begin() + static_cast<long>(e) + 1);
        std::string canonical;
        std::vector<CapitalisedRun> runs = capitalised_runs(sub);
        // A spokesperson speaks for the organisation named with them ("A Vantel spokeswoman,
        // Priya Nair, denied …" is Vantel's denial, as "Vantel insisted …").
        std::size_t spokes = sub.size();
        for (std::size_t k = 0; k < sub.size(); ++k)
            if (sub[k].kind == SurfaceToken::Word &&
                in_word_list(sub[k].lower, {"spokesman", "spokeswoman", "spokesperson",
                                            "spokespeople", "spokeswomen", "spokesmen"}))
                spokes = k;
        // "sources close to Lindqvist" are the sources, not Lindqvist: a source noun described by
        // "close to" / "familiar with" keeps its whole phrase.
        for (std::size_t k = 0; k + 2 < sub.size(); ++k)
            if (sub[k].kind == SurfaceToken::Word &&
                (is_source_noun(sub[k].lower) || people_noun(sub[k].lower)) &&
                in_word_list(sub[k + 1].lower, {"close", "familiar", "near", "loyal"}) &&
                in_word_list(sub[k + 2].lower, {"to", "with"})) {
                std::string phrase(
                    text.substr(sub[k].span.begin, sub.back().span.end - sub[k].span.begin));
                set_source_name(phrase, mi.m.source_span, mi);
                return;
            }
        const CapitalisedRun* employer = nullptr;
        for (const CapitalisedRun& r : runs)
            // The name right before "spokeswoman" is whom she speaks for, even one the corpus
            // also reads as a person ("SkyNorde spokeswoman Anna Lind", "Reyes's spokesman").
            if (r.last < spokes &&
                (r.last + 1 == spokes || !k_.is_person(run_name(text, sub, r.first, r.last))) &&
                !(r.first == r.last && sub[r.first].kind == SurfaceToken::Word &&
                  (is_determiner(sub[r.first].lower) || is_pronoun(sub[r.first].lower))))
                employer = &r; // "Her spokesman" names no employer
        // "a spokesperson for the airline": the employer is named after "for".
        if (spokes < sub.size() && !employer && spokes + 2 < sub.size() &&
            sub[spokes + 1].lower == "for") {
            std::size_t f = spokes + 2;
            while (f + 1 < sub.size() && sub[f].kind == SurfaceToken::Word &&
                   is_determiner(sub[f].lower))
                ++f;
            canonical.assign(
                text.substr(sub[f].span.begin, sub.back().span.end - sub[f].span.begin));
        } else if (spokes < sub.size() && employer) {
            std::size_t f = employer->first;
            while (f < employer->last && sub[f].kind == SurfaceToken::Word &&
                   (is_descriptor(sub[f].lower) || is_determiner(sub[f].lower)))
                ++f;
            canonical = run_name(text, sub, f, employer->last);
        } else if (!runs.empty() && runs.back().last == sub.size() - 1 && !runs.back().possessive) {
            // Keep titles of organisations' names; a person is named without the title
            // ("Mayor Joan Puig" is "Joan Puig").
            std::size_t f = runs.back().begin;
            const bool person =
                k_.is_person(run_name(text, sub, runs.back().first, runs.back().last));
            if (runs.back().titled && person) f = runs.back().first;
            // "Information Commissioner’s Office": a possessive inside an organisation's name.
            if (!person && runs.size() >= 2 && runs[runs.size() - 2].possessive &&
                runs[runs.size() - 2].last + 1 == runs.back().begin)
                f = runs[runs.size() - 2].begin;
            // "Kestrian Bankers’ Association": a plural possessive's apostrophe stands alone
            // between the two runs.
            if (!person && runs.size() >= 2) {
                const CapitalisedRun& before = runs[runs.size() - 2];
                const SurfaceToken& last_word = sub[before.last];
                const std::size_t mark = before.last + 1;
                if (mark + 1 == runs.back().begin && sub[mark].kind == SurfaceToken::Symbol &&
                    (sub[mark].codepoint == '\'' || sub[mark].codepoint == 0x2019) &&
                    last_word.kind == SurfaceToken::Word && !last_word.lower.empty() &&
                    last_word.lower.back() == 's')
                    f = before.begin;
            }
            while (f < runs.back().last && sub[f].kind == SurfaceToken::Word &&
                   (is_descriptor(sub[f].lower) || is_determiner(sub[f].lower)))
                ++f;
            canonical = run_name(text, sub, f, runs.back().last);
        } else {
            std::size_t f = 0;
            // "reports from both pro-government media and …": the source is who reported.
            while (f < sub.size() && sub[f].kind == SurfaceToken::Word &&
                   (is_determiner(sub[f].lower) || is_descriptor(sub[f].lower) ||
                    in_word_list(sub[f].lower, {"reports", "report", "from", "by", "unconfirmed",
                                                "statement", "statements"})))
                ++f;
            if (f >= sub.size()) f = 0;
            canonical.assign(
                text.substr(sub[f].span.begin, sub.back().span.end - sub[f].span.begin));
        }
        // "the bank's statement", "the ministry’s figures": a document credits its author.
        for (const char* doc : {" statement", " statements", " announcement", " figures", " data",
                                " filing", " filings", " letter", " website"}) {
            const std::size_t dn = std::strlen(doc);
            if (canonical.size() <= dn || canonical.compare(canonical.size() - dn, dn, doc) != 0)
                continue;
            std::string owner = canonical.substr(0, canonical.size() - dn);
            if (owner.size() > 4 && owner.compare(owner.size() - 4, 4, "\xE2\x80\x99s") == 0)
                owner.resize(owner.size() - 4);
            else if (owner.size() > 2 && owner.compare(owner.size() - 2, 2, "'s") == 0)
                owner.resize(owner.size() - 2);
            else
                break;
            canonical = std::move(owner);
            break;
        }
        canonical = resolve_role(resolve_generic(std::move(canonical), text, tk, b));
        mi.source_key = keys_.id(lower_ascii(canonical));
        mi.m.source = std::move(canonical);
        std::vector<int> words;
        for (const SurfaceToken& t : sub)
            if (t.kind == SurfaceToken::Word && !is_descriptor(t.lower) &&
                !is_determiner(t.lower) && !is_stopword(t.lower))
                words.push_back(v_.stem_id(t.lower));
        mi.source_words = pool_.add(words);
    }
};

} // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Entry point
//-------------------------------------------------------------------------------------------------

Mentions find_mentions(const Analysis& analysis) {
    const std::size_t n_articles = analysis.corpus.articles.size();
    Mentions mentions;
    CorpusKnowledge knowledge;
    for (std::size_t i = 0; i < n_articles; ++i)
        for (ByteSpan s : story_sentences(analysis, i))
            learn_from_sentence(analysis.corpus.articles[i].text, s, knowledge);
    settle_people(knowledge);
    Vocabulary vocabulary;
    MentionBuilder builder(analysis, knowledge, vocabulary, mentions);
    for (std::size_t i = 0; i < n_articles; ++i) {
        builder.article(static_cast<int>(i));
        mentions.store(); // the article's mentions at rest (claims_internal.h)
    }
    return mentions; // the words, names and capitalisation tables are freed here
}

} // namespace wiretrace::claims_internal
