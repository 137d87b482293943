// Fuzz target: the NER model loader. Loads or throws ModelError, never crashes; a model that loads
// tags a short article.
#include "dossier/error.h"
#include "fuzz_support.h"
#include "ner/model.h"
#include "ner/ner_stage.h"
#include "text/text_stage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using dossier::ner::NerModel;
  try {
    const NerModel model = NerModel::from_bytes(
        dossier::fuzz::model_file(dossier::fuzz::bytes_of(data, size), dossier::ner::kModelKind,
                                  dossier::ner::kModelVersion),
        "fuzz.model");
    dossier::Document doc;
    doc.text = "Prime Minister Ana Ruiz met union leaders in Port Mara on Monday, Reuters said.";
    dossier::text::segment(doc);
    dossier::ner::tag_mentions(model, doc);
    dossier::fuzz::check_layers(doc);
  } catch (const dossier::ModelError&) {
  }
  return 0;
}
