// Corpus loader: the seed corpus loads with its metadata and exact bytes; every kind of bad
// input fails with file:line and a message a user can act on.
#include "core/corpus.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

using namespace wiretrace;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string corpus_dir() { return std::string(WIRETRACE_SOURCE_DIR) + "/corpus"; }

// Runs `fn` and returns the CorpusError it throws; fails the test if it throws nothing.
template <class Fn> CorpusError expect_error(Fn fn) {
    try {
        fn();
    } catch (const CorpusError& e) {
        return e;
    }
    ADD_FAILURE() << "expected a CorpusError";
    return CorpusError("", 0, "");
}

} // namespace

TEST(Corpus, SeedCorpusLoadsFiveArticlesWithMetadata) {
    Corpus c = load_corpus({corpus_dir()});
    ASSERT_EQ(c.articles.size(), 5u);
    EXPECT_EQ(c.articles[0].id, "000_b584b1e36c441f0d");
    EXPECT_EQ(c.articles[3].id, "003_1d4940750912eb2c");
    EXPECT_EQ(c.articles[3].outlet, "The Independent");
    EXPECT_EQ(c.articles[3].byline, "Bassem Mroue");
    EXPECT_EQ(c.articles[1].outlet, "The Epoch Times");
    EXPECT_EQ(c.articles[3].date, "2024-12-06");
    EXPECT_NE(c.articles[3].title.find("Syrian insurgents enter 2 central towns"), std::string::npos);
    EXPECT_EQ(c.find("004_aedac83a978ebf78"), 4);
    EXPECT_EQ(c.find("nope"), -1);
}

TEST(Corpus, SourceFileIsTheNameInTheCorpusNeverTheBuildMachinesPath) {
    // The page publishes each article's source_file (the analysis' binary form carries it for
    // messages): the folder's name and the file's, not where the build machine keeps them.
    Corpus c = load_corpus({corpus_dir() + "/"});
    ASSERT_EQ(c.articles.size(), 5u);
    EXPECT_EQ(c.articles[0].source_file, "corpus/000_b584b1e36c441f0d.txt");
    Corpus one = load_corpus({corpus_dir() + "/003_1d4940750912eb2c.txt"});
    EXPECT_EQ(one.articles[0].source_file, "003_1d4940750912eb2c.txt");
    // Messages still name the file as given, so that a user finds it.
    const std::string dup = ::testing::TempDir() + "wt_dup_000_b584b1e36c441f0d.jsonl";
    std::ofstream(dup) << "{\"id\":\"000_b584b1e36c441f0d\",\"text\":\"Copy.\"}\n";
    CorpusError e = expect_error([&] { load_corpus({corpus_dir(), dup}); });
    EXPECT_NE(std::string(e.what()).find(corpus_dir() + "/000_b584b1e36c441f0d.txt"), std::string::npos) << e.what();
    std::remove(dup.c_str());
}

TEST(Corpus, BodiesAreByteIdenticalToTheSeeds) {
    Corpus c = load_corpus({corpus_dir()});
    // The seeds live beside the checkout in shared/; when that is not there (a user's clone),
    // check against the body as it sits after the front matter instead.
    for (const Article& a : c.articles) {
        std::string seed = slurp(std::string(WIRETRACE_SOURCE_DIR) + "/../shared/seeds/" + a.id + ".txt");
        std::string file = slurp(corpus_dir() + "/" + a.id + ".txt");
        if (!seed.empty()) EXPECT_EQ(a.text, seed) << a.id;
        ASSERT_GE(file.size(), a.text.size());
        EXPECT_EQ(file.substr(file.size() - a.text.size()), a.text) << a.id;
    }
    // Seed 004 starts with an empty line: it must survive.
    EXPECT_EQ(c.articles[4].text.substr(0, 6), "\nTENS ");
    // Curly quotes are kept as UTF-8, not folded.
    EXPECT_NE(c.articles[0].text.find("\xE2\x80\x9C" "The battle of Homs"), std::string::npos);
}

TEST(Corpus, FrontMatterParsesKeysCommentsAndQuotes) {
    Article a = parse_text_article("dir/abc.md", "---\n# note\noutlet: \"AP: wire\"\ntitle: T\n"
                                                 "date: 2024-12-06\nurl: https://x.test/a\n---\nBody\n");
    EXPECT_EQ(a.id, "abc");
    EXPECT_EQ(a.outlet, "AP: wire");
    EXPECT_EQ(a.url, "https://x.test/a");
    EXPECT_EQ(a.text, "Body\n");
    EXPECT_EQ(a.source_line, 8);
}

TEST(Corpus, EmptyFileIsAnError) {
    CorpusError e = expect_error([] { parse_text_article("c/empty.md", ""); });
    EXPECT_EQ(std::string(e.what()), "c/empty.md:1: empty file");
}

