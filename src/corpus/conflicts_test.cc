#include "corpus/conflicts.h"

#include <gtest/gtest.h>

#include <cmath>

#include "corpus/corpus_fixtures.h"
#include "corpus/corpus_test_support.h"
#include "corpus/figures.h"

namespace dossier::corpus {
namespace {

using testing::analyze;
using testing::day;

std::vector<Figure> figures_of(const std::string& text) {
  const Dossier d = analyze({{"a", text, {}, {}}});
  return FigureReader().read(d.documents[0], testing::term_model());
}

TEST(Figures, ReadsQualifiedCounts) {
  const auto f = figures_of("Storm hits coast\n\nAt least 12 people were killed on Monday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value, 12);
  EXPECT_EQ(f[0].low, 12);
  EXPECT_TRUE(std::isinf(f[0].high));
  EXPECT_EQ(f[0].label, "people killed");
  EXPECT_EQ(f[0].text, "At least 12");
}

TEST(Figures, ReadsNumberWords) {
  const auto f = figures_of("Report\n\nThe army received two dozen systems and 1,200 shells last week.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].value, 24);
  EXPECT_EQ(f[0].label, "received systems");
  EXPECT_EQ(f[1].value, 1200);
}

TEST(Figures, SkipsYearsDatesAndPercentages) {
  const auto f = figures_of("Note\n\nIn 2019 the plan began on March 12 and costs rose 40% in the city, to $ 5 roads.");
  EXPECT_TRUE(f.empty()) << f[0].text;
}

// Two reports grouped as one event, with the given texts and dates.
Dossier one_event(const char* a, std::optional<CivilDate> da, const char* b, std::optional<CivilDate> db) {
  Dossier d = analyze({{"a", a, da, "Outlet A"}, {"b", b, db, "Outlet B"}});
  Story story;
  story.id = "S1";
  story.documents = {0, 1};
  story.events = {{0, 1}};
  d.stories = {story};
  return d;
}

// Figures read with the articles' summaries give the conflicts that reading them from the
// documents gives; a summary without figures falls back to the document.
TEST(Conflicts, FiguresFromSummariesEqualFiguresFromDocuments) {
  const Dossier d = one_event(fixtures::kFloodLedger, day(2024, 3, 4), fixtures::kFloodSameDayLow,
                              day(2024, 3, 4));
  const FigureReader reader;
  std::vector<ArticleSummary> summaries;
  summaries.push_back(summarize_text(d.documents[0], testing::term_model(), &reader));
  summaries.push_back(summarize_text(d.documents[1], testing::term_model()));
  ASSERT_TRUE(summaries[0].figures.has_value());
  const auto direct = find_conflicts(d, d.stories, testing::term_model(), 1);
  const auto from_summaries = find_conflicts(d, d.stories, testing::term_model(), 1, summaries);
  ASSERT_EQ(direct.size(), 1u);
  ASSERT_EQ(from_summaries.size(), direct.size());
  EXPECT_EQ(from_summaries[0].explanation, direct[0].explanation);
  ASSERT_EQ(from_summaries[0].claims.size(), direct[0].claims.size());
  for (size_t i = 0; i < direct[0].claims.size(); ++i) {
    EXPECT_EQ(from_summaries[0].claims[i].value, direct[0].claims[i].value);
  }
  summaries[0].figures->clear();
  EXPECT_TRUE(find_conflicts(d, d.stories, testing::term_model(), 1, summaries).empty());
}

TEST(Conflicts, SameDayIncompatibleFiguresContradict) {
  const Dossier d = one_event(fixtures::kFloodLedger, day(2024, 3, 4), fixtures::kFloodSameDayLow,
                              day(2024, 3, 4));
  const auto conflicts = find_conflicts(d, d.stories, testing::term_model(), 1);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].severity, "contradicts");
  EXPECT_EQ(conflicts[0].attribute, "figure");
  ASSERT_EQ(conflicts[0].claims.size(), 2u);
  EXPECT_EQ(conflicts[0].claims[0].value, "At least 12 people killed");
  EXPECT_EQ(conflicts[0].claims[1].value, "Nine people killed");
  EXPECT_NE(conflicts[0].explanation.find("cannot all be true"), std::string::npos);
  const Passage& evidence = conflicts[0].claims[1].passage;
  EXPECT_NE(d.documents[evidence.doc].slice(evidence.span).find("Nine people were killed"),
            std::string::npos);
}

TEST(Conflicts, LaterDifferentFigureDiffers) {
  const Dossier d = one_event(fixtures::kFloodSameDayLow, day(2024, 3, 4), fixtures::kFloodValley,
                              day(2024, 3, 5));
  const auto conflicts = find_conflicts(d, d.stories, testing::term_model(), 1);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].severity, "differs");
  EXPECT_NE(conflicts[0].explanation.find("update"), std::string::npos);
}

TEST(Conflicts, CompatibleFiguresAreNoConflict) {
  // "At least 12" and "17" can both hold. (The fixture's "on Tuesday" in a Monday report is a date
  // conflict of its own, which this test does not look at.)
  const Dossier d = one_event(fixtures::kFloodLedger, day(2024, 3, 4), fixtures::kFloodValley,
                              day(2024, 3, 4));
  for (const Conflict& c : find_conflicts(d, d.stories, testing::term_model(), 1)) EXPECT_NE(c.attribute, "figure");
}

