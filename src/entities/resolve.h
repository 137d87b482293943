// Cross-document entity resolution: merges the documents' chains into entities across spellings
// (Gaddafi / Qaddafi), aliases (U.S. / United States), acronyms (EU / European Union) and
// surname-only mentions, never joining two people whose given names differ, nor two lexicon
// entries. Blocking keys (surname sound, acronym, lexicon entry, name core) keep it near-linear
// in the number of chains.
#ifndef DOSSIER_ENTITIES_RESOLVE_H_
#define DOSSIER_ENTITIES_RESOLVE_H_

#include <memory>

#include "dossier/corpus.h"
#include "lexicon/lexicon.h"
#include "pipeline/stage.h"

namespace dossier::entities {

// Fills dossier.entities (ids "E1"...: canonical name, type, aliases, mentions, roles, country)
// and dossier.entity_of_chain from the documents' chains; replaces what was there.
void resolve_entities(Dossier& dossier, const lexicon::Lexicon& lexicon);

// The corpus stage: resolve_entities.
std::unique_ptr<const pipeline::CorpusStage> make_resolution_stage(pipeline::StageContext& context);
// The corpus stage of role conflicts (conflicts.h), after the stories are found: it appends to
// dossier.conflicts.
std::unique_ptr<const pipeline::CorpusStage> make_role_conflict_stage();

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_RESOLVE_H_
