// Text segmentation and normalisation: sentences end where a reader would end them, offsets point
// into the original bytes, and normalisation makes spelling variants of the same word match.
#include "core/corpus.h"
#include "core/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace wiretrace;

namespace {

std::vector<std::string> sentences_of(std::string_view t) {
    std::vector<std::string> out;
    for (ByteSpan s : split_sentences(t)) out.emplace_back(t.substr(s.begin, s.size()));
    return out;
}

std::vector<std::string> norms(std::string_view t) {
    std::vector<std::string> out;
    for (const Token& w : tokenize(t)) out.push_back(w.norm);
    return out;
}

} // namespace

TEST(Sentences, AbbreviationsDoNotEndASentence) {
    auto s = sentences_of("Gen. Ali Mahmoud Abbas said so. Mr. Smith went to the U.S. Capitol on "
                          "Oct. 7, 2023. Then he left.");
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0], "Gen. Ali Mahmoud Abbas said so.");
    EXPECT_EQ(s[1], "Mr. Smith went to the U.S. Capitol on Oct. 7, 2023.");
    EXPECT_EQ(s[2], "Then he left.");
}

// Police ranks as agency copy abbreviates them: the credit after them stays in the sentence.
TEST(Sentences, RankAbbreviationsDoNotEndASentence) {
    auto s = sentences_of("Officers found two stolen cars, Det. Insp. Ola Brand told reporters. "
                          "Supt. Moe Vik said more arrests were likely.");
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0], "Officers found two stolen cars, Det. Insp. Ola Brand told reporters.");
}

TEST(Sentences, ClosingQuotesStayInTheSentence) {
    auto s = sentences_of("Abbas said it was \xE2\x80\x9C"
                          "a temporary measure.\xE2\x80\x9D The "
                          "army left. \xE2\x80\x9CWe are here,\xE2\x80\x9D he said.");
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0], "Abbas said it was \xE2\x80\x9C"
                    "a temporary measure.\xE2\x80\x9D");
    EXPECT_EQ(s[2], "\xE2\x80\x9CWe are here,\xE2\x80\x9D he said.");
}

TEST(Sentences, LineBreaksSplitHeadlinesAndParagraphs) {
    std::string t = "Headline without a stop\n\nBassem Mroue\nFriday 06 December 2024\n"
                    "First paragraph here. Second one.\nA wrapped line that\ncontinues here.";
    auto s = sentences_of(t);
    ASSERT_EQ(s.size(), 6u);
    EXPECT_EQ(s[0], "Headline without a stop");
    EXPECT_EQ(s[1], "Bassem Mroue");
    EXPECT_EQ(s[2], "Friday 06 December 2024");
    EXPECT_EQ(s[3], "First paragraph here.");
    EXPECT_EQ(s[5], "A wrapped line that\ncontinues here.");
}

TEST(Sentences, LowerCaseAfterAStopDoesNotSplitButArabicAndChineseDo) {
    EXPECT_EQ(sentences_of("It rose 3.5 percent. and then fell.").size(), 1u);
    // Arabic: caseless script after a full stop still splits; Arabic question mark too.
    auto ar = sentences_of("\xD8\xAF\xD9\x85\xD8\xB4\xD9\x82. \xD8\xAD\xD9\x85\xD8\xB5\xD8\x9F "
                           "\xD8\xAD\xD9\x85\xD8\xA7\xD8\xA9");
    EXPECT_EQ(ar.size(), 3u);
    // Chinese full stop with no space after it.
    auto zh =
        sentences_of("\xE5\x8F\x99\xE5\x88\xA9\xE4\xBA\x9A\xE3\x80\x82\xE9\xBB\x8E\xE5\xB7\xB4"
                     "\xE5\xAB\xA9\xE3\x80\x82");
    EXPECT_EQ(zh.size(), 2u);
}

TEST(Sentences, BlankTextHasNoSentencesAndSpansAreTrimmed) {
    EXPECT_TRUE(split_sentences("").empty());
    EXPECT_TRUE(split_sentences(" \n\n\t ").empty());
    std::string t = "\n  One.  \n";
    auto s = split_sentences(t);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0].begin, 3u);
    EXPECT_EQ(s[0].end, 7u);
}

