// Streaming clustering of articles into stories, in the spirit of Miranda et al. (EMNLP 2018):
// articles arrive in time order; each joins the most similar story among a bounded set of
// candidates found through an inverted index (recent stories sharing a leading term or an entity),
// or starts a new one. Similarity: TF-IDF cosine to the story centroid, entity-vector cosine, and
// time proximity. Cost per article is bounded, so the whole is linear in the number of articles.
#ifndef DOSSIER_CORPUS_STORY_CLUSTERER_H_
#define DOSSIER_CORPUS_STORY_CLUSTERER_H_

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "corpus/tfidf.h"

namespace dossier::corpus {

struct ClusterOptions {
  double threshold = 0.3;        // least similarity to join a cluster
  double entity_weight = 0.3;    // share of the entity cosine when both sides name entities
  double time_penalty = 0.15;    // most taken off the similarity for a distant date
  double time_scale_days = 7;    // gap at which ~63% of time_penalty applies
  int64_t window_days = 60;      // clusters quiet for longer than this are not candidates
  // Taken off when article and cluster both name calendar days in their text and none of the
  // article's lies within day_tolerance of the cluster's (two visits a year apart); 0 disables.
  double day_penalty = 0;
  int64_t day_tolerance = 2;
  size_t centroid_terms = 128;   // terms kept in a cluster centroid
  size_t index_terms = 10;       // leading terms of an article indexed and queried
  size_t posting_scan = 256;     // most recent entries of a posting list scanned per query
};

// What the clusterer knows of an article.
struct ArticleVector {
  uint32_t id = 0;              // caller's index
  std::optional<int64_t> day;   // days since 1970-01-01
  SparseVector terms;           // normalised TF-IDF
  SparseVector entities;        // normalised entity counts
  std::vector<int64_t> mentioned_days;  // sorted calendar days named in the text
};

struct Cluster {
  std::vector<uint32_t> members;  // ArticleVector::id, in arrival order
  SparseVector centroid;          // sum of member term vectors, truncated
  SparseVector entities;          // sum of member entity vectors, truncated
  std::vector<int64_t> mentioned_days;  // sorted days named by members, bounded
  std::optional<int64_t> first_day;
  std::optional<int64_t> last_day;
};

// True when some day of a lies within tolerance of some day of b (both sorted).
bool days_meet(const std::vector<int64_t>& a, const std::vector<int64_t>& b, int64_t tolerance);

// Merges clusters whose centroids have cosine >= threshold (with entity and time terms as in
// StreamClusterer::similarity), finding candidates through their leading centroid terms.
// Near-linear: each cluster is compared with at most `reach` others per shared term.
std::vector<Cluster> merge_clusters(std::vector<Cluster> clusters, const ClusterOptions& options,
                                    double threshold, size_t reach = 64);

class StreamClusterer {
 public:
  explicit StreamClusterer(ClusterOptions options) : options_(options) {}
  // Adds an article (arriving in time order) and returns the index of its cluster.
  uint32_t add(const ArticleVector& article);
  // The similarity of an article to a cluster (for tests and diagnostics).
  double similarity(const ArticleVector& article, const Cluster& cluster) const;
  const std::vector<Cluster>& clusters() const { return clusters_; }
  // Article-cluster similarities computed so far (the cost that the candidate bound limits).
  uint64_t comparisons() const { return comparisons_; }
  std::vector<Cluster> take_clusters() { return std::move(clusters_); }

 private:
  std::vector<uint32_t> candidates(const ArticleVector& article);
  void index(uint64_t key, uint32_t cluster);
  void join(uint32_t cluster, const ArticleVector& article);

  ClusterOptions options_;
  std::vector<Cluster> clusters_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings_;
  std::vector<uint32_t> seen_;  // per cluster: stamp of the last query that found it
  uint32_t stamp_ = 0;
  uint64_t comparisons_ = 0;
};

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_STORY_CLUSTERER_H_
