#include "corpus/stories.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "corpus/same_event.h"
#include "text/fold.h"

namespace dossier::corpus {
namespace {

int64_t day_or(const std::optional<int64_t>& day, int64_t fallback) { return day ? *day : fallback; }

class Labeller {
 public:
  Labeller(std::span<const ArticleSummary> summaries, const StoryOptions& options)
      : summaries_(summaries), options_(options) {}

  std::string label(const Cluster& cluster) {
    names_.clear();
    std::unordered_map<uint64_t, float> entity_mass;
    for (const uint32_t m : cluster.members) {
      for (const auto& n : summaries_[m].names) names_.try_emplace(n.key, n.name);
      for (const auto& e : summaries_[m].entities) entity_mass[e.key] += e.count;
    }
    std::vector<std::string> parts;
    for (const uint64_t key : heaviest(entity_mass, options_.label_entities)) add_name(parts, key);
    const size_t entity_parts = parts.size();
    std::unordered_map<uint64_t, float> term_mass;
    for (const auto& t : cluster.centroid) term_mass[t.key] = t.weight;
    for (const uint64_t key : heaviest(term_mass, term_mass.size())) {
      if (parts.size() - entity_parts >= options_.label_terms) break;
      add_name(parts, key);
    }
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
      if (i > 0) out += (i == entity_parts ? "; " : ", ");
      out += parts[i];
    }
    return out;
  }

 private:
  static std::vector<uint64_t> heaviest(const std::unordered_map<uint64_t, float>& mass, size_t n) {
    std::vector<std::pair<float, uint64_t>> ranked;
    for (const auto& [key, weight] : mass) ranked.emplace_back(-weight, key);
    std::sort(ranked.begin(), ranked.end());
    std::vector<uint64_t> keys;
    for (size_t i = 0; i < ranked.size() && i < n; ++i) keys.push_back(ranked[i].second);
    return keys;
  }

  // Adds the readable name of a key unless unknown or already said by a longer part.
  void add_name(std::vector<std::string>& parts, uint64_t key) {
    const auto it = names_.find(key);
    if (it == names_.end()) return;
    for (const auto& p : parts) {
      if (p.size() >= it->second.size() && text::fold_case(p).find(text::fold_case(it->second)) != std::string::npos) {
        return;
      }
    }
    parts.push_back(it->second);
  }

  std::span<const ArticleSummary> summaries_;
  const StoryOptions& options_;
  std::unordered_map<uint64_t, std::string> names_;
};

}  // namespace

std::vector<uint32_t> arrival_order(std::span<const ArticleSummary> summaries) {
  std::vector<int64_t> day(summaries.size());
  int64_t carried = INT64_MIN;
  for (size_t i = 0; i < summaries.size(); ++i) {
    carried = day_or(summaries[i].day, carried);
    day[i] = carried;
  }
  std::vector<uint32_t> order(summaries.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return day[a] < day[b]; });
  return order;
}

std::vector<ArticleVector> article_vectors(std::span<const ArticleSummary> summaries, const Idf& idf,
                                           size_t vector_terms) {
  std::vector<ArticleVector> vectors(summaries.size());
  for (uint32_t i = 0; i < summaries.size(); ++i) {
    vectors[i].id = i;
    vectors[i].day = summaries[i].day;
    vectors[i].terms = tfidf_vector(summaries[i].terms, idf, vector_terms);
    vectors[i].entities = entity_vector(summaries[i].entities, idf);
    vectors[i].mentioned_days = summaries[i].mentioned_days;
  }
  return vectors;
}

std::vector<Story> build_stories(std::span<const ArticleSummary> summaries, const Idf& idf,
                                 const StoryOptions& options, StoryStats* stats) {
  const auto vectors = article_vectors(summaries, idf, options.vector_terms);
  StreamClusterer clusterer(options.story);
  for (const uint32_t i : arrival_order(summaries)) clusterer.add(vectors[i]);
  if (stats != nullptr) stats->comparisons = clusterer.comparisons();
  std::vector<Cluster> clusters = clusterer.take_clusters();
  if (options.merge_threshold <= 1.0) {
    clusters = merge_clusters(std::move(clusters), options.story, options.merge_threshold);
  }
  std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) {
    return a.members.size() > b.members.size();
  });
  Labeller labeller(summaries, options);
  std::vector<Story> stories;
  stories.reserve(clusters.size());
  for (const auto& cluster : clusters) {
    Story story;
    story.id = "S" + std::to_string(stories.size() + 1);
    story.label = labeller.label(cluster);
    std::vector<uint32_t> members = cluster.members;
    std::stable_sort(members.begin(), members.end(), [&](uint32_t a, uint32_t b) {
      return day_or(summaries[a].day, INT64_MIN) < day_or(summaries[b].day, INT64_MIN);
    });
    for (const uint32_t m : members) story.documents.push_back(summaries[m].doc);
    for (const auto& group : group_events(members, vectors, options.event)) {
      std::vector<uint32_t> docs;
      for (const uint32_t m : group) docs.push_back(summaries[m].doc);
      story.events.push_back(std::move(docs));
    }
    stories.push_back(std::move(story));
  }
  return stories;
}

}  // namespace dossier::corpus
