#include "events/event_stage.h"

#include <filesystem>

#include "events/coder.h"
#include "events/event_scorer.h"
#include "events/verb_dictionary.h"
#include "lexicon/lexicon.h"

namespace dossier::events {
namespace {

class EventStage final : public stage::DocumentStage {
 public:
  EventStage(std::shared_ptr<const VerbDictionary> verbs, std::shared_ptr<const lexicon::Lexicon> lexicon,
             std::shared_ptr<const EventScorer> scorer)
      : verbs_(std::move(verbs)), lexicon_(std::move(lexicon)), scorer_(std::move(scorer)),
        coder_(*verbs_, *lexicon_, CoderOptions{}, scorer_.get()) {}

  std::string_view name() const override { return "events"; }
  void process(Document& document) const override { coder_.code(document); }

 private:
  std::shared_ptr<const VerbDictionary> verbs_;
  std::shared_ptr<const lexicon::Lexicon> lexicon_;
  std::shared_ptr<const EventScorer> scorer_;  // null: the coder's prior
  EventCoder coder_;
};

}  // namespace

std::unique_ptr<const stage::DocumentStage> make_event_stage(stage::StageContext& context) {
  auto verbs = context.models.get<VerbDictionary>(
      "events.dsr", [](const std::string& path) { return VerbDictionary::load(path); });
  auto lexicon = context.models.get<lexicon::Lexicon>(
      "lexicon.dsr", [](const std::string& path) { return lexicon::Lexicon::load(path); });
  // The scorer is trained from this coder's own candidates (dossier-train event-scorer), so a models
  // directory without one (the first training) codes with the prior.
  std::shared_ptr<const EventScorer> scorer;
  if (std::filesystem::exists(context.models.path(kScorerFile))) {
    scorer = context.models.get<EventScorer>(
        kScorerFile, [](const std::string& path) { return EventScorer::load(path); });
  }
  return std::make_unique<EventStage>(std::move(verbs), std::move(lexicon), std::move(scorer));
}

}  // namespace dossier::events
