// claim_mention_builder.h — the mention builder shared by claim_mentions.cpp (units, clauses,
// the mention of each) and claim_attribution.cpp (the source each clause credits). Private to
// the mention step.
#pragma once

#include "claim_hedge_negation.h"
#include "claim_knowledge.h"
#include "claims_internal.h"
#include "quantities.h"
#include "quotes.h"
#include "surface.h"
#include "text.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wiretrace::claims_internal {

// The stem of a folded word (normalize_word), from a small cache of the calling thread's: the
// stemmer was a tenth of the claims stage, asked again for the same few thousand words. The
// cache is one block of kStemCacheSlots slots per thread (a word takes the slot of its hash,
// replacing the one there), and find_mentions frees the calling thread's before it returns, so
// it adds nothing to the stage's peak at its end (an earlier corpus-wide cache cost ~1 MB per
// 1,000 articles there). The view is valid until the thread's next call.
std::string_view cached_stem(std::string_view folded_word);
void forget_cached_stems();
constexpr std::size_t kStemCacheSlots = 8192; // a power of two; 48 bytes each


// Stem ids of folded words.
struct Vocabulary {
    Interner stems;
    int stem_id(std::string_view folded_word) { return stems.id(cached_stem(folded_word)); }
};

// The id runs (IdRange) one article's builder asked for, in order, in the ids of that article's
// own tables: a builder on a worker thread cannot hand out the corpus's ids, which go to
// strings in the order a single builder first meets them. find_mentions renumbers each
// article's tables and replays its runs into the corpus's pool in article order, which gives
// every string, run and range the id a single builder gives it (claim_mentions.cpp).
struct IdLog {
    struct Run {
        std::uint32_t begin = 0, size = 0; // in `ids`
        bool keys = false;                 // ids of the key table (else of the stems)
    };
    std::vector<int> ids; // every run's sorted unique ids, one after the other
    std::vector<Run> runs;
};

class MentionBuilder {
public:
    // `keys`: lower-case speaker, source and entity names. With `log`, the ids are the
    // article's own (v, keys and out are the article's tables, IdRange::begin an index into
    // log->runs); without, they are the corpus's and `out` its pool.
    MentionBuilder(const Analysis& a, const CorpusKnowledge& k, Vocabulary& v, Interner& keys,
                   Mentions& out, IdLog* log = nullptr)
        : a_(a), k_(k), v_(v), keys_(keys), pool_(out), log_(log) {}

