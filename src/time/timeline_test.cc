#include "time/timeline.h"

#include <gtest/gtest.h>

#include "time/tagger.h"

namespace dossier::time {
namespace {

Document article(std::string id, std::string text, CivilDate date) {
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  doc.meta.date = date;
  doc.sentences.push_back({{0, static_cast<uint32_t>(doc.text.size())}, 0, 0, 0});
  static const TimeTagger tagger;
  doc.times = tagger.tag(doc.text, date);
  return doc;
}

TEST(Timeline, PeriodStarts) {
  EXPECT_EQ(period_start("2023")->iso(), "2023-01-01");
  EXPECT_EQ(period_start("2023-03")->iso(), "2023-03-01");
  EXPECT_EQ(period_start("2023-03-10T09:00")->iso(), "2023-03-10");
  EXPECT_EQ(period_start("2023-W11")->iso(), "2023-03-13");
  EXPECT_EQ(period_start("2023-Q3")->iso(), "2023-07-01");
  EXPECT_EQ(period_start("2023-SU")->iso(), "2023-06-01");
  EXPECT_FALSE(period_start("XXXX-03").has_value());
  EXPECT_FALSE(period_start("P5Y").has_value());
  EXPECT_FALSE(period_start("2023-02-30").has_value());
}

TEST(Timeline, OrdersItemsOfAllArticlesByDate) {
  Dossier dossier;
  dossier.documents.push_back(article("b", "The port reopened on Friday.", CivilDate{2023, 3, 14}));
  Document a = article("a", "Talks began in early March. The envoy spoke.", CivilDate{2023, 3, 20});
  Quote quote;
  const auto at = static_cast<uint32_t>(a.text.find("The envoy spoke"));
  quote.span = {at, at + 9};
  a.quotes.push_back(quote);
  dossier.documents.push_back(std::move(a));
  const auto timeline = build_timeline(dossier);
  ASSERT_EQ(timeline.size(), 3u);
  EXPECT_EQ(timeline[0].date, "2023-03");
  EXPECT_EQ(timeline[0].doc, 1u);
  EXPECT_EQ(timeline[1].date, "2023-03");
  EXPECT_EQ(timeline[1].kind, TimelineKind::kQuote);
  EXPECT_EQ(timeline[1].source, DateSource::kTimex);
  EXPECT_EQ(timeline[2].date, "2023-03-10");
  EXPECT_EQ(to_string(timeline[2].kind), "time");
}

TEST(Timeline, AnEventTheCoderLeftUndatedHasNoPlace) {
  Dossier dossier;
  Document doc = article("a", "The envoy resigned. The envoy resigns.", CivilDate{2023, 3, 20});
  Event undated;
  undated.span = {0, 19};
  undated.date_basis = EventDateBasis::kNone;
  Event today = undated;
  today.span = {20, 38};
  today.date = CivilDate{2023, 3, 20};
  today.date_basis = EventDateBasis::kArticle;
  doc.events = {undated, today};
  dossier.documents.push_back(std::move(doc));
  size_t events = 0;
  for (const TimelineEntry& e : build_timeline(dossier)) {
    if (e.kind != TimelineKind::kEvent) continue;
    ++events;
    EXPECT_EQ(e.item, 1u);
    EXPECT_EQ(e.date, "2023-03-20");
  }
  EXPECT_EQ(events, 1u);
}

}  // namespace
}  // namespace dossier::time
