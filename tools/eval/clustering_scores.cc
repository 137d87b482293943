#include "eval/clustering_scores.h"

#include <cstdio>
#include <map>

namespace dossier::eval {
namespace {

Prf prf(double num_p, double den_p, double num_r, double den_r) {
  Prf out;
  out.p = den_p > 0 ? num_p / den_p : 0.0;
  out.r = den_r > 0 ? num_r / den_r : 0.0;
  out.f = out.p + out.r > 0 ? 2 * out.p * out.r / (out.p + out.r) : 0.0;
  return out;
}

double pairs(double n) { return n * (n - 1) / 2; }

}  // namespace

ClusteringScores score_clustering(const std::vector<std::string>& gold,
                                  const std::vector<std::string>& system) {
  std::map<std::pair<std::string, std::string>, double> cells;
  std::map<std::string, double> s_size;
  std::map<std::string, double> g_size;
  for (size_t i = 0; i < gold.size(); ++i) {
    cells[{system[i], gold[i]}] += 1;
    s_size[system[i]] += 1;
    g_size[gold[i]] += 1;
  }
  double tp = 0, sp = 0, gp = 0, bp = 0, br = 0;
  for (const auto& [key, n] : cells) {
    tp += pairs(n);
    bp += n * n / s_size[key.first];
    br += n * n / g_size[key.second];
  }
  for (const auto& [label, n] : s_size) sp += pairs(n);
  for (const auto& [label, n] : g_size) gp += pairs(n);
  ClusteringScores out;
  out.pairwise = (sp == 0 && gp == 0) ? Prf{1, 1, 1} : prf(tp, sp, tp, gp);
  const auto n = static_cast<double>(gold.size());
  out.b_cubed = prf(bp, n, br, n);
  return out;
}

std::string format_prf(const Prf& v) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%6.2f %6.2f %6.2f", 100 * v.p, 100 * v.r, 100 * v.f);
  return buffer;
}

}  // namespace dossier::eval
