#include "eval/coref_scores.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace dossier::eval {
namespace {

CorefPrf prf(double num_p, double den_p, double num_r, double den_r) {
  CorefPrf out;
  out.p = den_p > 0 ? num_p / den_p : 0.0;
  out.r = den_r > 0 ? num_r / den_r : 0.0;
  out.f = out.p + out.r > 0 ? 2 * out.p * out.r / (out.p + out.r) : 0.0;
  return out;
}

std::unordered_map<uint32_t, size_t> where(const Clustering& clusters) {
  std::unordered_map<uint32_t, size_t> out;
  for (size_t i = 0; i < clusters.size(); ++i) {
    for (const uint32_t m : clusters[i]) out[m] = i;
  }
  return out;
}

std::pair<double, double> muc_side(const Clustering& a, const Clustering& b) {
  const auto in_b = where(b);
  double num = 0;
  double den = 0;
  for (const auto& c : a) {
    std::set<size_t> parts;
    double alone = 0;
    for (const uint32_t m : c) {
      const auto it = in_b.find(m);
      if (it == in_b.end()) {
        ++alone;
      } else {
        parts.insert(it->second);
      }
    }
    num += static_cast<double>(c.size()) - static_cast<double>(parts.size()) - alone;
    den += static_cast<double>(c.size()) - 1;
  }
  return {num, den};
}

std::pair<double, double> b3_side(const Clustering& a, const Clustering& b) {
  const auto in_b = where(b);
  double total = 0;
  double count = 0;
  for (const auto& c : a) {
    std::map<size_t, double> overlap;
    for (const uint32_t m : c) {
      if (const auto it = in_b.find(m); it != in_b.end()) overlap[it->second] += 1;
    }
    for (const auto& [cluster, n] : overlap) total += n * n / static_cast<double>(c.size());
    count += static_cast<double>(c.size());
  }
  return {total, count};
}

CorefPrf ceaf_e(const Clustering& key_in, const Clustering& resp_in) {
  Clustering key;
  Clustering resp;
  for (const auto& c : key_in) {
    if (!c.empty()) key.push_back(c);
  }
  for (const auto& c : resp_in) {
    if (!c.empty()) resp.push_back(c);
  }
  const auto in_resp = where(resp);
  std::vector<std::set<size_t>> adj_k(key.size());
  std::vector<std::set<size_t>> adj_r(resp.size());
  for (size_t i = 0; i < key.size(); ++i) {
    for (const uint32_t m : key[i]) {
      if (const auto it = in_resp.find(m); it != in_resp.end()) {
        adj_k[i].insert(it->second);
        adj_r[it->second].insert(i);
      }
    }
  }
  std::vector<bool> seen(key.size(), false);
  double total = 0;
  for (size_t start = 0; start < key.size(); ++start) {
    if (seen[start] || adj_k[start].empty()) continue;
    std::vector<size_t> ks;
    std::set<size_t> rs;
    std::vector<size_t> stack = {start};
    seen[start] = true;
    while (!stack.empty()) {
      const size_t i = stack.back();
      stack.pop_back();
      ks.push_back(i);
      for (const size_t j : adj_k[i]) {
        if (!rs.insert(j).second) continue;
        for (const size_t i2 : adj_r[j]) {
          if (!seen[i2]) {
            seen[i2] = true;
            stack.push_back(i2);
          }
        }
      }
    }
    std::vector<std::vector<double>> w(ks.size(), std::vector<double>(rs.size()));
    size_t col = 0;
    for (const size_t j : rs) {
      const std::set<uint32_t> r(resp[j].begin(), resp[j].end());
      for (size_t row = 0; row < ks.size(); ++row) {
        const auto& k = key[ks[row]];
        const double common = static_cast<double>(std::count_if(k.begin(), k.end(), [&](uint32_t m) { return r.contains(m); }));
        w[row][col] = 2 * common / static_cast<double>(k.size() + r.size());
      }
      ++col;
    }
    total += max_assignment(w);
  }
  return prf(total, static_cast<double>(resp.size()), total, static_cast<double>(key.size()));
}

}  // namespace

double max_assignment(const std::vector<std::vector<double>>& weights) {
  if (weights.empty() || weights[0].empty()) return 0.0;
  std::vector<std::vector<double>> w = weights;
  size_t n = w.size();
  size_t m = w[0].size();
  if (n > m) {
    std::vector<std::vector<double>> t(m, std::vector<double>(n));
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = 0; j < m; ++j) t[j][i] = w[i][j];
    }
    w = std::move(t);
    std::swap(n, m);
  }
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0.0);
  std::vector<double> v(m + 1, 0.0);
  std::vector<size_t> p(m + 1, 0);
  std::vector<size_t> way(m + 1, 0);
  for (size_t i = 1; i <= n; ++i) {
    p[0] = i;
    size_t j0 = 0;
    std::vector<double> minv(m + 1, inf);
    std::vector<bool> used(m + 1, false);
    do {
      used[j0] = true;
      const size_t i0 = p[j0];
      double delta = inf;
      size_t j1 = 0;
      for (size_t j = 1; j <= m; ++j) {
        if (used[j]) continue;
        const double cur = -w[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (size_t j = 0; j <= m; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  double total = 0;
  for (size_t j = 1; j <= m; ++j) {
    if (p[j] != 0) total += w[p[j] - 1][j - 1];
  }
  return total;
}

CorefScores coref_scores(const Clustering& key, const Clustering& response) {
  CorefScores out;
  const auto [rn, rd] = muc_side(key, response);
  const auto [pn, pd] = muc_side(response, key);
  out.muc = prf(pn, pd, rn, rd);
  const auto [brn, brd] = b3_side(key, response);
  const auto [bpn, bpd] = b3_side(response, key);
  out.b_cubed = prf(bpn, bpd, brn, brd);
  out.ceaf_e = ceaf_e(key, response);
  out.conll_f1 = (out.muc.f + out.b_cubed.f + out.ceaf_e.f) / 3;
  return out;
}

std::string format_prf(const CorefPrf& prf) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%6.2f %6.2f %6.2f", 100 * prf.p, 100 * prf.r, 100 * prf.f);
  return buffer;
}

}  // namespace dossier::eval
