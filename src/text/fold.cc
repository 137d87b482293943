#include "text/fold.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/uchar.h>

namespace dossier::text {
namespace {

char fold_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

void append_fold_case(std::string_view text, std::string& out) {
  if (is_ascii(text)) {
    out.reserve(out.size() + text.size());
    for (const char c : text) out.push_back(fold_ascii(c));
    return;
  }
  const size_t start = out.size();
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  UErrorCode status = U_ZERO_ERROR;
  icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                         sink, nullptr, status);
  // The only failures are allocation and index overflow: keep the text as it is then.
  if (U_FAILURE(status)) {
    out.resize(start);
    out.append(text);
  }
}

std::string fold_case(std::string_view text) {
  std::string out;
  append_fold_case(text, out);
  return out;
}

bool fold_equals(std::string_view word, std::string_view folded) {
  if (!is_ascii(word)) return fold_case(word) == folded;
  if (word.size() != folded.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (fold_ascii(word[i]) != folded[i]) return false;
  }
  return true;
}

size_t fold_into(std::string_view word, char* buffer, size_t capacity) {
  if (is_ascii(word)) {
    if (word.size() > capacity) return 0;
    for (size_t i = 0; i < word.size(); ++i) buffer[i] = fold_ascii(word[i]);
    return word.size();
  }
  const std::string folded = fold_case(word);
  if (folded.size() > capacity) return 0;
  folded.copy(buffer, folded.size());
  return folded.size();
}

char32_t fold_char(char32_t c) {
  if (c < 0x80) return static_cast<char32_t>(fold_ascii(static_cast<char>(c)));
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

}  // namespace dossier::text
