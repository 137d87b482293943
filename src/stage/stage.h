// The interfaces every stage implements, below the pipeline: stage folders include this, never
// src/pipeline. A stage is built once, holds only immutable state (its loaded models), and may be
// called from many threads at once.
#ifndef DOSSIER_STAGE_STAGE_H_
#define DOSSIER_STAGE_STAGE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/document.h"
#include "stage/models.h"

namespace dossier::stage {

// Adds layers to one document. process() is const and thread-safe: per-call scratch only.
class DocumentStage {
 public:
  virtual ~DocumentStage() = default;
  virtual std::string_view name() const = 0;
  virtual void process(Document& document) const = 0;
};

// A role claim's organisation that a corpus stage infers for a claim that names none.
struct RoleOrg {
  uint32_t doc = 0;
  uint32_t role = 0;  // index into Document::roles
  std::string org;
  float confidence_factor = 1.0f;  // the claim's confidence is multiplied by it
};

// The confidence that a document's chain belongs to its cross-document entity.
struct ChainConfidence {
  uint32_t doc = 0;
  uint32_t chain = 0;  // index into Document::chains
  float confidence = 1.0f;
};

// What one corpus stage found. The pipeline adds it to the dossier (add_findings); no stage
// writes the dossier itself, so none can overwrite another's results.
struct CorpusFindings {
  std::vector<Entity> entities;                       // with entity_of_chain: one stage only
  std::vector<std::vector<int32_t>> entity_of_chain;  // [doc][chain], as Dossier::entity_of_chain
  std::vector<RoleOrg> role_orgs;                     // fill claims whose org is empty
  std::vector<ChainConfidence> chain_confidences;     // set on the documents' chains
  std::vector<Story> stories;
  std::vector<DuplicateGroup> duplicates;
  std::vector<Conflict> conflicts;
  std::vector<Position> positions;
  std::vector<Diagnostic> diagnostics;
};

// Works across all documents after every document stage has run. `corpus` holds the documents
// and the findings of the stages before this one, read-only; process() returns its own.
class CorpusStage {
 public:
  virtual ~CorpusStage() = default;
  virtual std::string_view name() const = 0;
  virtual CorpusFindings process(const Dossier& corpus, unsigned threads) const = 0;
  // What this stage reads of one annotated document, encoded, for a store to keep and give back
  // to process_summarized (empty: the stage keeps none). Depends on the document alone.
  virtual std::string summarize(const Document& /*document*/) const { return {}; }
  // process() with summaries[i] = summarize(document i) made earlier, or empty where there is none.
  virtual CorpusFindings process_summarized(const Dossier& corpus, std::span<const std::string> /*summaries*/,
                                            unsigned threads) const {
    return process(corpus, threads);
  }
};

// Appends findings to the dossier. Throws std::logic_error when entities come from a second
// stage (conflicts and positions index the first stage's entities).
void add_findings(Dossier& dossier, CorpusFindings findings);

// What a stage factory may use: the shared model store, whether confidences are calibrated and
// whether events are scored by the trained scorer.
struct StageContext {
  Models& models;
  bool calibrate = true;
  bool score_events = true;
};

}  // namespace dossier::stage

#endif  // DOSSIER_STAGE_STAGE_H_
