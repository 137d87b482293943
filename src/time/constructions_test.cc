// Constructions of English time expressions beyond plain dates: conventions of TimeML extents,
// anaphora, spoken numbers, financial periods and the tense cues that pick a weekday or a year.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "time/tagger.h"

namespace dossier::time {
namespace {

struct Found {
  std::string text, type, value, mod;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << "{" << f.text << " " << f.type << " " << f.value << " " << f.mod << "}";
}

std::vector<Found> tag(const std::string& text, const char* date) {
  static const TimeTagger tagger;
  std::vector<Found> out;
  for (const Timex& t : tagger.tag(text, CivilDate::parse_iso(date))) {
    out.push_back({std::string(t.span.of(text)), std::string(to_string(t.type)), t.value, t.mod});
  }
  return out;
}

Found one(const std::string& text, const char* date) {
  const auto found = tag(text, date);
  if (found.size() != 1) return {"<" + std::to_string(found.size()) + " found>", "", "", ""};
  return found[0];
}

constexpr const char* kTuesday = "2023-03-14";  // a Tuesday
constexpr const char* kAutumn1989 = "1989-11-01";  // a Wednesday in the fourth quarter

TEST(TimeConstructions, NumbersThatAreNotTimes) {
  EXPECT_EQ(tag("The index closed at 2596.72 on heavy volume.", kTuesday).size(), 0u);
  EXPECT_TRUE(tag("The suspect was in his 30s, the police said.", kTuesday).empty());
  EXPECT_TRUE(tag("The academy has twelve hundred pupils.", kTuesday).empty());
  EXPECT_TRUE(tag("The quarter-to-quarter comparison improved.", kTuesday).empty());
}

TEST(TimeConstructions, LengthsBeforeAndAfterAnEventAreDurations) {
  EXPECT_EQ(one("The truce collapsed 13 days after the talks began.", kTuesday),
            (Found{"13 days", "DURATION", "P13D", ""}));
  EXPECT_EQ(one("A month before the vote, the mayor resigned.", kTuesday), (Found{"A month", "DURATION", "P1M", ""}));
  EXPECT_EQ(one("Three days later the bridge reopened.", kTuesday).type, "DATE");
}

TEST(TimeConstructions, ContextWordsYieldToALongerExpression) {
  EXPECT_EQ(one("Costs were lower than a year ago.", kTuesday), (Found{"a year ago", "DATE", "2022", ""}));
  EXPECT_EQ(one("The year-ago figures were restated.", kTuesday), (Found{"year-ago", "DATE", "2022", ""}));
}

TEST(TimeConstructions, ModifiersThatBelongToTheExtent) {
  EXPECT_EQ(one("Talks stalled for nearly two years.", kTuesday), (Found{"nearly two years", "DURATION", "P2Y", ""}));
  EXPECT_EQ(one("Talks stalled for about two years.", kTuesday).text, "two years");
  EXPECT_EQ(one("The firm hired him earlier this year.", kTuesday), (Found{"earlier this year", "DATE", "2023", ""}));
  EXPECT_EQ(one("Later Sunday, the police arrived.", kTuesday), (Found{"Later Sunday", "DATE", "2023-03-12", ""}));
  EXPECT_EQ(one("The rally ended later this afternoon.", kTuesday).text, "later this afternoon");
}

TEST(TimeConstructions, ThatYearIsTheYearLastNamed) {
  const auto found = tag("She moved to Lagos in June 2019 and left later that year.", kTuesday);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1], (Found{"later that year", "DATE", "2019", ""}));
}

TEST(TimeConstructions, SpokenYearsAndDays) {
  EXPECT_EQ(one("In nineteen ninety-six the plant closed.", kTuesday),
            (Found{"nineteen ninety-six", "DATE", "1996", ""}));
  EXPECT_EQ(one("The pledge was to halve it by the year two thousand.", kTuesday).value, "2000");
  EXPECT_EQ(one("Prices peaked in the winter of nineteen eighty-two.", kTuesday).value, "1982-WI");
  EXPECT_TRUE(tag("Some two thousand people marched.", kTuesday).empty());
  EXPECT_EQ(one("The vote is this coming Sunday, March eighth.", "1998-03-05"),
            (Found{"this coming Sunday, March eighth", "DATE", "1998-03-08", ""}));
}

TEST(TimeConstructions, MonthsOfANamedYear) {
  EXPECT_EQ(one("The plant opened in June last year.", kTuesday), (Found{"June last year", "DATE", "2022-06", ""}));
  EXPECT_EQ(one("Members join on April 4 next year.", kTuesday).value, "2024-04-04");
  EXPECT_EQ(one("He was shot last Oct. 23 at his home.", "1999-04-19"), (Found{"last Oct. 23", "DATE", "1998-10-23", ""}));
}

