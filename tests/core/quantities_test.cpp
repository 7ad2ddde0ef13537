// Quantities and quotations: each normalisation issue 4 names, and the speaker patterns.
#include "core/quantities.h"
#include "core/quotes.h"

#include <gtest/gtest.h>

#include <cmath>
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
    return find_speaker(s, all, find_quotations(s, all),
                        [](std::string_view n) {
                            return n == "Rami Abdurrahman" || n == "Ali Mahmoud Abbas";
                        })
        .name;
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
    std::vector<Quantity> q =
        quantities("late Thursday, early on Friday, today, and on Oct. 7, 2023");
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

// Times of day are when, compared on one clock: an outlet that moves the quake an hour is
// flagged, one that converts to GMT is not compared, and a rounded or approximate time meets
// the exact one it rounds.
TEST(Quantities, TimesOfDayCompareOnOneClock) {
    const std::vector<Quantity> q =
        quantities("shortly after 10 p.m., at 10:30 a.m., at 9am and at 16:45");
    ASSERT_EQ(q.size(), 4u);
    for (const Quantity& t : q) EXPECT_EQ(t.unit, "time") << t.text;
    EXPECT_EQ(q[0].text, "shortly after 10 p.m.");
    EXPECT_EQ(format_quantity(q[0]), "22:00\u201322:30");
    EXPECT_EQ(format_quantity(q[1]), "10:30");
    EXPECT_EQ(format_quantity(q[2]), "09:00");
    EXPECT_EQ(format_quantity(q[3]), "16:45");
    const std::vector<Quantity> with_hours = quantities("shortly after 10 p.m. six hours");
    ASSERT_EQ(with_hours.size(), 2u);
    EXPECT_EQ(with_hours[1].unit, "hour") << "a duration after a time is still a duration";

    const std::vector<Quantity> both = quantities("The quake struck at 3:14 a.m. (0014 GMT)");
    ASSERT_EQ(both.size(), 2u);
    const Quantity wire = both[0];
    EXPECT_EQ(wire.unit, "time");
    EXPECT_EQ(format_quantity(wire), "03:14");
    EXPECT_EQ(both[1].unit, "time UTC");
    EXPECT_EQ(format_quantity(both[1]), "00:14 UTC");
    const Quantity local = one("at 4:14 a.m. local time");
    EXPECT_EQ(local.unit, "time") << "the place's own clock";
    EXPECT_FALSE(quantities_agree(wire, local)) << "an hour later is another time";
    EXPECT_FALSE(quantities_agree(both[1], wire)) << "GMT and local are not compared";
    EXPECT_FALSE(comparable(both[1], wire));

    // Rounding and modifiers: "7am" meets 6:58 but not 6:45; "about 05:30" is 05:15-05:45;
    // "shortly before 7am" is 06:30-07:00 and so does not meet "about 05:30".
    EXPECT_TRUE(quantities_agree(one("at 7am"), one("at 6:58 a.m.")));
    EXPECT_FALSE(quantities_agree(one("at 7am"), one("at 6:45 a.m.")));
    const Quantity about = one("at about 05:30");
    EXPECT_EQ(format_quantity(about), "05:15\u201305:45");
    const Quantity shortly = one("shortly before 7am");
    EXPECT_EQ(format_quantity(shortly), "06:30\u201307:00");
    EXPECT_FALSE(quantities_agree(about, shortly));
    EXPECT_TRUE(quantities_agree(shortly, one("at 6:40 a.m.")));
    EXPECT_EQ(format_quantity(one("at noon")), "12:00");
    EXPECT_EQ(format_quantity(one("at midnight")), "00:00");
    EXPECT_EQ(format_quantity(one("at 12 a.m.")), "00:00");
    EXPECT_EQ(format_quantity(one("at 12:30 p.m.")), "12:30");
    // A named zone is put on UTC (the article is of December: Eastern Standard Time, UTC-5).
    EXPECT_EQ(one("at 3 p.m. ET").unit, "time UTC");
    EXPECT_EQ(format_quantity(one("at 3 p.m. ET")), "20:00 UTC");
    EXPECT_EQ(format_quantity(one("at 3 p.m. EDT")), "19:00 UTC") << "daylight time as written";
    // Bounds are not times a reader would compare; a four-digit year after "after" is a year.
    EXPECT_TRUE(quantities("before 7am, by 10 p.m. and until midnight").empty());
    EXPECT_TRUE(quantities("in 1999, after 2001").size() == 2u);
    EXPECT_EQ(describe_quantity(shortly), "shortly before 7am: 06:30\u201307:00");
}

TEST(Quantities, ExactCountsHaveNoRoundingSoNeighboursDisagree) {
    Quantity nineteen = one("killing 19 workers");
    Quantity twenty = one("killing 20 workers");
    EXPECT_EQ(nineteen.rounding, 0);
    EXPECT_EQ(twenty.rounding, 0);
    EXPECT_FALSE(quantities_agree(nineteen, twenty));
    Quantity three = one("Three firefighters were treated");
    Quantity four = one("Four firefighters were treated");
    EXPECT_EQ(three.rounding, 0);
    EXPECT_EQ(three.unit, "people");
    EXPECT_FALSE(quantities_agree(three, four));
    EXPECT_TRUE(quantities_agree(nineteen, one("Nineteen employees died")));
}

TEST(Quantities, RoundApproximateAndConvertedFiguresKeepATolerance) {
    // "about" and "nearly" carry their tolerance in the interval itself.
    Quantity about = one("about 300 workers");
    EXPECT_LT(about.low, 300);
    EXPECT_GT(about.high, 300);
    EXPECT_TRUE(quantities_agree(about, one("310 workers")));
    EXPECT_TRUE(quantities_agree(one("About 310 workers"), one("roughly 300 people")));
    Quantity nearly = one("nearly 2,000 people");
    EXPECT_LT(nearly.low, 2000);
    EXPECT_TRUE(quantities_agree(nearly, one("1,950 people")));
    // Not widened twice: "nearly 600" is just under 600, "some 650" around 650.
    EXPECT_FALSE(quantities_agree(one("Nearly 600 firefighters"), one("Some 650 firefighters")));
    EXPECT_TRUE(quantities_agree(one("about 650 firefighters"), one("Some 650 firefighters")));
    EXPECT_GT(one("3 miles").rounding, 0);
    EXPECT_EQ(one("1,213 people").rounding, 0);
    // A round figure is good to its last written digit: 1,200 covers 1,213, not 1,300.
    EXPECT_TRUE(quantities_agree(one("1,200 people"), one("1,213 people")));
    EXPECT_FALSE(quantities_agree(one("1,200 people"), one("1,300 people")));
    // "2,000" with its separator is a count of passengers, not the calendar year 2000.
    Quantity stranded = one("More than 2,000 passengers were stranded");
    EXPECT_EQ(stranded.unit, "people");
    EXPECT_EQ(stranded.low, 2000);
    EXPECT_EQ(one("in 2000").unit, "calendar_year");
}

