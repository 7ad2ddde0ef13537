// claim_compare.h — what the comparisons of step 3 of the claims engine (claim_differences.cpp)
// hand the stage: one file per kind of comparison, each a step of its own.
//
//   claim_compare_quantity.cpp  figures: exact counts exactly, round figures within their rounding
//   claim_compare_quotes.cpp    quotations: house spelling, partial quotes, word diff
//   claim_compare_sources.cpp   sources and speakers: same source by meaning, and whether each
//                               side's credit was read with confidence
//   claim_compare_cues.cpp      hedges and negations: the same caution, the same polarity
//   claim_differences.cpp       the stage: versions, the consensus, differences and notes
#pragma once

#include "claims_internal.h"

#include "claim_antonyms.h"
#include "surface.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wiretrace::claims_internal {

// “words” between curly quotation marks, for a difference's detail (claim_differences.cpp).
std::string quoted(std::string_view s);

//-------------------------------------------------------------------------------------------------
// [SECTION] Quotations (claim_compare_quotes.cpp)
//-------------------------------------------------------------------------------------------------

// The words of a mention's quotations, folded for comparing and as written (spans), in order,
// with where each quotation (fragment) starts. Re-read from the text per claim.
struct QuoteWords {
    std::vector<std::string> folded;
    std::vector<ByteSpan> raw;
    std::vector<std::size_t> fragment; // fragment index of each word
    std::size_t fragments = 0;
};

// LCS alignment of two word sequences (capped so a 2,000-word quotation stays cheap: the common
// prefix and suffix are taken off first, the middle is cut at 300 words a side).
// ops: 0 equal (both advance), 1 only in a, 2 only in b.
struct WordOp {
    int kind;
    std::size_t i; // index in a (kind 0, 1)
    std::size_t j; // index in b (kind 0, 2)
};

enum class QuoteMatch { Same, PartOf, MoreOf, Changed };

QuoteWords quote_words(std::string_view text, const DraftMention& m);
QuoteMatch compare_quotes(const QuoteWords& x, const QuoteWords& r, std::vector<WordOp>* ops_out);
std::string word_diff(std::string_view x_text, const QuoteWords& x, std::string_view r_text,
                      const QuoteWords& r, const std::vector<WordOp>& ops);
std::string quote_opening(std::string_view text, const QuoteWords& q, std::size_t max_words = 8);

//-------------------------------------------------------------------------------------------------
// [SECTION] Quantities (claim_compare_quantity.cpp)
//-------------------------------------------------------------------------------------------------

// One side of a quantity comparison: the mention, its article's text and date.
struct FigureSide {
    const DraftMention& m;
    std::string_view text;
    const std::string& date;
};

std::vector<std::string> quantity_conflicts(const FigureSide& x, const FigureSide& reference);
bool quantities_match(const FigureSide& x, const FigureSide& y);

//-------------------------------------------------------------------------------------------------
// [SECTION] The members of a claim, as the comparisons read them
//-------------------------------------------------------------------------------------------------

// What one kind needs: which mentions take part, and when two agree.
enum Kind { kQuantity, kQuote, kSpeaker, kAttribution, kHedge, kNegation, kKinds };

