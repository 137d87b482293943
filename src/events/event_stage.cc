#include "events/event_stage.h"


#include "events/coder.h"
#include "events/event_scorer.h"
#include "events/verb_dictionary.h"
#include "lexicon/lexicon.h"

namespace dossier::events {
namespace {

class EventStage final : public stage::DocumentStage {
 public:
  EventStage(std::shared_ptr<const VerbDictionary> verbs, std::shared_ptr<const lexicon::Lexicon> lexicon,
             std::shared_ptr<const EventScorer> scorer, std::shared_ptr<const ValenceLexicon> valence)
      : verbs_(std::move(verbs)), lexicon_(std::move(lexicon)), scorer_(std::move(scorer)), valence_(std::move(valence)),
        coder_(*verbs_, *lexicon_, CoderOptions{}, scorer_.get(), valence_.get()) {}

  std::string_view name() const override { return "events"; }
  void process(Document& document) const override { coder_.code(document); }

 private:
  std::shared_ptr<const VerbDictionary> verbs_;
  std::shared_ptr<const lexicon::Lexicon> lexicon_;
  std::shared_ptr<const EventScorer> scorer_;  // null: the coder's prior
  std::shared_ptr<const ValenceLexicon> valence_;
  EventCoder coder_;
};

}  // namespace

std::unique_ptr<const stage::DocumentStage> make_event_stage(stage::StageContext& context) {
  auto verbs = context.models.get<VerbDictionary>(
      "events.dsr", [](const std::string& path) { return VerbDictionary::load(path); });
  auto lexicon = context.models.get<lexicon::Lexicon>(
      "lexicon.dsr", [](const std::string& path) { return lexicon::Lexicon::load(path); });
  // The scorer is trained from this coder's own candidates (dossier-train event-scorer), which are
  // coded with the prior alone (score_events off); otherwise a missing scorer is a missing model.
  std::shared_ptr<const EventScorer> scorer;
  if (context.score_events) {
    scorer = context.models.get<EventScorer>(
        kScorerFile, [](const std::string& path) { return EventScorer::load(path); });
  }
  auto valence = context.models.get<ValenceLexicon>(
      std::string(kValenceFile), [](const std::string& path) { return ValenceLexicon::load(path); });
  return std::make_unique<EventStage>(std::move(verbs), std::move(lexicon), std::move(scorer), std::move(valence));
}

}  // namespace dossier::events