TEST(Quantities, CurrencySignsWithMultipliers) {
    Quantity bn = one("cost it about \xE2\x82\xAC"
                      "1.2bn.");
    EXPECT_EQ(bn.unit, "EUR");
    EXPECT_NEAR(bn.value, 1.2e9, 1);
    EXPECT_EQ(bn.text, "about \xE2\x82\xAC"
                       "1.2bn");
    EXPECT_TRUE(quantities_agree(bn, one("roughly \xE2\x82\xAC"
                                         "1.2 billion")));
    Quantity fine = one("a fine of \xE2\x82\xAC"
                        "85,000");
    EXPECT_EQ(fine.unit, "EUR");
    EXPECT_EQ(fine.value, 85000);
    Quantity usd = one("a fine of $85,000");
    EXPECT_EQ(usd.unit, "USD");
    EXPECT_FALSE(quantities_agree(usd, one("fined him $95,000")));
    Quantity million = one("$3.5 million in payments");
    EXPECT_EQ(million.unit, "USD");
    EXPECT_NEAR(million.value, 3.5e6, 1e-3);
    Quantity pounds = one("a \xC2\xA3"
                          "40m deal");
    EXPECT_EQ(pounds.unit, "GBP");
    EXPECT_NEAR(pounds.value, 4e7, 1e-3);
    EXPECT_FALSE(comparable(usd, fine)) << "dollars and euros are not compared";
}

TEST(Quantities, PeopleNamedByWhatTheyDo) {
    for (const char* s : {"12 patients", "2,000 passengers", "310 workers", "40 employees",
                          "30 students", "5 soldiers", "200 migrants", "19 victims",
                          "3 firefighters", "an estimated 500 ferry passengers"})
        EXPECT_EQ(one(s).unit, "people") << s;
    EXPECT_EQ(one("45,000 homes").unit, "") << "homes are not people";
}

TEST(Quantities, DurationsWithVagueCounts) {
    Quantity several = one("closed for several months");
    EXPECT_EQ(several.unit, "month");
    EXPECT_EQ(several.low, 3);
    EXPECT_EQ(several.high, 9);
    EXPECT_TRUE(quantities_agree(several, one("for about six months")));
    EXPECT_FALSE(quantities_agree(several, one("for two months")));
    // Durations compare across units, in days.
    EXPECT_TRUE(comparable(several, one("for two years")));
    EXPECT_FALSE(quantities_agree(several, one("could take two years")));
    EXPECT_TRUE(quantities_agree(one("for 12 months"), one("for one year")));
    EXPECT_TRUE(quantities_agree(one("about six weeks"), one("for 40 days")));
    EXPECT_FALSE(comparable(one("two years"), one("two people")));
    Quantity hundred = one("several hundred people");
    EXPECT_EQ(hundred.low, 300);
    EXPECT_EQ(hundred.high, 900);
    EXPECT_EQ(one("a few days").unit, "day");
    EXPECT_EQ(one("a four-year prison sentence").value, 4);
    EXPECT_EQ(one("a four-year prison sentence").unit, "year");
    Quantity decades = one("in two decades");
    EXPECT_EQ(decades.unit, "year");
    EXPECT_TRUE(quantities_agree(decades, one("in twenty years")));
    EXPECT_EQ(one("winds of up to 140 kilometers per hour").unit, "km/h");
    EXPECT_EQ(one("140 km/h").unit, "km/h");
}

TEST(Quantities, DescribedForPeopleWithoutInventedPrecision) {
    EXPECT_EQ(describe_quantity(one("killing dozens of fighters")),
              "dozens of fighters: 24\xE2\x80\x93"
              "99 people");
    EXPECT_EQ(format_quantity(one("dozens of fighters")), "24\xE2\x80\x93"
                                                          "99 people");
    EXPECT_EQ(describe_quantity(one("about 15 people")), "about 15 people: 14\xE2\x80\x93"
                                                         "16 people");
    EXPECT_EQ(describe_quantity(one("a fine of $85,000")), "$85,000");
    EXPECT_EQ(describe_quantity(one("\xE2\x82\xAC"
                                    "1.2bn")),
              "\xE2\x82\xAC"
              "1.2bn: \xE2\x82\xAC"
              "1.2 billion");
    EXPECT_EQ(describe_quantity(one("just 3 miles away")), "3 miles: 4.8 km");
    EXPECT_EQ(describe_quantity(one("Nineteen employees")), "Nineteen employees: 19 people");
    EXPECT_EQ(describe_quantity(one("for several months")), "several months: 3\xE2\x80\x93"
                                                            "9 months");
    EXPECT_EQ(describe_quantity(one("on Friday")), "2024-12-06");
    EXPECT_EQ(describe_quantity(one("since 1999")), "1999");
    EXPECT_EQ(format_quantity(one("one person")), "1 person");
    for (const char* s : {"dozens of fighters", "thousands of Homs residents", "several months",
                          "about 15 people", "tens of thousands of people"}) {
        const std::string d = describe_quantity(one(s));
        EXPECT_EQ(d.find(".5"), std::string::npos) << s << ": " << d;
    }
}

TEST(Quantities, DateAxesTickOnRealDates) {
    // 2024-11-28 .. 2024-12-06: YYYYMMDD 20241128 .. 20241206 would put ticks on 20241150.
    const double lo = axis_position(20241128, "date"), hi = axis_position(20241206, "date");
    EXPECT_EQ(hi - lo, 8);
    std::vector<AxisTick> ticks = axis_ticks(lo, hi, "date", 5);
    ASSERT_GE(ticks.size(), 2u);
    ASSERT_LE(ticks.size(), 5u);
    for (const AxisTick& t : ticks) {
        ASSERT_EQ(t.label.size(), 10u) << t.label;
        const std::optional<CalendarDate> d = parse_article_date(t.label);
        ASSERT_TRUE(d) << t.label;
        EXPECT_TRUE((d->year == 2024 && d->month == 11 && d->day >= 28) ||
                    (d->year == 2024 && d->month == 12 && d->day <= 6))
            << t.label;
    }
    // Across a year boundary the axis stays linear: 2023-12-31 is the day before 2024-01-01.
    EXPECT_EQ(axis_position(20240101, "date") - axis_position(20231231, "date"), 1);
}

TEST(Quantities, CountAxesTickOnWholeRoundNumbers) {
    for (const auto& [lo, hi] :
         std::vector<std::pair<double, double>>{{0, 99}, {0, 7}, {0, 3}, {0, 10799}}) {
        std::vector<AxisTick> ticks = axis_ticks(lo, hi, "people", 4);
        ASSERT_GE(ticks.size(), 2u) << hi;
        ASSERT_LE(ticks.size(), 4u) << hi;
        for (const AxisTick& t : ticks) {
            EXPECT_EQ(t.position, std::round(t.position)) << t.label;
            EXPECT_EQ(t.label.find('.'), std::string::npos) << t.label;
        }
        const double step = ticks[1].position - ticks[0].position;
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        EXPECT_TRUE(mantissa == 1 || mantissa == 2 || mantissa == 5) << step;
    }
    for (const AxisTick& t : axis_ticks(0, 1.08, "day", 6))
        EXPECT_EQ(t.label.find('.'), std::string::npos) << t.label;
    std::vector<AxisTick> km = axis_ticks(0, 0.4, "km", 5);
    ASSERT_FALSE(km.empty());
    EXPECT_EQ(km[1].label, "0.1");
    EXPECT_EQ(axis_ticks(0, 10000, "people", 3).back().label, "10,000");
    EXPECT_EQ(axis_ticks(2019, 2024, "calendar_year", 6).front().label, "2019");
    EXPECT_EQ(unit_name("year"), "years");
    EXPECT_EQ(unit_name("people"), "people");
    EXPECT_EQ(unit_name("date"), "");
}

