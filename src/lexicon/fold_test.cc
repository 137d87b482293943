#include "lexicon/fold.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace dossier::lexicon {
namespace {

TEST(Fold, RemovesMarksAndFoldsCase) {
  EXPECT_EQ(fold("Erdoğan"), "erdogan");
  EXPECT_EQ(fold("Tsípras"), "tsipras");
  EXPECT_EQ(fold("Côte d’Ivoire"), "cote d'ivoire");
  EXPECT_EQ(fold("São Tomé"), "sao tome");
  EXPECT_EQ(fold("İstanbul"), "istanbul");
  EXPECT_EQ(fold("ÅLAND"), "aland");
}

TEST(Fold, TransliteratesLatinLettersWithoutDecomposition) {
  EXPECT_EQ(fold("Łódź"), "lodz");
  EXPECT_EQ(fold("Øresund"), "oresund");
  EXPECT_EQ(fold("Straße"), "strasse");
  EXPECT_EQ(fold("Đoković"), "dokovic");
  EXPECT_EQ(fold("Ærø"), "aero");
}

TEST(Fold, ExpandsCompatibilityForms) {
  EXPECT_EQ(fold("ｕ．ｓ．"), "u.s.");  // full-width letters and stops
  EXPECT_EQ(fold("ﬁnance"), "finance");  // ligature
}

TEST(Fold, KeepsOtherScriptsCaseFolded) {
  EXPECT_EQ(fold("Москва"), "москва");
  EXPECT_EQ(fold("Ἀθῆναι"), "αθηναι");
  EXPECT_EQ(fold("北京"), "北京");
}

TEST(Fold, AsciiFastPathAgreesWithIcu) {
  EXPECT_EQ(fold("Kenya"), "kenya");
  EXPECT_EQ(fold("U.S."), "u.s.");
  EXPECT_EQ(fold(""), "");
}

TEST(MatchKey, NormalisesPunctuation) {
  EXPECT_EQ(match_key("U.S."), "us");
  EXPECT_EQ(match_key("US"), "us");
  EXPECT_EQ(match_key("U. S."), "u s");
  EXPECT_EQ(match_key("Guinea-Bissau"), "guinea bissau");
  EXPECT_EQ(match_key("Guinea  Bissau"), "guinea bissau");
  EXPECT_EQ(match_key("Côte d’Ivoire"), "cote divoire");
  EXPECT_EQ(match_key("Bosnia & Herzegovina"), "bosnia & herzegovina");
  EXPECT_EQ(match_key("(Kenya),"), "kenya");
  EXPECT_EQ(match_key("Xi'an"), "xian");
  EXPECT_EQ(match_key("president-elect"), "president elect");
  EXPECT_EQ(match_key("Tsípras—Erdoğan"), "tsipras erdogan");
  EXPECT_EQ(match_key("..."), "");
}

TEST(MatchKey, AppendsTokenKeys) {
  std::string key = "united";
  key += ' ';
  EXPECT_TRUE(append_match_key("States", key));
  EXPECT_EQ(key, "united states");
  EXPECT_FALSE(append_match_key(",", key));
  EXPECT_EQ(key, "united states");
}

TEST(Fold, IsThreadSafe) {
  std::vector<std::thread> threads;
  std::vector<std::string> results(8);
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] {
      for (int n = 0; n < 200; ++n) results[i] = fold("Erdoğan Łódź Tsípras");
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, "erdogan lodz tsipras");
}

}  // namespace
}  // namespace dossier::lexicon
