#include "ner/gazetteer.h"

#include <algorithm>
#include <numeric>

#include "util/hash.h"

namespace dossier::ner {
namespace {

constexpr uint64_t kRootKey = 0x67617a6574746565ull;
constexpr uint32_t kMaxPhraseTokens = 16;

}  // namespace

uint64_t Gazetteer::extend(uint64_t prefix_key, uint64_t token_hash) {
  return util::murmur_combine(prefix_key, token_hash);
}

void Gazetteer::add(const std::vector<uint64_t>& token_hashes, int category) {
  if (token_hashes.empty() || token_hashes.size() > kMaxPhraseTokens || category < 0 ||
      category >= kMaxGazetteerCategories) {
    return;
  }
  uint64_t key = kRootKey;
  for (size_t i = 0; i < token_hashes.size(); ++i) {
    key = extend(key, token_hashes[i]);
    keys_.push_back(key);
    ends_.push_back(i + 1 == token_hashes.size() ? static_cast<uint8_t>(1u << category) : 0);
  }
  max_tokens_ = std::max<uint32_t>(max_tokens_, static_cast<uint32_t>(token_hashes.size()));
  ++phrases_;
}

// Sorting by key and or-ing the end bits of equal keys makes the saved bytes independent of the
// order phrases were added in.
void Gazetteer::freeze() {
  std::vector<size_t> order(keys_.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys_[a] < keys_[b]; });
  std::vector<uint64_t> keys;
  std::vector<uint8_t> ends;
  for (const size_t i : order) {
    if (!keys.empty() && keys.back() == keys_[i]) {
      ends.back() = static_cast<uint8_t>(ends.back() | ends_[i]);
    } else {
      keys.push_back(keys_[i]);
      ends.push_back(ends_[i]);
    }
  }
  keys_ = std::move(keys);
  ends_ = std::move(ends);
  index_ = HashIndex(keys_);
}

void Gazetteer::match(const uint64_t* token_hashes, size_t count, uint8_t* begin,
                      uint8_t* inside) const {
  std::fill(begin, begin + count, uint8_t{0});
  std::fill(inside, inside + count, uint8_t{0});
  if (keys_.empty()) return;
  for (size_t i = 0; i < count; ++i) {
    uint64_t key = kRootKey;
    const size_t stop = std::min<size_t>(count, i + max_tokens_);
    for (size_t j = i; j < stop; ++j) {
      key = extend(key, token_hashes[j]);
      const uint32_t node = index_.find(key);
      if (node == HashIndex::kMissing) break;
      const uint8_t ends = ends_[node];
      if (ends == 0) continue;
      begin[i] = static_cast<uint8_t>(begin[i] | ends);
      for (size_t k = i + 1; k <= j; ++k) inside[k] = static_cast<uint8_t>(inside[k] | ends);
    }
  }
}

uint8_t Gazetteer::categories_of(const uint64_t* token_hashes, size_t count) const {
  if (count == 0 || count > max_tokens_) return 0;
  uint64_t key = kRootKey;
  uint32_t node = HashIndex::kMissing;
  for (size_t i = 0; i < count; ++i) {
    key = extend(key, token_hashes[i]);
    node = index_.find(key);
    if (node == HashIndex::kMissing) return 0;
  }
  return ends_[node];
}

uint8_t Gazetteer::category_bit(std::string_view name) const {
  for (size_t i = 0; i < categories_.size(); ++i) {
    if (categories_[i] == name) return static_cast<uint8_t>(1u << i);
  }
  return 0;
}

size_t Gazetteer::memory_bytes() const {
  return keys_.capacity() * sizeof(uint64_t) + ends_.capacity() + index_.memory_bytes();
}

void Gazetteer::save(util::ModelWriter& out) const {
  out.string_array(categories_);
  out.u32(max_tokens_);
  out.u64(phrases_);
  out.u64_array(keys_);
  const std::vector<uint32_t> ends(ends_.begin(), ends_.end());
  out.u32_array(ends);
}

Gazetteer Gazetteer::load(util::ModelReader& in) {
  Gazetteer g;
  g.categories_ = in.string_array();
  if (g.categories_.size() > kMaxGazetteerCategories) in.fail("gazetteer: too many categories");
  g.max_tokens_ = in.u32();
  if (g.max_tokens_ > kMaxPhraseTokens) in.fail("gazetteer: phrase too long");
  g.phrases_ = in.u64();
  g.keys_ = in.u64_array();
  const std::vector<uint32_t> ends = in.u32_array();
  if (ends.size() != g.keys_.size()) in.fail("gazetteer: sizes disagree");
  for (size_t i = 0; i < ends.size(); ++i) {
    if (ends[i] > 0xFF) in.fail("gazetteer: bad category bits");
    if (i > 0 && g.keys_[i] <= g.keys_[i - 1]) in.fail("gazetteer: keys not sorted");
    g.ends_.push_back(static_cast<uint8_t>(ends[i]));
  }
  g.index_ = HashIndex(g.keys_);
  return g;
}

}  // namespace dossier::ner
