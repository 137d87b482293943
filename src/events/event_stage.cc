#include "events/event_stage.h"

#include "events/coder.h"
#include "events/verb_dictionary.h"
#include "lexicon/lexicon.h"

namespace dossier::events {
namespace {

class EventStage final : public stage::DocumentStage {
 public:
  EventStage(std::shared_ptr<const VerbDictionary> verbs, std::shared_ptr<const lexicon::Lexicon> lexicon)
      : verbs_(std::move(verbs)), lexicon_(std::move(lexicon)), coder_(*verbs_, *lexicon_) {}

  std::string_view name() const override { return "events"; }
  void process(Document& document) const override { coder_.code(document); }

 private:
  std::shared_ptr<const VerbDictionary> verbs_;
  std::shared_ptr<const lexicon::Lexicon> lexicon_;
  EventCoder coder_;
};

}  // namespace

std::unique_ptr<const stage::DocumentStage> make_event_stage(stage::StageContext& context) {
  auto verbs = context.models.get<VerbDictionary>(
      "events.dsr", [](const std::string& path) { return VerbDictionary::load(path); });
  auto lexicon = context.models.get<lexicon::Lexicon>(
      "lexicon.dsr", [](const std::string& path) { return lexicon::Lexicon::load(path); });
  return std::make_unique<EventStage>(std::move(verbs), std::move(lexicon));
}

}  // namespace dossier::events
