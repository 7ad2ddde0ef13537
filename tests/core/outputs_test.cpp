// What the CLI writes: every write is checked (a full disk or a failed final flush exits 1 with
// a message and leaves the previous output in place), and the analysis of a set of files is the
// same bytes whatever order the files are given in.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>

#include "cli_run.h"

using wiretrace_test::CliRun;
using wiretrace_test::run_cli;
namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Runs a shell command line and returns its exit status and standard error; standard output
// goes to /dev/null unless the command line sends it elsewhere.
CliRun run_shell(const std::string& command) {
    return wiretrace_test::run_command("{ " + command + "; } 2>&1 >/dev/null");
}

const std::string kCli = WIRETRACE_CLI_PATH;
const std::string kCorpus = std::string(WIRETRACE_SOURCE_DIR) + "/corpus";

} // namespace

TEST(Outputs, FullDiskOnStandardOutputExitsOneWithAMessage) {
    // stdout to /dev/full: every write fails with ENOSPC.
    CliRun r = run_shell(kCli + " analyze " + kCorpus + " --json - >/dev/full");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(
        r.output.find(
            "wiretrace: cannot write the analysis to standard output: No space left on device"),
        std::string::npos)
        << r.output;
}

TEST(Outputs, FailedFinalFlushLeavesThePreviousFileInPlace) {
    const fs::path dir = fs::path(::testing::TempDir()) / "wt_flush";
    fs::remove_all(dir);
    fs::create_directories(dir);
    // One short article: its analysis (a few KB) fits in the stream's buffer, so nothing is
    // written before the final flush at close, and that is where the file size limit bites.
    // Sentences are added until the analysis is over one block, so the test does not depend on
    // how many claims the engine finds in them.
    std::string article = "---\noutlet: X\ntitle: T\ndate: 2024-12-06\n---\n";
    const std::string out = (dir / "out.json").string();
    CliRun whole;
    for (int i = 0; i < 12; ++i) {
        article += "The council met on Friday and agreed the budget " + std::to_string(i) + ".\n";
        std::ofstream(dir / "a.md", std::ios::binary | std::ios::trunc) << article;
        whole = run_cli("analyze " + (dir / "a.md").string() + " --json -");
        ASSERT_EQ(whole.status, 0) << whole.output;
        if (whole.output.size() > 1024u) break;
    }
    std::ofstream(out, std::ios::binary) << "previous analysis\n";
    ASSERT_GT(whole.output.size(), 1024u) << "must not fit under the 1-block file size limit";
    ASSERT_LT(whole.output.size(), 4096u) << "must fit in the stream's buffer";
    // ulimit -f 1: at most one block (512 or 1024 bytes); SIGXFSZ ignored, so write() fails
    // with EFBIG instead of killing the process.
    CliRun r = run_shell("ulimit -f 1; trap '' XFSZ; " + kCli + " analyze " +
                         (dir / "a.md").string() + " --json " + out);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("wiretrace: cannot write " + out + ": File too large"),
              std::string::npos)
        << r.output;
    EXPECT_EQ(slurp(out), "previous analysis\n");
    EXPECT_FALSE(fs::exists(out + ".tmp")) << "no half-written temporary left behind";
    // The same run without the limit replaces it.
    ASSERT_EQ(run_cli("analyze " + (dir / "a.md").string() + " --json " + out).status, 0);
    EXPECT_EQ(slurp(out), whole.output);
    fs::remove_all(dir);
}

// A device named as the output is written in place (never renamed over), and checked.
TEST(Outputs, CorpusJsonlWriteIsCheckedToo) {
    CliRun r = run_shell(kCli + " analyze " + kCorpus + " --corpus-jsonl /dev/full");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("wiretrace: cannot write /dev/full: No space left on device"),
              std::string::npos)
        << r.output;
    struct stat st {};
    EXPECT_TRUE(stat("/dev/full", &st) == 0 && S_ISCHR(st.st_mode))
        << "/dev/full must stay a device";
}

// Issue 11: on the old code a folder and the same files reversed gave 42 vs 41 seed claims and
// other provenance sources. Every permutation here must give the folder's bytes.
TEST(Outputs, AnalysisIsTheSameBytesWhateverOrderTheFilesAreGivenIn) {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(kCorpus)) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    ASSERT_EQ(files.size(), 5u);
    CliRun folder = run_cli("analyze " + kCorpus + " --json -");
    ASSERT_EQ(folder.status, 0) << folder.output;
    // Reversed, two rotations and an interleaving: every file moves in at least one of them.
    const std::vector<std::vector<int>> orders = {
        {4, 3, 2, 1, 0}, {2, 3, 4, 0, 1}, {1, 2, 3, 4, 0}, {3, 0, 4, 1, 2}};
    for (const auto& order : orders) {
        std::string args;
        std::string shown;
        for (int i : order) {
            args += " " + files[static_cast<std::size_t>(i)];
            shown += std::to_string(i);
        }
        CliRun r = run_cli("analyze" + args + " --json -");
        ASSERT_EQ(r.status, 0) << r.output;
        EXPECT_TRUE(r.output == folder.output) << "order " << shown << " gives other JSON";
    }
}
