// analysis.h — the result of analysing a corpus: plain structs, read by the CLI (JSON) and the
// app (views). Every stage that fills it is a function of its inputs; nothing here owns logic.
//
// Conventions
//   * Articles are referred to by their index in `Analysis::corpus.articles`.
//   * A ByteSpan is a half-open range [begin, end) of UTF-8 byte offsets into that article's
//     `text`; spans always start and end on code-point boundaries.
//   * Shares are fractions in [0, 1] of an article's story bytes (text minus boilerplate).
//
// The JSON form of this struct is documented in docs/analysis-format.md (analysis_json.h).
#pragma once

#include "corpus.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

struct ByteSpan {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint32_t size() const { return end - begin; }
    bool empty() const { return end <= begin; }
    bool operator==(const ByteSpan& o) const { return begin == o.begin && end == o.end; }
    bool operator!=(const ByteSpan& o) const { return !(*this == o); }
};

// --- Shared text --------------------------------------------------------------------------

enum class ReuseKind { Verbatim, Edited, Paraphrase };

// One change in a word-level diff between the two sides of an alignment. Spans point into the
// respective article; an insertion has an empty `a`, a deletion an empty `b`.
struct WordEdit {
    enum class Op { Equal, Insert, Delete, Replace } op = Op::Equal;
    ByteSpan a;
    ByteSpan b;
};

// A passage of article `a` that reappears in article `b` (the pair is unordered: a < b).
// Analysis::alignments holds, for every article, the alignments with its nearest sources only
// (at most ReuseOptions::max_nearest_sources articles sharing the most of its text, reuse.h), so
// the output grows with the corpus, not with its pairs; `wiretrace analyze --all-pairs` stores
// every pair instead (small corpora), and align_pair() (reuse.h) computes any other pair on
// demand. Every stored alignment is a real one: the two spans were compared word by word.
struct Alignment {
    int a = -1;
    int b = -1;
    ByteSpan a_span;
    ByteSpan b_span;
    ReuseKind kind = ReuseKind::Verbatim;
    double score = 0;           // 0..1 similarity of the two spans
    std::vector<WordEdit> diff; // word-level diff (empty for verbatim)
};

struct PassageMember {
    int article = -1;
    ByteSpan span;
};

// Text carried by several articles, grouped so a view can colour it once.
struct Passage {
    int id = 0;
    std::vector<PassageMember> members; // at least two distinct articles
};

enum class ProvenanceLabel { Verbatim, Edited, Paraphrase, Original, Boilerplate };

struct SourceRef {
    int article = -1;
    ByteSpan span;
};

// Where one sentence of an article came from.
struct SentenceProvenance {
    int article = -1;
    ByteSpan sentence;
    ProvenanceLabel label = ProvenanceLabel::Original;
    std::optional<SourceRef> source; // best matching span elsewhere, none for original/boilerplate
};

// How an article's most likely source was decided (the rules: reuse.h, "Sources").
enum class SourceBasis {
    Earlier, // an article published earlier (date, or date-time on the same day) carries the
             // most of the text it shares
    Credit,  // no earlier article decides; its text credits a wire ("(AP)", "The Associated
             // Press contributed to this report", "Copyright 2024 The Associated Press"): it is
             // a copy of that wire's report, a sibling of every other copy, not their source
    Unknown, // it shares text with other articles, but neither dates nor a credit say who
             // came first: drawn as unknown, never guessed
    None,    // no source in this corpus: it shares no text with an article published before it
             // (the first publication, such as the wire report itself) or shares no text at all
};

// One article's place in the sources tree (a forest: an article points to its most likely
// source; roots have none). Parallel to Analysis::corpus.articles.
struct ArticleSource {
    int source = -1;       // the source article, -1 when there is none in the corpus (basis
                           // None or Unknown, or a credited wire whose own report is not in it)
    std::string wire;      // the wire the text credits ("The Associated Press", "Reuters",
                           // "AFP"), "" when none; set whatever the basis
    ByteSpan credit;       // where that credit is written in the text (empty when none)
    SourceBasis basis = SourceBasis::None;
    double share = 0;      // of this article's story bytes also found in `source` (0 without)
};

// Per-article results of segmentation and provenance.
struct ArticleAnalysis {
    std::vector<ByteSpan> boilerplate; // page furniture, kept in the text, excluded from shares
    std::vector<ByteSpan> sentences;   // every sentence of the text, in order
    // Shares of the article's bytes by provenance label, indexed by ProvenanceLabel; sum to 1
    // (boilerplate share is of all bytes, the others are of all bytes too).
    double label_share[5] = {0, 0, 0, 0, 0};
    std::size_t word_count = 0;
};

// --- Claims -------------------------------------------------------------------------------

