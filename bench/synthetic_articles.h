// Synthetic news for scale benchmarks: a vocabulary made from a seed, stories with their own
// topic words, names and dates, articles drawn from them, and a share of near-copies.
#ifndef DOSSIER_BENCH_SYNTHETIC_ARTICLES_H_
#define DOSSIER_BENCH_SYNTHETIC_ARTICLES_H_

#include <cstdint>
#include <vector>

#include "dossier/document.h"

namespace dossier::bench {

struct SyntheticOptions {
  size_t articles = 1000;
  size_t articles_per_story = 20;  // on average; story sizes are skewed
  size_t vocabulary = 40000;
  size_t min_words = 150;
  size_t max_words = 600;
  double copy_share = 0.05;        // articles that are light edits of an earlier one
  uint64_t seed = 1;
};

// Articles with id, text and date; no layer added.
std::vector<Document> make_synthetic_articles(const SyntheticOptions& options);

}  // namespace dossier::bench

#endif  // DOSSIER_BENCH_SYNTHETIC_ARTICLES_H_
