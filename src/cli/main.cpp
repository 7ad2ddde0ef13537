// wiretrace — the command-line tool. Used at build time (the page's embedded analysis) and by
// tests and benchmarks.
//
//   wiretrace analyze <files or directories…> --json <out.json> [--binary <out.wtab>] [--pretty] [--all-pairs]
//                     [--threads N] [--timings]
//   wiretrace analyze --passim <passim output> --cluster <id> [passim's input files…] --json …
//   … --corpus-jsonl <story.jsonl>   also (or only) writes the corpus read, to embed in a page
//   wiretrace report <files or directories…> --html <out.html> [--threads N]
//   wiretrace report --analysis <analysis.json> --html <out.html>
//                     the text version of the analysis (src/report/report.h); more than 100
//                     articles also write <out>-articles-K.html and <out>-passages-K.html beside it.
//                     --analysis reads what `analyze --json` wrote instead of analysing again (the
//                     build does this: the analysis is the build's slowest step at 10,000 articles)
//
// Exit status: 0 on success, 1 on bad input (message "file:line: what is wrong" on stderr) or a
// failed write (message; an output file is replaced only once it is complete), 2 on bad usage.
// Files in a folder that are not read are listed in one warning line on stderr.
#include "core/analysis_binary.h"
#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/corpus.h"
#include "core/passim.h"
#include "report/report.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <sys/stat.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// --threads N, for both commands: 1 to 64, or false.
bool parse_threads(const char* arg, unsigned& threads) {
    char* end = nullptr;
    const long t = std::strtol(arg, &end, 10);
    if (!end || *end || t < 1 || t > 64) return false;
    threads = static_cast<unsigned>(t);
    return true;
}

// The files a folder held that are not articles, in one line, whatever the count: a misnamed
// article must be noticed, a folder with a README and a .DS_Store must not drown the output.
void warn_unread_files(const std::vector<std::string>& skipped) {
    if (skipped.empty()) return;
    std::string list;
    for (const std::string& name : skipped) list += (list.empty() ? "" : ", ") + name;
    std::fprintf(stderr, "wiretrace: warning: %zu file%s not read (hidden, or not .md, .markdown, .txt or .jsonl): %s\n",
                 skipped.size(), skipped.size() == 1 ? "" : "s", list.c_str());
}

