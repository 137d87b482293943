// Span marginals against a slow reference that sums over every legal label sequence.
#include "ner/marginals.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "ner/viterbi.h"

namespace dossier::ner {
namespace {

bool legal(const std::vector<Label>& y) {
  if (!start_allowed(y[0])) return false;
  for (size_t i = 1; i < y.size(); ++i) {
    if (!transition_allowed(y[i - 1], y[i])) return false;
  }
  return true;
}

double score(const std::vector<Label>& y, const std::vector<int32_t>& e, const std::vector<int32_t>& t,
             const std::vector<int32_t>& s) {
  double total = s[y[0]] + e[y[0]];
  for (size_t i = 1; i < y.size(); ++i) total += t[y[i - 1] * kNumLabels + y[i]] + e[i * kNumLabels + y[i]];
  return total;
}

// True when y carries exactly the span that labels begins at i.
bool has_span(const std::vector<Label>& y, const std::vector<Label>& labels, size_t i) {
  const Label inside = inside_label(class_of(labels[i]));
  size_t j = i;
  while (j + 1 < labels.size() && labels[j + 1] == inside) ++j;
  for (size_t k = i; k <= j; ++k) {
    if (y[k] != labels[k]) return false;
  }
  return j + 1 == y.size() || y[j + 1] != inside;
}

// The probability of each span of labels, by enumerating every legal sequence.
std::vector<double> reference(size_t n, const std::vector<int32_t>& e, const std::vector<int32_t>& t,
                              const std::vector<int32_t>& s, double temperature, const std::vector<Label>& labels) {
  std::vector<Label> y(n, 0);
  std::vector<std::vector<Label>> all;
  std::vector<double> scores;
  double top = -1e300;
  while (true) {
    if (legal(y)) {
      all.push_back(y);
      scores.push_back(score(y, e, t, s) / temperature);
      top = std::max(top, scores.back());
    }
    size_t i = 0;
    while (i < n && ++y[i] == kNumLabels) y[i++] = 0;
    if (i == n) break;
  }
  double z = 0;
  for (const double v : scores) z += std::exp(v - top);
  std::vector<double> out(n, -1);
  for (size_t i = 0; i < n; ++i) {
    if (!is_begin(labels[i])) continue;
    double mass = 0;
    for (size_t k = 0; k < all.size(); ++k) {
      if (has_span(all[k], labels, i)) mass += std::exp(scores[k] - top);
    }
    out[i] = mass / z;
  }
  return out;
}

TEST(SpanMarginals, AgreeWithTheSumOverEverySequence) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int32_t> draw(-30000, 30000);
  MarginalScratch scratch;
  ViterbiScratch viterbi_scratch;
  for (int round = 0; round < 40; ++round) {
    const size_t n = 1 + static_cast<size_t>(round % 4);
    std::vector<int32_t> e(n * kNumLabels), t(kNumLabels * kNumLabels), s(kNumLabels);
    for (auto& v : e) v = draw(rng);
    for (auto& v : t) v = draw(rng) / 4;
    for (auto& v : s) v = draw(rng) / 4;
    // The decoded labels, and a random legal sequence so that unlikely spans are checked too.
    std::vector<Label> labels(n);
    viterbi(e.data(), n, t.data(), s.data(), viterbi_scratch, labels.data());
    std::vector<Label> other(n);
    do {
      for (auto& l : other) l = static_cast<Label>(rng() % kNumLabels);
    } while (!legal(other));
    for (const double temperature : {5000.0, 20000.0}) {
      for (const auto& seq : {labels, other}) {
        std::vector<float> got(n, -1.0f);
        span_marginals(e.data(), n, t.data(), s.data(), temperature, seq.data(), scratch, got.data());
        const std::vector<double> want = reference(n, e, t, s, temperature, seq);
        for (size_t i = 0; i < n; ++i) {
          if (is_begin(seq[i])) {
            EXPECT_NEAR(got[i], want[i], 1e-5) << "round " << round << " token " << i;
          } else {
            EXPECT_EQ(got[i], -1.0f);
          }
        }
      }
    }
  }
}

TEST(SpanMarginals, ASureNameIsNearOneAndACloseCallNearAHalf) {
  // One token, two classes: B-PER far ahead of everything, then B-PER and B-ORG level.
  std::vector<int32_t> t(kNumLabels * kNumLabels, 0), s(kNumLabels, 0);
  std::vector<int32_t> e(kNumLabels, -100000);
  e[begin_label(NerClass::kPer)] = 0;
  const Label labels[] = {begin_label(NerClass::kPer)};
  MarginalScratch scratch;
  float got = 0;
  span_marginals(e.data(), 1, t.data(), s.data(), 10000, labels, scratch, &got);
  EXPECT_GT(got, 0.99f);
  e[begin_label(NerClass::kOrg)] = 0;
  span_marginals(e.data(), 1, t.data(), s.data(), 10000, labels, scratch, &got);
  EXPECT_NEAR(got, 0.5f, 1e-4);
}

}  // namespace
}  // namespace dossier::ner
