// Fuzz target: the quotes stage on arbitrary text (quote marks, odd layouts), after the stages
// it reads (header, text, NER, entities, time) as in the pipeline, with the committed cue lexicon.
// Every quote must lie in the text, its parts inside its span and in order.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dossier::Document doc;
  doc.id = "fuzz";
  doc.text = dossier::fuzz::article_text(dossier::fuzz::bytes_of(data, size));
  dossier::fuzz::annotate_until(doc, "quotes");
  dossier::fuzz::check_layers(doc);
  return 0;
}
