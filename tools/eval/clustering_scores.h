// Pairwise and B-cubed precision, recall and F1 of a clustering of items against gold labels, as
// doc_cluster_scores of /work/shared/eval/eval_ecbplus.py computes them.
#ifndef DOSSIER_TOOLS_EVAL_CLUSTERING_SCORES_H_
#define DOSSIER_TOOLS_EVAL_CLUSTERING_SCORES_H_

#include <string>
#include <vector>

namespace dossier::eval {

struct Prf {
  double p = 0;
  double r = 0;
  double f = 0;
};

struct ClusteringScores {
  Prf pairwise;
  Prf b_cubed;
};

// gold[i] and system[i] are the labels of item i.
ClusteringScores score_clustering(const std::vector<std::string>& gold,
                                  const std::vector<std::string>& system);

// "P R F1" in percent with two decimals.
std::string format_prf(const Prf& prf);

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_CLUSTERING_SCORES_H_
