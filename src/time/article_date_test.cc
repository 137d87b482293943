#include "time/article_date.h"

#include <gtest/gtest.h>

#include "time/tagger.h"

namespace dossier::time {
namespace {

Document settle(const std::string& text) {
  Document doc;
  doc.text = text;
  static const TimeTagger tagger;
  settle_article_date(doc, tagger.tag(doc.text, std::nullopt));
  return doc;
}

TEST(ArticleDate, KeepsAGivenDate) {
  Document doc;
  doc.text = "Published June 3, 2021\n\nThe council met on Tuesday.";
  doc.meta.date = CivilDate{2023, 6, 3};
  doc.meta.date_basis = DateBasis::kMetadata;
  settle_article_date(doc, {});
  EXPECT_EQ(doc.meta.date->iso(), "2023-06-03");
  EXPECT_EQ(doc.meta.date_basis, DateBasis::kMetadata);
}

TEST(ArticleDate, ReadsADateLineInTheHeader) {
  const Document doc = settle("Floods close the ring road\nBy Ana Ruiz\nTuesday, June 3, 2025\n\n"
                              "Water rose overnight across the lower town, officials said on Monday.");
  ASSERT_TRUE(doc.meta.date.has_value());
  EXPECT_EQ(doc.meta.date->iso(), "2025-06-03");
  EXPECT_EQ(doc.meta.date_basis, DateBasis::kText);
  EXPECT_EQ(doc.meta.date_evidence, "Tuesday, June 3, 2025");
}

TEST(ArticleDate, ReadsADateline) {
  const Document doc = settle("PORTO, March 3, 2024 (Wire) - The harbour strike entered its second week "
                              "as dock workers rejected the latest offer from the port authority.");
  ASSERT_TRUE(doc.meta.date.has_value());
  EXPECT_EQ(doc.meta.date->iso(), "2024-03-03");
  EXPECT_EQ(doc.meta.date_basis, DateBasis::kText);
}

TEST(ArticleDate, InfersOnlyFromExplicitEvidence) {
  const std::string body(200, 'x');
  const Document doc = settle("Council notes\n\n" + body + "\n\nThe mayor said that today, May 12, 2022, "
                              "the budget was final.");
  ASSERT_TRUE(doc.meta.date.has_value());
  EXPECT_EQ(doc.meta.date->iso(), "2022-05-12");
  EXPECT_EQ(doc.meta.date_basis, DateBasis::kInferred);
  EXPECT_NE(doc.meta.date_evidence.find("today, May 12, 2022"), std::string::npos);
}

TEST(ArticleDate, NeverGuesses) {
  const std::string filler(300, 'y');
  const Document doc = settle("Markets slide\n\n" + filler + "\n\nThe index fell on Friday after a report "
                              "dated March 1, 2020 was published. It had risen in 2019.");
  EXPECT_FALSE(doc.meta.date.has_value());
  EXPECT_EQ(doc.meta.date_basis, DateBasis::kNone);
  EXPECT_TRUE(doc.meta.date_evidence.empty());
}

}  // namespace
}  // namespace dossier::time
