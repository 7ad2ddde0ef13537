// search_bench.cpp — Google Benchmark timings of Search (core/search.h): building the word index
// once, and answering a query for a common word with the index and with the linear scan it
// replaced, on the seed corpus and on the one-story corpus of scripts/gen-corpus (1,000 pickups
// of one wire report: the case where a common word is everywhere).
//
//   scripts/gen-corpus 1000 build/bench/one-1000.jsonl --one-story --seed 1
//   cmake --build build/native --target wiretrace_bench -j2
//   build/native/wiretrace_bench --benchmark_filter=Search
//
// The Search view lists at most 2,000 hits and counts the rest, as here. A corpus that is absent
// is skipped with a message naming the command that makes it.
#include "core/analysis_json.h"
#include "core/corpus.h"
#include "core/search.h"
#include "core/span_index.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace {

std::string bench_dir() {
    if (const char* d = std::getenv("WIRETRACE_BENCH_DIR")) return d;
    return std::string(WIRETRACE_SOURCE_DIR) + "/build/bench";
}

// Loaded and indexed once per process: the query benchmarks repeat the query only.
struct Indexed {
    wiretrace::Corpus corpus;
    wiretrace::SearchIndex index;
};
const Indexed* indexed(const std::string& path) {
    static std::map<std::string, Indexed> cache;
    auto it = cache.find(path);
    if (it == cache.end()) {
        if (!std::ifstream(path)) return nullptr;
        it = cache.emplace(path, Indexed{wiretrace::load_corpus({path}), {}}).first;
        it->second.index = wiretrace::SearchIndex(it->second.corpus);
    }
    return &it->second;
}

std::string corpus_path(const std::string& name) {
    return name == "seeds" ? std::string(WIRETRACE_SOURCE_DIR) + "/corpus"
                           : bench_dir() + "/" + name;
}

bool skip_if_absent(benchmark::State& state, const Indexed* c, const std::string& name) {
    if (c) return false;
    state.SkipWithError(
        ("missing " + corpus_path(name) +
         ": scripts/gen-corpus 1000 build/bench/one-1000.jsonl --one-story --seed 1")
            .c_str());
    return true;
}

void BM_SearchBuildIndex(benchmark::State& state, const std::string& name) {
    const Indexed* c = indexed(corpus_path(name));
    if (skip_if_absent(state, c, name)) return;
    for (auto _ : state) {
        wiretrace::SearchIndex index(c->corpus);
        benchmark::DoNotOptimize(index.vocabulary_size());
    }
    state.counters["articles"] = static_cast<double>(c->corpus.articles.size());
}

void BM_SearchQuery(benchmark::State& state, bool use_index, const std::string& name,
                    const std::string& query) {
    const auto* c = indexed(corpus_path(name));
    if (skip_if_absent(state, c, name)) return;
    wiretrace::SearchTotals totals;
    for (auto _ : state) {
        auto hits = use_index ? c->index.find(query, 2000, &totals)
                              : c->index.find_linear(query, 2000, &totals);
        benchmark::DoNotOptimize(hits.data());
    }
    state.counters["hits"] = static_cast<double>(totals.hits);
    state.counters["articles"] = static_cast<double>(totals.articles);
}

// What the Search view runs per keystroke: the literal hits (at most 2,000 listed) and the
// reworded ones found through the alignments at those hits. (The view looks for rewordings only
// behind at most 500 hits, so "the" and "t" here are the worst case, not what it runs.) Needs an analysis of the one-story
// corpus, made by `wiretrace analyze build/bench/one-1000.jsonl --json
// build/bench/one-1000-analysis.json` (the current pairwise engine writes 0.5 GB for it; any
// analysis of that corpus will do).
void BM_SearchQueryWithReworded(benchmark::State& state, const std::string& query) {
    static std::unique_ptr<wiretrace::Analysis> analysis;
    static wiretrace::SearchIndex index;
    static wiretrace::SpanIndex spans;
    const std::string path = bench_dir() + "/one-1000-analysis.json";
    if (!analysis) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            state.SkipWithError(("missing " + path).c_str());
            return;
        }
        std::ostringstream ss;
        ss << in.rdbuf();
        analysis = std::make_unique<wiretrace::Analysis>(wiretrace::analysis_from_json(ss.str()));
        index = wiretrace::SearchIndex(analysis->corpus);
        spans = wiretrace::SpanIndex(*analysis);
    }
    std::size_t results = 0;
    for (auto _ : state) {
        auto hits = index.find(query, 2000);
        auto reworded = wiretrace::SearchIndex::find_reworded(*analysis, spans, hits, 500);
        results = hits.size() + reworded.size();
        benchmark::DoNotOptimize(reworded.data());
    }
    state.counters["results"] = static_cast<double>(results);
}

BENCHMARK_CAPTURE(BM_SearchQueryWithReworded, the_1000, std::string("the"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQueryWithReworded, t_1000, std::string("t"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQueryWithReworded, battle_1000, std::string("battle"))
    ->Unit(benchmark::kMillisecond);

BENCHMARK_CAPTURE(BM_SearchBuildIndex, seeds, std::string("seeds"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchBuildIndex, one_story_1000, std::string("one-1000.jsonl"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQuery, indexed_the_1000, true, std::string("one-1000.jsonl"),
                  std::string("the"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQuery, linear_the_1000, false, std::string("one-1000.jsonl"),
                  std::string("the"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQuery, indexed_t_1000, true, std::string("one-1000.jsonl"),
                  std::string("t"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQuery, indexed_phrase_1000, true, std::string("one-1000.jsonl"),
                  std::string("said in a statement"))
    ->Unit(benchmark::kMillisecond);

} // namespace
