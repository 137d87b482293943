// Fuzz target: the corpus stages (entity resolution, near-duplicates, stories, conflicts,
// positions) and both writers, over up to eight articles cut from the input at form feeds and
// decoded as ingest decodes them. The JSON must parse and keep the rules of docs/schema.md.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<dossier::Document> docs;
  for (const std::string_view part : dossier::fuzz::split_articles(dossier::fuzz::bytes_of(data, size), 8)) {
    dossier::Document doc;
    doc.id = "a" + std::to_string(docs.size());
    doc.path = doc.id + ".txt";
    doc.text = dossier::fuzz::article_text(part);
    if (!doc.text.empty()) docs.push_back(std::move(doc));
  }
  const dossier::Dossier dossier = dossier::fuzz::whole_pipeline().analyze(std::move(docs));
  for (const auto& doc : dossier.documents) dossier::fuzz::check_layers(doc);
  dossier::fuzz::check_writers(dossier);
  return 0;
}
