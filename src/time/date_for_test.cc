#include "time/date_for.h"

#include <gtest/gtest.h>

#include "time/tagger.h"

namespace dossier::time {
namespace {

// A hand-built document: two sentences, times tagged against the article date.
Document make(const std::string& text, std::optional<CivilDate> date) {
  Document doc;
  doc.text = text;
  doc.meta.date = date;
  const size_t split = text.find(". ") + 2;
  doc.sentences.push_back({{0, static_cast<uint32_t>(split - 1)}, 0, 0, 0});
  doc.sentences.push_back({{static_cast<uint32_t>(split), static_cast<uint32_t>(text.size())}, 0, 0, 0});
  static const TimeTagger tagger;
  doc.times = tagger.tag(doc.text, date);
  return doc;
}

Span span_of(const Document& doc, std::string_view words) {
  const auto at = static_cast<uint32_t>(doc.text.find(words));
  return {at, at + static_cast<uint32_t>(words.size())};
}

TEST(DateFor, UsesTheTimeExpressionOfTheSentence) {
  const Document doc = make("The minister resigned on Friday. She will testify next month.", CivilDate{2023, 3, 14});
  const SpanDate first = date_for(doc, span_of(doc, "resigned"));
  EXPECT_EQ(first.source, DateSource::kTimex);
  EXPECT_EQ(first.value, "2023-03-10");
  ASSERT_TRUE(first.day.has_value());
  EXPECT_EQ(first.day->iso(), "2023-03-10");
  EXPECT_EQ(first.timex, 0);
  const SpanDate second = date_for(doc, span_of(doc, "testify"));
  EXPECT_EQ(second.source, DateSource::kTimex);
  EXPECT_EQ(second.value, "2023-04");
  EXPECT_FALSE(second.day.has_value());
}

TEST(DateFor, FallsBackToTheArticleDate) {
  const Document doc = make("The minister resigned. She has been in office for five years.", CivilDate{2023, 3, 14});
  const SpanDate date = date_for(doc, span_of(doc, "resigned"));
  EXPECT_EQ(date.source, DateSource::kArticle);
  EXPECT_EQ(date.value, "2023-03-14");
  const SpanDate durational = date_for(doc, span_of(doc, "office"));
  EXPECT_EQ(durational.source, DateSource::kArticle);
}

TEST(DateFor, SkipsTheQuotedWords) {
  const Document doc = make("He said on Monday: we act next year. Nothing else.", CivilDate{2023, 3, 14});
  const Span quote = span_of(doc, "we act next year");
  const SpanDate date = date_for(doc, span_of(doc, "said"), quote);
  EXPECT_EQ(date.value, "2023-03-13");
  EXPECT_EQ(to_string(date.source), "timex");
}

TEST(DateFor, NoneWithoutAnyDate) {
  const Document doc = make("The minister resigned on Friday. Nothing else.", std::nullopt);
  const SpanDate date = date_for(doc, span_of(doc, "resigned"));
  EXPECT_EQ(date.source, DateSource::kNone);
  EXPECT_TRUE(date.value.empty());
}

TEST(DateFor, CalendarValues) {
  EXPECT_TRUE(is_calendar_value("2023"));
  EXPECT_TRUE(is_calendar_value("2023-W11"));
  EXPECT_FALSE(is_calendar_value("XXXX-03"));
  EXPECT_FALSE(is_calendar_value("PRESENT_REF"));
  EXPECT_FALSE(is_calendar_value("P5Y"));
  EXPECT_FALSE(is_calendar_value("199"));
}

}  // namespace
}  // namespace dossier::time
