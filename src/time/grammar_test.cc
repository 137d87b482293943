#include "time/grammar.h"

#include <gtest/gtest.h>

#include "dossier/error.h"

namespace dossier::time {
namespace {

TEST(Grammar, CompilesTheBuiltInTables) {
  const Grammar grammar;
  EXPECT_GT(grammar.rules().size(), 50u);
  EXPECT_GE(grammar.literal_id("quarter"), 0);
  EXPECT_EQ(grammar.literal_id("nonsense"), -1);
}

TEST(Grammar, RejectsMalformedTables) {
  EXPECT_THROW(Grammar("month: january", "DATE calendar: MONTH"), ModelError);
  EXPECT_THROW(Grammar("color: red=1", "DATE calendar: MONTH"), ModelError);
  EXPECT_THROW(Grammar("month: june=6", "DATE calendar: NOPE"), ModelError);
  EXPECT_THROW(Grammar("month: june=6", "DATE nowhere: MONTH"), ModelError);
  EXPECT_THROW(Grammar("month: june=6", "DATE calendar: [MONTH?]"), ModelError);
  EXPECT_THROW(Grammar("month: june=6", "DATE calendar: the [of] MONTH"), ModelError);
}

TEST(Grammar, LongestMatchWinsAndContextStaysOutside) {
  const Grammar grammar("month cap: june=6\nunit plural: weeks=4", "DATE calendar: MONTH\n"
                        "DATE calendar: MONTH DAY\nDURATION duration: [for] UNITS");
  const std::string text = "On June 5 and for weeks.";
  const auto toks = grammar.tokens(text);
  const auto matches = grammar.match(text, toks);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(text.substr(toks[matches[0].first].begin, toks[matches[0].last - 1].end - toks[matches[0].first].begin),
            "June 5");
  EXPECT_EQ(matches[0].frame.day, 5);
  EXPECT_EQ(text.substr(toks[matches[1].first].begin, toks[matches[1].last - 1].end - toks[matches[1].first].begin),
            "weeks");
}

TEST(Scanner, NumbersWordsAndPunctuation) {
  const std::string text = "the 1990s, 21st and 1,500 at 10:30 a.m.";
  const auto toks = scan(text);
  ASSERT_GE(toks.size(), 10u);
  EXPECT_EQ(toks[1].number, 1990);
  EXPECT_TRUE(toks[1].has(kPluralSuffix));
  EXPECT_TRUE(toks[3].has(kOrdinalSuffix));
  EXPECT_TRUE(toks[5].has(kGrouped));
  EXPECT_EQ(text.substr(toks.back().begin, toks.back().end - toks.back().begin), "a.m.");
}

}  // namespace
}  // namespace dossier::time
