#include "corpus/tfidf.h"

#include <algorithm>
#include <cmath>

namespace dossier::corpus {
namespace {

bool by_key(const Weighted& a, const Weighted& b) { return a.key < b.key; }
bool heavier(const Weighted& a, const Weighted& b) {
  return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
}

void keep_heaviest(SparseVector& v, size_t keep) {
  if (v.size() > keep) {
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(keep), v.end(), heavier);
    v.resize(keep);
    std::sort(v.begin(), v.end(), by_key);
  }
}

void normalise(SparseVector& v) {
  const double n = norm(v);
  if (n <= 0) return;
  for (auto& e : v) e.weight = static_cast<float>(e.weight / n);
}

}  // namespace

// The idf of every corpus term is computed once: the stories and summaries ask for each many times.
Idf::Idf(const TermModel& model, std::span<const ArticleSummary> summaries) : model_(model) {
  std::unordered_map<uint64_t, uint32_t> corpus_df;
  for (const auto& summary : summaries) {
    for (const auto& t : summary.terms) ++corpus_df[t.term];
    for (const auto& e : summary.entities) ++entity_df_[e.key];
  }
  corpus_documents_ = static_cast<double>(summaries.size());
  documents_ = corpus_documents_ + model.background_documents();
  corpus_idf_.reserve(corpus_df.size());
  for (const auto& [term, df] : corpus_df) {
    corpus_idf_.emplace(term, weight(static_cast<double>(df) + model_.background_df(term)));
  }
}

// Entities have no background counts: a name that many articles of this corpus share, such as
// the country they are all about, tells their stories apart less than a rare one.
double Idf::entity(uint64_t key) const {
  const auto it = entity_df_.find(key);
  const double df = it == entity_df_.end() ? 0.0 : it->second;
  return std::log((corpus_documents_ + 1.0) / (df + 1.0)) + 1.0;
}

double Idf::operator()(uint64_t term) const {
  const auto it = corpus_idf_.find(term);
  if (it != corpus_idf_.end()) return it->second;
  return weight(0.0 + model_.background_df(term));
}

SparseVector tfidf_vector(std::span<const TermCount> terms, const Idf& idf, size_t keep) {
  SparseVector v;
  v.reserve(terms.size());
  for (const auto& t : terms) {
    v.push_back({t.term, static_cast<float>((1.0 + std::log(t.count)) * idf(t.term))});
  }
  keep_heaviest(v, keep);
  normalise(v);
  return v;
}

SparseVector entity_vector(std::span<const EntityCount> entities, const Idf& idf) {
  SparseVector v;
  v.reserve(entities.size());
  for (const auto& e : entities) {
    v.push_back({e.key, static_cast<float>((1.0 + std::log(e.count)) * idf.entity(e.key))});
  }
  normalise(v);
  return v;
}

double dot(std::span<const Weighted> a, std::span<const Weighted> b) {
  double sum = 0;
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].key < b[j].key) {
      ++i;
    } else if (b[j].key < a[i].key) {
      ++j;
    } else {
      sum += static_cast<double>(a[i].weight) * b[j].weight;
      ++i;
      ++j;
    }
  }
  return sum;
}

double norm(std::span<const Weighted> v) {
  double sum = 0;
  for (const auto& e : v) sum += static_cast<double>(e.weight) * e.weight;
  return std::sqrt(sum);
}

void add_truncated(SparseVector& a, std::span<const Weighted> b, float scale, size_t keep) {
  SparseVector merged;
  merged.reserve(a.size() + b.size());
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].key < b[j].key)) {
      merged.push_back(a[i++]);
    } else if (i == a.size() || b[j].key < a[i].key) {
      merged.push_back({b[j].key, scale * b[j].weight});
      ++j;
    } else {
      merged.push_back({a[i].key, a[i].weight + scale * b[j].weight});
      ++i;
      ++j;
    }
  }
  // Truncating only past half as much again amortises the selection over many additions.
  if (merged.size() > keep + keep / 2) keep_heaviest(merged, keep);
  a = std::move(merged);
}

}  // namespace dossier::corpus
