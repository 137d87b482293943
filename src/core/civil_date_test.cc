#include <gtest/gtest.h>

#include "dossier/span.h"

namespace dossier {
namespace {

TEST(CivilDate, ParsesIsoDatesAndTimestamps) {
  EXPECT_EQ(CivilDate::parse_iso("2023-06-14"), (CivilDate{2023, 6, 14}));
  EXPECT_EQ(CivilDate::parse_iso("2023-06-14T09:30:00Z"), (CivilDate{2023, 6, 14}));
  EXPECT_FALSE(CivilDate::parse_iso("2023-02-30"));
  EXPECT_FALSE(CivilDate::parse_iso("2023-6-14"));
  EXPECT_FALSE(CivilDate::parse_iso("2023-06-14x"));
  EXPECT_FALSE(CivilDate::parse_iso(""));
}

TEST(CivilDate, LeapYears) {
  EXPECT_TRUE((CivilDate{2024, 2, 29}).valid());
  EXPECT_FALSE((CivilDate{2023, 2, 29}).valid());
  EXPECT_FALSE((CivilDate{1900, 2, 29}).valid());
  EXPECT_TRUE((CivilDate{2000, 2, 29}).valid());
}

TEST(CivilDate, DayArithmeticRoundTrips) {
  EXPECT_EQ((CivilDate{1970, 1, 1}).days_since_epoch(), 0);
  EXPECT_EQ((CivilDate{2000, 3, 1}).days_since_epoch(), 11017);
  for (int64_t d = -800000; d < 800000; d += 997) {
    EXPECT_EQ(CivilDate::from_days_since_epoch(d).days_since_epoch(), d);
  }
}

TEST(CivilDate, Weekday) {
  EXPECT_EQ((CivilDate{2023, 3, 14}).weekday(), 1);  // a Tuesday
  EXPECT_EQ((CivilDate{1970, 1, 1}).weekday(), 3);   // a Thursday
  EXPECT_EQ((CivilDate{2026, 11, 22}).weekday(), 6); // a Sunday
}

TEST(CivilDate, Iso) { EXPECT_EQ((CivilDate{987, 1, 2}).iso(), "0987-01-02"); }

}  // namespace
}  // namespace dossier
