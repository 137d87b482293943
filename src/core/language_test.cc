#include <gtest/gtest.h>

#include "dossier/article.h"

namespace dossier {
namespace {

TEST(Language, Tags) {
  EXPECT_TRUE(is_language_tag("en"));
  EXPECT_TRUE(is_language_tag("zh-Hant"));
  EXPECT_TRUE(is_language_tag("haw"));
  EXPECT_FALSE(is_language_tag(""));
  EXPECT_FALSE(is_language_tag("EN"));
  EXPECT_FALSE(is_language_tag("en-"));
  EXPECT_FALSE(is_language_tag("english"));
}

TEST(Language, OnlyEnglishIsAnalysed) {
  EXPECT_TRUE(is_analysed_language("en"));
  EXPECT_TRUE(is_analysed_language("en-GB"));
  EXPECT_FALSE(is_analysed_language("ko"));
  EXPECT_FALSE(is_analysed_language("eng-x"));
}

TEST(Language, NamesInEnglish) {
  EXPECT_EQ(language_name("ko"), "Korean");
  EXPECT_EQ(language_name("de"), "German");
  EXPECT_EQ(language_name("zh-Hant"), "Chinese");
  EXPECT_EQ(language_name("qqq"), "qqq");
}

}  // namespace
}  // namespace dossier
