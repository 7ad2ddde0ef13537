#include "analyze.h"

#include "boilerplate.h"
#include "claims.h"
#include "parallel.h"
#include "reuse.h"
#include "text.h"

#include <chrono>
#include <ctime>

namespace wiretrace {

namespace {
double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
} // namespace

Analysis analyze(Corpus corpus, const AnalyzeOptions& options) {
    StageTimes times;
    Analysis analysis;
    analysis.corpus = std::move(corpus);
    analysis.articles.resize(analysis.corpus.articles.size());
    // Segmentation first: every later stage works on these sentences and skips the furniture.
    auto report = [&](const char* stage, double done) {
        if (options.progress) options.progress(stage, done);
    };
    report("sentences", 0.0);
    auto t0 = std::chrono::steady_clock::now();
    // Articles are segmented independently: on every core natively (parallel.h).
    parallel_for(analysis.articles.size(), worker_count(options.reuse.threads),
                 [&](std::size_t i, unsigned) {
                     const Article& art = analysis.corpus.articles[i];
                     analysis.articles[i].sentences = split_sentences(art.text);
                     analysis.articles[i].boilerplate = detect_boilerplate(art);
                 });
    times.segment = seconds_since(t0);
    report("shared text", 0.1);
    t0 = std::chrono::steady_clock::now();
    find_shared_text(analysis, options.reuse);
    times.reuse = seconds_since(t0);
    // Claims last: grouping uses the shared-text alignments.
    report("claims", 0.6);
    t0 = std::chrono::steady_clock::now();
    const std::clock_t cpu0 = std::clock(); // the process's CPU time, all threads
    extract_claims(analysis, options.reuse.threads);
    times.claims = seconds_since(t0);
    times.claims_cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    if (options.times) *options.times = times;
    return analysis;
}

} // namespace wiretrace