TEST(Quotes, SpeakerPatterns) {
    EXPECT_EQ(speaker("\xE2\x80\x9CThe battle is here,\xE2\x80\x9D said Rami Abdurrahman, the "
                      "Observatory\xE2\x80\x99s chief."),
              "Rami Abdurrahman");
    EXPECT_EQ(speaker("\xE2\x80\x9CWe are in a good position,\xE2\x80\x9D Abbas said, adding that "
                      "the army would return."),
              "Abbas");
    EXPECT_EQ(
        speaker("The organization\xE2\x80\x99s chief, Rami Abdurrahman, said: \xE2\x80\x9CThe "
                "battle is here.\xE2\x80\x9D"),
        "Rami Abdurrahman");
    EXPECT_EQ(speaker("Rami Abdurrahman, the Observatory\xE2\x80\x99s head, noted, \xE2\x80\x9CThe "
                      "battle is crucial.\xE2\x80\x9D"),
              "Rami Abdurrahman");
    EXPECT_EQ(
        speaker(
            "Damascus\xE2\x80\x99s defense minister, Gen. Ali Mahmoud Abbas, said late on "
            "Thursday that they were \xE2\x80\x9Cin a good position on the ground.\xE2\x80\x9D"),
        "Ali Mahmoud Abbas");
    EXPECT_EQ(speaker("\xE2\x80\x9C"
                      "Come, let\xE2\x80\x99s meet,\xE2\x80\x9D Mr Erdogan said."),
              "Erdogan");
    EXPECT_EQ(speaker("He said: \xE2\x80\x9CWe will win.\xE2\x80\x9D"), "He");
    EXPECT_EQ(speaker("The weather was \xE2\x80\x9Cvery nice\xE2\x80\x9D all week."), "");
}

// "…” and said his party would …": the name after an inverted speech verb is the speaker only
// when it ends the clause; a possessive's party and a subject with a verb after it are what
// is said, not who says it. The quote then goes to the person who called it so.
TEST(Quotes, ANameThatAVerbFollowsAfterSaidIsNotTheSpeaker) {
    EXPECT_EQ(speaker("Union leader Rami Abdurrahman called the offer \xE2\x80\x9C" "an insult to "
                      "nurses\xE2\x80\x9D and said his Health Workers Alliance would strike."),
              "Rami Abdurrahman");
    EXPECT_EQ(speaker("\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Rami Abdurrahman."),
              "Rami Abdurrahman");
}

// "dismissed the offer as “an insult”": a verb of judging whose "as" complement is a quotation
// quotes its subject, as "called the offer “an insult”" does.
TEST(Quotes, AJudgingVerbWithAQuotationAfterAsQuotesItsSubject) {
    EXPECT_EQ(speaker("The union leader, Rami Abdurrahman, dismissed the offer as \xE2\x80\x9C"
                      "an insult to nurses\xE2\x80\x9D."),
              "Rami Abdurrahman");
    // A name the corpus never called a person, set off by commas after its role.
    EXPECT_EQ(speaker("The union leader, Dana Whitcombe, dismissed the offer as \xE2\x80\x9C"
                      "an insult to nurses\xE2\x80\x9D."),
              "Dana Whitcombe");
    EXPECT_EQ(speaker("Ali Mahmoud Abbas hailed the vote as \xE2\x80\x9C" "a new start\xE2\x80\x9D."),
              "Ali Mahmoud Abbas");
}

// Radio copy reads decimals out: "three point seven per cent" is 3.7%, one figure.
TEST(Quantities, ADecimalReadOutWithPointIsOneFigure) {
    Quantity q = one("Unemployment fell to three point seven per cent in March.");
    EXPECT_NEAR(q.value, 3.7, 1e-9);
    EXPECT_EQ(q.unit, "%");
    Quantity m = one("The tremor measured five point one.");
    EXPECT_NEAR(m.value, 5.1, 1e-9);
    Quantity w = one("It rose by 3.7% last year.");
    EXPECT_TRUE(quantities_agree(q, w));
}

// The article is dated Friday 2024-12-06. "Tuesday" in a clause about what is to come is the
// next Tuesday (12-10); in a report of what happened, the last one (12-03). Two outlets that
// both write "Tuesday" mean the same day, whichever week the rules put it in.
TEST(Quantities, AWeekdayInAClauseAboutTheFutureIsTheNextOne) {
    EXPECT_EQ(format_quantity(one("The council will vote on Tuesday.")), "2024-12-10");
    EXPECT_EQ(format_quantity(one("The mayor is due to open the bridge on Tuesday.")),
              "2024-12-10");
    EXPECT_EQ(format_quantity(one("The council voted on Tuesday.")), "2024-12-03");
    EXPECT_EQ(format_quantity(one("The bridge opens on Friday, as planned, the mayor said.")),
              "2024-12-06");
    Quantity next = one("The council will vote on Tuesday.");
    Quantity last = one("The council voted on Tuesday.");
    EXPECT_TRUE(quantities_agree(next, last));
    Quantity wednesday = one("The council voted on Wednesday.");
    EXPECT_FALSE(quantities_agree(last, wednesday));
}

// A figure with no noun that can only count people is a count of people: the object of a verb
// of harm or rescue, a death toll, the subject of a people predicate. So "killed 23" compares
// with "23 people died", and "the toll rose to 31" with "at least 37 people". Other bare
// figures stay bare ("14 collapsed" may be buildings).
TEST(Quantities, AFigureThatCanOnlyCountPeopleIsPeople) {
    EXPECT_EQ(one("The landslide killed 23 near Orvik.").unit, "people");
    EXPECT_EQ(one("injuring more than 400 in the old town").unit, "people");
    EXPECT_EQ(one("The death toll from the Orvik landslide rose to 31.").unit, "people");
    EXPECT_EQ(one("At least 9 were still believed to be trapped.").unit, "people");
    EXPECT_EQ(one("Another 32 remain unaccounted for.").unit, "people");
    EXPECT_EQ(one("Another 32 remain closed.").unit, "");
    EXPECT_EQ(one("At least 14 collapsed in the old town.").unit, "");
    EXPECT_EQ(one("Firefighters rescued 40 sheep from the barn.").unit, "");
    EXPECT_TRUE(quantities_agree(one("The landslide killed 23 near Orvik."),
                                 one("23 people died in the landslide.")));
    EXPECT_FALSE(quantities_agree(one("The death toll from the Orvik landslide rose to 31."),
                                  one("at least 37 people died")));
}