TEST(Corpus, InvalidUtf8NamesTheLine) {
    CorpusError e = expect_error(
        [] { parse_text_article("c/bad.md", "---\noutlet: X\n---\nline one\nline \xFF two\n"); });
    EXPECT_EQ(e.file(), "c/bad.md");
    EXPECT_EQ(e.line(), 5);
    EXPECT_NE(e.message().find("not valid UTF-8"), std::string::npos);
}

TEST(Corpus, Utf8ValidatorRejectsOverlongSurrogatesAndTruncation) {
    EXPECT_EQ(find_invalid_utf8("plain ascii"), std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80"), std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8("ab\xC0\xAF"), 2u);         // overlong '/'
    EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80"), 1u);      // UTF-16 surrogate
    EXPECT_EQ(find_invalid_utf8("a\xE2\x80"), 1u);          // truncated
    EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);   // above U+10FFFF
    EXPECT_EQ(find_invalid_utf8("x\x80"), 1u);              // stray continuation byte
}

TEST(Corpus, MissingFrontMatterIsAnError) {
    CorpusError e = expect_error([] { parse_text_article("c/plain.txt", "Just text.\n"); });
    EXPECT_EQ(e.line(), 1);
    EXPECT_NE(e.message().find("missing front matter"), std::string::npos);
}

TEST(Corpus, MalformedFrontMatterLineIsAnErrorAtThatLine) {
    CorpusError e = expect_error(
        [] { parse_text_article("c/m.md", "---\noutlet: X\nthis line has no colon\n---\nBody\n"); });
    EXPECT_EQ(e.line(), 3);
    EXPECT_NE(e.message().find("malformed front matter"), std::string::npos);
}

TEST(Corpus, UnknownAndRepeatedKeysAreErrors) {
    CorpusError e1 = expect_error([] { parse_text_article("c/k.md", "---\nautor: X\n---\nBody\n"); });
    EXPECT_EQ(e1.line(), 2);
    EXPECT_NE(e1.message().find("unknown front matter key \"autor\""), std::string::npos);
    CorpusError e2 = expect_error(
        [] { parse_text_article("c/k.md", "---\ntitle: A\ntitle: B\n---\nBody\n"); });
    EXPECT_EQ(e2.line(), 3);
}

TEST(Corpus, UnterminatedFrontMatterIsAnError) {
    CorpusError e = expect_error(
        [] { parse_text_article("c/u.md", "---\noutlet: X\ntitle: Y\nThe body starts here.\n"); });
    EXPECT_EQ(e.file(), "c/u.md");
    EXPECT_NE(e.message().find("unterminated front matter"), std::string::npos);
}

TEST(Corpus, FrontMatterWithoutBodyIsAnError) {
    CorpusError e = expect_error([] { parse_text_article("c/n.md", "---\noutlet: X\n---\n\n"); });
    EXPECT_NE(e.message().find("no text"), std::string::npos);
}

TEST(Corpus, JsonLinesRecordsLoad) {
    auto v = parse_jsonl_articles(
        "c/a.jsonl",
        "{\"id\":\"x1\",\"series\":\"AP\",\"title\":\"T\",\"date\":\"2024-12-06\",\"text\":\"Hello.\"}\n"
        "\n"
        "{\"id\":\"x2\",\"outlet\":\"Reuters\",\"text\":\"World \\u201cquoted\\u201d.\"}\n");
    ASSERT_EQ(v.size(), 2u);
    EXPECT_EQ(v[0].outlet, "AP");
    EXPECT_EQ(v[1].outlet, "Reuters");
    EXPECT_EQ(v[1].text, "World \xE2\x80\x9Cquoted\xE2\x80\x9D.");
    EXPECT_EQ(v[1].source_line, 3);
}

TEST(Corpus, JsonLinesRecordWithoutTextNamesItsLine) {
    CorpusError e = expect_error([] {
        parse_jsonl_articles("c/a.jsonl", "{\"id\":\"x1\",\"text\":\"ok\"}\n{\"id\":\"x2\",\"title\":\"T\"}\n");
    });
    EXPECT_EQ(std::string(e.what()), "c/a.jsonl:2: missing \"text\"");
}

TEST(Corpus, JsonLinesInvalidJsonAndWrongTypes) {
    EXPECT_EQ(expect_error([] { parse_jsonl_articles("j", "{\"id\":\"a\",\"text\":\"t\"}\n{nope\n"); }).line(), 2);
    EXPECT_NE(expect_error([] { parse_jsonl_articles("j", "[1,2]\n"); }).message().find("object"), std::string::npos);
    EXPECT_NE(expect_error([] { parse_jsonl_articles("j", "{\"id\":\"a\",\"text\":5}\n"); }).message().find("must be a string"), std::string::npos);
}

