// The candidate event scorer: its features, its model file, and the coder keeping and scoring
// candidates with it.
#include "events/event_scorer.h"

#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "dossier/error.h"
#include "events/test_support.h"

namespace dossier::events {
namespace {

bool has(const std::vector<Feature>& features, const std::string& name) {
  return std::any_of(features.begin(), features.end(), [&](const Feature& f) { return f.first == name; });
}

TEST(EventScorer, FeaturesSayHowTheCandidateWasRead) {
  EventEvidence e;
  e.coding = Coding::kPattern;
  e.root = 4;
  e.source = ActorEvidence::kCodedName;
  e.negated = true;
  e.quoted = true;
  e.block = "VISIT";
  e.sentence = 20;
  const std::vector<Feature> f = event_features(e);
  for (const char* name : {"bias", "prior", "coding=pattern", "root=4", "root=4&coding=pattern", "source=coded",
                           "target=none", "negated", "quoted", "quoted&root=4", "block=VISIT", "sentence=late"}) {
    EXPECT_TRUE(has(f, name)) << name;
  }
  EXPECT_FALSE(has(f, "passive"));
  EXPECT_FALSE(has(f, "sentence=lead"));
  EventEvidence noun;
  noun.coding = Coding::kNoun;
  EXPECT_FALSE(has(event_features(noun), "block="));
}

TEST(EventScorer, ScoresAreTheLogisticOfTheWeights) {
  const EventScorer none;
  EXPECT_DOUBLE_EQ(none.score(EventEvidence{}), 0.5);
  const EventScorer model({"bias", "negated"}, {1.0f, -3.0f}, 0.4f);
  EventEvidence e;
  EXPECT_NEAR(model.score(e), 1.0 / (1.0 + std::exp(-1.0)), 1e-9);
  e.negated = true;
  EXPECT_NEAR(model.score(e), 1.0 / (1.0 + std::exp(2.0)), 1e-9);
  EXPECT_FLOAT_EQ(model.threshold(), 0.4f);
}

TEST(EventScorer, FileRoundTripsAndDefectsAreRefused) {
  const EventScorer model({"bias", "root=19", "prior"}, {-0.5f, -2.0f, 0.75f}, 0.35f);
  const EventScorer back = EventScorer::from_bytes(model.file_bytes(), "test.bin");
  EXPECT_EQ(back.names(), model.names());
  EXPECT_EQ(back.weights(), model.weights());
  EXPECT_FLOAT_EQ(back.threshold(), 0.35f);
  EventEvidence e;
  e.root = 19;
  EXPECT_DOUBLE_EQ(back.score(e), model.score(e));

  std::string bytes = model.file_bytes();
  EXPECT_THROW(EventScorer::from_bytes(bytes.substr(0, bytes.size() - 3), "cut.bin"), ModelError);
  bytes[bytes.size() - 2] ^= 0x40;
  EXPECT_THROW(EventScorer::from_bytes(bytes, "flipped.bin"), ModelError);
  const auto refused = [](std::vector<std::string> names, std::vector<float> weights, float threshold) {
    util::ModelWriter w;
    w.string_array(names);
    w.f32_array(weights);
    w.f32(threshold);
    EXPECT_THROW(EventScorer::from_bytes(w.file_bytes(kScorerKind, kScorerVersion), "bad.bin"), ModelError);
  };
  refused({"bias"}, {1.0f, 2.0f}, 0.5f);
  refused({"bias"}, {std::nanf("")}, 0.5f);
  refused({"bias"}, {1e9f}, 0.5f);
  refused({"bias"}, {1.0f}, 1.5f);
}

TEST(EventScorer, TheCoderKeepsWhatTheScorerKeepsWithItsScore) {
  const VerbDictionary verbs = testing::small_verbs();
  const lexicon::Lexicon lexicon = testing::small_lexicon();
  const std::string text = "Sylvania hosted the Freedonian minister. Freedonia accused Sylvania of lying.";
  // Consultations (04) scored low, accusations (11) high.
  const EventScorer scorer({"bias", "root=4", "root=11"}, {0.0f, -3.0f, 2.0f}, 0.5f);
  const EventCoder scored(verbs, lexicon, CoderOptions{}, &scorer);
  const Document doc = testing::code_text(scored, text);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    EXPECT_EQ(e.code.substr(0, 2), "11");
    EXPECT_NEAR(e.confidence, 1.0 / (1.0 + std::exp(-2.0)), 1e-9);
  }
  // Candidates for training: every event, with the evidence the scorer reads, one per event.
  const EventCoder plain(verbs, lexicon);
  Document all = testing::code_text(plain, text);
  std::vector<EventEvidence> evidence;
  plain.code(all, nullptr, &evidence);
  ASSERT_EQ(evidence.size(), all.events.size());
  ASSERT_GT(all.events.size(), doc.events.size());
  for (size_t i = 0; i < all.events.size(); ++i) {
    EXPECT_EQ(evidence[i].root, std::stoi(all.events[i].code.substr(0, 2)));
    EXPECT_DOUBLE_EQ(all.events[i].confidence, event_confidence(evidence[i]));
  }
  EXPECT_EQ(evidence.front().sentence, 0u);
  EXPECT_EQ(evidence.back().sentence, 1u);
}

}  // namespace
}  // namespace dossier::events
