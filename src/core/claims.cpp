// claims.cpp — see claims.h for the pipeline and the matching rules.
//
// [SECTION] Vocabulary: hedges, reporting verbs, source nouns, descriptors, fillers
// [SECTION] Corpus knowledge: capitalisation agreement, people's names
// [SECTION] Mentions: units, quotes and speaker, source, hedge, quantities, entities, words
// [SECTION] Grouping: pair rules, claim index, greedy assignment
// [SECTION] Differences: quantity, quote wording (word diff), attribution, hedge
// [SECTION] Labels
// [SECTION] Entry point
#include "claims.h"

#include "boilerplate.h"
#include "quantities.h"
#include "quotes.h"
#include "surface.h"
#include "text.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <memory>
#include <tuple>
#include <map>
#include <set>
#include <unordered_map>

namespace wiretrace {

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
    return in_word_list(lower, {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
                           "these", "those", "both", "two", "local", "state"});
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

// Interns strings as dense ids 0, 1, …: the strings in one arena, an open-addressing table of
// ids (about 20 bytes per distinct string, against ~70 for a node of std::unordered_map).
class Interner {
public:
    // The id of `s`, or -1 when it was never added.
    int find(std::string_view s) const {
        if (slots_.empty()) return -1;
        for (std::size_t i = hash(s) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            int id = slots_[i];
            if (id < 0 || str(id) == s) return id;
        }
    }
    // The id of `s`, added when new.
    int id(std::string_view s) {
        if ((ends_.size() + 1) * 2 > slots_.size()) grow();
        std::size_t i = hash(s) & (slots_.size() - 1);
        for (; slots_[i] >= 0; i = (i + 1) & (slots_.size() - 1))
            if (str(slots_[i]) == s) return slots_[i];
        arena_.append(s);
        ends_.push_back(static_cast<std::uint32_t>(arena_.size()));
        return slots_[i] = static_cast<int>(ends_.size() - 1);
    }
    std::size_t size() const { return ends_.size(); }

private:
    std::string arena_;
    std::vector<std::uint32_t> ends_; // end of string id in arena_ (it begins where id-1 ends)
    std::vector<int> slots_;          // power-of-two size, -1 empty

    static std::size_t hash(std::string_view s) {
        std::uint64_t h = 1469598103934665603ull;
        for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
    std::string_view str(int id) const {
        std::uint32_t b = id > 0 ? ends_[static_cast<std::size_t>(id) - 1] : 0;
        return std::string_view(arena_).substr(b, ends_[static_cast<std::size_t>(id)] - b);
    }
    void grow() {
        std::vector<int> slots(slots_.empty() ? 1024 : slots_.size() * 2, -1);
        for (int id = 0; id < static_cast<int>(ends_.size()); ++id) {
            std::size_t i = hash(str(id)) & (slots.size() - 1);
            while (slots[i] >= 0) i = (i + 1) & (slots.size() - 1);
            slots[i] = id;
        }
        slots_.swap(slots);
    }
};

// What the whole corpus says about words and names: a word is a name word when the corpus
// capitalises it more often than not where capitals are not forced (mid-sentence); a run is a
// person when a title precedes it or it stands next to a speech verb and is no organisation.
struct CorpusKnowledge {
    Interner words;                                  // lower-case words seen mid-sentence
    std::vector<std::pair<int, int>> capitalisation; // by word id: (capitalised, lower) counts
    std::map<std::string, int> people;                                   // full name → count
    std::map<std::string, std::vector<std::string>> by_surname;          // lower surname → names

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

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

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

// A sorted run of ids in Mentions::ids (one pool for all mentions: no per-mention vectors).
struct IdRange {
    std::uint32_t begin = 0;
    std::uint32_t size = 0;
};

// A view of an IdRange (valid while the pool does not grow).
struct Ids {
    const int* p = nullptr;
    std::size_t n = 0;
    const int* begin() const { return p; }
    const int* end() const { return p + n; }
    std::size_t size() const { return n; }
    bool empty() const { return n == 0; }
    int operator[](std::size_t i) const { return p[i]; }
};

// Internal form of a mention: the public ClaimMention plus what matching and diffing need.
// Words, names and sources are ids (interned while mentions are built, the strings freed
// before grouping); the quoted words as written are re-read from the text when diffing.
struct MentionInfo {
    ClaimMention m;
    IdRange words;         // sorted unique ids of content-word stems (claim words only)
    IdRange quote_words;   // sorted unique ids of stems inside quotations
    IdRange source_words;  // stems of the source phrase
    IdRange entity_keys;   // ids of the entities' lower-case names, sorted unique
    int speaker_key = -1;  // id of the lower-case full speaker name, or -1
    int source_key = -1;   // id of the lower-case canonical source, or -1
    bool quote_mention = false; // a quotation of at least four words
    bool source_first = false;  // the source precedes the claim ("SANA quoted …")
    ByteSpan claim_span;        // the span a label is made from
    std::uint64_t exact = 0;    // hash of the normalised word sequence
};

// All mentions of the corpus. A deque: no doubling slack while building, and it frees its
// blocks as the mentions are handed over to the claims from the back (extract_claims).
struct Mentions {
    std::deque<MentionInfo> list;
    // The IdRanges' pool, in fixed-size chunks (no doubling slack, no copy when it grows); a
    // range never straddles two chunks. IdRange::begin is chunk * kChunk + offset.
    static constexpr std::size_t kChunk = std::size_t(1) << 16;
    std::vector<std::unique_ptr<int[]>> chunks;
    std::size_t used = kChunk; // ids used in the last chunk

