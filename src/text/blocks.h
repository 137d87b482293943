// Blocks: the header lines and body paragraphs of a document.
#ifndef DOSSIER_TEXT_BLOCKS_H_
#define DOSSIER_TEXT_BLOCKS_H_

#include <span>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/text.h"

namespace dossier::text {

// The blocks of a text in order, trimmed of white space, never empty or overlapping: each
// header span becomes a block of its kind, the text between them body paragraphs. Header spans
// out of range, empty or overlapping an earlier one are ignored. Sentence fields are left zero.
std::vector<Block> find_blocks(std::string_view text, std::span<const HeaderSpan> headers);

// True when the body (the text outside header spans) separates paragraphs with blank lines;
// otherwise every body line is a paragraph.
bool has_blank_line_paragraphs(std::string_view text, std::span<const HeaderSpan> headers);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_BLOCKS_H_
