// The special shapes the tokenizer keeps whole or splits off: URLs, clitics, decades, currency
// prefixes, suspended hyphens, initialisms. Each works inside a range the token may not leave.
#ifndef DOSSIER_TEXT_TOKEN_PATTERNS_H_
#define DOSSIER_TEXT_TOKEN_PATTERNS_H_

#include <cstdint>
#include <string_view>

#include "text/chars.h"
#include "text/fold.h"

namespace dossier::text {

// A text and the byte range [begin, end) being tokenised; reads past end see white space.
struct TextRange {
  std::string_view text;
  uint32_t begin;
  uint32_t end;

  CodePoint at(uint32_t pos) const { return code_point_at(text, pos); }
  CharKind kind_at(uint32_t pos) const { return pos < end ? char_kind(at(pos).value) : CharKind::kSpace; }
  char byte_at(uint32_t pos) const { return pos < end ? text[pos] : '\0'; }
  // True when a letter, digit, mark or joiner ends just before pos inside the range.
  bool word_before(uint32_t pos) const {
    return pos > begin && is_word_kind(char_kind(code_point_before(text, pos).value));
  }
  // Up to limit ASCII letters starting at pos.
  std::string_view ascii_letters(uint32_t pos, uint32_t limit) const;
  // pos moved past combining marks and joiners.
  uint32_t skip_marks(uint32_t pos) const;
};

bool is_apostrophe(char32_t c);
inline bool is_alnum_kind(CharKind k) { return is_letter_kind(k) || is_digit_kind(k); }
// The case-folded code point of one byte of the text (a byte of a multi-byte character folds to no
// ASCII letter, so comparing with one is safe).
inline char32_t fold_byte(char c) { return fold_char(static_cast<unsigned char>(c)); }

// The clitics Penn Treebank splits from the word before: s re ve ll d m (any case).
bool is_clitic(std::string_view letters);
// "U.S", "a.m", "Ph.D": letters in groups of one or two separated by periods.
bool is_initialism(std::string_view word);

// Each match_ function returns the end of the pattern starting at start, or start when none.
// http://, https://, ftp:// and www. addresses up to white space, without trailing
// punctuation (a closing bracket stays when the address opened one).
uint32_t match_url(const TextRange& r, uint32_t start);
// "n't" at the start of a token.
uint32_t match_nt(const TextRange& r, uint32_t start);
// "'s", "’re" right after a word; next is the byte after the apostrophe.
uint32_t match_clitic(const TextRange& r, uint32_t start, uint32_t next);
// "'90s": an apostrophe standing for the century, not after a word.
uint32_t match_decade(const TextRange& r, uint32_t start, uint32_t next);

// "pre- and post-war": a hyphen whose next byte is next hangs before a conjunction.
bool suspended_hyphen(const TextRange& r, uint32_t next);
// "C$", "US$": one to three capitals, not inside a word, before the dollar sign at dollar.
bool currency_prefix(const TextRange& r, uint32_t dollar);
// A digit follows pos after spaces or tabs.
bool digit_follows(const TextRange& r, uint32_t pos);
// The end of a symbol's cluster from pos: variation selectors, skin tones, ZWJ sequences.
uint32_t symbol_cluster_end(const TextRange& r, uint32_t pos);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_TOKEN_PATTERNS_H_
