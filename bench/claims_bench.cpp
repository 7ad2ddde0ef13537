// Claims engine benchmark: extract_claims() on synthetic corpora from scripts/gen-corpus.
//
//   scripts/gen-corpus 1000 build/bench/corpus-1000.jsonl --seed 1     (also 100, 10000)
//   scripts/gen-corpus 1000 build/bench/one-story-1000.jsonl --seed 1 --one-story  (also 2000)
//   build/native/wiretrace_bench --benchmark_filter=Claims
//
// BM_ClaimsOneStory is issue 8's case: one story carried by N outlets, every article reusing
// the same wire paragraphs, so every claim has up to N mentions (target: 1,000 in ≤ 1 s, 2,000
// in ≤ 2.2× that).
//
// Segmentation and shared text are computed once outside the timed loop (they are the reuse
// stage's cost, benchmarked there); the timed part is exactly what analyze() adds for claims.
// A corpus file that is missing skips its benchmark with the command that makes it.
#include "core/analysis.h"
#include "core/boilerplate.h"
#include "core/claims.h"
#include "core/corpus.h"
#include "core/reuse.h"
#include "core/text.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <map>
#include <string>
#include <tuple>

using namespace wiretrace;

namespace {

std::string corpus_path(long n, bool one_story = false) {
    return std::string(WIRETRACE_SOURCE_DIR) + "/build/bench/" +
           (one_story ? "one-story-" : "corpus-") + std::to_string(n) + ".jsonl";
}

// Loaded and prepared once per size (sentences, boilerplate, and optionally alignments).
const Analysis* prepared(long n, bool with_alignments, bool one_story = false) {
    static std::map<std::tuple<long, bool, bool>, Analysis> cache;
    auto key = std::make_tuple(n, with_alignments, one_story);
    if (auto it = cache.find(key); it != cache.end()) return &it->second;
    if (!std::ifstream(corpus_path(n, one_story)).good()) return nullptr;
    Analysis a;
    a.corpus = load_corpus({corpus_path(n, one_story)});
    a.articles.resize(a.corpus.articles.size());
    for (std::size_t i = 0; i < a.articles.size(); ++i) {
        a.articles[i].sentences = split_sentences(a.corpus.articles[i].text);
        a.articles[i].boilerplate = detect_boilerplate(a.corpus.articles[i]);
    }
    if (with_alignments) find_shared_text(a);
    return &cache.emplace(key, std::move(a)).first->second;
}

void run(benchmark::State& state, bool with_alignments, bool one_story = false) {
    const Analysis* a = prepared(state.range(0), with_alignments, one_story);
    if (!a) {
        state.SkipWithError(("missing corpus: run scripts/gen-corpus " +
                             std::to_string(state.range(0)) + " " +
                             corpus_path(state.range(0), one_story) + " --seed 1" +
                             (one_story ? " --one-story" : ""))
                                .c_str());
        return;
    }
    std::size_t claims = 0, mentions = 0, differences = 0;
    Analysis work = *a; // extract_claims fills work.claims and work.claim_names, each time anew
    for (auto _ : state) {
        extract_claims(work);
        const std::vector<Claim>& c = work.claims;
        claims = c.size();
        mentions = differences = 0;
        for (const Claim& x : c) mentions += x.mentions.size(), differences += x.differences.size();
        benchmark::DoNotOptimize(c.data());
    }
    state.counters["articles"] = static_cast<double>(a->corpus.articles.size());
    state.counters["claims"] = static_cast<double>(claims);
    state.counters["mentions"] = static_cast<double>(mentions);
    state.counters["differences"] = static_cast<double>(differences);
}

void BM_Claims(benchmark::State& state) {
    run(state, true);
}
void BM_ClaimsWithoutAlignments(benchmark::State& state) {
    run(state, false);
}
void BM_ClaimsOneStory(benchmark::State& state) {
    run(state, true, true);
}

} // namespace

BENCHMARK(BM_ClaimsOneStory)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Claims)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ClaimsWithoutAlignments)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