TEST(Corpus, DuplicateIdsAreRefused) {
    std::string dir = ::testing::TempDir() + "wt_dup";
    std::remove((dir + "/a.jsonl").c_str());
    std::system(("mkdir -p " + dir).c_str());
    std::ofstream(dir + "/a.jsonl") << "{\"id\":\"same\",\"text\":\"one\"}\n{\"id\":\"same\",\"text\":\"two\"}\n";
    CorpusError e = expect_error([&] { load_corpus({dir + "/a.jsonl"}); });
    EXPECT_EQ(e.line(), 2);
    EXPECT_NE(e.message().find("duplicate article id \"same\""), std::string::npos);
}

TEST(Corpus, MissingPathIsAnError) {
    CorpusError e = expect_error([] { load_corpus({"/nonexistent/wiretrace/corpus"}); });
    EXPECT_NE(e.message().find("no such file"), std::string::npos);
}

// Outlet metadata (issue 13, Ground News): country, owner and lean as the corpus author writes
// them, in front matter and JSON Lines alike, and nothing where they are not given.
TEST(Corpus, FrontMatterGivesOutletCountryOwnerAndLean) {
    Article a = parse_text_article("x/daily.md", "---\noutlet: The Daily Example\ntitle: T\n"
                                                 "country: Atlantis\nowner: \"Example Media Group\"\n"
                                                 "lean: centre-right\n---\nBody.\n");
    EXPECT_EQ(a.country, "Atlantis");
    EXPECT_EQ(a.owner, "Example Media Group");
    EXPECT_EQ(a.lean, "centre-right");
    EXPECT_EQ(outlet_metadata_line(a), "country: Atlantis \u00b7 owner: Example Media Group \u00b7 lean: centre-right");
    Article none = parse_text_article("x/plain.md", "---\noutlet: P\n---\nBody.\n");
    EXPECT_TRUE(none.country.empty() && none.owner.empty() && none.lean.empty());
    EXPECT_EQ(outlet_metadata_line(none), "");
}

TEST(Corpus, AMetadataKeyGivenTwiceOrMisspeltStopsWithItsLine) {
    CorpusError twice = expect_error([] {
        parse_text_article("x/a.md", "---\noutlet: O\nlean: left\nlean: right\n---\nBody.\n");
    });
    EXPECT_EQ(twice.line(), 4);
    EXPECT_NE(twice.message().find("\"lean\" given twice"), std::string::npos) << twice.what();
    CorpusError misspelt = expect_error([] {
        parse_text_article("x/a.md", "---\noutlet: O\ncountyr: Atlantis\n---\nBody.\n");
    });
    EXPECT_EQ(misspelt.line(), 3);
    EXPECT_NE(misspelt.message().find("unknown front matter key \"countyr\""), std::string::npos);
    EXPECT_NE(misspelt.message().find("country, owner, lean"), std::string::npos) << misspelt.what();
}

TEST(Corpus, JsonLinesGiveOutletMetadataAndWriteItBack) {
    auto arts = parse_jsonl_articles(
        "s.jsonl", "{\"id\":\"a\",\"outlet\":\"O\",\"country\":\"Atlantis\",\"lean\":\"left\",\"text\":\"T.\"}\n"
                   "{\"id\":\"b\",\"outlet\":\"P\",\"text\":\"U.\"}\n");
    ASSERT_EQ(arts.size(), 2u);
    EXPECT_EQ(arts[0].country, "Atlantis");
    EXPECT_EQ(arts[0].owner, "");
    EXPECT_EQ(arts[0].lean, "left");
    EXPECT_EQ(arts[1].country, "");
    Corpus c{arts};
    std::ostringstream out;
    write_corpus_jsonl(c, out);
    EXPECT_NE(out.str().find("\"country\":\"Atlantis\",\"lean\":\"left\""), std::string::npos) << out.str();
    auto back = parse_jsonl_articles("back.jsonl", out.str());
    EXPECT_EQ(back[0].country, "Atlantis");
    EXPECT_EQ(back[0].lean, "left");
    EXPECT_EQ(back[1].lean, "");
    CorpusError wrong = expect_error([] {
        parse_jsonl_articles("s.jsonl", "{\"id\":\"a\",\"text\":\"T.\",\"owner\":3}\n");
    });
    EXPECT_EQ(wrong.what(), std::string("s.jsonl:1: \"owner\" must be a string"));
}

TEST(Corpus, OnlyTheMetadataKeysSomeArticleGivesBecomeColumns) {
    Corpus c = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/tests/data/outlet-metadata"});
    ASSERT_EQ(c.articles.size(), 3u);
    std::vector<std::string> keys;
    for (const OutletMetadataKey& k : outlet_metadata_given(c)) keys.push_back(k.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"country", "owner", "lean"}));
    EXPECT_TRUE(outlet_metadata_given(load_corpus({corpus_dir()})).empty())
        << "the seeds give no metadata, so no column may appear for them";
}
