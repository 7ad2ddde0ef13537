// The CSV a user downloads from the page: headers, one row per item, quoting that spreadsheets
// read back unchanged.
#include "core/export_csv.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace wiretrace;

namespace {

// The lines of a CSV file, after its UTF-8 byte order mark (which every file must start with).
std::vector<std::string> lines(const std::string& csv) {
    std::vector<std::string> out;
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u) << "a CSV file starts with the UTF-8 BOM";
    std::size_t at = 3;
    while (at < csv.size()) {
        std::size_t e = csv.find("\r\n", at);
        if (e == std::string::npos) e = csv.size();
        out.push_back(csv.substr(at, e - at));
        at = e + 2;
    }
    return out;
}

Analysis two_articles_one_claim() {
    Analysis a;
    a.corpus.articles.push_back({"a1", "Outlet, One", "Title \"quoted\"", "2024-12-06", "", "", "Rebels are 5 kilometers from Homs.", "", 1});
    a.corpus.articles.push_back({"a2", "Outlet Two", "Plain", "2024-12-06", "Jane Doe", "", "Rebels are 3 miles from Homs, reportedly.", "", 1});
    a.articles.resize(2);
    a.articles[0].word_count = 6;
    a.articles[0].label_share[0] = 0.5;
    a.articles[0].label_share[3] = 0.5;
    a.articles[1].word_count = 7;
    Claim c;
    c.id = 7;
    c.label = "distance to Homs";
    c.type = ClaimType::Quantity;
    ClaimMention m1;
    m1.article = 0;
    m1.span = {0, 34};
    m1.quantities = {{"5 kilometers", 5, 5, 5, "km"}};
    ClaimMention m2;
    m2.article = 1;
    m2.span = {0, 41};
    a.claim_names = {"SOHR"};
    m2.source = 0; // claim_names[0]
    m2.hedged = true;
    m2.quantities = {{"3 miles", 4.828, 4.828, 4.828, "km"}};
    c.mentions = {m1, m2};
    c.differences.push_back({DifferenceKind::Hedge, 1, 0, "hedged in a2"});
    a.claims.push_back(c);
    Passage p;
    p.id = 3;
    p.members = {{0, {0, 10}}, {1, {0, 10}}};
    a.passages.push_back(p);
    return a;
}

} // namespace

TEST(ExportCsv, FieldsAreQuotedOnlyWhenNeeded) {
    EXPECT_EQ(csv_field("plain"), "plain");
    EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csv_field(""), "");
}

TEST(ExportCsv, CellsASpreadsheetWouldEvaluateAreNeutralised) {
    EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\",\"y\")"),
              "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(csv_field("+1 555"), "'+1 555");
    EXPECT_EQ(csv_field("-2+3"), "'-2+3");
    EXPECT_EQ(csv_field("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csv_field("\t=1"), "'\t=1");
    EXPECT_EQ(csv_field("\r=1"), "\"'\r=1\"");
    EXPECT_EQ(csv_field("a=b"), "a=b") << "only the first character matters";
}

TEST(ExportCsv, NulAndControlCharactersAreRemoved) {
    EXPECT_EQ(csv_field(std::string("a\0b\x01"
                                    "c\x1b[31md\x7f",
                                    12)),
              "abc[31md");
    EXPECT_EQ(csv_field("x\xC2\x85y\xC2\xA0z"), "xy\xC2\xA0z")
        << "C1 NEL removed, no-break space kept";
    EXPECT_EQ(csv_field(std::string("\0=1", 3)), "'=1") << "removed first, then neutralised";
    EXPECT_EQ(csv_field("tab\there"), "tab\there");
}

TEST(ExportCsv, HostileArticleMetadataReachesTheFileAsText) {
    Analysis a = two_articles_one_claim();
    a.corpus.articles[1].title = std::string("=cmd|' /C calc'!A0\0tail", 23);
    a.corpus.articles[1].outlet = "@outlet";
    auto all = lines(provenance_csv(a));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[2].rfind("a2,'@outlet,'=cmd|' /C calc'!A0tail,2024-12-06,,7,", 0), 0u) << all[2];
    EXPECT_EQ(all[2].find('\0'), std::string::npos);
}