TEST(Quantities, MassesConcentrationsAndPenceHaveTheirUnits) {
    // A spill in tonnes, written three ways, is one figure; a bare 40 is not its unit.
    Quantity tonnes = one("released an estimated 40 tonnes of acid");
    EXPECT_EQ(tonnes.unit, "tonnes");
    EXPECT_DOUBLE_EQ(tonnes.value, 40);
    Quantity metric = one("released an estimated 40 metric tons of acid");
    EXPECT_EQ(metric.unit, "tonnes");
    EXPECT_EQ(metric.text, "an estimated 40 metric tons");
    EXPECT_TRUE(quantities_agree(tonnes, metric));
    EXPECT_EQ(one("a load of 500 kg").unit, "tonnes");
    EXPECT_NEAR(one("a load of 500 kg").value, 0.5, 1e-9);
    // A reading in milligrams per litre is the same figure in parts per million.
    Quantity mgl = one("showed nitrate at 18 mg/l in the well");
    EXPECT_EQ(mgl.unit, "mg/l");
    EXPECT_EQ(mgl.text, "18 mg/l");
    Quantity words = one("reached eighteen milligrams per litre downstream");
    EXPECT_EQ(words.unit, "mg/l");
    Quantity ppm = one("at 18 parts per million, officials said");
    EXPECT_EQ(ppm.unit, "mg/l");
    EXPECT_TRUE(quantities_agree(mgl, ppm));
    EXPECT_TRUE(quantities_agree(mgl, words));
    EXPECT_FALSE(quantities_agree(mgl, one("at 28 mg/l")));
    // A share price in pence, glued or spelt out; "5 p.m." is still a time of day.
    Quantity p = one("offered 420p a share");
    EXPECT_EQ(p.unit, "pence");
    EXPECT_EQ(p.text, "420p");
    Quantity pence = one("offered 420 pence a share");
    EXPECT_EQ(pence.unit, "pence");
    EXPECT_TRUE(quantities_agree(p, pence));
    EXPECT_FALSE(quantities_agree(one("rose to 398p"), one("rose to 389p")));
    EXPECT_TRUE(quantities("has until 5 p.m. on Friday to decide").size() == 1u)
        << "only Friday: the time of day is not a figure";
    EXPECT_EQ(format_quantity(p), "420 pence");
}

TEST(Quantities, ADateWithItsDayFirstIsTheSameDate) {
    // "14 March" is "March 14"; "1 April 2030" is "April 1, 2030"; "4 Dec." is "Dec. 4".
    Quantity day_first = one("She tested positive on 14 March in Sestri.");
    EXPECT_EQ(day_first.unit, "date");
    EXPECT_EQ(day_first.text, "14 March");
    EXPECT_TRUE(quantities_agree(day_first, one("She tested positive on March 14 in Sestri.")));
    EXPECT_FALSE(quantities_agree(day_first, one("She tested positive on March 4 in Sestri.")));
    Quantity with_year = one("The ban ends on 1 April 2030.");
    EXPECT_EQ(with_year.unit, "date");
    EXPECT_EQ(format_quantity(with_year), "2030-04-01");
    EXPECT_TRUE(quantities_agree(with_year, one("The ban ends on April 1, 2030.")));
    EXPECT_EQ(one("The vote is due on 4 Dec. in parliament.").text, "4 Dec.");
    // A count before a capitalised word that is no month stays a count.
    EXPECT_EQ(one("Police arrested 14 Marchers near the square.").unit, "");
}

// --- Figures as a journalist reads them: estimates' tops, shares, parts, months, clocks --------

static std::vector<Quantity> quantities_on(const std::string& s, const char* date) {
    return find_quantities(s, {0, static_cast<std::uint32_t>(s.size())}, parse_article_date(date));
}

TEST(Quantities, UpToIsTheTopOfAnEstimateNotEverythingBelowIt) {
    const Quantity twelve = one("She could face up to 12 years in prison.");
    EXPECT_FALSE(quantities_agree(twelve, one("She could face up to 10 years in prison.")))
        << "two maximum sentences";
    EXPECT_TRUE(quantities_agree(twelve, one("She could face 12 years in prison.")));
    const Quantity eighty = one("Up to 80 were feared dead.");
    EXPECT_FALSE(quantities_agree(eighty, one("between 50 and 60 people")));
    EXPECT_TRUE(quantities_agree(eighty, one("As many as 80 were feared dead.")));
    EXPECT_TRUE(quantities_agree(eighty, one("dozens of people")));
    // "less than" stays a bound: anything below it agrees.
    EXPECT_TRUE(quantities_agree(one("in less than nine minutes"), one("in six minutes")));
}

TEST(Quantities, ADecimalReadOutKeepsItsScaleAndUnit) {
    const Quantity spoken = one("a deficit of two point five million euros");
    EXPECT_EQ(spoken.unit, "EUR");
    EXPECT_DOUBLE_EQ(spoken.value, 2.5e6);
    EXPECT_TRUE(quantities_agree(spoken, one("a deficit of \u20AC2.5m")));
    EXPECT_FALSE(quantities_agree(spoken, one("a deficit of \u20AC3.5m")));
}

TEST(Quantities, APartOfAWholeIsThePart) {
    const Quantity three = one("Three of the seven directors voted against.");
    EXPECT_EQ(three.text, "Three of the seven");
    EXPECT_DOUBLE_EQ(three.value, 3);
    EXPECT_FALSE(quantities_agree(three, one("All seven directors voted against.")))
        << "the whole is not a count of its own";
    EXPECT_DOUBLE_EQ(one("one of the four engines failed").value, 1);
    // Without a figure after "of the", nothing changes: "14 of the trapped miners" is 14 people.
    const Quantity miners = one("contact with 14 of the trapped miners");
    EXPECT_DOUBLE_EQ(miners.value, 14);
    EXPECT_EQ(miners.unit, "people");
}

TEST(Quantities, AFractionOfSomethingIsAShare) {
    const Quantity quarter = one("a quarter of the budget went on salaries");
    EXPECT_EQ(quarter.unit, "%");
    EXPECT_DOUBLE_EQ(quarter.value, 25);
    EXPECT_DOUBLE_EQ(one("three-quarters of the members agreed").value, 75);
    EXPECT_DOUBLE_EQ(one("half of the wards were closed").value, 50);
    const Quantity two_thirds = one("about two-thirds of the vote");
    EXPECT_TRUE(quantities_agree(two_thirds, one("about 66% of the vote")));
    EXPECT_TRUE(quantities_agree(one("two thirds of the vote"), one("67% of the vote")));
    EXPECT_FALSE(quantities_agree(one("a third of the vote"), two_thirds));
    // A fraction of a round number is a number; a fraction with no "of" is no share.
    EXPECT_DOUBLE_EQ(one("a quarter of a million visitors").value, 250000);
    for (const Quantity& q : quantities("a third attempt, half an hour"))
        EXPECT_NE(q.unit, "%") << q.text;
}

// A change told as a fraction ("grew by a fifth") is a share too, so that an outlet's "by a
// quarter" is seen against it; "by a third party" is no fraction.
TEST(Quantities, AChangeByAFractionIsAShare) {
    const Quantity fifth = one("Ticket sales grew by a fifth last year.");
    EXPECT_EQ(fifth.unit, "%");
    EXPECT_DOUBLE_EQ(fifth.value, 20);
    EXPECT_TRUE(quantities_agree(fifth, one("Ticket sales grew by 20% last year.")));
    EXPECT_FALSE(quantities_agree(fifth, one("Ticket sales grew by a quarter last year.")));
    EXPECT_DOUBLE_EQ(one("Output was cut by half.").value, 50);
    const Quantity nearly = one("The index fell by almost a third in March.");
    EXPECT_EQ(nearly.unit, "%");
    for (const Quantity& q : quantities("The order was placed by a third party."))
        EXPECT_NE(q.unit, "%") << q.text;
}

