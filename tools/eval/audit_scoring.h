// Scores a response (dossier's output or a second annotation pass) against the audit set's
// gold, layer by layer, as docs/audit-guidelines.md ("Scoring") defines: precision, recall and F1
// with 95% bootstrap intervals over articles, cluster scores, calibration of the response's
// confidences, and the errors grouped by cause.
#ifndef DOSSIER_TOOLS_EVAL_AUDIT_SCORING_H_
#define DOSSIER_TOOLS_EVAL_AUDIT_SCORING_H_

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "eval/audit_data.h"
#include "eval/coref_scores.h"

namespace dossier::eval::audit {

// Counts of one figure in one article: precision = right / shown, recall = found / expected.
struct Counts {
  double right = 0;
  double shown = 0;
  double found = 0;
  double expected = 0;
  void show(bool ok) { shown += 1; right += ok; }        // one response item
  void expect(bool ok) { expected += 1; found += ok; }  // one gold item
  Counts& operator+=(const Counts& o);
};

struct Interval {
  double low = 0;
  double high = 0;
};

struct Figure {
  std::string name;       // "speech", "speech/indirect", "events (root code + source)" ...
  Counts total;
  Interval precision_ci;  // 95%, bootstrap over articles
  Interval recall_ci;
  Interval f1_ci;
  double precision() const;
  double recall() const;
  double f1() const;
};

// A rate over matched items (speaker accuracy, value accuracy...).
struct Rate {
  std::string name;
  double right = 0;
  double total = 0;
  Interval ci;
};

// One response item with its confidence and whether it was right (for calibration).
struct Judged {
  double confidence = 0;
  bool right = false;
};

struct Calibration {
  std::string layer;
  std::vector<Judged> items;      // in the order they were judged
  double ece = 0;                  // expected calibration error, 10 equal-width bins
  double threshold_90 = -1;        // lowest confidence with precision >= 0.90 above it, -1 if none
  double recall_at_threshold = 0;  // share of the layer's right items kept above the threshold
  double auc = -1;                 // chance that a right item outranks a wrong one (ties half); -1 without both
};

struct ErrorExample {
  int article = 0;
  std::string text;
};

struct ErrorGroup {
  std::string layer;
  std::string cause;
  size_t count = 0;
  std::vector<ErrorExample> examples;  // the first few
};

struct AuditScores {
  size_t articles = 0;
  std::vector<Figure> figures;
  std::vector<Rate> rates;
  CorefScores within_clusters;
  CorefScores cross_clusters;
  double gold_events_per_article = 0;
  double response_events_per_article = 0;
  std::vector<Calibration> calibration;  // layers whose response items carry confidences
  // The response's confident_from per layer (none: no item confident), when it gives them.
  std::map<std::string, std::optional<double>> report_thresholds;
  std::vector<ErrorGroup> errors;        // sorted by count, largest first
};

struct AuditOptions {
  unsigned bootstrap_samples = 1000;
  unsigned seed = 20261206;
  size_t examples_per_group = 4;
  const std::map<int, ArticleText>* texts = nullptr;  // for error examples; may be null
};

// Scores the articles present in both maps.
AuditScores score_audit(const std::map<int, Article>& gold, const std::map<int, Article>& response,
                        const AuditOptions& options);
void print_audit(const AuditScores& scores, std::ostream& out, size_t max_error_groups);

}  // namespace dossier::eval::audit

#endif  // DOSSIER_TOOLS_EVAL_AUDIT_SCORING_H_
