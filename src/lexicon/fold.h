// Name folding shared by the lexicon, NER features and entity resolution.
//
// fold("Erdoğan") == "erdogan", fold("Tsípras") == "tsipras", fold("Straße") == "strasse":
// compatibility decomposition (NFKD), combining marks removed, Latin letters without a
// decomposition transliterated to ASCII (ø→o, ł→l, æ→ae), curly quotes and dashes made ASCII,
// then Unicode case folding. Other scripts keep their letters (case-folded, marks removed).
//
// match_key() is the lookup key of the lexicon: fold() with punctuation normalised, so that
// "U.S." == "US" == "us", "Guinea-Bissau" == "Guinea Bissau", "Côte d'Ivoire" == "cote divoire".
#ifndef DOSSIER_LEXICON_FOLD_H_
#define DOSSIER_LEXICON_FOLD_H_

#include <string>
#include <string_view>

namespace dossier::lexicon {

// The folded form of UTF-8 text (invalid bytes become U+FFFD). Thread-safe.
std::string fold(std::string_view text);

// The lexicon key of a phrase: fold(), then '.' and apostrophes dropped, every other character
// that is not a letter, digit or '&' turned into a space, spaces collapsed and trimmed.
std::string match_key(std::string_view text);

// Appends match_key(token) to out; returns false (appending nothing) when the key is empty.
// ASCII tokens take a fast path without ICU.
bool append_match_key(std::string_view token, std::string& out);

}  // namespace dossier::lexicon

#endif  // DOSSIER_LEXICON_FOLD_H_
