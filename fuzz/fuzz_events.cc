// Fuzz target: every document stage through CAMEO event coding on arbitrary text.
// The text is decoded as ingest decodes it and the earlier stages run first, as in the pipeline;
// every span must stay inside the text on code-point boundaries.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dossier::Document doc;
  doc.id = "fuzz";
  doc.text = dossier::fuzz::article_text(dossier::fuzz::bytes_of(data, size));
  dossier::fuzz::annotate_until(doc, "events");
  dossier::fuzz::check_layers(doc);
  return 0;
}
