// The language of an article's text (CLD2), and the diagnostic for articles in a language the
// models do not cover.
#ifndef DOSSIER_INGEST_LANGUAGE_H_
#define DOSSIER_INGEST_LANGUAGE_H_

#include <optional>
#include <string>
#include <string_view>

namespace dossier::ingest {

// The BCP 47 code of the language most of text is in ("en", "ko", "zh-Hant"), or nullopt when
// CLD2 is not sure (short or mixed text).
std::optional<std::string> detect_language(std::string_view text);

// The language to record for an article: the detected one, else the declared one (HTML lang,
// JSON Lines field) when it is a valid code, else "en".
std::string choose_language(std::string_view text, std::string_view declared);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_LANGUAGE_H_
