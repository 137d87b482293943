#include "train/logistic.h"

#include <cmath>

#include <gtest/gtest.h>

namespace dossier::train {
namespace {

// Four of five "good" examples positive, one of five "bad": the fitted probabilities approach the
// rates, pulled toward 0.5 by the ridge.
std::vector<LogisticExample> examples() {
  std::vector<LogisticExample> out;
  for (int i = 0; i < 5; ++i) out.push_back({{{"bias", 1.0f}, {"good", 1.0f}}, i < 4, 1.0});
  for (int i = 0; i < 5; ++i) out.push_back({{{"bias", 1.0f}, {"bad", 1.0f}}, i < 1, 1.0});
  return out;
}

TEST(Logistic, FitsTheRatesOfItsFeatures) {
  const LogisticModel m = fit_logistic(examples(), 1e-6);
  EXPECT_NEAR(m.score({{"bias", 1.0f}, {"good", 1.0f}}), 0.8, 1e-3);
  EXPECT_NEAR(m.score({{"bias", 1.0f}, {"bad", 1.0f}}), 0.2, 1e-3);
  EXPECT_NEAR(m.score({{"unseen", 1.0f}}), 0.5, 1e-12);
}

TEST(Logistic, TheRidgeShrinksAndRareFeaturesGetNoWeight) {
  const LogisticModel loose = fit_logistic(examples(), 0.01);
  const LogisticModel tight = fit_logistic(examples(), 10.0);
  EXPECT_GT(std::fabs(loose.weights.at("good")), std::fabs(tight.weights.at("good")));
  std::vector<LogisticExample> ex = examples();
  ex.push_back({{{"bias", 1.0f}, {"once", 1.0f}}, true, 1.0});
  const LogisticModel m = fit_logistic(ex, 1.0, 2);
  EXPECT_EQ(m.weights.count("once"), 0u);
  EXPECT_EQ(m.weights.count("good"), 1u);
}

TEST(Logistic, FreeFeaturesAreNotShrunk) {
  const LogisticModel m = fit_logistic(examples(), 1000.0, 1, {"bias", "good"});
  EXPECT_NEAR(m.score({{"bias", 1.0f}, {"good", 1.0f}}), 0.8, 0.02);
  EXPECT_NEAR(m.weights.at("bad"), 0.0, 0.01);
}

TEST(Logistic, ExampleWeightsCount) {
  std::vector<LogisticExample> ex = {{{{"bias", 1.0f}}, true, 3.0}, {{{"bias", 1.0f}}, false, 1.0}};
  EXPECT_NEAR(fit_logistic(ex, 1e-6).score({{"bias", 1.0f}}), 0.75, 1e-3);
}

}  // namespace
}  // namespace dossier::train
