// dossier-train calibration: fits models/calibration.bin on the audit set's tuning part.
//   dossier-train calibration [--audit audit] [--shared ../shared] [--out models/calibration.bin]
// Runs dossier uncalibrated on the tuning articles, judges each item against the adjudicated
// gold as `dossier-eval audit` does, and fits per layer p' = sigmoid(a * logit(p) + b) by maximum
// a posteriori with a Gaussian prior centred on the identity (a = 1, b = 0), so that a layer with
// few judged items (roles: 9 on the tuning part) stays near its stages' own estimate. The report
// threshold of a layer is the lowest calibrated confidence at which the tuning items above it
// reach 90% precision, over at least kMinConfidentItems items; the evaluation part measures both.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "calibrate/calibration.h"
#include "dossier/error.h"
#include "eval/audit_data.h"
#include "eval/audit_run.h"
#include "eval/audit_scoring.h"
#include "train/commands.h"
#include "util/model_file.h"

namespace dossier::train {
namespace {

// Prior standard deviation of slope and intercept around the identity: wide enough that 50 judged
// items move the map freely (events on the tuning part go from 0.5 to about 0.1), narrow enough
// that a handful cannot turn it into a step.
constexpr double kPriorSigma = 1.5;
constexpr size_t kMinConfidentItems = 5;
constexpr double kTargetPrecision = 0.90;

struct CalibrationArgs {
  std::string audit_dir = "audit";
  std::string shared;
  std::string out = "models/calibration.bin";
  std::string part = "tune";
  unsigned threads = 0;
};

double logit(double p) {
  p = std::clamp(p, 1e-4, 1.0 - 1e-4);
  return std::log(p / (1.0 - p));
}

// The negative log posterior of (slope, intercept).
double objective(const std::vector<eval::audit::Judged>& items, double slope, double intercept) {
  const double precision = 1.0 / (kPriorSigma * kPriorSigma);
  double f = 0.5 * precision * ((slope - 1.0) * (slope - 1.0) + intercept * intercept);
  for (const eval::audit::Judged& j : items) {
    const double z = slope * logit(j.confidence) + intercept;
    // log(1 + e^z) - y z, computed without overflow.
    f += (z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z))) - (j.right ? z : 0.0);
  }
  return f;
}

