// claim_lexicon.cpp — the vocabulary of the mention step (claims engine, step 1): which words
// credit a source, name a body or a group that speaks, start a clause or give it a predicate,
// and which words news copy uses for the same thing. Hand lists, each with the rule that reads
// it; the rules themselves are in claim_clauses.cpp, claim_hedge_negation.cpp,
// claim_attribution.cpp and claim_mentions.cpp.

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
// A word list asked for every token of every mention, as a hash set built on first use: one
// hash instead of a comparison per entry (in_word_list walks the whole list for a miss).
struct WordSet {
    std::unordered_set<std::string_view> words;
    WordSet(std::initializer_list<std::string_view> list) : words(list) {}
    bool has(std::string_view w) const { return words.count(w) > 0; }
};
} // namespace

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
        "repeated", // "repeated that the laboratory had erred", as "said again"
        "reiterated",
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
        // "results presented at the congress showed", "figures show that …": data as source
        // ("…, figures from the fraud office show.", plural subjects of data take "show").
        "showed",
        "shows",
        "show",
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
        // "The company blamed a faulty valve": the cause is the subject's account, as in "the
        // company said a valve had failed". Its object is the claim ("was to blame" is no
        // report: a subject after "to" is an object).
        "blamed",
        "blames",
        "blame",
        // "…, sources in the port authority suggested.", "officials hinted that …": a report
        // put tentatively is still credited to whoever put it. With a plain object ("suggested
        // a compromise") they report nothing (reporting_complement).
        "suggested",
        "suggests",
        "suggest",
        "hinted",
        "hints",
        // Verbs of saying that credit as "said" does ("…, the minister conceded.", "she
        // testified that …", "…, he cautioned."); "maintained", "observed" and "conceded" also
        // stand with a plain object or alone ("maintained its forecast", "Frey conceded before
        // midnight"), which reports nothing (reporting_complement).
        "conceded",
        "concedes",
        "cautioned",
        "testified",
        "contended",
        "countered",
        "replied",
        "remarked",
        "tweeted",
        "maintained",
        "maintains",
        "observed",
        // The present tense of the verbs of saying above, as radio briefs and present-tense
        // copy write them ("…, the hospital admits.", "Police warn that …", "the company
        // insists"): they credit as "says" does. Forms that are also common nouns ("notes",
        // "states", "stresses") are left out; those that also take a plain object ("admits
        // defeat", "acknowledges the error") report only with a complement
        // (reporting_complement).
        "admits",
        "admit",
        "acknowledges",
        "acknowledge",
        "insists",
        "insist",
        "warns",
        "warn",
        "explains",
        "argues",
        "asserts",
        "declares",
        "alleges",
        "allege",
        "announces",
        "reiterates",
        "emphasises",
        "emphasizes",
    };
    return verbs.count(w) > 0;
}

// Lower-case heads of a noun phrase that can be a source ("opposition activists said"), plural
// and job nouns that speak as a group too ("Two cabinet ministers said", "Engineers say",
// "Economists expect").
bool is_source_noun(std::string_view w) {
    static const WordSet nouns = {"activists",       "activist",      "officials",
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
                            "commissioner",    "regulators",    "auditors",
                            "federation",      "institute",     "museum",
                            // "The church said it had received a petition": a church speaks
                            // as a body. (Adding "club", "school" and the like cost flags on
                            // the tuned stories: "the club" is not resolved to the club the
                            // story names, resolve_generic, so it reads as another source.)
                            "church",
                            // a document that finds, as "report" does: "the council's
                            // assessment found that …"
                            "assessment"};
    return nouns.has(w);
}

// Company and institution suffixes ("Halvern Pharma", "Kestrel Airlines"): a run ending in one
// is an organisation even where it speaks ("Halvern Pharma said").
bool is_company_suffix(std::string_view w) {
    static const WordSet suffixes = {"pharma", "pharmaceuticals", "airlines", "airways", "motors", "holdings",
                         "inc", "corp", "ltd", "plc", "llc", "industries", "technologies",
                         "congress", "college", "foundation", "commission", "railway", "railways",
                         // trade names' last words: "Harlan Foods said" is a company speaking
                         "foods", "brands", "securities", "capital", "partners", "logistics",
                         "insurance", "energy", "systems", "telecom", "mining", "steel",
                         "shipping", "chemicals", "petroleum", "aerospace"};
    return suffixes.has(w);
}

// Words of an organisation's name: such a run is never a person. Nouns that name a kind of
// body ("Syrian Observatory for Human Rights", "Kestrel Bankers' Association") and the words
// news names carry ("Times", "Press"); no single organisation's name: an acronym is an
// organisation by its form (is_acronym), wherever it is written.
// A body of members by its kind: a union, federation, association, alliance or guild
// ("the crews' union", "the Seafarers' Welfare Federation").
bool members_kind_word(std::string_view w) {
    static const WordSet words = {"union",    "unions", "federation",   "association",
                                  "alliance", "guild",  "confederation"};
    return words.has(w);
}

