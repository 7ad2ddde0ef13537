// claims_internal.h — what the stages of the claims engine hand each other (not public: the
// public entry and the rules are in claims.h). The pipeline, one file per step:
//
//   claim_mentions.cpp     articles → Mentions (clauses with quotes, speaker, source, hedge,
//                          negation, quantities, entities, content words), through:
//     claim_knowledge.cpp      the corpus read once for names: people, organisations, titles
//     claim_clauses.cpp        a sentence cut into clauses, one proposition each
//     claim_attribution.cpp    the source a clause credits, pronouns and roles resolved
//     claim_hedge_negation.cpp the hedge and the negation of a clause
//     claim_lexicon.cpp        their word lists (claim_mention_builder.h: the builder they share)
//   claim_grouping.cpp     Mentions → claims (lists of mention indices)
//   claim_differences.cpp  one claim → its consensus (reference) mention, the differences of
//                          each departing outlet, and notes, comparing one kind in each of
//                          (claim_compare.h: what they hand the stage):
//     claim_compare_quantity.cpp  figures
//     claim_compare_quotes.cpp    quoted words
//     claim_compare_sources.cpp   sources and speakers
//     claim_compare_cues.cpp      hedges and negations
//   claim_labels.cpp       one claim → its label
//   claims.cpp             extract_claims(): runs the four and hands the mentions over
#pragma once

#include "analysis.h"
#include "surface.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace::claims_internal {

// [SECTION] Interned ids
// [SECTION] Mentions (the internal form)
// [SECTION] Stage entry points

//-------------------------------------------------------------------------------------------------
// [SECTION] Interned ids
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
    std::string_view text(int id) const { return str(id); }

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

//-------------------------------------------------------------------------------------------------
// [SECTION] Mentions (the internal form)
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

// A mention as the engine builds and compares it: the public ClaimMention (analysis.h) with its
// speaker and source as text, which the rules read, compare and write into labels and details.
// extract_claims hands it over as a ClaimMention, the two names as ids into
// Analysis::claim_names.
struct DraftMention {
    int article = -1;
    ByteSpan span, source_span, hedge, negation; // as in ClaimMention
    bool hedged = false;
    bool negated = false;
    std::optional<std::string> speaker; // who is quoted, resolved to a full name when possible
    std::optional<std::string> source;  // the attribution the outlet credits
    std::vector<Quantity> quantities;
    std::vector<ByteSpan> quotes;
};

// How a mention's source was read (MentionInfo::source_way): the attribution's form, from the
// surest to the least sure. The comparison reads it to flag a dropped, added or changed
// attribution only where both sides were read with confidence (claim_compare_sources.cpp,
// compare_attribution, has the table of how often each way was right on the eval stories).
enum SourceWay : std::uint8_t {
    kWayNone = 0,      // no source
    kWayAccording,     // "according to X"
    kWayPassive,       // "it was announced by X"
    kWayClosing,       // "…, X said." / "…, X said on Monday": set off by a comma, closing
    kWaySubject,       // "X said (that) …", "X reported …": the verb's subject, before the claim
    kWayRelative,      // "X, which …, said": the noun phrase a relative pronoun stands for
    kWayInverted,      // "…, said X."
    kWayPronoun,       // "it said", "they said": a pronoun resolved to a name before it
    kWaySharedSubject, // "X … and said …", "…, saying …": the subject of the clause before
    kWaySpeaker,       // a predicate in the complement of a quoted speaker's speech verb
};
// MentionInfo::source_flags: how the name was reached, beside the way.
constexpr std::uint8_t kSourceCarried = 1;  // the sentence's source, given to a clause that does
                                            // not hold the attribution itself
constexpr std::uint8_t kSourceResolved = 2; // the name written stands for another: a role ("the
                                            // minister") or a generic noun ("the company")
                                            // resolved to a name named elsewhere
