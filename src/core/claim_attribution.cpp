// claim_attribution.cpp — step 1c of the claims engine: whom a clause credits. The source of
// a statement ("the ministry said", "according to Reuters", "said fire chief Maria Lopez"),
// resolved to the name the story uses: a pronoun to the person or body it stands for, "the
// company" to the company named, a role ("the mayor") to the person who holds it. Dropped,
// added or changed attribution is a difference a standards desk flags, so the source must be
// found only where a reporting verb really credits one.

#include "claim_mention_builder.h"

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

void MentionBuilder::copy_source(const MentionInfo& from, MentionInfo& to) {
    to.m.source = from.m.source;
    to.m.source_span = from.m.source_span;
    to.source_key = from.source_key;
    to.source_words = from.source_words;
    to.source_first = from.source_first;
    to.source_way = from.source_way;
    // The speaker's flags are the clause's own; the source's come with the source.
    constexpr std::uint8_t speaker = kSpeakerPronoun | kSpeakerContinued | kSpeakerAmbiguous;
    to.source_flags =
        static_cast<std::uint8_t>((to.source_flags & speaker) | (from.source_flags & ~speaker));
}

// A surname to the nearest full name before it in the article, else the corpus's.
std::string MentionBuilder::resolve(const std::string& name,
                                    const std::vector<std::string>& article_people) {
    if (name.find(' ') != std::string::npos) return name;
    std::string sur = lower_ascii(name);
    for (auto it = article_people.rbegin(); it != article_people.rend(); ++it)
        if (last_word_lower(*it) == sur) return *it;
    std::string corpus = k_.full_name_for_surname(sur);
    return corpus.empty() ? name : corpus;
}

