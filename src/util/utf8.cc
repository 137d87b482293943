#include "util/utf8.h"

namespace dossier::util {

char32_t decode_utf8(std::string_view text, size_t& pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  int length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    ++pos;
    return kReplacementChar;
  }
  if (pos + static_cast<size_t>(length) > text.size()) {
    ++pos;
    return kReplacementChar;
  }
  for (int i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + static_cast<size_t>(i));
    if (!is_continuation(next)) {
      ++pos;
      return kReplacementChar;
    }
    cp = (cp << 6) | (next & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return kReplacementChar;
  }
  pos += static_cast<size_t>(length);
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t find_invalid_utf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t start = pos;
    const char32_t cp = decode_utf8(text, pos);
    // A literal U+FFFD in the input is valid; only a one-byte advance marks an error.
    if (cp == kReplacementChar && pos == start + 1) return start;
  }
  return std::string_view::npos;
}

std::string escape_invalid_utf8(std::string_view text) {
  if (find_invalid_utf8(text) == std::string_view::npos) return std::string(text);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() + 16);
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = decode_utf8(text, pos);
    const auto byte = static_cast<unsigned char>(text[start]);
    if (cp == kReplacementChar && pos == start + 1) {
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    } else if (byte == '\\') {
      out += "\\\\";
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::string unescape_name(std::string_view name) {
  if (name.find("\\x") == std::string_view::npos) return std::string(name);
  const auto hex = [](char c) {
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
  };
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '\\' && i + 1 < name.size() && name[i + 1] == '\\') {
      out += '\\';
      ++i;
    } else if (name[i] == '\\' && i + 3 < name.size() && name[i + 1] == 'x') {
      out += static_cast<char>(hex(name[i + 2]) * 16 + hex(name[i + 3]));
      i += 3;
    } else {
      out += name[i];
    }
  }
  return out;
}

size_t count_code_points(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += !is_continuation(static_cast<unsigned char>(c));
  return count;
}

namespace {
constexpr uint32_t kBlock = 64;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  block_counts_.reserve(text.size() / kBlock + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_counts_.push_back(count);
    count += !is_continuation(static_cast<unsigned char>(text[i]));
  }
  total_ = count;
}

uint32_t CodePointIndex::to_code_point(uint32_t byte_offset) const {
  if (ascii_) return byte_offset;
  if (byte_offset >= text_.size()) return total_;
  const uint32_t block = byte_offset / kBlock;
  uint32_t count = block_counts_[block];
  for (uint32_t i = block * kBlock; i < byte_offset; ++i) {
    count += !is_continuation(static_cast<unsigned char>(text_[i]));
  }
  return count;
}

}  // namespace dossier::util