// Ages as a range: "aged 21 to 30", "between the ages of 21 and 30" are one range (a bare "21 to
// 30" is left as two figures: it may be a score).
TEST(Quantities, AnAgeRangeIsARange) {
    const Quantity aged = one("The crew, aged 21 to 30, were rescued.");
    EXPECT_DOUBLE_EQ(aged.low, 21);
    EXPECT_DOUBLE_EQ(aged.high, 30);
    const Quantity between = one("The crew were between the ages of 21 and 30.");
    EXPECT_DOUBLE_EQ(between.low, 21);
    EXPECT_DOUBLE_EQ(between.high, 30);
    EXPECT_TRUE(quantities_agree(aged, between));
    EXPECT_FALSE(quantities_agree(aged, one("The crew, aged 21 to 39, were rescued.")));
    EXPECT_EQ(quantities("Rovers won 21 to 30 at home.").size(), 2u);
}

TEST(Quantities, ARankAfterAPossessiveIsARank) {
    const Quantity fifth = one("It was the club's fifth defeat in a row.");
    EXPECT_EQ(fifth.unit, "ordinal");
    EXPECT_DOUBLE_EQ(fifth.value, 5);
}

TEST(Quantities, AMonthOfAYearIsThatWholeMonth) {
    const Quantity march = one("He was charged in March 2025.");
    EXPECT_EQ(march.unit, "date");
    EXPECT_EQ(format_quantity(march), "2025-03");
    EXPECT_TRUE(quantities_agree(march, one("He was charged on March 12, 2025.")));
    EXPECT_FALSE(quantities_agree(march, one("He was charged in May 2025.")));
    EXPECT_EQ(format_quantity(one("in December 2024")), "2024-12");
}

TEST(Quantities, ANamedTimeZoneIsPutOnUTCByTheArticlesDate) {
    // December: Eastern Standard Time (UTC-5); July: Eastern Daylight Time (UTC-4).
    const std::vector<Quantity> winter = quantities_on("at 9:15 a.m. ET", "2024-12-06");
    ASSERT_EQ(winter.size(), 1u);
    EXPECT_EQ(format_quantity(winter[0]), "14:15 UTC");
    EXPECT_TRUE(quantities_agree(winter[0], one("at 1415 GMT")));
    EXPECT_FALSE(quantities_agree(winter[0], one("at 1315 GMT")));
    const std::vector<Quantity> summer = quantities_on("at 9:15 a.m. ET", "2024-07-06");
    ASSERT_EQ(summer.size(), 1u);
    EXPECT_EQ(format_quantity(summer[0]), "13:15 UTC");
    // Past midnight on UTC: 9 p.m. in New York in winter is 02:00 UTC.
    EXPECT_EQ(format_quantity(one("at 9 p.m. EST")), "02:00 UTC");
    EXPECT_EQ(format_quantity(one("at 8 a.m. CET")), "07:00 UTC");
    // Without a date "ET" is either: 14:15 to 15:15 UTC.
    const std::vector<Quantity> undated = find_quantities("at 10:15 a.m. ET", {0, 16}, std::nullopt);
    ASSERT_EQ(undated.size(), 1u);
    EXPECT_EQ(format_quantity(undated[0]), "14:15\u201315:15 UTC");
    // The place's own clock stays apart.
    EXPECT_EQ(one("at 10 p.m. local time").unit, "time");
}

TEST(Quantities, AMonthIsTwentyEightToThirtyOneDays) {
    EXPECT_TRUE(quantities_agree(one("within six months"), one("within 180 days")));
    EXPECT_FALSE(quantities_agree(one("within six months"), one("within 190 days")));
    EXPECT_TRUE(quantities_agree(one("within three months"), one("within 90 days")));
    EXPECT_TRUE(quantities_agree(one("for two years"), one("for 730 days")));
    EXPECT_FALSE(quantities_agree(one("for two years"), one("for 690 days")));
}

TEST(Quantities, ARangeSharesItsSecondFiguresScaleAndUnit) {
    const Quantity miles = one("between 10 and 15 miles inland");
    EXPECT_EQ(miles.unit, "km");
    EXPECT_NEAR(miles.low, 16.09, 0.01);
    EXPECT_NEAR(miles.high, 24.14, 0.01);
    EXPECT_TRUE(quantities_agree(miles, one("between 16 and 24 kilometres inland")));
    EXPECT_FALSE(quantities_agree(miles, one("between 160 and 240 kilometres inland")));
    const Quantity millions = one("between 2 and 3 million people");
    EXPECT_DOUBLE_EQ(millions.low, 2e6);
    EXPECT_DOUBLE_EQ(millions.high, 3e6);
    // A bare "N to M" is a range when the figures count people, not a score.
    const Quantity missing = one("20 to 25 others were missing");
    EXPECT_EQ(missing.unit, "people");
    EXPECT_DOUBLE_EQ(missing.low, 20);
    EXPECT_DOUBLE_EQ(missing.high, 25);
    EXPECT_EQ(quantities("won 10 to 12 on aggregate").size(), 2u);
}

TEST(Quantities, ATimeToldInWordsIsAClockTimeWhenThePartOfTheDayIsSaid) {
    EXPECT_EQ(format_quantity(one("at twenty past nine this morning")), "09:20");
    EXPECT_EQ(format_quantity(one("at a quarter to eight in the evening")), "19:45");
    const std::vector<Quantity> night = quantities("at ten to six on Friday night");
    ASSERT_EQ(night.size(), 2u);
    EXPECT_EQ(format_quantity(night[0]), "17:50");
    EXPECT_EQ(night[1].unit, "date");
    EXPECT_EQ(format_quantity(one("just after half past four this afternoon")), "16:30\u201317:00");
    // No part of the day: a time nobody can compare, and no bare figure either.
    EXPECT_TRUE(quantities("the bell rang at half past four").empty());
    const Quantity people = one("ten to twelve people");
    EXPECT_DOUBLE_EQ(people.low, 10);
    EXPECT_DOUBLE_EQ(people.high, 12);
}

TEST(Quantities, ANumberHyphenedOntoANameIsPartOfTheName) {
    EXPECT_TRUE(quantities("The Falcon-9 rocket and the Airbus A-380").empty());
    EXPECT_EQ(one("a 14-year sentence").unit, "year");
}

TEST(Quantities, ABritishTimeWithAFullStopIsATimeOnlyWithItsClock) {
    EXPECT_EQ(format_quantity(one("The polls closed at 9.30pm")), "21:30");
    EXPECT_EQ(format_quantity(one("at 21.45 GMT")), "21:45 UTC");
    EXPECT_EQ(format_quantity(one("at 10.15 local time")), "10:15");
    // A decimal is still a decimal.
    const Quantity rate = one("a rate of 4.75 per cent");
    EXPECT_EQ(rate.unit, "%");
    EXPECT_DOUBLE_EQ(rate.value, 4.75);
}

TEST(Quantities, ADayWithItsOrdinalSuffixIsADate) {
    EXPECT_EQ(format_quantity(one("on the 3rd of December")), "2024-12-03");
    EXPECT_EQ(format_quantity(one("on 21st November 2024")), "2024-11-21");
    EXPECT_EQ(format_quantity(one("on December 3rd")), "2024-12-03");
}

TEST(Quantities, OneInThreeIsAShare) {
    const Quantity third = one("one in three adults had not been vaccinated");
    EXPECT_EQ(third.unit, "%");
    EXPECT_NEAR(third.value, 33.3, 0.1);
    EXPECT_TRUE(quantities_agree(third, one("a third of adults had not been vaccinated")));
    EXPECT_FALSE(quantities_agree(third, one("2 in 5 adults had not been vaccinated")));
    // A pace is not a share.
    for (const Quantity& q : quantities("two in five days")) EXPECT_NE(q.unit, "%") << q.text;
}