constexpr std::uint8_t kSourceSubordinate = 16; // the attribution opens a subordinate clause
                                                // ("after X said …", "if X insisted …")
constexpr std::uint8_t kSpeakerPronoun = 4;   // the quoted speaker is "he"/"she" resolved
constexpr std::uint8_t kSpeakerContinued = 8; // an all-quote paragraph given the speaker of the
                                              // quotation before it
constexpr std::uint8_t kSourceRelative = 64; // the attribution is inside a relative clause after
                                             // a noun ("…, money that prosecutors said he had
                                             // funnelled …"): it credits that clause only
constexpr std::uint8_t kSpeakerAmbiguous = 32; // with kSpeakerPronoun: the sentence before named
                                               // two or more people, any of whom "he"/"she" may be

// Internal form of a mention: the DraftMention plus what matching and diffing need.
// Words, names and sources are ids (interned while mentions are built, the strings freed
// before grouping); the quoted words as written are re-read from the text when diffing.
// Who a mention counts, as an editor keeps them apart: the dead, or the injured and the sick.
constexpr std::uint8_t kHarmDead = 1, kHarmHurt = 2;

struct MentionInfo {
    DraftMention m;
    IdRange words;                   // sorted unique ids of content-word stems (claim words only)
    IdRange quote_words;             // sorted unique ids of stems inside quotations
    IdRange source_words;            // stems of the source phrase
    IdRange entity_keys;             // ids of the entities' lower-case names, sorted unique
    int speaker_key = -1;            // id of the lower-case full speaker name, or -1
    int source_key = -1;             // id of the lower-case canonical source, or -1
    bool quote_mention = false;      // a quotation of at least four words
    bool source_first = false;       // the source precedes the claim ("SANA quoted …")
    bool source_subordinate = false; // the attribution opens a subordinate clause ("after the
                                     // army said it withdrew, …"): it governs that clause only
    std::uint8_t harm = 0;           // kHarmDead / kHarmHurt: who the mention counts (the dead,
                                     // the injured or sick), both or neither
    std::uint8_t source_way = kWayNone; // how the source was read (SourceWay)
    std::uint8_t source_flags = 0;      // kSourceCarried, kSourceResolved, kSpeaker…
    ByteSpan claim_span;             // the span a label is made from
    ByteSpan subject;                // the subject this clause shares with the one before it
                                     // ("[Their capture of Aleppo] … and reignited the
                                     // conflict"), empty when it has its own: for the label
    std::uint64_t exact = 0;         // hash of the normalised word sequence
};

// store() and expand() copy every field: one added to MentionInfo must be added to both (this
// catches it on 64-bit builds).
static_assert(sizeof(void*) != 8 || sizeof(MentionInfo) == 240,
              "MentionInfo changed: carry the new field through StoredMention");

// A stored mention's figures: the quantities a builder found, held behind one pointer (null
// when none, as in most mentions) instead of an inline std::vector, so that a StoredMention
// fits 128 bytes. Read like a vector (the grouper iterates it); copies are deep.
class StoredQuantities {
public:
    StoredQuantities() = default;
    // Takes `v`'s quantities, held at their exact size (the scanner grew them by doubling, and
    // they live on in the claims' public mentions until the analysis is written).
    explicit StoredQuantities(std::vector<Quantity>&& v) {
        if (v.empty()) return;
        p_ = std::make_unique<std::vector<Quantity>>(std::make_move_iterator(v.begin()),
                                                     std::make_move_iterator(v.end()));
        v.clear();
    }
    StoredQuantities(const StoredQuantities& o)
        : p_(o.p_ ? std::make_unique<std::vector<Quantity>>(*o.p_) : nullptr) {}
    StoredQuantities& operator=(const StoredQuantities& o) {
        if (this != &o) p_ = o.p_ ? std::make_unique<std::vector<Quantity>>(*o.p_) : nullptr;
        return *this;
    }
    StoredQuantities(StoredQuantities&&) noexcept = default;
    StoredQuantities& operator=(StoredQuantities&&) noexcept = default;

