// The map records between `dossier map` and `dossier reduce` (docs/distributed.md): one JSON
// object per line, an analysed article (its layers in the store's encoding, src/store/codec.h, and
// its corpus summary, in one checked container, compressed, in another, base64) or a diagnostic
// with its place in the input.
#ifndef DOSSIER_MAPRED_RECORD_H_
#define DOSSIER_MAPRED_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "dossier/corpus.h"
#include "dossier/document.h"

namespace dossier::mapred {

// The value of every record's "dossier_map" field; bump when the record layout changes.
inline constexpr int kRecordFormat = 1;

// What made a diagnostic, which fixes its place among the others (analyze's order).
enum class Step : uint8_t { kList, kRead, kAnnotate };

// Where an item stands in analyze's order: the input file and the item's number within it.
struct Place {
  std::string source;
  uint64_t record = 0;
};

struct ArticleRecord {
  Place place;
  Document document;    // id, path, text, metadata and layers
  std::string summary;  // Pipeline::summarize
};

struct DiagnosticRecord {
  Step step = Step::kRead;
  Place place;
  Diagnostic diagnostic;
};

// What a record must have been made by: code and model versions (Store::code_version,
// Store::model_version).
struct Versions {
  std::string code;
  std::string models;
};

std::string article_line(const Place& place, const Document& document, const std::string& summary,
                         const Versions& versions);
// The line of an article record whose fields (a container of kind map-article-fields, as
// article_line makes it) are given: compressed, in a container of kind map-article, base64.
std::string article_line_of_fields(const std::string& id, const std::string& fields);
std::string diagnostic_line(const DiagnosticRecord& record);

// True when line is a JSON object with a "dossier_map" field (a record to pass on unchanged).
bool is_record_line(std::string_view line);

// Parses one record; throws ModelError naming `where` with the reason when the line is not a
// record of this format, is damaged, or was made by other code or models than `versions`.
std::variant<ArticleRecord, DiagnosticRecord> parse_record(std::string_view line, const std::string& where,
                                                           const Versions& versions);

}  // namespace dossier::mapred

#endif  // DOSSIER_MAPRED_RECORD_H_
