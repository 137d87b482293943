// The words of a sentence as the event coder reads them: the document's tokens with edge
// punctuation and the clitics "n't", "'s" split off (so the coder reads the same words whether the
// tokenizer split them or not), each with its folded form and classes from the word layer
// (Document::token_fold, Token::classes; a piece of a token folds by the same rule) and its id in
// the verb dictionary.
#ifndef DOSSIER_EVENTS_WORDS_H_
#define DOSSIER_EVENTS_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "events/verb_dictionary.h"

namespace dossier::events {

enum WordFlag : uint16_t {
  kWordCapital = 1u << 0,   // starts with an upper-case letter
  kWordAllCaps = 1u << 1,   // two or more letters, all upper case ("NATO", "US")
  kWordPunct = 1u << 2,     // no letter or digit
  kWordNumber = 1u << 3,    // has a digit and no letter
  kWordClitic = 1u << 4,    // "n't", "'s", "'" split off a token
  kWordFirst = 1u << 5,     // first word of its sentence
  kWordQuote = 1u << 6,     // a quotation mark
  kWordBoundary = 1u << 7,  // ends a clause: . ; : ! ? and dashes
};

struct Word {
  Span span;                // bytes of Document::text
  std::string_view text;    // as written
  std::string lower;        // the word layer's form: matching form (ASCII quotes and dashes), case-folded
  uint32_t id = kNoWord;    // the lower form in the verb dictionary
  uint32_t stem = kNoWord;  // its singular when it reads as a regular plural ("talks" -> "talk")
  uint16_t flags = 0;
  uint32_t cls = 0;         // closed_class.h classes: the word layer's, projected
  uint32_t token = 0;       // index into Document::tokens
  bool has(WordFlag f) const { return (flags & f) != 0; }
};

// The words of tokens [first, end) of a document (one sentence).
std::vector<Word> sentence_words(const Document& document, uint32_t first_token, uint32_t end_token,
                                 const VerbDictionary& dictionary);

// The words of a plain string (tests and tools): offsets are into `text`.
std::vector<Word> text_words(std::string_view text, const VerbDictionary& dictionary);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_WORDS_H_
