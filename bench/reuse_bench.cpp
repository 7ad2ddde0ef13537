// reuse_bench.cpp — Google Benchmark timings of the whole analysis (analyze(): segmentation,
// boilerplate, shared text, and whatever else analyze() runs) on the seed corpus and on the
// synthetic corpora of scripts/gen-corpus, and of one pair aligned on demand (align_pair: the
// Compare view's path) for two news articles and for two 1 MB articles over a small vocabulary
// (issue 9: at most 5 s; the work per pair is bounded), and the reuse stage on two 1 MB
// articles over three words (issue 11).
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
#include "core/boilerplate.h"
#include "core/corpus.h"
#include "core/reuse.h"
#include "core/text.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

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

// Two articles prepared as analyze() would (sentences, boilerplate), without the reuse stage.
wiretrace::Analysis segmented(std::vector<wiretrace::Article> arts) {
    wiretrace::Analysis an;
    an.corpus.articles = std::move(arts);
    an.articles.resize(an.corpus.articles.size());
    for (std::size_t i = 0; i < an.articles.size(); ++i) {
        an.articles[i].sentences = wiretrace::split_sentences(an.corpus.articles[i].text);
        an.articles[i].boilerplate = wiretrace::detect_boilerplate(an.corpus.articles[i]);
    }
    return an;
}

void BM_AlignPairSeeds(benchmark::State& state) {
    const wiretrace::Corpus& c = *corpus_at(std::string(WIRETRACE_SOURCE_DIR) + "/corpus");
    wiretrace::Analysis an = segmented(c.articles);
    for (auto _ : state) benchmark::DoNotOptimize(wiretrace::align_pair(an, 1, 3).size());
}
BENCHMARK(BM_AlignPairSeeds)->Unit(benchmark::kMillisecond);

// Two 1 MB articles of sentences drawn from a 300-word vocabulary (every word in thousands of
// sentences: the worst case for candidate lists), the second a shuffled, edited copy.
void BM_AlignPairTwoMegabytes(benchmark::State& state) {
    std::vector<wiretrace::Article> arts(2);
    std::uint64_t x = 88172645463325252ull;
    auto next = [&]() { return x ^= x << 13, x ^= x >> 7, x ^= x << 17; };
    std::vector<std::string> sentences;
    for (std::size_t bytes = 0; bytes < (1u << 20);) {
        std::string s = "Word" + std::to_string(next() % 300);
        for (int w = 0, n = 8 + static_cast<int>(next() % 20); w < n; ++w)
            s += " word" + std::to_string(next() % 300);
        s += ".";
        bytes += s.size() + 1;
        sentences.push_back(s);
    }
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        arts[0].text += sentences[i] + "\n";
        const std::string& t = sentences[(i * 7919) % sentences.size()];
        arts[1].text += (i % 3 ? t : "Edited " + t) + "\n";
    }
    arts[0].id = "a";
    arts[1].id = "b";
    wiretrace::Analysis an = segmented(std::move(arts));
    for (auto _ : state) benchmark::DoNotOptimize(wiretrace::align_pair(an, 0, 1).size());
}
BENCHMARK(BM_AlignPairTwoMegabytes)->Unit(benchmark::kMillisecond)->Iterations(1);

// The reuse stage (find_shared_text) on two 1 MB articles over a 3-word vocabulary, the second
// the first with one word in twenty changed (as scripts/gen-worst-pair --words 3): every
// sentence falls into one component, the case that was quadratic before issue 11 bounded the
// units compared per component (minutes; the claims stage is measured on its own).
void BM_SharedTextThreeWordPair(benchmark::State& state) {
    std::vector<wiretrace::Article> arts(2);
    std::uint64_t x = 88172645463325252ull;
    auto next = [&]() { return x ^= x << 13, x ^= x >> 7, x ^= x << 17; };
    const char* const words[] = {"council", "budget", "river"};
    while (arts[0].text.size() < (1u << 20)) {
        for (int w = 0, n = 5 + static_cast<int>(next() % 36); w < n; ++w) {
            const char* a = words[next() % 3];
            const char* b = next() % 20 ? a : words[next() % 3];
            arts[0].text += std::string(a) + (w + 1 < n ? " " : ". ");
            arts[1].text += std::string(b) + (w + 1 < n ? " " : ". ");
        }
        if (next() % 10 == 0) arts[0].text += "\n\n", arts[1].text += "\n\n";
    }
    arts[0].id = "a";
    arts[1].id = "b";
    const wiretrace::Analysis an = segmented(std::move(arts));
    for (auto _ : state) {
        state.PauseTiming();
        wiretrace::Analysis copy = an;
        state.ResumeTiming();
        wiretrace::find_shared_text(copy);
        benchmark::DoNotOptimize(copy.alignments.data());
    }
}
BENCHMARK(BM_SharedTextThreeWordPair)->Unit(benchmark::kMillisecond)->Iterations(3);

// The whole pipeline on the one-story corpora of scripts/gen-corpus --one-story.
void BM_AnalyzeOneStory(benchmark::State& state) {
    const std::string n = std::to_string(state.range(0));
    const std::string path = bench_dir() + "/one-" + n + ".jsonl";
    if (!std::ifstream(path)) {
        const std::string msg = path + " not found: make it with `scripts/bench --one-story " + n + "`";
        state.SkipWithError(msg.c_str());
        for (auto _ : state) {
        }
        return;
    }
    run(state, *corpus_at(path));
}
BENCHMARK(BM_AnalyzeOneStory)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace
