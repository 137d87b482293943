// Fuzz target: gzip decompression of single articles and streamed JSON Lines, with limits.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dossier/error.h"
#include "ingest/ingest.h"
#include "ingest/source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    dossier::ingest::MemorySource memory(bytes);
    dossier::ingest::GzipSource inflated(memory, "fuzz.gz", 1 << 20, "too large");
    const std::string out = dossier::ingest::read_all(inflated, 1 << 20, "fuzz.gz", "too large");
    if (out.size() > (1u << 20)) std::abort();
  } catch (const dossier::InputError&) {
  }
  dossier::ingest::ReadOptions options;
  options.max_article_bytes = 1 << 16;
  dossier::ingest::read_bytes(bytes, "fuzz.txt.gz", options);
  dossier::ingest::read_bytes(bytes, "fuzz.jsonl.gz", options);
  return 0;
}
