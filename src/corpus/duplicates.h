// Near-duplicate articles: wire copies and light rewrites, by MinHash LSH over word shingles and
// the exact Jaccard similarity of the candidate pairs. Near-linear in the number of articles.
#ifndef DOSSIER_CORPUS_DUPLICATES_H_
#define DOSSIER_CORPUS_DUPLICATES_H_

#include <span>
#include <vector>

#include "corpus/article_summary.h"
#include "dossier/corpus.h"

namespace dossier::corpus {

struct DuplicateOptions {
  double threshold = 0.3;   // least Jaccard similarity of the shingle sets
  size_t rows = 3;          // signature rows per LSH band (kMinHashSize / rows bands)
  size_t bucket_reach = 64; // within an LSH bucket, each article is paired with the next this many
};

// Pairs of articles whose shingle sets have Jaccard similarity >= threshold, a < b, sorted.
// candidates, when given, receives the number of candidate pairs whose Jaccard was computed.
std::vector<Duplicate> find_duplicates(std::span<const ArticleSummary> summaries,
                                       const DuplicateOptions& options, unsigned threads,
                                       uint64_t* candidates = nullptr);

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_DUPLICATES_H_
