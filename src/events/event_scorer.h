// The candidate scorer: a logistic model over what the coder knows of a candidate event (how it
// was coded, its CAMEO root, the verb's block and class, its actors' kinds, the clause's
// negation, modality, quotation and reporting, the sentence's place, the prior of confidence.h)
// that gives the event its confidence and decides whether it is kept. Trained by
// `dossier-train event-scorer` (tools/train/event_scorer_command.cc) on the audit set's tuning part
// and the event-training articles of audit/train.
#ifndef DOSSIER_EVENTS_EVENT_SCORER_H_
#define DOSSIER_EVENTS_EVENT_SCORER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "events/confidence.h"
#include "util/model_file.h"

namespace dossier::events {

inline constexpr std::string_view kScorerFile = "event_scorer.bin";
inline constexpr std::string_view kScorerKind = "event_scorer";
inline constexpr uint32_t kScorerVersion = 2;  // 2 adds the roots the scorer decides

// One feature of a candidate: its name and value (1 for an indicator).
using Feature = std::pair<std::string, float>;

// The features of a candidate, the same at training and at run time.
std::vector<Feature> event_features(const EventEvidence& evidence);

// Immutable once loaded; score() is thread-safe.
class EventScorer {
 public:
  EventScorer() = default;  // every weight 0: scores 0.5
  EventScorer(std::vector<std::string> names, std::vector<float> weights, float threshold);
  // `decided`: the CAMEO roots (1 to 20) whose candidates the scorer keeps or drops; the others keep
  // the coder's prior. Empty: every root.
  EventScorer(std::vector<std::string> names, std::vector<float> weights, float threshold,
              std::vector<uint32_t> decided, float undecided_confidence = 0.5f);
  // Reads models/event_scorer.bin; throws ModelError naming the file on any defect.
  static EventScorer load(const std::string& path);
  static EventScorer from_bytes(std::string bytes, const std::string& name);
  // Appends the payload; the file is writer.file_bytes(kScorerKind, kScorerVersion).
  void write(util::ModelWriter& writer) const;
  std::string file_bytes() const;

  // The probability that the candidate's root code and source are right, in [0, 1].
  double score(const EventEvidence& evidence) const;
  // The lowest score of an event the coder keeps.
  float threshold() const { return threshold_; }
  // The confidence of a candidate whose prior is `prior` if it is kept, else nothing: scored and held
  // to the threshold for a root it decides, else kept at the prior's confident level with the
  // precision such candidates had in training.
  std::optional<double> keep(const EventEvidence& evidence, double prior) const;
  size_t size() const { return names_.size(); }
  const std::vector<std::string>& names() const { return names_; }
  const std::vector<float>& weights() const { return weights_; }

 private:
  std::vector<std::string> names_;
  std::vector<float> weights_;
  std::unordered_map<std::string, float> weight_of_;
  float threshold_ = 0.5f;
  std::vector<uint32_t> decided_;   // as given; empty for every root
  float undecided_confidence_ = 0.5f;
  std::vector<uint8_t> decides_ = std::vector<uint8_t>(kRoots, 1);  // per root 0..20

  static constexpr size_t kRoots = 21;
};

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_EVENT_SCORER_H_
