// Claims engine benchmark: extract_claims() on synthetic corpora from scripts/gen-corpus.
//
//   scripts/gen-corpus 1000 build/bench/corpus-1000.jsonl --seed 1     (also 100, 10000)
//   build/native/wiretrace_bench --benchmark_filter=Claims
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

using namespace wiretrace;

namespace {

std::string corpus_path(long n) {
    return std::string(WIRETRACE_SOURCE_DIR) + "/build/bench/corpus-" + std::to_string(n) +
           ".jsonl";
}

// Loaded and prepared once per size (sentences, boilerplate, and optionally alignments).
const Analysis* prepared(long n, bool with_alignments) {
    static std::map<std::pair<long, bool>, Analysis> cache;
    auto key = std::make_pair(n, with_alignments);
    if (auto it = cache.find(key); it != cache.end()) return &it->second;
    if (!std::ifstream(corpus_path(n)).good()) return nullptr;
    Analysis a;
    a.corpus = load_corpus({corpus_path(n)});
    a.articles.resize(a.corpus.articles.size());
    for (std::size_t i = 0; i < a.articles.size(); ++i) {
        a.articles[i].sentences = split_sentences(a.corpus.articles[i].text);
        a.articles[i].boilerplate = detect_boilerplate(a.corpus.articles[i]);
    }
    if (with_alignments) find_shared_text(a);
    return &cache.emplace(key, std::move(a)).first->second;
}

void run(benchmark::State& state, bool with_alignments) {
    const Analysis* a = prepared(state.range(0), with_alignments);
    if (!a) {
        state.SkipWithError(("missing corpus: run scripts/gen-corpus " +
                             std::to_string(state.range(0)) + " " + corpus_path(state.range(0)) +
                             " --seed 1")
                                .c_str());
        return;
    }
    std::size_t claims = 0, mentions = 0, differences = 0;
    for (auto _ : state) {
        std::vector<Claim> c = extract_claims(*a);
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

} // namespace

BENCHMARK(BM_Claims)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ClaimsWithoutAlignments)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
