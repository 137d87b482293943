#include "ner/hash_index.h"

namespace dossier::ner {

HashIndex::HashIndex(std::span<const uint64_t> keys) {
  if (keys.empty()) return;
  // At most half full, so probe runs stay short.
  uint64_t size = 16;
  while (size < keys.size() * 2) size *= 2;
  slots_.resize(size);
  mask_ = size - 1;
  for (size_t i = 0; i < keys.size(); ++i) {
    uint64_t s = util::murmur_mix64(keys[i]) & mask_;
    while (slots_[s].value != kMissing) s = (s + 1) & mask_;
    slots_[s] = Slot{keys[i], static_cast<uint32_t>(i)};
  }
}

}  // namespace dossier::ner
