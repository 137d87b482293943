// Fuzz target: the time tagger on article text as ingest decodes it (always valid UTF-8), with and
// without an article date. Spans must stay inside the text on code-point boundaries; values must
// be non-empty.
#include <optional>

#include "fuzz_support.h"
#include "time/tagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const dossier::time::TimeTagger tagger;
  const std::string text = dossier::fuzz::article_text(dossier::fuzz::bytes_of(data, size));
  for (const auto anchor : {std::optional<dossier::CivilDate>(), std::optional(dossier::CivilDate{2023, 3, 14})}) {
    for (const auto& t : tagger.tag(text, anchor)) {
      dossier::fuzz::check_span(text, t.span);
      dossier::fuzz::check(t.span.begin < t.span.end && !t.value.empty());
    }
  }
  return 0;
}
