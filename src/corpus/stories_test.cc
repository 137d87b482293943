#include "corpus/stories.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "corpus/corpus_fixtures.h"
#include "corpus/corpus_test_support.h"
#include "corpus/same_event.h"

namespace dossier::corpus {
namespace {

using testing::analyze;
using testing::day;

std::vector<testing::Article> articles() {
  return {
      {"visit-may-1", fixtures::kVisitMayFirst, day(2024, 5, 6), "Port Herald"},
      {"flood-ledger", fixtures::kFloodLedger, day(2024, 3, 4), "Northern Ledger"},
      {"football", fixtures::kFootball, day(2024, 3, 9), "Sports Desk"},
      {"flood-valley", fixtures::kFloodValley, day(2024, 3, 5), "Valley Wire"},
      {"visit-june-1", fixtures::kVisitJuneFirst, day(2024, 6, 5), "Port Herald"},
      {"visit-may-2", fixtures::kVisitMaySecond, day(2024, 5, 7), "Coast Times"},
      {"flood-low", fixtures::kFloodSameDayLow, day(2024, 3, 4), "Daily Courier"},
      {"visit-june-2", fixtures::kVisitJuneSecond, day(2024, 6, 5), "Coast Times"},
  };
}

std::set<std::string> ids(const Dossier& d, const std::vector<uint32_t>& docs) {
  std::set<std::string> out;
  for (const uint32_t i : docs) out.insert(d.documents[i].id);
  return out;
}

const Story* story_of(const Dossier& d, const std::string& id) {
  for (const auto& s : d.stories) {
    if (ids(d, s.documents).contains(id)) return &s;
  }
  return nullptr;
}

TEST(Stories, GroupsArticlesByStory) {
  const Dossier d = analyze(articles());
  const Story* flood = story_of(d, "flood-ledger");
  const Story* visit = story_of(d, "visit-may-1");
  const Story* football = story_of(d, "football");
  ASSERT_NE(flood, nullptr);
  ASSERT_NE(visit, nullptr);
  ASSERT_NE(football, nullptr);
  EXPECT_EQ(ids(d, flood->documents), (std::set<std::string>{"flood-ledger", "flood-valley", "flood-low"}));
  EXPECT_EQ(ids(d, visit->documents),
            (std::set<std::string>{"visit-may-1", "visit-may-2", "visit-june-1", "visit-june-2"}));
  EXPECT_EQ(football->documents.size(), 1u);  // a story of one
  EXPECT_EQ(d.stories.size(), 3u);
  EXPECT_EQ(d.stories[0].id, "S1");
  EXPECT_EQ(d.stories[0].documents.size(), 4u);  // largest first
}

TEST(Stories, DocumentsInTimeOrderAndLabelled) {
  const Dossier d = analyze(articles());
  for (const auto& s : d.stories) {
    EXPECT_FALSE(s.label.empty());
    for (size_t i = 1; i < s.documents.size(); ++i) {
      EXPECT_LE(*d.documents[s.documents[i - 1]].meta.date, *d.documents[s.documents[i]].meta.date);
    }
  }
  EXPECT_NE(story_of(d, "flood-ledger")->label.find("Verrano"), std::string::npos)
      << story_of(d, "flood-ledger")->label;
}

TEST(Stories, TwoVisitsAMonthApartAreTwoEvents) {
  const Dossier d = analyze(articles());
  const Story* visit = story_of(d, "visit-may-1");
  ASSERT_NE(visit, nullptr);
  std::set<std::set<std::string>> events;
  for (const auto& e : visit->events) events.insert(ids(d, e));
  EXPECT_EQ(events, (std::set<std::set<std::string>>{{"visit-may-1", "visit-may-2"},
                                                     {"visit-june-1", "visit-june-2"}}));
}

TEST(Stories, EventsPartitionEachStory) {
  const Dossier d = analyze(articles());
  for (const auto& s : d.stories) {
    std::vector<uint32_t> in_events;
    for (const auto& e : s.events) in_events.insert(in_events.end(), e.begin(), e.end());
    std::sort(in_events.begin(), in_events.end());
    std::vector<uint32_t> docs = s.documents;
    std::sort(docs.begin(), docs.end());
    EXPECT_EQ(in_events, docs) << s.id;
  }
}

TEST(SameEvent, LargeStoriesFallBackToStreamingAndStillPartition) {
  const Dossier d = analyze(articles());
  std::vector<ArticleVector> vectors(d.documents.size());
  std::vector<uint32_t> members;
  for (uint32_t i = 0; i < vectors.size(); ++i) {
    vectors[i].id = i;
    vectors[i].terms = {{i % 3 + 1ull, 1.0f}};
    members.push_back(i);
  }
  const ClusterOptions options;
  for (const size_t limit : {size_t{2}, size_t{256}}) {
    const auto groups = group_events(members, vectors, options, limit);
    EXPECT_EQ(groups.size(), 3u) << "limit " << limit;
    size_t total = 0;
    for (const auto& g : groups) total += g.size();
    EXPECT_EQ(total, members.size());
  }
}

TEST(Stories, ArrivalOrderKeepsUndatedArticlesInPlace) {
  std::vector<ArticleSummary> s(4);
  s[0].day = 10;
  s[2].day = 5;
  s[3].day = 20;
  // Undated s[1] follows s[0] (day 10 carried), so s[2] (day 5) comes first.
  EXPECT_EQ(arrival_order(s), (std::vector<uint32_t>{2, 0, 1, 3}));
}

TEST(StorySummary, PicksBodySentencesWithoutRepeats) {
  auto list = articles();
  list.push_back({"flood-wire", fixtures::kFloodWireCopy, day(2024, 3, 4), "Wire"});
  const Dossier d = analyze(list);
  const Story* flood = story_of(d, "flood-ledger");
  ASSERT_NE(flood, nullptr);
  ASSERT_GE(flood->summary.size(), 2u);
  std::set<std::string> texts;
  for (const auto& p : flood->summary) {
    const Document& doc = d.documents[p.doc];
    EXPECT_TRUE(ids(d, flood->documents).contains(doc.id));
    const std::string text(doc.slice(p.span));
    EXPECT_TRUE(texts.insert(text).second) << "repeated: " << text;
    EXPECT_NE(text.find(' '), std::string::npos);
  }
}

TEST(StorySummary, SentencesThatLeanOnTheirArticleAreLeftOut) {
  const Dossier d = analyze(
      {{"a", "Port strike ends\n\nDock workers in Portville ended a ten-day strike on Monday after a pay deal.\n\n"
             "She said the deal was fair to both sides of the port dispute.\n\n"
             "\"We are back at work,\" a crane driver said of the strike at the port.", day(2024, 3, 4), "A"},
       {"b", "Portville dock strike over\n\nThe ten-day dock strike in Portville ended on Monday with a pay deal.\n\n"
             "It was the longest strike at the port in twenty years.", day(2024, 3, 4), "B"}});
  for (const Story& story : d.stories) {
    for (const auto& p : story.summary) {
      const std::string_view text = d.documents[p.doc].slice(p.span);
      EXPECT_FALSE(text.starts_with("She ") || text.starts_with("It ") || text.starts_with("\"")) << text;
    }
  }
}

}  // namespace
}  // namespace dossier::corpus
