// Fuzz target: decoding of plain-text files (UTF-8, UTF-16, Windows-1252/Latin-1, binary).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/decode.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  const bool valid_input = dossier::util::find_invalid_utf8(bytes) == std::string::npos;
  const auto decoded = dossier::ingest::decode_text(bytes);
  if (!decoded.error.empty()) {
    if (!decoded.text.empty()) std::abort();
    return 0;
  }
  if (dossier::util::find_invalid_utf8(decoded.text) != std::string::npos) std::abort();
  // Valid UTF-8 without a byte-order mark comes back unchanged.
  if (valid_input && !bytes.starts_with("\xEF\xBB\xBF") && !bytes.starts_with("\xFF\xFE") &&
      !bytes.starts_with("\xFE\xFF") && decoded.text != bytes) {
    std::abort();
  }
  if (valid_input && !decoded.warning.empty()) std::abort();
  return 0;
}
