// Fuzz target: the corpus-terms loader (stopwords, background document frequencies). Loads or
// throws ModelError, never crashes; a model that loads answers lookups.
#include "corpus/term_model.h"
#include "dossier/error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using dossier::corpus::TermModel;
  try {
    const TermModel model = TermModel::from_bytes(
        dossier::fuzz::model_file(dossier::fuzz::bytes_of(data, size), dossier::corpus::kTermModelKind,
                                  dossier::corpus::kTermModelVersion),
        "fuzz.bin");
    (void)model.is_stopword("the");
    (void)model.is_stopword("");
    for (uint64_t term : {0ull, 1ull, ~0ull}) {
      dossier::fuzz::check(model.background_df(term) <= model.background_documents());
    }
  } catch (const dossier::ModelError&) {
  }
  return 0;
}
