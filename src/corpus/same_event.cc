#include "corpus/same_event.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace dossier::corpus {
namespace {

std::vector<std::vector<uint32_t>> streaming_groups(const std::vector<uint32_t>& members,
                                                    std::span<const ArticleVector> vectors,
                                                    const ClusterOptions& options) {
  StreamClusterer clusterer(options);
  for (const uint32_t m : members) clusterer.add(vectors[m]);
  std::vector<std::vector<uint32_t>> groups;
  for (const auto& cluster : clusterer.clusters()) groups.push_back(cluster.members);
  return groups;
}

}  // namespace

double report_similarity(const ArticleVector& a, const ArticleVector& b, const ClusterOptions& options) {
  double score = dot(a.terms, b.terms);
  if (!a.entities.empty() && !b.entities.empty()) {
    score = (1 - options.entity_weight) * score + options.entity_weight * dot(a.entities, b.entities);
  }
  if (options.day_penalty > 0 && !a.mentioned_days.empty() && !b.mentioned_days.empty() &&
      !days_meet(a.mentioned_days, b.mentioned_days, options.day_tolerance)) {
    score -= options.day_penalty;
  }
  if (a.day && b.day) {
    if (std::abs(*a.day - *b.day) > options.window_days) return -1.0;  // too far apart in time
    const auto gap = static_cast<double>(std::abs(*a.day - *b.day));
    score -= options.time_penalty * (1.0 - std::exp(-gap / options.time_scale_days));
  }
  return score;
}

std::vector<std::vector<uint32_t>> group_events(const std::vector<uint32_t>& members,
                                                std::span<const ArticleVector> vectors,
                                                const ClusterOptions& options, size_t exact_limit) {
  const size_t n = members.size();
  if (n > exact_limit) return streaming_groups(members, vectors, options);
  // Average link: sum[i][j] holds the summed pairwise similarity of groups i and j.
  std::vector<std::vector<double>> sum(n, std::vector<double>(n, 0.0));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      sum[i][j] = sum[j][i] = report_similarity(vectors[members[i]], vectors[members[j]], options);
    }
  }
  std::vector<std::vector<uint32_t>> groups(n);
  for (size_t i = 0; i < n; ++i) groups[i] = {members[i]};
  std::vector<bool> alive(n, true);
  for (;;) {
    double best = options.threshold;
    size_t bi = n;
    size_t bj = n;
    for (size_t i = 0; i < n; ++i) {
      if (!alive[i]) continue;
      for (size_t j = i + 1; j < n; ++j) {
        if (!alive[j]) continue;
        const double average = sum[i][j] / static_cast<double>(groups[i].size() * groups[j].size());
        if (average >= best) {
          best = average;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi == n) break;
    groups[bi].insert(groups[bi].end(), groups[bj].begin(), groups[bj].end());
    groups[bj].clear();
    alive[bj] = false;
    for (size_t k = 0; k < n; ++k) {
      sum[bi][k] += sum[bj][k];
      sum[k][bi] = sum[bi][k];
    }
  }
  std::unordered_map<uint32_t, size_t> rank;
  for (size_t i = 0; i < n; ++i) rank.emplace(members[i], i);
  std::vector<std::vector<uint32_t>> out;
  for (size_t i = 0; i < n; ++i) {
    if (!alive[i]) continue;
    std::sort(groups[i].begin(), groups[i].end(), [&](uint32_t a, uint32_t b) { return rank[a] < rank[b]; });
    out.push_back(std::move(groups[i]));
  }
  return out;
}

}  // namespace dossier::corpus