TEST(Quantities, AUSZoneSpelledOutIsThatZone) {
    // December: Eastern Standard Time, UTC-5.
    EXPECT_EQ(format_quantity(one("at 7:30 p.m. Eastern time")), "00:30 UTC");
    EXPECT_EQ(format_quantity(one("at 7:30 p.m. Pacific Daylight Time")), "02:30 UTC");
}

// "between eight and ten days": the "and" of a range in words joins its two ends, not the parts
// of one number; "and" does that only after a scale word ("three hundred and twenty-four").
TEST(Quantities, ARangeInNumberWordsIsARangeNotASum) {
    const Quantity weeks = one("Repairs to the bridge will take between six and nine weeks.");
    EXPECT_EQ(weeks.unit, "week");
    EXPECT_DOUBLE_EQ(weeks.low, 6);
    EXPECT_DOUBLE_EQ(weeks.high, 9);
    EXPECT_EQ(format_quantity(weeks), "6\u20139 weeks");
    EXPECT_TRUE(quantities_agree(weeks, one("Repairs will take between 6 and 9 weeks.")));
    EXPECT_FALSE(quantities_agree(weeks, one("Repairs will take 15 weeks.")));
    const Quantity hours = one("The hearing could last between two and three hours");
    EXPECT_DOUBLE_EQ(hours.low, 2);
    EXPECT_DOUBLE_EQ(hours.high, 3);
    // The scale words still join their parts, the tens and units hyphened or not.
    EXPECT_DOUBLE_EQ(one("Three hundred and twenty-four homes were flooded").value, 324);
    EXPECT_DOUBLE_EQ(one("two thousand and fifty voters").value, 2050);
    // A currency's sign on the first end only, the scale on the second.
    const Quantity cost = one("The scheme will cost \u00A34-6 billion, ministers said");
    EXPECT_EQ(cost.unit, "GBP");
    EXPECT_DOUBLE_EQ(cost.low, 4e9);
    EXPECT_DOUBLE_EQ(cost.high, 6e9);
}

// "four euros fifty", "two dollars and fifty cents": money read out with its minor unit after
// the major one is one amount, shown to the cent.
TEST(Quantities, AnAmountReadOutWithItsCentsIsOneAmount) {
    const Quantity fare = one("A single ticket now costs seven pounds forty on the line.");
    EXPECT_EQ(fare.unit, "GBP");
    EXPECT_NEAR(fare.value, 7.40, 1e-9);
    EXPECT_EQ(format_quantity(fare), "\u00A37.40");
    EXPECT_TRUE(quantities_agree(fare, one("A single ticket now costs \u00A37.40.")));
    EXPECT_FALSE(quantities_agree(fare, one("A single ticket now costs \u00A34.70.")));
    EXPECT_NEAR(one("the toll rose to three dollars and twenty-five cents").value, 3.25, 1e-9);
    EXPECT_NEAR(one("a coffee at two euros 80 in the station").value, 2.80, 1e-9);
    // Not the minor unit: a number that counts something, and pounds of a thing are a weight.
    const std::vector<Quantity> fined = quantities("fined ten dollars 20 times");
    ASSERT_EQ(fined.size(), 2u);
    EXPECT_DOUBLE_EQ(fined[0].value, 10);
    EXPECT_EQ(fined[1].unit, "");
    for (const Quantity& q : quantities("seized five pounds of heroin")) EXPECT_NE(q.unit, "GBP");
    EXPECT_EQ(one("a pay rise of three hundred pounds a month").unit, "GBP");
}

// "H5N1", "A320", "G7": digits glued onto letters name a virus, a plane or a club, and count
// nothing ("H5N1 … on three farms" set a 5 against another outlet's "four farms").
TEST(Quantities, DigitsGluedOntoLettersAreACodeNotACount) {
    EXPECT_TRUE(quantities("The H7N9 strain, an A350 and the G20 leaders").empty());
    const Quantity farms = one("H5N1 was confirmed on four farms");
    EXPECT_DOUBLE_EQ(farms.value, 4);
    // Letters after the digits are still a unit or a scale.
    EXPECT_EQ(one("a 12km stretch").unit, "km");
    EXPECT_DOUBLE_EQ(one("a \u20AC3m grant").value, 3e6);
}

// "at least seven" and "at least 8" dead are two counts known at two times, though the
// intervals a lower bound stands for meet; the same bound in other words is one.
TEST(Quantities, TwoLowerBoundsAreTwoCountsUnlessTheBoundIsTheSame) {
    const Quantity seven = one("at least seven people died");
    EXPECT_FALSE(quantities_agree(seven, one("at least 8 people died")));
    EXPECT_TRUE(quantities_agree(seven, one("at least 7 people died")));
    EXPECT_TRUE(quantities_agree(one("more than 5,000 people fled"), one("over 5,000 people fled")));
    // A bound still meets an exact count inside it.
    EXPECT_TRUE(quantities_agree(seven, one("eight people died")));
}

// Ranges the way newsrooms write them: the scale read out on the second end only, an
// approximate range, half a unit in words; and what is no range: a change and the level it
// reached ("gained 15p to 420p", "cut by 0.25% to 4.5%").
TEST(Quantities, RangesAsWrittenAndChangesThatAreNone) {
    const Quantity voters = one("between two and three million voters stayed at home");
    EXPECT_DOUBLE_EQ(voters.low, 2e6);
    EXPECT_DOUBLE_EQ(voters.high, 3e6);
    EXPECT_EQ(voters.unit, "people");
    const Quantity fans = one("twelve to fifteen thousand fans");
    EXPECT_DOUBLE_EQ(fans.low, 12000);
    EXPECT_DOUBLE_EQ(fans.high, 15000);
    const Quantity crowd = one("an estimated 300 to 400 protesters gathered");
    EXPECT_DOUBLE_EQ(crowd.low, 300);
    EXPECT_DOUBLE_EQ(crowd.high, 400);
    EXPECT_EQ(crowd.unit, "people");
    EXPECT_DOUBLE_EQ(one("some 20-25 people").high, 25);
    const Quantity term = one("a term of two and a half years");
    EXPECT_DOUBLE_EQ(term.value, 2.5);
    EXPECT_TRUE(quantities_agree(term, one("a term of 2.5 years")));
    EXPECT_DOUBLE_EQ(one("one and a half million euros").value, 1.5e6);
    const std::vector<Quantity> gained = quantities("Shares in Orlen gained 15p to 420p");
    ASSERT_EQ(gained.size(), 2u);
    EXPECT_DOUBLE_EQ(gained[1].value, 420);
    const std::vector<Quantity> cut = quantities("The bank cut its rate by 0.25% to 4.5%");
    ASSERT_EQ(cut.size(), 2u);
    EXPECT_DOUBLE_EQ(cut[1].value, 4.5);
}

