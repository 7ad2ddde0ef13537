#include "analyze.h"

#include "claims.h"

namespace wiretrace {

Analysis analyze(Corpus corpus) {
    Analysis analysis;
    analysis.corpus = std::move(corpus);
    analysis.articles.resize(analysis.corpus.articles.size());
    // The shared-text and claims stages are filled in by their own issues (#3, #4).
    analysis.claims = extract_claims(analysis);
    return analysis;
}

} // namespace wiretrace
