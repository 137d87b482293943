// Fuzz target: the quote-cue lexicon loader. Loads or throws ModelError, never crashes; a lexicon
// that loads finds the quotes of a short article.
#include "dossier/error.h"
#include "fuzz_support.h"
#include "quotes/cue_lexicon.h"
#include "quotes/quote_stage.h"
#include "text/text_stage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using dossier::quotes::CueLexicon;
  try {
    const CueLexicon lexicon = CueLexicon::from_bytes(
        dossier::fuzz::model_file(dossier::fuzz::bytes_of(data, size), CueLexicon::kKind,
                                  CueLexicon::kVersion),
        "fuzz.bin");
    for (const char* form : {"said", "told", "according", "warned"}) {
      const int32_t index = lexicon.find(form);
      dossier::fuzz::check(index < static_cast<int32_t>(lexicon.size()));
      if (index >= 0) (void)lexicon.entry(index);
    }
    dossier::Document doc;
    doc.text = "\"We will not pay,\" the minister told reporters. Unions said they would strike, "
               "according to a statement.";
    dossier::text::segment(doc);
    dossier::quotes::annotate_quotes(doc, lexicon);
    dossier::fuzz::check_layers(doc);
  } catch (const dossier::ModelError&) {
  }
  return 0;
}
