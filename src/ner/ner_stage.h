// The pipeline's named-entity stage: tags each document's tokens and fills Document::mentions
// (kind kName, typed for the schema) and, until entity resolution does better, one chain per
// group of mentions with the same normalised name and type.
#ifndef DOSSIER_NER_NER_STAGE_H_
#define DOSSIER_NER_NER_STAGE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "ner/labels.h"
#include "ner/model.h"
#include "stage/stage.h"

namespace dossier::ner {

// Tags one document that has tokens and sentences, appending its name mentions.
void tag_mentions(const NerModel& model, Document& document);
// The name of a mention as mentions are grouped: its tokens' matching forms joined by spaces.
std::string normalized_name(const Document& document, const Mention& mention);
// Fills document.chains with one chain per (normalised name, type) and links the mentions.
void group_mentions(Document& document);
// Removes the mentions inside the byline and date line headers (authors and outlet).
void drop_credit_mentions(Document& document);

std::unique_ptr<const stage::DocumentStage> make_ner_stage(stage::Models& models);

}  // namespace dossier::ner

#endif  // DOSSIER_NER_NER_STAGE_H_
