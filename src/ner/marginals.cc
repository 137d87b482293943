#include "ner/marginals.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dossier::ner {

void span_marginals(const int32_t* emissions, size_t count, const int32_t* transitions,
                    const int32_t* start, double temperature, const Label* labels,
                    MarginalScratch& scratch, float* out) {
  if (count == 0) return;
  constexpr size_t L = kNumLabels;
  // Every factor is taken relative to a maximum: a factor common to all sequences cancels, and
  // the exponentials stay within double range whatever the model's fixed-point scale.
  std::array<double, L * L> tr{};
  std::array<double, L> st{};
  int32_t tmax = std::numeric_limits<int32_t>::lowest();
  int32_t smax = std::numeric_limits<int32_t>::lowest();
  for (Label a = 0; a < L; ++a) {
    if (start_allowed(a)) smax = std::max(smax, start[a]);
    for (Label b = 0; b < L; ++b) {
      if (transition_allowed(a, b)) tmax = std::max(tmax, transitions[a * L + b]);
    }
  }
  for (Label a = 0; a < L; ++a) {
    st[a] = start_allowed(a) ? std::exp((start[a] - smax) / temperature) : 0.0;
    for (Label b = 0; b < L; ++b) {
      tr[a * L + b] = transition_allowed(a, b) ? std::exp((transitions[a * L + b] - tmax) / temperature) : 0.0;
    }
  }
  scratch.emission.resize(count * L);
  scratch.alpha.resize(count * L);
  scratch.beta.resize(count * L);
  scratch.norm.resize(count);
  double* E = scratch.emission.data();
  double* A = scratch.alpha.data();
  double* B = scratch.beta.data();
  double* C = scratch.norm.data();
  for (size_t k = 0; k < count; ++k) {
    const int32_t* e = emissions + k * L;
    const int32_t top = *std::max_element(e, e + L);
    for (size_t y = 0; y < L; ++y) E[k * L + y] = std::exp((e[y] - top) / temperature);
  }
  // Scaled forward: A[k] sums to one; C[k] is the factor taken out at k.
  for (size_t k = 0; k < count; ++k) {
    double sum = 0;
    for (size_t y = 0; y < L; ++y) {
      double in = 0;
      if (k == 0) {
        in = st[y];
      } else {
        for (size_t x = 0; x < L; ++x) in += A[(k - 1) * L + x] * tr[x * L + y];
      }
      A[k * L + y] = in * E[k * L + y];
      sum += A[k * L + y];
    }
    // The emission of the best label at each token is exp(0) = 1 and some legal path reaches it,
    // so sum > 0 unless every factor underflows; then no probability can be told.
    if (!(sum > 0)) return;
    C[k] = sum;
    for (size_t y = 0; y < L; ++y) A[k * L + y] /= sum;
  }
  for (size_t y = 0; y < L; ++y) B[(count - 1) * L + y] = 1.0;
  for (size_t k = count - 1; k-- > 0;) {
    for (size_t x = 0; x < L; ++x) {
      double sum = 0;
      for (size_t y = 0; y < L; ++y) sum += tr[x * L + y] * E[(k + 1) * L + y] * B[(k + 1) * L + y];
      B[k * L + x] = sum / C[k + 1];
    }
  }
  for (size_t i = 0; i < count; ++i) {
    if (!is_begin(labels[i])) continue;
    const Label b = labels[i];
    const Label inside = inside_label(class_of(b));
    size_t j = i;
    double p = A[i * L + b];
    while (j + 1 < count && labels[j + 1] == inside) {
      ++j;
      p *= tr[labels[j - 1] * L + inside] * E[j * L + inside] / C[j];
    }
    if (j + 1 < count) {
      double after = 0;
      for (size_t y = 0; y < L; ++y) {
        if (y != inside) after += tr[labels[j] * L + y] * E[(j + 1) * L + y] * B[(j + 1) * L + y];
      }
      p *= after / C[j + 1];
    }
    out[i] = static_cast<float>(std::clamp(p, 0.0, 1.0));
  }
}

}  // namespace dossier::ner
