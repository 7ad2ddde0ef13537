// taken_from.h — Churnalism's question for one article: how much of it was taken from a chosen
// source (a wire report, a press release), verbatim, edited or paraphrased, and where that text
// is. Sources lists each article's share carried by the source (overlap.h, from passages, fast
// for the whole corpus); this is the one-pair detail behind it, for Reader to highlight.
//
//   TakenFrom t = taken_from(analysis, article, source);
//   t.share[0]   // verbatim share of the article's story text; [1] edited, [2] paraphrase
//   t.spans      // the article's text taken from source, with where it is in source
//
// The pair's alignments are the analysis's own when it stored any for the pair (each article
// keeps its nearest sources), else they are computed on demand (reuse.h align_pair, about a
// millisecond for two news articles). A byte covered by several kinds counts once, under the
// strongest (verbatim, then edited, then paraphrase); story text is the article's text without
// its page furniture (overlap.h story_bytes), so the shares add up to at most 1.
#pragma once

#include "analysis.h"
#include "span_index.h"

#include <vector>

namespace wiretrace {

struct TakenFrom {
    int article = -1;
    int source = -1;
    std::vector<SharedSpan> spans; // in `article`'s text, sorted by begin; other == source
    double share[3] = {0, 0, 0};   // of the article's story bytes, by ReuseKind
    bool computed_on_demand = false; // the analysis stored no alignment of the pair
};

// Empty (no spans, zero shares) when article == source or either index is out of range.
TakenFrom taken_from(const Analysis& analysis, int article, int source);

} // namespace wiretrace