TEST(ExportCsv, ProvenanceHasOneRowPerArticleInTheGivenOrder) {
    Analysis a = two_articles_one_claim();
    auto all = lines(provenance_csv(a));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0], "article,outlet,title,date,byline,words,verbatim,edited,paraphrase,original,boilerplate");
    EXPECT_EQ(all[1], "a1,\"Outlet, One\",\"Title \"\"quoted\"\"\",2024-12-06,,6,0.5000,0.0000,0.0000,0.5000,0.0000");
    std::vector<int> order = {1};
    auto some = lines(provenance_csv(a, &order));
    ASSERT_EQ(some.size(), 2u);
    EXPECT_EQ(some[1].substr(0, 3), "a2,");
}

TEST(ExportCsv, ProvenanceCarriesTheSharedWithBaseColumnAsSourcesShowsIt) {
    Analysis a = two_articles_one_claim();
    BaseShares base{1, {0.25, 1.0}};
    std::vector<int> order = {1, 0};
    auto all = lines(provenance_csv(a, &order, &base));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0], "article,outlet,title,date,byline,words,verbatim,edited,paraphrase,original,boilerplate,"
                      "reuse_base,shared_with_base");
    EXPECT_EQ(all[1].substr(0, 3), "a2,") << "rows in the table's order";
    EXPECT_NE(all[1].find(",a2,1.0000"), std::string::npos) << all[1];
    EXPECT_NE(all[2].find(",a2,0.2500"), std::string::npos) << all[2];
    BaseShares nowhere{5, {}};
    EXPECT_EQ(lines(provenance_csv(a, nullptr, &nowhere))[0].find("reuse_base"), std::string::npos)
        << "a base that is no article adds no column";
}

TEST(ExportCsv, SearchResultsAreListedAsShownWithHowTheyWereFound) {
    Analysis a = two_articles_one_claim();
    SearchHit literal;
    literal.article = 0;
    literal.match = {29, 33};
    literal.context = {0, 34};
    SearchHit reworded;
    reworded.article = 1;
    reworded.match = {0, 41};
    reworded.context = {0, 41};
    reworded.reworded = true;
    reworded.from_article = 0;
    auto all = lines(search_csv(a, "=Homs", {literal, reworded}));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0], "query,result,article,outlet,title,found,aligned_with,begin,end,match,context");
    EXPECT_EQ(all[1], "'=Homs,1,a1,\"Outlet, One\",\"Title \"\"quoted\"\"\",literal,,29,33,Homs,"
                      "Rebels are 5 kilometers from Homs.")
        << "a query a spreadsheet would evaluate is neutralised";
    EXPECT_NE(all[2].find(",reworded,\"Outlet, One\",0,41,"), std::string::npos) << all[2];
    EXPECT_EQ(lines(search_csv(a, "", {})).size(), 1u);
}

TEST(ExportCsv, SharedSpansNameBothSidesAndHowTheTextIsShared) {
    Analysis a = two_articles_one_claim();
    SharedSpan s;
    s.span = {0, 10};
    s.other = 1;
    s.other_span = {0, 10};
    s.kind = ReuseKind::Edited;
    auto all = lines(shared_spans_csv(a, 0, {s}));
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0], "article,outlet,begin,end,text,shared_as,other_article,other_outlet,other_begin,other_end,"
                      "other_text");
    EXPECT_EQ(all[1], std::string("a1,\"Outlet, One\",0,10,Rebels are,") + to_string(ReuseKind::Edited) +
                          ",a2,Outlet Two,0,10,Rebels are");
    EXPECT_EQ(lines(shared_spans_csv(a, -1, {})).size(), 1u) << "no article shown: the header alone";
}

