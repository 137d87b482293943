#include "text/fold.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/uchar.h>

namespace dossier::text {

void append_fold_case(std::string_view text, std::string& out) {
  bool ascii = true;
  for (const char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    out.reserve(out.size() + text.size());
    for (const char c : text) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
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

char32_t fold_char(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

}  // namespace dossier::text