    Ids operator()(IdRange r) const {
        if (r.size == 0) return {};
        return {chunks[r.begin / kChunk].get() + r.begin % kChunk, r.size};
    }
    const MentionInfo& operator[](std::size_t i) const { return list[i]; }
    std::size_t size() const { return list.size(); }
    // Appends the sorted unique ids of `v` (which it clears) to the pool.
    IdRange add(std::vector<int>& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        if (v.empty()) return {};
        if (v.size() > kChunk) v.resize(kChunk); // a sentence of 65,536 distinct words
        if (used + v.size() > kChunk) {
            chunks.emplace_back(new int[kChunk]);
            used = 0;
        }
        IdRange r{static_cast<std::uint32_t>((chunks.size() - 1) * kChunk + used),
                  static_cast<std::uint32_t>(v.size())};
        std::copy(v.begin(), v.end(), chunks.back().get() + used);
        used += v.size();
        v.clear();
        return r;
    }
};


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

bool within(ByteSpan inner, ByteSpan outer) {
    return inner.begin >= outer.begin && inner.end <= outer.end;
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
    Interner keys_; // lower-case speaker, source and entity names
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
            while (e > 0 && tk[e - 1].kind == SurfaceToken::Word &&
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
                    in_word_list(t.lower, {"by", "of", "from", "with", "to", "in", "on", "at", "for",
                                      "into", "against", "about"})) {
                    b = e; // reject
                    break;
                }
                if (t.kind == SurfaceToken::Word &&
                    in_word_list(t.lower,
                            {"and", "but", "that", "which", "who", "as", "after", "before", "while",
                             "when", "because", "if", "although", "though", "since", "where"}))
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

//-------------------------------------------------------------------------------------------------
// [SECTION] Grouping: pair rules, claim index, greedy assignment
//-------------------------------------------------------------------------------------------------

// Size of the intersection of two sorted unique id runs.
std::size_t shared_count(Ids a, Ids b) {
    std::size_t i = 0, j = 0, n = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j])
            ++i;
        else if (b[j] < a[i])
            ++j;
        else
            ++n, ++i, ++j;
    }
    return n;
}

class Grouper {
public:
    Grouper(const Analysis& a, const Mentions& mentions) : a_(a), ms_(mentions) {
        // IDF over mentions: rare words weigh more in the overlap.
        std::vector<int> df;
        for (const MentionInfo& m : ms_.list)
            for (int w : ms_(m.words)) {
                if (static_cast<std::size_t>(w) >= df.size()) df.resize(w + 1, 0);
                ++df[w];
            }
        double n = static_cast<double>(ms_.size());
        idf_.resize(df.size());
        for (std::size_t w = 0; w < df.size(); ++w)
            idf_[w] = df[w] ? std::log((n + 1) / (df[w] + 0.5)) + 0.1 : 1.0; // quote-only words: 1
        aligned_.reserve(a.alignments.size());
        for (std::size_t i = 0; i < a.alignments.size(); ++i) {
            const Alignment& al = a.alignments[i];
            aligned_.push_back({al.a, al.b, static_cast<std::uint32_t>(i)});
        }
        std::sort(aligned_.begin(), aligned_.end());
        // Only words of two mentions or more can lead one mention to another's claim.
        slot_.assign(df.size(), -1);
        int slots = 0;
        for (std::size_t w = 0; w < df.size(); ++w)
            if (df[w] >= 2) slot_[w] = slots++;
        postings_.resize(static_cast<std::size_t>(slots));
    }

    // Claim members, as mention indices, in order of claim creation.
    std::vector<std::vector<std::uint32_t>> run() {
        for (std::size_t i = 0; i < ms_.size(); ++i) place(i);
        return std::move(claims_);
    }

private:
    struct AlignedPair {
        int a, b;
        std::uint32_t alignment;
        bool operator<(const AlignedPair& o) const {
            return std::tie(a, b, alignment) < std::tie(o.a, o.b, o.alignment);
        }
    };
    const Analysis& a_;
    const Mentions& ms_;
    std::vector<double> idf_;           // by word id (ids are dense)
    std::vector<AlignedPair> aligned_; // sorted: the alignments of each article pair
    std::vector<std::vector<std::uint32_t>> claims_;
    std::vector<std::vector<int>> claim_articles_; // sorted
    std::unordered_map<std::uint64_t, std::uint32_t> exact_;  // text hash → claim
    std::vector<int> slot_;                                   // word id → postings_ index, or -1
    std::vector<std::vector<std::uint32_t>> postings_;        // claims by slot_
    std::unordered_map<int, std::vector<std::uint32_t>> by_speaker_;

    bool has_article(std::size_t claim, int article) const {
        const std::vector<int>& v = claim_articles_[claim];
        return std::binary_search(v.begin(), v.end(), article);
    }
    static constexpr std::size_t kRepresentatives = 6;
    static constexpr std::size_t kPostingCap = 400;
    static constexpr std::size_t kCandidates = 12;