    const Quantity* begin() const { return p_ ? p_->data() : nullptr; }
    const Quantity* end() const { return p_ ? p_->data() + p_->size() : nullptr; }
    std::size_t size() const { return p_ ? p_->size() : 0; }
    bool empty() const { return !p_; }
    const Quantity& operator[](std::size_t i) const { return (*p_)[i]; }
    // Moves the quantities out (empty after).
    std::vector<Quantity> take() {
        std::vector<Quantity> v;
        if (p_) v = std::move(*p_);
        p_.reset();
        return v;
    }

private:
    std::unique_ptr<std::vector<Quantity>> p_;
};

// A mention at rest, between the builder and the claim it joins: MentionInfo with the public
// DraftMention's strings interned, its quotation spans pooled, its figures behind a pointer and
// its label spans (claim_span and subject, empty in most mentions) pooled: 128 bytes against
// 256, four to a block of the deque (152 bytes, three to a block, before: 3.8 MB of blocks at
// 1,000 one-story articles, 2.8 MB now), and no allocation per speaker or source. The whole
// corpus's mentions are held at once only in this form. Mentions::store() and
// Mentions::expand() convert; the field names the grouper reads are MentionInfo's.
struct StoredMention {
    struct Core {
        StoredQuantities quantities;
        int article = -1;
        ByteSpan span, source_span, hedge, negation;
        int speaker = -1, source = -1;                   // Mentions::names ids
        std::uint32_t quotes_begin = 0, quotes_size = 0; // in Mentions::quote_spans
        bool hedged = false, negated = false;
    } m;
    IdRange words, quote_words, source_words, entity_keys;
    int speaker_key = -1, source_key = -1;
    std::uint64_t exact = 0;
    std::uint32_t label_spans = kNoLabelSpans; // in Mentions::label_spans
    bool quote_mention = false, source_first = false, source_subordinate = false;
    std::uint8_t harm = 0, source_way = kWayNone, source_flags = 0;

    static constexpr std::uint32_t kNoLabelSpans = 0xFFFFFFFFu; // both spans empty
};
static_assert(sizeof(void*) != 8 || sizeof(StoredMention) == 128,
              "StoredMention grew past 128 bytes: the deque's 512-byte blocks hold three");

// MentionInfo's spans for the label, of the few mentions that have them.
struct LabelSpans {
    ByteSpan claim_span, subject;
};

// All mentions of the corpus. The builder fills `list` one article at a time and store()s it;
// extract_claims expand()s one claim's mentions at a time back into `list` for the consensus
// and the label. Deques: no doubling slack while building, and blocks freed as the mentions
// are handed over to the claims from the back (extract_claims).
struct Mentions {
    std::deque<MentionInfo> list;     // the mentions being built or compared
    std::deque<StoredMention> stored; // every mention of the corpus, in corpus order
    Interner names;                   // speakers and sources as written
    std::vector<ByteSpan> quote_spans;
    std::vector<LabelSpans> label_spans;

