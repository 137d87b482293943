// Coreference metrics as /work/shared/eval/eval_ecbplus.py computes them: MUC (Vilain et al.
// 1995), B-cubed over differing mention sets (Bagga & Baldwin 1998), entity CEAF (Luo 2005,
// phi4, optimal alignment per connected component) and their mean, the CoNLL F1.
#ifndef DOSSIER_TOOLS_EVAL_COREF_SCORES_H_
#define DOSSIER_TOOLS_EVAL_COREF_SCORES_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dossier::eval {

struct CorefPrf {
  double p = 0;
  double r = 0;
  double f = 0;
};

struct CorefScores {
  CorefPrf muc;
  CorefPrf b_cubed;
  CorefPrf ceaf_e;
  double conll_f1 = 0;
};

using Clustering = std::vector<std::vector<uint32_t>>;  // clusters of mention ids

// Key (gold) and response clusters may hold different mentions.
CorefScores coref_scores(const Clustering& key, const Clustering& response);
// Maximum total weight of a one-to-one assignment in a non-negative matrix (Hungarian method).
double max_assignment(const std::vector<std::vector<double>>& weights);
// "P R F1" in percent, two decimals each.
std::string format_prf(const CorefPrf& prf);

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_COREF_SCORES_H_
