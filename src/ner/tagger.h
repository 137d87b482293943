// Tags documents with a loaded model: features, emission scores and Viterbi, pass by pass.
#ifndef DOSSIER_NER_TAGGER_H_
#define DOSSIER_NER_TAGGER_H_

#include <cstdint>
#include <vector>

#include "ner/features.h"
#include "ner/labels.h"
#include "ner/marginals.h"
#include "ner/model.h"
#include "ner/tag_document.h"
#include "ner/viterbi.h"

namespace dossier::ner {

// Per-thread buffers of the tagger, reused from call to call.
struct TaggerScratch {
  FeatureExtractor extractor;
  FeatureRows rows;
  std::vector<int32_t> emissions;
  std::vector<Label> previous;
  ViterbiScratch viterbi;
  MarginalScratch marginals;
};

// Adds the emission scores of each token's feature rows: out[i * kNumLabels + label].
void score_emissions(const PassWeights& pass, const FeatureRows& rows, size_t tokens,
                     std::vector<int32_t>& out);

class Tagger {
 public:
  explicit Tagger(const NerModel& model) : model_(&model) {}
  // Writes one IOB2 label per token of the document to labels.
  void tag(const TagDocument& document, TaggerScratch& scratch, std::vector<Label>& labels) const;
  // The same, and to confidence[i], for each token that begins a name, the probability of that
  // name's span and class under the last pass (span_marginals); 0 elsewhere.
  void tag(const TagDocument& document, TaggerScratch& scratch, std::vector<Label>& labels,
           std::vector<float>& confidence) const;

 private:
  const NerModel* model_;
};

}  // namespace dossier::ner

#endif  // DOSSIER_NER_TAGGER_H_