TEST(TimeConstructions, TenseCuesPickTheDay) {
  // An intention before an infinitive points ahead even in the past tense.
  EXPECT_EQ(one("The union planned to strike on Saturday.", kTuesday).value, "2023-03-18");
  // The verb before the expression outweighs a farther one after it.
  EXPECT_EQ(one("The talks that are supposed to end by May, stalled when rebels walked out.", kTuesday).value,
            "2023-05");
  // "payable" looks ahead; "the plan" is a noun, not a cue.
  EXPECT_EQ(one("The board declared a dividend, payable Dec. 15.", "1989-10-26").value, "1989-12-15");
  EXPECT_EQ(one("The thrift announced the plan Aug. 21.", "1989-10-27").value, "1989-08-21");
  // An arrangement under "had" lies in the past.
  EXPECT_EQ(one("The offer had been scheduled to expire at midnight Friday.", "1989-10-30").value,
            "1989-10-27T24:00");
}

TEST(TimeConstructions, PartsOfTheDayOnTheirOwn) {
  EXPECT_EQ(one("The judge will rule at midday.", kTuesday), (Found{"midday", "TIME", "2023-03-14T12:00", ""}));
  EXPECT_EQ(one("By mid-afternoon, shares had recovered.", kTuesday),
            (Found{"mid-afternoon", "TIME", "2023-03-14TAF", "MID"}));
  const auto found = tag("He landed on Friday and flew on the next morning.", kTuesday);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1], (Found{"the next morning", "TIME", "2023-03-11TMO", ""}));
}

TEST(TimeConstructions, VaguePresentAndFuture) {
  EXPECT_EQ(one("The deal should close by year end.", kTuesday), (Found{"year end", "DATE", "2023", ""}));
  EXPECT_EQ(one("Sales for the full year rose.", kTuesday).value, "2023");
  EXPECT_EQ(one("Rates will stay low in the near term.", kTuesday).value, "FUTURE_REF");
  EXPECT_EQ(one("Few people write letters these days.", kTuesday).value, "PRESENT_REF");
}

TEST(TimeConstructions, FinancialPeriods) {
  const auto ended = tag("It lost money in the quarter ended Sept. 30.", kAutumn1989);
  ASSERT_EQ(ended.size(), 2u);
  EXPECT_EQ(ended[0], (Found{"the quarter", "DATE", "1989-Q3", ""}));
  const auto year = tag("For the year ended June 30, it earned $4 million.", kAutumn1989);
  ASSERT_EQ(year.size(), 2u);
  EXPECT_EQ(year[0], (Found{"the year", "DURATION", "P1Y", ""}));
  EXPECT_EQ(one("In the year-ago quarter, it earned $5 million.", kAutumn1989).value, "1988-Q3");
  const auto compared = tag("Sales rose in the quarter ended Sept. 30 to $5 million from $4 million a year ago.",
                            kAutumn1989);
  ASSERT_EQ(compared.size(), 3u);
  EXPECT_EQ(compared[2], (Found{"a year ago", "DATE", "1988-Q3", ""}));
  EXPECT_EQ(one("Earnings will weaken in the last half of 1989.", kAutumn1989).value, "1989-H2");
  EXPECT_EQ(one("The split could come as early as next year's first quarter.", kAutumn1989).value, "1990-Q1");
}

TEST(TimeConstructions, PerfectAfterTheDayLooksBack) {
  constexpr const char* kSaturday = "2025-11-08";
  EXPECT_EQ(one("The toll from the flood that struck on Thursday has risen to 17.", kSaturday).value,
                "2025-11-06");
  EXPECT_EQ(one("Officials have given residents until Tuesday to leave.", kSaturday).value, "2025-11-11");
}

TEST(TimeConstructions, SeasonsAheadInTheFuture) {
  EXPECT_EQ(one("The final report is expected in the spring.", "2025-12-03").value, "2026-SP");
  EXPECT_EQ(one("The report came out in the spring.", "2025-12-03").value, "2025-SP");
}

TEST(TimeConstructions, ClockTimeTakesTheDayAfterIt) {
  constexpr const char* kSaturday = "2025-11-08";
  const auto found = tag("Residents heard a loud crack shortly before 4 a.m. on Thursday.", kSaturday);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], (Found{"4 a.m.", "TIME", "2025-11-06T04:00", ""}));
  EXPECT_EQ(found[1].value, "2025-11-06");
}

}  // namespace
}  // namespace dossier::time
