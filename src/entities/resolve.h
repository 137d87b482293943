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
#include "stage/stage.h"

namespace dossier::entities {

// The entities (ids "E1"...: canonical name, type, aliases, mentions, roles, country) and
// entity_of_chain of the documents' chains, and the country a national office's claim naming
// none takes from its holder's other claims (role_orgs). Add them with stage::add_findings.
stage::CorpusFindings resolve_entities(const Dossier& corpus, const lexicon::Lexicon& lexicon);

// The corpus stage of resolve_entities.
std::unique_ptr<const stage::CorpusStage> make_resolution_stage(stage::StageContext& context);
// The corpus stage of find_role_conflicts (conflicts.h); runs after the stories are found.
std::unique_ptr<const stage::CorpusStage> make_role_conflict_stage();

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_RESOLVE_H_