TEST(ExportCsv, AlignedPairsAreListedWithBothSides) {
    Analysis a = two_articles_one_claim();
    Alignment al;
    al.a = 0;
    al.b = 1;
    al.a_span = {0, 10};
    al.b_span = {0, 10};
    al.kind = ReuseKind::Verbatim;
    al.score = 1;
    auto all = lines(alignments_csv(a, {al}));
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0], "score,kind,article_a,outlet_a,begin_a,end_a,text_a,article_b,outlet_b,begin_b,end_b,text_b");
    EXPECT_EQ(all[1], std::string("1.0000,") + to_string(ReuseKind::Verbatim) +
                          ",a1,\"Outlet, One\",0,10,Rebels are,a2,Outlet Two,0,10,Rebels are");
}

TEST(ExportCsv, ClaimsHaveOneRowPerMentionWithItsDifferences) {
    Analysis a = two_articles_one_claim();
    auto all = lines(claims_csv(a));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0], "claim,label,type,article,outlet,begin,end,text,speaker,source,hedged,negated,quantities,"
                      "consensus,differences,changes");
    EXPECT_EQ(all[1], "7,distance to Homs,quantity,a1,\"Outlet, One\",0,34,Rebels are 5 kilometers from Homs.,,,false,false,5 km,true,,")
        << "the reference outlet is the consensus and is not marked";
    EXPECT_NE(all[2].find(",SOHR,true,false,4.828 km,false,hedge,hedged in a2"), std::string::npos) << all[2];
    std::vector<int> none;
    EXPECT_EQ(lines(claims_csv(a, &none)).size(), 1u) << "a filter that hides every claim leaves the header";
}

TEST(ExportCsv, PassagesListEveryMemberWithItsText) {
    Analysis a = two_articles_one_claim();
    auto all = lines(passages_csv(a));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0], "passage,outlets,article,outlet,begin,end,text");
    EXPECT_EQ(all[2], "3,2,a2,Outlet Two,0,10,Rebels are");
}

TEST(ExportCsv, AnOutOfRangeSpanGivesAnEmptyTextNotACrash) {
    Analysis a = two_articles_one_claim();
    a.passages[0].members[0].span = {5, 9999};
    auto all = lines(passages_csv(a));
    EXPECT_EQ(all[1], "3,2,a1,\"Outlet, One\",5,9999,");
}

TEST(ExportCsv, QuantitiesShowDatesAsDatesAndBigFiguresWithoutExponent) {
    Analysis a = two_articles_one_claim();
    // "on Friday" (a date: YYYYMMDD inside, ISO 8601 outside), "in 2023", "€1.2bn".
    a.claims[0].mentions[0].quantities = {{"Friday", 20241206, 20241206, 20241206, "date"},
                                          {"2023", 2023, 2023, 2023, "calendar_year"},
                                          {"\xE2\x82\xAC" "1.2bn", 1.2e9, 1.2e9, 1.2e9, "EUR"}};
    auto all = lines(claims_csv(a));
    ASSERT_GE(all.size(), 2u);
    EXPECT_NE(all[1].find(",2024-12-06; 2023; 1200000000 EUR,"), std::string::npos) << all[1];
    EXPECT_EQ(all[1].find("e+"), std::string::npos) << all[1];
}

TEST(ExportCsv, OutletMetadataColumnsAppearOnlyForKeysTheCorpusGives) {
    Analysis a = two_articles_one_claim();
    EXPECT_EQ(lines(provenance_csv(a))[0],
              "article,outlet,title,date,byline,words,verbatim,edited,paraphrase,original,boilerplate");
    a.corpus.articles[1].lean = "centre-right";
    auto all = lines(provenance_csv(a));
    EXPECT_EQ(all[0], "article,outlet,title,date,byline,lean,words,verbatim,edited,paraphrase,original,boilerplate");
    EXPECT_EQ(all[1], "a1,\"Outlet, One\",\"Title \"\"quoted\"\"\",2024-12-06,,,6,0.5000,0.0000,0.0000,0.5000,0.0000")
        << "an article without the key gets an empty cell, nothing invented";
    EXPECT_EQ(all[2].substr(0, 45), "a2,Outlet Two,Plain,2024-12-06,,centre-right,");
}
