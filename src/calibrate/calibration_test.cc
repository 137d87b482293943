// The calibration model: monotone maps, the file round trip, defects refused, and what apply changes.
#include "calibrate/calibration.h"

#include <gtest/gtest.h>

#include <cmath>

#include "dossier/error.h"

namespace dossier::calibrate {
namespace {

TEST(Calibration, IdentityLeavesConfidencesAndShowsEverything) {
  const Calibration identity;
  for (double p : {0.05, 0.3, 0.5, 0.9}) EXPECT_NEAR(identity.layer(Layer::kSpeech).map(p), p, 1e-9);
  EXPECT_EQ(identity.thresholds(), ConfidenceThresholds{});
}

TEST(Calibration, MapIsMonotoneAndShrinksOverconfidence) {
  LayerMap m;
  m.slope = 0.5;
  m.intercept = -2.0;
  double last = 0.0;
  for (double p = 0.01; p < 1.0; p += 0.01) {
    const double q = m.map(p);
    EXPECT_GE(q, last);
    last = q;
  }
  EXPECT_LT(m.map(0.5), 0.2);
}

TEST(Calibration, FileRoundTripKeepsMapsAndThresholds) {
  Calibration c;
  c.layer(Layer::kEvents).slope = 0.25;
  c.layer(Layer::kEvents).intercept = -2.2;
  c.layer(Layer::kEvents).confident_from.reset();
  c.layer(Layer::kSpeech).confident_from = 0.7f;
  c.layer(Layer::kSpeech).fitted_items = 85;
  const Calibration back = Calibration::from_bytes(c.file_bytes(), "test");
  EXPECT_DOUBLE_EQ(back.layer(Layer::kEvents).slope, 0.25);
  EXPECT_DOUBLE_EQ(back.layer(Layer::kEvents).intercept, -2.2);
  EXPECT_FALSE(back.layer(Layer::kEvents).confident_from.has_value());
  EXPECT_EQ(back.layer(Layer::kSpeech).confident_from, 0.7f);
  EXPECT_EQ(back.layer(Layer::kSpeech).fitted_items, 85u);
  EXPECT_FALSE(back.thresholds().events.has_value());
}

TEST(Calibration, DamagedOrReversedFilesAreRefused) {
  Calibration c;
  std::string bytes = c.file_bytes();
  bytes[bytes.size() - 3] ^= 0x5a;
  EXPECT_THROW(Calibration::from_bytes(bytes, "damaged"), ModelError);
  c.layer(Layer::kTimes).slope = -1.0;
  EXPECT_THROW(Calibration::from_bytes(c.file_bytes(), "reversed"), ModelError);
  EXPECT_THROW(Calibration::from_bytes(c.file_bytes().substr(0, 30), "short"), ModelError);
}

TEST(Calibration, ApplyMapsEachLayerAndKeepsNoSpeakerAtZero) {
  Calibration c;
  for (size_t i = 0; i < kLayerCount; ++i) c.layer(static_cast<Layer>(i)).intercept = -1.0;
  Document doc;
  doc.text = "Ana Lima said so.";
  Mention name;
  name.confidence = 0.5f;
  Mention pronoun;
  pronoun.kind = MentionKind::kPronoun;
  pronoun.confidence = 0.5f;
  doc.mentions = {name, pronoun};
  Quote with_speaker;
  with_speaker.confidence = 0.5f;
  with_speaker.speaker_confidence = 0.5f;
  Quote without;
  without.confidence = 0.5f;
  doc.quotes = {with_speaker, without};
  doc.events.resize(1);
  doc.events[0].confidence = 0.5;
  doc.times.resize(1);
  doc.times[0].confidence = 0.5;
  c.apply(doc);
  const double expected = 1.0 / (1.0 + std::exp(1.0));
  EXPECT_NEAR(doc.mentions[0].confidence, expected, 1e-6);
  EXPECT_FLOAT_EQ(doc.mentions[1].confidence, 0.5f);  // a reference's confidence is not about type
  EXPECT_NEAR(doc.quotes[0].speaker_confidence, expected, 1e-6);
  EXPECT_FLOAT_EQ(doc.quotes[1].speaker_confidence, 0.0f);
  EXPECT_NEAR(doc.events[0].confidence, expected, 1e-9);
  EXPECT_NEAR(doc.times[0].confidence, expected, 1e-9);
}

}  // namespace
}  // namespace dossier::calibrate
