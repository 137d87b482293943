// A fast scanner that cuts text into the small tokens the time grammar matches on.
#ifndef DOSSIER_TIME_SCANNER_H_
#define DOSSIER_TIME_SCANNER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier::time {

enum class TokKind : uint8_t { kWord, kNumber, kPunct };

enum TokBit : uint8_t {
  kSpaceBefore = 1u << 0,   // whitespace (or the text start) precedes the token
  kUpperInitial = 1u << 1,  // a word starting with an upper-case letter
  kOrdinalSuffix = 1u << 2, // digits followed by st/nd/rd/th ("21st")
  kPluralSuffix = 1u << 3,  // digits followed by s ("1990s")
  kGrouped = 1u << 4,       // digits with thousands separators ("1,990")
  kNewlineBefore = 1u << 5, // a line break lies between this token and the previous one
};

struct Tok {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokKind kind = TokKind::kPunct;
  uint8_t bits = 0;
  uint8_t digits = 0;       // number of digits of a number token
  int32_t number = -1;      // value of a number token (-1 when it has more than 9 digits)
  uint32_t lex_first = 0;   // the token's lexicon entries (words only)
  uint16_t lex_count = 0;
  bool has(TokBit bit) const { return (bits & bit) != 0; }
};

// Words are runs of ASCII letters ("a.m." and "p.m." are one word), numbers runs of digits
// (with "," groups and an ordinal or plural suffix), every other character one punctuation token.
std::vector<Tok> scan(std::string_view text);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_SCANNER_H_
