#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "eval/audit_data.h"
#include "eval/audit_scoring.h"

namespace dossier::eval::audit {
namespace {

const Figure& figure(const AuditScores& scores, const std::string& name) {
  for (const Figure& f : scores.figures) {
    if (f.name == name) return f;
  }
  static const Figure none;
  ADD_FAILURE() << "no figure " << name;
  return none;
}

const Rate& rate(const AuditScores& scores, const std::string& name) {
  for (const Rate& r : scores.rates) {
    if (r.name == name) return r;
  }
  static const Rate none;
  ADD_FAILURE() << "no rate " << name;
  return none;
}

// Gold of an invented article: "Mara Lind said the dam would hold. Lind blasted the plan on Monday."
Article gold_article() {
  Article a;
  a.index = 1;
  a.mentions = {{{0, 9}, "PERSON", "Mara Lind"}, {{35, 39}, "PERSON", "Mara Lind"}};
  a.speech = {{"indirect", {10, 14}, {{15, 33}}, {0, 9}, "Mara Lind", "", kNoConfidence}};
  a.events = {{"111", {40, 47}, "Mara Lind", "", "", "", "2016-05-02"}};
  a.times = {{{60, 66}, "DATE", "2016-05-02"}};
  return a;
}

TEST(AuditScoring, PerfectResponseScoresOneEverywhere) {
  const std::map<int, Article> gold{{1, gold_article()}};
  Article response = gold_article();
  for (auto& m : response.mentions) m.entity = "E1";
  response.speech[0].speaker_entity = "E1";
  response.events[0].source_entity = "E1";
  AuditOptions options;
  options.bootstrap_samples = 50;
  const AuditScores scores = score_audit(gold, {{1, response}}, options);
  EXPECT_DOUBLE_EQ(figure(scores, "mentions (exact span and type)").f1(), 1.0);
  EXPECT_DOUBLE_EQ(figure(scores, "speech (content overlap)").f1(), 1.0);
  EXPECT_DOUBLE_EQ(rate(scores, "speaker accuracy, of matched speech").right, 1.0);
  EXPECT_DOUBLE_EQ(figure(scores, "events (root code and source)").f1(), 1.0);
  EXPECT_DOUBLE_EQ(figure(scores, "times (overlap and value)").f1(), 1.0);
  EXPECT_NEAR(scores.within_clusters.conll_f1, 1.0, 1e-9);
  EXPECT_TRUE(scores.errors.empty());
}

TEST(AuditScoring, CountsNonSpeechWrongCodesAndValues) {
  const std::map<int, Article> gold{{1, gold_article()}};
  Article response = gold_article();
  for (auto& m : response.mentions) m.entity = "E1";
  response.speech[0].speaker_entity = "E7";  // the wrong speaker
  response.speech.push_back({"indirect", {}, {{48, 58}}, {}, "", "appears", 0.9});  // not speech
  response.events[0].code = "190";  // force for a political row
  response.events[0].source_entity = "E1";
  response.times[0].value = "2016-05-09";  // sent forward a week
  response.times[0].confidence = 0.8;
  AuditOptions options;
  options.bootstrap_samples = 50;
  const AuditScores scores = score_audit(gold, {{1, response}}, options);
  const Figure& speech = figure(scores, "speech (content overlap)");
  EXPECT_DOUBLE_EQ(speech.precision(), 0.5);
  EXPECT_DOUBLE_EQ(speech.recall(), 1.0);
  EXPECT_DOUBLE_EQ(rate(scores, "speaker accuracy, of matched speech").right, 0.0);
  EXPECT_DOUBLE_EQ(figure(scores, "events (root code and source)").precision(), 0.0);
  EXPECT_DOUBLE_EQ(figure(scores, "event triggers").precision(), 1.0);
  EXPECT_DOUBLE_EQ(rate(scores, "time value accuracy, of matched times").right, 0.0);
  bool saw_not_speech = false;
  for (const ErrorGroup& g : scores.errors) saw_not_speech |= g.cause == "not speech (cue 'appears')";
  EXPECT_TRUE(saw_not_speech);
  ASSERT_FALSE(scores.calibration.empty());
}

TEST(AuditScoring, CalibrationOfPerfectConfidencesIsZero) {
  const std::map<int, Article> gold{{1, gold_article()}};
  Article response = gold_article();
  for (auto& m : response.mentions) {
    m.entity = "E1";
    m.confidence = 1.0;
  }
  AuditOptions options;
  options.bootstrap_samples = 10;
  const AuditScores scores = score_audit(gold, {{1, response}}, options);
  ASSERT_EQ(scores.calibration.size(), 1u);
  EXPECT_NEAR(scores.calibration[0].ece, 0.0, 1e-12);
  EXPECT_DOUBLE_EQ(scores.calibration[0].threshold_90, 1.0);
}

TEST(AuditScoring, AucRanksRightAboveWrong) {
  const std::map<int, Article> gold{{1, gold_article()}};
  Article response = gold_article();
  response.events[0].source_entity = "E1";
  for (auto& m : response.mentions) m.entity = "E1";
  // The right event and two wrong ones (no event at their triggers): one ranked below it, one tied.
  response.events[0].confidence = 0.6;
  EventItem wrong = response.events[0];
  wrong.trigger = {15, 20};
  wrong.confidence = 0.2;
  response.events.push_back(wrong);
  wrong.trigger = {21, 25};
  wrong.confidence = 0.6;
  response.events.push_back(wrong);
  AuditOptions options;
  options.bootstrap_samples = 1;
  const AuditScores scores = score_audit(gold, {{1, response}}, options);
  ASSERT_EQ(scores.calibration.size(), 1u);
  EXPECT_DOUBLE_EQ(scores.calibration[0].auc, 0.75);  // (1 + 0.5) of 2 pairs
  response.events.resize(1);
  EXPECT_DOUBLE_EQ(score_audit(gold, {{1, response}}, options).calibration[0].auc, -1.0);
}

// The event scorer's trainer lines the judgements up with its candidates: they keep response order.
TEST(AuditScoring, CalibrationItemsKeepTheOrderTheyWereJudged) {
  const std::map<int, Article> gold{{1, gold_article()}};
  Article response = gold_article();
  for (auto& m : response.mentions) m.entity = "E1";
  response.events[0].source_entity = "E1";
  EventItem wrong = response.events[0];
  wrong.trigger = {15, 20};
  wrong.confidence = 0.9;
  response.events[0].confidence = 0.1;
  response.events.push_back(wrong);
  AuditOptions options;
  options.bootstrap_samples = 1;
  const AuditScores scores = score_audit(gold, {{1, response}}, options);
  ASSERT_EQ(scores.calibration.size(), 1u);
  ASSERT_EQ(scores.calibration[0].items.size(), 2u);
  EXPECT_TRUE(scores.calibration[0].items[0].right);
  EXPECT_DOUBLE_EQ(scores.calibration[0].items[0].confidence, 0.1);
  EXPECT_FALSE(scores.calibration[0].items[1].right);
}

TEST(AuditData, ReadsDossierJson) {
  const auto dossier = nlohmann::json::parse(R"({
    "documents": [{"id": "4"}],
    "entities": [{"id": "E1", "type": "PERSON", "mentions": [
        {"doc": "4", "start": 0, "end": 9, "kind": "name"}, {"doc": "4", "start": 20, "end": 22, "kind": "pronoun"}],
      "roles": [{"doc": "4", "start": 0, "end": 20, "title": "Prime Minister", "status": "former", "org": null}]}],
    "quotes": [{"doc": "4", "start": 30, "end": 40, "kind": "direct", "speaker": "E1", "cue": "said",
                "cue_start": 41, "cue_end": 45, "confidence": 0.7}],
    "events": [{"doc": "4", "start": 0, "end": 50, "code": "042", "source": "E1", "target": "rebels",
                "trigger": "met", "trigger_start": 10, "trigger_end": 13}],
    "times": [{"doc": "4", "start": 46, "end": 52, "type": "DATE", "value": "2016"}]})");
  const auto articles = articles_from_dossier(dossier);
  ASSERT_EQ(articles.count(4), 1u);
  const Article& a = articles.at(4);
  ASSERT_EQ(a.mentions.size(), 1u);  // names only
  EXPECT_EQ(a.roles.at(0).title, "prime minister");
  EXPECT_DOUBLE_EQ(a.speech.at(0).confidence, 0.7);
  EXPECT_EQ(a.events.at(0).source_entity, "E1");
  EXPECT_EQ(a.events.at(0).target_entity, "");
  EXPECT_EQ(a.events.at(0).target_text, "rebels");
  EXPECT_EQ(a.times.at(0).value, "2016");
}

TEST(AuditData, SlicesByCodePoints) {
  const ArticleText text("Le\xC5\xA1na said");
  EXPECT_EQ(text.slice({0, 5}), "Le\xC5\xA1na");
  EXPECT_EQ(text.slice({6, 10}), "said");
}

}  // namespace
}  // namespace dossier::eval::audit
