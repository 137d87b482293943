#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

#include "dossier/article.h"

namespace dossier {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_letter(c) || (c >= '0' && c <= '9'); }

}  // namespace

bool is_language_tag(std::string_view tag) {
  const size_t dash = tag.find('-');
  const std::string_view primary = tag.substr(0, dash);
  if (primary.size() < 2 || primary.size() > 3) return false;
  for (const char c : primary) {
    if (c < 'a' || c > 'z') return false;
  }
  if (dash == std::string_view::npos) return true;
  std::string_view rest = tag.substr(dash + 1);
  for (;;) {
    const size_t next = rest.find('-');
    const std::string_view part = rest.substr(0, next);
    if (part.empty() || part.size() > 8) return false;
    for (const char c : part) {
      if (!is_ascii_alnum(c)) return false;
    }
    if (next == std::string_view::npos) return true;
    rest = rest.substr(next + 1);
  }
}

bool is_analysed_language(std::string_view tag) {
  return tag == "en" || tag.starts_with("en-");
}

std::string language_name(std::string_view tag) {
  const icu::Locale locale(std::string(tag).c_str());
  icu::UnicodeString name;
  locale.getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  // ICU echoes a code it does not know.
  if (out.empty() || out == locale.getLanguage()) return std::string(tag);
  return out;
}

}  // namespace dossier
