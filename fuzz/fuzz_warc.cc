// Fuzz target: WARC files (record headers, HTTP responses, chunked and gzip bodies) and the HTTP
// response parser alone.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dossier/error.h"
#include "ingest/ingest.h"
#include "ingest/warc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dossier::ingest::ReadOptions options;
  options.max_article_bytes = 1 << 16;
  dossier::ingest::read_bytes(bytes, "fuzz.warc", options);
  std::string reason;
  try {
    dossier::ingest::parse_http_response(bytes, 1 << 16, reason);
  } catch (const dossier::InputError&) {
  }
  return 0;
}
