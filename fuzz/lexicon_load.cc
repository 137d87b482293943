// Fuzz target: a lexicon file (its payload in a valid container, fuzz_support.h) must load or
// throw ModelError, never crash; a file that loads must answer lookups.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dossier/error.h"
#include "fuzz_support.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    const auto lex = dossier::lexicon::Lexicon::from_bytes(
        dossier::fuzz::model_file(dossier::fuzz::bytes_of(data, size),
                                  dossier::lexicon::format::kFileKind, dossier::lexicon::format::kVersion),
        "fuzz.dsr");
    const std::array<std::string_view, 3> tokens = {"United", "States", "police"};
    (void)lex.match(tokens, dossier::lexicon::Matching::kCaseSensitive);
    for (uint32_t id = 0; id < lex.size() && id < 64; ++id) {
      (void)lex.entry(id);
      (void)lex.code_on(id, {2020, 1, 1});
    }
  } catch (const dossier::ModelError&) {
  }
  return 0;
}
