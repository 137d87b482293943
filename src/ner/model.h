// The trained tagger: hashed emission weights and transition weights for each pass, and the
// word table and gazetteer its features read. Immutable once loaded; shared by all threads.
#ifndef DOSSIER_NER_MODEL_H_
#define DOSSIER_NER_MODEL_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/huge_pages.h"
#include "ner/labels.h"
#include "ner/word_table.h"

namespace dossier::ner {

inline constexpr std::string_view kModelKind = "ner";
inline constexpr uint32_t kModelVersion = 1;
inline constexpr std::string_view kModelFile = "ner.model";

// One pass of the tagger. Weights are fixed-point: score = sum of int16 weights.
struct PassWeights {
  uint32_t groups = 0;  // FeatureGroup bits
  int row_bits = 0;     // the emission table has 2^row_bits rows of kNumLabels weights
  HugePageVector<int16_t> emissions;  // huge pages: each token reads dozens of random rows
  std::array<int32_t, kNumLabels * kNumLabels> transitions{};  // [from * kNumLabels + to]
  std::array<int32_t, kNumLabels> start{};
};

struct NerModel {
  std::vector<PassWeights> passes;  // the later passes read the labels of the one before
  WordTable words;
  Gazetteer gazetteer;
  std::string description;  // training data and command

  size_t memory_bytes() const;
  std::string to_bytes() const;
  void save(const std::string& path) const;
  // Throws ModelError naming the file when it is missing, corrupt or inconsistent.
  static NerModel load(const std::string& path);
  static NerModel from_bytes(std::string bytes, const std::string& name);
};

}  // namespace dossier::ner

#endif  // DOSSIER_NER_MODEL_H_
