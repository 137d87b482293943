// Fuzz target: a PETRARCH verb dictionary from arbitrary text must compile or throw InputError,
// never crash; a dictionary that compiles must code sentences.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dossier/error.h"
#include "events_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const dossier::events::Codebook codebook = dossier::events::testing::small_codebook();
  try {
    const auto verbs = dossier::events::parse_verb_file(
        std::string_view(reinterpret_cast<const char*>(data), size), codebook, "fuzz.txt");
    dossier::fuzz::exercise(verbs);
  } catch (const dossier::InputError&) {
  }
  return 0;
}
