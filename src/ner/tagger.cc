#include "ner/tagger.h"

#include <algorithm>

namespace dossier::ner {

void score_emissions(const PassWeights& pass, const FeatureRows& rows, size_t tokens,
                     std::vector<int32_t>& out) {
  out.assign(tokens * kNumLabels, 0);
  const int16_t* weights = pass.emissions.data();
  const uint32_t* row = rows.rows.data();
  const auto total = static_cast<uint32_t>(rows.rows.size());
  // The table is far larger than the caches and each row a random place in it: asking for rows
  // well ahead lets the memory system fetch many at once.
  constexpr uint32_t kAhead = 24;
  for (size_t i = 0; i < tokens; ++i) {
    int32_t* e = out.data() + i * kNumLabels;
    for (uint32_t k = rows.begin[i]; k < rows.begin[i + 1]; ++k) {
      if (k + kAhead < total) {
        const int16_t* ahead = weights + static_cast<size_t>(row[k + kAhead]) * kNumLabels;
        __builtin_prefetch(ahead);
        __builtin_prefetch(ahead + kNumLabels - 1);
      }
      const int16_t* w = weights + static_cast<size_t>(row[k]) * kNumLabels;
      for (int l = 0; l < kNumLabels; ++l) e[l] += w[l];
    }
  }
}

namespace {

// The temperature that reads the last pass's fixed-point scores (30000 for the largest weight)
// as a linear-chain model. It sets how sharp the span probabilities are; the calibration stage
// maps them to measured precision afterwards, so only their order matters much. Tuned on the
// audit set's tuning part (articles 1-12, 383 mentions, `dossier-eval audit --part tune --raw`):
// the area under the curve of mention confidences is 0.67 / 0.75 / 0.80 / 0.84 / 0.86 / 0.85 /
// 0.83 / 0.77 at 2000 / 5000 / 10000 / 15000 / 20000 / 25000 / 30000 / 40000.
constexpr double kTemperature = 20000;

}  // namespace

void Tagger::tag(const TagDocument& document, TaggerScratch& scratch, std::vector<Label>& labels,
                 std::vector<float>& confidence) const {
  tag(document, scratch, labels);
  confidence.assign(labels.size(), 0.0f);
  if (model_->passes.empty()) return;
  const PassWeights& pass = model_->passes.back();
  for (const TagSentence& sentence : document.sentences) {
    const Label* first = labels.data() + sentence.first;
    if (std::none_of(first, first + sentence.count, is_begin)) continue;
    span_marginals(scratch.emissions.data() + static_cast<size_t>(sentence.first) * kNumLabels, sentence.count,
                   pass.transitions.data(), pass.start.data(), kTemperature, labels.data() + sentence.first,
                   scratch.marginals, confidence.data() + sentence.first);
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
                              p > 0 ? scratch.previous.data() : nullptr, scratch.rows, p > 0);
    score_emissions(pass, scratch.rows, n, scratch.emissions);
    for (const TagSentence& sentence : document.sentences) {
      viterbi(scratch.emissions.data() + static_cast<size_t>(sentence.first) * kNumLabels,
              sentence.count, pass.transitions.data(), pass.start.data(), scratch.viterbi,
              labels.data() + sentence.first);
    }
  }
}

}  // namespace dossier::ner
