// Inputs a user can hand the loader by mistake: a named pipe, a device, a directory named like
// an article, a link to /dev/zero or in a loop, a huge file, upper-case extensions, hidden and
// foreign files in a folder, a JSON Lines record with a key twice, an impossible date. Each one
// gives "path: what" (or one warning line), never a hang, a crash or a silent skip.
#include "core/corpus.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli_run.h"

using namespace wiretrace;
using wiretrace_test::CliRun;
using wiretrace_test::run_cli;
namespace fs = std::filesystem;

namespace {

const char* const kArticle = "---\noutlet: X\ntitle: T\ndate: 2024-12-06\n---\nSome text here.\n";

// A fresh, empty folder per test, removed with everything in it afterwards.
struct Folder {
    fs::path dir;
    explicit Folder(const std::string& name) : dir(fs::path(::testing::TempDir()) / name) {
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~Folder() { fs::remove_all(dir); }
    std::string file(const std::string& name, const std::string& bytes) const {
        std::ofstream(dir / name, std::ios::binary) << bytes;
        return (dir / name).string();
    }
    std::string path(const std::string& name = "") const { return (dir / name).string(); }
};

CorpusError load_error(const std::vector<std::string>& paths, const CorpusLimits& limits = {}) {
    try {
        load_corpus(paths, limits);
    } catch (const CorpusError& e) {
        return e;
    }
    ADD_FAILURE() << "expected a CorpusError";
    return CorpusError("", 0, "");
}

} // namespace

// The CLI, not load_corpus, so that a hang shows as the test's timeout rather than never.
TEST(Inputs, NamedPipeInAFolderIsRefusedNotOpened) {
    Folder f("wt_fifo");
    f.file("a.md", kArticle);
    ASSERT_EQ(mkfifo(f.path("pipe.md").c_str(), 0600), 0);
    CliRun r = run_cli("analyze " + f.path() + " --json -");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find(f.path("pipe.md") + ":1: not a regular file"), std::string::npos)
        << r.output;
}

// passim's output is streamed, not read whole, but a pipe in its folder is refused the same way.
TEST(Inputs, NamedPipeInAPassimOutputFolderIsRefusedNotOpened) {
    Folder f("wt_passim_fifo");
    ASSERT_EQ(mkfifo(f.path("part-00000.json").c_str(), 0600), 0);
    CliRun r = run_cli("analyze --passim " + f.path() + " --cluster 1 --json -");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find(f.path("part-00000.json") + ":1: not a regular file"),
              std::string::npos)
        << r.output;
}

TEST(Inputs, DirectoryDeviceAndLinkToDevZeroAreNotRegularFiles) {
    Folder f("wt_special");
    fs::create_directory(f.path("sub.md"));
    fs::create_symlink("/dev/zero", f.path("zero.md"));
    EXPECT_EQ(load_error({f.path("zero.md")}).message(), "not a regular file");
    EXPECT_EQ(load_error({"/dev/zero"}).message(), "not a regular file");
    // A directory inside a folder named like an article (named directly, it is a folder to read).
    CorpusError e = load_error({f.path()});
    EXPECT_EQ(e.message(), "not a regular file");
    EXPECT_EQ(e.file(), f.path("sub.md"));
}

TEST(Inputs, LinkToDevZeroFromTheCliNamesTheFile) {
    Folder f("wt_zero");
    fs::create_symlink("/dev/zero", f.path("zero.md"));
    CliRun r = run_cli("analyze " + f.path("zero.md") + " --json -");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.output, f.path("zero.md") + ":1: not a regular file\n");
}

TEST(Inputs, LinkLoopAndBrokenLinkSaySo) {
    Folder f("wt_links");
    fs::create_symlink(f.path("b.md"), f.path("a.md"));
    fs::create_symlink(f.path("a.md"), f.path("b.md"));
    fs::create_symlink(f.path("missing.md"), f.path("dangling.md"));
    EXPECT_NE(load_error({f.path("a.md")}).message().find("symbolic link loop"), std::string::npos);
    EXPECT_NE(load_error({f.path("dangling.md")}).message().find("broken symbolic link"),
              std::string::npos);
    EXPECT_EQ(load_error({f.path("nothing.md")}).message(), "no such file or directory");
}

