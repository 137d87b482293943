// The one list of stages, in the order they run. A new stage is added here and nowhere else.
#include "calibrate/calibration.h"
#include "corpus/corpus_stage.h"
#include "entities/document_entities.h"
#include "entities/resolve.h"
#include "events/event_stage.h"
#include "events/positions.h"
#include "ingest/header.h"
#include "ner/ner_stage.h"
#include "pipeline/stages.h"
#include "quotes/quote_stage.h"
#include "text/text_stage.h"
#include "time/time_stage.h"

namespace dossier::pipeline {

std::vector<std::unique_ptr<const stage::DocumentStage>> make_document_stages(stage::StageContext& context) {
  std::vector<std::unique_ptr<const stage::DocumentStage>> stages;
  stages.push_back(ingest::make_header_stage());
  stages.push_back(text::make_text_stage(context));
  stages.push_back(ner::make_ner_stage(context.models));
  // After NER (it reads Document::mentions); before quotes, which read its chains.
  stages.push_back(entities::make_entity_stage(context));
  stages.push_back(time::make_time_stage());
  stages.push_back(quotes::make_quote_stage(context));
  // After time (dates), entities (mentions, chains) and quotes.
  stages.push_back(events::make_event_stage(context));
  // Last: maps the confidences every stage before it computed.
  if (context.calibrate) stages.push_back(calibrate::make_calibration_stage(context));
  return stages;
}

std::vector<std::unique_ptr<const stage::CorpusStage>> make_corpus_stages(stage::StageContext& context) {
  std::vector<std::unique_ptr<const stage::CorpusStage>> stages;
  stages.push_back(entities::make_resolution_stage(context));
  // After entity resolution: story features use the resolved entities.
  stages.push_back(corpus::make_corpus_stage(context));
  // After entity resolution (claims gather under their holder) and the stories (undated articles
  // are placed by their story).
  stages.push_back(entities::make_role_conflict_stage());
  // After entity resolution: an actor's positions gather under its entity.
  stages.push_back(events::make_positions_stage(context));
  return stages;
}

}  // namespace dossier::pipeline
