// The stages of the pipeline, in the order they run (stages.cc is the one place that lists them).
#ifndef DOSSIER_PIPELINE_STAGES_H_
#define DOSSIER_PIPELINE_STAGES_H_

#include <memory>
#include <vector>

#include "stage/stage.h"

namespace dossier::pipeline {

std::vector<std::unique_ptr<const stage::DocumentStage>> make_document_stages(stage::StageContext& context);
std::vector<std::unique_ptr<const stage::CorpusStage>> make_corpus_stages(stage::StageContext& context);

}  // namespace dossier::pipeline

#endif  // DOSSIER_PIPELINE_STAGES_H_
