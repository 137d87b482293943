// Sentence segmentation over the tokens of one block.
#ifndef DOSSIER_TEXT_SEGMENTER_H_
#define DOSSIER_TEXT_SEGMENTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/text.h"

namespace dossier::text {

// Sentences longer than this are cut, so that tables and run-on lists stay bounded.
inline constexpr uint32_t kMaxSentenceTokens = 300;

// Splits tokens[first, last) of one block (tokens of text, the last ones of the vector) into
// sentences appended to sentences with the given block index; sets kTokSentenceStart on each
// first token. An abbreviation that ends a sentence gives its period up as a token of its own
// ("in the U.S." -> "U.S" "."), as in CoNLL-2003; its matching form in norms is updated.
void split_sentences(std::string_view text, std::vector<Token>& tokens,
                     std::vector<std::string>& norms, uint32_t first, uint32_t block,
                     std::vector<Sentence>& sentences);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_SEGMENTER_H_
