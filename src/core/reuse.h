// reuse.h — the shared-text engine: which text each article shares with which, how (verbatim,
// edited, paraphrase), grouped into passages, with a provenance label for every sentence, each
// article's nearest sources with their alignments, and the sources tree (sources.h).
//
// How it works (issue 9: passages, not pairs; the work grows with the text, not its pairs)
//   1. Every article is tokenised once (text.h) into 4-byte word ids (Snowball stems), split
//      into units: its sentences, a sentence over 120 words cut into pieces. Boilerplate
//      sentences (boilerplate.h) take no part.
//   2. Exact fingerprints: units with the same word sequence form one text group (a 64-bit hash,
//      checked word by word). A wire sentence carried by 1,000 outlets is one group with 1,000
//      occurrences, so everything below costs per distinct unit, not per copy.
//   3. Near duplicates and paraphrases: every group looks for its best counterparts among the
//      groups sharing content words with it (an inverted index of content words over groups).
//      Each word's list keeps only its `max_word_groups` most widely carried groups, best
//      first: that is the common-phrase cap, and it keeps the wire's own sentence, carried by
//      the most outlets, at the head of every list its words are in. The few groups sharing the
//      most content words (Dice) are compared exactly: `edited` when a word-level LCS covers
//      most of both (≥ `edited_min_lcs`, or most of the shorter one), `paraphrase` when they
//      share enough content words in any order (Dice ≥ `paraphrase_min_dice`, at least
//      `paraphrase_min_shared`). A group that found only paraphrases is then compared with the
//      other groups paraphrasing the same text (the first 256): two outlets' rewrites of one
//      wire sentence are often light edits of each other.
//   4. Groups linked by `edited` form one component (union-find); a component carried by two or
//      more articles is shared text: consecutive components carried together become one
//      Passage. Every sentence's label and source come from its group: verbatim when another
//      article carries the same group, else edited or paraphrase through its links.
//   5. Nearest sources: for each article, the articles carrying its components (the earliest
//      carriers of each, bounded) are scored by the share of its story they carry; the best
//      `max_nearest_sources` are its nearest sources. Only those pairs get Alignments (runs of
//      consecutive matched units; edited ones with a word diff). The sources tree
//      (Analysis::sources) is chosen from the same candidates (sources.h).
//
// Cost: O(tokens) to tokenise and fingerprint; O(groups × content words × max_word_groups) to
// find candidates and O(groups × 6) LCS of at most 120 × 120 words; O(articles × units ×
// max_nearest_sources) for the nearest sources and their alignments, each unit compared with at
// most 8 units of the other article per component its text reaches (the ones nearest its own
// position): text over a tiny vocabulary that puts every sentence in one component costs
// linear, not quadratic, time (issue 11: two 1 MB articles), and news text never has more than
// 2 such units, so the bound changes no result there. Memory O(tokens). Native
// builds use every core (std::thread; `threads`), the web build one: the result is
// byte-identical whatever the thread count, and the same on every platform.
//
//   Analysis a; a.corpus = load_corpus({"corpus"}); a.articles.resize(a.corpus.articles.size());
//   for (i…) { a.articles[i].sentences = split_sentences(text); a.articles[i].boilerplate = … }
//   find_shared_text(a);   // fills alignments, passages, provenance, sources, label shares
//   auto pair = align_pair(a, 3, 17);   // any other pair, on demand (the Compare view)
#pragma once

#include "analysis.h"

#include <cstddef>
#include <vector>

namespace wiretrace {

struct ReuseOptions {
    // The common-phrase cap: a content word's candidate list keeps its this many most widely
    // carried text groups (a word in more groups than that is a stock word; its rarer
    // neighbours still find the match).
    std::size_t max_word_groups = 64;
    // Alignments are stored for each article's this many nearest sources (0: none).
    std::size_t max_nearest_sources = 8;
    // Units are cut into pieces of at most this many words (bounds the LCS cost; capped at
    // 30,000, scores are kept as fractions of 16-bit counts).
    std::size_t max_unit_words = 120;
    // A unit with fewer words or content words never matches (too short to tell copy from
    // coincidence: "He declined to comment.").
    std::size_t min_unit_words = 5;
    std::size_t min_unit_content = 3;
    double edited_min_lcs = 0.6;          // 2·LCS / (|a| + |b|), words
    double edited_min_containment = 0.85; // LCS / min(|a|, |b|), with an LCS of ≥ 8 words
    double paraphrase_min_dice = 0.4;     // 2·shared / (|a| + |b|), distinct content words
    std::size_t paraphrase_min_shared = 4;
    // Worker threads for the native build: 0 uses every core. Ignored on the web (no threads).
    unsigned threads = 0;
    // The slow, obviously correct reference (and `wiretrace analyze --all-pairs`): compare every
    // unit with every unit of every other article, and store the alignments of every pair.
    // Quadratic: for small corpora and for checking the fast path.
    bool all_pairs_reference = false;
};

// Fills analysis.alignments, passages, provenance, sources and each ArticleAnalysis's
// label_share and word_count. Needs analysis.articles[i].sentences and .boilerplate filled.
void find_shared_text(Analysis& analysis, const ReuseOptions& options = {});

// The alignments (with word diffs) of one pair of articles, computed from their texts: what
// find_shared_text with all_pairs_reference stores for that pair, in the same order (a < b in
// the result whatever the argument order). Needs the two articles' sentences and boilerplate.
// Bounded work: units of at most max_unit_words words, at most 4 exact comparisons per unit and
// side; two news articles take about a millisecond, two 1 MB articles about a second.
std::vector<Alignment> align_pair(const Analysis& analysis, int a, int b,
                                  const ReuseOptions& options = {});

} // namespace wiretrace