// Newton's method with backtracking on the (strictly convex) negative log posterior, from the
// identity. Items whose raw confidence is 1 sit at one far log-odds value, where a full Newton step
// overshoots; the line search keeps every step downhill.
calibrate::LayerMap fit(const std::vector<eval::audit::Judged>& items) {
  calibrate::LayerMap m;
  const double precision = 1.0 / (kPriorSigma * kPriorSigma);
  double current = objective(items, m.slope, m.intercept);
  for (int iteration = 0; iteration < 200; ++iteration) {
    double ga = precision * (m.slope - 1.0), gb = precision * m.intercept;
    double haa = precision, hab = 0.0, hbb = precision;
    for (const eval::audit::Judged& j : items) {
      const double x = logit(j.confidence);
      const double p = 1.0 / (1.0 + std::exp(-(m.slope * x + m.intercept)));
      const double r = p - (j.right ? 1.0 : 0.0);
      const double w = p * (1.0 - p);
      ga += r * x;
      gb += r;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const double det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const double da = (hbb * ga - hab * gb) / det;
    const double db = (haa * gb - hab * ga) / det;
    double step = 1.0;
    while (step > 1e-6 && objective(items, m.slope - step * da, m.intercept - step * db) > current) step /= 2;
    if (step <= 1e-6) break;
    m.slope -= step * da;
    m.intercept -= step * db;
    const double next = objective(items, m.slope, m.intercept);
    const bool done = current - next < 1e-10;
    current = next;
    if (done) break;
  }
  // A map that would reverse the order of the stages' own confidences is not a calibration.
  if (m.slope < 0) m.slope = 0;
  m.fitted_items = static_cast<uint32_t>(items.size());
  return m;
}

std::optional<float> threshold_of(const calibrate::LayerMap& m, const std::vector<eval::audit::Judged>& items) {
  std::vector<std::pair<double, bool>> mapped;
  for (const eval::audit::Judged& j : items) mapped.emplace_back(m.map(j.confidence), j.right);
  std::sort(mapped.begin(), mapped.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::optional<float> threshold;
  size_t kept = 0, right = 0;
  for (size_t i = 0; i < mapped.size(); ++i) {
    ++kept;
    right += mapped[i].second;
    const bool boundary = i + 1 == mapped.size() || mapped[i + 1].first < mapped[i].first;
    if (boundary && kept >= kMinConfidentItems &&
        static_cast<double>(right) >= kTargetPrecision * static_cast<double>(kept)) {
      // Rounded down to three decimals, as the JSON writes it, so that the item itself passes.
      threshold = static_cast<float>(std::floor(mapped[i].first * 1000.0) / 1000.0);
    }
  }
  return threshold;
}

int run(const CalibrationArgs& args) {
  const std::string shared = !args.shared.empty() ? args.shared : eval::audit::default_shared();
  std::vector<eval::audit::SampleRow> sample = eval::audit::read_sample(args.audit_dir + "/sample.tsv");
  std::erase_if(sample, [&](const eval::audit::SampleRow& row) { return row.part != args.part; });
  const auto gold = eval::audit::read_pass_folder(args.audit_dir + "/adjudicated", sample);
  if (gold.empty()) throw InputError(args.audit_dir + "/adjudicated", "holds no annotated article of part " + args.part);
  std::vector<eval::audit::SampleRow> annotated;
  for (const auto& row : sample) {
    if (gold.count(row.index)) annotated.push_back(row);
  }
  PipelineOptions options;
  options.threads = args.threads;
  options.calibrate = false;
  const auto response = eval::audit::run_dossier(annotated, shared, options, {}).articles;
  eval::audit::AuditOptions audit_options;
  audit_options.bootstrap_samples = 1;
  const eval::audit::AuditScores scores = eval::audit::score_audit(gold, response, audit_options);

  calibrate::Calibration model;
  for (size_t i = 0; i < calibrate::kLayerCount; ++i) {
    const auto layer = static_cast<calibrate::Layer>(i);
    const eval::audit::Calibration* judged = nullptr;
    for (const auto& c : scores.calibration) {
      if (c.layer == calibrate::layer_name(layer)) judged = &c;
    }
    calibrate::LayerMap& m = model.layer(layer);
    if (judged == nullptr || judged->items.empty()) {
      m.confident_from = 0.0f;
    } else if (layer == calibrate::Layer::kEvents) {
      // The event scorer is itself a probability fitted to these tuning articles' judgements with
      // its strength chosen on held-out articles; a map fitted to its in-sample scores would undo
      // that (on the evaluation part ECE 0.033 raw against 0.114 mapped). Identity, threshold only.
      m = calibrate::LayerMap{};
      m.fitted_items = static_cast<uint32_t>(judged->items.size());
      m.confident_from = threshold_of(m, judged->items);
    } else {
      m = fit(judged->items);
      m.confident_from = threshold_of(m, judged->items);
    }
    char line[160];
    std::snprintf(line, sizeof line, "%-9s items %4u  slope %.3f  intercept %+.3f  threshold %s\n",
                  std::string(calibrate::layer_name(layer)).c_str(), m.fitted_items, m.slope, m.intercept,
                  m.confident_from ? std::to_string(*m.confident_from).c_str() : "none");
    std::cout << line;
  }
  util::ModelWriter writer;
  model.write(writer);
  writer.save(args.out, calibrate::kModelKind, calibrate::kModelVersion);
  std::cout << "wrote " << args.out << "\n";
  return 0;
}

}  // namespace

void add_calibration_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<CalibrationArgs>();
  CLI::App* cmd = app.add_subcommand("calibration", "Fit the confidence calibration on the audit set's tuning part");
  cmd->add_option("--audit", args->audit_dir, "The audit folder (default audit)");
  cmd->add_option("--shared", args->shared, "The shared data folder (default $DOSSIER_SHARED or ../shared)");
  cmd->add_option("--part", args->part, "The part to fit on (default tune)")->check(CLI::IsMember({"tune", "eval", "all"}));
  cmd->add_option("--out", args->out, "Model file to write (default models/calibration.bin)");
  cmd->add_option("--threads", args->threads, "Threads (0: one per core)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::train
