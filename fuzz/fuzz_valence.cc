// Fuzz target: the valence lexicon loader. Loads or throws ModelError, never crashes; a lexicon
// that loads rates every word within [-5, 5].
#include "dossier/error.h"
#include "events/valence.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using dossier::events::ValenceLexicon;
  try {
    const ValenceLexicon lexicon = ValenceLexicon::from_bytes(
        dossier::fuzz::model_file(dossier::fuzz::bytes_of(data, size), dossier::events::kValenceKind,
                                  dossier::events::kValenceVersion),
        "fuzz.bin");
    for (const char* word : {"fail", "praise", "", "x"}) {
      const int v = lexicon.valence(word);
      dossier::fuzz::check(v >= -dossier::events::kMaxValence && v <= dossier::events::kMaxValence);
    }
  } catch (const dossier::ModelError&) {
  }
  return 0;
}
