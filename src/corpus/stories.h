// Stories (articles that tell the same story) and, within each, the groups of reports of one
// real-world event. Works on article summaries only.
#ifndef DOSSIER_CORPUS_STORIES_H_
#define DOSSIER_CORPUS_STORIES_H_

#include <span>
#include <vector>

#include "corpus/article_summary.h"
#include "corpus/story_clusterer.h"
#include "corpus/tfidf.h"
#include "dossier/corpus.h"

namespace dossier::corpus {

struct StoryOptions {
  ClusterOptions story{.threshold = 0.15};  // tuned on ECB+ train topics
  // Same event: the same actors, place and date, so entities and time weigh more.
  ClusterOptions event{.threshold = 0.25,
                       .entity_weight = 0.5,
                       .time_penalty = 0.4,
                       .time_scale_days = 2,
                       .window_days = 10,
                       .day_penalty = 0.3};
  double merge_threshold = 0.25;  // stories whose centroids are this similar are merged; > 1 disables
  size_t vector_terms = 64;  // terms kept in an article's TF-IDF vector
  size_t label_entities = 3;
  size_t label_terms = 3;
};

// The order articles arrive in: by date, undated articles keeping their place in the input.
std::vector<uint32_t> arrival_order(std::span<const ArticleSummary> summaries);

// The article vectors of the summaries (ids are indices into summaries).
std::vector<ArticleVector> article_vectors(std::span<const ArticleSummary> summaries, const Idf& idf,
                                           size_t vector_terms);

// Work counters of build_stories, for benchmarks.
struct StoryStats {
  uint64_t comparisons = 0;  // article-story similarities computed while streaming
};

// Stories with id, label, documents in time order and events; summaries left empty.
// Largest stories first; an article that shares its story with no other is a story of one.
std::vector<Story> build_stories(std::span<const ArticleSummary> summaries, const Idf& idf,
                                 const StoryOptions& options, StoryStats* stats = nullptr);

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_STORIES_H_