// The source the outlet credits: "according to X", or the subject of a reporting verb.
void MentionBuilder::find_source(std::string_view text, const std::vector<SurfaceToken>& tk,
                                 const std::vector<bool>& quoted, ByteSpan speaker_span,
                                 MentionInfo& mi, ByteSpan* cue_span) {
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
            mi.source_way = kWayAccording;
            return;
        }
        // "according to Miroslav Tkac, the authority's director": a name, then what they are in
        // apposition. The description's words are kept with the name (add_role_words), so that
        // another outlet's "the authority said" is this person's body, not another source.
        bool all_capitalised = tk[b].capitalised;
        for (std::size_t j = b; j < e && all_capitalised; ++j)
            all_capitalised = tk[j].kind == SurfaceToken::Word && tk[j].capitalised;
        if (all_capitalised && e + 1 < n && tk[e].lower == ",") {
            std::size_t db = e + 1, de = db;
            while (de < n && de < db + 8 && !clause_stop(de)) ++de;
            if (de > db && describes_role(tk, quoted, db, de - 1)) {
                set_source(text, tk, b, e - 1, mi);
                add_role_words(tk, db, de - 1, b, e - 1, mi);
                *cue_span = {tk[k].span.begin, tk[de - 1].span.end};
                mi.source_first = false;
                mi.source_way = kWayAccording;
                return;
            }
        }
        set_source(text, tk, b, e - 1, mi);
        *cue_span = {tk[k].span.begin, tk[e - 1].span.end};
        mi.source_first = false;
        mi.source_way = kWayAccording;
        return;
    }
    // "…, on the advice of the regional health team.": whose advice a measure follows is
    // its source, as "according to" names one; up to the next clause boundary.
    for (std::size_t k = 0; k + 4 < n; ++k) {
        if (!word(k, "on") || !word(k + 1, "the") || !word(k + 2, "advice") || !word(k + 3, "of"))
            continue;
        const std::size_t b = k + 4;
        std::size_t e = b;
        while (e < n && e < b + 10 && !clause_stop(e)) ++e;
        if (e == b || tk[e - 1].kind != SurfaceToken::Word) continue;
        set_source(text, tk, b, e - 1, mi);
        *cue_span = {tk[k].span.begin, tk[e - 1].span.end};
        mi.source_first = false;
        mi.source_way = kWayAccording;
        return;
    }
    // The impersonal passive: "It was confirmed by the agency that …", "…, it was announced by
    // the authority on Tuesday." credit the agent as "the agency confirmed that …" does. The
    // agent runs from "by" to the clause's end, "that", or the time it was said.
    for (std::size_t k = 0; k + 4 < n; ++k) {
        if (!word(k, "it")) continue;
        std::size_t v = k + 1;
        if ((word(v, "has") || word(v, "had")) && word(v + 1, "been"))
            v += 2;
        else if (word(v, "was") || word(v, "is"))
            v += 1;
        else
            continue;
        if (v + 1 >= n || quoted[v] || tk[v].kind != SurfaceToken::Word ||
            !in_word_list(tk[v].lower, {"announced", "confirmed", "reported", "stated", "said",
                                        "disclosed", "revealed", "claimed"}) ||
            !word(v + 1, "by"))
            continue;
        const std::size_t b = v + 2;
        std::size_t e = b;
        while (e < n && e < b + 10 && !clause_stop(e) && !word(e, "that") &&
               !(tk[e].kind == SurfaceToken::Word && !quoted[e] && e > b &&
                 in_word_list(tk[e].lower,
                              {"on", "in", "at", "late", "earlier", "later", "yesterday", "today",
                               "tonight", "last", "this", "monday", "tuesday", "wednesday",
                               "thursday", "friday", "saturday", "sunday"})))
            ++e;
        if (e == b || tk[e - 1].kind != SurfaceToken::Word) continue;
        set_source(text, tk, b, e - 1, mi);
        *cue_span = {tk[k].span.begin, tk[e - 1].span.end};
        mi.source_way = kWayPassive;
        // "It was confirmed by X that A": A follows; "A, it was announced by X.": A came before.
        if (word(e, "that") && e + 1 < n) {
            mi.source_first = true;
            mi.claim_span = {tk[e + 1].span.begin, mi.m.span.end};
        } else {
            mi.source_first = false;
            mi.claim_span = {mi.m.span.begin, tk[k].span.begin};
        }
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
    // "…, Corvane disclosed to the stock exchange.", "…, the minister said to reporters.": whom
    // it was said to, and nothing more, closes the sentence after the verb: "to" and a noun
    // phrase of at most five words, no verb in it, then the full stop.
    auto addressee_closes = [&](std::size_t v) {
        if (!word(v + 1, "to")) return false;
        for (std::size_t k = v + 2; k < n && k <= v + 7; ++k) {
            if (quoted[k]) return false;
            if (tk[k].kind == SurfaceToken::Symbol)
                return k > v + 2 && (tk[k].lower == "." || tk[k].lower == "!") && k + 1 == n;
            if (is_finite_verb(tk[k].lower, false) || tk[k].lower == "be") return false;
        }
        return false;
    };
    // "…, the chaplain told CPA.", "…, the minister told reporters.": "told" and whom it was
    // told to (at most four words, no punctuation) close the sentence: the addressee, a wire
    // or the press, is not what is reported, and the subject before "told" is the source.
    auto told_closes = [&](std::size_t v) {
        return in_word_list(tk[v].lower, {"told", "tells"}) && v + 1 < n && !quoted[v + 1] &&
               tk[v + 1].kind == SurfaceToken::Word && closes_sentence(v);
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
                is_negative_contraction(x))
                return true;
        }
        return false;
    };
    // Reporting verb with a subject: back to a clause boundary or connective, ≤ 10 tokens.
    // An inserted attribution (", police said.") governs the whole sentence, a report
    // inside it too ("Investigators believe …, police said"): it is looked for first.
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t v = 1; v < n; ++v) {
            // "Local media report that …": the bare "report" only with "that" (an inquiry that
            // "will report by March 15" reports nothing yet; nor is it left out of the words).
            const bool report_that = tk[v].lower == "report" && word(v + 1, "that");
            // "…, the authority found.", "Investigators concluded that …": a body's finding is
            // its statement, credited as "the authority said" is. The verbs of finding also take
            // plain objects ("Rescuers found two survivors"), so they credit only with "that" or
            // closing the sentence after a comma (checked below with the subject). A court's
            // "ruled that" is left out: the ruling is the court's act, the fact itself, which
            // other outlets state without a source.
            // "The watchdog found no evidence that …", "Inspectors found no sign of …": what a
            // body found evidence of, or none, is its finding as "found that" is; a plain
            // object ("found two survivors") is not.
            auto evidence_that = [&](std::size_t k) {
                if (word(k, "no") || word(k, "any") || word(k, "some") || word(k, "little") ||
                    word(k, "clear"))
                    ++k;
                return k + 1 < n && !quoted[k] && tk[k].kind == SurfaceToken::Word &&
                       in_word_list(tk[k].lower, {"evidence", "sign", "signs", "indication",
                                                  "indications", "proof", "trace"}) &&
                       (word(k + 1, "that") || word(k + 1, "of"));
            };
            const bool finding =
                !quoted[v] && tk[v].kind == SurfaceToken::Word &&
                in_word_list(tk[v].lower, {"found", "finds", "concluded", "concludes",
                                           "determined", "determines", "established"}) &&
                (word(v + 1, "that") || closes_sentence(v) || evidence_that(v + 1));
            // "…, the court heard.", "…, the inquiry was told.": evidence given before a court
            // or an inquiry, credited in court copy by the hearing that received it, as
            // "according to evidence heard in court" names it. Only closing the sentence, and
            // only after a body that hears evidence (checked with the subject below):
            // "Residents heard two explosions" is what they heard, not a statement.
            auto hearing_body = [&](std::size_t k) {
                return k < n && !quoted[k] && tk[k].kind == SurfaceToken::Word &&
                       in_word_list(tk[k].lower, {"court", "jury", "inquiry", "inquest",
                                                  "tribunal", "hearing", "trial", "committee"});
            };
            const bool heard = !quoted[v] && tk[v].kind == SurfaceToken::Word &&
                               tk[v].lower == "heard" && closes_sentence(v);
            const bool was_told = !quoted[v] && tk[v].kind == SurfaceToken::Word &&
                                  tk[v].lower == "told" && v >= 2 && closes_sentence(v) &&
                                  (word(v - 1, "was") || word(v - 1, "were")) &&
                                  hearing_body(v - 2);
            // "It rated the leak level 1", "The regulator classed the fault as serious": a
            // grade is the judgement of whoever gave it, credited to them as a finding is; an
            // outlet writing "was rated level 1" with no agent has dropped who rated it (the
            // passive credits nobody, below). Only with a subject that can speak (checked
            // with the subject below), and the object is what is graded, not a clause.
            const bool grading = !quoted[v] && tk[v].kind == SurfaceToken::Word &&
                                 in_word_list(tk[v].lower, {"rated", "classed", "classified",
                                                            "graded"});
            if (quoted[v] || tk[v].kind != SurfaceToken::Word ||
                !(is_reporting_verb(tk[v].lower) || report_that || finding || heard || grading))
                continue;
            // "by its own estimate", "on their estimates": a word after a possessive or "own"
            // is the noun, not the verb of saying ("the association estimates …").
            if (v >= 1 && in_word_list(tk[v - 1].lower, {"its", "their", "his", "her", "own",
                                                         "our", "my", "your"}))
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
            // "Residents were told to boil their water", "the figure has been reported": a form
            // of "be" before the verb makes it passive, and its subject is who was told or what
            // was reported, not who said it. Credits nobody (the agent after "by", when there
            // is one, is not read here).
            if (was_told) --e; // the hearing is who was told: it names the evidence
            else if (e > 0 && tk[e - 1].kind == SurfaceToken::Word && !quoted[e - 1] &&
                     in_word_list(tk[e - 1].lower,
                                  {"is", "are", "was", "were", "be", "been", "being"}))
                continue;
            // "The Syrian army, supported by Russia, said": skip back over the appositive. When
            // the appositive is a person's name ("Esterel’s mayor, Joan Puig, said") the name
            // is the source: other outlets write "Mayor Joan Puig said".
            std::size_t name_first = n, name_last = n;
            // "Rami Abdurrahman, the Observatory’s head, noted": the description skipped.
            std::size_t role_first = n, role_last = n;
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
                    else if (k + 1 < e && describes_role(tk, quoted, k, e - 2))
                        role_first = k, role_last = e - 2;
                    // "their union, the Transport and General Workers' Guild, says", "The
                    // crews' union, the Harbour Workers' Alliance, said": a body described by
                    // its kind, then named in apposition. The name is the source, read as the
                    // subject it would be without the description ("the Harbour Workers'
                    // Alliance said"), so both outlets' credits come out alike.
                    if (k + 1 < e && described_then_named(tk, quoted, k, e - 2))
                        e = e - 1;
                    else
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
                // "Analysts at Brook Capital said", "officials from the ministry said": where a
                // group works is part of the group's description.
                if (t.kind == SurfaceToken::Word && (t.lower == "at" || t.lower == "from") &&
                    b >= 2 && b < e && tk[b - 2].kind == SurfaceToken::Word && !quoted[b - 2] &&
                    (is_source_noun(tk[b - 2].lower) || people_noun(tk[b - 2].lower))) {
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
                    mi.source_way = kWayRelative;
                    return;
                }
            }
            // "…, a charge the zoo rejected.", "…, a figure the ministry disputes": a noun, then
            // a determiner opening another noun phrase. The verb's subject is the second phrase
            // (a relative clause without "which"); the first is what it answers. A determiner
            // after a preposition or a conjunction ("the Ministry of the Interior", "the union
            // and the company") is inside the one subject.
            for (std::size_t j = e; j-- > b + 1;) {
                const SurfaceToken& before = tk[j - 1];
                if (tk[j].kind == SurfaceToken::Word && !quoted[j] &&
                    in_word_list(tk[j].lower, {"the", "a", "an", "its", "their", "his", "her"}) &&
                    before.kind == SurfaceToken::Word && !quoted[j - 1] && !before.capitalised &&
                    !is_stopword(before.lower) && !is_determiner(before.lower) &&
                    !is_descriptor(before.lower)) {
                    b = j;
                    break;
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
                  (in_word_list(tk[v + 1].lower,
                                {"in", "on", "at", "late", "earlier", "later"}) ||
                   said_when(tk[v + 1].lower) || addressee_closes(v) || told_closes(v))));
            if (pass == 0 && !closing_attribution) continue;
            if (finding && !closing_attribution && !word(v + 1, "that") && !evidence_that(v + 1))
                continue;
            if ((heard || was_told) && (!closing_attribution || !hearing_body(e - 1))) continue;
            const bool subordinate =
                b > 0 && tk[b - 1].kind == SurfaceToken::Word && !quoted[b - 1] &&
                in_word_list(tk[b - 1].lower, {"after", "before", "while", "when", "because",
                                               "if", "although", "though", "since", "as"});
            const SurfaceToken& head = tk[e - 1];
            if (head.kind == SurfaceToken::Word && is_pronoun(head.lower) && b + 1 == e) {
                // "it said", "he said": the subject named before (claims.h, attribution). What it
                // said is read as after a name ("It says drinking water is safe": the claim
                // starts after the verb, and the label with it).
                // "It reported a pre-tax profit of €1.9 billion", "They announced a recall":
                // as after a name, a verb that also takes a plain object reports only with a
                // clause or a quotation after it; the body's own result is no attribution.
                if (!grading && !reporting_complement(tk, quoted, v)) continue;
                std::string who = pronoun_referent(text, tk, quoted, b, head.lower);
                if (who.empty()) continue;
                set_source_name(who, {tk[b].span.begin, tk[b].span.end}, mi);
                mi.source_way = kWayPronoun;
                mi.source_flags |= kSourceResolved;
            } else {
                if (head.kind != SurfaceToken::Word || is_pronoun(head.lower)) continue;
                bool named = head.capitalised || name_first < n;
                // Who finds is a body or its inquiry, whatever noun names it: "the watchdog
                // found", "the inquiry concluded that", "the review found no evidence".
                const bool finder =
                    finding && in_word_list(head.lower, {"watchdog", "inquiry", "review", "panel",
                                                         "investigation", "audit", "study",
                                                         "survey"});
                // "Court documents show Marrick owing …", "Council figures showed a rise …": a
                // document's showing is its author's statement, its object what it shows.
                const bool document_shows =
                    in_word_list(tk[v].lower, {"show", "shows", "showed"}) &&
                    in_word_list(head.lower, {"documents", "figures", "data", "records", "papers",
                                              "filings", "accounts", "statistics"});
                // "The administrators said …", "Liquidators told creditors …": people named
                // by what they do (a plural agent noun in "-ors"/"-ers") who say something are
                // its source, as "investigators" and "prosecutors" are; only with a verb of
                // saying itself, whose object is always what was said.
                const std::string& h = head.lower;
                const bool agents_say =
                    h.size() >= 8 &&
                    (h.compare(h.size() - 3, 3, "ors") == 0 ||
                     h.compare(h.size() - 3, 3, "ers") == 0) &&
                    in_word_list(tk[v].lower, {"said", "says", "say", "told", "tell"});
                if (!named && !is_source_noun(head.lower) && !closing_attribution && !finder &&
                    !document_shows && !agents_say)
                    continue;
                // "Acme Corp reported revenue of $5m" credits nobody: after a name the verb
                // needs a clause or a quotation. After a source noun ("activists indicated a
                // significant flight of residents") the object is what they report.
                if (grading && !named && !is_source_noun(head.lower)) continue;
                if (!people_noun(head.lower) && !document_shows && !grading &&
                    !reporting_complement(tk, quoted, v))
                    continue;
                bool spokesperson = false; // "A Vantel spokeswoman, Priya Nair": Vantel's
                for (std::size_t j = b; j < e; ++j)
                    spokesperson |=
                        tk[j].kind == SurfaceToken::Word && tk[j].lower.rfind("spokes", 0) == 0;
                if (name_first < n && !spokesperson) {
                    set_source(text, tk, name_first, name_last, mi);
                    add_role_words(tk, b, e - 1, name_first, name_last, mi);
                } else {
                    set_source(text, tk, b, e - 1, mi);
                    if (role_first < n && head.capitalised &&
                        k_.is_person(mi.m.source.value_or("")))
                        add_role_words(tk, role_first, role_last, b, e - 1, mi);
                }
                mi.source_way = closing_attribution ? kWayClosing : kWaySubject;
            }
            mi.source_subordinate = subordinate;
            if (subordinate) mi.source_flags |= kSourceSubordinate;
            // "…, money that prosecutors said he had funnelled …", "…, which police said was
            // stolen": a relative pronoun after a noun opens the clause the credit governs; the
            // sentence's main clause before it is the outlet's own statement.
            if (b >= 2 && tk[b - 1].kind == SurfaceToken::Word && !quoted[b - 1] &&
                in_word_list(tk[b - 1].lower, {"that", "which"}) &&
                tk[b - 2].kind == SurfaceToken::Word && !quoted[b - 2] &&
                !tk[b - 2].capitalised && !is_stopword(tk[b - 2].lower) &&
                !is_reporting_verb(tk[b - 2].lower) && !is_speech_verb(tk[b - 2].lower) &&
                !is_finite_verb(tk[b - 2].lower, true))
                mi.source_flags |= kSourceRelative;
            else
                mi.source_flags &= static_cast<std::uint8_t>(~kSourceRelative);
            *cue_span = {subject.begin, tk[v].span.end};
            mi.source_first = true;
            // The claim proper starts after "that" (or after the verb).
            std::size_t c = v + 1;
            bool that = false;
            for (std::size_t k = v + 1; k < n && k < v + 9; ++k)
                if (word(k, "that")) {
                    c = k + 1;
                    that = true;
                    break;
                }
            bool words_after = false;
            for (std::size_t k = c; k < n; ++k)
                words_after |= tk[k].kind != SurfaceToken::Symbol;
            // "…, the ministry said on Monday as it published the plan", "…, Lindqvist told
            // parliament on Monday as she …": an attribution after a comma whose verb is followed
            // (past whom it was told) by a time, a place or a subordinate clause, not by "that"
            // or a clause, closes the sentence. What it reports is before the comma; the words
            // after the verb are the circumstances of saying it.
            if (words_after && !that && b > 0 && tk[b - 1].kind == SurfaceToken::Symbol &&
                tk[b - 1].lower == "," && !quoted[b - 1]) {
                auto circumstance = [&](std::size_t j) {
                    if (j == v + 1 && addressee_closes(v)) return true; // "disclosed to the exchange"
                    return in_word_list(tk[j].lower,
                                        {"on", "in", "at", "as", "while", "when", "after", "before",
                                         "during", "late", "earlier", "later", "shortly",
                                         "yesterday", "today", "tonight", "last", "this"}) ||
                           said_when(tk[j].lower);
                };
                std::size_t j = v + 1;
                if (in_word_list(tk[v].lower, {"told", "tells", "assured", "informed", "reminded"}))
                    while (j < n && j < v + 4 && !quoted[j] && tk[j].kind == SurfaceToken::Word &&
                           !circumstance(j))
                        ++j;
                if (j < n && !quoted[j] && tk[j].kind == SurfaceToken::Word && circumstance(j))
                    words_after = false;
            }
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
            // Not "told": "…, told CPA." names whom it was told to, never who told it.
            !in_word_list(tk[v].lower, {"said", "says", "added", "reported"}))
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
        mi.source_way = kWayInverted;
        return;
    }
}

