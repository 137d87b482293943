#include "data/reliability.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iomanip>

namespace dossier::data {

void print_reliability(std::ostream& out, const std::vector<std::pair<float, bool>>& items) {
  constexpr size_t kBins = 10;
  std::array<double, kBins> sum_p{}, sum_y{}, n{};
  size_t positives = 0;
  for (const auto& [p, right] : items) {
    const size_t bin = std::min(kBins - 1, static_cast<size_t>(p * kBins));
    sum_p[bin] += p;
    sum_y[bin] += right;
    n[bin] += 1;
    positives += right;
  }
  out << "    " << items.size() << " items, " << positives << " right\n    bin       n  mean conf  observed\n";
  double ece = 0.0;
  for (size_t b = 0; b < kBins; ++b) {
    if (n[b] == 0) continue;
    ece += std::abs(sum_p[b] - sum_y[b]) / double(items.size());
    out << "    " << std::fixed << std::setprecision(1) << double(b) / kBins << std::setw(8)
        << std::setprecision(0) << n[b] << std::setprecision(3) << std::setw(11) << sum_p[b] / n[b]
        << std::setw(10) << sum_y[b] / n[b] << "\n";
  }
  out << "    expected calibration error " << std::setprecision(4) << ece
      << "\n    threshold  kept  precision  recall\n";
  for (size_t t = 1; t < kBins; ++t) {
    const float threshold = static_cast<float>(t) / kBins;
    size_t kept = 0, right = 0;
    for (const auto& [p, label] : items) {
      kept += p >= threshold;
      right += p >= threshold && label;
    }
    out << "    " << std::setprecision(1) << threshold << std::setw(10) << kept << std::setprecision(3)
        << std::setw(11) << (kept ? double(right) / double(kept) : 0.0) << std::setw(8)
        << (positives ? double(right) / double(positives) : 0.0) << "\n";
  }
}

}  // namespace dossier::data
