// Regression fixtures, invented, for the errors of time expressions read on real news (issue 16):
// 24-hour clock times before a time zone, numbers that name an item, programmes named after a
// time word, the tense of reporting, an afternoon kickoff, and the confidence of each value.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "time/tagger.h"

namespace dossier::time {
namespace {

constexpr const char* kWednesday = "2026-12-02";

std::vector<Timex> tag(const std::string& text, const char* date = kWednesday) {
  static const TimeTagger tagger;
  return tagger.tag(text, date != nullptr ? CivilDate::parse_iso(date) : std::nullopt);
}

std::string values(const std::string& text) {
  std::string out;
  for (const Timex& t : tag(text)) out += (out.empty() ? "" : " ") + std::string(t.span.of(text)) + "=" + t.value;
  return out;
}

TEST(TimeNewsErrors, TwentyFourHourClockBeforeAZoneIsNoYear) {
  EXPECT_EQ(values("Talks resumed at 1200 GMT."), "1200 GMT=2026-12-02T12:00");
  EXPECT_EQ(values("The vote closed at 1430 BST on Monday."), "1430 BST=2026-11-30T14:30 Monday=2026-11-30");
  EXPECT_EQ(values("The treaty was signed in 1984."), "1984=1984");  // a year still
}

TEST(TimeNewsErrors, NumbersThatNameAnItemAreNoYears) {
  EXPECT_EQ(values("The council cited resolution 1441 and Resolution 2334."), "");
  EXPECT_EQ(values("Flight 1776 landed; article 1984 of the code applies; see page 2010."), "");
  EXPECT_EQ(values("The law of 2010 was cited."), "2010=2010");
}

TEST(TimeNewsErrors, AProgrammeNamedAfterATimeWordIsNoDate) {
  EXPECT_EQ(values("Speaking on the Today programme, the minister defended the plan."), "");
  EXPECT_EQ(values("She told Good Morning Sylvania that the plan was sound."), "");
  EXPECT_EQ(values("The minister said today that the plan was sound."), "today=2026-12-02");
  EXPECT_EQ(values("Today the minister defended the plan."), "Today=2026-12-02");
  EXPECT_EQ(values("Ministers Meet Today To Agree Budget"), "Today=2026-12-02");  // a headline in title case
}

TEST(TimeNewsErrors, ReportedPastWeekdaysLookBack) {
  EXPECT_EQ(values("On Monday, the board agreed to sell the unit."), "Monday=2026-11-30");
  EXPECT_EQ(values("In a statement on Monday, the party says it is disappointed."), "Monday=2026-11-30");
  EXPECT_EQ(values("The protesters gathered outside parliament on Monday."), "Monday=2026-11-30");
  EXPECT_EQ(values("The board agreed to sell the unit on Monday."), "Monday=2026-12-07");  // what it will do
}

TEST(TimeNewsErrors, KickoffTimesKeepTheirAfternoonReading) {
  EXPECT_EQ(values("The match has a 4:25 kickoff."), "4:25=2026-12-02T16:25");
  EXPECT_EQ(values("The quake struck at 4:25 a.m."), "4:25 a.m.=2026-12-02T04:25");
  EXPECT_EQ(values("The plane landed at 04:25 GMT."), "04:25 GMT=2026-12-02T04:25");
}

TEST(TimeNewsErrors, EveryValueCarriesAConfidence) {
  const auto dated = tag("The accord of March 3, 2025 was signed on Friday at 4:25.");
  ASSERT_EQ(dated.size(), 3u);
  for (const Timex& t : dated) {
    EXPECT_GT(t.confidence, 0.0);
    EXPECT_LE(t.confidence, 1.0);
  }
  EXPECT_GT(dated[0].confidence, dated[1].confidence);  // a full date is surer than a weekday
  EXPECT_GT(dated[1].confidence, dated[2].confidence);  // a weekday than a clock time read as afternoon
  const auto open = tag("The accord was signed on Friday.", nullptr);
  ASSERT_EQ(open.size(), 1u);
  EXPECT_LT(open[0].confidence, dated[1].confidence);  // no article date: underspecified
}

TEST(TimeNewsErrors, AgesAndCompoundAdjectivesAreNoTimes) {
  EXPECT_EQ(values("A ruling lets 17-year-olds vote; a 6-year-old boy watched."), "");
  EXPECT_EQ(values("She repeated her now-infamous remark and a now-defunct law."), "");
  EXPECT_EQ(values("The party is now ready."), "now=PRESENT_REF");  // "now" alone still refers
}

TEST(TimeNewsErrors, SinceBeforeADatedNounLooksBack) {
  // Article date Wednesday 2026-12-02: "Oct. 13" after "since their" is the past October.
  EXPECT_EQ(values("The two will meet again after a run of gains since their Oct. 13 debate."),
            "Oct. 13=2026-10-13");
}

}  // namespace
}  // namespace dossier::time
