// The CLI as the build uses it: a bad corpus file stops the build with "file:line: message" on
// stderr and a non-zero exit status, and leaves no output file behind; a good corpus gives JSON.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <sys/wait.h>

#include "cli_run.h"

using wiretrace_test::CliRun;
using wiretrace_test::run_cli;

namespace {

std::string temp_file(const std::string& name, const std::string& bytes) {
    std::string path = ::testing::TempDir() + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

bool exists(const std::string& path) { return std::ifstream(path).good(); }

} // namespace

TEST(Cli, BadCorpusFileFailsWithFileAndLine) {
    std::string bad = temp_file("wt_unterminated.txt", "---\noutlet: X\ntitle: Y\n");
    std::string out = ::testing::TempDir() + "wt_out.json";
    std::remove(out.c_str());
    CliRun r = run_cli("analyze " + bad + " --json " + out);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find(bad + ":1: unterminated front matter"), std::string::npos) << r.output;
    EXPECT_FALSE(exists(out)) << "a failed run must not leave an output a build would reuse";
}

TEST(Cli, JsonLinesRecordWithoutTextFails) {
    std::string bad = temp_file("wt_missing_text.jsonl",
                                "{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\"b\",\"title\":\"No text\"}\n");
    CliRun r = run_cli("analyze " + bad + " --json -");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find(bad + ":2: missing \"text\""), std::string::npos) << r.output;
}

TEST(Cli, SeedCorpusGivesJsonWithEveryArticle) {
    CliRun r = run_cli(std::string("analyze ") + WIRETRACE_SOURCE_DIR + "/corpus --json -");
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(r.output.rfind("{\"version\":2,", 0), 0u);
    for (const char* id : {"000_b584b1e36c441f0d", "001_6fae27749db3383d", "002_bd84230b44241b6d",
                           "003_1d4940750912eb2c", "004_aedac83a978ebf78"})
        EXPECT_NE(r.output.find(std::string("\"id\":\"") + id + "\""), std::string::npos) << id;
}

TEST(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(run_cli("").status, 2);
    EXPECT_EQ(run_cli("analyze").status, 2);
    EXPECT_EQ(run_cli("frobnicate").status, 2);
}

TEST(Cli, AllPairsStoresEveryPairThreadsChangeNothing) {
    // One story, 40 pickups: the default stores each article's nearest sources, --all-pairs every
    // pair that shares text; the thread count never changes a byte.
    const std::string corpus = std::string(WIRETRACE_SOURCE_DIR) + "/tests/data/one-story-40.jsonl";
    CliRun fast = run_cli("analyze " + corpus + " --json - --threads 1");
    CliRun two = run_cli("analyze " + corpus + " --json - --threads 2");
    CliRun all = run_cli("analyze " + corpus + " --json - --all-pairs");
    ASSERT_EQ(fast.status, 0) << fast.output;
    ASSERT_EQ(all.status, 0) << all.output;
    EXPECT_EQ(fast.output, two.output);
    auto count = [](const std::string& s, const std::string& what) {
        std::size_t n = 0;
        for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
        return n;
    };
    EXPECT_GT(count(all.output, "\"a_span\""), 4 * count(fast.output, "\"a_span\""));
    EXPECT_EQ(count(all.output, "\"label\":\"verbatim\""), count(fast.output, "\"label\":\"verbatim\""));
    EXPECT_EQ(run_cli("analyze " + corpus + " --json - --threads 0").status, 2);
}
