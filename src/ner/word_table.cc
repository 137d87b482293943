#include "ner/word_table.h"

#include <string>

namespace dossier::ner {

WordTable::WordTable(std::vector<uint64_t> keys, std::vector<WordInfo> infos)
    : keys_(std::move(keys)), infos_(infos.begin(), infos.end()), index_(keys_) {}

size_t WordTable::memory_bytes() const {
  return keys_.capacity() * sizeof(uint64_t) + infos_.capacity() * sizeof(WordInfo) +
         index_.memory_bytes();
}

void WordTable::save(util::ModelWriter& out) const {
  std::vector<uint32_t> packed;
  packed.reserve(infos_.size() * 2);
  for (const WordInfo& w : infos_) {
    packed.push_back(w.clusters[0] | (static_cast<uint32_t>(w.clusters[1]) << 16));
    packed.push_back(w.clusters[2] | (static_cast<uint32_t>(w.cap_bin) << 16) |
                     (static_cast<uint32_t>(w.freq_bin) << 24));
  }
  out.u64_array(keys_);
  out.u32_array(packed);
}

WordTable WordTable::load(util::ModelReader& in) {
  std::vector<uint64_t> keys = in.u64_array();
  const std::vector<uint32_t> packed = in.u32_array();
  if (packed.size() != keys.size() * 2) in.fail("word table: sizes disagree");
  std::vector<WordInfo> infos(keys.size());
  for (size_t i = 0; i < infos.size(); ++i) {
    WordInfo& w = infos[i];
    w.clusters[0] = static_cast<uint16_t>(packed[2 * i] & 0xFFFF);
    w.clusters[1] = static_cast<uint16_t>(packed[2 * i] >> 16);
    w.clusters[2] = static_cast<uint16_t>(packed[2 * i + 1] & 0xFFFF);
    w.cap_bin = static_cast<uint8_t>((packed[2 * i + 1] >> 16) & 0xFF);
    w.freq_bin = static_cast<uint8_t>(packed[2 * i + 1] >> 24);
    if (w.cap_bin > 8 || w.freq_bin > 8) in.fail("word table: bin out of range");
  }
  for (size_t i = 1; i < keys.size(); ++i) {
    if (keys[i] <= keys[i - 1]) in.fail("word table: keys not sorted and distinct");
  }
  return WordTable(std::move(keys), std::move(infos));
}

uint8_t cap_bin_of(uint32_t capitalised, uint32_t seen) {
  if (seen == 0) return 0;
  const double rate = static_cast<double>(capitalised) / seen;
  static constexpr double kEdges[] = {0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99};
  uint8_t bin = 1;
  for (const double edge : kEdges) {
    if (rate >= edge) ++bin;
  }
  return bin;
}

uint8_t freq_bin_of(uint32_t count) {
  if (count == 0) return 0;
  uint8_t bin = 1;
  for (uint32_t edge = 2; edge <= count && bin < 8; edge *= 4) ++bin;
  return bin;
}

}  // namespace dossier::ner
