// Sentence segmentation over the tokens of one block.
#ifndef DOSSIER_TEXT_SEGMENTER_H_
#define DOSSIER_TEXT_SEGMENTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/text.h"

namespace dossier::text {

// Sentences longer than this are cut, so that tables and run-on lists stay bounded.
inline constexpr uint32_t kMaxSentenceTokens = 300;

// Splits tokens[first, last) of one block (tokens of text) into sentences appended to
// sentences with the given block index; sets kTokSentenceStart on each first token.
void split_sentences(std::string_view text, std::vector<Token>& tokens, uint32_t first,
                     uint32_t last, uint32_t block, std::vector<Sentence>& sentences);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_SEGMENTER_H_
