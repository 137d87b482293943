// The interfaces every stage implements. A stage is built once, holds only immutable state
// (its loaded models), and may be called from many threads at once.
#ifndef DOSSIER_PIPELINE_STAGE_H_
#define DOSSIER_PIPELINE_STAGE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/document.h"
#include "dossier/pipeline.h"
#include "pipeline/models.h"

namespace dossier::pipeline {

// Adds layers to one document. process() is const and thread-safe: per-call scratch only.
class DocumentStage {
 public:
  virtual ~DocumentStage() = default;
  virtual std::string_view name() const = 0;
  virtual void process(Document& document) const = 0;
};

// Works across all documents after every document stage has run.
class CorpusStage {
 public:
  virtual ~CorpusStage() = default;
  virtual std::string_view name() const = 0;
  virtual void process(Dossier& dossier, unsigned threads) const = 0;
};

// What a stage factory may use: the options and the shared model store.
struct StageContext {
  const PipelineOptions& options;
  Models& models;
};

// The stages in the order they run. Defined in stages.cc, the one place that lists them.
std::vector<std::unique_ptr<const DocumentStage>> make_document_stages(StageContext& context);
std::vector<std::unique_ptr<const CorpusStage>> make_corpus_stages(StageContext& context);

}  // namespace dossier::pipeline

#endif  // DOSSIER_PIPELINE_STAGE_H_
