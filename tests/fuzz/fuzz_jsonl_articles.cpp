// fuzz_jsonl_articles.cpp — libFuzzer target: any bytes as a JSON Lines corpus file, fuzz.jsonl
// given to load_corpus (src/core/corpus.h).
//
// Promises checked: CorpusError "path:line: what" with a line inside the file, or articles whose
// texts are valid UTF-8 with unique ids; and write_corpus_jsonl → parse_jsonl_articles gives the
// same articles back (corpus.h: "Reading it back gives the same articles").
#include "fuzz_check.h"

#include "core/corpus.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <sstream>
#include <string_view>

using namespace wiretrace;

namespace {

void expect_same(const Article& a, const Article& b) {
    const bool same = a.id == b.id && a.outlet == b.outlet && a.title == b.title &&
                      a.date == b.date && a.url == b.url && a.byline == b.byline &&
                      a.country == b.country && a.owner == b.owner && a.lean == b.lean &&
                      a.text == b.text;
    fuzz::expect(same, "article \"" + a.id + "\" changed through write_corpus_jsonl");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Corpus corpus;
    if (!fuzz::load_scratch_corpus("fuzz.jsonl", bytes, corpus)) return 0;
    std::set<std::string> ids;
    for (const Article& a : corpus.articles) {
        fuzz::expect(find_invalid_utf8(a.text) == std::string_view::npos,
                     "text of \"" + a.id + "\" is not valid UTF-8");
        fuzz::expect(a.source_line >= 1 && a.source_line <= fuzz::line_count(bytes), "source_line outside the file");
        ids.insert(a.id);
    }
    fuzz::expect(ids.size() == corpus.articles.size(), "two articles with the same id accepted");

    std::ostringstream out;
    write_corpus_jsonl(corpus, out);
    std::vector<Article> back;
    try {
        back = parse_jsonl_articles("written.jsonl", out.str());
    } catch (const CorpusError& e) {
        fuzz::fail(std::string("write_corpus_jsonl wrote what the loader rejects: ") + e.what());
    }
    fuzz::expect(back.size() == corpus.articles.size(), "article count changed through writing");
    for (std::size_t i = 0; i < back.size(); ++i) expect_same(corpus.articles[i], back[i]);
    return 0;
}
