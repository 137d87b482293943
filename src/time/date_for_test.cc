#include "time/date_for.h"

#include <gtest/gtest.h>

#include <random>

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

namespace dossier::time {
namespace {

// DateFinder against date_for, its slow reference, on random documents: sentences of random
// length, time expressions of every type inside and across them, random spans and skips.
TEST(DateFinder, AgreesWithDateForOnRandomDocuments) {
  std::mt19937 rng(16);
  const auto uniform = [&](uint32_t low, uint32_t high) { return std::uniform_int_distribution<uint32_t>(low, high)(rng); };
  const char* const kValues[] = {"2023-03-10", "2023-03-10T12:00", "2023-W11", "2023", "XXXX-03", "P5Y", "PRESENT_REF"};
  const TimexType kTypes[] = {TimexType::kDate, TimexType::kTime, TimexType::kDuration, TimexType::kSet};
  for (int round = 0; round < 100; ++round) {
    Document doc;
    doc.text.assign(400, 'x');
    if (round % 3 != 0) doc.meta.date = CivilDate{2023, 3, 9};
    for (uint32_t at = 0; at < 400;) {
      const uint32_t end = std::min<uint32_t>(400, at + uniform(5, 60));
      doc.sentences.push_back({Span{at, end}, 0, 0, 0});
      at = end + uniform(0, 2);
    }
    for (uint32_t i = uniform(0, 25); i > 0; --i) {
      Timex t;
      const uint32_t begin = uniform(0, 390);
      t.span = {begin, begin + uniform(0, 12)};
      t.type = kTypes[uniform(0, 3)];
      t.value = kValues[uniform(0, 6)];
      if (uniform(0, 1) == 1) t.day = CivilDate{2023, 3, static_cast<int>(uniform(1, 28))};
      doc.times.push_back(t);
    }
    const DateFinder finder(doc);
    for (int query = 0; query < 60; ++query) {
      const uint32_t begin = uniform(0, 395);
      const Span where{begin, std::min<uint32_t>(400, begin + uniform(0, 30))};
      const uint32_t skip_begin = uniform(0, 395);
      const Span skip = query % 2 == 0 ? Span{} : Span{skip_begin, std::min<uint32_t>(400, skip_begin + uniform(0, 40))};
      const SpanDate fast = finder(where, skip);
      const SpanDate slow = date_for(doc, where, skip);
      EXPECT_EQ(fast.value, slow.value);
      EXPECT_EQ(fast.day, slow.day);
      EXPECT_EQ(fast.source, slow.source);
      EXPECT_EQ(fast.timex, slow.timex);
    }
  }
}

}  // namespace
}  // namespace dossier::time
