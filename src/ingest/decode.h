// Turning the bytes of a file into UTF-8 text: byte-order marks, binary detection, UTF-8 with a
// Windows-1252 / Latin-1 fallback, and any charset ICU knows (for HTML).
#ifndef DOSSIER_INGEST_DECODE_H_
#define DOSSIER_INGEST_DECODE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dossier::ingest {

struct DecodedText {
  std::string text;     // UTF-8, byte-order mark removed
  std::string warning;  // how non-UTF-8 bytes were read; empty when the input was UTF-8
  std::string error;    // why the bytes are not text ("binary file (...)"); text is empty then
};

// Why bytes look like a binary file rather than text, or empty: a NUL byte anywhere, or many
// control characters in the first 64 KB.
std::string binary_reason(std::string_view bytes);

// Decodes a plain-text file: UTF-8 (or UTF-16 with a byte-order mark) as is; otherwise the bytes
// are read as Windows-1252 or Latin-1, or, in mostly-UTF-8 text, only the stray bytes, with a
// warning giving the first bad byte and its offset.
DecodedText decode_text(std::string bytes);

// Converts bytes in a charset ICU knows ("windows-1251", "Shift_JIS", ...) to UTF-8; malformed
// sequences become U+FFFD. nullopt when the charset is unknown.
std::optional<std::string> convert_charset(std::string_view bytes, std::string_view charset);

// 3 when bytes start with the UTF-8 byte-order mark, else 0.
size_t utf8_bom_length(std::string_view bytes);

// A size for messages: "200 MB", "12 KB", "80 bytes".
std::string format_size(uint64_t bytes);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_DECODE_H_
