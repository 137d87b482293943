#include "entities/references.h"

#include <gtest/gtest.h>

#include <random>

namespace dossier::entities {
namespace {

// The slow reference: the scan LatestMention replaces.
int32_t scan_latest(const std::vector<Mention>& mentions, const std::vector<int32_t>& groups, int32_t group,
                    uint32_t token) {
  int32_t best = -1;
  for (uint32_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].first_token + mentions[m].token_count > token) break;
    if (groups[m] == group) best = static_cast<int32_t>(m);
  }
  return best;
}

TEST(LatestMention, AgreesWithTheScanOnRandomMentions) {
  std::mt19937 rng(20);
  for (int round = 0; round < 100; ++round) {
    std::vector<Mention> mentions;
    std::vector<int32_t> groups;
    uint32_t token = 0;
    const auto count = std::uniform_int_distribution<int>(0, 25)(rng);
    for (int i = 0; i < count; ++i) {
      Mention m;
      // In text order; some nested in the one before ("the [Bank of [England]]").
      token += std::uniform_int_distribution<uint32_t>(0, 3)(rng);
      m.first_token = token;
      m.token_count = std::uniform_int_distribution<uint32_t>(1, 4)(rng);
      mentions.push_back(m);
      groups.push_back(std::uniform_int_distribution<int32_t>(-1, 3)(rng));
    }
    const LatestMention latest(mentions, groups);
    for (int32_t group = 0; group <= 4; ++group) {
      for (uint32_t t = 0; t <= token + 5; ++t) {
        EXPECT_EQ(latest.before(group, t), scan_latest(mentions, groups, group, t)) << "group " << group << " token " << t;
      }
    }
  }
}

}  // namespace
}  // namespace dossier::entities