// A change in a rate in basis or percentage points, "4.5pc", a currency's code before the
// figure or "US dollars" after it; shown to the hundredth it was written to.
TEST(Quantities, PointsPcAndCurrencyCodesHaveTheirUnits) {
    const Quantity bp = one("The bank raised its rate by 50 basis points");
    EXPECT_EQ(bp.unit, "%");
    EXPECT_DOUBLE_EQ(bp.value, 0.5);
    EXPECT_TRUE(quantities_agree(bp, one("raised by 0.5 percentage points")));
    EXPECT_FALSE(quantities_agree(bp, one("raised by 0.25 percentage points")));
    EXPECT_EQ(format_quantity(one("a rate of 4.75%")), "4.75%");
    EXPECT_EQ(format_quantity(one("25 basis points")), "0.25%");
    EXPECT_EQ(format_quantity(one("3 miles")), "4.8 km");
    EXPECT_EQ(one("inflation fell to 2.1pc").unit, "%");
    const Quantity eur = one("a loan of EUR 4.5 million");
    EXPECT_EQ(eur.unit, "EUR");
    EXPECT_DOUBLE_EQ(eur.value, 4.5e6);
    EXPECT_EQ(one("worth 4.5 million US dollars").unit, "USD");
    // A word in capitals before a figure is no currency unless it is one's code.
    EXPECT_EQ(one("the TSX 300 index").unit, "");
}

// The claims' mention builder hands find_quantities the clause's tokens it scanned already: the
// quantities must be those of the text span, figure for figure.
TEST(Quantities, FromTheSpansTokensAreThoseOfTheSpan) {
    const std::string text =
        "Preamble. The ferry left at 7:45 a.m. on Tuesday with 312 passengers and 40 cars, "
        "about 2,400 tonnes, sailing 18 miles (29 km) at 14 knots for $3.5m a year.";
    const ByteSpan span{10, static_cast<std::uint32_t>(text.size())};
    const std::optional<CalendarDate> date = parse_article_date("2026-03-12");
    const std::vector<Quantity> from_span = find_quantities(text, span, date);
    const std::vector<Quantity> from_tokens = find_quantities(text, scan_surface(text, span), date);
    ASSERT_GE(from_span.size(), 6u);
    ASSERT_EQ(from_tokens.size(), from_span.size());
    for (std::size_t i = 0; i < from_span.size(); ++i) {
        EXPECT_EQ(from_tokens[i].span, from_span[i].span) << i;
        EXPECT_EQ(format_quantity(from_tokens[i]), format_quantity(from_span[i])) << i;
    }
}

// The one month list the clause rules read (claim_clauses.cpp): full names only, lower case.
TEST(Quantities, MonthNamesAreTheFullNames) {
    for (const char* m : {"january", "may", "september", "december"})
        EXPECT_TRUE(is_month_name(m)) << m;
    for (const char* w : {"sept", "mar", "monday", "mayor", "March", ""})
        EXPECT_FALSE(is_month_name(w)) << w;
}

// "one of the N" after a copula names the whole the subject belongs to, and the whole is the
// figure ("one of the 212 patients" = 212 people); anywhere else the part is what is counted
// ("lost one of its nine seats", "One of the three engines failed": 1).
TEST(Quantities, OneOfTheWholeAfterACopulaIsTheWhole) {
    const Quantity member = one("Her flat was one of the 212 homes the storm damaged.");
    EXPECT_DOUBLE_EQ(member.value, 212);
    EXPECT_EQ(member.text, "one of the 212");
    EXPECT_DOUBLE_EQ(one("Ruiz is one of the 40 patients who were moved.").value, 40);
    EXPECT_EQ(one("Ruiz is one of the 40 patients who were moved.").unit, "people");
    EXPECT_DOUBLE_EQ(one("The party lost one of its nine seats.").value, 1);
    EXPECT_DOUBLE_EQ(one("One of the three engines failed.").value, 1);
}

// "every one of the N", "each one of the N" is all of them: the whole is the count ("every
// one of the 58 lorries passed" says what "none of the 58 lorries failed" says).
TEST(Quantities, EveryOneOfTheWholeIsTheWhole) {
    const Quantity all = one("Every one of the 58 lorries inspected passed the brake test.");
    EXPECT_DOUBLE_EQ(all.value, 58);
    EXPECT_DOUBLE_EQ(one("Inspectors said each one of the nine ferries was safe.").value, 9);
    EXPECT_DOUBLE_EQ(one("Only one of the nine ferries was found unsafe.").value, 1);
}

// A length of time in the possessive of measure is a figure: "a year's notice" is one year, as
// "six months' notice" is six months; a bare "a year" stays a rate ("£5m a year").
TEST(Quantities, ALengthOfTimeInThePossessiveIsAFigure) {
    const Quantity year = one("The lease requires a year's notice.");
    EXPECT_DOUBLE_EQ(year.value, 1);
    EXPECT_EQ(year.unit, "year");
    const Quantity month = one("Staff were given a month's wages.");
    EXPECT_DOUBLE_EQ(month.value, 1);
    EXPECT_EQ(month.unit, "month");
    EXPECT_EQ(one("The lease requires six months' notice.").unit, "month");
    EXPECT_TRUE(quantities("The contract is worth a lot a year.").empty());
}

// Volumes: litres in either spelling are one unit, millilitres a thousandth of it; gallons
// are a unit of their own (American or British is not written), never converted.
TEST(Quantities, LitresInEitherSpellingAreOneUnitAndGallonsStandApart) {
    const Quantity british = one("The brewery spilled 40 million litres into the river");
    const Quantity american = one("The brewery spilled 40 million liters into the river");
    EXPECT_EQ(british.unit, "litres");
    EXPECT_EQ(american.unit, "litres");
    EXPECT_DOUBLE_EQ(american.value, british.value);
    const Quantity dose = one("Each bottle holds 500 millilitres of syrup");
    EXPECT_EQ(dose.unit, "litres");
    EXPECT_DOUBLE_EQ(dose.value, 0.5);
    EXPECT_EQ(one("The tanker carried 9,000 gallons of diesel").unit, "gallons");
}

// "a 34-year-old" is an age, not a length of time: it is never set against "five years".
TEST(Quantities, AnAgeWrittenYearOldIsNotALengthOfTime) {
    const Quantity age = one("The 34-year-old was arrested at the port");
    EXPECT_EQ(age.unit, "age");
    EXPECT_DOUBLE_EQ(age.value, 34);
    EXPECT_EQ(format_quantity(age), "34-year-old");
    EXPECT_FALSE(comparable(age, one("The offence carries a maximum of five years")));
    EXPECT_EQ(one("She served a 5-year sentence").unit, "year");
}

// A date read out with the day in words: "the twelfth of November", "January the
// twenty-ninth" (the year nearest the article's date, 2024-12-06); a rank is no date.
TEST(Quantities, ADateWithItsDayInWordsIsADate) {
    const Quantity before = one("The inquiry opened on the twelfth of November");
    EXPECT_EQ(before.unit, "date");
    EXPECT_DOUBLE_EQ(before.value, 20241112);
    const Quantity after = one("He will be sentenced on January the twenty-ninth");
    EXPECT_EQ(after.unit, "date");
    EXPECT_DOUBLE_EQ(after.value, 20250129);
    EXPECT_EQ(one("The hearing is set for the thirty-first of March").value, 20250331);
    for (const Quantity& q : quantities("It was the second of its kind in the region"))
        EXPECT_NE(q.unit, "date") << q.text;
}

// A year read out as its century and its last two digits is that year, not their sum
// ("twenty twenty-two" was 42); number words that are no year are read as before.
TEST(Quantities, AYearReadOutInWordsIsThatYear) {
    const Quantity y = one("The bridge was built in twenty twenty-two");
    EXPECT_EQ(y.unit, "calendar_year");
    EXPECT_DOUBLE_EQ(y.value, 2022);
    EXPECT_DOUBLE_EQ(one("The mill closed in nineteen sixty-eight").value, 1968);
    EXPECT_DOUBLE_EQ(one("The lease ends in twenty eleven").value, 2011);
    EXPECT_DOUBLE_EQ(one("The club sold twenty-two thousand tickets").value, 22000);
}

