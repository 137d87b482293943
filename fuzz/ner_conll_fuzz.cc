// Fuzz target: the CoNLL reader, gold-tag decoding and the writer on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dossier/error.h"
#include "ner/conll.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    const dossier::ner::ConllFile file =
        dossier::ner::parse_conll(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
    std::vector<std::vector<dossier::ner::Label>> labels;
    for (const auto& d : file.documents) {
      try {
        labels.push_back(dossier::ner::gold_labels(file, d, "fuzz"));
      } catch (const dossier::InputError&) {
        labels.emplace_back();
      }
      const dossier::ner::TagDocument doc = dossier::ner::tag_document(file, d);
      if (!labels.back().empty() && labels.back().size() != doc.forms.size()) __builtin_trap();
    }
    std::string out;
    dossier::ner::write_with_predictions(file, labels, out);
  } catch (const dossier::InputError&) {
  }
  return 0;
}
