#include "text/token_patterns.h"

namespace dossier::text {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (fold_byte(text[i]) != static_cast<unsigned char>(prefix[i])) return false;
  }
  return true;
}

}  // namespace

std::string_view TextRange::ascii_letters(uint32_t pos, uint32_t limit) const {
  uint32_t stop = pos;
  while (stop < end && stop - pos < limit && is_ascii_alpha(text[stop])) ++stop;
  return text.substr(pos, stop - pos);
}

uint32_t TextRange::skip_marks(uint32_t pos) const {
  while (pos < end) {
    const CodePoint cp = at(pos);
    const CharKind kind = char_kind(cp.value);
    if (kind != CharKind::kMark && kind != CharKind::kJoiner) break;
    pos += cp.length;
  }
  return pos;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

bool is_clitic(std::string_view letters) {
  if (letters.size() == 1) {
    const char32_t c = fold_byte(letters[0]);
    return c == 's' || c == 'd' || c == 'm';
  }
  if (letters.size() != 2) return false;
  const char32_t a = fold_byte(letters[0]);
  const char32_t b = fold_byte(letters[1]);
  return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
}

bool is_initialism(std::string_view word) {
  size_t group = 0;
  bool has_period = false;
  for (const char c : word) {
    if (c == '.') {
      if (group == 0) return false;
      has_period = true;
      group = 0;
    } else if (is_ascii_alpha(c) && group < 2) {
      ++group;
    } else {
      return false;
    }
  }
  return has_period && group > 0;
}

uint32_t match_url(const TextRange& r, uint32_t start) {
  const std::string_view rest = r.text.substr(start, r.end - start);
  const bool www = starts_with_ignoring_case(rest, "www.");
  if (!www && !starts_with_ignoring_case(rest, "http://") && !starts_with_ignoring_case(rest, "https://") &&
      !starts_with_ignoring_case(rest, "ftp://")) {
    return start;
  }
  uint32_t pos = start;
  int open_brackets = 0;
  while (pos < r.end) {
    const CodePoint cp = r.at(pos);
    const CharKind kind = char_kind(cp.value);
    if (is_space_kind(kind) || kind == CharKind::kOpenQuote || kind == CharKind::kCloseQuote ||
        cp.value == '"' || cp.value == '<' || cp.value == '>') {
      break;
    }
    open_brackets += cp.value == '(' ? 1 : (cp.value == ')' ? -1 : 0);
    pos += cp.length;
  }
  while (pos > start) {
    const char last = r.text[pos - 1];
    if (last == ')' && open_brackets >= 0) break;
    if (std::string_view(".,;:!?')]}").find(last) == std::string_view::npos) break;
    open_brackets += last == ')' ? 1 : 0;
    --pos;
  }
  const uint32_t minimum = start + (www ? 5 : 8);
  return pos >= minimum ? pos : start;
}

uint32_t match_nt(const TextRange& r, uint32_t start) {
  if (fold_byte(r.text[start]) != U'n' || start + 1 >= r.end) return start;
  const CodePoint apostrophe = r.at(start + 1);
  if (!is_apostrophe(apostrophe.value)) return start;
  const uint32_t t = start + 1 + apostrophe.length;
  if (fold_byte(r.byte_at(t)) != U't' || is_word_kind(r.kind_at(t + 1))) return start;
  return t + 1;
}

uint32_t match_clitic(const TextRange& r, uint32_t start, uint32_t next) {
  if (!r.word_before(start)) return start;
  const std::string_view letters = r.ascii_letters(next, 3);
  const auto end = next + static_cast<uint32_t>(letters.size());
  if (!is_clitic(letters) || is_word_kind(r.kind_at(end))) return start;
  return end;
}

uint32_t match_decade(const TextRange& r, uint32_t start, uint32_t next) {
  if (r.word_before(start) || !is_ascii_digit(r.byte_at(next)) || !is_ascii_digit(r.byte_at(next + 1))) {
    return start;
  }
  uint32_t end = next + 2;
  if (r.byte_at(end) == 's') ++end;
  return is_word_kind(r.kind_at(end)) ? start : end;
}

bool suspended_hyphen(const TextRange& r, uint32_t next) {
  if (r.byte_at(next) != ' ') return false;
  const std::string_view word = r.ascii_letters(next + 1, 4);
  if (word != "and" && word != "or" && word != "to") return false;
  return !is_word_kind(r.kind_at(next + 1 + static_cast<uint32_t>(word.size())));
}

bool currency_prefix(const TextRange& r, uint32_t dollar) {
  uint32_t start = dollar;
  while (start > r.begin && r.text[start - 1] >= 'A' && r.text[start - 1] <= 'Z') --start;
  return dollar - start >= 1 && dollar - start <= 3 && !r.word_before(start);
}

bool digit_follows(const TextRange& r, uint32_t pos) {
  while (pos < r.end && (r.text[pos] == ' ' || r.text[pos] == '\t')) ++pos;
  return pos < r.end && is_ascii_digit(r.text[pos]);
}

uint32_t symbol_cluster_end(const TextRange& r, uint32_t pos) {
  char32_t last = 0;
  while (pos < r.end) {
    const CodePoint cp = r.at(pos);
    const CharKind kind = char_kind(cp.value);
    const bool attaches = kind == CharKind::kMark || kind == CharKind::kJoiner ||
                          (cp.value >= 0x1F3FB && cp.value <= 0x1F3FF) ||
                          (last == 0x200D && kind == CharKind::kSymbol);
    if (!attaches) break;
    last = cp.value;
    pos += cp.length;
  }
  return pos;
}

}  // namespace dossier::text