    double dice(Ids a, Ids b) const {
        double sa = 0, sb = 0, shared = 0;
        std::size_t i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (j >= b.size() || (i < a.size() && a[i] < b[j]))
                sa += idf(a[i++]);
            else if (i >= a.size() || b[j] < a[i])
                sb += idf(b[j++]);
            else {
                double w = idf(a[i]);
                sa += w, sb += w, shared += w;
                ++i, ++j;
            }
        }
        return sa + sb > 0 ? 2 * shared / (sa + sb) : 0;
    }
    double idf(int w) const {
        return static_cast<std::size_t>(w) < idf_.size() ? idf_[static_cast<std::size_t>(w)] : 1.0;
    }

    // A shared-text alignment covers both mentions at corresponding places.
    bool aligned(const MentionInfo& x, const MentionInfo& y) const {
        auto check = [&](int ax, int by, ByteSpan sx, ByteSpan sy, bool swap) {
            auto it = std::lower_bound(aligned_.begin(), aligned_.end(), AlignedPair{ax, by, 0});
            for (; it != aligned_.end() && it->a == ax && it->b == by; ++it) {
                const Alignment& al = a_.alignments[it->alignment];
                ByteSpan as = swap ? al.b_span : al.a_span, bs = swap ? al.a_span : al.b_span;
                auto cover = [](ByteSpan s, ByteSpan m) {
                    std::uint32_t b = std::max(s.begin, m.begin), e = std::min(s.end, m.end);
                    return e > b ? double(e - b) / std::max<std::uint32_t>(1, m.size()) : 0.0;
                };
                if (cover(as, sx) < 0.5 || cover(bs, sy) < 0.5) continue;
                double px = (double(sx.begin) - as.begin) / std::max<std::uint32_t>(1, as.size());
                double py = (double(sy.begin) - bs.begin) / std::max<std::uint32_t>(1, bs.size());
                if (std::fabs(px - py) <= 0.2) return true;
            }
            return false;
        };
        return check(x.m.article, y.m.article, x.m.span, y.m.span, false) ||
               check(y.m.article, x.m.article, x.m.span, y.m.span, true);
    }

    bool agreeing_quantity(const MentionInfo& x, const MentionInfo& y) const {
        for (const Quantity& p : x.m.quantities) {
            if (p.unit == "date" || p.unit == "calendar_year") continue;
            for (const Quantity& q : y.m.quantities)
                if (quantities_agree(p, q)) return true;
        }
        return false;
    }

    // How well x and y state the same claim; 0 when they do not (claims.h lists the rules).
    double pair_score(const MentionInfo& x, const MentionInfo& y) const {
        double d = dice(ms_(x.words), ms_(y.words));
        // The same quotation outranks shared text: seed 001 folds the minister's statement and
        // his quote into one sentence, aligned with 000's statement, but it is the quote.
        if (x.quote_mention && y.quote_mention) {
            double q = dice(ms_(x.quote_words), ms_(y.quote_words));
            bool same_speaker = x.speaker_key >= 0 && x.speaker_key == y.speaker_key;
            if (same_speaker && (q >= 0.2 || d >= 0.3)) return 3 + q;
            if (q >= 0.6) return 3 + q;
        }
        if (!a_.alignments.empty() && d >= 0.15 && aligned(x, y))
            return x.quote_mention == y.quote_mention ? 2 + d : 1 + d;
        if (d >= 0.5) return 1 + d;
        if (d >= 0.3 && agreeing_quantity(x, y)) return 1 + d;
        if (d >= 0.35 && shared_count(ms_(x.entity_keys), ms_(y.entity_keys)) >= 2) return 1 + d;
        return 0;
    }

    void index(std::size_t claim, const MentionInfo& m) {
        const auto c = static_cast<std::uint32_t>(claim);
        for (int w : ms_(m.words)) {
            int slot = slot_[static_cast<std::size_t>(w)];
            if (slot < 0) continue;
            std::vector<std::uint32_t>& p = postings_[static_cast<std::size_t>(slot)];
            if (p.empty() || p.back() != c) p.push_back(c);
        }
        if (m.speaker_key >= 0) {
            std::vector<std::uint32_t>& p = by_speaker_[m.speaker_key];
            if (p.empty() || p.back() != c) p.push_back(c);
        }
    }

