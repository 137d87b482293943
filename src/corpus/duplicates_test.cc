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
  EXPECT_EQ(d.duplicates[0].representative, 0u);
  ASSERT_EQ(d.duplicates[0].copies.size(), 1u);
  EXPECT_EQ(d.duplicates[0].copies[0].doc, 2u);
  EXPECT_GT(d.duplicates[0].copies[0].similarity, 0.5);
  EXPECT_LT(d.duplicates[0].copies[0].similarity, 1.0);
}

TEST(Duplicates, IdenticalTextsAreSimilarityOne) {
  const Dossier d = analyze({{"a", fixtures::kFootball, {}, {}}, {"b", fixtures::kFootball, {}, {}}});
  ASSERT_EQ(d.duplicates.size(), 1u);
  ASSERT_EQ(d.duplicates[0].copies.size(), 1u);
  EXPECT_DOUBLE_EQ(d.duplicates[0].copies[0].similarity, 1.0);
}

std::vector<uint32_t> random_shingles(std::mt19937& rng, size_t n) {
  std::uniform_int_distribution<uint32_t> any;
  std::vector<uint32_t> out(n);
  for (auto& v : out) v = any(rng);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

ArticleSummary summary_of(std::vector<uint32_t> shingles, uint32_t doc) {
  ArticleSummary s;
  s.doc = doc;
  s.shingles = std::move(shingles);
  s.minhash = minhash_signature(s.shingles);
  return s;
}

// 20,000 copies of one text are one group (as pairs they were 200 million), found with a number
// of comparisons linear in the copies.
TEST(Duplicates, ManyCopiesAreOneGroupInLinearWork) {
  std::mt19937 rng(5);
  const auto text = random_shingles(rng, 200);
  std::vector<ArticleSummary> summaries;
  summaries.push_back(summary_of(random_shingles(rng, 200), 0));
  for (uint32_t i = 1; i <= 20000; ++i) summaries.push_back(summary_of(text, i));
  uint64_t compared = 0;
  const auto groups = find_duplicates(summaries, DuplicateOptions{}, 2, &compared);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].representative, 1u);
  EXPECT_EQ(groups[0].copies.size(), 19999u);
  EXPECT_EQ(groups[0].copies.back().doc, 20000u);
  EXPECT_DOUBLE_EQ(groups[0].copies[0].similarity, 1.0);
  EXPECT_LT(compared, 2u * 20000);
}

TEST(Duplicates, GroupsExpandToEveryPairWithin) {
  const std::vector<DuplicateGroup> groups = {{2, {{5, 0.9}, {7, 0.4}}}, {3, {{4, 1.0}}}};
  const auto pairs = expand_to_pairs(groups);
  std::vector<std::pair<uint32_t, uint32_t>> got;
  for (const auto& p : pairs) got.emplace_back(p.a, p.b);
  EXPECT_EQ(got, (std::vector<std::pair<uint32_t, uint32_t>>{{2, 5}, {2, 7}, {5, 7}, {3, 4}}));
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
  const auto groups = find_duplicates(summaries, options, 1);
  // The reference: every pair at or above the threshold, joined transitively.
  std::vector<uint32_t> root(summaries.size());
  for (uint32_t i = 0; i < root.size(); ++i) root[i] = i;
  const auto find = [&](uint32_t x) {
    while (root[x] != x) x = root[x];
    return x;
  };
  size_t reference_pairs = 0;
  for (uint32_t i = 0; i < summaries.size(); ++i) {
    for (uint32_t j = i + 1; j < summaries.size(); ++j) {
      if (jaccard(summaries[i].shingles, summaries[j].shingles) < options.threshold) continue;
      ++reference_pairs;
      const uint32_t a = find(i), b = find(j);
      root[std::max(a, b)] = std::min(a, b);
    }
  }
  size_t reference_members = 0;
  for (uint32_t i = 0; i < summaries.size(); ++i) reference_members += find(i) != i;
  size_t members = 0;
  for (const auto& group : groups) {
    for (const auto& copy : group.copies) {
      ++members;
      EXPECT_EQ(find(copy.doc), find(group.representative));
    }
  }
  ASSERT_GT(reference_pairs, 20u);
  EXPECT_GE(static_cast<double>(members), 0.95 * static_cast<double>(reference_members));
  EXPECT_LE(members, reference_members);
}

}  // namespace
}  // namespace dossier::corpus
