// fuzz_analysis_roundtrip.cpp — libFuzzer target: the whole analysis of a small corpus made from
// the input, then its JSON read back (load → analyze → JSON → analysis_from_json → JSON).
//
// Input layout: articles separated by a form feed (\f, at most 6); in each, the first line is
// the outlet and the rest the body. Each becomes a Markdown file with front matter and goes
// through parse_text_article like any corpus file, so the loader's checks (UTF-8, non-empty
// text) apply; an input the loader rejects is simply not analysed.
//
// Promises checked: analyze() neither crashes nor trips a sanitizer; its analysis keeps every
// index and span inside the corpus; the JSON reads back and writes the same bytes again.
#include "fuzz_check.h"

#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/corpus.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

using namespace wiretrace;

namespace {

constexpr std::size_t kMaxArticles = 6;

Corpus corpus_from(std::string_view input) {
    Corpus corpus;
    while (corpus.articles.size() < kMaxArticles) {
        const std::size_t ff = input.find('\f');
        std::string_view chunk = input.substr(0, ff);
        const std::size_t nl = chunk.find('\n');
        const std::string_view outlet = nl == std::string_view::npos ? "" : chunk.substr(0, nl);
        const std::string_view body = nl == std::string_view::npos ? chunk : chunk.substr(nl + 1);
        const std::string n = std::to_string(corpus.articles.size());
        // Dates differ so the earliest-date rules of provenance and claims are exercised.
        const std::string file = "---\noutlet: " + std::string(outlet) + "\ntitle: Story " + n +
                                 "\ndate: 2024-12-0" + std::to_string(corpus.articles.size() + 1) +
                                 "\n---\n" + std::string(body);
        corpus.articles.push_back(parse_text_article("a" + n + ".md", file));
        if (ff == std::string_view::npos) break;
        input.remove_prefix(ff + 1);
    }
    return corpus;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Corpus corpus;
    try {
        corpus = corpus_from(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const CorpusError&) {
        return 0; // the loader's own target (fuzz_markdown_article) checks its errors
    }
    AnalyzeOptions options;
    options.reuse.threads = 1; // one core per fuzzer; the output does not depend on it
    const Analysis analysis = analyze(std::move(corpus), options);
    fuzz::expect_spans_inside(analysis);

    const std::string once = analysis_to_json(analysis);
    Analysis back;
    try {
        back = analysis_from_json(once);
    } catch (const std::runtime_error& e) {
        fuzz::fail(std::string("the page's loader rejects the analysis JSON: ") + e.what());
    }
    const std::string twice = analysis_to_json(back);
    fuzz::expect(once == twice,
                 "JSON changed through analysis_from_json: " + fuzz::first_difference(once, twice));
    return 0;
}
