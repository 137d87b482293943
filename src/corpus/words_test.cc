#include "corpus/words.h"

#include <gtest/gtest.h>

namespace dossier::corpus {
namespace {

std::vector<std::string> runs(std::string_view text) {
  WordReader reader;
  std::vector<std::string> out;
  size_t pos = 0;
  while (reader.next_run(text, pos)) out.emplace_back(reader.current().text);
  return out;
}

TEST(WordReader, SplitsOnPunctuationAndLowerCases) {
  EXPECT_EQ(runs("\"Killed,\" she SAID."), (std::vector<std::string>{"killed", "she", "said"}));
  EXPECT_EQ(runs("1,200 U.S."), (std::vector<std::string>{"1", "200", "u", "s"}));
}

TEST(WordReader, HandlesAccentsAndCapitals) {
  WordReader reader;
  size_t pos = 0;
  ASSERT_TRUE(reader.next_run("Éric-Dupond", pos));
  EXPECT_EQ(reader.current().text, "éric");
  EXPECT_TRUE(reader.current().capitalised);
  ASSERT_TRUE(reader.next_run("Éric-Dupond", pos));
  EXPECT_EQ(reader.current().text, "dupond");
  EXPECT_FALSE(reader.next_run("Éric-Dupond", pos));
  pos = 0;
  ASSERT_TRUE(reader.next_run("NATO's", pos));
  EXPECT_TRUE(reader.current().all_upper);
  ASSERT_TRUE(reader.next_run("NATO's", pos));
  EXPECT_FALSE(reader.current().all_upper);
}

TEST(WordReader, NormalisesNames) {
  WordReader reader;
  EXPECT_EQ(reader.normalise_name("the European  Union"), "european union");
  EXPECT_EQ(reader.normalise_name("“Hamas’s”"), "hamas s");
}

TEST(Stemmer, ConflatesInflections) {
  Stemmer stemmer;
  const std::string a(stemmer.stem("killed"));
  EXPECT_EQ(a, std::string(stemmer.stem("killing")));
  EXPECT_EQ(std::string(stemmer.stem("visits")), std::string(stemmer.stem("visit")));
}

}  // namespace
}  // namespace dossier::corpus
