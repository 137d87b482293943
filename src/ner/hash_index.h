// A read-only open-addressing map from 64-bit keys to 32-bit values, built once.
#ifndef DOSSIER_NER_HASH_INDEX_H_
#define DOSSIER_NER_HASH_INDEX_H_

#include <cstdint>
#include <span>
#include <vector>

#include "ner/huge_pages.h"
#include "util/hash.h"

namespace dossier::ner {

class HashIndex {
 public:
  HashIndex() = default;
  // Maps keys[i] to i; keys must be distinct.
  explicit HashIndex(std::span<const uint64_t> keys);
  // The value of key, or kMissing.
  uint32_t find(uint64_t key) const {
    if (slots_.empty()) return kMissing;
    for (uint64_t s = util::murmur_mix64(key) & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.value == kMissing) return kMissing;
      if (slot.key == key) return slot.value;
    }
  }
  size_t memory_bytes() const { return slots_.capacity() * sizeof(Slot); }
  static constexpr uint32_t kMissing = UINT32_MAX;

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kMissing;
  };
  HugePageVector<Slot> slots_;  // probed at random, once or more per token
  uint64_t mask_ = 0;
};

}  // namespace dossier::ner

#endif  // DOSSIER_NER_HASH_INDEX_H_
