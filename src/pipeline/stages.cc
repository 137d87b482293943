// The one list of stages, in the order they run. A new stage is added here and nowhere else.
#include "ner/mention_groups.h"
#include "ner/ner_stage.h"
#include "pipeline/stage.h"
#include "text/text_stage.h"

namespace dossier::pipeline {

std::vector<std::unique_ptr<const DocumentStage>> make_document_stages(StageContext& context) {
  std::vector<std::unique_ptr<const DocumentStage>> stages;
  stages.push_back(text::make_text_stage());
  stages.push_back(ner::make_ner_stage(context.models));
  return stages;
}

std::vector<std::unique_ptr<const CorpusStage>> make_corpus_stages(StageContext& context) {
  (void)context;
  std::vector<std::unique_ptr<const CorpusStage>> stages;
  // Provisional: one entity per mention group, until the entity-resolution stage lands.
  stages.push_back(ner::make_mention_group_stage());
  return stages;
}

}  // namespace dossier::pipeline