// Writes `path` through `write` into "<path>.tmp", checks every step (the stream, the final
// flush and close) and only then renames it over `path`: a failed run says why, exits 1 and
// leaves the previous file in place, never a truncated one that a build would take as up to date.
// A path that exists and is not a regular file (/dev/stdout, a FIFO, /dev/full) is written in
// place: renaming over it would replace the device with a file.
template <class Write> bool write_atomically(const std::string& path, Write write) {
    struct stat st {};
    const bool in_place = stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
    const std::string tmp = in_place ? path : path + ".tmp";
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    int err = 0;
    if (f) {
        write(f);
        f.flush();
        if (!f) err = errno;
        f.close(); // the last buffered bytes reach the file system here and may fail here
        if (!f && !err) err = errno;
    } else {
        err = errno;
    }
    if (!f || err) {
        std::fprintf(stderr, "wiretrace: cannot write %s: %s\n", path.c_str(),
                     err ? std::strerror(err) : "write failed");
        if (!in_place) std::remove(tmp.c_str());
        return false;
    }
    if (in_place) return true;
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::fprintf(stderr, "wiretrace: cannot rename %s to %s: %s\n", tmp.c_str(), path.c_str(),
                     std::strerror(errno));
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

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
                 "  --timings     print each stage's wall time, and the claims stage's CPU\n"
                 "                time on every thread, to standard error\n"
                 "  --binary <file> also (or only) writes the analysis in the compact binary form\n"
                 "                the page embeds (docs/analysis-format.md, \"Binary form\")\n"
                 "  --passim takes one cluster of passim's output (its out.json folder or a part\n"
                 "  file) as the corpus: each document's passages in the cluster, or the whole\n"
                 "  documents when passim's input files are given too.\n"
                 "  --corpus-jsonl <file> writes the corpus read as JSON Lines (with no --json,\n"
                 "  that is all it does): WIRETRACE_CORPUS=<file> scripts/build web embeds it.\n"
                 "       wiretrace report <files or directories...> --html <out.html> [--threads N]\n"
                 "       wiretrace report --analysis <analysis.json> --html <out.html>\n"
                 "  Writes the text version of the analysis: one HTML file readable without\n"
                 "  JavaScript, or, for more than 100 articles, <out>.html as an index plus\n"
                 "  <out>-articles-K.html and <out>-passages-K.html pages beside it.\n");
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
            if (i + 1 >= argc || !parse_threads(argv[++i], options.reuse.threads))
                return usage("--threads needs a number from 1 to 64");
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
        std::vector<std::string> skipped;
        wiretrace::Corpus corpus = passim.empty()
                                       ? wiretrace::load_corpus(inputs, {}, &skipped)
                                       : wiretrace::load_passim_cluster(passim, cluster, inputs);
        double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        warn_unread_files(skipped);
        if (!corpus_out.empty()) {
            if (!write_atomically(
                    corpus_out, [&](std::ostream& f) { wiretrace::write_corpus_jsonl(corpus, f); }))
                return 1;
            if (out.empty() && binary_out.empty()) return 0;
        }
        wiretrace::Analysis analysis = wiretrace::analyze(std::move(corpus), options);
        if (timings)
            std::fprintf(stderr, "timing: load %.3f s\ntiming: segment %.3f s\ntiming: reuse %.3f s\ntiming: claims %.3f s\ntiming: claims cpu %.3f s\n",
                         load_s, times.segment, times.reuse, times.claims, times.claims_cpu);
        auto write_json = [&](std::ostream& f) {
            // Streamed: a 10,000-article analysis is never held in memory twice.
            wiretrace::write_analysis_json(analysis, f, pretty ? 1 : -1);
            f << '\n';
        };
        if (!binary_out.empty() &&
            !write_atomically(binary_out, [&](std::ostream& f) {
                f << wiretrace::analysis_to_binary(analysis);
            }))
            return 1;
        if (out.empty()) {
            // --binary alone
        } else if (out == "-") {
            write_json(std::cout);
            std::cout.flush();
            // std::cout writes through stdout's buffer: an error (a full disk, a closed pipe
            // reader) may only show when that buffer is flushed.
            if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
                std::fprintf(stderr,
                             "wiretrace: cannot write the analysis to standard output: %s\n",
                             std::strerror(errno));
                return 1;
            }
        } else if (!write_atomically(out, write_json)) {
            return 1;
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

// An analysis JSON file as `analyze --json` wrote it. A file that cannot be read or parsed
// throws with its path in the message ("path: what is wrong").
wiretrace::Analysis read_analysis_json(const std::string& path) {
    // The promise every input keeps: only a regular file is read (never a pipe or a device).
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw std::runtime_error(path + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode)) throw std::runtime_error(path + ": not a regular file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot be read");
    std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw std::runtime_error(path + ": read error");
    try {
        return wiretrace::analysis_from_json(json);
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

// `wiretrace report`: analyses the inputs as `analyze` does (or reads the analysis JSON it wrote)
// and writes the report's files (the entry page at --html, any further pages beside it, named
// from its stem).
int report_command(int argc, char** argv) {
    std::vector<std::string> inputs;
    std::string out;
    std::string analysis_path;
    wiretrace::AnalyzeOptions options;
    for (int i = 0; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--html")) {
            if (i + 1 >= argc) return usage("--html needs a file name");
            out = argv[++i];
        } else if (!std::strcmp(argv[i], "--analysis")) {
            if (i + 1 >= argc) return usage("--analysis needs the analysis JSON file");
            analysis_path = argv[++i];
        } else if (!std::strcmp(argv[i], "--threads")) {
            if (i + 1 >= argc || !parse_threads(argv[++i], options.reuse.threads))
                return usage("--threads needs a number from 1 to 64");
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            return usage((std::string("unknown option ") + argv[i]).c_str());
        } else {
            inputs.push_back(argv[i]);
        }
    }
    if (inputs.empty() && analysis_path.empty()) return usage("no input files");
    if (!inputs.empty() && !analysis_path.empty())
        return usage("give either the articles or --analysis <analysis.json>, not both");
    if (out.empty()) return usage("missing --html <out.html>");
    // The pages sit beside the entry page and link to each other by bare file names.
    const std::size_t slash = out.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "" : out.substr(0, slash + 1);
    std::string stem = out.substr(dir.size());
    if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".html") == 0) stem.resize(stem.size() - 5);
    if (stem.empty()) return usage("--html needs a file name, not a folder");
    try {
        wiretrace::Analysis analysis;
        if (!analysis_path.empty()) {
            analysis = read_analysis_json(analysis_path);
        } else {
            std::vector<std::string> skipped;
            wiretrace::Corpus corpus = wiretrace::load_corpus(inputs, {}, &skipped);
            warn_unread_files(skipped);
            analysis = wiretrace::analyze(std::move(corpus), options);
        }
        wiretrace::ReportOptions ropts;
        ropts.base = stem;
        const std::vector<wiretrace::ReportFile> files = wiretrace::build_report(analysis, ropts);
        std::set<std::string> written;
        for (std::size_t f = 0; f < files.size(); ++f) {
            // The entry page goes exactly where asked (it may be /dev/stdout); pages beside it.
            const std::string path = f == 0 ? out : dir + files[f].name;
            if (!write_atomically(path, [&](std::ostream& s) { s << files[f].html; })) return 1;
            written.insert(files[f].name);
        }
        // Pages an earlier, larger report left beside this one (<stem>-articles-K.html,
        // <stem>-passages-K.html) would be published with the new one, holding another corpus's
        // articles: they go. Only those names, only regular files, and never beside a device.
        auto is_page_name = [&](const std::string& name) {
            for (const char* kind : {"-articles-", "-passages-"}) {
                const std::string prefix = stem + kind;
                if (name.size() <= prefix.size() + 5 || name.compare(0, prefix.size(), prefix) != 0 ||
                    name.compare(name.size() - 5, 5, ".html") != 0)
                    continue;
                const std::string digits = name.substr(prefix.size(), name.size() - 5 - prefix.size());
                if (digits.find_first_not_of("0123456789") == std::string::npos) return true;
            }
            return false;
        };
        struct stat entry_stat {};
        if (::stat(out.c_str(), &entry_stat) == 0 && S_ISREG(entry_stat.st_mode)) {
            std::error_code ec;
            std::size_t removed = 0;
            for (const auto& e : std::filesystem::directory_iterator(dir.empty() ? "." : dir, ec)) {
                const std::string name = e.path().filename().string();
                if (!written.count(name) && is_page_name(name) && e.is_regular_file(ec) &&
                    std::filesystem::remove(e.path(), ec))
                    ++removed;
            }
            if (removed)
                std::fprintf(stderr, "wiretrace: removed %zu page%s of an earlier report beside %s\n", removed,
                             removed == 1 ? "" : "s", out.c_str());
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
#if defined(__GLIBC__)
    // One malloc arena for all threads. With glibc's default, the shared-text stage's worker
    // threads allocate from arenas of their own, and what they free there stays resident while
    // the claims stage (on the main thread, the run's peak) grows the main arena: one story of
    // 1,000 / 2,000 / 10,000 articles peaked 0.6 / 1.5 / 8.4 MB higher (3-5 %), for the same CPU
    // time (docs/benchmarks.md, issue 9's peak memory budget).
    mallopt(M_ARENA_MAX, 1);
#endif
    if (argc < 2) return usage(nullptr);
    if (!std::strcmp(argv[1], "analyze")) return analyze_command(argc - 2, argv + 2);
    if (!std::strcmp(argv[1], "report")) return report_command(argc - 2, argv + 2);
    if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        usage(nullptr);
        return 0;
    }
    return usage((std::string("unknown command ") + argv[1]).c_str());
}
