// Fuzz target: the reader of dossier map's records (src/mapred/record.h), which reduce runs on
// lines from many machines. An input starting with '{' is a record line as written; one starting
// with 0xFE the payload of an article's fields (fuzz::model_file, compressed into a valid line, so
// that mutations reach the fields behind checksum and compression); any other the payload of the
// outer, compressed container. Whatever is read writes back to a record that reads the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "dossier/error.h"
#include "dossier/store.h"
#include "fuzz_support.h"
#include "mapred/base64.h"
#include "mapred/record.h"
#include "store/codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dossier;
  static const mapred::Versions versions{Store::code_version(), Store::model_version(DOSSIER_FUZZ_MODELS)};
  const std::string_view input = fuzz::bytes_of(data, size);
  std::string line(input);
  if (input.starts_with('\xFE')) {
    line = mapred::article_line_of_fields("fuzz", fuzz::model_file(input.substr(1), "map-article-fields", 1));
  } else if (!input.starts_with('{')) {
    line = "{\"dossier_map\":1,\"article\":\"" +
           mapred::base64_encode(fuzz::model_file(input, "map-article", 1)) + "\"}";
  }
  std::variant<mapred::ArticleRecord, mapred::DiagnosticRecord> record;
  try {
    record = mapred::parse_record(line, "fuzz", versions);
  } catch (const ModelError&) {
    return 0;
  }
  if (auto* article = std::get_if<mapred::ArticleRecord>(&record)) {
    fuzz::check_layers(article->document);
    const std::string again = mapred::article_line(article->place, article->document, article->summary, versions);
    const auto reread = std::get<mapred::ArticleRecord>(mapred::parse_record(again, "fuzz", versions));
    fuzz::check(reread.document.text == article->document.text && reread.document.id == article->document.id &&
                reread.summary == article->summary && reread.place.source == article->place.source &&
                store::encode_layers(reread.document) == store::encode_layers(article->document));
  } else {
    const auto& diagnostic = std::get<mapred::DiagnosticRecord>(record);
    const auto reread = std::get<mapred::DiagnosticRecord>(
        mapred::parse_record(mapred::diagnostic_line(diagnostic), "fuzz", versions));
    fuzz::check(reread.diagnostic.message == diagnostic.diagnostic.message && reread.step == diagnostic.step);
  }
  return 0;
}