TEST(Sentences, SeedArticlesSplitLikeAReader) {
    Corpus c = load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"});
    // 001 has 21 lines, one sentence each except three lines with two.
    const std::string& t1 = c.articles[1].text;
    auto s1 = split_sentences(t1);
    EXPECT_EQ(s1.size(), 24u);
    // "Oct. 7, 2023." stays whole at the end of 001.
    std::string last(t1.substr(s1.back().begin, s1.back().size()));
    EXPECT_NE(last.find("on Oct. 7, 2023."), std::string::npos) << last;
    // Every span lies on the text and starts/ends on non-space.
    for (const Article& a : c.articles)
        for (ByteSpan s : split_sentences(a.text)) {
            ASSERT_LE(s.end, a.text.size());
            ASSERT_LT(s.begin, s.end);
            EXPECT_NE(a.text[s.begin], ' ');
            EXPECT_NE(a.text[s.end - 1], '\n');
        }
}

TEST(Paragraphs, SplitAtLineBreaks) {
    auto p = split_paragraphs("One.\n\nTwo. Three.\nFour\n\n");
    ASSERT_EQ(p.size(), 3u);
    EXPECT_EQ(p[1].begin, 6u);
    EXPECT_EQ(p[1].end, 17u);
}

TEST(Tokens, SpansPointIntoTheOriginalText) {
    std::string t = "Syria\xE2\x80\x99s defense minister, 1,000 troops";
    auto toks = tokenize(t);
    ASSERT_EQ(toks.size(), 5u);
    EXPECT_EQ(t.substr(toks[0].span.begin, toks[0].span.size()), "Syria\xE2\x80\x99s");
    EXPECT_EQ(toks[0].norm, "syria");
    EXPECT_EQ(toks[3].norm, "1000");
    EXPECT_TRUE(toks[3].is_number);
    EXPECT_EQ(t.substr(toks[3].span.begin, toks[3].span.size()), "1,000");
}

TEST(Tokens, CurlyAndStraightApostrophesCaseAndPluralsMatch) {
    EXPECT_EQ(norms("Assad\xE2\x80\x99s"), norms("assad's"));
    EXPECT_EQ(norms("Assad's"), std::vector<std::string>{"assad"});
    EXPECT_EQ(normalize_word("Kilometers"), "kilomet");
    EXPECT_EQ(normalize_word("kilometer"), "kilomet");
    EXPECT_EQ(normalize_word("INSURGENTS"), normalize_word("insurgent"));
    EXPECT_EQ(normalize_word("withdrawal"), "withdraw");
    EXPECT_EQ(normalize_word("2014"), "2014");
    EXPECT_EQ(normalize_word("3.5"), "3.5");
}

TEST(Tokens, HyphensAndDashesSeparateWords) {
    EXPECT_EQ(norms("pro-Assad \xE2\x80\x94 Britain-based"),
              (std::vector<std::string>{"pro", "assad", "britain", "base"}));
}

TEST(Tokens, StopwordsAreFlaggedNumbersAreNot) {
    auto toks = tokenize("The battle of Homs is 5 km");
    ASSERT_EQ(toks.size(), 7u);
    EXPECT_TRUE(toks[0].is_stopword);
    EXPECT_FALSE(toks[1].is_stopword);
    EXPECT_TRUE(toks[2].is_stopword);
    EXPECT_FALSE(toks[5].is_stopword);
    EXPECT_TRUE(toks[5].is_number);
}

TEST(Tokens, ChineseCharactersAreTokensArabicWordsAreWords) {
    auto zh = tokenize("\xE5\x8F\x99\xE5\x88\xA9\xE4\xBA\x9A\xE3\x80\x82");
    EXPECT_EQ(zh.size(), 3u);
    auto ar = tokenize("\xD8\xAF\xD9\x85\xD8\xB4\xD9\x82 \xD8\xAD\xD9\x85\xD8\xB5");
    ASSERT_EQ(ar.size(), 2u);
    EXPECT_EQ(ar[0].norm, "\xD8\xAF\xD9\x85\xD8\xB4\xD9\x82");
}

TEST(Tokens, SubSpanTokenisesOnlyThatRange) {
    std::string t = "alpha beta gamma";
    auto toks = tokenize(t, ByteSpan{6, 16});
    ASSERT_EQ(toks.size(), 2u);
    EXPECT_EQ(toks[0].span.begin, 6u);
}