    void place(std::size_t i) {
        const MentionInfo& m = ms_[i];
        // Exact copies join without scoring (republished wire copy is the common case).
        if (auto it = exact_.find(m.exact);
            it != exact_.end() && !has_article(it->second, m.m.article)) {
            join(it->second, i);
            return;
        }
        std::unordered_map<std::size_t, int> votes;
        for (int w : ms_(m.words)) {
            int slot = slot_[static_cast<std::size_t>(w)];
            if (slot < 0) continue;
            const std::vector<std::uint32_t>& p = postings_[static_cast<std::size_t>(slot)];
            if (p.size() > kPostingCap) continue;
            for (std::uint32_t c : p) ++votes[c];
        }
        if (m.speaker_key >= 0)
            if (auto it = by_speaker_.find(m.speaker_key); it != by_speaker_.end())
                for (std::uint32_t c : it->second) votes[c] += 2;
        std::vector<std::pair<int, std::size_t>> ranked;
        int need = m.words.size <= 3 ? 1 : 2;
        for (const auto& [c, n] : votes)
            if (n >= need && !has_article(c, m.m.article)) ranked.push_back({-n, c});
        std::sort(ranked.begin(), ranked.end());
        // Only claims with at least half the best vote count are scored: a claim sharing a
        // third of the words of the best candidate is not going to beat it.
        if (!ranked.empty()) {
            int floor = (-ranked.front().first + 1) / 2;
            std::size_t keep = 0;
            while (keep < ranked.size() && keep < kCandidates && -ranked[keep].first >= floor)
                ++keep;
            ranked.resize(keep);
        }
        double best = 0;
        std::size_t best_claim = 0;
        for (const auto& [neg, c] : ranked) {
            double s = 0;
            const std::vector<std::uint32_t>& members = claims_[c];
            for (std::size_t r = 0; r < members.size() && r < kRepresentatives; ++r)
                s = std::max(s, pair_score(m, ms_[members[r]]));
            if (s > best || (s == best && s > 0 && c < best_claim)) best = s, best_claim = c;
        }
        if (best > 0) {
            join(best_claim, i);
            return;
        }
        claims_.push_back({});
        claim_articles_.push_back({});
        join(claims_.size() - 1, i);
    }

    void join(std::size_t c, std::size_t i) {
        claims_[c].push_back(static_cast<std::uint32_t>(i));
        std::vector<int>& arts = claim_articles_[c];
        int art = ms_[i].m.article;
        arts.insert(std::lower_bound(arts.begin(), arts.end(), art), art);
        exact_.emplace(ms_[i].exact, static_cast<std::uint32_t>(c));
        if (claims_[c].size() <= kRepresentatives) index(c, ms_[i]);
    }
};

//-------------------------------------------------------------------------------------------------
// [SECTION] Differences: quantity, quote wording (word diff), attribution, hedge
//-------------------------------------------------------------------------------------------------

// "5 km" / "24–99 people" with the words as written: “5 kilometers (3 miles)” = 5 km.
std::string describe(const Quantity& q) {
    return "\xE2\x80\x9C" + q.text + "\xE2\x80\x9D = " + format_quantity(q);
}

std::optional<std::string> quantity_conflict(const MentionInfo& x, const MentionInfo& y) {
    std::set<std::string> units;
    for (const Quantity& q : x.m.quantities) units.insert(q.unit);
    for (const std::string& u : units) {
        const Quantity* lonely_x = nullptr;
        const Quantity* lonely_y = nullptr;
        bool y_has = false;
        for (const Quantity& q : y.m.quantities) y_has |= q.unit == u;
        if (!y_has) continue;
        for (const Quantity& p : x.m.quantities) {
            if (p.unit != u) continue;
            bool ok = false;
            for (const Quantity& q : y.m.quantities) ok |= quantities_agree(p, q);
            if (!ok && !lonely_x) lonely_x = &p;
        }
        for (const Quantity& q : y.m.quantities) {
            if (q.unit != u) continue;
            bool ok = false;
            for (const Quantity& p : x.m.quantities) ok |= quantities_agree(p, q);
            if (!ok && !lonely_y) lonely_y = &q;
        }
        if (lonely_x && lonely_y) return describe(*lonely_x) + " vs " + describe(*lonely_y);
    }
    return std::nullopt;
}

// Word diff of two quotations (LCS on folded words; long quotations are diffed after trimming
// their common prefix and suffix, with the middle capped so a 2,000-word quote stays cheap).
// The words of a mention's quotations, folded for comparing and as written (spans), in order.
// Re-read from the text per claim when diffing rather than kept for every mention.
struct QuoteWords {
    std::vector<std::string> folded;
    std::vector<ByteSpan> raw;
};

QuoteWords quote_words(std::string_view text, const ClaimMention& m) {
    QuoteWords out;
    for (ByteSpan q : m.quotes)
        for (SurfaceToken& t : scan_surface(text, q))
            if (t.kind != SurfaceToken::Symbol) {
                out.raw.push_back(t.span);
                out.folded.push_back(std::move(t.lower));
            }
    return out;
}

