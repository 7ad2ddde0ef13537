// The page's loader (analysis_from_json) on hostile input: a file the user picked may hold
// anything. Every bad number, span, id or index is refused at load time with a runtime_error
// that says where and what, never undefined behaviour, an escaping nlohmann exception or an
// out-of-range access later in a view.
#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/corpus.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace wiretrace;
using json = nlohmann::ordered_json;

namespace {

const json& seed_json() {
    static const json j = json::parse(
        analysis_to_json(analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}))));
    return j;
}

// The message analysis_from_json refuses `j` with; "" (and a test failure) when it loads, or
// when it throws anything but std::runtime_error.
std::string refusal(const json& j) {
    try {
        analysis_from_json(j.dump());
    } catch (const std::runtime_error& e) {
        return e.what();
    } catch (const std::exception& e) {
        ADD_FAILURE() << "escaped as another exception: " << e.what();
        return "";
    }
    ADD_FAILURE() << "loaded: " << j.dump().substr(0, 200);
    return "";
}

// `claims[i]` of the seeds with at least two mentions, so indices 0 and 1 are both valid.
std::size_t claim_with_two_mentions() {
    const json& claims = seed_json()["claims"];
    for (std::size_t i = 0; i < claims.size(); ++i)
        if (claims[i]["mentions"].size() >= 2) return i;
    ADD_FAILURE() << "no seed claim with two mentions";
    return 0;
}

} // namespace

TEST(AnalysisJson, SeedAnalysisLoads) {
    Analysis a = analysis_from_json(seed_json().dump());
    EXPECT_EQ(a.corpus.articles.size(), 5u);
    EXPECT_EQ(json::parse(analysis_to_json(a)), seed_json());
}

TEST(AnalysisJson, VersionOfTheWrongTypeIsAClearError) {
    EXPECT_EQ(refusal(json::parse(R"({"version": []})")),
              "analysis: unsupported version [] (expected 2)");
    EXPECT_EQ(refusal(json::parse(R"({"version": 2.5})")),
              "analysis: unsupported version 2.5 (expected 2)");
    EXPECT_EQ(refusal(json::parse(R"({"articles": []})")),
              "analysis: unsupported version (none) (expected 2)");
    EXPECT_EQ(refusal(json::parse(R"({"version": 2, "articles": {}})")),
              "analysis: articles: must be a list");
}

TEST(AnalysisJson, NumbersThatAreNotWholeOrOutOfRangeAreRefusedBeforeAnyCast) {
    json j = seed_json();
    j["claims"][0]["id"] = 1e300;
    EXPECT_EQ(refusal(j), "analysis: claims[0]: claim id must be a whole number, not 1e+300");
    j = seed_json();
    j["claims"][0]["id"] = -3;
    EXPECT_EQ(refusal(j), "analysis: claims[0]: claim id -3 is out of range (0 to 2147483647)");
    j = seed_json();
    j["passages"][0]["id"] = 4294967296.0;
    EXPECT_NE(refusal(j).find("passage id must be a whole number"), std::string::npos);
    j = seed_json();
    j["articles"][1]["sentences"][0][0] = 0.5;
    EXPECT_EQ(refusal(j), "analysis: articles[1]: sentence span must be a whole number, not 0.5");
    j = seed_json();
    j["articles"][1]["word_count"] = -5;
    EXPECT_NE(refusal(j).find("word_count -5 is out of range"), std::string::npos);
    j = seed_json();
    j["articles"][1]["sentences"][0][1] = "12";
    EXPECT_EQ(refusal(j),
              "analysis: articles[1]: sentence span must be a whole number, not string");
}

// Scores and shares are fractions; the writer prints them with integer arithmetic, where a huge
// value would be undefined behaviour (found by the sanitizer run on corrupt binary data).
TEST(AnalysisJson, ScoresAndSharesOutsideZeroToOneAreRefused) {
    json j = seed_json();
    j["alignments"][0]["score"] = 1e300;
    EXPECT_NE(refusal(j).find("score must be between 0 and 1"), std::string::npos) << refusal(j);
    j = seed_json();
    j["alignments"][0]["score"] = -0.25;
    EXPECT_NE(refusal(j).find("score must be between 0 and 1"), std::string::npos);
    j = seed_json();
    ASSERT_TRUE(j["sources"][0].contains("share"));
    j["sources"][0]["share"] = 1.5;
    EXPECT_NE(refusal(j).find("share must be between 0 and 1"), std::string::npos);
}