    // Moves `list` to the end of `stored`.
    void store() {
        for (MentionInfo& mi : list) {
            StoredMention s;
            DraftMention& c = mi.m;
            s.m.article = c.article;
            s.m.span = c.span;
            s.m.source_span = c.source_span;
            s.m.hedge = c.hedge;
            s.m.negation = c.negation;
            s.m.quantities = StoredQuantities(std::move(c.quantities));
            if (c.speaker) s.m.speaker = names.id(*c.speaker);
            if (c.source) s.m.source = names.id(*c.source);
            s.m.quotes_begin = static_cast<std::uint32_t>(quote_spans.size());
            s.m.quotes_size = static_cast<std::uint32_t>(c.quotes.size());
            quote_spans.insert(quote_spans.end(), c.quotes.begin(), c.quotes.end());
            s.m.hedged = c.hedged;
            s.m.negated = c.negated;
            s.words = mi.words, s.quote_words = mi.quote_words, s.source_words = mi.source_words;
            s.entity_keys = mi.entity_keys;
            s.speaker_key = mi.speaker_key, s.source_key = mi.source_key;
            s.quote_mention = mi.quote_mention, s.source_first = mi.source_first;
            s.source_subordinate = mi.source_subordinate;
            s.harm = mi.harm;
            s.source_way = mi.source_way, s.source_flags = mi.source_flags;
            if (!mi.claim_span.empty() || !mi.subject.empty()) {
                s.label_spans = static_cast<std::uint32_t>(label_spans.size());
                label_spans.push_back({mi.claim_span, mi.subject});
            }
            s.exact = mi.exact;
            stored.push_back(std::move(s));
        }
        list.clear();
    }
    // A stored mention's claim_span and subject (MentionInfo's).
    LabelSpans label_spans_of(const StoredMention& s) const {
        return s.label_spans == StoredMention::kNoLabelSpans ? LabelSpans{}
                                                             : label_spans[s.label_spans];
    }
    // Appends stored[i] to `list` as a MentionInfo (its quantities moved out of `stored`).
    void expand(std::size_t i) {
        StoredMention& s = stored[i];
        MentionInfo mi;
        DraftMention& c = mi.m;
        c.article = s.m.article;
        c.span = s.m.span;
        c.source_span = s.m.source_span;
        c.hedge = s.m.hedge;
        c.negation = s.m.negation;
        c.quantities = s.m.quantities.take();
        if (s.m.speaker >= 0) c.speaker = std::string(names.text(s.m.speaker));
        if (s.m.source >= 0) c.source = std::string(names.text(s.m.source));
        c.quotes.assign(quote_spans.begin() + s.m.quotes_begin,
                        quote_spans.begin() + s.m.quotes_begin + s.m.quotes_size);
        c.hedged = s.m.hedged;
        c.negated = s.m.negated;
        mi.words = s.words, mi.quote_words = s.quote_words, mi.source_words = s.source_words;
        mi.entity_keys = s.entity_keys;
        mi.speaker_key = s.speaker_key, mi.source_key = s.source_key;
        mi.quote_mention = s.quote_mention, mi.source_first = s.source_first;
        mi.source_subordinate = s.source_subordinate;
        mi.harm = s.harm;
        mi.source_way = s.source_way, mi.source_flags = s.source_flags;
        const LabelSpans l = label_spans_of(s);
        mi.claim_span = l.claim_span, mi.subject = l.subject, mi.exact = s.exact;
        list.push_back(std::move(mi));
    }
    // The IdRanges' pool, in fixed-size chunks (no doubling slack, no copy when it grows); a
    // range never straddles two chunks. IdRange::begin is chunk * kChunk + offset.
    static constexpr std::size_t kChunk = std::size_t(1) << 16;
    std::vector<std::unique_ptr<int[]>> chunks;
    std::size_t used = kChunk; // ids used in the last chunk

