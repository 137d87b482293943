#include "text/abbreviations.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dossier::text {
namespace {

TEST(Abbreviations, TablesAreSortedForBinarySearch) {
  const auto abbreviations = abbreviation_table();
  EXPECT_TRUE(std::is_sorted(abbreviations.begin(), abbreviations.end(),
                             [](const AbbreviationEntry& a, const AbbreviationEntry& b) { return a.word < b.word; }));
  const auto starters = sentence_starter_table();
  EXPECT_TRUE(std::is_sorted(starters.begin(), starters.end()));
  EXPECT_TRUE(std::all_of(starters.begin(), starters.end(), [](std::string_view w) {
    return std::none_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }));
}

TEST(Abbreviations, ClassifiesNewsAbbreviations) {
  EXPECT_EQ(abbreviation_kind("Mr"), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviation_kind("Sen"), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviation_kind("SEN"), AbbreviationKind::kTitle);  // all-capitals headline
  EXPECT_EQ(abbreviation_kind("No"), AbbreviationKind::kBeforeNumber);
  EXPECT_EQ(abbreviation_kind("Inc"), AbbreviationKind::kOther);
  EXPECT_EQ(abbreviation_kind("Sept"), AbbreviationKind::kOther);
  EXPECT_EQ(abbreviation_kind("said"), AbbreviationKind::kNone);
  EXPECT_EQ(abbreviation_kind("mr"), AbbreviationKind::kNone);  // case matters
  EXPECT_EQ(abbreviation_kind(""), AbbreviationKind::kNone);
}

TEST(Abbreviations, KnowsSentenceStarters) {
  EXPECT_TRUE(is_sentence_starter("The"));
  EXPECT_TRUE(is_sentence_starter("THE"));
  EXPECT_TRUE(is_sentence_starter("However"));
  EXPECT_FALSE(is_sentence_starter("Smith"));
  EXPECT_FALSE(is_sentence_starter("Law"));
  EXPECT_FALSE(is_sentence_starter(""));
}

}  // namespace
}  // namespace dossier::text
