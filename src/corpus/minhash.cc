#include "corpus/minhash.h"

#include <algorithm>
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

// The same hashes in 32-bit pieces, which the compiler vectorises (a 64-bit multiply has no SIMD
// form before AVX-512). With x = s * (2^32 + 1) and a = aH * 2^32 + aL, modulo 2^64:
// a*x = m + (m << 32) where m = a*s = aL*s + ((aH*s) << 32); so the high half of a*x + b is
// hi(m) + lo(m) + hi(b) + the carry of lo(m) + lo(b), all modulo 2^32. minhash_test pins the two
// forms equal.
struct Halves {
  std::array<uint32_t, kMinHashSize> a_low{};
  std::array<uint32_t, kMinHashSize> a_high{};
  std::array<uint32_t, kMinHashSize> b_low{};
  std::array<uint32_t, kMinHashSize> b_high{};
  constexpr Halves() {
    for (size_t i = 0; i < kMinHashSize; ++i) {
      a_low[i] = static_cast<uint32_t>(kPermutations.a[i]);
      a_high[i] = static_cast<uint32_t>(kPermutations.a[i] >> 32);
      b_low[i] = static_cast<uint32_t>(kPermutations.b[i]);
      b_high[i] = static_cast<uint32_t>(kPermutations.b[i] >> 32);
    }
  }
};
constexpr Halves kHalves;

}  // namespace

uint32_t minhash_value(size_t i, uint32_t shingle) {
  const uint64_t x = (static_cast<uint64_t>(shingle) << 32) | shingle;
  return static_cast<uint32_t>((kPermutations.a[i] * x + kPermutations.b[i]) >> 32);
}

std::vector<uint32_t> minhash_signature(std::span<const uint32_t> shingles) {
  if (shingles.empty()) return {};
  std::array<uint32_t, kMinHashSize> minima;
  minima.fill(std::numeric_limits<uint32_t>::max());
  for (const uint32_t s : shingles) {
    for (size_t i = 0; i < kMinHashSize; ++i) {
      const uint64_t low_product = static_cast<uint64_t>(kHalves.a_low[i]) * s;
      const auto m_low = static_cast<uint32_t>(low_product);
      const uint32_t m_high = static_cast<uint32_t>(low_product >> 32) + kHalves.a_high[i] * s;
      const uint32_t carry = static_cast<uint32_t>(m_low + kHalves.b_low[i]) < m_low ? 1u : 0u;
      const uint32_t h = m_high + m_low + kHalves.b_high[i] + carry;
      minima[i] = std::min(minima[i], h);
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
