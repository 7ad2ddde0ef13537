// fuzz_markdown_article.cpp — libFuzzer target: any bytes as one Markdown article with front
// matter, a file fuzz.md given to load_corpus (src/core/corpus.h).
//
// Promises checked: the loader either returns that one article or throws CorpusError
// "path:line: what" with a line inside the file (any other exception, crash or sanitizer report is
// a finding); an accepted article's text is the file's tail byte for byte, valid UTF-8, and starts
// at the line the article says it does.
#include "fuzz_check.h"

#include "core/corpus.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace wiretrace;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Corpus corpus;
    if (!fuzz::load_scratch_corpus("fuzz.md", bytes, corpus)) return 0;
    fuzz::expect(corpus.articles.size() == 1, "one file gave several articles");
    const Article& a = corpus.articles[0];
    // The id is the file stem unless the front matter names one (`id:`, corpus.cpp).
    fuzz::expect(a.id == "fuzz" || bytes.find("id") != std::string_view::npos,
                 "id is neither the file stem nor given: " + a.id);
    fuzz::expect(a.text.size() <= bytes.size() &&
                     bytes.substr(bytes.size() - a.text.size()) == a.text,
                 "text is not the file's tail byte for byte");
    fuzz::expect(find_invalid_utf8(a.text) == std::string_view::npos, "text is not valid UTF-8");
    fuzz::expect(a.source_line == line_of_offset(bytes, bytes.size() - a.text.size()),
                 "source_line " + std::to_string(a.source_line) +
                     " is not the line where the text starts");
    return 0;
}