std::optional<std::string> quote_difference(std::string_view x_text, const QuoteWords& x,
                                            std::string_view y_text, const QuoteWords& y) {
    const auto& a = x.folded;
    const auto& b = y.folded;
    if (a == b) return std::nullopt;
    std::size_t pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
    std::size_t suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre &&
           a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
        ++suf;
    std::size_t n = std::min<std::size_t>(a.size() - pre - suf, 300);
    std::size_t m = std::min<std::size_t>(b.size() - pre - suf, 300);
    // ops over the middle: 0 equal, 1 delete (from a), 2 insert (from b)
    std::vector<std::vector<std::uint16_t>> L(n + 1, std::vector<std::uint16_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            L[i][j] =
                a[pre + i] == b[pre + j] ? L[i + 1][j + 1] + 1 : std::max(L[i + 1][j], L[i][j + 1]);
    struct Op {
        int kind;
        std::string_view word;
    };
    auto xw = [&](std::size_t k) { return x_text.substr(x.raw[k].begin, x.raw[k].size()); };
    auto yw = [&](std::size_t k) { return y_text.substr(y.raw[k].begin, y.raw[k].size()); };
    std::vector<Op> ops;
    for (std::size_t k = 0; k < pre; ++k) ops.push_back({0, xw(k)});
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[pre + i] == b[pre + j])
            ops.push_back({0, xw(pre + i)}), ++i, ++j;
        else if (j < m && (i >= n || L[i][j + 1] >= L[i + 1][j]))
            ops.push_back({2, yw(pre + j)}), ++j;
        else
            ops.push_back({1, xw(pre + i)}), ++i;
    }
    for (std::size_t k = a.size() - suf; k < a.size(); ++k) ops.push_back({0, xw(k)});
    bool del = false, ins = false;
    std::size_t first_change = ops.size(), last_change = 0;
    for (std::size_t k = 0; k < ops.size(); ++k)
        if (ops[k].kind) {
            first_change = std::min(first_change, k);
            last_change = k;
            (ops[k].kind == 1 ? del : ins) = true;
        }
    const char* kind = del && ins ? "altered" : del ? "truncated" : "extended";
    // Only-deletions that are not at the ends are an alteration too ("… [-not-] …").
    if (!ins && del && first_change > 0 && last_change + 1 < ops.size()) kind = "altered";
    if (!del && ins && first_change > 0 && last_change + 1 < ops.size()) kind = "altered";
    std::string out = std::string(kind) + ": ";
    // wdiff notation, long unchanged stretches elided.
    std::size_t k = 0;
    bool first = true;
    while (k < ops.size()) {
        std::size_t e = k;
        while (e < ops.size() && ops[e].kind == ops[k].kind) ++e;
        std::string run;
        std::size_t len = e - k;
        auto words = [&](std::size_t from, std::size_t to) {
            std::string s;
            for (std::size_t t = from; t < to; ++t) {
                if (t > from) s += ' ';
                s += ops[t].word;
            }
            return s;
        };
        if (ops[k].kind == 0) {
            if (len > 6) {
                bool at_start = k == 0, at_end = e == ops.size();
                run = at_start ? "\xE2\x80\xA6 " + words(e - 3, e)
                      : at_end ? words(k, k + 3) + " \xE2\x80\xA6"
                               : words(k, k + 3) + " \xE2\x80\xA6 " + words(e - 3, e);
            } else {
                run = words(k, e);
            }
        } else if (ops[k].kind == 1) {
            run = "[-" + words(k, e) + "-]";
        } else {
            run = "{+" + words(k, e) + "+}";
        }
        out += (first ? "" : " ") + run;
        first = false;
        k = e;
    }
    return out;
}

bool same_source(const Mentions& ms, const MentionInfo& x, const MentionInfo& y) {
    if (x.source_key == y.source_key) return true;
    std::size_t shared = shared_count(ms(x.source_words), ms(y.source_words));
    std::size_t smaller = std::min(x.source_words.size, y.source_words.size);
    return smaller > 0 && shared * 2 >= smaller;
}

std::string quoted_text(const std::optional<std::string>& s) {
    return s ? "\xE2\x80\x9C" + *s + "\xE2\x80\x9D" : std::string("none");
}

// One claim's members while its differences are computed: mention indices and, read once per
// claim, the quoted words of its quote mentions.
struct ClaimMembers {
    const Mentions& ms;
    std::vector<std::size_t> index;
    std::vector<QuoteWords> quotes; // parallel to index (empty for non-quote mentions)
    const MentionInfo& operator[](int k) const { return ms[index[static_cast<std::size_t>(k)]]; }
};

void compare(const Analysis& a, const ClaimMembers& members, int xi, int yi,
             std::vector<ClaimDifference>& out, unsigned kinds) {
    const MentionInfo& x = members[xi];
    const MentionInfo& y = members[yi];
    const std::string& ida = a.corpus.articles[static_cast<std::size_t>(x.m.article)].id;
    const std::string& idb = a.corpus.articles[static_cast<std::size_t>(y.m.article)].id;
    if (kinds & 1)
        if (auto d = quantity_conflict(x, y)) out.push_back({DifferenceKind::Quantity, yi, xi, *d});
    if ((kinds & 2) && x.quote_mention && y.quote_mention)
        if (auto d = quote_difference(a.corpus.articles[static_cast<std::size_t>(x.m.article)].text,
                                      members.quotes[static_cast<std::size_t>(xi)],
                                      a.corpus.articles[static_cast<std::size_t>(y.m.article)].text,
                                      members.quotes[static_cast<std::size_t>(yi)]))
            out.push_back({DifferenceKind::QuoteWording, yi, xi, *d});
    if (kinds & 4) {
        if (x.m.source && !y.m.source)
            out.push_back(
                {DifferenceKind::Attribution, yi, xi,
                 "dropped: " + quoted_text(x.m.source) + " in " + ida + ", none in " + idb});
        else if (!x.m.source && y.m.source)
            out.push_back(
                {DifferenceKind::Attribution, yi, xi,
                 "added: none in " + ida + ", " + quoted_text(y.m.source) + " in " + idb});
        else if (x.m.source && y.m.source && !same_source(members.ms, x, y))
            out.push_back({DifferenceKind::Attribution, yi, xi,
                           "changed: " + quoted_text(x.m.source) + " in " + ida + ", " +
                               quoted_text(y.m.source) + " in " + idb});
    }
    if ((kinds & 8) && x.m.hedged != y.m.hedged) {
        const MentionInfo& h = x.m.hedged ? x : y;
        const std::string& hid = x.m.hedged ? ida : idb;
        const std::string& oid = x.m.hedged ? idb : ida;
        out.push_back({DifferenceKind::Hedge, yi, xi,
                       "hedged in " + hid + " (\xE2\x80\x9C" +
                           std::string(text_of(a, h.m.article, h.m.hedge)) +
                           "\xE2\x80\x9D), asserted in " + oid});
    }
}

