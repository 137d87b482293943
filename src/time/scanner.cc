#include "time/scanner.h"

#include "text/fold.h"

namespace dossier::time {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of "a.m." / "p.m." (with or without the final period) at pos, or 0.
size_t meridiem_length(std::string_view text, size_t pos) {
  if (pos + 3 > text.size()) return 0;
  const std::string_view first = text.substr(pos, 1);
  if ((!text::fold_equals(first, "a") && !text::fold_equals(first, "p")) || text[pos + 1] != '.' ||
      !text::fold_equals(text.substr(pos + 2, 1), "m")) {
    return 0;
  }
  if (pos + 3 < text.size() && is_alpha(text[pos + 3])) return 0;
  return pos + 3 < text.size() && text[pos + 3] == '.' ? 4 : 3;
}

// Number of bytes of the UTF-8 sequence starting with lead.
size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

// Scans digits with optional ",ddd" groups from pos; fills the token and returns the end.
size_t scan_number(std::string_view text, size_t pos, Tok& tok) {
  int64_t value = 0;
  unsigned digits = 0;
  size_t i = pos;
  const auto take_digits = [&] {
    while (i < text.size() && is_digit(text[i])) {
      if (digits < 10) value = value * 10 + (text[i] - '0');
      ++digits;
      ++i;
    }
  };
  take_digits();
  while (i + 3 < text.size() && text[i] == ',' && is_digit(text[i + 1]) && is_digit(text[i + 2]) &&
         is_digit(text[i + 3]) && (i + 4 >= text.size() || !is_digit(text[i + 4]))) {
    tok.bits |= kGrouped;
    ++i;
    take_digits();
  }
  tok.kind = TokKind::kNumber;
  tok.digits = static_cast<uint8_t>(digits > 255 ? 255 : digits);
  tok.number = digits <= 9 ? static_cast<int32_t>(value) : -1;
  // Suffixes glued to the digits: ordinals and decades.
  if (i < text.size() && is_alpha(text[i])) {
    const std::string_view two = text.substr(i, 2);
    const bool two_alone = two.size() == 2 && is_alpha(two[1]) && (i + 2 >= text.size() || !is_alpha(text[i + 2]));
    if (two_alone && (text::fold_equals(two, "st") || text::fold_equals(two, "nd") || text::fold_equals(two, "rd") ||
                      text::fold_equals(two, "th"))) {
      tok.bits |= kOrdinalSuffix;
      return i + 2;
    }
    if (text::fold_equals(text.substr(i, 1), "s") && (i + 1 >= text.size() || !is_alpha(text[i + 1]))) {
      tok.bits |= kPluralSuffix;
      return i + 1;
    }
  }
  return i;
}

}  // namespace

std::vector<Tok> scan(std::string_view text) {
  std::vector<Tok> toks;
  toks.reserve(text.size() / 5 + 8);
  size_t i = 0;
  uint8_t pending = kSpaceBefore;
  while (i < text.size()) {
    const char c = text[i];
    if (is_space(c)) {
      pending |= kSpaceBefore;
      if (c == '\n') pending |= kNewlineBefore;
      ++i;
      continue;
    }
    Tok tok;
    tok.begin = static_cast<uint32_t>(i);
    tok.bits = pending;
    pending = 0;
    size_t end;
    if (is_alpha(c)) {
      const size_t meridiem = meridiem_length(text, i);
      if (meridiem > 0) {
        end = i + meridiem;
      } else {
        end = i;
        while (end < text.size() && is_alpha(text[end])) ++end;
      }
      tok.kind = TokKind::kWord;
      if (c >= 'A' && c <= 'Z') tok.bits |= kUpperInitial;
    } else if (is_digit(c)) {
      end = scan_number(text, i, tok);
    } else {
      end = i + sequence_length(static_cast<unsigned char>(c));
      if (end > text.size()) end = text.size();
      tok.kind = TokKind::kPunct;
    }
    tok.end = static_cast<uint32_t>(end);
    toks.push_back(tok);
    i = end;
  }
  return toks;
}

}  // namespace dossier::time
