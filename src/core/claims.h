// claims.h — the claims engine: who says what in each article, the same claim matched across
// outlets, and every difference between two outlets' versions flagged.
//
//   Analysis a = analyze(load_corpus({"corpus"}));   // analyze() calls extract_claims() last
//   for (const Claim& c : a.claims)
//       for (const ClaimDifference& d : c.differences)   // e.g. quantity: "5 km" vs "10 km"
//           …
//
// Pipeline (all rule-based and deterministic, so a reader can see why two mentions matched):
//
//   1. Mentions. Every story sentence (boilerplate skipped) is a mention; a quotation running
//      over several sentences makes them one mention, and a verification disclaimer ("The Epoch
//      Times is not able to verify the accuracy of those videos.") joins the sentence it
//      hedges. Each mention gets
//        quotes + speaker   quotes.h; a surname or pronoun resolves to the nearest full name
//                           in the article before it, else to the corpus's full name with that
//                           surname; an unattributed quote continues the previous speaker's;
//        source             "according to X", "X said/reported/quoted/cited …" where X is an
//                           organisation, a named person or a source noun ("activists",
//                           "defense minister"); descriptors ("Britain-based", "Pro-government",
//                           "State-run") are dropped: "Syrian Observatory for Human Rights";
//        hedge              reportedly, allegedly, apparently, appeared to, seemingly,
//                           purportedly, could not be verified, is not able to verify, …;
//        quantities         quantities.h, weekdays resolved against the article date;
//        entities           capitalised runs, a sentence-initial word only if the corpus
//                           capitalises it elsewhere mid-sentence ("agreement across the corpus").
//   2. Claims. Mentions are taken in corpus order; each joins the best matching claim that has
//      no mention from its article yet, or starts a new one. Two mentions match when
//        * a shared-text alignment links them (Analysis::alignments) and they share words, or
//        * both quote the same speaker with overlapping quoted words, or quote the same words, or
//        * they share words (IDF-weighted Dice ≥ 0.5), or fewer words plus an agreeing quantity
//          or two shared entities.
//      Attribution, speech-verb and hedge words are left out of the word overlap: the claim is
//      what is said, not who said it. Candidates come from an inverted index over claims
//      (words, speaker), never from all pairs of mentions.
//   3. Differences, pairwise between two articles' mentions of one claim, at most one per kind
//      and pair: quantity (values that disagree after unit conversion, beyond rounding),
//      quote_wording (altered / truncated / extended, with a word diff), attribution (dropped /
//      added / changed), hedge. Claims with more than kAllPairsLimit mentions compare one
//      representative per distinct value instead of all pairs, so output stays linear.
//   4. Labels: “first words of the quote…” — Speaker, or the claim's clause in its words as
//      written, without attribution or comma-delimited asides, at most 90 characters, cut at
//      a clause boundary or a whole word with "…" ("Insurgents are now 5 kilometers (3 miles)
//      away from Homs"), prefixed with its source when the source came first ("SANA: Syrian
//      and Russian air force are attacking insurgents in Hama province…").
//
// A claim with mentions from one article only is that outlet's unique contribution.
// Offsets are UTF-8 byte offsets into each article's text. Cost: O(corpus bytes) for mentions,
// plus for each mention O(candidate claims × representatives) scoring; the index caps very
// common words, so 1,000 articles take well under a second (docs/benchmarks.md).
#pragma once

#include "analysis.h"

#include <vector>

namespace wiretrace {

// Above this many mentions a claim's differences are computed between one representative
// mention per distinct value (per kind) rather than between every pair of articles.
constexpr std::size_t kAllPairsLimit = 24;

// Every claim of the corpus, ids 0.. in order of first mention. Reads analysis.corpus,
// analysis.articles[i].sentences and .boilerplate (computed here with text.h/boilerplate.h when
// a stage before did not fill them) and analysis.alignments (may be empty).
std::vector<Claim> extract_claims(const Analysis& analysis);

} // namespace wiretrace
