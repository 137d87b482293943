// TF-IDF vectors of content terms over the hashed vocabulary, with document frequencies from the
// background model and the corpus itself, so that five articles and five million are both weighted.
#ifndef DOSSIER_CORPUS_TFIDF_H_
#define DOSSIER_CORPUS_TFIDF_H_

#include <cmath>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "corpus/article_summary.h"
#include "corpus/term_model.h"

namespace dossier::corpus {

struct Weighted {
  uint64_t key = 0;
  float weight = 0;
};

// A sparse vector: entries sorted by key, distinct keys.
using SparseVector = std::vector<Weighted>;

class Idf {
 public:
  // Counts the corpus's own document frequencies from the summaries.
  Idf(const TermModel& model, std::span<const ArticleSummary> summaries);
  // log((N + 1) / (df + 1)) + 1 over background and corpus documents together.
  double operator()(uint64_t term) const;
  // log((n + 1) / (df + 1)) + 1 of an entity key over the corpus's n documents.
  double entity(uint64_t key) const;

 private:
  double weight(double df) const { return std::log((documents_ + 1.0) / (df + 1.0)) + 1.0; }

  const TermModel& model_;
  std::unordered_map<uint64_t, double> corpus_idf_;  // of every term some summary holds
  std::unordered_map<uint64_t, uint32_t> entity_df_;
  double documents_ = 0;
  double corpus_documents_ = 0;
};

// The L2-normalised TF-IDF vector (sub-linear tf) of the article's `keep` heaviest terms.
SparseVector tfidf_vector(std::span<const TermCount> terms, const Idf& idf, size_t keep);

// The L2-normalised vector of an article's entity counts (sub-linear tf) times their corpus idf.
SparseVector entity_vector(std::span<const EntityCount> entities, const Idf& idf);

double dot(std::span<const Weighted> a, std::span<const Weighted> b);
double norm(std::span<const Weighted> v);

// a += scale * b; when a then holds over 1.5 * keep entries, only the `keep` heaviest stay.
void add_truncated(SparseVector& a, std::span<const Weighted> b, float scale, size_t keep);

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_TFIDF_H_