std::string signature(const ClaimMembers& members, int k, int kind) {
    const MentionInfo& m = members[k];
    switch (kind) {
    case 0: {
        std::string s;
        for (const Quantity& q : m.m.quantities) s += format_quantity(q) + "|";
        return s;
    }
    case 1: {
        std::string s;
        for (const std::string& w : members.quotes[static_cast<std::size_t>(k)].folded)
            s += w + " ";
        return s;
    }
    case 2:
        return std::to_string(m.source_key);
    default:
        return m.m.hedged ? "h" : "";
    }
}

std::vector<ClaimDifference> differences(const Analysis& a, const Mentions& ms,
                                         std::vector<std::size_t> index) {
    ClaimMembers members{ms, std::move(index), {}};
    members.quotes.resize(members.index.size());
    for (std::size_t k = 0; k < members.index.size(); ++k) {
        const MentionInfo& m = ms[members.index[k]];
        if (!m.m.quotes.empty())
            members.quotes[k] =
                quote_words(a.corpus.articles[static_cast<std::size_t>(m.m.article)].text, m.m);
    }
    std::vector<ClaimDifference> out;
    const int n = static_cast<int>(members.index.size());
    if (members.index.size() <= kAllPairsLimit) {
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                if (members[i].m.article != members[j].m.article)
                    compare(a, members, i, j, out, 15);
        return out;
    }
    // Large claims: one representative per distinct value, per kind, at most 16 variants.
    for (int kind = 0; kind < 4; ++kind) {
        std::map<std::string, int> first;
        std::vector<int> reps;
        for (int i = 0; i < n && reps.size() < 16; ++i)
            if (first.emplace(signature(members, i, kind), i).second) reps.push_back(i);
        for (std::size_t p = 0; p < reps.size(); ++p)
            for (std::size_t q = p + 1; q < reps.size(); ++q)
                if (members[reps[p]].m.article != members[reps[q]].m.article)
                    compare(a, members, reps[p], reps[q], out, 1u << kind);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ClaimDifference& x, const ClaimDifference& y) {
                         return std::make_pair(x.mention, x.reference) < std::make_pair(y.mention, y.reference);
                     });
    return out;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Labels
//-------------------------------------------------------------------------------------------------

