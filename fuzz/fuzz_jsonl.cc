// Fuzz target: one JSON Lines record, and whole JSON Lines files read through the line reader.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/ingest.h"
#include "ingest/jsonl.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto record = dossier::ingest::parse_jsonl_line(bytes);
  if (record.document.has_value() == !record.error.empty()) std::abort();
  if (record.document && dossier::util::find_invalid_utf8(record.document->text) != std::string::npos) {
    std::abort();
  }
  dossier::ingest::ReadOptions options;
  options.max_article_bytes = 4096;
  const auto result = dossier::ingest::read_bytes(bytes, "fuzz.jsonl", options);
  for (const auto& doc : result.documents) {
    if (doc.text.empty() || doc.id.empty() || doc.text.size() > options.max_article_bytes) {
      std::abort();
    }
  }
  return 0;
}
