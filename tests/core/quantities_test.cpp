// Quantities and quotations: each normalisation issue 4 names, and the speaker patterns.
#include "core/quantities.h"
#include "core/quotes.h"

#include <gtest/gtest.h>

#include <string>

using namespace wiretrace;

namespace {

std::vector<Quantity> quantities(const std::string& s) {
    return find_quantities(s, {0, static_cast<std::uint32_t>(s.size())},
                           parse_article_date("2024-12-06"));
}

Quantity one(const std::string& s) {
    std::vector<Quantity> q = quantities(s);
    EXPECT_EQ(q.size(), 1u) << s;
    return q.empty() ? Quantity{} : q[0];
}

std::string speaker(const std::string& s) {
    ByteSpan all{0, static_cast<std::uint32_t>(s.size())};
    return find_speaker(s, all, find_quotations(s, all), [](std::string_view n) {
               return n == "Rami Abdurrahman" || n == "Ali Mahmoud Abbas";
           }).name;
}

} // namespace

TEST(Quantities, BracketedConversionIsOneQuantityInKilometres) {
    Quantity q = one("Insurgents are now 5 kilometers (3 miles) away from Homs");
    EXPECT_EQ(q.text, "5 kilometers (3 miles)");
    EXPECT_EQ(q.unit, "km");
    EXPECT_DOUBLE_EQ(q.value, 5);
}

TEST(Quantities, MilesAndSpelledOutNumbersNormalise) {
    Quantity miles = one("just 3 miles from Homs city");
    EXPECT_NEAR(miles.value, 4.828, 0.001);
    EXPECT_EQ(miles.unit, "km");
    Quantity words = one("five kilometres away");
    EXPECT_DOUBLE_EQ(words.value, 5);
    EXPECT_EQ(words.unit, "km");
    EXPECT_TRUE(quantities_agree(miles, words)); // rounding of "3 miles" covers 5 km
    Quantity ten = one("10 km away");
    EXPECT_FALSE(quantities_agree(words, ten));
    EXPECT_FALSE(quantities_agree(miles, ten));
}

TEST(Quantities, VagueAmountsAreIntervals) {
    Quantity dozens = one("killing dozens of fighters");
    EXPECT_EQ(dozens.low, 24);
    EXPECT_EQ(dozens.high, 99);
    EXPECT_EQ(dozens.unit, "people");
    Quantity thousands = one("thousands of Homs residents who are loyal");
    EXPECT_EQ(thousands.low, 2000);
    EXPECT_EQ(thousands.unit, "people");
    Quantity tens = one("TENS of thousands of people have fled");
    EXPECT_EQ(tens.low, 20000);
    EXPECT_EQ(tens.high, 99999);
    EXPECT_EQ(tens.unit, "people");
    Quantity more = one("more than 200 people");
    EXPECT_EQ(more.low, 200);
    EXPECT_GT(more.high, 200);
    Quantity nearly = one("Syria's nearly 14-year civil war");
    EXPECT_EQ(nearly.unit, "year");
    EXPECT_EQ(nearly.high, 14);
    EXPECT_LT(nearly.low, 14);
}

TEST(Quantities, WeekdaysAndDatesResolveAgainstTheArticleDate) {
    // 2024-12-06 is a Friday: "Friday" is that day, "Thursday" the day before.
    std::vector<Quantity> q = quantities("late Thursday, early on Friday, today, and on Oct. 7, 2023");
    ASSERT_EQ(q.size(), 4u);
    EXPECT_EQ(q[0].value, 20241205);
    EXPECT_EQ(q[1].value, 20241206);
    EXPECT_EQ(q[2].value, 20241206);
    EXPECT_EQ(q[3].value, 20231007);
    for (const Quantity& d : q) EXPECT_EQ(d.unit, "date");
    EXPECT_EQ(format_quantity(q[0]), "2024-12-05");
}

TEST(Quantities, PronounOneAndOrdinalsAreNotQuantities) {
    EXPECT_TRUE(quantities("the retreat was a tactical one, and the 14th brigade left").empty());
}

TEST(Quotes, SpeakerPatterns) {
    EXPECT_EQ(speaker("\xE2\x80\x9CThe battle is here,\xE2\x80\x9D said Rami Abdurrahman, the "
                      "Observatory\xE2\x80\x99s chief."),
              "Rami Abdurrahman");
    EXPECT_EQ(speaker("\xE2\x80\x9CWe are in a good position,\xE2\x80\x9D Abbas said, adding that "
                      "the army would return."),
              "Abbas");
    EXPECT_EQ(speaker("The organization\xE2\x80\x99s chief, Rami Abdurrahman, said: \xE2\x80\x9CThe "
                      "battle is here.\xE2\x80\x9D"),
              "Rami Abdurrahman");
    EXPECT_EQ(speaker("Rami Abdurrahman, the Observatory\xE2\x80\x99s head, noted, \xE2\x80\x9CThe "
                      "battle is crucial.\xE2\x80\x9D"),
              "Rami Abdurrahman");
    EXPECT_EQ(speaker("Damascus\xE2\x80\x99s defense minister, Gen. Ali Mahmoud Abbas, said late on "
                      "Thursday that they were \xE2\x80\x9Cin a good position on the ground.\xE2\x80\x9D"),
              "Ali Mahmoud Abbas");
    EXPECT_EQ(speaker("\xE2\x80\x9C" "Come, let\xE2\x80\x99s meet,\xE2\x80\x9D Mr Erdogan said."), "Erdogan");
    EXPECT_EQ(speaker("He said: \xE2\x80\x9CWe will win.\xE2\x80\x9D"), "He");
    EXPECT_EQ(speaker("The weather was \xE2\x80\x9Cvery nice\xE2\x80\x9D all week."), "");
}
