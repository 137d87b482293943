// The text stage: blocks (paragraphs and header lines), sentences, tokens and the word layer.
#ifndef DOSSIER_TEXT_TEXT_STAGE_H_
#define DOSSIER_TEXT_TEXT_STAGE_H_

#include <memory>

#include "dossier/document.h"
#include "stage/stage.h"
#include "text/closed_class.h"

namespace dossier::text {

// Replaces blocks, sentences, tokens, token_norms and the word layer (token_folds, token classes)
// of a document from its text and meta.header_spans (see blocks.h, tokenizer.h, segmenter.h,
// closed_class.h for the rules).
void segment(Document& document, const ClosedClasses& classes = ClosedClasses::builtin());

// The stage; its closed classes take speech and cognition verbs from the quote-cue lexicon.
std::unique_ptr<const stage::DocumentStage> make_text_stage(stage::StageContext& context);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_TEXT_STAGE_H_