// "Prime Minister Ana Lindqvist", "transport minister Elias Brandt": the role a person is
// named with, from the title words inside the run or up to two lower-case words before it
// ending in a title or source noun ("fire chief", "lead investigator").
void MentionBuilder::remember_role(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r,
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
std::string MentionBuilder::resolve_role(std::string source) const {
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

// "the water company", "Tarvenia's cyber security agency", "The agency said": a body named by
// its kind, resolved to the named body it stands for, as "the company" is (resolve_generic):
//   - the body a description of the same kind stood for earlier in the article ("The agency
//     said" after "Tarvenia's cyber security agency" was read as the security centre);
//   - else, for a bare kind ("the centre"), the latest body named in the article whose name
//     holds that word;
//   - else, for a kind with words of its own ("the water company", "the cyber security
//     agency"), the one body that speaks in the corpus whose name holds every one of those
//     words and is of a compatible kind: its own word ("the pension fund" / "Public Service
//     Pension Fund"), a public body for a public body ("agency" / "Centre"), a business for a
//     business (a name with no word of an institution).
// Left as written when nothing, or more than one body, fits. Names compared in house spelling
// ("Center" / "Centre").
std::string MentionBuilder::resolve_description(std::string source, std::string_view text,
                                                const std::vector<SurfaceToken>& tk,
                                                std::size_t before) {
    if (source.empty()) return source;
    std::vector<std::string> words;
    for (const SurfaceToken& t :
         scan_surface(source, {0, static_cast<std::uint32_t>(source.size())})) {
        if (t.kind != SurfaceToken::Word) continue;
        const bool possessive =
            t.lower.size() > 2 && t.lower.compare(t.lower.size() - 2, 2, "'s") == 0;
        // "Tarvenia's cyber security agency": the owner before the kind is not its words.
        if (words.empty() && possessive) continue;
        if (t.capitalised || possessive) return source; // a name, or a kind of someone's
        if (is_determiner(t.lower)) continue;
        if (is_stopword(t.lower)) return source; // "officials in the region": not one kind
        words.push_back(house_spelling(t.lower));
    }
    if (words.empty() || words.size() > 3) return source;
    const std::string head = words.back();
    auto public_kind = [](const std::string& w) {
        return in_word_list(w, {"agency", "centre", "center", "office", "authority", "bureau",
                                "service", "institute", "inspectorate", "regulator", "watchdog",
                                "body", "commission"});
    };
    auto business_kind = [](const std::string& w) {
        return in_word_list(w, {"company", "firm", "operator", "utility", "provider", "supplier",
                                "business", "maker", "manufacturer", "carrier", "airline",
                                "retailer", "lender", "insurer", "developer", "chain"});
    };
    const bool own_word_kind =
        in_word_list(head, {"fund", "trust", "board", "council", "ministry", "department",
                            "union", "federation", "association", "foundation", "bank",
                            "hospital", "museum", "zoo", "club", "university", "court"});
    if (!public_kind(head) && !business_kind(head) && !own_word_kind) return source;
    auto holds = [](const std::vector<std::string>& name, const std::string& w) {
        return std::find(name.begin(), name.end(), w) != name.end();
    };
    std::string found;
    if (words.size() == 1) {
        for (auto it = article_kinds_.rbegin(); it != article_kinds_.rend() && found.empty(); ++it)
            if (it->first == head) found = it->second;
        for (auto it = named_orgs_.rbegin(); it != named_orgs_.rend() && found.empty(); ++it)
            if (holds(folded_words(it->first), head)) found = it->first;
        // "The union, which rejected the offer, …" in an article that named "the Transport and
        // General Workers' Guild": a body of members by its kind is the members' body the
        // article named last, whatever it calls itself (a guild, a federation, an alliance).
        if (members_kind_word(head))
            for (auto it = named_orgs_.rbegin(); it != named_orgs_.rend() && found.empty(); ++it)
                if (members_kind_word(last_word_lower(it->first))) found = it->first;
        // "The Lenland Medicines Agency has refused …, the regulator said": a public body named
        // by what it does stands for the public body the same sentence named before it (`tk`
        // before token `before`), as "the company" stands for the business it named
        // (resolve_generic). Only a name whose own kind is public ("… Agency", "… Authority",
        // "… Office"), and only one such name in the sentence: two leave it unresolved.
        // "The federation said" in an article that never names it, in a story whose outlets
        // name one "World Chess Federation": a body of its own kind by its kind alone is the
        // one body of that kind the corpus has speak (the name's last word that kind). Two
        // such bodies, or none, leave it as written.
        if (found.empty() && own_word_kind) {
            if (auto by_word = k_.organisations_by_word.find(head);
                by_word != k_.organisations_by_word.end()) {
                std::string only_folded;
                bool several = false;
                for (const std::string& lower : by_word->second) {
                    std::vector<std::string> name = folded_words(lower);
                    if (!name.empty() && name.front() == "the") name.erase(name.begin());
                    if (name.size() < 2 || name.back() != head) continue;
                    std::string folded;
                    for (const std::string& w : name) folded += w + " ";
                    if (!only_folded.empty() && folded != only_folded) several = true;
                    if (only_folded.empty()) {
                        only_folded = folded;
                        auto cased = k_.organisation_cased.find(lower);
                        found = cased == k_.organisation_cased.end() ? lower : cased->second;
                    }
                }
                if (several) found.clear();
            }
        }
        if (found.empty() && public_kind(head) && before > 0 && before <= tk.size()) {
            std::vector<SurfaceToken> prefix(tk.begin(), tk.begin() + static_cast<long>(before));
            std::string only;
            int count = 0;
            for (const CapitalisedRun& r : capitalised_runs(prefix)) {
                if (r.titled || r.possessive) continue;
                const std::string n = run_name(text, prefix, r.first, r.last);
                const std::vector<std::string> nw = folded_words(n);
                if (nw.size() < 2 || !public_kind(nw.back()) || k_.is_person(n)) continue;
                if (only != n) ++count;
                only = n;
            }
            if (count == 1) found = only;
        }
    } else {
        auto by_word = k_.organisations_by_word.find(words.front());
        if (by_word == k_.organisations_by_word.end()) return source;
        std::string folded_found;
        for (const std::string& lower : by_word->second) {
            // "The National Cyber Security Centre said" opening a sentence is the same body.
            std::vector<std::string> name = folded_words(lower);
            if (!name.empty() && name.front() == "the") name.erase(name.begin());
            bool all = true;
            for (std::size_t i = 0; i + 1 < words.size() && all; ++i) all = holds(name, words[i]);
            if (!all) continue;
            const std::string& kind = name.back();
            const bool fits = holds(name, head) || (public_kind(head) && public_kind(kind)) ||
                              (business_kind(head) && !public_kind(kind) &&
                               !names_institution(lower));
            if (!fits) continue;
            std::string folded;
            for (const std::string& w : name) folded += w + " ";
            if (!folded_found.empty() && folded != folded_found) return source; // two bodies
            if (folded_found.empty()) {
                folded_found = folded;
                auto cased = k_.organisation_cased.find(lower);
                found = cased == k_.organisation_cased.end() ? lower : cased->second;
            }
        }
    }
    if (found.empty()) return source;
    if (found.rfind("The ", 0) == 0) found.erase(0, 4); // a sentence's opening "The"
    article_kinds_.emplace_back(head, found);
    return found;
}

// "the company", "the firm": the organisation the article named last (claims.h).
// A lower-case phrase whose head is such a noun ("the mobile operator") too; the
// organisation may be named earlier in the same sentence (`tk` before token `before`:
// "… 1.3 million Vantel customers, the mobile operator said").
std::string MentionBuilder::resolve_generic(std::string name, std::string_view text,
                                            const std::vector<SurfaceToken>& tk,
                                            std::size_t before) const {
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
bool MentionBuilder::names_institution(const std::string& name) {
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
                                   "department", "office",      "authority",   "service",
                                   // A body of members ("the Seafarers' Guild") speaks for its
                                   // members, never as the business "the company" stands for.
                                   "guild",      "federation",  "alliance",    "confederation"}))
            return true;
    return false;
}

