// Fuzz target: HTML decoding, parsing, main-text and metadata extraction.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/html.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  const auto decoded = dossier::ingest::decode_html(std::move(bytes));
  if (!decoded.error.empty()) return 0;
  if (dossier::util::find_invalid_utf8(decoded.text) != std::string::npos) std::abort();
  const auto article = dossier::ingest::extract_html(decoded.text);
  if (dossier::util::find_invalid_utf8(article.text) != std::string::npos) std::abort();
  if (dossier::util::find_invalid_utf8(article.meta.title) != std::string::npos) std::abort();
  if (article.meta.date && !article.meta.date->valid()) std::abort();
  return 0;
}
