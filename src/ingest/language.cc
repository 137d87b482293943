#include "ingest/language.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include "dossier/article.h"
#include "util/ascii.h"
#include "util/utf8.h"

namespace dossier::ingest {
namespace {

// CLD2 decides on the first few kilobytes as well as on the whole; 64 KB bounds its time on
// long texts.
constexpr size_t kDetectBytes = 64 * 1024;
// CLD2 calls short texts reliable too readily: below this many letters of text a detection is
// not trusted (a headline alone can look like anything). Chosen, not tuned: a short news brief
// has 300 and more.
constexpr int kMinTextBytes = 200;

}  // namespace

std::optional<std::string> detect_language(std::string_view text) {
  text = text.substr(0, kDetectBytes);
  // CLD2 needs whole UTF-8 sequences: cut back to a character boundary.
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.remove_suffix(1);
  if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.remove_suffix(1);
  if (util::find_invalid_utf8(text) != std::string_view::npos) return std::nullopt;
  bool reliable = false;
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  const CLD2::Language language = CLD2::DetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), true, top3, percent3, &text_bytes, &reliable);
  if (!reliable || text_bytes < kMinTextBytes || language == CLD2::UNKNOWN_LANGUAGE) return std::nullopt;
  std::string code = CLD2::LanguageCode(language);
  if (!is_language_tag(code)) return std::nullopt;
  return code;
}

std::string choose_language(std::string_view text, std::string_view declared) {
  if (auto detected = detect_language(text)) return *detected;
  if (is_language_tag(declared)) return std::string(declared);
  return "en";
}

}  // namespace dossier::ingest
