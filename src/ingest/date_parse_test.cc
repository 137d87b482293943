#include "ingest/date_parse.h"

#include <gtest/gtest.h>

namespace dossier::ingest {
namespace {

std::string iso_of(std::string_view text) {
  const auto date = parse_date(text);
  return date ? date->iso() : "none";
}

TEST(DateParse, IsoDatesAndTimestamps) {
  EXPECT_EQ(iso_of("2023-06-14"), "2023-06-14");
  EXPECT_EQ(iso_of("2023-6-4"), "2023-06-04");
  EXPECT_EQ(iso_of("2023/06/14"), "2023-06-14");
  EXPECT_EQ(iso_of("2023-06-14T10:32:00Z"), "2023-06-14");
  EXPECT_EQ(iso_of("2023-06-14T10:32:00.123+02:00"), "2023-06-14");
  EXPECT_EQ(iso_of("2023-06-14T23:59:59-0500"), "2023-06-14");
  EXPECT_EQ(iso_of("2023-06-14 10:32"), "2023-06-14");
  EXPECT_EQ(iso_of("  2023-06-14  "), "2023-06-14");
}

TEST(DateParse, WrittenDates) {
  EXPECT_EQ(iso_of("14 June 2023"), "2023-06-14");
  EXPECT_EQ(iso_of("14th June 2023"), "2023-06-14");
  EXPECT_EQ(iso_of("1st of March, 2021"), "2021-03-01");
  EXPECT_EQ(iso_of("14-Jun-2023"), "2023-06-14");
  EXPECT_EQ(iso_of("June 14, 2023"), "2023-06-14");
  EXPECT_EQ(iso_of("June 14 2023"), "2023-06-14");
  EXPECT_EQ(iso_of("Jun. 14, 2023"), "2023-06-14");
  EXPECT_EQ(iso_of("Sept. 3, 2022"), "2022-09-03");
  EXPECT_EQ(iso_of("DECEMBER 31, 1999"), "1999-12-31");
  EXPECT_EQ(iso_of("june 2nd, 2023"), "2023-06-02");
}

TEST(DateParse, WeekdayPrefixes) {
  EXPECT_EQ(iso_of("Wednesday, 14 June 2023"), "2023-06-14");
  EXPECT_EQ(iso_of("Wed 14 Jun 2023"), "2023-06-14");
  EXPECT_EQ(iso_of("Thurs. June 15, 2023"), "2023-06-15");
  EXPECT_EQ(iso_of("Wed, 14 Jun 2023 10:32:00 +0000"), "2023-06-14");
  EXPECT_EQ(iso_of("Wednesday"), "none");
}

TEST(DateParse, TimesAfterTheDate) {
  EXPECT_EQ(iso_of("14 June 2023 10:32 GMT"), "2023-06-14");
  EXPECT_EQ(iso_of("June 14, 2023 at 3:45 p.m. ET"), "2023-06-14");
  EXPECT_EQ(iso_of("June 14, 2023, 3:45 PM EDT"), "2023-06-14");
  EXPECT_EQ(iso_of("14 June 2023 10.32 BST"), "2023-06-14");
  EXPECT_EQ(iso_of("14 June 2023 - 10:32"), "2023-06-14");
  EXPECT_EQ(iso_of("14 June 2023 3pm"), "2023-06-14");
  EXPECT_EQ(iso_of("14 June 2023 (GMT)"), "none");
}

TEST(DateParse, NumericDatesOnlyWhenUnambiguous) {
  EXPECT_EQ(iso_of("14/06/2023"), "2023-06-14");
  EXPECT_EQ(iso_of("06/14/2023"), "2023-06-14");
  EXPECT_EQ(iso_of("14.06.2023"), "2023-06-14");
  EXPECT_EQ(iso_of("05/05/2023"), "2023-05-05");
  EXPECT_EQ(iso_of("03/04/2023"), "none");
  EXPECT_EQ(iso_of("14/06/23"), "none");
}

TEST(DateParse, RejectsWhatIsNotADay) {
  EXPECT_EQ(iso_of(""), "none");
  EXPECT_EQ(iso_of("June 2023"), "none");
  EXPECT_EQ(iso_of("31 June 2023"), "none");
  EXPECT_EQ(iso_of("2023-02-29"), "none");
  EXPECT_EQ(iso_of("2024-02-29"), "2024-02-29");
  EXPECT_EQ(iso_of("14 Junes 2023"), "none");
  EXPECT_EQ(iso_of("14 June 20235"), "none");
  EXPECT_EQ(iso_of("1066-10-14"), "none");
  EXPECT_EQ(iso_of("20230614"), "none");
  EXPECT_EQ(iso_of("2023-06-14 and more"), "none");
}

TEST(DateParse, MatchReportsTheLengthCovered) {
  const std::string text = "14 June 2023 10:32 GMT The minister said";
  const auto m = match_date(text);
  ASSERT_TRUE(m);
  EXPECT_EQ(text.substr(0, m->length), "14 June 2023 10:32 GMT");
  const std::string un = "June 14, 2023 UN officials said";
  const auto m2 = match_date(un);
  ASSERT_TRUE(m2);
  EXPECT_EQ(un.substr(0, m2->length), "June 14, 2023");
  const std::string figure = "14 June 2023 12 people died";
  EXPECT_EQ(match_date(figure)->length, std::string("14 June 2023").size());
}

TEST(DateParse, TimesAndMonthDays) {
  EXPECT_EQ(match_time("10:32 GMT, Wed"), std::string("10:32 GMT").size());
  EXPECT_EQ(match_time("3:45 PM ET"), std::string("3:45 PM ET").size());
  EXPECT_EQ(match_time("10.5 percent"), 0u);
  EXPECT_EQ(match_time("25:00"), 0u);
  int month = 0, day = 0;
  EXPECT_EQ(match_month_day("June 14 (Reuters)", month, day), 7u);
  EXPECT_EQ(month, 6);
  EXPECT_EQ(day, 14);
  EXPECT_EQ(match_month_day("14 Sept", month, day), 7u);
  EXPECT_EQ(month, 9);
  EXPECT_EQ(match_month_day("Junebug 14", month, day), 0u);
}

TEST(DateParse, MonthAndWeekdayNames) {
  EXPECT_EQ(month_from_name("Sept"), 9);
  EXPECT_EQ(month_from_name("MAY"), 5);
  EXPECT_EQ(month_from_name("Ju"), 0);
  EXPECT_EQ(month_from_name("Marc"), 0);
  EXPECT_TRUE(is_weekday_name("thurs"));
  EXPECT_FALSE(is_weekday_name("Sundays"));
}

}  // namespace
}  // namespace dossier::ingest
