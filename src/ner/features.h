// Feature extraction: for every token of a document, the rows of the hashed weight table its
// features select. The same code serves training and tagging.
#ifndef DOSSIER_NER_FEATURES_H_
#define DOSSIER_NER_FEATURES_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/labels.h"
#include "ner/tag_document.h"
#include "ner/word_table.h"

namespace dossier::ner {

// Groups of feature templates, switched on per model (and off one by one for ablations).
enum FeatureGroup : uint32_t {
  kGroupAffixes = 1u << 0,     // prefixes and suffixes
  kGroupContext = 1u << 1,     // neighbouring words and shapes, bigrams
  kGroupClusters = 1u << 2,    // word clusters learned from unlabelled text
  kGroupCapProfile = 1u << 3,  // how often a word is capitalised mid-sentence in unlabelled text
  kGroupGazetteer = 1u << 4,   // phrase-list hits
  kGroupDocSurface = 1u << 5,  // how the same word is written elsewhere in the document
  kGroupDocLabels = 1u << 6,   // how an earlier pass tagged the same word in the document
};
inline constexpr uint32_t kAllGroups = (1u << 7) - 1;
inline constexpr uint32_t kAllFirstPassGroups = kAllGroups & ~kGroupDocLabels;

// The resources features look words up in (either may be empty).
struct FeatureResources {
  const WordTable* words = nullptr;
  const Gazetteer* gazetteer = nullptr;
};

// Rows per token, compressed: token i selects rows[begin[i] .. begin[i + 1]).
struct FeatureRows {
  std::vector<uint32_t> begin;
  std::vector<uint32_t> rows;
};

// Capitalisation of one token.
enum class CaseKind : uint8_t { kNone, kLower, kCapital, kAllCaps, kMixed, kDigit };
// Capitalisation of a whole sentence: normal prose, ALL CAPS, or Title Case.
enum class CaseMode : uint8_t { kNormal, kAllCaps, kTitle };

// Extracts features; holds per-document scratch, so one extractor serves one thread.
class FeatureExtractor {
 public:
  // previous: labels of an earlier pass, one per token, required when groups has
  // kGroupDocLabels. row_bits: log2 of the weight table's row count (10..28). again: the
  // document and resources are those of the previous call, whose word analysis is reused.
  void extract(const TagDocument& document, const FeatureResources& resources, uint32_t groups,
               int row_bits, const Label* previous, FeatureRows& out, bool again = false);

  // The case mode of each sentence of the last document extracted.
  const std::vector<CaseMode>& sentence_modes() const { return modes_; }

 private:
  struct TokenInfo {
    uint64_t word = 0, lower = 0, shape = 0, short_shape = 0;
    std::array<uint64_t, 4> prefix{}, suffix{};
    uint8_t prefixes = 0, suffixes = 0;
    CaseKind case_kind = CaseKind::kNone;
    WordInfo info;
    uint8_t gaz_begin = 0, gaz_inside = 0;
  };
  struct DocSlot {
    uint64_t key = 0;
    uint32_t generation = 0;  // the slot is in use when equal to generation_
    uint8_t surface = 0;
    std::array<uint16_t, kNumClasses + 1> labels{};  // O, then per class
  };

  void describe_tokens(const TagDocument& document, const FeatureResources& resources);
  void find_modes(const TagDocument& document);
  void match_gazetteer(const TagDocument& document, const Gazetteer& gazetteer);
  void fill_doc_map(const TagDocument& document, const Label* previous);
  DocSlot& slot(uint64_t key);
  const DocSlot* find_slot(uint64_t key) const;
  void token_features(const TagDocument& document, size_t sentence, uint32_t i, uint32_t groups,
                      const Label* previous, FeatureRows& out) const;

  std::vector<TokenInfo> tokens_;
  std::vector<CaseMode> modes_;
  std::vector<uint8_t> sentence_start_;  // per token: first of its sentence
  std::vector<DocSlot> doc_map_;
  uint64_t doc_mask_ = 0;
  uint32_t generation_ = 0;
  std::string lower_;
  std::vector<uint64_t> hashes_;
  int row_shift_ = 0;
  bool gazetteer_matched_ = false;
};

CaseKind case_kind_of(std::string_view form);

}  // namespace dossier::ner

#endif  // DOSSIER_NER_FEATURES_H_