std::string capitalise_first(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string quote_label(const std::string& text, const MentionInfo& m) {
    // The first quotation of four words or more (else the longest), its first ten words.
    ByteSpan best{};
    for (ByteSpan q : m.m.quotes) {
        std::size_t nw = 0;
        for (const SurfaceToken& t : scan_surface(text, q)) nw += t.kind != SurfaceToken::Symbol;
        if (nw >= 4) {
            best = q;
            break;
        }
        if (q.size() > best.size()) best = q;
    }
    std::vector<SurfaceToken> tk = scan_surface(text, best);
    std::size_t words = 0, end = best.begin;
    bool cut = false;
    for (const SurfaceToken& t : tk) {
        if (t.kind == SurfaceToken::Symbol) continue;
        if (++words > 10) {
            cut = true;
            break;
        }
        end = t.span.end;
    }
    std::string s = text.substr(best.begin, end - best.begin);
    while (!s.empty() && std::strchr(",.;:", s.back())) s.pop_back();
    s = "\xE2\x80\x9C" + s + (cut ? "\xE2\x80\xA6" : "") + "\xE2\x80\x9D";
    if (m.m.speaker) s += " \xE2\x80\x94 " + *m.m.speaker;
    return s;
}

// Display width of UTF-8 text: code points, not bytes.
std::size_t display_length(std::string_view s) {
    std::size_t n = 0;
    for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return n;
}

// A label ending on one of these words reads as broken off mid-phrase ("… on whether it…").
bool weak_label_end(std::string_view lower) {
    return in_word_list(lower, {"a",     "an",    "the",   "and",     "or",    "but",  "of",    "to",
                           "in",    "on",    "at",    "by",      "for",   "from", "with",  "as",
                           "into",  "that",  "which", "who",     "whom",  "whose", "whether",
                           "it",    "its",   "their", "his",     "her",   "is",   "are",   "was",
                           "were",  "be",    "been",  "has",     "have",  "had",  "amid",  "after",
                           "before", "while", "when", "where",   "if",    "than", "toward", "towards",
                           "against", "over", "under", "between", "about", "during", "following",
                           "not",   "no",    "this",  "these",   "those", "such", "being", "would",
                           "will",  "could", "should", "can",    "may",   "might", "so",   "said"});
}

// A comma-delimited insertion a headline can do without: a relative clause or an appositive
// (", whom he described as …,", ", an ancient business hub,", ", two towns just north of …,").
bool droppable_insertion_start(const SurfaceToken& t) {
    if (t.kind == SurfaceToken::Number) return true;
    return t.kind == SurfaceToken::Word &&
           in_word_list(t.lower, {"who", "whom", "which", "whose", "where", "a", "an", "the", "parts",
                             "one", "two", "three", "four", "five", "both", "itself", "led",
                             "backed", "based", "known", "called"});
}

bool clause_boundary(const SurfaceToken& t) {
    return t.kind == SurfaceToken::Symbol &&
           (t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "." ||
            t.codepoint == 0x2014 || t.codepoint == 0x2013);
}

// A short headline in the words of the mention as written: the claim clause, without its
// source attribution and without comma-delimited asides, at most kLabelMax characters, cut at
// a clause boundary when one comes late enough, else at a word, and never mid-word.
std::string clause_label(const std::string& text, const MentionInfo& m) {
    constexpr std::size_t kLabelMax = 90, kClauseMin = 45;
    ByteSpan span = m.claim_span.empty() ? m.m.span : m.claim_span;
    std::vector<SurfaceToken> tk = scan_surface(text, span);
    const std::size_t n = tk.size();
    auto is_word = [&](std::size_t k) { return tk[k].kind != SurfaceToken::Symbol; };

    // Which tokens are attribution ("according to X") rather than claim.
    std::vector<bool> skip(n, false);
    for (std::size_t k = 0; k < n; ++k) {
        const SurfaceToken& t = tk[k];
        if (!m.m.source_span.empty() && within(t.span, m.m.source_span)) skip[k] = true;
        if (!m.source_first && !m.m.source_span.empty() && t.kind == SurfaceToken::Word &&
            (t.lower == "according" || t.lower == "to") && k + 1 < n &&
            tk[k + 1].span.begin <= m.m.source_span.begin && t.span.end <= m.m.source_span.begin &&
            m.m.source_span.begin - t.span.end < 16)
            skip[k] = true;
    }
    // Asides between two commas, when the sentence goes on after them with a word.
    std::size_t words_seen = 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (is_word(k)) {
            ++words_seen;
            continue;
        }
        if (tk[k].lower != "," || words_seen < 2 || k + 1 >= n || !droppable_insertion_start(tk[k + 1]))
            continue;
        std::size_t e = k + 1, inner = 0;
        while (e < n && !(tk[e].kind == SurfaceToken::Symbol &&
                          (tk[e].lower == "," || clause_boundary(tk[e]))) && inner <= 16) {
            inner += is_word(e);
            ++e;
        }
        if (e >= n || tk[e].lower != "," || inner > 14 || e + 1 >= n || !is_word(e + 1) ||
            in_word_list(tk[e + 1].lower, {"and", "or", "but"}))
            continue;
        for (std::size_t j = k; j < e; ++j) skip[j] = true; // keep the closing comma's place
        skip[e] = true;
        k = e;
    }

    std::string prefix;
    if (m.source_first && m.m.source) prefix = capitalise_first(*m.m.source) + ": ";

    // Build the label; `ends` are the byte lengths after each word, with whether a clause
    // boundary follows that word.
    std::string out;
    struct End {
        std::size_t len;
        bool clause;
        bool weak;
    };
    std::vector<End> ends;
    std::size_t prev = n; // index of the previous kept token
    bool cut = false, started = false;
    for (std::size_t k = 0; k < n; ++k) {
        if (skip[k]) {
            // The attribution ends the claim once the claim has some words ("…, according to X").
            bool attribution = !m.m.source_span.empty() && within(tk[k].span, m.m.source_span);
            if (attribution && ends.size() >= 4) break;
            continue;
        }
        if (!is_word(k)) {
            if (!started) continue; // no leading punctuation
            if (clause_boundary(tk[k]) && !ends.empty()) ends.back().clause = true;
            if (tk[k].lower == "." && ends.size() >= 4) break; // the sentence ends
            continue;
        }
        std::string piece;
        if (!started) {
            piece = text.substr(tk[k].span.begin, tk[k].span.size());
        } else if (prev + 1 == k || [&] {
                       for (std::size_t j = prev + 1; j < k; ++j)
                           if (skip[j]) return false;
                       return true;
                   }()) {
            piece = text.substr(tk[prev].span.end, tk[k].span.end - tk[prev].span.end);
        } else {
            piece = " " + text.substr(tk[k].span.begin, tk[k].span.size());
        }
        if (display_length(prefix) + display_length(out) + display_length(piece) > kLabelMax - 1) {
            cut = true;
            break;
        }
        out += piece;
        started = true;
        prev = k;
        // A possessive ("Assad's") dangles as much as a preposition does.
        bool weak = tk[k].kind == SurfaceToken::Word &&
                    (weak_label_end(tk[k].lower) ||
                     (tk[k].lower.size() > 2 &&
                      tk[k].lower.compare(tk[k].lower.size() - 2, 2, "'s") == 0));
        ends.push_back({out.size(), false, weak});
    }
    if (ends.empty()) return prefix;
    std::size_t keep = ends.size();
    if (cut) {
        // The last clause boundary late enough, else the last word that does not dangle.
        std::size_t clause = 0;
        for (std::size_t i = ends.size(); i-- > 0;)
            if (ends[i].clause && display_length(prefix) + ends[i].len >= kClauseMin) {
                clause = i + 1;
                break;
            }
        if (clause) keep = clause;
        while (keep > 1 && ends[keep - 1].weak) --keep;
    } else {
        // Closing brackets and quotation marks right after the last word belong to it.
        std::size_t k = prev + 1;
        std::size_t len = ends.back().len;
        while (k < n && !skip[k] && tk[k].kind == SurfaceToken::Symbol &&
               (tk[k].lower == ")" || tk[k].codepoint == 0x201D || tk[k].codepoint == 0x2019 ||
                tk[k].lower == "\"")) {
            out.append(text, tk[k - 1].span.end, tk[k].span.end - tk[k - 1].span.end);
            len = out.size();
            ++k;
        }
        ends.back().len = len;
    }
    out.resize(ends[keep - 1].len);
    // An opening bracket or quotation mark left open by the cut goes with what it opened.
    auto unbalanced = [&](const char* open, const char* close) {
        std::size_t o = out.rfind(open);
        return o != std::string::npos && (out.find(close, o) == std::string::npos);
    };
    while (unbalanced("(", ")") || unbalanced("\xE2\x80\x9C", "\xE2\x80\x9D")) {
        std::size_t o = std::max(out.rfind('(') == std::string::npos ? 0 : out.rfind('('),
                                 out.rfind("\xE2\x80\x9C") == std::string::npos
                                     ? 0
                                     : out.rfind("\xE2\x80\x9C"));
        out.resize(o);
        while (!out.empty() && (out.back() == ' ' || std::strchr(",;:", out.back()))) out.pop_back();
        cut = true;
    }
    if (keep < ends.size()) cut = true;
    while (!out.empty() && std::strchr(",;:- ", out.back())) out.pop_back();
    if (cut) out += "\xE2\x80\xA6";
    return prefix + capitalise_first(out);
}

} // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Entry point
//-------------------------------------------------------------------------------------------------

