#include "corpus/duplicates.h"

#include <gtest/gtest.h>

#include <random>

#include "corpus/corpus_fixtures.h"
#include "corpus/corpus_test_support.h"
#include "corpus/minhash.h"

namespace dossier::corpus {
namespace {

using testing::analyze;

TEST(Duplicates, FindsWireCopyWithNewHeadline) {
  const Dossier d = analyze({{"ledger", fixtures::kFloodLedger, {}, {}},
                             {"valley", fixtures::kFloodValley, {}, {}},
                             {"wire", fixtures::kFloodWireCopy, {}, {}},
                             {"football", fixtures::kFootball, {}, {}}});
  ASSERT_EQ(d.duplicates.size(), 1u);
  EXPECT_EQ(d.duplicates[0].a, 0u);
  EXPECT_EQ(d.duplicates[0].b, 2u);
  EXPECT_GT(d.duplicates[0].similarity, 0.5);
  EXPECT_LT(d.duplicates[0].similarity, 1.0);
}

TEST(Duplicates, IdenticalTextsAreSimilarityOne) {
  const Dossier d = analyze({{"a", fixtures::kFootball, {}, {}}, {"b", fixtures::kFootball, {}, {}}});
  ASSERT_EQ(d.duplicates.size(), 1u);
  EXPECT_DOUBLE_EQ(d.duplicates[0].similarity, 1.0);
}

// LSH must find (nearly) every pair the brute-force all-pairs comparison finds above threshold.
TEST(Duplicates, AgreesWithAllPairsReference) {
  std::mt19937 rng(3);
  std::uniform_int_distribution<uint32_t> any;
  std::vector<ArticleSummary> summaries;
  for (uint32_t family = 0; family < 40; ++family) {
    std::vector<uint32_t> base(300);
    for (auto& v : base) v = any(rng);
    for (uint32_t copy = 0; copy < 3; ++copy) {
      ArticleSummary s;
      s.doc = static_cast<uint32_t>(summaries.size());
      s.shingles = base;
      // Each copy replaces a random share (0 to 40%) of the shingles.
      const auto changed = std::uniform_int_distribution<size_t>(0, 120)(rng);
      for (size_t k = 0; k < changed; ++k) s.shingles[k * 2 % s.shingles.size()] = any(rng);
      std::sort(s.shingles.begin(), s.shingles.end());
      s.shingles.erase(std::unique(s.shingles.begin(), s.shingles.end()), s.shingles.end());
      s.minhash = minhash_signature(s.shingles);
      summaries.push_back(std::move(s));
    }
  }
  const DuplicateOptions options;
  const auto found = find_duplicates(summaries, options, 1);
  size_t reference = 0;
  for (size_t i = 0; i < summaries.size(); ++i) {
    for (size_t j = i + 1; j < summaries.size(); ++j) {
      reference += jaccard(summaries[i].shingles, summaries[j].shingles) >= options.threshold;
    }
  }
  ASSERT_GT(reference, 20u);
  EXPECT_GE(static_cast<double>(found.size()), 0.95 * static_cast<double>(reference));
  EXPECT_LE(found.size(), reference);
  for (const auto& dup : found) EXPECT_GE(dup.similarity, options.threshold);
}

}  // namespace
}  // namespace dossier::corpus
