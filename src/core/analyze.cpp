#include "analyze.h"

#include "boilerplate.h"
#include "claims.h"
#include "reuse.h"
#include "text.h"

namespace wiretrace {

Analysis analyze(Corpus corpus) {
    Analysis analysis;
    analysis.corpus = std::move(corpus);
    analysis.articles.resize(analysis.corpus.articles.size());
    // Segmentation first: every later stage works on these sentences and skips the furniture.
    for (std::size_t i = 0; i < analysis.articles.size(); ++i) {
        const Article& art = analysis.corpus.articles[i];
        analysis.articles[i].sentences = split_sentences(art.text);
        analysis.articles[i].boilerplate = detect_boilerplate(art);
    }
    find_shared_text(analysis);
    // Claims last: grouping uses the shared-text alignments.
    analysis.claims = extract_claims(analysis);
    return analysis;
}

} // namespace wiretrace
