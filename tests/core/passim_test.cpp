// passim input (passim.h): one cluster of passim's output, in the format passim writes (a Spark
// folder of JSON Lines part files, tests/passim/output/out.json), becomes a corpus with each
// document once; every kind of bad input stops with file:line. Also through the CLI.
#include "core/passim.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <sys/wait.h>
#include <tuple>

#include "cli_run.h"

using wiretrace_test::CliRun;
using wiretrace_test::run_cli;

using namespace wiretrace;

namespace {

const std::string kDir = std::string(WIRETRACE_SOURCE_DIR) + "/tests/passim";
const std::string kWire1 =
    "HOMS, Syria (AP) \xE2\x80\x94 Insurgents captured two towns on the edge of Homs on "
    "Thursday, a war monitor said.";
const std::string kWire2 =
    "Residents fled toward the coast as the fighting neared the city, the monitor said.";

std::string temp_file(const std::string& name, const std::string& bytes) {
    std::string path = ::testing::TempDir() + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

// A passim record of cluster 7 with the given id, offsets and text.
std::string record(const std::string& id, int begin, int end, const std::string& text,
                   const std::string& title = "T", int size = 2) {
    nlohmann::json j = {{"cluster", 7},        {"size", size},   {"id", id},
                        {"series", "S " + id}, {"title", title}, {"date", "2024-12-06"},
                        {"text", text},        {"begin", begin}, {"end", end}};
    return j.dump() + "\n";
}

// The error message load_passim_cluster throws, or "" when it does not.
std::string error_of(const std::string& output, const std::string& cluster = "7",
                     const std::vector<std::string>& documents = {}) {
    try {
        load_passim_cluster(output, cluster, documents);
    } catch (const CorpusError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(Passim, OneClusterOfSparkPartFilesGivesEachDocumentOnce) {
    Corpus c = load_passim_cluster(kDir + "/output", "7");
    ASSERT_EQ(c.articles.size(), 3u)
        << "five records of cluster 7 over two part files, three documents";
    // By date, then id.
    EXPECT_EQ(c.articles[0].id, "ap-1206");
    EXPECT_EQ(c.articles[1].id, "courier-88");
    EXPECT_EQ(c.articles[2].id, "herald-3");
    EXPECT_EQ(c.articles[1].outlet, "Daily Courier") << "passim's series is the outlet";
    EXPECT_EQ(c.articles[1].title, "Fighting nears Homs");
    EXPECT_EQ(c.articles[1].date, "2024-12-07");
    // Two passages of one document, in document order, apart: a paragraph break between them.
    EXPECT_EQ(c.articles[1].text, kWire1 + "\n\n" + kWire2);
    EXPECT_EQ(c.articles[2].text, kWire1);
    // The other cluster's documents are not in it.
    for (const Article& a : c.articles) EXPECT_TRUE(a.id != "gazette-5" && a.id != "tribune-9");
    EXPECT_EQ(load_passim_cluster(kDir + "/output/out.json", "12").articles.size(), 2u);
}

TEST(Passim, WholeDocumentsFromPassimsInputAreCheckedAgainstThePassages) {
    Corpus c = load_passim_cluster(kDir + "/output", "7", {kDir + "/input"});
    ASSERT_EQ(c.articles.size(), 3u);
    const std::string& t = c.articles[1].text;
    // Offsets in passim are characters: "Café" and the curly quotes before the passage are more
    // bytes than characters, and the passage is still found where passim says.
    EXPECT_EQ(t.rfind("Caf\xC3\xA9 owners", 0), 0u);
    EXPECT_NE(t.find("Subscribe to our newsletter."), std::string::npos);
    EXPECT_NE(t.find(kWire1), std::string::npos);

    std::string other =
        temp_file("wt_passim_other_input.jsonl",
                  "{\"id\":\"ap-1206\",\"text\":\"Another text altogether, not passim's input.\"}\n"
                  "{\"id\":\"courier-88\",\"text\":\"x\"}\n{\"id\":\"herald-3\",\"text\":\"y\"}\n");
    std::string e = error_of(kDir + "/output", "7", {other});
    EXPECT_NE(e.find("part-00000-3f1c-c000.json:1: this passage is not characters 0-101 of "
                     "document \"ap-1206\" at " +
                     other + ":1"),
              std::string::npos)
        << e;
    std::string partial =
        temp_file("wt_passim_partial_input.jsonl", "{\"id\":\"herald-3\",\"text\":\"y\"}\n");
    e = error_of(kDir + "/output", "7", {partial});
    EXPECT_NE(
        e.find(partial +
               ":1: 2 documents of cluster 7 are not in these files: \"ap-1206\", \"courier-88\""),
        std::string::npos)
        << e;
}

TEST(Passim, BadRecordsStopWithFileAndLine) {
    auto at = [](const std::string& name, const std::string& bytes) {
        return temp_file(name, bytes);
    };
    std::string f =
        at("wt_passim_bad_json.json", record("a", 0, 5, "Hello") + "{\"cluster\": 7,\n");
    EXPECT_NE(error_of(f).find(f + ":2: not valid JSON"), std::string::npos) << error_of(f);
    f = at("wt_passim_no_cluster.json", "{\"id\":\"a\",\"text\":\"Hello\"}\n");
    EXPECT_NE(
        error_of(f).find(f + ":1: missing \"cluster\": not a record of passim's cluster output"),
        std::string::npos)
        << error_of(f);
    f = at("wt_passim_no_begin.json",
           "{\"cluster\":7,\"id\":\"a\",\"text\":\"Hello\",\"end\":5}\n");
    EXPECT_NE(error_of(f).find(f + ":1: missing \"begin\""), std::string::npos) << error_of(f);
    f = at("wt_passim_backwards.json", record("a", 9, 4, "Hello"));
    EXPECT_NE(error_of(f).find(f + ":1: \"end\" (4) must be after \"begin\" (9)"),
              std::string::npos)
        << error_of(f);
    f = at("wt_passim_no_text.json",
           record("a", 0, 5, "Hello") + "{\"cluster\":7,\"id\":\"b\",\"begin\":0,\"end\":5}\n");
    EXPECT_NE(error_of(f).find(f + ":2: missing \"text\""), std::string::npos) << error_of(f);
    f = at("wt_passim_overlap.json", record("a", 0, 10, "Hello ther") + record("b", 0, 5, "Hello") +
                                         record("a", 5, 12, " there!"));
    EXPECT_NE(
        error_of(f).find(f + ":3: passage 5-12 of \"a\" overlaps passage 0-10 at " + f + ":1"),
        std::string::npos)
        << error_of(f);
    f = at("wt_passim_titles.json", record("a", 0, 5, "Hello", "One") + record("b", 0, 5, "Hello") +
                                        record("a", 9, 14, "World", "Two"));
    EXPECT_NE(
        error_of(f).find(f + ":3: document \"a\" has another outlet, title or date here than at " +
                         f + ":1"),
        std::string::npos)
        << error_of(f);
    f = at("wt_passim_size.json",
           record("a", 0, 5, "Hello", "T", 3) + record("b", 0, 5, "Hello", "T", 3));
    EXPECT_NE(error_of(f).find(f + ":1: cluster 7 has size 3 but 2 documents have records in " + f +
                               ": is a part file missing?"),
              std::string::npos)
        << error_of(f);
    f = at("wt_passim_other.json", record("a", 0, 5, "Hello") + record("b", 0, 5, "Hello"));
    EXPECT_NE(
        error_of(f, "8").find(f + ":1: no record of cluster 8 (2 records in 1 other clusters)"),
        std::string::npos)
        << error_of(f, "8");
    f = at("wt_passim_part.json.gz", "\x1f\x8b");
    EXPECT_NE(error_of(f).find(f + ":1: compressed file: decompress it first"), std::string::npos)
        << error_of(f);
    EXPECT_NE(error_of(kDir + "/nowhere").find("no such file or directory"), std::string::npos);
    // One part file of a cluster spread over two: the size says documents are missing.
    std::string part = kDir + "/output/out.json/part-00001-3f1c-c000.json";
    EXPECT_NE(error_of(part).find("has size 3 but 2 documents"), std::string::npos)
        << error_of(part);
}

TEST(Passim, CliAnalysesOneClusterAndFindsTheWireParagraphInAllThree) {
    CliRun r =
        run_cli("analyze --passim " + kDir + "/output --cluster 7 " + kDir + "/input --json -");
    ASSERT_EQ(r.status, 0) << r.output;
    nlohmann::json j = nlohmann::json::parse(r.output);
    ASSERT_EQ(j["articles"].size(), 3u);
    EXPECT_EQ(j["articles"][1]["id"], "courier-88");
    EXPECT_EQ(j["articles"][1]["outlet"], "Daily Courier");
    // The wire paragraph passim clustered is carried by all three documents in Wiretrace too.
    bool all_three = false;
    for (const auto& p : j["passages"]) {
        std::set<std::string> arts;
        for (const auto& m : p["members"]) arts.insert(m["article"].get<std::string>());
        all_three = all_three || arts.size() == 3;
    }
    EXPECT_TRUE(all_three) << j["passages"].dump();

    CliRun bad = run_cli("analyze --passim " + kDir + "/output --cluster 99 --json -");
    EXPECT_EQ(bad.status, 1);
    EXPECT_NE(bad.output.find("no record of cluster 99 (7 records in 2 other clusters)"),
              std::string::npos)
        << bad.output;
    EXPECT_EQ(run_cli("analyze --passim " + kDir + "/output --json -").status, 2)
        << "--cluster is needed";
}

TEST(Passim, CliWritesTheClusterAsAJsonLinesCorpusThePageCanEmbed) {
    const std::string story = ::testing::TempDir() + "wt_passim_story.jsonl";
    std::remove(story.c_str());
    CliRun r = run_cli("analyze --passim " + kDir + "/output --cluster 7 " + kDir +
                       "/input --corpus-jsonl " + story);
    ASSERT_EQ(r.status, 0) << r.output;
    Corpus written = load_corpus({story});
    Corpus cluster = load_passim_cluster(kDir + "/output", "7", {kDir + "/input"});
    ASSERT_EQ(written.articles.size(), cluster.articles.size());
    for (std::size_t i = 0; i < cluster.articles.size(); ++i) {
        const Article &w = written.articles[i], &c = cluster.articles[i];
        EXPECT_EQ(std::tie(w.id, w.outlet, w.title, w.date, w.url, w.byline, w.text),
                  std::tie(c.id, c.outlet, c.title, c.date, c.url, c.byline, c.text));
    }
}
