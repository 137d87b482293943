// Exact first-order Viterbi decoding over the IOB2 labels, with illegal transitions excluded.
#ifndef DOSSIER_NER_VITERBI_H_
#define DOSSIER_NER_VITERBI_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "ner/labels.h"

namespace dossier::ner {

// Per-call buffers for viterbi(); reused across calls so decoding does not allocate.
struct ViterbiScratch {
  std::vector<uint8_t> back;
};

// Writes to out the legal label sequence of maximal score: the sum of start[y0], the
// emissions[i * kNumLabels + yi] and the transitions[y(i-1) * kNumLabels + yi].
template <typename Score>
void viterbi(const Score* emissions, size_t count, const Score* transitions, const Score* start,
             ViterbiScratch& scratch, Label* out) {
  if (count == 0) return;
  constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
  scratch.back.resize(count * kNumLabels);
  std::array<Score, kNumLabels> score{}, next{};
  for (Label y = 0; y < kNumLabels; ++y) {
    score[y] = start_allowed(y) ? start[y] + emissions[y] : kNone;
  }
  for (size_t i = 1; i < count; ++i) {
    const Score* e = emissions + i * kNumLabels;
    uint8_t* back = scratch.back.data() + i * kNumLabels;
    for (Label y = 0; y < kNumLabels; ++y) {
      Score best = kNone;
      Label from_best = 0;
      if (is_inside(y)) {
        // Only B-X and I-X may precede I-X.
        const Label b = static_cast<Label>(y - 1);
        const Score via_b = score[b] + transitions[b * kNumLabels + y];
        const Score via_i = score[y] + transitions[y * kNumLabels + y];
        best = via_b >= via_i ? via_b : via_i;
        from_best = via_b >= via_i ? b : y;
      } else {
        for (Label from = 0; from < kNumLabels; ++from) {
          const Score s = score[from] + transitions[from * kNumLabels + y];
          if (s > best) {
            best = s;
            from_best = from;
          }
        }
      }
      next[y] = best + e[y];
      back[y] = from_best;
    }
    // Keeping the best score at zero stops integer scores from overflowing on long sentences.
    Score top = next[0];
    for (Label l = 1; l < kNumLabels; ++l) top = next[l] > top ? next[l] : top;
    for (Label l = 0; l < kNumLabels; ++l) score[l] = next[l] - top;
  }
  Label y = 0;
  for (Label l = 1; l < kNumLabels; ++l) {
    if (score[l] > score[y]) y = l;
  }
  for (size_t i = count; i-- > 0;) {
    out[i] = y;
    if (i > 0) y = scratch.back[i * kNumLabels + y];
  }
}

}  // namespace dossier::ner

#endif  // DOSSIER_NER_VITERBI_H_
