// Viterbi against a brute-force search over every legal label sequence of short inputs.
#include "ner/viterbi.h"

#include <gtest/gtest.h>

#include <random>

namespace dossier::ner {
namespace {

template <typename Score>
Score sequence_score(const std::vector<Label>& y, const std::vector<Score>& e,
                     const std::vector<Score>& t, const std::vector<Score>& s) {
  Score total = s[y[0]] + e[y[0]];
  for (size_t i = 1; i < y.size(); ++i) {
    total += t[y[i - 1] * kNumLabels + y[i]] + e[i * kNumLabels + y[i]];
  }
  return total;
}

bool legal(const std::vector<Label>& y) {
  if (!start_allowed(y[0])) return false;
  for (size_t i = 1; i < y.size(); ++i) {
    if (!transition_allowed(y[i - 1], y[i])) return false;
  }
  return true;
}

// The best score over all legal sequences of length n.
template <typename Score>
Score brute_force(size_t n, const std::vector<Score>& e, const std::vector<Score>& t,
                  const std::vector<Score>& s) {
  std::vector<Label> y(n, 0);
  bool found = false;
  Score best{};
  while (true) {
    if (legal(y)) {
      const Score score = sequence_score(y, e, t, s);
      if (!found || score > best) best = score;
      found = true;
    }
    size_t i = 0;
    while (i < n && ++y[i] == kNumLabels) y[i++] = 0;
    if (i == n) break;
  }
  return best;
}

template <typename Score, typename Draw>
void check_random(Draw draw, std::mt19937& rng) {
  ViterbiScratch scratch;
  for (int trial = 0; trial < 300; ++trial) {
    const size_t n = 1 + trial % 4;
    std::vector<Score> e(n * kNumLabels), t(kNumLabels * kNumLabels), s(kNumLabels);
    for (auto& x : e) x = draw(rng);
    for (auto& x : t) x = draw(rng);
    for (auto& x : s) x = draw(rng);
    std::vector<Label> y(n);
    viterbi(e.data(), n, t.data(), s.data(), scratch, y.data());
    ASSERT_TRUE(legal(y)) << "trial " << trial;
    EXPECT_EQ(sequence_score(y, e, t, s), brute_force(n, e, t, s)) << "trial " << trial;
  }
}

TEST(Viterbi, MatchesBruteForceOnIntegers) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int32_t> draw(-1000, 1000);
  check_random<int32_t>(draw, rng);
}

TEST(Viterbi, MatchesBruteForceOnFloats) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> draw(-64, 64);  // exact in float, so sums compare equal
  check_random<float>([&](std::mt19937& r) { return static_cast<float>(draw(r)) / 4; }, rng);
}

TEST(Viterbi, NeverStartsOrContinuesIllegally) {
  // Emissions that favour I-PER everywhere and I-LOC after it: the decoder must open with B-.
  std::vector<int32_t> e(3 * kNumLabels, 0), t(kNumLabels * kNumLabels, 0), s(kNumLabels, 0);
  e[inside_label(NerClass::kPer)] = 100;
  e[kNumLabels + inside_label(NerClass::kPer)] = 100;
  e[2 * kNumLabels + inside_label(NerClass::kLoc)] = 100;
  std::vector<Label> y(3);
  ViterbiScratch scratch;
  viterbi(e.data(), 3, t.data(), s.data(), scratch, y.data());
  EXPECT_TRUE(legal(y));
}

TEST(Viterbi, LongSentencesDoNotOverflow) {
  const size_t n = 5000;
  std::vector<int32_t> e(n * kNumLabels, 1000000), t(kNumLabels * kNumLabels, 0), s(kNumLabels, 0);
  for (size_t i = 0; i < n; ++i) e[i * kNumLabels + kOutside] = 1000001;
  std::vector<Label> y(n);
  ViterbiScratch scratch;
  viterbi(e.data(), n, t.data(), s.data(), scratch, y.data());
  for (const Label l : y) ASSERT_EQ(l, kOutside);
}

}  // namespace
}  // namespace dossier::ner
