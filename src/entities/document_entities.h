// The within-document entity layer: links the tagger's name mentions, adds the descriptions and
// pronouns that refer back to them, finds role claims, and builds one chain per entity.
//
// For the quotes stage and others: every mention gets Mention::chain; a pronoun or description
// mention's chain is the chain of the name it refers to, so the speaker of "he said" is
// document.chains[document.mentions[m].chain] (its `name` and name mentions), and
// Document::links holds the evidence (mention -> antecedent, reason) of each link.
#ifndef DOSSIER_ENTITIES_DOCUMENT_ENTITIES_H_
#define DOSSIER_ENTITIES_DOCUMENT_ENTITIES_H_

#include <memory>

#include "dossier/document.h"
#include "lexicon/lexicon.h"
#include "stage/stage.h"

namespace dossier::entities {

// Replaces the document's chains, links and roles (and any description or pronoun mentions)
// with those built from its name mentions. Mentions stay in text order.
void annotate_entities(Document& document, const lexicon::Lexicon& lexicon);

std::unique_ptr<const stage::DocumentStage> make_entity_stage(stage::StageContext& context);

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_DOCUMENT_ENTITIES_H_
