// Character classes of the text layer: an ASCII fast path and a table for the rest of the
// Basic Multilingual Plane, both built from ICU's character properties.
#ifndef DOSSIER_TEXT_CHARS_H_
#define DOSSIER_TEXT_CHARS_H_

#include <cstdint>
#include <string_view>

namespace dossier::text {

// What a code point is to the tokenizer.
enum class CharKind : uint8_t {
  kSpace,        // horizontal white space, controls, zero-width space, byte-order mark
  kNewline,      // line feed, vertical tab, form feed, NEL, line and paragraph separators
  kUpper,        // upper- or title-case letter
  kLower,        // lower-case letter
  kLetter,       // letter without case (Arabic, Hebrew, kana, modifier letters)
  kIdeograph,    // CJK ideograph: a token of its own
  kMark,         // combining mark: continues the word before it
  kDigit,        // decimal digit
  kNumber,       // other numeric character (fractions, superscripts, Roman numerals)
  kJoiner,       // invisible format character inside words (soft hyphen, ZWJ, bidi marks)
  kOpen,         // opening bracket
  kClose,        // closing bracket
  kOpenQuote,    // quotation mark that opens (“ ‘ „ ‚ « ‹)
  kCloseQuote,   // quotation mark that closes (” ’ » ›)
  kQuote,        // quotation mark whose direction depends on context (" ')
  kHyphen,       // hyphen-minus and Unicode hyphens: join words when between them
  kDash,         // en, em and other dashes, minus sign
  kPunct,        // other punctuation
  kSymbol,       // symbols, emoji, private use, unassigned
};

namespace detail {

constexpr CharKind ascii_kind(char32_t c) {
  if (c == '\n' || c == '\v' || c == '\f') return CharKind::kNewline;
  if (c <= ' ' || c == 0x7F) return CharKind::kSpace;
  if (c >= 'A' && c <= 'Z') return CharKind::kUpper;
  if (c >= 'a' && c <= 'z') return CharKind::kLower;
  if (c >= '0' && c <= '9') return CharKind::kDigit;
  switch (c) {
    case '(': case '[': case '{': return CharKind::kOpen;
    case ')': case ']': case '}': return CharKind::kClose;
    case '"': case '\'': return CharKind::kQuote;
    case '`': return CharKind::kOpenQuote;
    case '-': return CharKind::kHyphen;
    case '$': case '+': case '<': case '=': case '>': case '^': case '|': case '~':
      return CharKind::kSymbol;
    default: return CharKind::kPunct;
  }
}

struct AsciiKinds {
  CharKind kinds[128];
  constexpr AsciiKinds() : kinds() {
    for (char32_t c = 0; c < 128; ++c) kinds[c] = ascii_kind(c);
  }
};
inline constexpr AsciiKinds kAscii;

CharKind non_ascii_kind(char32_t c);
bool non_ascii_needs_normalising(char32_t c);
bool non_ascii_nfc_boundary(char32_t c);

}  // namespace detail

// Kind of a code point.
inline CharKind char_kind(char32_t c) {
  return c < 128 ? detail::kAscii.kinds[c] : detail::non_ascii_kind(c);
}
// True when the code point's matching form differs from it (mapped, or not stable under NFC).
inline bool needs_normalising(char32_t c) {
  return c < 128 ? c == '`' : detail::non_ascii_needs_normalising(c);
}
// True when NFC never composes the code point with what precedes it.
inline bool nfc_boundary_before(char32_t c) { return c < 128 || detail::non_ascii_nfc_boundary(c); }

namespace detail {
constexpr uint32_t bit(CharKind k) { return 1u << static_cast<uint32_t>(k); }
constexpr uint32_t kSpaceKinds = bit(CharKind::kSpace) | bit(CharKind::kNewline);
constexpr uint32_t kLetterKinds = bit(CharKind::kUpper) | bit(CharKind::kLower) |
                                  bit(CharKind::kLetter) | bit(CharKind::kIdeograph);
constexpr uint32_t kDigitKinds = bit(CharKind::kDigit) | bit(CharKind::kNumber);
constexpr uint32_t kWordKinds =
    kLetterKinds | kDigitKinds | bit(CharKind::kMark) | bit(CharKind::kJoiner);
constexpr uint32_t kQuoteKinds =
    bit(CharKind::kOpenQuote) | bit(CharKind::kCloseQuote) | bit(CharKind::kQuote);
}  // namespace detail

inline bool is_space_kind(CharKind k) { return (detail::bit(k) & detail::kSpaceKinds) != 0; }
inline bool is_letter_kind(CharKind k) { return (detail::bit(k) & detail::kLetterKinds) != 0; }
inline bool is_digit_kind(CharKind k) { return (detail::bit(k) & detail::kDigitKinds) != 0; }
// Letters, digits, marks and joiners: what words are made of.
inline bool is_word_kind(CharKind k) { return (detail::bit(k) & detail::kWordKinds) != 0; }
inline bool is_quote_kind(CharKind k) { return (detail::bit(k) & detail::kQuoteKinds) != 0; }

// A decoded code point and its length in bytes.
struct CodePoint {
  char32_t value;
  uint32_t length;
};

CodePoint decode_non_ascii(std::string_view text, uint32_t pos);

// Decodes the code point at text[pos] (pos < text.size()); an invalid byte decodes as U+FFFD
// of length 1.
inline CodePoint code_point_at(std::string_view text, uint32_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  return byte < 0x80 ? CodePoint{byte, 1} : decode_non_ascii(text, pos);
}
// The code point that ends just before pos (pos > 0).
CodePoint code_point_before(std::string_view text, uint32_t pos);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_CHARS_H_
