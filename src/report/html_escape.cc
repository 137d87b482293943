#include "report/html_escape.h"

#include "text/fold.h"

namespace dossier::report::html {

void escape(std::ostream& out, std::string_view text) {
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char* entity = nullptr;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: ++run; continue;
    }
    out.write(text.data() + i - run, static_cast<std::streamsize>(run));
    run = 0;
    out << entity;
  }
  out.write(text.data() + text.size() - run, static_cast<std::streamsize>(run));
}

std::string clip(std::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

std::string fold_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    const bool is_space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string words_key(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
      key.push_back(static_cast<char>(u));
    } else if (u >= 0x80) {
      // Non-ASCII letters are kept whole; punctuation such as curly quotes is dropped.
      size_t end = i + 1;
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      const std::string_view cp = text.substr(i, end - i);
      const bool punct = cp == "“" || cp == "”" || cp == "‘" || cp == "’" || cp == "—" || cp == "–" ||
                         cp == "…" || cp == "«" || cp == "»" || cp == "\u00a0";
      if (!punct) key.append(cp);
      i = end - 1;
    }
  }
  return text::fold_case(key);
}

}  // namespace dossier::report::html