TEST(Conflicts, ReportsNamingTheirOwnDayAreNoDateConflict) {
  // Monday's report says "on Monday", Tuesday's follow-up "on Tuesday": running coverage.
  const Dossier d = one_event(fixtures::kFloodSameDayLow, day(2024, 3, 4), fixtures::kFloodValley,
                              day(2024, 3, 5));
  for (const Conflict& c : find_conflicts(d, d.stories, testing::term_model(), 1)) EXPECT_NE(c.attribute, "date");
}

TEST(Figures, TheVerbBeforeTheNumberAndTheClauseBound) {
  const auto f = figures_of(
      "Title\n\nA dam collapse killed 19 people and brought down the government three weeks ago.");
  ASSERT_EQ(f.size(), 1u);  // "three weeks" is a time, no figure
  EXPECT_EQ(f[0].value, 19);
  EXPECT_EQ(f[0].label, "killed people");
  EXPECT_EQ(figures_of("Title\n\nThe collapse, which killed 19 people last week, was avoidable.")[0].label,
            "killed people");
}

TEST(Conflicts, ASettledFigureGivenDifferentlyLaterDiffers) {
  // 14, then 17: the toll growing. 19 on two days: settled. 23 later: worth a reader's check.
  Dossier d = analyze({{"a", "Dam bursts\n\nThe flood killed 14 people in the valley.", day(2024, 3, 1), "A"},
                       {"b", "Toll rises\n\nThe flood killed 17 people in the valley.", day(2024, 3, 2), "B"},
                       {"c", "Minister quits\n\nThe flood killed 19 people in the valley.", day(2024, 3, 6), "C"},
                       {"d", "New minister\n\nThe flood killed 19 people in the valley.", day(2024, 3, 9), "D"},
                       {"e", "Rebuilding\n\nThe flood killed 23 people in the valley.", day(2024, 3, 20), "E"}});
  Story story;
  story.documents = {0, 1, 2, 3, 4};
  story.events = {{0}, {1}, {2}, {3}, {4}};
  d.stories = {story};
  const auto conflicts = find_conflicts(d, d.stories, testing::term_model(), 1);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].severity, "differs");
  ASSERT_EQ(conflicts[0].claims.size(), 2u);
  EXPECT_EQ(conflicts[0].claims[0].value, "19 killed people");
  EXPECT_EQ(conflicts[0].claims[1].value, "23 killed people");
  EXPECT_EQ(conflicts[0].claims[1].passage.doc, 4u);
}

TEST(Conflicts, UndatedReportsOnlyDiffer) {
  const Dossier d = one_event(fixtures::kFloodLedger, std::nullopt, fixtures::kFloodSameDayLow, std::nullopt);
  const auto conflicts = find_conflicts(d, d.stories, testing::term_model(), 1);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].severity, "differs");
}

// Adds a timex naming `day` at the first occurrence of `words` in document d.
void name_day(Dossier& d, uint32_t doc, std::string_view words, CivilDate day) {
  Document& document = d.documents[doc];
  const auto at = static_cast<uint32_t>(document.text.find(words));
  ASSERT_NE(at, static_cast<uint32_t>(std::string::npos));
  Timex timex;
  timex.span = {at, at + static_cast<uint32_t>(words.size())};
  timex.value = day.iso();
  timex.day = day;
  document.times.push_back(timex);
}

TEST(Conflicts, DifferentDaysForOneEvent) {
  Dossier d = one_event(fixtures::kVisitMayFirst, day(2024, 5, 7), fixtures::kVisitMaySecond, day(2024, 5, 7));
  name_day(d, 0, "on Monday", day(2024, 5, 6));
  name_day(d, 1, "second day", day(2024, 5, 5));
  auto conflicts = find_conflicts(d, d.stories, testing::term_model(), 1);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].attribute, "date");
  EXPECT_EQ(conflicts[0].severity, "contradicts");
  ASSERT_EQ(conflicts[0].claims.size(), 2u);
  EXPECT_EQ(conflicts[0].claims[0].value, "2024-05-05");
  EXPECT_EQ(conflicts[0].claims[1].value, "2024-05-06");
  // Published before one of the days: the earlier report may have given a planned date.
  d.documents[1].meta.date = day(2024, 5, 4);
  conflicts = find_conflicts(d, d.stories, testing::term_model(), 1);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].severity, "differs");
}

TEST(Conflicts, SameDayNamedIsNoConflict) {
  Dossier d = one_event(fixtures::kVisitMayFirst, day(2024, 5, 7), fixtures::kVisitMaySecond, day(2024, 5, 7));
  name_day(d, 0, "on Monday", day(2024, 5, 6));
  name_day(d, 1, "second day", day(2024, 5, 6));
  EXPECT_TRUE(find_conflicts(d, d.stories, testing::term_model(), 1).empty());
}

TEST(Conflicts, ALaterHappeningIsNoRivalDate) {
  // Tuesday's resignation told on Wednesday; Thursday's nomination told on Friday.
  Dossier d = one_event(fixtures::kVisitMayFirst, day(2024, 5, 8), fixtures::kVisitMaySecond, day(2024, 5, 10));
  name_day(d, 0, "on Monday", day(2024, 5, 7));
  name_day(d, 1, "second day", day(2024, 5, 9));
  for (const Conflict& c : find_conflicts(d, d.stories, testing::term_model(), 1)) EXPECT_NE(c.attribute, "date");
}

}  // namespace
}  // namespace dossier::corpus
