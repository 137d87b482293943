// Input formats, from a file's name or, failing that, its first bytes.
#ifndef DOSSIER_INGEST_FORMAT_H_
#define DOSSIER_INGEST_FORMAT_H_

#include <string_view>

namespace dossier::ingest {

enum class Format { kText, kJsonl, kHtml, kWarc, kUnknown };

struct NamedFormat {
  Format format = Format::kUnknown;
  bool gzip = false;  // the name ends in .gz
};

// .txt/.text, .jsonl/.ndjson, .html/.htm/.xhtml, .warc, each optionally followed by .gz (any case).
NamedFormat format_from_name(std::string_view path);

// For a name that says nothing: markup is HTML, a JSON object per line is JSON Lines, the rest
// plain text.
Format sniff_format(std::string_view head);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_FORMAT_H_
