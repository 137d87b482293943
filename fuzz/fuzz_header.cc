// Fuzz target: article header recognition and the date parser it uses, on text decoded as ingest
// decodes it (the header stage never sees invalid UTF-8).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_support.h"
#include "ingest/date_parse.h"
#include "ingest/header.h"
#include "ingest/header_patterns.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string decoded = dossier::fuzz::article_text(dossier::fuzz::bytes_of(data, size));
  const std::string_view text = decoded;
  dossier::ArticleMeta meta;
  dossier::ingest::recognize_headers(text, meta);
  uint32_t previous_end = 0;
  for (const auto& header : meta.header_spans) {
    if (header.span.begin < previous_end || header.span.end <= header.span.begin ||
        header.span.end > text.size()) {
      std::abort();
    }
    previous_end = header.span.end;
  }
  if (meta.date && !meta.date->valid()) std::abort();
  for (const auto& header : meta.header_spans) dossier::fuzz::check_span(decoded, header.span);
  if (const auto date = dossier::ingest::match_date(text)) {
    if (date->length == 0 || date->length > text.size() || !date->date.valid()) std::abort();
  }
  if (const auto dateline = dossier::ingest::header::match_dateline(text)) {
    if (dateline->length == 0 || dateline->length > text.size()) std::abort();
  }
  dossier::ingest::header::match_byline(text);
  return 0;
}
