// The reliability of a confidence: how often items scored p turn out right, shared by the
// trainer (held-apart slice) and the evaluator (dev).
#ifndef DOSSIER_TOOLS_DATA_RELIABILITY_H_
#define DOSSIER_TOOLS_DATA_RELIABILITY_H_

#include <ostream>
#include <utility>
#include <vector>

namespace dossier::data {

// (confidence, right) per item: ten bins with mean confidence against the observed rate, the
// expected calibration error, and the precision and recall of keeping the items at or above
// each threshold from 0.1 to 0.9.
void print_reliability(std::ostream& out, const std::vector<std::pair<float, bool>>& items);

}  // namespace dossier::data

#endif  // DOSSIER_TOOLS_DATA_RELIABILITY_H_
