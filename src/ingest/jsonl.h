// One JSON Lines record as an article: `text` and optional `id`, `title`, `date`, `url`, `source`,
// `authors`.
#ifndef DOSSIER_INGEST_JSONL_H_
#define DOSSIER_INGEST_JSONL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"

namespace dossier::ingest {

struct JsonlRecord {
  std::optional<Document> document;   // id (when given), text and meta; path left empty
  std::string error;                  // why the line was skipped; set when document is empty
  std::vector<std::string> warnings;  // fields ignored or not understood; the article is kept
};

// Parses one line (UTF-8 JSON object). Never throws.
JsonlRecord parse_jsonl_line(std::string_view line);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_JSONL_H_
