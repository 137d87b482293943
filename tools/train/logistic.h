// L2-regularised logistic regression over sparse named features, fitted by Newton's method (the
// models trained here have a few hundred features and a few thousand examples).
#ifndef DOSSIER_TOOLS_TRAIN_LOGISTIC_H_
#define DOSSIER_TOOLS_TRAIN_LOGISTIC_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace dossier::train {

struct LogisticExample {
  std::vector<std::pair<std::string, float>> features;
  bool positive = false;
  double weight = 1.0;
};

struct LogisticModel {
  std::map<std::string, double> weights;  // "bias" is a feature like any other
  double score(const std::vector<std::pair<std::string, float>>& features) const;  // probability
};

// Minimises sum_i weight_i * logloss_i + l2 / 2 * |w|^2 over the weights of the features not named
// in `free` (those are not penalised: a bias, a prior the other features correct); features seen
// fewer than min_count times get no weight.
LogisticModel fit_logistic(const std::vector<LogisticExample>& examples, double l2, int min_count = 1,
                           const std::vector<std::string>& free = {});

}  // namespace dossier::train

#endif  // DOSSIER_TOOLS_TRAIN_LOGISTIC_H_