    Ids operator()(IdRange r) const {
        if (r.size == 0) return {};
        return {chunks[r.begin / kChunk].get() + r.begin % kChunk, r.size};
    }
    // Keeps the source words of every stored mention and frees the rest of the pool (words,
    // quote words, entities: their ranges are emptied). Grouping is their last reader: the
    // consensus reads only the source words (claim_differences.cpp), and the pool, a tenth of
    // the heap at 1,000 one-story articles, would otherwise stay until the last claim is built,
    // which is when the analysis's memory peaks. The kept ids go into chunks no larger than
    // they need.
    void keep_only_source_words() {
        std::size_t remaining = 0;
        for (const StoredMention& s : stored) remaining += s.source_words.size;
        std::vector<std::unique_ptr<int[]>> kept;
        std::size_t capacity = 0, filled = 0;
        for (StoredMention& s : stored) {
            const IdRange from = s.source_words;
            s.words = s.quote_words = s.entity_keys = s.source_words = IdRange{};
            if (from.size == 0) continue;
            if (filled + from.size > capacity) { // a range never straddles two chunks
                capacity = std::min(kChunk, remaining);
                kept.emplace_back(new int[capacity]);
                filled = 0;
            }
            const Ids ids = (*this)(from);
            std::copy(ids.begin(), ids.end(), kept.back().get() + filled);
            s.source_words = {static_cast<std::uint32_t>((kept.size() - 1) * kChunk + filled),
                              from.size};
            filled += from.size;
            remaining -= from.size;
        }
        chunks.swap(kept); // the old pool is freed with `kept`
        used = kChunk;     // the last chunk may be short: add() starts a new one
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

inline bool within(ByteSpan inner, ByteSpan outer) {
    return inner.begin >= outer.begin && inner.end <= outer.end;
}

// Size of the intersection of two sorted unique id runs.
inline std::size_t shared_count(Ids a, Ids b) {
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

inline std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Stage entry points
//-------------------------------------------------------------------------------------------------

// Every story clause of the corpus as a mention, in corpus order then text order
// (claim_mentions.cpp). Linear in the corpus bytes. The articles are built on `threads` worker
// threads (0: every core; parallel.h; always one on the web), the result the same whatever
// the count: 1 is the reference the threaded path is tested against.
Mentions find_mentions(const Analysis& analysis, unsigned threads = 0);

// What the grouping's candidate search cost at most for one mention (tests: it must stay
// bounded however many claims share a word, or the stage grows faster than the corpus).
struct GroupingCost {
    std::size_t max_postings_read = 0; // claim ids read from the index for one mention
    std::size_t max_claims_voted = 0;  // distinct claims those ids named
};

// The claims: each a list of mention indices, in order of creation (claim_grouping.cpp).
// Each mention is in exactly one claim; a claim has at most one mention per article.
std::vector<std::vector<std::uint32_t>> group_mentions(const Analysis& analysis,
                                                       const Mentions& mentions,
                                                       GroupingCost* cost = nullptr);

// The slow, obviously complete reference for group_mentions (tests): every mention is scored
// against every claim without an article of its own, not only the inverted index's candidates.
// Quadratic; the fast path must give the same claims.
std::vector<std::vector<std::uint32_t>> group_mentions_all_pairs(const Analysis& analysis,
                                                                 const Mentions& mentions);

// Each article's date as a rank (date_ranks): equal dates equal ranks, an earlier date a lower
// one, no date after every date. Built once for the stage, so that the consensus orders its
// members by two integers, not by the articles' date strings (claim_differences.cpp).
std::vector<std::uint32_t> date_ranks(const Analysis& analysis);

// Fills claim.reference, claim.differences and claim.notes from the claim's mentions, given as
// indices into `mentions` in the order of claim.mentions (claim_differences.cpp); `ranks` is
// date_ranks(analysis).
void compare_to_consensus(const Analysis& analysis, const Mentions& mentions,
                          const std::vector<std::size_t>& members,
                          const std::vector<std::uint32_t>& ranks, Claim& claim);

// Whether two figures agree is quantities_agree() (quantities.h): the same dimension, intervals
// overlapping once each is widened by its Quantity::rounding (zero for an exact count: 19 and 20
// killed differ).

// How many tokens of a sentence's opening `tk` its wire dateline takes ("VIENNA (MN) — ",
// "HARMSBY, Dec 3 (CWS) - "), 0 when none (claim_labels.cpp): where the story was filed and
// when, not what it says.
std::size_t dateline_tokens(const std::vector<SurfaceToken>& tk);

// The label of a claim whose mentions are mentions[first, last) (claim_labels.cpp).
std::string claim_label(const Analysis& analysis, const Mentions& mentions, std::size_t first,
                        std::size_t last, ClaimType type);

} // namespace wiretrace::claims_internal