TEST(Inputs, FileAndCorpusSizeLimitsAreCheckedBeforeReading) {
    Folder f("wt_sizes");
    // Sparse: 300 MiB on paper, nothing on disk; the default limit refuses it from its size alone.
    std::string big = f.path("big.md");
    { std::ofstream(big, std::ios::binary) << "x"; }
    fs::resize_file(big, 300ull << 20);
    CliRun r = run_cli("analyze " + big + " --json -");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(
        r.output.find(big + ":1: file of 300.0 MiB is larger than the limit of 256.0 MiB per file"),
        std::string::npos)
        << r.output;

    Folder g("wt_sizes2");
    g.file("a.md", kArticle);
    std::string b = g.file("b.md", kArticle);
    CorpusLimits small;
    small.max_file_bytes = 1000;
    small.max_corpus_bytes = std::string(kArticle).size() + 10; // room for one of the two files
    CorpusError e = load_error({g.path()}, small);
    EXPECT_EQ(e.file(), b);
    EXPECT_NE(e.message().find("larger than the limit of"), std::string::npos) << e.what();
    EXPECT_NE(e.message().find("per corpus"), std::string::npos) << e.what();
    small.max_file_bytes = 10;
    EXPECT_NE(load_error({g.path("a.md")}, small).message().find("per file"), std::string::npos);
}

TEST(Inputs, UpperCaseExtensionsAreRead) {
    Folder f("wt_case");
    f.file("A.MD", kArticle);
    f.file("b.md", kArticle);
    f.file("C.TXT", kArticle);
    f.file("d.JSONL", "{\"id\":\"d\",\"text\":\"Other text.\"}\n");
    Corpus c = load_corpus({f.path()});
    ASSERT_EQ(c.articles.size(), 4u);
    EXPECT_EQ(c.articles[0].id, "A");
    EXPECT_EQ(c.articles[1].id, "C");
    EXPECT_EQ(c.articles[3].id, "d");
}

TEST(Inputs, FilesNotReadAreListedInOneWarningLine) {
    Folder f("wt_skipped");
    f.file("a.md", kArticle);
    f.file(".hidden.md", kArticle);
    f.file("notes.docx", "x");
    fs::create_directory(f.path("images"));
    std::vector<std::string> skipped;
    Corpus c = load_corpus({f.path()}, {}, &skipped);
    EXPECT_EQ(c.articles.size(), 1u);
    EXPECT_EQ(skipped, (std::vector<std::string>{f.path(".hidden.md"), f.path("images"),
                                                 f.path("notes.docx")}));
    const std::string out = ::testing::TempDir() + "wt_skipped_out.json";
    CliRun r = run_cli("analyze " + f.path() + " --json " + out);
    std::remove(out.c_str());
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(r.output, "wiretrace: warning: 3 files not read (hidden, or not .md, .markdown, .txt "
                        "or .jsonl): " +
                            f.path(".hidden.md") + ", " + f.path("images") + ", " +
                            f.path("notes.docx") + "\n");
}

TEST(Inputs, DuplicateKeyInAJsonLinesRecordIsAnError) {
    Folder f("wt_dupkey");
    std::string p = f.file("a.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n"
                                      "{\"id\":\"b\",\"text\":\"Two.\",\"text\":\"Three.\"}\n");
    CorpusError e = load_error({p});
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.message(), "key \"text\" given twice in one record");
    // Keys repeated across different (nested) objects are not duplicates.
    std::string ok = f.file("b.jsonl", "{\"id\":\"c\",\"text\":\"T.\",\"meta\":{\"id\":1}}\n");
    EXPECT_EQ(load_corpus({ok}).articles.size(), 1u);
}

TEST(Inputs, ImpossibleDatesAreErrorsWithFileAndLine) {
    Folder f("wt_dates");
    std::string md = f.file("a.md", "---\noutlet: X\ntitle: T\ndate: 2024-02-31\n---\nText.\n");
    CorpusError e = load_error({md});
    EXPECT_EQ(e.line(), 4);
    EXPECT_EQ(e.message(), "impossible date \"2024-02-31\": February 2024 has 29 days");
    std::string jl =
        f.file("b.jsonl", "{\"id\":\"b\",\"date\":\"2024-02-29\",\"text\":\"T.\"}\n"
                          "{\"id\":\"c\",\"date\":\"2023-02-29T10:00Z\",\"text\":\"T.\"}\n");
    e = load_error({jl});
    EXPECT_EQ(e.line(), 2) << "2024 is a leap year, 2023 is not";
    EXPECT_EQ(e.message(), "impossible date \"2023-02-29\": February 2023 has 28 days");
    EXPECT_EQ(check_article_date("2024-13-01"),
              "impossible date \"2024-13-01\": there is no month 13");
    EXPECT_EQ(check_article_date("2000-02-29"), "");
    EXPECT_NE(check_article_date("1900-02-29"), "");
    EXPECT_EQ(check_article_date("Dec 6, 2024"), "") << "other forms are kept as written";
}
