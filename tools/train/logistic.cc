#include "train/logistic.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace dossier::train {
namespace {

double sigmoid(double z) { return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z)); }

// Solves H x = g for a symmetric positive definite H (Cholesky); H is overwritten.
std::vector<double> solve(std::vector<double>& h, std::vector<double> g, size_t n) {
  for (size_t j = 0; j < n; ++j) {
    double d = h[j * n + j];
    for (size_t k = 0; k < j; ++k) d -= h[j * n + k] * h[j * n + k];
    d = std::sqrt(std::max(d, 1e-12));
    h[j * n + j] = d;
    for (size_t i = j + 1; i < n; ++i) {
      double v = h[i * n + j];
      for (size_t k = 0; k < j; ++k) v -= h[i * n + k] * h[j * n + k];
      h[i * n + j] = v / d;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    for (size_t k = 0; k < i; ++k) g[i] -= h[i * n + k] * g[k];
    g[i] /= h[i * n + i];
  }
  for (size_t i = n; i-- > 0;) {
    for (size_t k = i + 1; k < n; ++k) g[i] -= h[k * n + i] * g[k];
    g[i] /= h[i * n + i];
  }
  return g;
}

}  // namespace

double LogisticModel::score(const std::vector<std::pair<std::string, float>>& features) const {
  double z = 0;
  for (const auto& [name, value] : features) {
    const auto it = weights.find(name);
    if (it != weights.end()) z += it->second * value;
  }
  return sigmoid(z);
}

LogisticModel fit_logistic(const std::vector<LogisticExample>& examples, double l2, int min_count,
                           const std::vector<std::string>& free) {
  std::map<std::string, int> counts;
  for (const LogisticExample& e : examples) {
    for (const auto& f : e.features) ++counts[f.first];
  }
  std::unordered_map<std::string, size_t> index;
  std::vector<std::string> names;
  for (const auto& [name, count] : counts) {
    if (count < min_count) continue;
    index.emplace(name, names.size());
    names.push_back(name);
  }
  const size_t n = names.size();
  // A tiny ridge on the free weights keeps the Hessian positive definite.
  std::vector<double> penalty(n, l2);
  for (size_t j = 0; j < n; ++j) {
    if (std::find(free.begin(), free.end(), names[j]) != free.end()) penalty[j] = 1e-6;
  }
  std::vector<std::vector<std::pair<size_t, double>>> rows;
  for (const LogisticExample& e : examples) {
    std::vector<std::pair<size_t, double>> row;
    for (const auto& [name, value] : e.features) {
      if (const auto it = index.find(name); it != index.end()) row.emplace_back(it->second, value);
    }
    rows.push_back(std::move(row));
  }
  std::vector<double> w(n, 0.0);
  const auto objective = [&](const std::vector<double>& v) {
    double f = 0;
    for (size_t j = 0; j < n; ++j) f += 0.5 * penalty[j] * v[j] * v[j];
    for (size_t i = 0; i < rows.size(); ++i) {
      double z = 0;
      for (const auto& [j, x] : rows[i]) z += v[j] * x;
      const double loss = (z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z))) - (examples[i].positive ? z : 0.0);
      f += examples[i].weight * loss;
    }
    return f;
  };
  double current = objective(w);
  // Newton steps with backtracking: the objective is strictly convex for l2 > 0.
  for (int iteration = 0; iteration < 50 && n > 0; ++iteration) {
    std::vector<double> g(n), h(n * n, 0.0);
    for (size_t j = 0; j < n; ++j) {
      g[j] = penalty[j] * w[j];
      h[j * n + j] = penalty[j];
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      double z = 0;
      for (const auto& [j, x] : rows[i]) z += w[j] * x;
      const double p = sigmoid(z);
      const double r = examples[i].weight * (p - (examples[i].positive ? 1.0 : 0.0));
      const double c = examples[i].weight * p * (1.0 - p);
      for (const auto& [j, x] : rows[i]) {
        g[j] += r * x;
        for (const auto& [k, y] : rows[i]) h[j * n + k] += c * x * y;
      }
    }
    const std::vector<double> step = solve(h, g, n);
    double t = 1.0;
    std::vector<double> next(n);
    double value = current;
    while (t > 1e-8) {
      for (size_t j = 0; j < n; ++j) next[j] = w[j] - t * step[j];
      value = objective(next);
      if (value <= current) break;
      t /= 2;
    }
    if (t <= 1e-8) break;
    w = next;
    const bool done = current - value < 1e-9 * (1.0 + std::fabs(current));
    current = value;
    if (done) break;
  }
  LogisticModel model;
  for (size_t j = 0; j < n; ++j) model.weights.emplace(names[j], w[j]);
  return model;
}

}  // namespace dossier::train
