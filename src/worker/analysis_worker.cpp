// analysis_worker.cpp — the core compiled for the page's Web Worker (web/analysis_worker.js):
// a reader's own articles analysed in the browser, off the main thread, so the page keeps drawing
// while it runs (issue 10). No SDL, no ImGui: the core, the loader's checks, and the binary form
// the page already reads (analysis_binary.h).
//
// The worker script calls, in order:
//   wt_worker_set_embedded(bytes, n)    once: the embedded analysis (analysis.wtab, inflated);
//                                        its articles are kept for "add to the embedded ones"
//   wt_worker_add_file(name, bytes, n)  per file or saved record set, in the order given
//   wt_worker_analyze(with_embedded)    checks every file (build_working_set), analyses the good
//                                        articles, and keeps the result for the getters below
// The wasm instance is loaded once and reused for every later analysis.

#include "core/analysis_binary.h"
#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/working_set.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace wiretrace;

namespace {

struct WorkerState {
    Corpus embedded;
    std::vector<InputFile> files;
    std::string binary;      // the last analysis, binary form
    std::string result_json; // {errors, user_ids, records, articles, ms}
    std::string error;       // wt_worker_set_embedded's message
};

WorkerState g_worker; // one per worker; emscripten's exports carry no user pointer

// Tells the page how far the analysis got (the worker script forwards it to the progress bar).
void post_progress(const char* stage, double done) {
    EM_ASM({ postMessage({type : 'progress', stage : UTF8ToString($0), done : $1}); }, stage, done);
}

} // namespace

extern "C" {

// Returns "" or what is wrong with the embedded analysis.
EMSCRIPTEN_KEEPALIVE const char* wt_worker_set_embedded(const char* bytes, int size) {
    g_worker.error.clear();
    try {
        g_worker.embedded =
            analysis_from_binary(std::string_view(bytes, static_cast<std::size_t>(size))).corpus;
    } catch (const std::exception& e) {
        g_worker.error = e.what();
    }
    return g_worker.error.c_str();
}

EMSCRIPTEN_KEEPALIVE void wt_worker_add_file(const char* name, const char* bytes, int size) {
    g_worker.files.push_back({name, std::string(bytes, static_cast<std::size_t>(size))});
}

// Analyses the embedded articles (when `with_embedded`) plus the good articles of the files
// added since the last call. Returns the number of articles analysed (0: nothing to analyse,
// the page keeps what it shows). The files are released either way.
EMSCRIPTEN_KEEPALIVE int wt_worker_analyze(int with_embedded) {
    const double start = emscripten_get_now();
    post_progress("checking the files", 0.0);
    WorkingSet ws = build_working_set(with_embedded ? g_worker.embedded : Corpus{}, g_worker.files);
    g_worker.files.clear();
    g_worker.files.shrink_to_fit();

    nlohmann::json out;
    out["errors"] = ws.errors;
    out["user_ids"] = ws.user_ids;
    // The reader's articles as JSON Lines records (corpus.h's write_corpus_jsonl): what the page
    // keeps on the device and hands back next time, already checked.
    Corpus mine;
    for (const std::string& id : ws.user_ids)
        mine.articles.push_back(ws.corpus.articles[static_cast<std::size_t>(ws.corpus.find(id))]);
    std::ostringstream records;
    write_corpus_jsonl(mine, records);
    out["records"] = records.str();
    const std::size_t n = ws.corpus.articles.size();
    g_worker.binary.clear();
    if (n > 0 && !ws.user_ids.empty()) {
        AnalyzeOptions options;
        options.progress = [](const char* stage, double done) {
            post_progress(stage, 0.05 + 0.9 * done);
        };
        Analysis analysis = analyze(std::move(ws.corpus), options);
        post_progress("packing the analysis", 0.95);
        g_worker.binary = analysis_to_binary(analysis);
    }
    out["articles"] = g_worker.binary.empty() ? 0 : n;
    out["ms"] = emscripten_get_now() - start;
    g_worker.result_json = out.dump();
    return g_worker.binary.empty() ? 0 : static_cast<int>(n);
}

EMSCRIPTEN_KEEPALIVE const char* wt_worker_result_json() {
    return g_worker.result_json.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* wt_worker_binary() {
    return g_worker.binary.data();
}
EMSCRIPTEN_KEEPALIVE int wt_worker_binary_size() {
    return static_cast<int>(g_worker.binary.size());
}

} // extern "C"
