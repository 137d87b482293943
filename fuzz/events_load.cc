// Fuzz target: an events resource file from arbitrary bytes must load or throw ModelError, never
// crash; a file that loads must code sentences.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dossier/error.h"
#include "events_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    const auto verbs = dossier::events::VerbDictionary::from_bytes(
        std::string(reinterpret_cast<const char*>(data), size), "fuzz.dsr");
    dossier::fuzz::exercise(verbs);
  } catch (const dossier::ModelError&) {
  }
  return 0;
}
