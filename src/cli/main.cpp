// wiretrace — the command-line tool. Used at build time (the page's embedded analysis) and by
// tests and benchmarks.
//
//   wiretrace analyze <files or directories…> --json <out.json> [--binary <out.wtab>] [--pretty] [--all-pairs]
//                     [--threads N] [--timings]
//   wiretrace analyze --passim <passim output> --cluster <id> [passim's input files…] --json …
//   … --corpus-jsonl <story.jsonl>   also (or only) writes the corpus read, to embed in a page
//
// Exit status: 0 on success, 1 on bad input (message "file:line: what is wrong" on stderr),
// 2 on bad usage.
#include "core/analysis_binary.h"
#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/corpus.h"
#include "core/passim.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {

int usage(const char* msg) {
    if (msg) std::fprintf(stderr, "wiretrace: %s\n", msg);
    std::fprintf(stderr,
                 "usage: wiretrace analyze <files or directories...> --json <out.json> [--pretty]\n"
                 "                         [--binary <out.wtab>] [--all-pairs] [--threads N] [--timings]\n"
                 "       wiretrace analyze --passim <passim output> --cluster <id> [passim input...]\n"
                 "                         --json <out.json> [--pretty]\n"
                 "  Reads .md/.txt articles with front matter and .jsonl files, writes the\n"
                 "  analysis (docs/analysis-format.md). --json - writes to standard output.\n"
                 "  --all-pairs   align every pair of articles, not only each article's nearest\n"
                 "                sources (quadratic: for small corpora and tools)\n"
                 "  --threads N   worker threads (default: every core; the output is the same)\n"
                 "  --timings     print each stage's wall time to standard error\n"
                 "  --binary <file> also (or only) writes the analysis in the compact binary form\n"
                 "                the page embeds (docs/analysis-format.md, \"Binary form\")\n"
                 "  --passim takes one cluster of passim's output (its out.json folder or a part\n"
                 "  file) as the corpus: each document's passages in the cluster, or the whole\n"
                 "  documents when passim's input files are given too.\n"
                 "  --corpus-jsonl <file> writes the corpus read as JSON Lines (with no --json,\n"
                 "  that is all it does): WIRETRACE_CORPUS=<file> scripts/build web embeds it.\n");
    return 2;
}

int analyze_command(int argc, char** argv) {
    std::vector<std::string> inputs;
    std::string out;
    std::string passim, cluster, corpus_out;
    std::string binary_out; // --binary: the compact form the page embeds (analysis_binary.h)
    bool pretty = false, timings = false;
    wiretrace::AnalyzeOptions options;
    wiretrace::StageTimes times;
    for (int i = 0; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--json")) {
            if (i + 1 >= argc) return usage("--json needs a file name");
            out = argv[++i];
        } else if (!std::strcmp(argv[i], "--passim") || !std::strcmp(argv[i], "--cluster")) {
            if (i + 1 >= argc) return usage((std::string(argv[i]) + " needs a value").c_str());
            (argv[i][2] == 'p' ? passim : cluster) = argv[i + 1];
            ++i;
        } else if (!std::strcmp(argv[i], "--corpus-jsonl")) {
            if (i + 1 >= argc) return usage("--corpus-jsonl needs a file name");
            corpus_out = argv[++i];
        } else if (!std::strcmp(argv[i], "--binary")) {
            if (i + 1 >= argc) return usage("--binary needs a file name");
            binary_out = argv[++i];
        } else if (!std::strcmp(argv[i], "--pretty")) {
            pretty = true;
        } else if (!std::strcmp(argv[i], "--all-pairs")) {
            options.reuse.all_pairs_reference = true;
        } else if (!std::strcmp(argv[i], "--timings")) {
            timings = true;
            options.times = &times;
        } else if (!std::strcmp(argv[i], "--threads")) {
            if (i + 1 >= argc) return usage("--threads needs a number");
            char* end = nullptr;
            long t = std::strtol(argv[++i], &end, 10);
            if (!end || *end || t < 1 || t > 64) return usage("--threads needs a number from 1 to 64");
            options.reuse.threads = static_cast<unsigned>(t);
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            return usage((std::string("unknown option ") + argv[i]).c_str());
        } else {
            inputs.push_back(argv[i]);
        }
    }
    if (passim.empty() != cluster.empty()) return usage("--passim and --cluster go together");
    if (inputs.empty() && passim.empty()) return usage("no input files");
    if (out.empty() && corpus_out.empty() && binary_out.empty()) return usage("missing --json <out.json>");
    try {
        auto t0 = std::chrono::steady_clock::now();
        wiretrace::Corpus corpus =
            passim.empty() ? wiretrace::load_corpus(inputs) : wiretrace::load_passim_cluster(passim, cluster, inputs);
        double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!corpus_out.empty()) {
            std::ofstream f(corpus_out, std::ios::binary);
            wiretrace::write_corpus_jsonl(corpus, f);
            if (!f) {
                std::fprintf(stderr, "wiretrace: cannot write %s\n", corpus_out.c_str());
                return 1;
            }
            if (out.empty() && binary_out.empty()) return 0;
        }
        wiretrace::Analysis analysis = wiretrace::analyze(std::move(corpus), options);
        if (timings)
            std::fprintf(stderr, "timing: load %.3f s\ntiming: segment %.3f s\ntiming: reuse %.3f s\ntiming: claims %.3f s\n",
                         load_s, times.segment, times.reuse, times.claims);
        if (!binary_out.empty()) {
            // Same temporary-name-and-rename as the JSON below.
            std::string tmp = binary_out + ".tmp";
            {
                std::ofstream f(tmp, std::ios::binary);
                if (f) f << wiretrace::analysis_to_binary(analysis);
                if (!f) {
                    std::fprintf(stderr, "wiretrace: cannot write %s\n", tmp.c_str());
                    return 1;
                }
            }
            if (std::rename(tmp.c_str(), binary_out.c_str()) != 0) {
                std::fprintf(stderr, "wiretrace: cannot rename %s to %s\n", tmp.c_str(), binary_out.c_str());
                return 1;
            }
        }
        if (out.empty()) {
            // --binary alone
        } else if (out == "-") {
            wiretrace::write_analysis_json(analysis, std::cout, pretty ? 1 : -1);
            std::cout << '\n';
            std::cout.flush();
        } else {
            // Write to a temporary name and rename, so a failed run never leaves a truncated
            // file that a build would take for up to date. Streamed: a 10,000-article analysis
            // is never held in memory twice.
            std::string tmp = out + ".tmp";
            {
                std::ofstream f(tmp, std::ios::binary);
                if (f) {
                    wiretrace::write_analysis_json(analysis, f, pretty ? 1 : -1);
                    f << '\n';
                }
                if (!f) {
                    std::fprintf(stderr, "wiretrace: cannot write %s\n", tmp.c_str());
                    return 1;
                }
            }
            if (std::rename(tmp.c_str(), out.c_str()) != 0) {
                std::fprintf(stderr, "wiretrace: cannot rename %s to %s\n", tmp.c_str(),
                             out.c_str());
                return 1;
            }
        }
    } catch (const wiretrace::CorpusError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "wiretrace: %s\n", e.what());
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage(nullptr);
    if (!std::strcmp(argv[1], "analyze")) return analyze_command(argc - 2, argv + 2);
    if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        usage(nullptr);
        return 0;
    }
    return usage((std::string("unknown command ") + argv[1]).c_str());
}
