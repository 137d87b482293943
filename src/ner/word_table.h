// What the tagger knows about a lower-cased word from unlabelled text: its clusters at three
// granularities and how often it is capitalised inside a sentence.
#ifndef DOSSIER_NER_WORD_TABLE_H_
#define DOSSIER_NER_WORD_TABLE_H_

#include <array>
#include <cstdint>
#include <vector>

#include "ner/hash_index.h"
#include "util/model_file.h"

namespace dossier::ner {

inline constexpr int kClusterLevels = 3;

struct WordInfo {
  std::array<uint16_t, kClusterLevels> clusters{};  // 0 = none; coarse to fine
  uint8_t cap_bin = 0;   // 0 = unseen; 1..8 from never to always capitalised mid-sentence
  uint8_t freq_bin = 0;  // 0 = unseen; 1..8 from rare to very frequent
};

class WordTable {
 public:
  WordTable() = default;
  // keys[i]: hash_bytes of the lower-cased word; distinct.
  WordTable(std::vector<uint64_t> keys, std::vector<WordInfo> infos);

  const WordInfo* find(uint64_t lower_hash) const {
    const uint32_t i = index_.find(lower_hash);
    return i == HashIndex::kMissing ? nullptr : &infos_[i];
  }
  size_t size() const { return keys_.size(); }
  size_t memory_bytes() const;

  void save(util::ModelWriter& out) const;
  static WordTable load(util::ModelReader& in);

 private:
  std::vector<uint64_t> keys_;
  HugePageVector<WordInfo> infos_;
  HashIndex index_;
};

// The bin of a capitalisation rate (capitalised / seen), for words seen at least once.
uint8_t cap_bin_of(uint32_t capitalised, uint32_t seen);
// The bin of a count.
uint8_t freq_bin_of(uint32_t count);

}  // namespace dossier::ner

#endif  // DOSSIER_NER_WORD_TABLE_H_
