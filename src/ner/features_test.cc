#include "ner/features.h"

#include <gtest/gtest.h>

#include "util/hash.h"

namespace dossier::ner {
namespace {

TagDocument document(std::vector<std::vector<std::string_view>> sentences) {
  TagDocument d;
  for (const auto& s : sentences) {
    d.sentences.push_back(TagSentence{static_cast<uint32_t>(d.forms.size()),
                                      static_cast<uint32_t>(s.size()), SentenceKind::kBody});
    d.forms.insert(d.forms.end(), s.begin(), s.end());
  }
  return d;
}

TEST(Features, CaseKinds) {
  EXPECT_EQ(case_kind_of("nairobi"), CaseKind::kLower);
  EXPECT_EQ(case_kind_of("Nairobi"), CaseKind::kCapital);
  EXPECT_EQ(case_kind_of("NAIROBI"), CaseKind::kAllCaps);
  EXPECT_EQ(case_kind_of("U.S."), CaseKind::kAllCaps);
  EXPECT_EQ(case_kind_of("McCain"), CaseKind::kMixed);
  EXPECT_EQ(case_kind_of("1996"), CaseKind::kDigit);
  EXPECT_EQ(case_kind_of("--"), CaseKind::kNone);
  EXPECT_EQ(case_kind_of("\xC3\x89mile"), CaseKind::kCapital);  // Émile
}

TEST(Features, SentenceCaseModes) {
  const TagDocument d = document({{"POLICE", "ARREST", "LEADER", "IN", "NAIROBI"},
                                  {"Police", "Arrest", "Opposition", "Leader", "After", "Protests"},
                                  {"Police", "arrested", "the", "opposition", "leader", "."}});
  FeatureExtractor extractor;
  FeatureRows rows;
  extractor.extract(d, FeatureResources{}, kAllFirstPassGroups, 16, nullptr, rows);
  ASSERT_EQ(extractor.sentence_modes().size(), 3u);
  EXPECT_EQ(extractor.sentence_modes()[0], CaseMode::kAllCaps);
  EXPECT_EQ(extractor.sentence_modes()[1], CaseMode::kTitle);
  EXPECT_EQ(extractor.sentence_modes()[2], CaseMode::kNormal);
  EXPECT_EQ(rows.begin.size(), d.forms.size() + 1);
}

TEST(Features, SameInputSameRowsAndGroupsSwitchTemplates) {
  const TagDocument d = document({{"Talks", "resumed", "in", "Geneva", "."}});
  FeatureExtractor a, b;
  FeatureRows ra, rb, fewer;
  a.extract(d, FeatureResources{}, kAllFirstPassGroups, 18, nullptr, ra);
  b.extract(d, FeatureResources{}, kAllFirstPassGroups, 18, nullptr, rb);
  EXPECT_EQ(ra.rows, rb.rows);
  a.extract(d, FeatureResources{}, kAllFirstPassGroups & ~kGroupContext, 18, nullptr, fewer);
  EXPECT_LT(fewer.rows.size(), ra.rows.size());
  for (const uint32_t r : ra.rows) EXPECT_LT(r, 1u << 18);
}

TEST(Features, EarlierLabelsChangeTheSecondPassFeatures) {
  const TagDocument d = document({{"Okafor", "spoke", "."}, {"Okafor", "left", "."}});
  FeatureExtractor extractor;
  FeatureRows person, outside;
  const std::vector<Label> as_person{begin_label(NerClass::kPer), 0, 0, begin_label(NerClass::kPer), 0, 0};
  const std::vector<Label> as_outside(6, kOutside);
  extractor.extract(d, FeatureResources{}, kAllGroups, 18, as_person.data(), person);
  extractor.extract(d, FeatureResources{}, kAllGroups, 18, as_outside.data(), outside);
  EXPECT_NE(person.rows, outside.rows);
}

}  // namespace
}  // namespace dossier::ner
