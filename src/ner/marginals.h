// The probability of each decoded name span under the tagger's scores read as a linear-chain
// model: P(y) proportional to exp(score(y) / temperature) over the legal IOB2 sequences. Exact
// forward-backward, linear in the sentence.
#ifndef DOSSIER_NER_MARGINALS_H_
#define DOSSIER_NER_MARGINALS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ner/labels.h"

namespace dossier::ner {

// Per-call buffers for span_marginals(); reused across calls so it does not allocate once warm.
struct MarginalScratch {
  std::vector<double> emission;  // exp((e - max at the token) / temperature), per token and label
  std::vector<double> alpha;     // scaled forward values
  std::vector<double> beta;      // scaled backward values
  std::vector<double> norm;      // each token's forward scaling factor
};

// For every i where labels[i] begins a span (B-X followed by its I-X), writes to out[i] the
// probability that tokens i..end carry exactly that span: B-X at i, I-X up to the span's end, and
// no I-X after it. Other entries of out are left as they are. The scores are those of viterbi().
void span_marginals(const int32_t* emissions, size_t count, const int32_t* transitions,
                    const int32_t* start, double temperature, const Label* labels,
                    MarginalScratch& scratch, float* out);

}  // namespace dossier::ner

#endif  // DOSSIER_NER_MARGINALS_H_