struct Quantity {
    std::string text; // as written: "5 kilometers (3 miles)", "dozens"
    double value = 0; // point value in `unit` (midpoint for an interval)
    double low = 0;   // interval in `unit`; low == high == value for a point
    double high = 0;
    std::string unit;    // normalised unit: "km", "people", "year", "day", "" for a bare count
                         // (all units: quantities.h)
    ByteSpan span;       // where `text` is in the article
    double rounding = 0; // half the step of the last written digit, in `unit` ("3 miles": 0.8 km)
};

// The fields are ordered by alignment, not by topic: the spans and flags pack together
// without padding (96 bytes on 64-bit builds; one story carried by 1,000 outlets holds 21,000
// of these at the peak of its analysis).
struct ClaimMention {
    int article = -1;
    // Who is quoted (resolved to a full name when possible) and the attribution the outlet
    // credits: indices into Analysis::claim_names (claim_name()), -1 when none. Ids, not
    // strings: 8 mentions in 10 have neither, and the rest name the same few people and bodies
    // across the corpus (two optional strings were 64 bytes of every mention).
    int speaker = -1;
    int source = -1;
    ByteSpan span; // the mention's words: text_of(analysis, mention) (the JSON "text"); one
                   // proposition (clause), or a whole quotation with its attribution
    // Where the pieces below are in the article, for highlighting (not in the JSON contract).
    ByteSpan source_span; // the attribution as written (empty when none)
    ByteSpan hedge;       // the hedging words as written ("reportedly"), empty when none
    ByteSpan negation;    // the negating words as written, empty when none
    bool hedged = false;
    bool negated = false; // polarity: the outlet states the opposite ("did not confirm",
                          // "denied", "no ... were killed"), scoped to the clause
    std::vector<Quantity> quantities;
    std::vector<ByteSpan> quotes; // quoted words, without the marks (for highlighting)
};

enum class ClaimType { Quote, Quantity, Statement };
// JSON names: quantity, quote_wording, speaker, attribution, hedge, negation
enum class DifferenceKind { Quantity, QuoteWording, Speaker, Attribution, Hedge, Negation };
constexpr int kDifferenceKinds = 6;

// One outlet departing from the claim's consensus (reference) version. Differences are never
// pairwise between all outlets: only the outlets that changed something are marked.
struct ClaimDifference {
    DifferenceKind kind = DifferenceKind::Quantity;
    int mention = -1;   // the departing mention (index into Claim::mentions)
    int reference = -1; // the consensus mention it departs from (index into Claim::mentions)
    std::string detail; // plain words, e.g. "rewrites the quote: “The battle for Homs …”"
};

// Worth showing, not a difference: e.g. a partial quote whose words are unchanged.
struct ClaimNote {
    int mention = -1;
    std::string detail;
};

struct Claim {
    int id = 0;
    std::string label;
    ClaimType type = ClaimType::Statement;
    std::vector<ClaimMention> mentions; // corpus order; a mention is one proposition (clause)
    int reference = 0;                  // index of the consensus mention (most outlets' version;
                                        // ties: earliest date, then corpus order)
    std::vector<ClaimDifference> differences; // sorted by mention, then kind
    std::vector<ClaimNote> notes;
};

// --- The whole ----------------------------------------------------------------------------

struct Analysis {
    Corpus corpus;
    std::vector<ArticleAnalysis> articles; // parallel to corpus.articles
    std::vector<Alignment> alignments;
    std::vector<Passage> passages;
    std::vector<SentenceProvenance> provenance;
    std::vector<ArticleSource> sources; // parallel to corpus.articles (empty before reuse runs)
    std::vector<Claim> claims;
    // The speakers and sources of the claims' mentions, each name once (ClaimMention::speaker
    // and ::source index it).
    std::vector<std::string> claim_names;
};

// The words of a mention (or any span of article `article`) as written: a slice of the article
// text, so mentions need not keep a copy.
inline std::string_view text_of(const Analysis& a, int article, ByteSpan span) {
    return std::string_view(a.corpus.articles[static_cast<std::size_t>(article)].text)
        .substr(span.begin, span.size());
}
inline std::string_view text_of(const Analysis& a, const ClaimMention& m) {
    return text_of(a, m.article, m.span);
}

// The name a ClaimMention's speaker or source id stands for; "" for -1 (none).
inline std::string_view claim_name(const Analysis& a, int id) {
    return id < 0 ? std::string_view() : std::string_view(a.claim_names[static_cast<std::size_t>(id)]);
}

const char* to_string(ReuseKind k);
const char* to_string(ProvenanceLabel l);
const char* to_string(SourceBasis b);
const char* to_string(ClaimType t);
const char* to_string(DifferenceKind k);

} // namespace wiretrace
