// The binary form the page embeds (analysis_binary.h): Analysis → binary → Analysis gives the
// same JSON byte for byte (on the seeds and on 40 pickups of one wire report, so a field added
// to analysis.h and to the JSON but forgotten here fails), decoding a slice at a time gives the
// same as all at once, and truncated or corrupt data is refused with a message, never a crash.
#include "core/analysis_binary.h"
#include "core/analysis_json.h"
#include "core/analyze.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

using namespace wiretrace;

namespace {

const Analysis& analysed(const char* path) {
    static std::map<std::string, Analysis> cache;
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.emplace(path, analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + path})))
                 .first;
    return it->second;
}

// The third gives outlet metadata (country, owner, lean), which the seeds do not.
const char* const kCorpora[] = {"/corpus", "/tests/data/one-story-40.jsonl", "/tests/data/outlet-metadata"};

std::string error_of(std::string_view bytes) {
    try {
        analysis_from_binary(bytes);
    } catch (const AnalysisFormatError& e) {
        return e.what();
    }
    return "";
}

void put_u64_at(std::string& b, std::size_t at, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) b[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

} // namespace

TEST(AnalysisBinary, RoundTripGivesByteIdenticalJson) {
    for (const char* path : kCorpora) {
        const Analysis& a = analysed(path);
        ASSERT_FALSE(a.claims.empty()) << path;
        ASSERT_FALSE(a.alignments.empty()) << path;
        std::string bytes = analysis_to_binary(a);
        Analysis back = analysis_from_binary(bytes);
        EXPECT_EQ(analysis_to_json(back), analysis_to_json(a)) << path;
        // Fields the JSON leaves out (where a mention's pieces are, where an article was read
        // from) survive too: writing the decoded analysis again gives the same bytes.
        EXPECT_EQ(analysis_to_binary(back), bytes) << path;
        // And it is what the page is for: smaller than the JSON.
        EXPECT_LT(bytes.size(), analysis_to_json(a).size()) << path;
    }
}

TEST(AnalysisBinary, SlicedDecodingEqualsWholeAndSourcesComeFirst) {
    const Analysis& a = analysed("/tests/data/one-story-40.jsonl");
    std::string bytes = analysis_to_binary(a);
    Analysis into;
    AnalysisDecoder decoder(bytes, into);
    int steps = 0;
    double last = -1;
    bool sources_before_claims = false;
    while (!decoder.step(512)) {
        ++steps;
        EXPECT_GE(decoder.fraction(), last);
        last = decoder.fraction();
        if (decoder.has(AnalysisSection::Sources) && !decoder.has(AnalysisSection::Claims)) {
            sources_before_claims = true;
            // What Sources draws from is complete while the rest is still coming.
            EXPECT_EQ(into.sources.size(), a.sources.size());
            EXPECT_EQ(into.corpus.articles.size(), a.corpus.articles.size());
        }
    }
    EXPECT_GT(steps, 20) << "512-byte slices of a 40-article analysis";
    EXPECT_TRUE(sources_before_claims);
    EXPECT_DOUBLE_EQ(decoder.fraction(), 1.0);
    EXPECT_EQ(analysis_to_json(into), analysis_to_json(a));
}

TEST(AnalysisBinary, EveryTruncationIsRefusedWithAMessage) {
    std::string bytes = analysis_to_binary(analysed("/corpus"));
    // Every length up to the whole: the section table is checked before anything is decoded.
    for (std::size_t n = 0; n < bytes.size(); n += (n < 64 ? 1 : 97)) {
        std::string e = error_of(std::string_view(bytes).substr(0, n));
        EXPECT_NE(e, "") << "truncated to " << n << " bytes";
        EXPECT_EQ(e.rfind("analysis data", 0), 0u) << e;
    }
    EXPECT_NE(error_of(std::string_view(bytes).substr(0, bytes.size() - 1)).find("truncated"),
              std::string::npos);
    EXPECT_NE(error_of(bytes + "x").find("after the last section"), std::string::npos);
}

TEST(AnalysisBinary, CorruptDataIsRefusedWithAMessage) {
    std::string good = analysis_to_binary(analysed("/corpus"));
    std::string b = good;
    b[0] = 'X';
    EXPECT_NE(error_of(b).find("does not start with \"WTAB\""), std::string::npos);
    b = good;
    b[4] = 9;
    EXPECT_NE(error_of(b).find("format version 9"), std::string::npos) << error_of(b);
    b = good;
    b[8] = 'Q'; // the first section's tag
    EXPECT_NE(error_of(b).find("expected section corpus"), std::string::npos) << error_of(b);

    // A section whose items do not fill it exactly (the claims section, the last one, made one
    // byte longer than its items).
    b = good + std::string(1, '\0');
    std::size_t at = 8;
    std::size_t last_tag = 0;
    for (int s = 0; s < kAnalysisSections; ++s) {
        last_tag = at;
        std::uint64_t len = 0;
        for (int i = 0; i < 8; ++i)
            len |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[at + 4 + i])) << (8 * i);
        at += 12 + len;
    }
    std::uint64_t len = 0;
    for (int i = 0; i < 8; ++i)
        len |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[last_tag + 4 + i]))
               << (8 * i);
    put_u64_at(b, last_tag + 4, len + 1);
    std::string e = error_of(b);
    EXPECT_NE(e.find("section claims"), std::string::npos) << e;
    EXPECT_NE(e.find("left over"), std::string::npos) << e;

    // A huge article count cannot make the reader allocate: the count is checked first.
    b = good;
    b[20] = '\xff';
    b[21] = '\xff';
    b[22] = '\xff';
    b[23] = '\x7f';
    e = error_of(b);
    EXPECT_NE(e.find("is more than the section holds"), std::string::npos) << e;

    // Every single-byte change decodes to a valid analysis or is refused with a message: never a
    // crash (run this test under the sanitizers: tests/fuzz). A valid result has every span
    // inside its article, which writing it as JSON (text slices) exercises.
    for (std::size_t i = 8; i < good.size(); i += 13) {
        b = good;
        b[i] = static_cast<char>(b[i] ^ 0x5a);
        try {
            Analysis a = analysis_from_binary(b);
            (void)analysis_to_json(a);
        } catch (const AnalysisFormatError& e) {
            EXPECT_EQ(std::string(e.what()).rfind("analysis data", 0), 0u) << e.what();
        }
    }
}

TEST(AnalysisBinary, ASpanPastItsArticleIsRefused) {
    Analysis a = analysed("/corpus");
    a.passages.front().members.front().span.end = static_cast<std::uint32_t>(
        a.corpus.articles[static_cast<std::size_t>(a.passages.front().members.front().article)]
            .text.size() +
        1);
    std::string e = error_of(analysis_to_binary(a));
    EXPECT_NE(e.find("section passages"), std::string::npos) << e;
    EXPECT_NE(e.find("past its article's text"), std::string::npos) << e;

    a = analysed("/corpus");
    a.alignments.front().b = static_cast<int>(a.corpus.articles.size());
    e = error_of(analysis_to_binary(a));
    EXPECT_NE(e.find("is not an article of the corpus"), std::string::npos) << e;

    a = analysed("/corpus");
    ASSERT_FALSE(a.claims.front().mentions.empty());
    a.claims.front().reference = static_cast<int>(a.claims.front().mentions.size());
    e = error_of(analysis_to_binary(a));
    EXPECT_NE(e.find("is not one of the claim's"), std::string::npos) << e;
}
