#include "ingest/decode.h"

#include <unicode/ucnv.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

#include "ingest/charset.h"
#include "util/utf8.h"

namespace dossier::ingest {
namespace {

constexpr size_t kControlSample = 64 * 1024;
// ICU takes int32_t lengths; the output may be three times the input.
constexpr size_t kMaxConvertBytes = 512u << 20;

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(std::string_view charset) {
  const std::string name(charset);
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

// nullopt when ICU fails or the input is beyond its 32-bit lengths.
std::optional<std::string> convert_with(UConverter* converter, std::string_view bytes) {
  if (bytes.size() > kMaxConvertBytes) return std::nullopt;
  // One source byte makes at most 3 UTF-8 bytes for the BMP; a surrogate pair (2 source units at
  // least) makes 4. Retried with the exact size if a converter proves otherwise.
  std::string out(bytes.size() * 3 + 4, '\0');
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(converter);
    const int32_t written = ucnv_toAlgorithmic(
        UCNV_UTF8, converter, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
        static_cast<int32_t>(bytes.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      out.assign(static_cast<size_t>(written) + 1, '\0');
      continue;
    }
    if (U_FAILURE(status)) return std::nullopt;
    out.resize(static_cast<size_t>(written));
    return out;
  }
  return std::nullopt;
}

// Windows-1252 as ICU defines it, bytes 0x80..0xFF; its five undefined bytes map to the C1
// controls, as in Latin-1.
const std::array<char32_t, 128>& windows1252_high() {
  static const std::array<char32_t, 128> table = [] {
    std::array<char32_t, 128> t{};
    const Converter converter = open_converter("windows-1252");
    for (size_t i = 0; i < t.size(); ++i) {
      const char byte = static_cast<char>(0x80 + i);
      UChar unit = 0;
      UErrorCode status = U_ZERO_ERROR;
      const int32_t n = converter ? ucnv_toUChars(converter.get(), &unit, 1, &byte, 1, &status) : 0;
      t[i] = U_SUCCESS(status) && n == 1 ? unit : static_cast<char32_t>(0x80 + i);
    }
    return t;
  }();
  return table;
}

bool is_c1(char32_t cp) { return cp >= 0x80 && cp <= 0x9F; }

// Calls on_sequence(begin, end) for each valid multi-byte UTF-8 sequence and on_invalid(pos)
// for each byte that starts none; ASCII bytes are skipped.
template <typename OnSequence, typename OnInvalid>
void scan_non_ascii(std::string_view text, OnSequence on_sequence, OnInvalid on_invalid) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t start = pos;
    const char32_t cp = util::decode_utf8(text, pos);
    if (cp == util::kReplacementChar && pos == start + 1) {
      on_invalid(start);
    } else {
      on_sequence(start, pos);
    }
  }
}

// Many valid multi-byte sequences and few invalid bytes is UTF-8 text with a few stray
// single-byte characters pasted in.
bool mostly_utf8(std::string_view text, size_t& invalid) {
  size_t multibyte = 0;
  invalid = 0;
  scan_non_ascii(
      text, [&](size_t, size_t) { ++multibyte; }, [&](size_t) { ++invalid; });
  return multibyte > invalid;
}

// Keeps valid UTF-8 and reads each invalid byte as Windows-1252.
std::string decode_mixed(std::string_view bytes) {
  const auto& high = windows1252_high();
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  size_t copied = 0;
  scan_non_ascii(
      bytes, [](size_t, size_t) {},
      [&](size_t pos) {
        out.append(bytes.substr(copied, pos - copied));
        util::append_utf8(out, high[static_cast<unsigned char>(bytes[pos]) - 0x80]);
        copied = pos + 1;
      });
  out.append(bytes.substr(copied));
  return out;
}

bool any_windows1252_letters(std::string_view bytes) {
  const auto& high = windows1252_high();
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 && byte <= 0x9F && !is_c1(high[byte - 0x80])) return true;
  }
  return false;
}

