#include "ingest/text_shape.h"

#include <unicode/uchar.h>

#include "util/utf8.h"

namespace dossier::ingest {

WordShape shape_of(std::string_view word) {
  WordShape shape;
  bool any_upper = false;
  bool any_lower = false;
  size_t pos = 0;
  bool first = true;
  while (pos < word.size()) {
    const auto cp = static_cast<UChar32>(util::decode_utf8(word, pos));
    if (u_isdigit(cp)) shape.has_digit = true;
    if (u_isalpha(cp)) {
      shape.has_letter = true;
      if (u_isupper(cp) || u_istitle(cp)) {
        any_upper = true;
        if (first) shape.initial_upper = true;
      } else if (u_islower(cp)) {
        any_lower = true;
      }
    }
    first = false;
  }
  shape.all_upper = shape.has_letter && any_upper && !any_lower;
  shape.all_lower = shape.has_letter && any_lower && !any_upper;
  return shape;
}

size_t dash_length(std::string_view text, size_t pos) {
  const std::string_view rest = text.substr(pos < text.size() ? pos : text.size());
  // Em dash, en dash, horizontal bar, minus sign.
  for (const std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95", "\xE2\x88\x92"}) {
    if (rest.starts_with(dash)) return dash.size();
  }
  if (rest.starts_with("--")) return 2;
  return rest.starts_with("-") ? 1 : 0;
}

bool starts_sentence(std::string_view text) {
  if (text.empty()) return false;
  size_t pos = 0;
  const auto cp = static_cast<UChar32>(util::decode_utf8(text, pos));
  if (u_isupper(cp) || u_istitle(cp) || u_isdigit(cp)) return true;
  // Opening quotation marks of any convention.
  return cp == '"' || cp == '\'' || u_charType(cp) == U_INITIAL_PUNCTUATION ||
         u_charType(cp) == U_START_PUNCTUATION || cp == 0x201E;
}

size_t skip_blanks(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    if (text[pos] == ' ' || text[pos] == '\t') {
      ++pos;
    } else if (text.substr(pos, 2) == "\xC2\xA0") {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

namespace {

bool is_space_cp(UChar32 cp) {
  return u_isUWhiteSpace(cp) || cp == 0x200B || cp == 0xFEFF;
}

}  // namespace

std::string_view trim_space(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t next = begin;
    if (!is_space_cp(static_cast<UChar32>(util::decode_utf8(text, next)))) break;
    begin = next;
  }
  size_t end = text.size();
  while (end > begin) {
    // Step back to the start of the last code point.
    size_t start = end - 1;
    while (start > begin && util::is_continuation(static_cast<unsigned char>(text[start]))) --start;
    size_t next = start;
    if (!is_space_cp(static_cast<UChar32>(util::decode_utf8(text, next))) || next != end) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

bool has_alnum(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = static_cast<UChar32>(util::decode_utf8(text, pos));
    if (u_isalnum(cp)) return true;
  }
  return false;
}

size_t word_count(std::string_view text) {
  size_t count = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!blank && !in_word) ++count;
    in_word = !blank;
  }
  return count;
}

bool is_name_particle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {
      "al",  "am",   "an",  "au",  "aux", "ben", "bin", "da",  "das",   "de",  "del",
      "della", "den", "der", "des", "di",  "do",  "dos", "du",  "e",     "el",  "en",
      "es",  "i",    "ibn", "im",  "la",  "le",  "les", "of",  "on",    "sur", "ten",
      "ter", "upon", "van", "von", "y",   "zu"};
  for (const auto particle : kParticles) {
    if (word == particle) return true;
  }
  return false;
}

}  // namespace dossier::ingest
