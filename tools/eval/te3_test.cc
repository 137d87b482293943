#include "eval/te3.h"

#include <gtest/gtest.h>

namespace dossier::eval {
namespace {

Te3Timex at(const std::string& text, const std::string& words, const std::string& type, const std::string& value) {
  const auto start = static_cast<uint32_t>(text.find(words));
  return {start, start + static_cast<uint32_t>(words.size()), type, value};
}

// The micro fixture of eval_te3.py --selftest, with its hand-computed figures.
TEST(Te3Score, AgreesWithTheOfficialScorerOnItsFixture) {
  Te3Article article;
  article.id = "fx";
  article.text = "He arrived on Monday morning and stayed for two weeks. He calls every day. "
                 "We met in 1998 and again last year.";
  const std::string& t = article.text;
  article.gold = {at(t, "Monday morning", "TIME", "2013-03-04TMO"), at(t, "two weeks", "DURATION", "P2W"),
                  at(t, "every day", "SET", "P1D"), at(t, "1998", "DATE", "1998"), at(t, "last year", "DATE", "2012")};
  const std::vector<Te3Timex> system = {
      at(t, "on Monday morning", "TIME", "2013-03-04"), at(t, "morning", "TIME", "XXXX-XX-XXTMO"),
      at(t, "two weeks", "duration", "P14D"),           at(t, "every day", "DURATION", "P1D"),
      at(t, "He", "DATE", "PRESENT_REF"),               at(t, "last year", "DATE", "2012")};
  Te3Score score;
  score_article(article, system, score);
  EXPECT_DOUBLE_EQ(score.relaxed.p(), 400.0 / 6);
  EXPECT_DOUBLE_EQ(score.relaxed.r(), 80.0);
  EXPECT_NEAR(score.relaxed.f1(), 800.0 / 11, 1e-9);
  EXPECT_NEAR(score.strict.f1(), 600.0 / 11, 1e-9);
  EXPECT_DOUBLE_EQ(score.type_accuracy(), 75.0);
  EXPECT_DOUBLE_EQ(score.value_accuracy(), 50.0);
  EXPECT_NEAR(score.value_f1(), 400.0 / 11, 1e-9);
}

TEST(Te3Parse, TextOffsetsDateAndGoldAsTheScorerReadsThem) {
  const std::string raw =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-27T08:00\" "
      "functionInDocument=\"CREATION_TIME\">02/27/1998</TIMEX3></DCT>\n<TEXT>\nAT&amp;T <EVENT eid=\"e1\" "
      "class=\"OCCURRENCE\">said</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-26\">Thursday</TIMEX3>\n"
      "it <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3>.\n</TEXT>\n</TimeML>\n";
  const auto article = parse_tml(raw, "x");
  ASSERT_TRUE(article.has_value());
  EXPECT_EQ(article->text, "\nAT&T said Thursday\nit three years.\n");
  ASSERT_TRUE(article->date.has_value());
  EXPECT_EQ(article->date->iso(), "1998-02-27");
  ASSERT_EQ(article->gold.size(), 2u);
  EXPECT_EQ(article->gold[0].start, 11u);
  EXPECT_EQ(article->gold[0].value, "1998-02-26");
  EXPECT_EQ(article->gold[1].type, "DURATION");
  EXPECT_FALSE(parse_tml("<TimeML></TimeML>", "y").has_value());
}

}  // namespace
}  // namespace dossier::eval
