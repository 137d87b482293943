// The text stage: blocks (paragraphs and header lines), sentences and tokens.
#ifndef DOSSIER_TEXT_TEXT_STAGE_H_
#define DOSSIER_TEXT_TEXT_STAGE_H_

#include <memory>

#include "dossier/document.h"
#include "pipeline/stage.h"

namespace dossier::text {

// Replaces blocks, sentences, tokens and token_norms of a document from its text and
// meta.header_spans (see blocks.h, tokenizer.h, segmenter.h for the rules).
void segment(Document& document);

std::unique_ptr<const pipeline::DocumentStage> make_text_stage();

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_TEXT_STAGE_H_
