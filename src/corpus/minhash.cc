#include "corpus/minhash.h"

#include <array>
#include <limits>

#include "corpus/article_summary.h"
#include "util/hash.h"

namespace dossier::corpus {
namespace {

// Multiply-shift hashing h(x) = (a*x + b) >> 32 over 64 bits with odd a: a 2-independent family,
// enough for MinHash estimates (Dietzfelbinger 1996), and much cheaper than a full mix per value.
struct Permutations {
  std::array<uint64_t, kMinHashSize> a{};
  std::array<uint64_t, kMinHashSize> b{};
  constexpr Permutations() {
    for (size_t i = 0; i < kMinHashSize; ++i) {
      a[i] = util::splitmix64(0x6d696e68 + 2 * i) | 1u;
      b[i] = util::splitmix64(0x6173680a + 2 * i + 1);
    }
  }
};
constexpr Permutations kPermutations;

}  // namespace

std::vector<uint32_t> minhash_signature(std::span<const uint32_t> shingles) {
  if (shingles.empty()) return {};
  std::array<uint32_t, kMinHashSize> minima;
  minima.fill(std::numeric_limits<uint32_t>::max());
  for (const uint32_t s : shingles) {
    const uint64_t x = (static_cast<uint64_t>(s) << 32) | s;
    for (size_t i = 0; i < kMinHashSize; ++i) {
      const auto h = static_cast<uint32_t>((kPermutations.a[i] * x + kPermutations.b[i]) >> 32);
      if (h < minima[i]) minima[i] = h;
    }
  }
  return {minima.begin(), minima.end()};
}

double jaccard(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  if (a.empty() && b.empty()) return 0.0;
  size_t i = 0;
  size_t j = 0;
  size_t common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace dossier::corpus
