#include "time/calendar.h"

#include <gtest/gtest.h>

#include "time/normalize.h"

namespace dossier::time {
namespace {

TEST(Calendar, IsoWeeks) {
  int year = 0, week = 0;
  iso_week({2023, 3, 14}, year, week);
  EXPECT_EQ(year, 2023);
  EXPECT_EQ(week, 11);
  iso_week({2021, 1, 1}, year, week);  // a Friday in the last week of 2020
  EXPECT_EQ(year, 2020);
  EXPECT_EQ(week, 53);
  EXPECT_EQ(monday_of_iso_week(2023, 11).iso(), "2023-03-13");
}

TEST(Calendar, ShiftKeepsGranularity) {
  const Point day = day_point({2024, 3, 31});
  EXPECT_EQ(format(shift(day, Unit::kMonth, -1)), "2024-02-29");
  EXPECT_EQ(format(truncate(shift(day, Unit::kYear, -1), Gran::kYear)), "2023");
  Point quarter = truncate(day, Gran::kQuarter);
  EXPECT_EQ(format(quarter), "2024-Q1");
  EXPECT_EQ(format(shift(quarter, Unit::kQuarter, -1)), "2023-Q4");
  EXPECT_EQ(format(shift(quarter, Unit::kYear, -1)), "2023-Q1");
  EXPECT_EQ(format(truncate(day, Gran::kWeekend)), "2024-W13-WE");
  EXPECT_EQ(format(truncate(day, Gran::kDecade)), "202");
}

TEST(Calendar, Holidays) {
  EXPECT_EQ(holiday_date(Holiday::kEaster, 2024)->iso(), "2024-03-31");
  EXPECT_EQ(holiday_date(Holiday::kThanksgiving, 1999)->iso(), "1999-11-25");
}

TEST(Calendar, PickYearAndWeekday) {
  const CivilDate anchor{2000, 1, 7};
  EXPECT_EQ(pick_year(anchor, 11, 25, Tense::kNone), 1999);
  EXPECT_EQ(pick_year(anchor, 3, 12, Tense::kFuture), 2000);
  EXPECT_EQ(pick_year(anchor, 1, 5, Tense::kPast), 2000);
  EXPECT_EQ(pick_year(anchor, 1, 20, Tense::kPast), 2000);  // a few weeks ahead: still this year
  EXPECT_EQ(pick_year(anchor, 3, 20, Tense::kPast), 1999);
  EXPECT_EQ(pick_year(anchor, 1, 2, Tense::kFuture), 2000);
  EXPECT_EQ(pick_year(anchor, 1, 11, Tense::kNone), 2000);
  const CivilDate tuesday{2023, 3, 14};
  EXPECT_EQ(pick_weekday(tuesday, 4, Tense::kPast).iso(), "2023-03-10");
  EXPECT_EQ(pick_weekday(tuesday, 3, Tense::kFuture).iso(), "2023-03-16");
  EXPECT_EQ(pick_weekday(tuesday, 1, Tense::kPast).iso(), "2023-03-14");
}

}  // namespace
}  // namespace dossier::time
