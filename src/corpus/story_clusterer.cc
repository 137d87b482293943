#include "corpus/story_clusterer.h"

#include <algorithm>
#include <cmath>

#include "util/hash.h"

namespace dossier::corpus {
namespace {

constexpr uint64_t kEntityKeySpace = 0x454e54;  // keeps entity keys apart from term keys
constexpr size_t kClusterEntities = 48;
constexpr size_t kClusterDays = 64;


// The article's heaviest terms, the ones it is indexed and queried under.
std::vector<uint64_t> leading_terms(const SparseVector& terms, size_t count) {
  std::vector<Weighted> sorted(terms.begin(), terms.end());
  const size_t keep = std::min(count, sorted.size());
  std::partial_sort(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(keep), sorted.end(),
                    [](const Weighted& a, const Weighted& b) { return a.weight > b.weight; });
  std::vector<uint64_t> keys;
  for (size_t i = 0; i < keep; ++i) keys.push_back(sorted[i].key);
  return keys;
}

// Days between a day and a cluster's span of days; 0 inside it or when either is unknown.
int64_t gap_days(const std::optional<int64_t>& day, const Cluster& cluster) {
  if (!day || !cluster.first_day) return 0;
  if (*day < *cluster.first_day) return *cluster.first_day - *day;
  if (*day > *cluster.last_day) return *day - *cluster.last_day;
  return 0;
}

}  // namespace

double StreamClusterer::similarity(const ArticleVector& article, const Cluster& cluster) const {
  const double centroid_norm = norm(cluster.centroid);
  double score = centroid_norm > 0 ? dot(article.terms, cluster.centroid) / centroid_norm : 0.0;
  if (!article.entities.empty() && !cluster.entities.empty()) {
    const double entity_cos = dot(article.entities, cluster.entities) / norm(cluster.entities);
    score = (1.0 - options_.entity_weight) * score + options_.entity_weight * entity_cos;
  }
  if (options_.day_penalty > 0 && !article.mentioned_days.empty() && !cluster.mentioned_days.empty() &&
      !days_meet(article.mentioned_days, cluster.mentioned_days, options_.day_tolerance)) {
    score -= options_.day_penalty;
  }
  const auto gap = static_cast<double>(gap_days(article.day, cluster));
  score -= options_.time_penalty * (1.0 - std::exp(-gap / options_.time_scale_days));
  return score;
}

std::vector<uint32_t> StreamClusterer::candidates(const ArticleVector& article) {
  ++stamp_;
  std::vector<uint32_t> found;
  const auto scan = [&](uint64_t key) {
    const auto it = postings_.find(key);
    if (it == postings_.end()) return;
    const auto& list = it->second;
    const size_t from = list.size() > options_.posting_scan ? list.size() - options_.posting_scan : 0;
    for (size_t i = list.size(); i-- > from;) {
      const uint32_t c = list[i];
      if (seen_[c] == stamp_) continue;
      seen_[c] = stamp_;
      if (gap_days(article.day, clusters_[c]) > options_.window_days) continue;
      found.push_back(c);
    }
  };
  for (const uint64_t term : leading_terms(article.terms, options_.index_terms)) scan(term);
  for (const auto& e : article.entities) scan(e.key ^ kEntityKeySpace);
  return found;
}

void StreamClusterer::index(uint64_t key, uint32_t cluster) {
  auto& list = postings_[key];
  if (list.empty() || list.back() != cluster) list.push_back(cluster);
}

void StreamClusterer::join(uint32_t c, const ArticleVector& article) {
  Cluster& cluster = clusters_[c];
  cluster.members.push_back(article.id);
  add_truncated(cluster.centroid, article.terms, 1.0f, options_.centroid_terms);
  add_truncated(cluster.entities, article.entities, 1.0f, kClusterEntities);
  if (article.day) {
    cluster.first_day = cluster.first_day ? std::min(*cluster.first_day, *article.day) : *article.day;
    cluster.last_day = cluster.last_day ? std::max(*cluster.last_day, *article.day) : *article.day;
  }
  for (const uint64_t term : leading_terms(article.terms, options_.index_terms)) index(term, c);
  for (const auto& e : article.entities) index(e.key ^ kEntityKeySpace, c);
  if (cluster.mentioned_days.size() < kClusterDays && !article.mentioned_days.empty()) {
    auto& days = cluster.mentioned_days;
    days.insert(days.end(), article.mentioned_days.begin(), article.mentioned_days.end());
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
  }
}

uint32_t StreamClusterer::add(const ArticleVector& article) {
  uint32_t best = 0;
  double best_score = -1.0;
  for (const uint32_t c : candidates(article)) {
    ++comparisons_;
    const double score = similarity(article, clusters_[c]);
    if (score > best_score) {
      best_score = score;
      best = c;
    }
  }
  if (best_score < options_.threshold) {
    best = static_cast<uint32_t>(clusters_.size());
    clusters_.emplace_back();
    seen_.push_back(0);
  }
  join(best, article);
  return best;
}

}  // namespace dossier::corpus

