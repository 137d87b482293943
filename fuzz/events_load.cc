// Fuzz target: an events resource file (its payload in a valid container, fuzz_support.h) must
// load or throw ModelError, never crash; a file that loads must code sentences.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dossier/error.h"
#include "events_fuzz.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    // The events resource's container kind and version (events/verb_dictionary.cc).
    const auto verbs = dossier::events::VerbDictionary::from_bytes(
        dossier::fuzz::model_file(dossier::fuzz::bytes_of(data, size), "events", 1), "fuzz.dsr");
    dossier::fuzz::exercise(verbs);
  } catch (const dossier::ModelError&) {
  }
  return 0;
}
