// Fuzz target: the whole pipeline on arbitrary bytes, as `dossier analyze` runs it: up to four
// input files cut from the input at form feeds, each read as the format its first byte picks
// (plain text, JSON Lines, HTML, gzip of any), articles given unique ids, every stage, both
// writers. No input may end the run; the JSON must parse and keep the rules of docs/schema.md.
#include "fuzz_support.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static constexpr const char* kNames[] = {"a.txt", "b.jsonl", "c.html", "d.txt.gz", "e.ndjson", "f", "g.htm.gz"};
  dossier::ingest::ReadOptions options;
  options.max_article_bytes = 1 << 16;
  std::vector<dossier::Document> docs;
  std::vector<dossier::Diagnostic> diagnostics;
  for (const std::string_view part : dossier::fuzz::split_articles(dossier::fuzz::bytes_of(data, size), 4)) {
    if (part.empty()) continue;
    const char* name = kNames[static_cast<unsigned char>(part[0]) % std::size(kNames)];
    auto read = dossier::ingest::read_bytes(part.substr(1), name, options);
    for (auto& doc : read.documents) {
      dossier::fuzz::check(dossier::util::find_invalid_utf8(doc.text) == std::string_view::npos);
      docs.push_back(std::move(doc));
    }
    for (auto& d : read.diagnostics) diagnostics.push_back(std::move(d));
  }
  dossier::ingest::assign_unique_ids(docs, diagnostics);
  dossier::Dossier dossier = dossier::fuzz::whole_pipeline().analyze(std::move(docs));
  for (auto& d : diagnostics) dossier.diagnostics.push_back(std::move(d));
  for (const auto& doc : dossier.documents) dossier::fuzz::check_layers(doc);
  dossier::fuzz::check_writers(dossier);
  return 0;
}
