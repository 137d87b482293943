// Decoding an HTML page's bytes to UTF-8, following what browsers do closely enough for news.
#include <string>

#include "util/ascii.h"
#include "ingest/html.h"
#include "util/utf8.h"

namespace dossier::ingest {
namespace {

// HTML5 puts the charset declaration in the first 1024 bytes; pages in the wild stray further.
constexpr size_t kPrescanBytes = 8192;

// The value after "charset=" in a <meta> tag of the page's first bytes, lowercased, or empty.
std::string declared_charset(std::string_view bytes) {
  const std::string head = util::ascii::lower(bytes.substr(0, kPrescanBytes));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const size_t close = head.find('>', pos);
    const std::string_view tag =
        std::string_view(head).substr(pos, close == std::string::npos ? std::string::npos : close - pos);
    pos += 5;
    const size_t at = tag.find("charset");
    if (at == std::string_view::npos) continue;
    size_t p = at + 7;
    while (p < tag.size() && (tag[p] == ' ' || tag[p] == '=' || tag[p] == '"' || tag[p] == '\'')) ++p;
    size_t end = p;
    while (end < tag.size() && (util::ascii::is_alnum(tag[end]) || tag[end] == '-' || tag[end] == '_' ||
                                tag[end] == ':' || tag[end] == '.')) {
      ++end;
    }
    if (end > p) return std::string(tag.substr(p, end - p));
  }
  return {};
}

bool is_utf8_label(std::string_view label) {
  return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8";
}

// HTML5 reads every Latin-1 and ASCII label as Windows-1252.
bool is_windows1252_label(std::string_view label) {
  return label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" || label == "l1" ||
         label == "us-ascii" || label == "ascii" || label == "windows-1252" || label == "cp1252" ||
         label == "x-cp1252" || label == "iso_8859-1" || label == "cp819" || label == "ibm819";
}

bool has_multibyte_utf8(std::string_view bytes) {
  for (const char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

}  // namespace

DecodedText decode_html(std::string bytes, std::string_view http_charset) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") || utf8_bom_length(bytes)) {
    return decode_text(std::move(bytes));
  }
  if (std::string reason = binary_reason(bytes); !reason.empty()) {
    DecodedText out;
    out.error = std::move(reason);
    return out;
  }
  const std::string label = http_charset.empty() ? declared_charset(bytes) : util::ascii::lower(http_charset);
  const bool valid_utf8 = util::find_invalid_utf8(bytes) == std::string::npos;
  // A page declaring Latin-1 whose non-ASCII bytes all form UTF-8 sequences is UTF-8 mislabelled:
  // such sequences are all but impossible in real Windows-1252 text.
  const bool mislabelled = is_windows1252_label(label) && valid_utf8 && has_multibyte_utf8(bytes);
  if (!label.empty() && !is_utf8_label(label) && !mislabelled) {
    const std::string icu_name = is_windows1252_label(label) ? "windows-1252" : label;
    if (auto converted = convert_charset(bytes, icu_name)) {
      DecodedText out;
      out.text = std::move(*converted);
      return out;
    }
  }
  return decode_text(std::move(bytes));
}

}  // namespace dossier::ingest
