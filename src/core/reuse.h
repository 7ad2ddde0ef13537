// reuse.h — the shared-text engine: which text each article shares with which, how (verbatim,
// edited, paraphrase), grouped into passages, with a provenance label for every sentence and a
// derivation graph between articles.
//
// How it works (issue 3)
//   1. Every article is tokenised once (text.h) into 4-byte word ids (Snowball stems), split
//      into units: its sentences, a sentence over 120 words cut into pieces. Boilerplate
//      sentences (boilerplate.h) take no part.
//   2. Candidate article pairs come from an inverted index of hashed content-word bigrams
//      (stopwords skipped, 64-bit hashes); a bigram found in more than `max_ngram_articles`
//      articles is too common to say anything and is dropped. No all-pairs alignment.
//   3. For a candidate pair, every unit of each side looks for its best counterpart on the
//      other side among the units sharing content words with it, in any order: a paragraph
//      moved from the end to the start is found like any other.
//   4. A unit pair is `verbatim` when the word sequences are equal after normalisation,
//      `edited` when a word-level LCS covers most of both (≥ `edited_min_lcs`, or most of the
//      shorter one), and `paraphrase` when they share enough content words (Dice coefficient
//      ≥ `paraphrase_min_dice`, at least `paraphrase_min_shared` of them) in any order.
//   5. Runs of consecutive unit pairs of one kind merge into one Alignment; edited alignments
//      carry a word-level diff. Verbatim and edited units linked across articles group into
//      Passages; every sentence gets its best source; article pairs get derivation edges.
//
// Cost: O(tokens) to index, O(candidate pairs × units × candidates per unit) to align, with an
// LCS of at most 120 × 120 words per compared unit pair. Memory: ~4 bytes per token plus
// ~16 bytes per content bigram during candidate generation. Single-threaded and deterministic:
// the same corpus gives the same result on every platform.
//
//   Analysis a; a.corpus = load_corpus({"corpus"}); a.articles.resize(a.corpus.articles.size());
//   for (i…) { a.articles[i].sentences = split_sentences(text); a.articles[i].boilerplate = … }
//   find_shared_text(a);   // fills alignments, passages, provenance, derivation, label shares
#pragma once

#include "analysis.h"

#include <cstddef>

namespace wiretrace {

struct ReuseOptions {
    // A content bigram found in more articles than this is dropped from the candidate index
    // (a stock phrase, not evidence of copying). High enough for hundreds of outlets carrying
    // one wire story.
    std::size_t max_ngram_articles = 400;
    // Units are cut into pieces of at most this many words (bounds the LCS cost).
    std::size_t max_unit_words = 120;
    // A unit with fewer words or content words never matches (too short to tell copy from
    // coincidence: "He declined to comment.").
    std::size_t min_unit_words = 5;
    std::size_t min_unit_content = 3;
    double edited_min_lcs = 0.6;          // 2·LCS / (|a| + |b|), words
    double edited_min_containment = 0.85; // LCS / min(|a|, |b|), with an LCS of ≥ 8 words
    double paraphrase_min_dice = 0.4;     // 2·shared / (|a| + |b|), distinct content words
    std::size_t paraphrase_min_shared = 4;
    // Test only: compare every unit with every unit of every other article instead of using
    // the index. The slow, obviously correct reference the fast path is checked against.
    bool all_pairs_reference = false;
};

// Fills analysis.alignments, passages, provenance, derivation and each ArticleAnalysis's
// label_share and word_count. Needs analysis.articles[i].sentences and .boilerplate filled.
void find_shared_text(Analysis& analysis, const ReuseOptions& options = {});

} // namespace wiretrace
