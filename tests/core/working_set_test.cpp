// The page's "Add articles" (issue 10): a reader's files are checked one file and one record at a
// time; each bad one is named with the loader's message and its real line, the good ones are
// added to the embedded articles, and the limits are told, not hit.
#include "core/working_set.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;

namespace {

Corpus embedded() {
    Corpus c;
    Article a;
    a.id = "000_wire";
    a.outlet = "AP";
    a.text = "Insurgents entered the town on Friday.\n";
    a.source_file = "corpus/000_wire.txt";
    a.source_line = 6;
    c.articles.push_back(a);
    return c;
}

const std::string kGoodMd = "---\noutlet: The Daily\ntitle: Town taken\ndate: "
                            "2024-12-06\n---\nInsurgents entered the town.\n";

} // namespace

TEST(WorkingSet, GoodFilesAreAddedAndMarkedAsTheReaders) {
    WorkingSet ws = build_working_set(
        embedded(), {{"daily.md", kGoodMd},
                     {"more.jsonl", "{\"id\":\"b2\",\"outlet\":\"B\",\"text\":\"Two.\"}\n\n{\"id\":"
                                    "\"a1\",\"series\":\"A\",\"text\":\"One.\"}\n"}});
    EXPECT_TRUE(ws.errors.empty()) << ws.errors.front();
    ASSERT_EQ(ws.corpus.articles.size(), 4u);
    // Corpus order is id order, whatever order the files came in.
    EXPECT_EQ(ws.corpus.articles[0].id, "000_wire");
    EXPECT_EQ(ws.corpus.articles[1].id, "a1");
    EXPECT_EQ(ws.corpus.articles[1].outlet, "A");
    EXPECT_EQ(ws.corpus.articles[1].source_line, 3);
    EXPECT_EQ(ws.user_ids, (std::vector<std::string>{"a1", "b2", "daily"}));
}

TEST(WorkingSet, EachBadFileOrRecordIsNamedWithItsLineAndTheRestStillAdded) {
    WorkingSet ws = build_working_set(
        embedded(), {{"bad-date.md", "---\noutlet: X\ndate: 2024-02-31\n---\nText.\n"},
                     {"daily.md", kGoodMd},
                     {"mixed.jsonl", "{\"id\":\"r1\",\"text\":\"One.\"}\n{\"id\":\"r2\"}\nnot "
                                     "json\n{\"id\":\"r4\",\"text\":\"Four.\"}\n"},
                     {"notes.docx", "PK"},
                     {"again.jsonl", "{\"id\":\"000_wire\",\"text\":\"Copy.\"}\n"}});
    ASSERT_EQ(ws.errors.size(), 5u);
    EXPECT_EQ(ws.errors[0].rfind("bad-date.md:3: impossible date", 0), 0u) << ws.errors[0];
    EXPECT_EQ(ws.errors[1], "mixed.jsonl:2: missing \"text\"");
    EXPECT_EQ(ws.errors[2], "mixed.jsonl:3: not valid JSON");
    EXPECT_EQ(ws.errors[3], "notes.docx:1: not an article file (expected .txt, .md or .jsonl)");
    EXPECT_EQ(ws.errors[4],
              "again.jsonl:1: duplicate article id \"000_wire\" (first in corpus/000_wire.txt:6)");
    EXPECT_EQ(ws.user_ids, (std::vector<std::string>{"daily", "r1", "r4"}));
    EXPECT_EQ(ws.corpus.articles.size(), 4u);
}

TEST(WorkingSet, InvalidUtf8IsNamedOnItsOwnLine) {
    WorkingSet ws = build_working_set(
        {}, {{"a.jsonl", "{\"id\":\"x\",\"text\":\"ok\"}\n{\"id\":\"y\",\"text\":\"\xff\"}\n"}});
    ASSERT_EQ(ws.errors.size(), 1u);
    EXPECT_EQ(ws.errors[0].rfind("a.jsonl:2: ", 0), 0u) << ws.errors[0];
    EXPECT_EQ(ws.user_ids, std::vector<std::string>{"x"});
}

TEST(WorkingSet, TooManyArticlesOrBytesAreRefusedWithAClearMessage) {
    WorkingSetLimits limits;
    limits.max_articles = 3;
    std::string jsonl;
    for (int i = 0; i < 5; ++i)
        jsonl += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"T.\"}\n";
    WorkingSet ws =
        build_working_set(embedded(), {{"many.jsonl", jsonl}, {"daily.md", kGoodMd}}, limits);
    EXPECT_EQ(ws.corpus.articles.size(), 3u);
    ASSERT_EQ(ws.errors.size(), 1u);
    EXPECT_EQ(ws.errors[0], "many.jsonl:3: more than 3 articles in all: this record and the ones "
                            "after it were not added");

    limits = {};
    limits.max_bytes = 10;
    ws = build_working_set(embedded(), {{"daily.md", kGoodMd}}, limits);
    EXPECT_EQ(ws.corpus.articles.size(), 1u);
    ASSERT_EQ(ws.errors.size(), 1u);
    EXPECT_NE(ws.errors[0].find("nothing was added"), std::string::npos) << ws.errors[0];
}

TEST(WorkingSet, ExtensionsInAnyCaseAreReadAsTheBuildReadsThem) {
    // A phone or a Windows tool names a file STORY.MD; the build's loader reads it
    // (inputs_test.cpp), so the page must too: one rule, corpus.h's article_file_kind.
    WorkingSet ws = build_working_set(
        Corpus{}, {{"STORY.MD", kGoodMd}, {"MORE.JSONL", "{\"id\":\"j1\",\"text\":\"One.\"}\n"},
                   {"notes.docx", "binary"}});
    EXPECT_EQ(ws.user_ids, (std::vector<std::string>{"STORY", "j1"}));
    ASSERT_EQ(ws.errors.size(), 1u);
    EXPECT_EQ(ws.errors[0], "notes.docx:1: not an article file (expected .txt, .md or .jsonl)");
}
