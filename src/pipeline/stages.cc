// The one list of stages, in the order they run. A new stage is added here and nowhere else.
#include "events/event_stage.h"
#include "events/positions.h"
#include "pipeline/stage.h"
#include "text/text_stage.h"
#include "time/time_stage.h"

namespace dossier::pipeline {

std::vector<std::unique_ptr<const DocumentStage>> make_document_stages(StageContext& context) {
  std::vector<std::unique_ptr<const DocumentStage>> stages;
  stages.push_back(text::make_text_stage());
  stages.push_back(time::make_time_stage());
  stages.push_back(events::make_event_stage(context));
  return stages;
}

std::vector<std::unique_ptr<const CorpusStage>> make_corpus_stages(StageContext& context) {
  (void)context;
  std::vector<std::unique_ptr<const CorpusStage>> stages;
  stages.push_back(events::make_positions_stage());
  return stages;
}

}  // namespace dossier::pipeline