namespace dossier::corpus {
namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    for (size_t i = 0; i < n; ++i) parent_[i] = static_cast<uint32_t>(i);
  }
  uint32_t find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(uint32_t a, uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<uint32_t> parent_;
};

double cosine(const SparseVector& a, const SparseVector& b) {
  const double na = norm(a);
  const double nb = norm(b);
  return na > 0 && nb > 0 ? dot(a, b) / (na * nb) : 0.0;
}

}  // namespace

bool days_meet(const std::vector<int64_t>& a, const std::vector<int64_t>& b, int64_t tolerance) {
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] + tolerance < b[j]) {
      ++i;
    } else if (b[j] + tolerance < a[i]) {
      ++j;
    } else {
      return true;
    }
  }
  return false;
}

std::vector<Cluster> merge_clusters(std::vector<Cluster> clusters, const ClusterOptions& options,
                                    double threshold, size_t reach) {
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  for (uint32_t c = 0; c < clusters.size(); ++c) {
    for (const uint64_t term : leading_terms(clusters[c].centroid, options.index_terms)) {
      postings[term].push_back(c);
    }
  }
  UnionFind sets(clusters.size());
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& [term, list] : postings) {
    for (size_t i = 0; i < list.size(); ++i) {
      for (size_t j = i + 1; j < list.size() && j <= i + reach; ++j) pairs.emplace_back(list[i], list[j]);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (const auto& [a, b] : pairs) {
    const Cluster& x = clusters[a];
    const Cluster& y = clusters[b];
    double score = cosine(x.centroid, y.centroid);
    if (!x.entities.empty() && !y.entities.empty()) {
      score = (1 - options.entity_weight) * score + options.entity_weight * cosine(x.entities, y.entities);
    }
    const auto gap = static_cast<double>(x.first_day && y.first_day
                                             ? std::max<int64_t>({0, *y.first_day - *x.last_day,
                                                                  *x.first_day - *y.last_day})
                                             : 0);
    score -= options.time_penalty * (1.0 - std::exp(-gap / options.time_scale_days));
    if (score >= threshold) sets.unite(a, b);
  }
  std::vector<Cluster> merged;
  std::vector<int64_t> slot(clusters.size(), -1);
  for (uint32_t c = 0; c < clusters.size(); ++c) {
    const uint32_t root = sets.find(c);
    if (slot[root] < 0) {
      slot[root] = static_cast<int64_t>(merged.size());
      merged.push_back(std::move(clusters[c]));
      continue;
    }
    Cluster& into = merged[static_cast<size_t>(slot[root])];
    Cluster& from = clusters[c];
    into.members.insert(into.members.end(), from.members.begin(), from.members.end());
    add_truncated(into.centroid, from.centroid, 1.0f, options.centroid_terms);
    add_truncated(into.entities, from.entities, 1.0f, kClusterEntities);
    if (from.first_day) {
      into.first_day = into.first_day ? std::min(*into.first_day, *from.first_day) : from.first_day;
      into.last_day = into.last_day ? std::max(*into.last_day, *from.last_day) : from.last_day;
    }
    into.mentioned_days.insert(into.mentioned_days.end(), from.mentioned_days.begin(), from.mentioned_days.end());
    std::sort(into.mentioned_days.begin(), into.mentioned_days.end());
    into.mentioned_days.erase(std::unique(into.mentioned_days.begin(), into.mentioned_days.end()),
                              into.mentioned_days.end());
  }
  return merged;
}

}  // namespace dossier::corpus
