#include "events/event_scorer.h"

#include <algorithm>
#include <cmath>

#include "dossier/error.h"
#include "dossier/mention.h"

namespace dossier::events {
namespace {

// Weights of a trained model lie far inside this; a larger one is a corrupt file.
constexpr float kMaxWeight = 1000.0f;
constexpr uint64_t kMaxFeatures = 1u << 20;

const char* coding_name(Coding c) {
  switch (c) {
    case Coding::kPattern: return "pattern";
    case Coding::kVerb: return "verb";
    case Coding::kFamily: return "family";
    case Coding::kNoun: return "noun";
    case Coding::kFrame: return "frame";
    case Coding::kSpeech: return "speech";
  }
  return "?";
}

const char* actor_name(ActorEvidence a) {
  switch (a) {
    case ActorEvidence::kNone: return "none";
    case ActorEvidence::kFarPronoun: return "pronoun";
    case ActorEvidence::kUnknownName: return "unknown";
    case ActorEvidence::kAgent: return "agent";
    case ActorEvidence::kName: return "name";
    case ActorEvidence::kCodedName: return "coded";
  }
  return "?";
}

// The sentence's place: the lead (first two sentences) carries an article's main events; a late
// sentence more often background.
const char* sentence_bucket(uint32_t sentence) {
  return sentence < 2 ? "lead" : sentence < 6 ? "early" : sentence < 15 ? "middle" : "late";
}

double logit(double p) {
  p = std::clamp(p, 1e-4, 1.0 - 1e-4);
  return std::log(p / (1.0 - p));
}

}  // namespace

std::vector<Feature> event_features(const EventEvidence& e) {
  std::vector<Feature> f;
  f.reserve(40);
  const auto on = [&](std::string name) { f.emplace_back(std::move(name), 1.0f); };
  on("bias");
  f.emplace_back("prior", static_cast<float>(logit(event_confidence(e))));
  const std::string coding = coding_name(e.coding);
  const std::string root = std::to_string(e.root);
  const std::string source = actor_name(e.source);
  const std::string target = actor_name(e.target);
  on("coding=" + coding);
  on("root=" + root);
  on("root=" + root + "&coding=" + coding);
  on("source=" + source);
  on("target=" + target);
  on("source=" + source + "&target=" + target);
  on("root=" + root + "&source=" + source);
  const auto type_name = [](int8_t t) {
    return t < 0 ? std::string("none") : std::string(to_string(static_cast<EntityType>(t)));
  };
  on("source_type=" + type_name(e.source_type));
  on("target_type=" + type_name(e.target_type));
  on("root=" + root + "&source_type=" + type_name(e.source_type));
  on("mood=" + std::to_string(e.mood));
  if (!e.block.empty()) on("block=" + std::string(e.block));
  if (!e.lemma.empty()) {
    on("lemma=" + std::string(e.lemma));
    on("lemma=" + std::string(e.lemma) + "&root=" + root);
  }
  on(std::string("sentence=") + sentence_bucket(e.sentence));
  const std::pair<bool, const char*> flags[] = {
      {e.specific, "specific"},       {e.reverse, "reverse"},         {e.negated, "negated"},
      {e.passive, "passive"},         {e.future, "future"},           {e.possible, "possible"},
      {e.obligation, "obligation"},   {e.intent, "intent"},           {e.past, "past"},
      {e.perfect, "perfect"},
      {e.speech_verb, "speech_verb"}, {e.cognition_verb, "cognition_verb"},
      {e.reported, "reported"},       {e.headline, "headline"},       {e.quoted, "quoted"},
      {e.polysemous, "polysemous"},   {e.statement, "statement"},     {e.source_person, "source_person"},
      {e.target_person, "target_person"}, {e.source_place, "source_place"}, {e.target_place, "target_place"},
  };
  for (const auto& [set, name] : flags) {
    if (set) on(name);
  }
  if (e.quoted) on("quoted&root=" + root);
  if (e.coding == Coding::kSpeech) {
    // Buckets of the valence sums: 1, 2-3, 4-7, 8 and more.
    const auto bucket = [](int v) { return v <= 1 ? "1" : v <= 3 ? "2" : v <= 7 ? "4" : "8"; };
    if (e.negative > 0) on(std::string("speech_negative=") + bucket(e.negative));
    if (e.positive > 0) on(std::string("speech_positive=") + bucket(e.positive));
    if (e.negative > 0 && e.positive > 0) on("speech_mixed");
    // The same sums read against the code, so that the scorer can choose criticism or praise.
    const std::string lean = e.negative > e.positive ? "negative" : e.negative < e.positive ? "positive" : "even";
    on("root=" + root + "&speech_lean=" + lean);
    if (e.negative > 0) on("root=" + root + "&speech_negative=" + bucket(e.negative));
    if (e.positive > 0) on("root=" + root + "&speech_positive=" + bucket(e.positive));
  }
  if (e.reported) on("reported&coding=" + coding);
  return f;
}

EventScorer::EventScorer(std::vector<std::string> names, std::vector<float> weights, float threshold)
    : EventScorer(std::move(names), std::move(weights), threshold, {}, 0.5f) {}

EventScorer::EventScorer(std::vector<std::string> names, std::vector<float> weights, float threshold,
                         std::vector<uint32_t> decided, float undecided_confidence)
    : names_(std::move(names)),
      weights_(std::move(weights)),
      threshold_(threshold),
      decided_(std::move(decided)),
      undecided_confidence_(undecided_confidence) {
  if (names_.size() != weights_.size()) throw ModelError("event scorer", "names and weights differ in number");
  for (size_t i = 0; i < names_.size(); ++i) weight_of_[names_[i]] += weights_[i];
  if (!decided_.empty()) {
    std::fill(decides_.begin(), decides_.end(), 0);
    for (uint32_t root : decided_) {
      if (root == 0 || root >= kRoots) throw ModelError("event scorer", "a decided root is not a CAMEO root");
      decides_[root] = 1;
    }
  }
}

double EventScorer::score(const EventEvidence& evidence) const {
  double z = 0;
  for (const Feature& f : event_features(evidence)) {
    const auto it = weight_of_.find(f.first);
    if (it != weight_of_.end()) z += static_cast<double>(it->second) * f.second;
  }
  return 1.0 / (1.0 + std::exp(-z));
}

std::optional<double> EventScorer::keep(const EventEvidence& evidence, double prior) const {
  if (evidence.root >= decides_.size() || decides_[evidence.root] == 0) {
    if (prior < kConfidentEvent) return std::nullopt;
    return undecided_confidence_;
  }
  const double s = score(evidence);
  if (s < threshold_) return std::nullopt;
  return s;
}

namespace {

EventScorer read(util::ModelReader& r) {
  std::vector<std::string> names = r.string_array();
  std::vector<float> weights = r.f32_array();
  const float threshold = r.f32();
  std::vector<uint32_t> decided;
  float undecided = 0.5f;
  if (r.version() >= 2) {
    decided = r.u32_array();
    undecided = r.f32();
  }
  r.expect_end();
  if (names.size() > kMaxFeatures) r.fail("holds too many features");
  if (names.size() != weights.size()) r.fail("holds " + std::to_string(names.size()) + " names but " +
                                              std::to_string(weights.size()) + " weights");
  for (float w : weights) {
    if (!std::isfinite(w) || std::fabs(w) > kMaxWeight) r.fail("holds a weight out of range");
  }
  if (!(threshold >= 0.0f && threshold <= 1.0f)) r.fail("its threshold is out of range");
  for (uint32_t root : decided) {
    if (root == 0 || root > 20) r.fail("names a decided root that is not a CAMEO root");
  }
  if (!(undecided >= 0.0f && undecided <= 1.0f)) r.fail("its confidence of undecided roots is out of range");
  return EventScorer(std::move(names), std::move(weights), threshold, std::move(decided), undecided);
}

}  // namespace

EventScorer EventScorer::load(const std::string& path) {
  util::ModelReader r = util::ModelReader::open(path, kScorerKind, 1, kScorerVersion);
  return read(r);
}

EventScorer EventScorer::from_bytes(std::string bytes, const std::string& name) {
  util::ModelReader r = util::ModelReader::from_bytes(std::move(bytes), name, kScorerKind, 1, kScorerVersion);
  return read(r);
}

void EventScorer::write(util::ModelWriter& w) const {
  w.string_array(names_);
  w.f32_array(weights_);
  w.f32(threshold_);
  w.u32_array(decided_);
  w.f32(undecided_confidence_);
}

std::string EventScorer::file_bytes() const {
  util::ModelWriter w;
  write(w);
  return w.file_bytes(kScorerKind, kScorerVersion);
}

}  // namespace dossier::events
