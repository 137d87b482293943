#include "corpus/minhash.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "corpus/article_summary.h"

namespace dossier::corpus {
namespace {

std::vector<uint32_t> sorted_set(std::mt19937& rng, size_t n, uint32_t range) {
  std::set<uint32_t> s;
  std::uniform_int_distribution<uint32_t> pick(0, range);
  while (s.size() < n) s.insert(pick(rng));
  return {s.begin(), s.end()};
}

// The slow reference: set operations.
double reference_jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> both;
  std::vector<uint32_t> either;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(either));
  return either.empty() ? 0.0 : static_cast<double>(both.size()) / static_cast<double>(either.size());
}

TEST(Jaccard, MatchesSetOperations) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 50; ++trial) {
    const auto a = sorted_set(rng, 1 + trial * 3, 400);
    const auto b = sorted_set(rng, 1 + trial * 2, 400);
    EXPECT_DOUBLE_EQ(jaccard(a, b), reference_jaccard(a, b));
  }
  EXPECT_EQ(jaccard({}, {}), 0.0);
}

TEST(MinHash, EstimatesJaccard) {
  std::mt19937 rng(11);
  for (const double overlap : {0.2, 0.5, 0.8}) {
    // Two sets of 600 sharing about `overlap` of their union.
    const auto pool = sorted_set(rng, 2000, 1u << 30);
    const auto shared = static_cast<size_t>(1200 * overlap / (1 + overlap));
    std::vector<uint32_t> a(pool.begin(), pool.begin() + 600);
    std::vector<uint32_t> b(pool.begin() + static_cast<long>(600 - shared),
                            pool.begin() + static_cast<long>(1200 - shared));
    const auto sa = minhash_signature(a);
    const auto sb = minhash_signature(b);
    ASSERT_EQ(sa.size(), kMinHashSize);
    size_t equal = 0;
    for (size_t i = 0; i < kMinHashSize; ++i) equal += sa[i] == sb[i];
    const double estimate = static_cast<double>(equal) / kMinHashSize;
    EXPECT_NEAR(estimate, jaccard(a, b), 0.2) << "overlap " << overlap;
  }
  EXPECT_TRUE(minhash_signature({}).empty());
}

}  // namespace
}  // namespace dossier::corpus

namespace dossier::corpus {
namespace {

TEST(MinHash, SignatureEqualsTheMinimaOfThePlainHashes) {
  std::mt19937 rng(20);
  for (int round = 0; round < 50; ++round) {
    std::vector<uint32_t> shingles(std::uniform_int_distribution<size_t>(1, 40)(rng));
    for (uint32_t& s : shingles) s = static_cast<uint32_t>(rng());
    if (round == 0) shingles = {0u, 1u, UINT32_MAX};
    const std::vector<uint32_t> signature = minhash_signature(shingles);
    ASSERT_EQ(signature.size(), kMinHashSize);
    for (size_t i = 0; i < kMinHashSize; ++i) {
      uint32_t expected = UINT32_MAX;
      for (const uint32_t s : shingles) expected = std::min(expected, minhash_value(i, s));
      EXPECT_EQ(signature[i], expected) << "hash " << i;
    }
  }
}

}  // namespace
}  // namespace dossier::corpus