std::vector<Claim> extract_claims(const Analysis& analysis) {
    const std::size_t n_articles = analysis.corpus.articles.size();
    Mentions mentions;
    {
        CorpusKnowledge knowledge;
        for (std::size_t i = 0; i < n_articles; ++i)
            for (ByteSpan s : story_sentences(analysis, i))
                learn_from_sentence(analysis.corpus.articles[i].text, s, knowledge);
        Vocabulary vocabulary;
        MentionBuilder builder(analysis, knowledge, vocabulary, mentions);
        for (std::size_t i = 0; i < n_articles; ++i) builder.article(static_cast<int>(i));
    } // the words, names and capitalisation tables are not needed past this point

    std::vector<std::vector<std::uint32_t>> groups = Grouper(analysis, mentions).run();

    // Lay the mentions out claim by claim (an in-place permutation), so that the claims can be
    // built from the last to the first, each taking its mentions off the back of the deque: the
    // public mentions are moved, never copied, and the internal ones are freed as they go.
    const std::size_t n_claims = groups.size();
    std::vector<std::uint32_t> start(n_claims + 1, 0);
    {
        std::vector<std::uint32_t> target(mentions.size());
        std::uint32_t pos = 0;
        for (std::size_t c = 0; c < n_claims; ++c) {
            start[c] = pos;
            for (std::uint32_t i : groups[c]) target[i] = pos++;
        }
        start[n_claims] = pos;
        std::vector<std::vector<std::uint32_t>>().swap(groups);
        for (std::size_t i = 0; i < target.size(); ++i)
            while (target[i] != i) {
                std::uint32_t j = target[i];
                std::swap(mentions.list[i], mentions.list[j]);
                std::swap(target[i], target[j]);
            }
    }

    std::vector<Claim> claims(n_claims);
    for (std::size_t id = n_claims; id-- > 0;) {
        Claim& c = claims[id];
        c.id = static_cast<int>(id);
        const std::size_t first = start[id], last = start[id + 1];
        std::vector<std::size_t> members;
        members.reserve(last - first);
        bool quote = false, quantity = false;
        for (std::size_t i = first; i < last; ++i) {
            members.push_back(i);
            const MentionInfo& m = mentions[i];
            quote |= m.quote_mention;
            for (const Quantity& q : m.m.quantities)
                quantity |= q.unit != "date" && q.unit != "calendar_year";
        }
        c.type = quote ? ClaimType::Quote : quantity ? ClaimType::Quantity : ClaimType::Statement;
        // The label comes from the first mention that shows the claim's type best.
        const MentionInfo* lead = &mentions[first];
        if (quote)
            for (std::size_t i = first; i < last; ++i)
                if (mentions[i].quote_mention && mentions[i].m.speaker) {
                    lead = &mentions[i];
                    break;
                }
        const std::string& text =
            analysis.corpus.articles[static_cast<std::size_t>(lead->m.article)].text;
        c.label =
            quote && lead->quote_mention ? quote_label(text, *lead) : clause_label(text, *lead);
        c.differences = differences(analysis, mentions, std::move(members));
        c.mentions.reserve(last - first);
        for (std::size_t i = first; i < last; ++i) c.mentions.push_back(std::move(mentions.list[i].m));
        while (mentions.list.size() > first) mentions.list.pop_back();
    }
    return claims;
}

} // namespace wiretrace
