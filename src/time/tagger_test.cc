#include "time/tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::time {
namespace {

struct Found {
  std::string text, type, value, mod;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << "{" << f.text << " " << f.type << " " << f.value << " " << f.mod << "}";
}

const TimeTagger& tagger() {
  static const TimeTagger instance;
  return instance;
}

std::vector<Found> tag(const std::string& text, const char* date) {
  std::optional<CivilDate> anchor;
  if (date != nullptr) anchor = CivilDate::parse_iso(date);
  std::vector<Found> out;
  for (const Timex& t : tagger().tag(text, anchor)) {
    out.push_back({std::string(t.span.of(text)), std::string(to_string(t.type)), t.value, t.mod});
  }
  return out;
}

// The single expression found in text, or a marker when there is not exactly one.
Found one(const std::string& text, const char* date) {
  const auto found = tag(text, date);
  if (found.size() != 1) return {"<" + std::to_string(found.size()) + " found>", "", "", ""};
  return found[0];
}

constexpr const char* kTuesday = "2023-03-14";  // a Tuesday

TEST(TimeTagger, WeekdaysFollowTheTense) {
  EXPECT_EQ(one("She said in her Friday interview that it was over.", kTuesday).value, "2023-03-10");
  EXPECT_EQ(one("The minister will attend the summit on Thursday.", kTuesday).value, "2023-03-16");
  EXPECT_EQ(one("The company said Friday that profits fell.", kTuesday).value, "2023-03-10");
  EXPECT_EQ(one("Talks are set to resume until Monday.", kTuesday).value, "2023-03-20");
  EXPECT_EQ(one("The minister said Tuesday that she had resigned.", kTuesday).value, "2023-03-14");
}

TEST(TimeTagger, ExplicitDates) {
  EXPECT_EQ(one("It opened on March 10, 2023 in Paris.", kTuesday), (Found{"March 10, 2023", "DATE", "2023-03-10", ""}));
  EXPECT_EQ(one("It happened in October 2019.", kTuesday), (Found{"October 2019", "DATE", "2019-10", ""}));
  EXPECT_EQ(one("Sales rose in 1998, it said.", kTuesday), (Found{"1998", "DATE", "1998", ""}));
  EXPECT_EQ(one("The vote is on 3 June 2024.", kTuesday).value, "2024-06-03");
  EXPECT_EQ(one("The deal closed Jan. 5, the filing showed.", kTuesday).value, "2023-01-05");
  EXPECT_EQ(one("The review ends on Dec. 7.", "1989-10-27").value, "1989-12-07");
  EXPECT_EQ(one("The review ended on Dec. 7.", "1990-01-10").value, "1989-12-07");
  EXPECT_EQ(one("The company will pay on Dec. 7.", "1990-01-10").value, "1990-12-07");
  EXPECT_EQ(one("The review ended on Sept. 7.", "1990-03-10").value, "1989-09-07");
  EXPECT_EQ(one("The paper said in an editorial on Monday, Oct. 26, that it disagreed.", "1998-10-25").value,
            "1998-10-26");
  EXPECT_EQ(one("Filed 2023-02-28 with the court.", kTuesday).value, "2023-02-28");
}

TEST(TimeTagger, PartsOfMonthsAndYears) {
  EXPECT_EQ(one("Prices fell in early March.", kTuesday), (Found{"early March", "DATE", "2023-03", "START"}));
  EXPECT_EQ(one("Talks broke down in late November.", "2000-01-06"), (Found{"late November", "DATE", "1999-11", "END"}));
  EXPECT_EQ(one("Growth slowed in the 1990s.", kTuesday), (Found{"the 1990s", "DATE", "199", ""}));
  EXPECT_EQ(one("They met in the mid-1980s.", kTuesday).value, "198");
  EXPECT_EQ(one("Profit rose in the third quarter.", "1989-10-26"), (Found{"the third quarter", "DATE", "1989-Q3", ""}));
  EXPECT_EQ(one("It posted third-quarter net income.", "1989-10-26"), (Found{"third-quarter", "DATE", "1989-Q3", ""}));
}

TEST(TimeTagger, RelativeToTheArticleDate) {
  EXPECT_EQ(one("The bill passed this week.", kTuesday).value, "2023-W11");
  EXPECT_EQ(one("Elections are due next year.", kTuesday), (Found{"next year", "DATE", "2024", ""}));
  EXPECT_EQ(one("Inflation peaked last month.", kTuesday).value, "2023-02");
  EXPECT_EQ(one("He resigned a year ago.", kTuesday).value, "2022");
  EXPECT_EQ(one("The bank failed yesterday.", kTuesday), (Found{"yesterday", "DATE", "2023-03-13", ""}));
  EXPECT_EQ(one("It will rain today.", kTuesday).value, "2023-03-14");
  EXPECT_EQ(one("Rates rose sharply last Friday.", kTuesday).value, "2023-03-10");
  EXPECT_EQ(one("They meet again next Monday.", kTuesday).value, "2023-03-20");
  EXPECT_EQ(one("Sales fell two weeks ago.", kTuesday).value, "2023-W09");
  EXPECT_EQ(one("Rain fell this morning.", kTuesday), (Found{"this morning", "TIME", "2023-03-14TMO", ""}));
}

TEST(TimeTagger, DurationsSetsAndReferences) {
  EXPECT_EQ(one("Prices doubled over the past five years.", kTuesday),
            (Found{"the past five years", "DURATION", "P5Y", ""}));
  EXPECT_EQ(one("Rain is forecast for the next two days.", kTuesday),
            (Found{"the next two days", "DURATION", "P2D", ""}));
  EXPECT_EQ(one("It was a two-day visit.", kTuesday), (Found{"two-day", "DURATION", "P2D", ""}));
  EXPECT_EQ(one("The strike lasted 14 days.", kTuesday).value, "P14D");
  EXPECT_EQ(one("The talks took several years.", kTuesday).value, "PXY");
  EXPECT_EQ(one("Meetings take place each week.", kTuesday), (Found{"each week", "SET", "P1W", ""}));
  EXPECT_EQ(one("The paper appears daily.", kTuesday), (Found{"daily", "SET", "P1D", ""}));
  EXPECT_EQ(one("Markets meet every Thursday.", kTuesday).value, "XXXX-WXX-4");
  EXPECT_EQ(one("Prices are now higher.", kTuesday), (Found{"now", "DATE", "PRESENT_REF", ""}));
  EXPECT_EQ(one("He currently leads the party.", kTuesday).value, "PRESENT_REF");
  EXPECT_EQ(one("She recently left.", kTuesday).value, "PAST_REF");
  EXPECT_EQ(one("Nobody knows what the future holds.", kTuesday).value, "FUTURE_REF");
}

TEST(TimeTagger, WithoutAnArticleDateValuesStayUnderspecified) {
  EXPECT_EQ(one("The company said Friday that profits fell.", nullptr).value, "XXXX-WXX-5");
  EXPECT_EQ(one("Prices fell in March, traders said.", nullptr).value, "XXXX-03");
  EXPECT_EQ(one("It opened on March 10 in Paris.", nullptr).value, "XXXX-03-10");
  EXPECT_EQ(one("Inflation peaked last month.", nullptr).value, "XXXX-XX");
  EXPECT_EQ(one("The bank failed yesterday.", nullptr).value, "XXXX-XX-XX");
  EXPECT_EQ(one("Elections are due next year.", nullptr).value, "XXXX");
  EXPECT_EQ(one("It happened in October 2019.", nullptr).value, "2019-10");
  EXPECT_EQ(one("Prices doubled over the past five years.", nullptr).value, "P5Y");
}

TEST(TimeTagger, AnaphoraFollowsTheLastNamedPeriod) {
  const auto found = tag("Profit fell in the third quarter from $5 million a year earlier.", "1989-10-26");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1], (Found{"a year earlier", "DATE", "1988-Q3", ""}));
  TagOptions fixed;
  fixed.moving_reference = false;
  const std::string text = "Profit fell in the third quarter from $5 million a year earlier.";
  const auto plain = tagger().tag(text, CivilDate{1989, 10, 26}, fixed);
  ASSERT_EQ(plain.size(), 2u);
  EXPECT_EQ(plain[1].value, "1988");
}

TEST(TimeTagger, AmbiguousWordsNeedContext) {
  EXPECT_TRUE(tag("May I ask a question? She may leave.", kTuesday).empty());
  EXPECT_TRUE(tag("Thousands march in the capital.", kTuesday).empty());
  EXPECT_EQ(one("The vote was held in May.", kTuesday).value, "2022-05");
  EXPECT_TRUE(tag("The 6-year-old boy and 1500 troops cost $2000.", kTuesday).empty());
  EXPECT_TRUE(tag("About three-quarters of voters agreed.", kTuesday).empty());
  EXPECT_TRUE(tag("The Sun reported it. He was a second too late.", kTuesday).empty());
}

TEST(TimeTagger, SpansAreExactBytesAroundMultibyteText) {
  const std::string text = "Caf\xC3\xA9 owners \xE2\x80\x94 on Friday \xE2\x80\x94 said so.";
  const auto times = tagger().tag(text, CivilDate{2023, 3, 14});
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].span.of(text), "Friday");
  ASSERT_TRUE(times[0].day.has_value());
  EXPECT_EQ(times[0].day->iso(), "2023-03-10");
}

}  // namespace
}  // namespace dossier::time
