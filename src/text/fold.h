// The one case-folding rule of the project: Unicode full case folding (ICU, default mappings) of
// UTF-8 text. fold_case("Straße") == "strasse", fold_case("ÉLYSÉE") == "élysée",
// fold_case("ΣΟΦΊΑ") == "σοφία". Accents and other marks stay; lexicon::fold also removes them.
#ifndef DOSSIER_TEXT_FOLD_H_
#define DOSSIER_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace dossier::text {

// The case-folded form of UTF-8 text (ill-formed bytes pass through). Thread-safe.
std::string fold_case(std::string_view text);

// Appends fold_case(text) to out. ASCII text takes a fast path without ICU.
void append_fold_case(std::string_view text, std::string& out);

// True when fold_case(word) == folded; ASCII words compare without allocating.
bool fold_equals(std::string_view word, std::string_view folded);

// Writes fold_case(word) to buffer and returns its length, or 0 when it does not fit in capacity
// bytes; ASCII words fold without allocating (for lexicon look-ups in hot scanners).
size_t fold_into(std::string_view word, char* buffer, size_t capacity);

// fold_case of one code point, as a code point (simple folding: "ẞ" → "ß"); for per-character
// scanners that cannot take a string.
char32_t fold_char(char32_t c);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_FOLD_H_
