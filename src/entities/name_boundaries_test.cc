#include "entities/name_boundaries.h"

#include <gtest/gtest.h>

#include "entities/test_document.h"

namespace dossier::entities {
namespace {

using testing::find_mention;
using testing::make_document;

TEST(NameBoundaries, PartyStateCodesNameTheirState) {
  Document d = make_document("Sen. Lacy Dorn , R-Fla. , and Ana Ruiz ( D-Vermont ) met T-Mobile , X-Ray staff .",
                             {{"Lacy Dorn", EntityType::kPerson}, {"R-Fla", EntityType::kMisc},
                              {"Ana Ruiz", EntityType::kPerson}, {"T-Mobile", EntityType::kOrg}});
  place_party_state_codes(d, testing::test_lexicon());
  ASSERT_EQ(find_mention(d, "R-Fla"), -1);
  const int fla = find_mention(d, "Fla.");
  ASSERT_GE(fla, 0);
  EXPECT_EQ(d.mentions[static_cast<size_t>(fla)].type, EntityType::kGpe);
  const int vermont = find_mention(d, "Vermont");
  ASSERT_GE(vermont, 0);
  EXPECT_EQ(d.mentions[static_cast<size_t>(vermont)].type, EntityType::kGpe);
  // A capital and a hyphen before a city or an unknown word is a name of its own.
  EXPECT_GE(find_mention(d, "T-Mobile"), 0);
  EXPECT_EQ(find_mention(d, "Ray"), -1);
  EXPECT_EQ(d.mentions.size(), 5u);
  for (size_t m = 1; m < d.mentions.size(); ++m) EXPECT_LT(d.mentions[m - 1].span.begin, d.mentions[m].span.begin);
}

TEST(NameBoundaries, NamesJoinedByASlashAreTwo) {
  Document d = make_document("A Valdor Times/KTV News poll and a WNX/ORB poll ran 24/7 .",
                             {{"Valdor Times/KTV News", EntityType::kOrg}, {"WNX/ORB", EntityType::kOrg}});
  split_slashed_names(d);
  ASSERT_EQ(d.mentions.size(), 4u);
  EXPECT_EQ(d.slice(d.mentions[0].span), "Valdor Times");
  EXPECT_EQ(d.slice(d.mentions[1].span), "KTV News");
  EXPECT_EQ(d.slice(d.mentions[2].span), "WNX");
  EXPECT_EQ(d.slice(d.mentions[3].span), "ORB");
  for (const Mention& m : d.mentions) {
    EXPECT_LE(d.tokens[m.first_token].span.begin, m.span.begin);
    EXPECT_EQ(d.tokens[m.first_token + m.token_count - 1].span.end, m.span.end);
  }
  for (const Mention& m : d.mentions) EXPECT_EQ(m.type, EntityType::kOrg);
}

TEST(NameBoundaries, AnAbbreviatedNameKeepsItsPeriod) {
  Document d = make_document("They met in Riverton , Calif.", {{"Riverton", EntityType::kGpe}, {"Calif", EntityType::kLoc}});
  Document words = make_document("They met in Riverton .", {{"Riverton", EntityType::kGpe}});
  keep_abbreviation_periods(d);
  keep_abbreviation_periods(words);
  EXPECT_GE(find_mention(d, "Calif."), 0);
  EXPECT_GE(find_mention(words, "Riverton"), 0);
  EXPECT_EQ(find_mention(words, "Riverton ."), -1);
}

}  // namespace
}  // namespace dossier::entities
