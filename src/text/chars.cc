#include "text/chars.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <array>
#include <memory>

#include "text/normalize.h"
#include "util/utf8.h"

namespace dossier::text {
namespace {

// Code points whose role in news text differs from what their general category says.
bool special_kind(char32_t c, CharKind& kind) {
  switch (c) {
    case 0x0085: case 0x2028: case 0x2029:
      kind = CharKind::kNewline;
      return true;
    case 0x200B: case 0xFEFF:  // zero-width space, byte-order mark: separate like a space
      kind = CharKind::kSpace;
      return true;
    case 0x00AD: case 0x200C: case 0x200D: case 0x2060:  // soft hyphen, ZWNJ, ZWJ, word joiner
      kind = CharKind::kJoiner;
      return true;
    case 0x201E: case 0x201A: case 0x201F: case 0x201B: case 0x2039: case 0x300C: case 0x300E:
    case 0x301D:
      kind = CharKind::kOpenQuote;  // „ ‚ ‟ ‛ ‹ 「 『 〝 (ICU files „ ‚ under Ps)
      return true;
    case 0x203A: case 0x300D: case 0x300F: case 0x301E: case 0x301F:
    case 0x02BC:  // modifier letter apostrophe, used for ’ by some keyboards
      kind = CharKind::kCloseQuote;
      return true;
    case 0xFF02: case 0xFF07:
      kind = CharKind::kQuote;
      return true;
    case 0x2010: case 0x2011: case 0xFE63: case 0xFF0D:
      kind = CharKind::kHyphen;
      return true;
    case 0x2212: case 0x2012:
      kind = CharKind::kDash;
      return true;
    default:
      return false;
  }
}

CharKind kind_from_icu(char32_t c) {
  CharKind kind;
  if (special_kind(c, kind)) return kind;
  const auto cp = static_cast<UChar32>(c);
  switch (u_charType(cp)) {
    case U_SPACE_SEPARATOR: case U_CONTROL_CHAR: return CharKind::kSpace;
    case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR: return CharKind::kNewline;
    case U_FORMAT_CHAR: return CharKind::kJoiner;
    case U_UPPERCASE_LETTER: case U_TITLECASE_LETTER: return CharKind::kUpper;
    case U_LOWERCASE_LETTER: return CharKind::kLower;
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      return u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC) ? CharKind::kIdeograph : CharKind::kLetter;
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return CharKind::kMark;
    case U_DECIMAL_DIGIT_NUMBER: return CharKind::kDigit;
    case U_LETTER_NUMBER: case U_OTHER_NUMBER: return CharKind::kNumber;
    case U_START_PUNCTUATION: return CharKind::kOpen;
    case U_END_PUNCTUATION: return CharKind::kClose;
    case U_INITIAL_PUNCTUATION: return CharKind::kOpenQuote;
    case U_FINAL_PUNCTUATION: return CharKind::kCloseQuote;
    case U_DASH_PUNCTUATION: return CharKind::kDash;
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION: return CharKind::kPunct;
    default: return CharKind::kSymbol;
  }
}

bool nfc_unstable(char32_t c) {
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
}

bool normalising_from_icu(char32_t c) {
  std::string_view replacement;
  return mapped_form(c, replacement) || nfc_unstable(c);
}

bool nfc_boundary_from_icu(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_FAILURE(status) || nfc->hasBoundaryBefore(static_cast<UChar32>(c));
}

// One byte per BMP code point: the kind in the low bits, bit 7 set when it needs normalising,
// bit 6 when it is an NFC boundary.
// Built once on first use; ICU is asked only for code points beyond the BMP.
class BmpTable {
 public:
  BmpTable() : entries_(std::make_unique<std::array<uint8_t, 0x10000>>()) {
    for (char32_t c = 0; c < 0x10000; ++c) {
      auto entry = static_cast<uint8_t>(kind_from_icu(c));
      if (normalising_from_icu(c)) entry |= kNormalising;
      if (nfc_boundary_from_icu(c)) entry |= kBoundary;
      (*entries_)[c] = entry;
    }
  }
  CharKind kind(char32_t c) const { return static_cast<CharKind>((*entries_)[c] & kKindMask); }
  bool normalising(char32_t c) const { return ((*entries_)[c] & kNormalising) != 0; }
  bool boundary(char32_t c) const { return ((*entries_)[c] & kBoundary) != 0; }

 private:
  static constexpr uint8_t kNormalising = 0x80;
  static constexpr uint8_t kBoundary = 0x40;
  static constexpr uint8_t kKindMask = 0x3F;
  std::unique_ptr<std::array<uint8_t, 0x10000>> entries_;
};

const BmpTable& bmp_table() {
  static const BmpTable table;
  return table;
}

}  // namespace

namespace detail {

CharKind non_ascii_kind(char32_t c) {
  return c < 0x10000 ? bmp_table().kind(c) : kind_from_icu(c);
}

bool non_ascii_needs_normalising(char32_t c) {
  return c < 0x10000 ? bmp_table().normalising(c) : normalising_from_icu(c);
}

bool non_ascii_nfc_boundary(char32_t c) {
  return c < 0x10000 ? bmp_table().boundary(c) : nfc_boundary_from_icu(c);
}

}  // namespace detail

CodePoint decode_non_ascii(std::string_view text, uint32_t pos) {
  size_t next = pos;
  const char32_t value = util::decode_utf8(text, next);
  return {value, static_cast<uint32_t>(next - pos)};
}

CodePoint code_point_before(std::string_view text, uint32_t pos) {
  uint32_t start = pos - 1;
  const uint32_t limit = pos >= 4 ? pos - 4 : 0;
  while (start > limit && util::is_continuation(static_cast<unsigned char>(text[start]))) --start;
  const CodePoint cp = code_point_at(text, start);
  if (start + cp.length == pos) return cp;
  return {util::kReplacementChar, 1};
}

}  // namespace dossier::text
