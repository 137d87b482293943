// Calibration of the stages' confidences against what people judged right on real news: one
// monotone map per layer (Platt scaling on the log-odds), fitted on the audit set's tuning part
// (tools/train/calibration_command.cc), and the lowest calibrated confidence per layer that the
// report counts as confident.
#ifndef DOSSIER_CALIBRATE_CALIBRATION_H_
#define DOSSIER_CALIBRATE_CALIBRATION_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "dossier/corpus.h"
#include "dossier/document.h"
#include "stage/stage.h"
#include "util/model_file.h"

namespace dossier::calibrate {

enum class Layer : uint8_t { kMentions, kRoles, kSpeech, kSpeakers, kEvents, kTimes };
inline constexpr size_t kLayerCount = 6;
std::string_view layer_name(Layer layer);  // "mentions", "roles", "speech", "speakers", "events", "times"

// p' = sigmoid(slope * logit(p) + intercept); the identity is slope 1, intercept 0.
struct LayerMap {
  double slope = 1.0;
  double intercept = 0.0;
  std::optional<float> confident_from = 0.0f;  // report threshold on calibrated values; none: no item is
  uint32_t fitted_items = 0;            // how many judged items the map was fitted on
  double map(double confidence) const;  // monotone non-decreasing when slope >= 0
};

inline constexpr std::string_view kModelFile = "calibration.bin";
inline constexpr std::string_view kModelKind = "calibration";
inline constexpr uint32_t kModelVersion = 1;

class Calibration {
 public:
  Calibration() = default;  // the identity, no threshold
  // Reads models/calibration.bin; throws ModelError naming the file on any defect.
  static Calibration load(const std::string& path);
  static Calibration from_bytes(std::string bytes, const std::string& name);
  // Appends the payload; the file is writer.file_bytes(kModelKind, kModelVersion).
  void write(util::ModelWriter& writer) const;
  std::string file_bytes() const;

  const LayerMap& layer(Layer layer) const { return layers_[static_cast<size_t>(layer)]; }
  LayerMap& layer(Layer layer) { return layers_[static_cast<size_t>(layer)]; }

  // Maps every confidence of the layers the audit judges; other values are left as they are.
  void apply(Document& document) const;
  ConfidenceThresholds thresholds() const;

 private:
  std::array<LayerMap, kLayerCount> layers_{};
};

// The last document stage: applies the calibration model of the models directory.
std::unique_ptr<const stage::DocumentStage> make_calibration_stage(stage::StageContext& context);
// The calibration model of the models directory, loaded once.
std::shared_ptr<const Calibration> calibration_model(stage::Models& models);

}  // namespace dossier::calibrate

#endif  // DOSSIER_CALIBRATE_CALIBRATION_H_
