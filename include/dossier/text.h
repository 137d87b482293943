// The text layer: paragraphs, sentences and tokens of a document, all as spans of its text.
#ifndef DOSSIER_TEXT_H_
#define DOSSIER_TEXT_H_

#include <cstdint>

#include "dossier/span.h"

namespace dossier {

// What a block of text is in the layout of an article.
enum class BlockKind : uint8_t {
  kBody,      // ordinary body paragraph
  kHeadline,  // the headline line at the top
  kByline,    // "By Jane Okafor"
  kDateline,  // "BEIRUT —" or "Nairobi (Kenya) (AFP) -" (the dateline part only)
  kDateLine,  // a header line that carries the publication date
  kSubhead,   // a section subhead such as "- Talks stall -"
  kHeader,    // any other header matter (source line, agency line)
};

// Bit flags describing a token's surface, set by the tokenizer.
enum TokenFlag : uint16_t {
  kTokWord = 1u << 0,          // contains a letter
  kTokNumber = 1u << 1,        // contains a digit and no letter
  kTokPunct = 1u << 2,         // neither letters nor digits
  kTokUpperInitial = 1u << 3,  // first letter is upper case
  kTokAllUpper = 1u << 4,      // has letters, all upper case
  kTokSentenceStart = 1u << 5, // first token of its sentence
  kTokLineStart = 1u << 6,     // first token of its line
  kTokSpaceBefore = 1u << 7,   // whitespace precedes the token
  kTokQuote = 1u << 8,         // a quotation mark (any convention)
  kTokHyphenated = 1u << 9,    // word with an inner hyphen
  kTokAbbrev = 1u << 10,       // keeps a final abbreviation period ("Gen.", "U.S.", "J.", "1.")
  kTokOpen = 1u << 11,         // opening quotation mark or bracket
  kTokClose = 1u << 12,        // closing quotation mark or bracket
  kTokUrl = 1u << 13,          // URL, e-mail address, @handle or #hashtag
};

struct Token {
  Span span;
  uint16_t flags = 0;
  // Index into Document::token_norms of a matching form differing from the text, or kNoNorm.
  uint32_t norm = kNoNorm;
  static constexpr uint32_t kNoNorm = UINT32_MAX;
  bool has(TokenFlag flag) const { return (flags & flag) != 0; }
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t token_count = 0;
  uint32_t block = 0;        // index into Document::blocks
};

// A paragraph or header line.
struct Block {
  Span span;
  BlockKind kind = BlockKind::kBody;
  uint32_t first_sentence = 0;  // index into Document::sentences
  uint32_t sentence_count = 0;
};

}  // namespace dossier

#endif  // DOSSIER_TEXT_H_
