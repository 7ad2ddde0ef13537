// reuse_bench.cpp — Google Benchmark timings of the whole analysis (analyze(): segmentation,
// boilerplate, shared text, and whatever else analyze() runs) on the seed corpus and on the
// synthetic corpora of scripts/gen-corpus.
//
//   cmake --build build/native --target wiretrace_bench -j2
//   scripts/gen-corpus 100 build/bench/corpus-100.jsonl --seed 1     # or: scripts/bench 100 1000
//   scripts/gen-corpus 1000 build/bench/corpus-1000.jsonl --seed 1
//   build/native/wiretrace_bench
//
// Loading the files is outside the timed region; so is copying the corpus into analyze() (it
// takes the corpus by value). A generated corpus that is absent is skipped with a message
// naming the command that makes it. The corpora are read from build/bench under the source
// directory, or from $WIRETRACE_BENCH_DIR.
#include "core/analyze.h"
#include "core/corpus.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

namespace {

std::string bench_dir() {
    if (const char* d = std::getenv("WIRETRACE_BENCH_DIR")) return d;
    return std::string(WIRETRACE_SOURCE_DIR) + "/build/bench";
}

// Loaded once per process and kept: the benchmark repeats analyze(), not the loading.
const wiretrace::Corpus* corpus_at(const std::string& path) {
    static std::map<std::string, wiretrace::Corpus> cache;
    auto it = cache.find(path);
    if (it == cache.end()) it = cache.emplace(path, wiretrace::load_corpus({path})).first;
    return &it->second;
}

std::size_t text_bytes(const wiretrace::Corpus& c) {
    std::size_t n = 0;
    for (const wiretrace::Article& a : c.articles) n += a.text.size();
    return n;
}

void run(benchmark::State& state, const wiretrace::Corpus& corpus) {
    for (auto _ : state) {
        state.PauseTiming();
        wiretrace::Corpus copy = corpus;
        state.ResumeTiming();
        wiretrace::Analysis a = wiretrace::analyze(std::move(copy));
        benchmark::DoNotOptimize(a.alignments.data());
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text_bytes(corpus)));
    state.counters["articles"] = static_cast<double>(corpus.articles.size());
}

void BM_AnalyzeSeedCorpus(benchmark::State& state) {
    run(state, *corpus_at(std::string(WIRETRACE_SOURCE_DIR) + "/corpus"));
}
BENCHMARK(BM_AnalyzeSeedCorpus)->Unit(benchmark::kMillisecond);

// state.range(0) articles, from build/bench/corpus-N.jsonl.
void BM_AnalyzeGenerated(benchmark::State& state) {
    const std::string n = std::to_string(state.range(0));
    const std::string path = bench_dir() + "/corpus-" + n + ".jsonl";
    if (!std::ifstream(path)) {
        const std::string msg = path + " not found: make it with `scripts/gen-corpus " + n + " " +
                                path + " --seed 1` (or `scripts/bench " + n + "`)";
        state.SkipWithError(msg.c_str());
        for (auto _ : state) {
        }
        return;
    }
    run(state, *corpus_at(path));
}
BENCHMARK(BM_AnalyzeGenerated)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace
