// The one list of stages, in the order they run. A new stage is added here and nowhere else.
#include "corpus/corpus_stage.h"
#include "pipeline/stage.h"
#include "text/text_stage.h"

namespace dossier::pipeline {

std::vector<std::unique_ptr<const DocumentStage>> make_document_stages(StageContext& context) {
  (void)context;
  std::vector<std::unique_ptr<const DocumentStage>> stages;
  stages.push_back(text::make_text_stage());
  return stages;
}

std::vector<std::unique_ptr<const CorpusStage>> make_corpus_stages(StageContext& context) {
  std::vector<std::unique_ptr<const CorpusStage>> stages;
  stages.push_back(corpus::make_corpus_stage(context));
  return stages;
}

}  // namespace dossier::pipeline
