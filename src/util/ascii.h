// ASCII character tests and ASCII case-insensitivity for protocol tokens, independent of the C
// locale: HTML tag and attribute names, HTTP and WARC header names and values, charset labels, media
// types, file-name extensions. These are defined as ASCII-case-insensitive by their standards, so
// this is not word folding: words of article text fold through text::fold_case (src/text/fold.h),
// Unicode full case folding, and nothing else.
#ifndef DOSSIER_UTIL_ASCII_H_
#define DOSSIER_UTIL_ASCII_H_

#include <string>
#include <string_view>

namespace dossier::util::ascii {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
// Also for display capitalisation of the first letter of an ASCII label ("death toll" -> "Death toll").
inline char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

inline std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = to_lower(c);
  return out;
}

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  }
  return true;
}

inline bool istarts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

// Length of the run of ASCII letters at text[pos].
inline size_t letters_at(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && is_alpha(text[end])) ++end;
  return end - pos;
}

// text without leading and trailing ASCII whitespace.
inline std::string_view trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

}  // namespace dossier::util::ascii

#endif  // DOSSIER_UTIL_ASCII_H_
