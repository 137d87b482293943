// Provisional corpus stage: one Entity per (normalised name, type) across all documents, built
// from the chains of the NER stage. The entity-resolution stage replaces it.
#ifndef DOSSIER_NER_MENTION_GROUPS_H_
#define DOSSIER_NER_MENTION_GROUPS_H_

#include <memory>

#include "dossier/corpus.h"
#include "pipeline/stage.h"

namespace dossier::ner {

// Fills dossier.entities and dossier.entity_of_chain from the documents' chains.
void group_entities(Dossier& dossier);

std::unique_ptr<const pipeline::CorpusStage> make_mention_group_stage();

}  // namespace dossier::ner

#endif  // DOSSIER_NER_MENTION_GROUPS_H_
