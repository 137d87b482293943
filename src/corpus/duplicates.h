// Near-duplicate articles: wire copies and light rewrites, by MinHash LSH over word shingles and
// the exact Jaccard similarity of the candidate pairs, grouped by connection. Linear in the number
// of articles: a bounded number of candidates per article and band, and one group per text
// however many copies it has.
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

// Groups of articles joined by pairs whose shingle sets have Jaccard similarity >= threshold,
// ordered by representative. candidates, when given, receives the number of candidate pairs whose
// Jaccard was computed.
std::vector<DuplicateGroup> find_duplicates(std::span<const ArticleSummary> summaries,
                                            const DuplicateOptions& options, unsigned threads,
                                            uint64_t* candidates = nullptr);

// Two articles of one group, for scorers that count pairs.
struct DuplicatePair {
  uint32_t a = 0;  // a < b
  uint32_t b = 0;
};

// Every pair of articles within each group (a group of k articles gives k(k-1)/2 pairs): how a
// scorer of pairs reads the groups (docs/schema.md).
std::vector<DuplicatePair> expand_to_pairs(std::span<const DuplicateGroup> groups);

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_DUPLICATES_H_