    void article(int index);

private:
    const Analysis& a_;
    const CorpusKnowledge& k_;
    Vocabulary& v_;
    Interner& keys_;
    Mentions& pool_;
    IdLog* log_;
    std::vector<int> scratch_; // ids of the mention being built, before Mentions::add
    // Per article.
    std::string last_person_;  // full name of the last person named, for pronouns
    std::string last_subject_; // the last sentence subject that can speak ("army"), for "it"
    std::string last_org_;     // the last organisation named, for "the company"
    // The organisations named so far in the article, in order, with organisation_rank().
    std::vector<std::pair<std::string, int>> named_orgs_;
    std::vector<std::string> article_people_;
    // How many people (by surname) the sentence before named, for how sure a "he said" is; and
    // where in article_people_ the current sentence's start.
    std::size_t people_mark_ = 0, people_before_ = 0;
    // The roles people were named with in the article, lower case, latest last: ("prime
    // minister", "Ana Lindqvist"), ("transport minister", "Elias Brandt"), ("mayor", "Anna Berg").
    std::vector<std::pair<std::string, std::string>> article_roles_;
    // The bodies the article's descriptions were resolved to, by the description's head in
    // house spelling, latest last: ("agency", "National Cyber Security Centre") after
    // "Tarvenia's cyber security agency", for the "The agency said" that follows.
    std::vector<std::pair<std::string, std::string>> article_kinds_;
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
        std::uint8_t speaker_flags = 0; // kSpeakerPronoun, kSpeakerContinued
        MentionInfo source; // source, source_span, source_key, source_words, source_first
        ByteSpan cue_span;  // the attribution words, left out of matching
        std::uint32_t source_reach = 0; // where the clauses the source governs end
        // The reach ends at ", but"/", and" after an attribution set off by commas ("A, the
        // agency said, but B"): the credit is the first clause's, the sentence's main one.
        bool reach_at_coordinator = false;
        std::optional<HedgeCue> hedge;  // the unit's hedge
    };

    // The run of the sorted unique ids of `v` (which it clears): into the pool, or the log.
    IdRange add_ids(std::vector<int>& v, bool keys);

    // Mentions (claim_mentions.cpp): units, quotes and speaker, the mention of a clause.
    static bool continues_quotation(std::string_view text, ByteSpan prev, ByteSpan u,
                                    const std::vector<Quotation>& quotations);
    static bool disclaimer_only(const std::vector<SurfaceToken>& tk,
                                const std::vector<bool>& quoted, const HedgeCue& h);
    void find_unit_speaker(std::string_view text, ByteSpan u, const std::vector<Quotation>& qs,
                           const std::vector<SurfaceToken>& tk, const std::vector<bool>& quoted,
                           Unit& unit);
    bool person_like(const std::string& name) const;
    static bool names_own_speaker(const std::vector<SurfaceToken>& tk,
                                  const std::vector<bool>& quoted);
    void build(std::string_view text, ByteSpan span, ByteSpan subject, const Unit& unit,
               const std::optional<CalendarDate>& date, int index, std::deque<MentionInfo>& out,
               std::vector<SurfaceToken>* unit_tk, std::vector<bool>* unit_quoted);

    // Attribution (claim_attribution.cpp): the source a clause credits, named bodies and
    // people, pronouns and descriptions resolved against the article and the corpus.
    static void copy_source(const MentionInfo& from, MentionInfo& to);
    std::string resolve(const std::string& name, const std::vector<std::string>& article_people);
    void find_source(std::string_view text, const std::vector<SurfaceToken>& tk,
                     const std::vector<bool>& quoted, ByteSpan speaker_span, MentionInfo& mi,
                     ByteSpan* cue_span);
    void remember_role(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r,
                       const std::string& name);
    std::string resolve_role(std::string source) const;
    std::string resolve_description(std::string source, std::string_view text = {},
                                    const std::vector<SurfaceToken>& tk = {},
                                    std::size_t before = 0);
    std::string resolve_generic(std::string name, std::string_view text = {},
                                const std::vector<SurfaceToken>& tk = {},
                                std::size_t before = 0) const;
    static bool names_institution(const std::string& name);
    bool speaks_as_organisation(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r,
                                const std::string& name) const;
    int organisation_rank(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r,
                          const std::string& name) const;
    bool appositive_names(std::string_view text, const std::vector<SurfaceToken>& tk,
                          std::size_t first, std::size_t last) const;
    static bool people_noun(const std::string& w);
    static bool describes_role(const std::vector<SurfaceToken>& tk,
                               const std::vector<bool>& quoted, std::size_t first,
                               std::size_t last);
    static bool described_then_named(const std::vector<SurfaceToken>& tk,
                                     const std::vector<bool>& quoted, std::size_t first,
                                     std::size_t last);
    static bool said_when(const std::string& w);
    static bool reporting_complement(const std::vector<SurfaceToken>& tk,
                                     const std::vector<bool>& quoted, std::size_t v);
    std::string pronoun_referent(std::string_view text, const std::vector<SurfaceToken>& tk,
                                 const std::vector<bool>& quoted, std::size_t at,
                                 const std::string& pronoun);
    void remember_subject(std::string_view text, const std::vector<SurfaceToken>& tk,
                          const std::vector<bool>& quoted);
    void add_role_words(const std::vector<SurfaceToken>& tk, std::size_t db, std::size_t de,
                        std::size_t nb, std::size_t ne, MentionInfo& mi);
    void set_source_name(const std::string& canonical, ByteSpan span, MentionInfo& mi);
    void set_source(std::string_view text, const std::vector<SurfaceToken>& tk, std::size_t b,
                    std::size_t e, MentionInfo& mi);
};

} // namespace wiretrace::claims_internal
