// Guessing the charset of bytes that declare none and are not UTF-8 (uchardet).
#ifndef DOSSIER_INGEST_CHARSET_H_
#define DOSSIER_INGEST_CHARSET_H_

#include <string>
#include <string_view>

namespace dossier::ingest {

// uchardet's guess for bytes that are not UTF-8, lowercased ("shift_jis", "windows-1251"), when it
// names a charset of a non-Latin script or a multibyte one, which Windows-1252 would turn into
// nonsense; empty otherwise (a Latin guess, no guess), and Windows-1252 stays the reading.
std::string detect_non_latin_charset(std::string_view bytes);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_CHARSET_H_