// A run that names an organisation that speaks in the corpus: "Brightline Appliances" when
// the corpus has "Brightline said"; not a person, not a source noun ("Police").
bool MentionBuilder::speaks_as_organisation(const std::vector<SurfaceToken>& tk,
                                            const CapitalisedRun& r,
                                            const std::string& name) const {
    return organisation_rank(tk, r, name) > 0;
}

// 2: an organisation the corpus has speak (by its name or a word of it: "Halvern" for
// "Halvern Pharma"); 1: a run that only looks like one ("King's College London"); 0: none.
int MentionBuilder::organisation_rank(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r,
                                      const std::string& name) const {
    if (k_.is_person(name)) return 0;
    if (r.first == r.last && is_source_noun(tk[r.first].lower)) return 0;
    // "We warned the company …" opening a quotation: a pronoun is nobody's name.
    if (r.first == r.last && is_pronoun(tk[r.first].lower)) return 0;
    // "… the servers behind its first-generation Lumio Hub": a name after "its" (past lower-case
    // modifiers) is a thing the business owns, a product or brand that often shares the
    // business's first word, not who "the company" stands for.
    for (std::size_t k = r.first, seen = 0; k > 0 && seen < 4; ++seen) {
        const SurfaceToken& t = tk[--k];
        if (t.kind == SurfaceToken::Word && (t.lower == "its" || t.lower == "their")) return 0;
        const bool modifier = (t.kind == SurfaceToken::Word && !t.capitalised) ||
                              (t.kind == SurfaceToken::Symbol && t.codepoint == '-' &&
                               !t.space_before);
        if (!modifier) break;
    }
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
bool MentionBuilder::appositive_names(std::string_view text, const std::vector<SurfaceToken>& tk,
                                      std::size_t first, std::size_t last) const {
    std::string name = run_name(text, tk, first, last);
    if (k_.is_person(name)) return true;
    CapitalisedRun r;
    r.begin = r.first = first;
    r.last = last;
    return organisation_rank(tk, r, name) == 2;
}

// Is tokens [first, last], set off by commas after a name, a description of what the person is
// ("the authority's director", "the union's leader at the mine", "a spokeswoman for the
// ministry"): a determiner or a possessive first, a title or a source noun among its words, no
// verb ("the roof gave way" describes nobody).
bool MentionBuilder::describes_role(const std::vector<SurfaceToken>& tk,
                                    const std::vector<bool>& quoted, std::size_t first,
                                    std::size_t last) {
    if (last >= tk.size() || first > last) return false;
    const std::string& opening = tk[first].lower;
    const bool possessive = opening.size() > 2 && opening.compare(opening.size() - 2, 2, "'s") == 0;
    if (tk[first].kind != SurfaceToken::Word || !(is_determiner(opening) || possessive))
        return false;
    bool role = false;
    for (std::size_t j = first; j <= last; ++j) {
        if (quoted[j]) return false;
        if (tk[j].kind != SurfaceToken::Word) continue;
        std::string w = tk[j].lower;
        if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
        if (j > first && is_finite_verb(w, true)) return false;
        role |= is_title_word(w) || is_source_noun(w) ||
                in_word_list(w, {"head", "chief", "leader", "official", "officer", "manager",
                                 "representative", "executive", "founder", "deputy", "boss",
                                 "adviser", "advisor", "lawyer", "engineer", "inspector"});
    }
    return role;
}

// Is tokens [first, last], set off by commas after a lower-case description of a body ("their
// union, …", "The crews' union, …"), that body's name: an optional "the", capitalised words
// (with "and", "of", "for" and a plural possessive's apostrophe between them), the last an
// members' body's word ("Guild", "Union", "Alliance"). The description must end in that kind
// of word too, so that "its rival, the Kestrel Group," (another body) is not read as one.
bool MentionBuilder::described_then_named(const std::vector<SurfaceToken>& tk,
                                          const std::vector<bool>& quoted, std::size_t first,
                                          std::size_t last) {
    if (first < 2 || last >= tk.size() || first > last) return false;
    // The description: the words before the comma at first - 1, lower case after its opening.
    const std::size_t kind = first - 2;
    if (tk[kind].kind != SurfaceToken::Word || quoted[kind] ||
        !members_kind_word(tk[kind].lower))
        return false;
    auto apostrophe = [&](std::size_t i) {
        return tk[i].kind == SurfaceToken::Symbol &&
               (tk[i].codepoint == '\'' || tk[i].codepoint == 0x2019) && !tk[i].space_before;
    };
    // Back over its lower-case words ("crews", a possessive's apostrophe) to its opening: a
    // determiner or "their"/"its" ("The crews' union", "their union").
    bool opened = false;
    for (std::size_t i = kind; i-- > 0 && kind - i <= 5 && !quoted[i];) {
        const SurfaceToken& t = tk[i];
        if (t.kind == SurfaceToken::Word &&
            (is_determiner(t.lower) || t.lower == "their" || t.lower == "its")) {
            opened = true;
            break;
        }
        if ((t.kind == SurfaceToken::Word && !t.capitalised) || apostrophe(i)) continue;
        break;
    }
    if (!opened) return false;
    std::size_t j = first;
    if (tk[j].kind == SurfaceToken::Word && tk[j].lower == "the") ++j;
    if (j > last) return false;
    for (std::size_t i = j; i <= last; ++i) {
        if (quoted[i]) return false;
        const SurfaceToken& t = tk[i];
        if (t.kind == SurfaceToken::Word) {
            if (t.capitalised) continue;
            if (i > j && i < last && in_word_list(t.lower, {"and", "of", "for"})) continue;
            return false;
        }
        if (apostrophe(i)) continue;
        return false;
    }
    return tk[last].kind == SurfaceToken::Word && tk[last].capitalised &&
           members_kind_word(tk[last].lower);
}

// Plural people who report what they saw or heard: their object is the report ("activists
// indicated a significant flight of residents").
bool MentionBuilder::people_noun(const std::string& w) {
    return in_word_list(w, {"activists", "officials", "witnesses", "residents", "sources",
                            "analysts", "experts", "doctors", "medics", "rescuers",
                            "journalists", "monitors", "observers", "diplomats"});
}

// A word after a reporting verb that says when it was said, without a preposition ("the agency
// announced Tuesday", "police said yesterday"): the attribution closes the clause.
bool MentionBuilder::said_when(const std::string& w) {
    return in_word_list(w, {"yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
                            "thursday", "friday", "saturday", "sunday"});
}

// Does the reporting verb at v introduce what is reported? "said", "says", "told",
// "quoted", "cited" always do; the others ("reported", "announced", "confirmed", …) need
// "that", a quotation, the end of the clause, or a clause with a verb of its own within a
// few words ("Sham FM reported the insurgents entered …"), not a noun object ("Acme Corp
// reported revenue of $5m").
bool MentionBuilder::reporting_complement(const std::vector<SurfaceToken>& tk,
                                          const std::vector<bool>& quoted, std::size_t v) {
    const std::string& verb = tk[v].lower;
    // Only these also take a plain object ("reported revenue", "announced the recall",
    // "confirmed the deaths"); "characterized", "said", "told", … always report.
    if (!in_word_list(verb, {"reported", "reports", "announced", "announces", "confirmed",
                             "confirms", "confirm", "indicated", "noted",     "added",
                             "wrote",    "claimed", "claims",    "declared",  "denied",
                             "denies",   "deny",    "disclosed", "discloses", "revealed",
                             "reveals",  "showed",  "shows",     "show",      "accused",   "accuses",
                             "rejected", "rejects", "disputed",  "disputes",
                             "suggested", "suggests", "suggest",  "hinted",    "hints",
                             "maintained", "maintains", "observed", "conceded",  "concedes",
                             "admits", "admit", "acknowledges", "acknowledge", "declares",
                             "asserts", "alleges", "allege"}))
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
    // "…, Corvane disclosed to the stock exchange.": whom it was told to, then the full stop; the
    // report is the clause before the comma.
    if (next.lower == "to")
        for (std::size_t k = v + 2; k < n && k <= v + 7; ++k) {
            if (quoted[k] || is_finite_verb(tk[k].lower, false) || tk[k].lower == "be") break;
            if (tk[k].kind == SurfaceToken::Symbol) {
                if (k > v + 2 && (tk[k].lower == "." || tk[k].lower == "!") && k + 1 == n)
                    return true;
                break;
            }
        }
    // "…, the authority announced Tuesday afternoon.": American style drops the "on".
    if (said_when(next.lower)) return true;
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
std::string MentionBuilder::pronoun_referent(std::string_view text,
                                             const std::vector<SurfaceToken>& tk,
                                             const std::vector<bool>& quoted, std::size_t at,
                                             const std::string& pronoun) {
    if (pronoun == "he" || pronoun == "she") {
        // "Police commissioner Amira Haq will publish the figures each quarter, she said": a
        // person named before the pronoun in its own sentence (outside quotation marks, not as
        // an owner: "Haq's deputy") is who it stands for, before the person named last in the
        // sentences before it; the latest such name when there are two.
        if (at > 0 && at <= tk.size()) {
            std::vector<SurfaceToken> prefix(tk.begin(), tk.begin() + static_cast<long>(at));
            std::string found;
            for (const CapitalisedRun& r : capitalised_runs(prefix)) {
                if (r.possessive || quoted[r.first]) continue;
                std::string name = run_name(text, prefix, r.first, r.last);
                if (k_.is_person(name)) found = std::move(name);
            }
            if (!found.empty()) return found;
        }
        return last_person_;
    }
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
void MentionBuilder::remember_subject(std::string_view text, const std::vector<SurfaceToken>& tk,
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
            // The head of the subject is the word before its first preposition: "Ammonia at
            // Morlan measured …" is about ammonia, which cannot say anything, not about Morlan.
            // A head capitalised only because it opens the sentence is no name.
            std::size_t h = k - 1;
            for (std::size_t j = b + 1; j < k; ++j)
                if (in_word_list(tk[j].lower, {"at", "in", "on", "near", "from", "of", "for"})) {
                    h = j - 1;
                    break;
                }
            const std::string& head = tk[h].lower;
            if (is_pronoun(head)) return;
            const bool named = tk[h].capitalised && (h > 0 || k_.name_word(head));
            if (is_source_noun(head) || is_organisation_word(head) || named)
                last_subject_ = resolve_generic(std::string(
                    text.substr(tk[b].span.begin, tk[k - 1].span.end - tk[b].span.begin)));
            return;
        }
    }
}

// "according to the city's police commissioner, Rafael Dunst": the source is the name, and
// its words (which the differences read) keep the description it was named with, so that
// another outlet's "Police said" is that person's body, not another source.
void MentionBuilder::add_role_words(const std::vector<SurfaceToken>& tk, std::size_t db,
                                    std::size_t de, std::size_t nb, std::size_t ne,
                                    MentionInfo& mi) {
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
    mi.source_words = add_ids(words, false);
}

void MentionBuilder::set_source_name(const std::string& canonical, ByteSpan span, MentionInfo& mi) {
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
    mi.source_words = add_ids(words, false);
}

// Canonical source from tokens [b, e]: the capitalised run the phrase ends in, descriptors
// dropped ("UK-based Syrian Observatory for Human Rights" → "Syrian Observatory for Human
// Rights"); else the phrase without determiners ("opposition activists").
void MentionBuilder::set_source(std::string_view text, const std::vector<SurfaceToken>& tk,
                                std::size_t b, std::size_t e, MentionInfo& mi) {
    mi.m.source_span = {tk[b].span.begin, tk[e].span.end};
    // "two engineers at the agency who spoke on condition of anonymity": the relative clause
    // says how they spoke, not who they are; the source is named without it.
    for (std::size_t k = b + 1; k < e; ++k)
        if (tk[k].kind == SurfaceToken::Word && !tk[k].capitalised &&
            in_word_list(tk[k].lower, {"who", "which", "whose"})) {
            e = k - 1;
            while (e > b && tk[e].kind == SurfaceToken::Symbol) --e; // "Hradek Mining, which …"
            break;
        }
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
        // "Peel & Marsh", "Brook & Sons": an ampersand joins two runs into one name.
        if (!person && runs.size() >= 2 && runs[runs.size() - 2].last + 2 == runs.back().begin &&
            sub[runs.back().begin - 1].kind == SurfaceToken::Symbol &&
            sub[runs.back().begin - 1].lower == "&")
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
        // "reports from both pro-government media and …": the source is who reported. Only a
        // document followed by "from" or "by" gives way to its author: "a report published on
        // Friday" names no author and stays the report.
        auto document = [&](std::size_t k) {
            return in_word_list(sub[k].lower, {"reports", "report", "statement", "statements"});
        };
        while (f < sub.size() && sub[f].kind == SurfaceToken::Word &&
               (is_determiner(sub[f].lower) || is_descriptor(sub[f].lower) ||
                in_word_list(sub[f].lower, {"from", "by", "unconfirmed"}) ||
                (document(f) && f + 1 < sub.size() &&
                 in_word_list(sub[f + 1].lower, {"from", "by"}))))
            ++f;
        // A document with no author is named as written ("the report").
        if (f >= sub.size() || document(f)) f = 0;
        // "a report published on Friday", "a study released on Monday": when and where the
        // document came out is no part of whose it is; the source is the document.
        std::size_t l = sub.size() - 1;
        for (std::size_t k = f + 1; k < sub.size(); ++k)
            if (sub[k].kind == SurfaceToken::Word && sub[k - 1].kind == SurfaceToken::Word &&
                in_word_list(sub[k].lower, {"published", "released", "issued", "presented",
                                            "leaked", "obtained", "seen"}) &&
                in_word_list(sub[k - 1].lower, {"report", "study", "survey", "review", "audit",
                                                "statement", "document", "analysis",
                                                "paper"})) {
                l = k - 1;
                break;
            }
        canonical.assign(text.substr(sub[f].span.begin, sub[l].span.end - sub[f].span.begin));
    }
    // "the bank's statement", "the ministry’s figures", "Corvane's annual report", "the
    // authority's own accounts": a document credits its author, the owner named before it. At
    // most two words may describe the document ("annual", "own", "latest"); a document with no
    // owner ("the report", "its report") is left as written (claim_compare_sources.cpp reads
    // it as authorless).
    {
        std::size_t mark = std::string::npos, mark_size = 0;
        for (std::size_t at = canonical.find("'s "); at != std::string::npos;
             at = canonical.find("'s ", at + 1))
            mark = at, mark_size = 2;
        for (std::size_t at = canonical.find("\xE2\x80\x99s "); at != std::string::npos;
             at = canonical.find("\xE2\x80\x99s ", at + 1))
            if (mark == std::string::npos || at > mark) mark = at, mark_size = 4;
        if (mark != std::string::npos && mark > 0) {
            std::vector<std::string> after;
            bool plain = true;
            for (const SurfaceToken& t : scan_surface(
                     canonical, {static_cast<std::uint32_t>(mark + mark_size),
                                 static_cast<std::uint32_t>(canonical.size())}))
                if (t.kind == SurfaceToken::Word) {
                    plain &= !t.capitalised;
                    after.push_back(t.lower);
                }
            if (plain && !after.empty() && after.size() <= 3 &&
                in_word_list(after.back(),
                             {"statement", "statements", "announcement", "figures", "data",
                              "filing", "filings", "letter", "website", "report", "reports",
                              "accounts", "records", "documents", "study", "survey", "review",
                              "audit", "note", "estimate", "estimates", "findings",
                              "assessment"}))
                canonical.resize(mark);
        }
    }
    {
        std::string written = canonical;
        // "a spokeswoman confirmed", "an official said": an indefinite role names no one in
        // particular, so it is not the person another sentence or outlet named with that role
        // ("agency spokeswoman Lina Holt"): it stays a role, which the comparison reads as
        // speaking for the body.
        const bool indefinite = sub.front().kind == SurfaceToken::Word &&
                                in_word_list(sub.front().lower, {"a", "an"});
        canonical = resolve_generic(std::move(canonical), text, tk, b);
        if (!indefinite) canonical = resolve_role(std::move(canonical));
        canonical = resolve_description(std::move(canonical), text, tk, b);
        if (canonical != written)
            mi.source_flags |= kSourceResolved;
        else
            mi.source_flags &= static_cast<std::uint8_t>(~kSourceResolved);
    }
    // "Marsh said", "Ms Berg told reporters": a surname alone is the person the article named
    // in full before, else the person the corpus names with that surname (as a speaker's is).
    // A one-word organisation ("Hradek said") is the surname of nobody and stays itself.
    if (!canonical.empty() && canonical.find(' ') == std::string::npos &&
        std::isupper(static_cast<unsigned char>(canonical[0]))) {
        std::string full = resolve(canonical, article_people_);
        // The corpus's guess must read as a person's name: capitalised words only, none of an
        // organisation ("Shares of SkyNorde" is no one's name for "SkyNorde said").
        bool person_like = full.find(' ') != std::string::npos;
        for (const SurfaceToken& t :
             scan_surface(full, {0, static_cast<std::uint32_t>(full.size())}))
            person_like &= t.kind == SurfaceToken::Word && t.capitalised &&
                           !is_organisation_word(t.lower);
        if (person_like) canonical = std::move(full);
    }
    mi.source_key = keys_.id(lower_ascii(canonical));
    mi.m.source = std::move(canonical);
    std::vector<int> words;
    for (const SurfaceToken& t : sub)
        if (t.kind == SurfaceToken::Word && !is_descriptor(t.lower) &&
            !is_determiner(t.lower) && !is_stopword(t.lower))
            words.push_back(v_.stem_id(t.lower));
    mi.source_words = add_ids(words, false);
}


} // namespace wiretrace::claims_internal
