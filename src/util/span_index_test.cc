#include "util/span_index.h"

#include <gtest/gtest.h>

#include <random>

namespace dossier::util {
namespace {

// The slow reference: every query answered by looking at every span.
struct BruteForce {
  const std::vector<Span>& spans;
  bool overlaps_any(Span q) const {
    return std::any_of(spans.begin(), spans.end(), [&](Span s) { return s.overlaps(q); });
  }
  bool contains_any(Span q) const {
    return std::any_of(spans.begin(), spans.end(), [&](Span s) { return s.contains(q); });
  }
  std::vector<uint32_t> overlapping(Span q) const {
    std::vector<uint32_t> out;
    for (uint32_t i = 0; i < spans.size(); ++i) {
      if (spans[i].overlaps(q)) out.push_back(i);
    }
    return out;
  }
  std::vector<uint32_t> within(Span q) const {
    std::vector<uint32_t> out;
    for (uint32_t i = 0; i < spans.size(); ++i) {
      if (q.contains(spans[i])) out.push_back(i);
    }
    return out;
  }
};

Span random_span(std::mt19937& rng, uint32_t limit, uint32_t max_size) {
  const uint32_t begin = std::uniform_int_distribution<uint32_t>(0, limit)(rng);
  const uint32_t size = std::uniform_int_distribution<uint32_t>(0, max_size)(rng);
  return {begin, begin + size};
}

TEST(SpanIndex, AgreesWithBruteForceOnRandomSpans) {
  std::mt19937 rng(20);
  for (int round = 0; round < 200; ++round) {
    const auto count = std::uniform_int_distribution<size_t>(0, 30)(rng);
    const uint32_t max_size = round % 2 == 0 ? 4 : 40;  // short disjoint-ish spans, then long nested ones
    std::vector<Span> spans;
    for (size_t i = 0; i < count; ++i) spans.push_back(random_span(rng, 100, max_size));
    const SpanIndex index(spans);
    const BruteForce reference{spans};
    for (int query = 0; query < 50; ++query) {
      const Span q = random_span(rng, 110, 20);
      EXPECT_EQ(index.overlaps_any(q), reference.overlaps_any(q));
      EXPECT_EQ(index.contains_any(q), reference.contains_any(q));
      EXPECT_EQ(index.overlapping(q), reference.overlapping(q));
      EXPECT_EQ(index.within(q), reference.within(q));
    }
  }
}

TEST(SpanIndex, EmptySpansFollowSpanSemantics) {
  const std::vector<Span> spans = {{5, 5}, {10, 20}};
  const SpanIndex index(spans);
  EXPECT_TRUE(index.overlaps_any({4, 6}));    // an empty span inside the query overlaps it
  EXPECT_FALSE(index.overlaps_any({5, 6}));   // but not one at its start
  EXPECT_TRUE(index.contains_any({12, 12}));
  EXPECT_EQ(index.within({0, 30}), (std::vector<uint32_t>{0, 1}));
  EXPECT_FALSE(SpanIndex().overlaps_any({0, 100}));
}

}  // namespace
}  // namespace dossier::util