std::string hex_byte(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
  return buffer;
}

DecodedText decode_single_byte_fallback(std::string bytes, size_t first_bad) {
  DecodedText out;
  const std::string where = "not valid UTF-8 (first bad byte " +
                            hex_byte(static_cast<unsigned char>(bytes[first_bad])) +
                            " at offset " + std::to_string(first_bad) + ")";
  size_t invalid = 0;
  if (mostly_utf8(bytes, invalid)) {
    out.text = decode_mixed(bytes);
    out.warning = where + "; " + std::to_string(invalid) +
                  " stray bytes read as Windows-1252, the rest as UTF-8";
    return out;
  }
  if (const std::string charset = detect_non_latin_charset(bytes); !charset.empty()) {
    if (auto converted = convert_charset(bytes, charset)) {
      out.text = std::move(*converted);
      out.warning = where + "; no charset declared, detected and decoded as " + charset;
      return out;
    }
  }
  // Windows-1252 and Latin-1 differ only in 0x80..0x9F, where Latin-1 has control characters
  // that real text does not use; the name in the warning says which the text needed.
  const Converter converter = open_converter("windows-1252");
  auto converted = converter ? convert_with(converter.get(), bytes) : std::nullopt;
  out.text = converted ? std::move(*converted) : decode_mixed(bytes);
  out.warning = where + "; decoded as " +
                (any_windows1252_letters(bytes) ? "Windows-1252" : "ISO-8859-1 (Latin-1)");
  return out;
}

}  // namespace

std::string format_size(uint64_t bytes) {
  if (bytes >= (1ull << 20)) return std::to_string((bytes + (1ull << 19)) >> 20) + " MB";
  if (bytes >= (1ull << 10)) return std::to_string((bytes + (1ull << 9)) >> 10) + " KB";
  return std::to_string(bytes) + " bytes";
}

size_t utf8_bom_length(std::string_view bytes) {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

std::string binary_reason(std::string_view bytes) {
  if (bytes.empty()) return {};
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    const auto offset = static_cast<const char*>(nul) - bytes.data();
    return "binary file (NUL byte at offset " + std::to_string(offset) + ")";
  }
  const std::string_view sample = bytes.substr(0, kControlSample);
  size_t controls = 0;
  for (const char c : sample) {
    const auto byte = static_cast<unsigned char>(c);
    // Tab, line feed, vertical tab, form feed and carriage return are layout, not binary.
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0D)) || byte == 0x7F) ++controls;
  }
  if (controls > 0 && controls * 20 > sample.size()) {
    return "binary file (" + std::to_string(controls * 100 / sample.size()) +
           "% of its first bytes are control characters)";
  }
  return {};
}

std::optional<std::string> convert_charset(std::string_view bytes, std::string_view charset) {
  const Converter converter = open_converter(charset);
  if (!converter) return std::nullopt;
  return convert_with(converter.get(), bytes);
}

DecodedText decode_text(std::string bytes) {
  DecodedText out;
  const bool utf16le = bytes.starts_with("\xFF\xFE");
  if (utf16le || bytes.starts_with("\xFE\xFF")) {
    auto converted =
        convert_charset(std::string_view(bytes).substr(2), utf16le ? "UTF-16LE" : "UTF-16BE");
    if (!converted) {
      out.error = "cannot convert from UTF-16";
      return out;
    }
    out.text = std::move(*converted);
    out.error = binary_reason(out.text);
    if (!out.error.empty()) out.text.clear();
    return out;
  }
  out.error = binary_reason(bytes);
  if (!out.error.empty()) return out;
  if (const size_t bom = utf8_bom_length(bytes)) bytes.erase(0, bom);
  const size_t bad = util::find_invalid_utf8(bytes);
  if (bad == std::string::npos) {
    out.text = std::move(bytes);
    return out;
  }
  return decode_single_byte_fallback(std::move(bytes), bad);
}

}  // namespace dossier::ingest
