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

namespace wiretrace::claims_internal {

namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Vocabulary: hedges, reporting verbs, source nouns, descriptors, fillers
//-------------------------------------------------------------------------------------------------

// Verbs that credit a source for a statement: "Sham FM said", "SANA quoted", "monitor reported".
bool is_reporting_verb(std::string_view w) {
    return in_word_list(w, {"said",     "says",      "say",     "reported",  "reports",   "quoted",
                            "quotes",   "cited",     "cites",   "told",      "announced", "claimed",
                            "claims",   "confirmed", "stated",  "indicated", "noted",     "added",
                            "insisted", "warned",    "alleged", "wrote"});
}

// Lower-case heads of a noun phrase that can be a source ("opposition activists said").
bool is_source_noun(std::string_view w) {
    return in_word_list(
        w, {"activists", "activist",    "officials",  "official",  "monitor",       "monitors",
            "media",     "outlets",     "outlet",     "agency",    "group",         "ministry",
            "military",  "army",        "government", "sources",   "source",        "witnesses",
            "witness",   "residents",   "police",     "spokesman", "spokeswoman",   "spokesperson",
            "minister",  "observatory", "reports",    "report",    "statement",     "authorities",
            "forces",    "officer",     "officers",   "commander", "correspondent", "station",
            "newspaper", "television",  "tv",         "radio",     "broadcaster",   "channel",
            "analysts",  "experts",     "doctors",    "medics",    "rescuers",      "journalists",
            "people",    "leader",      "leaders",    "president", "chief",         "head"});
}

// Words of an organisation's name: such a run is never a person.
bool is_organisation_word(std::string_view w) {
    return in_word_list(
        w, {"observatory", "agency",   "forces",    "army",         "fm",           "times",
            "party",       "ministry", "council",   "group",        "news",         "press",
            "rights",      "network",  "radio",     "tv",           "front",        "brigade",
            "brigades",    "union",    "committee", "organization", "organisation", "association",
            "company",     "bank",     "court",     "police",       "government",   "institute",
            "university",  "nations",  "state",     "states",       "republic",     "kingdom",
            "independent", "post",     "guardian",  "reuters",      "associated",   "sana",
            "hts",         "sdf",      "isis",      "army's",       "democratic",   "national",
            "islamic",     "movement", "authority"});
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
    for (std::size_t k = 0; k < n; ++k) {
        std::string_view x = w(k);
        if (x.empty()) continue;
        if (in_word_list(x, {"reportedly", "allegedly", "apparently", "purportedly", "seemingly",
                             "supposedly", "unconfirmed", "unverified", "ostensibly"}))
            return cue(k, k, false);
        if (in_word_list(x, {"appear", "appears", "appeared", "appearing"})) {
            if (w(k + 1) == "to") return cue(k, k + 1, false);
            if (!w(k + 1).empty() && w(k + 2) == "to") return cue(k, k + 2, false);
        }
        if (in_word_list(x, {"is", "are", "was", "were"}) && w(k + 1) == "said" && w(k + 2) == "to")
            return cue(k, k + 2, false);
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

    bool name_word(std::string_view lower) const {
        int id = words.find(lower);
        if (id < 0) return false;
        const std::pair<int, int>& c = capitalisation[static_cast<std::size_t>(id)];
        return c.first > c.second;
    }
    bool is_person(std::string_view name) const {
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
    for (const CapitalisedRun& r : capitalised_runs(tk)) {
        if (r.possessive || run_is_organisation(tk, r)) continue;
        bool next_verb = r.last + 1 < tk.size() && tk[r.last + 1].kind == SurfaceToken::Word &&
                         is_speech_verb(tk[r.last + 1].lower);
        bool prev_verb = r.begin > 0 && tk[r.begin - 1].kind == SurfaceToken::Word &&
                         is_speech_verb(tk[r.begin - 1].lower);
        bool words2 = r.last > r.first;
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

        // Units: a quotation running past its sentence pulls in the following ones (at most 8).
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
            units.push_back(u);
            s = t;
        }

        std::string last_person; // full name of the last person named, for pronouns
        std::vector<std::string> article_people;
        std::size_t first_of_article = out.size();
        // The mention before this one in the same article, by index (out grows).
        auto previous_mention = [&]() -> const MentionInfo* {
            return out.size() > first_of_article ? &out.back() : nullptr;
        };
        for (ByteSpan u : units) {
            std::vector<SurfaceToken> tk = scan_surface(text, u);
            std::size_t words = 0;
            for (const SurfaceToken& t : tk) words += t.kind != SurfaceToken::Symbol;
            if (words < 3) continue;

            MentionInfo mi;
            mi.m.article = index;
            mi.m.span = u;
            std::vector<Quotation> qs;
            for (const Quotation& q : quotations)
                if (q.inner.begin >= u.begin && q.inner.end <= u.end) qs.push_back(q);
            std::vector<bool> quoted(tk.size(), false);
            for (std::size_t k = 0; k < tk.size(); ++k)
                for (const Quotation& q : qs)
                    if (within(tk[k].span, q.outer)) quoted[k] = true;

            // Hedge first: a bare verification disclaimer joins the mention before it.
            std::optional<HedgeCue> hedge = find_hedge(tk, quoted);
            if (const MentionInfo* previous = previous_mention();
                hedge && hedge->disclaimer && previous &&
                text.substr(previous->m.span.end, u.begin - previous->m.span.end).find('\n') ==
                    std::string_view::npos) {
                MentionInfo& prev = out.back();
                prev.m.span.end = u.end;
                prev.m.hedged = true;
                prev.m.hedge = hedge->span;
                continue;
            }

            // People named here (for pronouns and surnames later in the article).
            std::vector<CapitalisedRun> runs = capitalised_runs(tk);

            // Quotes and speaker.
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
            ByteSpan speaker_span{};
            if (!qs.empty()) {
                SpeakerPhrase sp =
                    find_speaker(text, u, qs, [&](std::string_view n) { return k_.is_person(n); });
                std::string name;
                if (sp.pronoun)
                    name = last_person;
                else if (!sp.name.empty())
                    name = resolve(sp.name, article_people);
                if (!name.empty()) {
                    mi.m.speaker = name;
                    speaker_span = sp.span;
                } else if (const MentionInfo* previous = previous_mention();
                           previous && previous->quote_words.size > 0 && previous->m.speaker &&
                           mi.quote_mention && !tk.empty() && quoted[0]) {
                    // An all-quote sentence continues the quotation before it.
                    mi.m.speaker = previous->m.speaker;
                }
            }
            if (mi.m.speaker) mi.speaker_key = keys_.id(lower_ascii(*mi.m.speaker));

            // Source.
            ByteSpan cue_span{}; // the attribution words to leave out of matching
            find_source(text, tk, quoted, speaker_span, mi, &cue_span);

            // Hedge.
            if (hedge) {
                mi.m.hedged = true;
                mi.m.hedge = hedge->span;
            }

            // Quantities.
            mi.m.quantities = find_quantities(text, u, date);
            if (mi.m.quantities.capacity() > mi.m.quantities.size())
                mi.m.quantities = std::vector<Quantity>(
                    std::make_move_iterator(mi.m.quantities.begin()),
                    std::make_move_iterator(mi.m.quantities.end())); // exact size

            // Entities: runs outside the attribution, sentence-initial words only with agreement.
            std::vector<int>& entity_keys = scratch_;
            for (const CapitalisedRun& r : runs) {
                std::size_t first = r.first;
                while (first <= r.last && tk[first].kind == SurfaceToken::Word &&
                       (is_descriptor(tk[first].lower) || is_determiner(tk[first].lower) ||
                        (first == 0 && !k_.name_word(tk[first].lower))))
                    ++first;
                if (first > r.last) continue;
                ByteSpan sp{tk[first].span.begin, tk[r.last].span.end};
                if (within(sp, mi.m.source_span)) continue;
                std::string name = run_name(text, tk, first, r.last);
                if (tk[first].kind == SurfaceToken::Word && is_pronoun(tk[first].lower)) continue;
                entity_keys.push_back(keys_.id(lower_ascii(name)));
                if (r.last > first && k_.is_person(name)) {
                    last_person = name;
                    article_people.push_back(name);
                }
            }
            if (mi.m.speaker && mi.m.speaker->find(' ') != std::string::npos) {
                last_person = *mi.m.speaker;
                article_people.push_back(*mi.m.speaker);
            }
            mi.entity_keys = pool_.add(entity_keys);

            // Content words: outside the attribution, the speech verb and the hedge.
            std::vector<WordSpan> ws;
            scan_words(text, u, ws);
            std::uint64_t h = 1469598103934665603ull;
            for (const WordSpan& w : ws) {
                std::string folded = fold_word(text.substr(w.span.begin, w.span.size()));
                h = fnv(h, folded);
                if (w.is_number || is_stopword(folded) || folded.size() < 2) continue;
                if (!cue_span.empty() && within(w.span, cue_span)) continue;
                if (hedge && within(w.span, hedge->span)) continue;
                if (is_speech_verb(folded) || is_reporting_verb(folded)) continue;
                scratch_.push_back(v_.stem_id(folded));
            }
            mi.exact = h;
            mi.words = pool_.add(scratch_);
            out.push_back(std::move(mi));
        }
    }

private:
    const Analysis& a_;
    const CorpusKnowledge& k_;
    Vocabulary& v_;
    Mentions& pool_;
    Interner keys_;            // lower-case speaker, source and entity names
    std::vector<int> scratch_; // ids of the mention being built, before Mentions::add

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
            set_source(text, tk, b, e - 1, mi);
            *cue_span = {tk[k].span.begin, tk[e - 1].span.end};
            mi.source_first = false;
            return;
        }
        // Reporting verb with a subject: back to a clause boundary or connective, ≤ 10 tokens.
        for (std::size_t v = 1; v < n; ++v) {
            if (quoted[v] || tk[v].kind != SurfaceToken::Word || !is_reporting_verb(tk[v].lower))
                continue;
            std::size_t e = v; // subject is [b, e)
            // "media both reported", "officials have said": adverbs and auxiliaries first.
            while (
                e > 0 && tk[e - 1].kind == SurfaceToken::Word &&
                in_word_list(tk[e - 1].lower, {"both", "also", "later", "previously", "have", "has",
                                               "had", "all", "earlier", "separately", "further"}))
                --e;
            // "The Syrian army, supported by Russia, said": skip back over the appositive.
            if (e >= 2 && tk[e - 1].kind == SurfaceToken::Symbol && tk[e - 1].lower == ",") {
                std::size_t k = e - 1;
                while (k > 0 && e - k < 10 &&
                       !(tk[k - 1].kind == SurfaceToken::Symbol && tk[k - 1].lower == ","))
                    --k;
                if (k > 1 && e - k < 10) e = k - 1;
            }
            std::size_t b = e;
            while (b > 0 && v - b < 12) {
                const SurfaceToken& t = tk[b - 1];
                if (clause_stop(b - 1)) break;
                // "an opposition war monitor and pro-government media": one coordinated subject.
                if (t.kind == SurfaceToken::Word && t.lower == "and" && b >= 2 &&
                    tk[b - 2].kind == SurfaceToken::Word &&
                    (is_source_noun(tk[b - 2].lower) || tk[b - 2].capitalised)) {
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
                                           "before", "while", "when", "because", "if", "although",
                                           "though", "since", "where"}))
                    break;
                --b;
            }
            // "Rami Abdurrahman, the Observatory’s head, noted": skip back over an appositive.
            if (b == e) continue;
            ByteSpan subject{tk[b].span.begin, tk[e - 1].span.end};
            if (!speaker_span.empty() &&
                !(speaker_span.end <= subject.begin || speaker_span.begin >= subject.end))
                continue; // the subject is the quoted speaker, not a source
            const SurfaceToken& head = tk[e - 1];
            if (head.kind != SurfaceToken::Word || is_pronoun(head.lower)) continue;
            bool named = head.capitalised;
            if (!named && !is_source_noun(head.lower)) continue;
            if (mi.m.speaker && !named && mi.quote_mention) continue;
            set_source(text, tk, b, e - 1, mi);
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
            for (std::size_t k = c; k < n; ++k) words_after |= tk[k].kind != SurfaceToken::Symbol;
            if (words_after) {
                mi.claim_span = {tk[c].span.begin, mi.m.span.end};
            } else {
                // "…, two local media outlets reported.": the claim is what came before.
                mi.claim_span = {mi.m.span.begin, subject.begin};
                mi.source_first = false;
            }
            return;
        }
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
        if (!runs.empty() && runs.back().last == sub.size() - 1 && !runs.back().possessive) {
            std::size_t f = runs.back().begin; // keep titles of organisations' names
            while (f < runs.back().last && sub[f].kind == SurfaceToken::Word &&
                   (is_descriptor(sub[f].lower) || is_determiner(sub[f].lower)))
                ++f;
            canonical = run_name(text, sub, f, runs.back().last);
        } else {
            std::size_t f = 0;
            while (f < sub.size() && sub[f].kind == SurfaceToken::Word &&
                   (is_determiner(sub[f].lower) || is_descriptor(sub[f].lower)))
                ++f;
            if (f >= sub.size()) f = 0;
            canonical.assign(
                text.substr(sub[f].span.begin, sub.back().span.end - sub[f].span.begin));
        }
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
    Vocabulary vocabulary;
    MentionBuilder builder(analysis, knowledge, vocabulary, mentions);
    for (std::size_t i = 0; i < n_articles; ++i) builder.article(static_cast<int>(i));
    return mentions; // the words, names and capitalisation tables are freed here
}

} // namespace wiretrace::claims_internal