// The scale glued to a rate in one hyphenated word is still the scale: "a £4.2 million-a-year
// deal" is £4.2 million, not £4.20.
TEST(Quantities, AScaleHyphenedToARateIsStillTheScale) {
    const Quantity q = one("The council ended its \xC2\xA3" "4.2 million-a-year cleaning deal");
    EXPECT_EQ(q.unit, "GBP");
    EXPECT_DOUBLE_EQ(q.value, 4.2e6);
}

// "Half a dozen" is six, not the dozen after it: a paraphrase that writes the six patients so
// was flagged as giving twelve.
TEST(Quantities, HalfADozenIsSix) {
    const Quantity q = one("Half a dozen nurses were off sick");
    EXPECT_DOUBLE_EQ(q.value, 6);
    EXPECT_EQ(q.unit, "people");
    EXPECT_DOUBLE_EQ(one("A dozen nurses were off sick").value, 12);
}

// "One in every four", "seven in every ten pounds": "every" between the two counts is still a
// share, and a share of money ("of every ten pounds spent") is a share, not a pace.
TEST(Quantities, NInEveryMIsAShare) {
    const Quantity q = one("one in every four voters stayed at home");
    EXPECT_EQ(q.unit, "%");
    EXPECT_DOUBLE_EQ(q.value, 25);
    const Quantity money = one("The big firms take about seven in every ten pounds spent on fuel");
    EXPECT_EQ(money.unit, "%");
    EXPECT_DOUBLE_EQ(money.value, 70);
    for (const Quantity& p : quantities("two in five days")) EXPECT_NE(p.unit, "%") << p.text;
}

// "May twenty twenty-four", as radio copy reads a date out: the whole month, as "May 2024" is,
// so that a changed month ("March 2024" elsewhere) is compared; it was a bare year.
TEST(Quantities, AMonthAndAYearReadOutInWordsIsThatMonth) {
    const Quantity q = one("The survey began in May twenty twenty-four");
    EXPECT_EQ(q.unit, "date");
    EXPECT_TRUE(quantities_agree(q, one("The survey began in May 2024")));
    EXPECT_FALSE(quantities_agree(q, one("The survey began in March 2024")));
    EXPECT_EQ(one("The survey began in October nineteen ninety-eight").unit, "date");
}

// A number word hyphened onto its unit, the tens and units hyphened too: "a forty-two-year-old"
// is the age "a 42-year-old" is, "a three-second pause" the length of time "a 3-second pause"
// is; an outlet that writes the other figure is set against it.
TEST(Quantities, ANumberWordHyphenedOntoItsUnitIsThatFigure) {
    const Quantity age = one("a forty-two-year-old driver was arrested");
    EXPECT_EQ(age.unit, "age");
    EXPECT_DOUBLE_EQ(age.value, 42);
    EXPECT_TRUE(quantities_agree(age, one("a 42-year-old driver was arrested")));
    EXPECT_FALSE(quantities_agree(age, one("a 52-year-old driver was arrested")));
    EXPECT_DOUBLE_EQ(one("a twenty-five-year lease").value, 25);
    EXPECT_EQ(one("a twenty-five-year lease").unit, "year");
    const Quantity pause = one("after a three-second pause");
    EXPECT_EQ(pause.unit, "second");
    EXPECT_DOUBLE_EQ(pause.value, 3);
    EXPECT_EQ(one("after a 30-second pause").unit, "second");
    EXPECT_FALSE(quantities_agree(pause, one("after a 30-second pause")));
    EXPECT_TRUE(quantities_agree(one("a 90-second delay"), one("a delay of 1.5 minutes")));
    // "a second" is an ordinal or a moment, not a length of time.
    EXPECT_TRUE(quantities("a second attempt failed").empty());
}

// "more than 4.2 million" told as "more than four million": the same bound in millions to
// fewer digits; "more than 4.2 million" and "more than 4.6 million" are two bounds, and so are
// small counts whatever their digits ("at least 20" and "at least 24" dead).
TEST(Quantities, ABoundInMillionsToldToFewerDigitsIsTheSameBound) {
    const Quantity fine = one("more than 4.2 million households");
    EXPECT_TRUE(quantities_agree(one("more than four million households"), fine));
    EXPECT_TRUE(quantities_agree(fine, one("over 4 million households")));
    EXPECT_FALSE(quantities_agree(fine, one("more than 4.6 million households")));
    EXPECT_FALSE(quantities_agree(one("more than five million households"), fine));
    EXPECT_FALSE(quantities_agree(one("at least 20 people died"), one("at least 24 people died")));
}

// A temperature is one figure in Celsius however it is written: "minus 4C (25F)" is one
// reading, not a bare 4 beside a bare 25; "twenty-two degrees" meets "22C"; a Fahrenheit figure
// is put on Celsius by its offset ("95F" is 35C); minus 14C is not minus 4C, nor 14C.
TEST(Quantities, ATemperatureIsOneFigureInCelsius) {
    const Quantity frost = one("temperatures fell to minus 4C (25F) overnight");
    EXPECT_EQ(frost.unit, "\xC2\xB0" "C");
    EXPECT_DOUBLE_EQ(frost.value, -4);
    EXPECT_EQ(frost.text, "minus 4C (25F)");
    EXPECT_TRUE(quantities_agree(frost, one("a low of minus four degrees")));
    EXPECT_FALSE(quantities_agree(frost, one("temperatures fell to minus 14C")));
    EXPECT_FALSE(quantities_agree(frost, one("temperatures fell to 4C")));
    EXPECT_TRUE(quantities_agree(one("the milk was kept at 22C"),
                                 one("the milk was kept at twenty-two degrees")));
    EXPECT_TRUE(quantities_agree(one("highs of 95F in the valley"), one("highs of 35C")));
    EXPECT_FALSE(quantities_agree(one("highs of 95F in the valley"), one("highs of 38C")));
    // A count is no temperature: "9 schools" stays a bare count.
    EXPECT_EQ(one("9 schools closed").unit, "");
}

// Centimetres, millimetres and inches are lengths, compared with any other length: "a crack
// 30cm (12 inches) wide" is one figure, "30 centimetres" meets "30 cm" and not "13 cm", and a
// reader sees centimetres, not "0.0 km".
TEST(Quantities, CentimetresMillimetresAndInchesAreLengths) {
    const Quantity crack = one("a crack 30cm (12 inches) wide opened in the wall");
    EXPECT_EQ(crack.unit, "km");
    EXPECT_EQ(crack.text, "30cm (12 inches)");
    EXPECT_TRUE(quantities_agree(one("a crack thirty centimetres wide"), one("a crack 30 cm wide")));
    EXPECT_FALSE(quantities_agree(one("a crack 30 cm wide"), one("a crack 13 cm wide")));
    EXPECT_TRUE(quantities_agree(one("12 inches of snow fell"), one("30 centimetres of snow fell")));
    EXPECT_TRUE(quantities_agree(one("45mm of rain fell"), one("45 millimetres of rain fell")));
    EXPECT_EQ(format_quantity(one("a crack 30 cm wide")), "30 cm");
}
