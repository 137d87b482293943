#include "calibrate/calibration.h"

#include <algorithm>
#include <cmath>


namespace dossier::calibrate {
namespace {

// Raw confidences of exactly 0 or 1 (a rule that is sure) still get a finite log-odds.
constexpr double kEdge = 1e-4;

double logit(double p) {
  p = std::clamp(p, kEdge, 1.0 - kEdge);
  return std::log(p / (1.0 - p));
}

}  // namespace

std::string_view layer_name(Layer layer) {
  switch (layer) {
    case Layer::kMentions: return "mentions";
    case Layer::kRoles: return "roles";
    case Layer::kSpeech: return "speech";
    case Layer::kSpeakers: return "speakers";
    case Layer::kEvents: return "events";
    case Layer::kTimes: return "times";
  }
  return "?";
}

double LayerMap::map(double confidence) const {
  return 1.0 / (1.0 + std::exp(-(slope * logit(confidence) + intercept)));
}

namespace {

Calibration read(util::ModelReader& r) {
  Calibration c;
  const uint64_t layers = r.count(kLayerCount);
  if (layers != kLayerCount) r.fail("holds " + std::to_string(layers) + " layers, not " + std::to_string(kLayerCount));
  for (size_t i = 0; i < kLayerCount; ++i) {
    LayerMap& m = c.layer(static_cast<Layer>(i));
    m.slope = r.f64();
    m.intercept = r.f64();
    const uint8_t has_threshold = r.u8();
    const float threshold = r.f32();
    m.fitted_items = r.u32();
    if (!std::isfinite(m.slope) || !std::isfinite(m.intercept) || m.slope < 0) r.fail("a layer's map is not monotone");
    if (has_threshold > 1 || !(threshold >= 0.0f && threshold <= 1.0f)) r.fail("a layer's threshold is out of range");
    if (has_threshold) m.confident_from = threshold;
    else m.confident_from.reset();
  }
  r.expect_end();
  return c;
}

}  // namespace

Calibration Calibration::load(const std::string& path) {
  util::ModelReader r = util::ModelReader::open(path, kModelKind, kModelVersion, kModelVersion);
  return read(r);
}

Calibration Calibration::from_bytes(std::string bytes, const std::string& name) {
  util::ModelReader r = util::ModelReader::from_bytes(std::move(bytes), name, kModelKind, kModelVersion, kModelVersion);
  return read(r);
}

std::string Calibration::file_bytes() const {
  util::ModelWriter w;
  write(w);
  return w.file_bytes(kModelKind, kModelVersion);
}

void Calibration::write(util::ModelWriter& w) const {
  w.u64(kLayerCount);
  for (const LayerMap& m : layers_) {
    w.f64(m.slope);
    w.f64(m.intercept);
    w.u8(m.confident_from.has_value());
    w.f32(m.confident_from.value_or(0.0f));
    w.u32(m.fitted_items);
  }
}

void Calibration::apply(Document& document) const {
  const LayerMap& mentions = layer(Layer::kMentions);
  for (Mention& m : document.mentions) {
    // Only a name's confidence is about its type, which is what the audit judges.
    if (m.kind == MentionKind::kName) m.confidence = static_cast<float>(mentions.map(m.confidence));
  }
  for (RoleClaim& r : document.roles) r.confidence = static_cast<float>(layer(Layer::kRoles).map(r.confidence));
  for (Quote& q : document.quotes) {
    q.confidence = static_cast<float>(layer(Layer::kSpeech).map(q.confidence));
    // 0 means "no speaker", not a low probability.
    if (q.speaker_confidence > 0.0f) {
      q.speaker_confidence = static_cast<float>(layer(Layer::kSpeakers).map(q.speaker_confidence));
    }
  }
  for (Event& e : document.events) e.confidence = layer(Layer::kEvents).map(e.confidence);
  for (Timex& t : document.times) t.confidence = layer(Layer::kTimes).map(t.confidence);
}

ConfidenceThresholds Calibration::thresholds() const {
  ConfidenceThresholds t;
  t.mentions = layer(Layer::kMentions).confident_from;
  t.roles = layer(Layer::kRoles).confident_from;
  t.speech = layer(Layer::kSpeech).confident_from;
  t.speakers = layer(Layer::kSpeakers).confident_from;
  t.events = layer(Layer::kEvents).confident_from;
  t.times = layer(Layer::kTimes).confident_from;
  return t;
}

std::shared_ptr<const Calibration> calibration_model(stage::Models& models) {
  return models.get<Calibration>(kModelFile, [](const std::string& path) { return Calibration::load(path); });
}

namespace {

class CalibrationStage final : public stage::DocumentStage {
 public:
  explicit CalibrationStage(std::shared_ptr<const Calibration> model) : model_(std::move(model)) {}
  std::string_view name() const override { return "calibrate"; }
  void process(Document& document) const override { model_->apply(document); }

 private:
  std::shared_ptr<const Calibration> model_;
};

}  // namespace

std::unique_ptr<const stage::DocumentStage> make_calibration_stage(stage::StageContext& context) {
  return std::make_unique<CalibrationStage>(calibration_model(context.models));
}

}  // namespace dossier::calibrate