struct Member {
    const MentionInfo* info = nullptr;
    const std::string* text = nullptr; // the article text
    QuoteWords quote;
    int article = -1;
    std::uint32_t date_rank = 0; // the date's place among the corpus's (compare_to_consensus)
    const std::string* date = nullptr;
    Ids source_words; // stems of the source phrase as written, the role it was named with too
    // Words with antonyms ("keeps", "fell", "open"), read once per wording: `polarity` is the
    // first member of the claim with the same words (MentionInfo::exact), which holds them; a
    // wire copied by a thousand outlets is scanned once.
    const Member* polarity = nullptr;
    std::vector<PolarityWord> polarity_words;
    // Stems of the mention's content words, sorted; read only when a pair of antonyms is found.
    mutable std::optional<std::vector<std::string>> stems;
    // The same as one word per meaning (synonym_of), and the first words the mention's
    // negation governs; read only when two members differ in polarity.
    mutable std::optional<std::vector<std::string>> meanings, negated;
    // Its own content words by meaning, outside the attribution (statement_words); read only
    // when a credit is added or dropped.
    mutable std::optional<std::vector<std::string>> statement;
    // Whether the speaker's own words, inside the quotation marks, carry a hedge
    // ("“… possibly weeks”"); read only when two members differ in hedge.
    mutable std::optional<bool> hedge_in_quote;
    // The clause's words outside quotations and attribution (own_words); read only when two
    // members differ in hedge or polarity.
    mutable std::optional<std::vector<SurfaceToken>> own;
    // conditional_modal's answer (read for nearly every member; its own words are not kept).
    mutable std::optional<std::optional<ByteSpan>> conditional;
};

//-------------------------------------------------------------------------------------------------
// [SECTION] Sources and speakers (claim_compare_sources.cpp)
//-------------------------------------------------------------------------------------------------

const std::optional<std::string>& voice(const DraftMention& m);

// How two outlets' attributions (or speakers) compare: the same, another, or unsure (one
// side not read with confidence; the Claims view shows a note).
enum class AttributionMatch { Same, Differs, Unsure };
struct AttributionComparison {
    AttributionMatch match = AttributionMatch::Same;
    const char* why = nullptr; // for Unsure: what was not read, of `unsure_side`
    const Member* unsure_side = nullptr;
};

AttributionComparison compare_attribution(const Member& x, const Member& y);
AttributionComparison compare_speaker(const Member& x, const Member& y);
// Whether m credits a document without its author ("the report said", "the closure notice
// says"): whose it is the outlet does not say.
bool credits_authorless_document(const Member& m);

//-------------------------------------------------------------------------------------------------
// [SECTION] Hedges and negations (claim_compare_cues.cpp)
//-------------------------------------------------------------------------------------------------

bool expectation(const Member& m);
bool cautious(const Member& m);
// The hedge cue inside m's quotation marks ("“likely to lose further supplier jobs”"), where the
// outlet's own hedge is not read; none when m quotes no hedge.
std::optional<ByteSpan> quoted_hedge(const Member& m);
// "if the yard fills, vessels could be diverted": a possible consequence in a condition, which
// find_hedge leaves plain (it is as firm as "faces … if convicted"); where the modal is, when
// the clause holds one in a condition.
std::optional<ByteSpan> conditional_modal(const Member& m);
std::optional<std::pair<std::size_t, std::size_t>> opposite_words(const Member& x,
                                                                  const Member& y);
bool hedge_after_the_negated(const Member& hedged, const Member& negated);
// The mention's hedge is a decision not yet taken ("is considering an appeal", "is weighing a
// sale", "had not yet decided whether to sell"), and the negated mention denies the very act
// under deliberation ("will not appeal", "ruled out a sale"): a decision reported where the
// others report none, not a hedge leaving room for the negation. Likewise a possibility in a
// modal ("some could strand again") against the denial of the very act ("none would strand
// again"): two forecasts that cannot both hold.
bool deliberation_decided(const Member& hedged, const Member& negated);

// How two outlets' hedges or polarities compare (compare_hedge, compare_polarity).
struct CueComparison {
    bool differs = false;           // a difference read with confidence
    std::string why;                // set when it seems to differ but is not flagged
    const Member* unsure_side = nullptr;
};

CueComparison compare_hedge(const Member& x, const Member& y);
CueComparison compare_polarity(const Member& x, const Member& y);
// The word of the predicate a negation denies (or of its denier) that the affirmative clause does
// not state; empty when it states it. The negation added is then noted, not flagged.
std::string predicate_unstated(const Member& affirmative, const Member& negated);

} // namespace wiretrace::claims_internal
