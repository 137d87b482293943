// Fuzz target: the time tagger on arbitrary bytes, with and without an article date. Spans must
// stay inside the text and on UTF-8 boundaries; values must be non-empty.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "time/tagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const dossier::time::TimeTagger tagger;
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const auto anchor : {std::optional<dossier::CivilDate>(), std::optional(dossier::CivilDate{2023, 3, 14})}) {
    for (const auto& t : tagger.tag(text, anchor)) {
      const bool inside = t.span.begin < t.span.end && t.span.end <= text.size();
      const bool boundary = inside && (static_cast<unsigned char>(text[t.span.begin]) & 0xC0) != 0x80 &&
                            (t.span.end == text.size() || (static_cast<unsigned char>(text[t.span.end]) & 0xC0) != 0x80);
      if (!boundary || t.value.empty()) std::abort();
    }
  }
  return 0;
}
