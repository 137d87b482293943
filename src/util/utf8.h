// UTF-8 decoding, validation and byte/code-point offset conversion.
#ifndef DOSSIER_UTIL_UTF8_H_
#define DOSSIER_UTIL_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::util {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at text[pos] and advances pos; an invalid sequence yields
// kReplacementChar and advances one byte.
char32_t decode_utf8(std::string_view text, size_t& pos);
// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);
// Offset of the first invalid byte, or npos when text is valid UTF-8.
size_t find_invalid_utf8(std::string_view text);
// text itself when it is valid UTF-8; otherwise each byte that is not part of a valid sequence
// written as "\xHH" and each backslash as "\\", so that the original bytes can be recovered
// (unescape_name). For names (file paths) that must go into JSON.
std::string escape_invalid_utf8(std::string_view text);
// The bytes of a name escaped by escape_invalid_utf8 (a name with no "\x" escape is returned as is).
std::string unescape_name(std::string_view name);
// Number of code points in text (valid UTF-8 assumed).
size_t count_code_points(std::string_view text);
// True for a byte that does not start a code point.
inline bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Maps byte offsets of one text to code-point offsets in O(1) after O(n) set-up.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Code-point offset of a byte offset that starts a code point (or equals the text size).
  uint32_t to_code_point(uint32_t byte_offset) const;

 private:
  // Code points before each 64-byte block, and the text to count the rest.
  std::vector<uint32_t> block_counts_;
  std::string_view text_;
  uint32_t total_ = 0;
  bool ascii_ = true;
};

}  // namespace dossier::util

#endif  // DOSSIER_UTIL_UTF8_H_
