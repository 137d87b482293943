#include "ner/tagger.h"

#include <algorithm>

namespace dossier::ner {

void score_emissions(const PassWeights& pass, const FeatureRows& rows, size_t tokens,
                     std::vector<int32_t>& out) {
  out.assign(tokens * kNumLabels, 0);
  const int16_t* weights = pass.emissions.data();
  for (size_t i = 0; i < tokens; ++i) {
    int32_t* e = out.data() + i * kNumLabels;
    for (uint32_t k = rows.begin[i]; k < rows.begin[i + 1]; ++k) {
      const int16_t* w = weights + static_cast<size_t>(rows.rows[k]) * kNumLabels;
      for (int l = 0; l < kNumLabels; ++l) e[l] += w[l];
    }
  }
}

void Tagger::tag(const TagDocument& document, TaggerScratch& scratch,
                 std::vector<Label>& labels) const {
  const size_t n = document.forms.size();
  labels.assign(n, kOutside);
  const FeatureResources resources{&model_->words, &model_->gazetteer};
  for (size_t p = 0; p < model_->passes.size(); ++p) {
    const PassWeights& pass = model_->passes[p];
    if (p > 0) scratch.previous.assign(labels.begin(), labels.end());
    scratch.extractor.extract(document, resources, pass.groups, pass.row_bits,
                              p > 0 ? scratch.previous.data() : nullptr, scratch.rows);
    score_emissions(pass, scratch.rows, n, scratch.emissions);
    for (const TagSentence& sentence : document.sentences) {
      viterbi(scratch.emissions.data() + static_cast<size_t>(sentence.first) * kNumLabels,
              sentence.count, pass.transitions.data(), pass.start.data(), scratch.viterbi,
              labels.data() + sentence.first);
    }
  }
}

}  // namespace dossier::ner