TEST(AnalysisJson, SpansOutsideTheTextOrInsideACharacterAreRefused) {
    json j = seed_json();
    const std::size_t size = j["articles"][2]["text"].get<std::string>().size();
    j["articles"][2]["sentences"][0] = json::array({0, size + 1});
    EXPECT_EQ(refusal(j), "analysis: articles[2]: sentence span " + std::to_string(size + 1) +
                              " is out of range (0 to " + std::to_string(size) + ")");
    j = seed_json();
    j["provenance"][3]["sentence"] = json::array({40, 20});
    EXPECT_EQ(refusal(j), "analysis: provenance[3]: sentence [40,20] ends before it begins");
    j = seed_json();
    j["alignments"][0]["b_span"] = json::array({0, 4294967295u});
    EXPECT_NE(refusal(j).find("analysis: alignments[0]: b_span 4294967295 is out of range"),
              std::string::npos);
    // The second byte of the first multi-byte character of an article.
    j = seed_json();
    const std::string text = j["articles"][0]["text"].get<std::string>();
    std::size_t mid = 0;
    while (mid < text.size() && (static_cast<unsigned char>(text[mid]) & 0xC0) != 0x80) ++mid;
    ASSERT_LT(mid, text.size()) << "the seed has a character outside ASCII";
    j["articles"][0]["boilerplate"] = json::array({json::array({mid, mid + 1})});
    EXPECT_NE(refusal(j).find("cuts a character of the text of \"000_b584b1e36c441f0d\""),
              std::string::npos);
}

TEST(AnalysisJson, UnknownIdsAndIndicesPastTheEndAreRefused) {
    const std::size_t c = claim_with_two_mentions();
    const std::string claim = "analysis: claims[" + std::to_string(c) + "]: ";
    const std::size_t n = seed_json()["claims"][c]["mentions"].size();
    json j = seed_json();
    j["claims"][c]["reference"] = n;
    EXPECT_EQ(refusal(j), claim + "reference " + std::to_string(n) + " is out of range (0 to " +
                              std::to_string(n - 1) + ")");
    j = seed_json();
    j["claims"][c]["reference"] = 0.7;
    EXPECT_EQ(refusal(j), claim + "reference must be a whole number, not 0.7");
    j = seed_json();
    j["claims"][c]["mentions"][0]["article"] = "nobody";
    EXPECT_EQ(refusal(j), claim + "unknown article id \"nobody\"");
    j = seed_json();
    j["sources"][0]["article"] = json::array({1});
    EXPECT_EQ(refusal(j), "analysis: sources[0]: article id must be a string, not array");
    j = seed_json();
    j["articles"][1]["id"] = j["articles"][0]["id"];
    EXPECT_EQ(refusal(j), "analysis: articles[1]: article id \"000_b584b1e36c441f0d\" given twice");
}

TEST(AnalysisJson, WrongShapesAndUnknownNamesAreRefused) {
    json j = seed_json();
    for (json& al : j["alignments"])
        if (!al["diff"].empty()) {
            al["diff"][0]["op"] = "swap";
            break;
        }
    const std::string swap = refusal(j);
    EXPECT_NE(swap.find("unknown diff op \"swap\""), std::string::npos) << swap;
    j = seed_json();
    j["claims"][0]["mentions"][0]["hedged"] = "yes";
    EXPECT_EQ(refusal(j), "analysis: claims[0]: hedged must be true or false");
    j = seed_json();
    j["provenance"] = 7;
    EXPECT_EQ(refusal(j), "analysis: provenance: provenance must be a list");
    j = seed_json();
    j["articles"][0].erase("text");
    EXPECT_EQ(refusal(j), "analysis: articles[0]: missing \"text\"");
}

TEST(AnalysisJson, OutletMetadataIsWrittenWhereGivenAndReadBack) {
    Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/tests/data/outlet-metadata"}));
    const json j = json::parse(analysis_to_json(a));
    const json& daily = j["articles"][1];
    EXPECT_EQ(daily["country"], "Atlantis");
    EXPECT_EQ(daily["owner"], "Example Media Group");
    EXPECT_EQ(daily["lean"], "centre-right");
    EXPECT_FALSE(j["articles"][0].contains("lean")) << "a key the article does not give is left out";
    EXPECT_FALSE(j["articles"][2].contains("country"));
    EXPECT_FALSE(seed_json()["articles"][0].contains("country")) << "the seeds' analysis is unchanged";
    Analysis back = analysis_from_json(j.dump());
    EXPECT_EQ(back.corpus.articles[1].lean, "centre-right");
    EXPECT_EQ(back.corpus.articles[0].owner, "Example Wire Cooperative");
    json bad = j;
    bad["articles"][1]["lean"] = 7;
    EXPECT_NE(refusal(bad).find("lean"), std::string::npos);
}