bool is_organisation_word(std::string_view w) {
    if (is_company_suffix(w)) return true;
    static const WordSet words = {"observatory", "agency",   "forces",    "army",         "fm",           "times",
            "party",       "ministry", "council",   "group",        "news",         "press",
            "rights",      "network",  "radio",     "tv",           "front",        "brigade",
            "brigades",    "union",    "committee", "organization", "organisation", "association",
            "company",     "bank",     "court",     "police",       "government",   "institute",
            "university",  "nations",  "state",     "states",       "republic",     "kingdom",
            "independent", "post",     "guardian",  "army's",       "democratic",   "national",
            "movement",    "authority", "federation", "alliance",   "coalition",    "reuters",
            "associated"};
    return words.has(w);
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

bool is_finite_be(std::string_view lower) {
    return in_word_list(lower, {"is", "are", "was", "were"});
}

bool is_form_of_be(std::string_view lower) {
    return is_finite_be(lower) || lower == "be" || lower == "been";
}

// "'s" is "is" only after a pronoun ("the company's" is a possessive), and "has" as often
// ("it's been"); the callers ask it before a participle or an adjective, where it is "is".
bool is_contracted_be(std::string_view lower) {
    const std::size_t at = lower.rfind('\'');
    if (at == std::string_view::npos || at == 0) return false;
    const std::string_view head = lower.substr(0, at), tail = lower.substr(at + 1);
    if (tail == "s")
        return in_word_list(head, {"it", "he", "she", "that", "there", "what", "who"});
    if (tail == "re") return in_word_list(head, {"they", "we", "you"});
    return tail == "m" && head == "i";
}

bool is_negative_contraction(std::string_view lower) {
    constexpr std::string_view straight = "n't", typographic = "n\xE2\x80\x99t";
    return (lower.size() > straight.size() &&
            lower.compare(lower.size() - straight.size(), straight.size(), straight) == 0) ||
           (lower.size() > typographic.size() &&
            lower.compare(lower.size() - typographic.size(), typographic.size(), typographic) == 0);
}

// Finite verbs and auxiliaries that show a clause has its own predicate: "and the army
// withdrew", "and vowed to gain back lost areas", "but appeared to be referring to Turkey".
// Hand list of the verbs news copy coordinates (a tagger is not in this build's dependencies);
// regular past tenses are recognised by their "-ed".
bool is_finite_verb(std::string_view w, bool allow_ed) {
    static const WordSet finite = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
                "may", "might", "should", "must", "did", "does", "do", "went", "took", "fled",
                "left", "began", "came", "made", "gave", "got", "held", "won", "lost", "saw",
                "fell", "rose", "met", "sent", "told", "said", "says", "withdrew", "seized", "died",
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
                "evacuated", "rescued", "recalled", "suspended", "resigned",
                // irregular past tenses news uses for events ("after its second stage shut
                // down", "when the hull broke apart"), which no "-ed" ending finds
                "shut", "broke", "sank", "drew", "flew", "drove", "hid", "stood", "spoke", "wrote",
                "threw", "rang", "swept", "tore", "blew", "caught", "fought", "froze", "grew",
                "shook", "stole", "sought", "taught", "woke", "overtook", "upheld", "withheld",
                "undertook", "forbade", "sped", "slid", "sat", "swung", "spun", "dug"};
    if (finite.has(w)) return true;
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

// House style is not wording: British and American spellings of one word compare equal
// (organisation/organization, defence/defense, centre/center, favour/favor, travelled/traveled,
// judgement/judgment, programme/program).
// Applied to both sides, so a rule can only merge a British form with its American twin; the
// length floors keep short words ("four", "hour", "acre") out of it.
std::size_t possessive_length(std::string_view word) {
    constexpr std::string_view straight = "'s", typographic = "\xE2\x80\x99s";
    for (const std::string_view ending : {typographic, straight})
        if (word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending)
            return ending.size();
    return 0;
}

std::string house_spelling(std::string w) {
    // A compound closed up or hyphenated is house style too: "clean-up" / "cleanup",
    // "co-operate" / "cooperate", "e-mail" / "email".
    if (w.size() > 2 && w.find('-', 1) != std::string::npos)
        w.erase(std::remove(w.begin() + 1, w.end() - 1, '-'), w.end() - 1);
    auto ends = [&](const char* suf) {
        std::size_t n = std::strlen(suf);
        return w.size() > n && w.compare(w.size() - n, n, suf) == 0;
    };
    auto swap_end = [&](std::size_t n, const char* to) { w.replace(w.size() - n, n, to); };
    for (const char* s : {"isation", "isations", "ise", "ised", "ises", "ising", "iser", "isers"}) {
        if (w.size() >= 6 && ends(s)) {
            std::size_t at = w.size() - std::strlen(s);
            w[at + 1] = 'z';
            return w;
        }
    }
    if (w.size() >= 6 && (ends("our") || ends("ours") || ends("oured") || ends("ouring"))) {
        std::size_t at = w.rfind("our");
        w.erase(at + 1, 1); // favour → favor
        return w;
    }
    // "judgement", "acknowledgement" / "judgment": the e after dg is British house style.
    for (const char* s : {"dgement", "dgements"})
        if (ends(s)) {
            w.erase(w.size() - std::strlen(s) + 2, 1);
            return w;
        }
    // "programme" / "program" (a plan or a broadcast; "program" as software is spelled so on
    // both sides).
    if (w == "programme" || w == "programmes") {
        w.erase(7, 2);
        return w;
    }
    if (ends("ence") && (w == "defence" || w == "offence" || w == "licence" || w == "pretence"))
        swap_end(4, "ense");
    else if (w.size() >= 5 && ends("tre") && w != "genre")
        swap_end(3, "ter"); // centre, theatre, metre
    else if (w.size() >= 6 && ends("tres") && w != "genres")
        swap_end(4, "ters"); // the plural: metres, litres, centres
    else if (w.size() >= 7 && (ends("lled") || ends("lling")))
        w.erase(w.rfind("ll"), 1); // travelled → traveled (both sides: "killed" → "kiled")
    return w;
}

std::vector<std::string> folded_words(std::string_view text) {
    std::vector<std::string> out;
    for (const SurfaceToken& t :
         scan_surface(text, {0, static_cast<std::uint32_t>(text.size())})) {
        if (t.kind != SurfaceToken::Word) continue;
        std::string w = t.lower;
        if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
        out.push_back(house_spelling(w));
    }
    return out;
}

} // namespace wiretrace::claims_internal
