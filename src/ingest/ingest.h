// Ingest: finds input files and reads each into articles (plain text, JSON Lines, HTML, and any
// of these gzip-compressed). Bad input becomes diagnostics naming the file (and line).
#ifndef DOSSIER_INGEST_INGEST_H_
#define DOSSIER_INGEST_INGEST_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/document.h"
#include "dossier/pipeline.h"
#include "ingest/given_dates.h"

namespace dossier::ingest {

// Expands paths into the files to read: files as given, directories recursively (article
// extensions only, hidden entries skipped) in name order. Missing paths, broken links and
// unreadable directories become error diagnostics; files of other types a warning.
std::vector<std::string> list_inputs(const std::vector<std::string>& paths,
                                     std::vector<Diagnostic>& diagnostics);

struct ReadOptions {
  uint64_t max_article_bytes = 64ull << 20;  // per article: a .txt/.html file, a JSONL line
  DateOptions dates;                         // dates given, from names, from modification times
};

// The read options of a pipeline's options; throws InputError when the --dates table is bad.
ReadOptions read_options(const PipelineOptions& options);

struct ReadResult {
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;  // warnings (decoded as Windows-1252) and skipped parts
};

// Reads one file into articles, each with its language (language.h) and dates (assign_dates);
// never throws for bad input, which becomes diagnostics.
// JSON Lines are streamed: a file of any size is read holding one line at a time.
ReadResult read_input(const std::string& path, const ReadOptions& options);

// Reads bytes already in memory as if they were the file `name` (format from its extension or
// its content, gzip when the bytes say so).
ReadResult read_bytes(std::string_view bytes, const std::string& name, const ReadOptions& options);

// The article of an HTML page fetched from url (which names it in messages): decoded with the
// charset its HTTP Content-Type declares (http_charset) in decode_html's order, language set;
// dates are left to the caller, who knows what the listing said.
ReadResult read_page(std::string bytes, const std::string& url, std::string_view http_charset,
                     const ReadOptions& options);

// The source of no articles (for the Pipeline and Store calls without web inputs).
class NoArticles final : public ArticleSource {
 public:
  bool next(std::vector<Document>& /*batch*/, std::vector<Diagnostic>& /*diagnostics*/) override {
    return false;
  }
};

// The id of an article read from path: the file name without its extensions ("a.jsonl.gz" -> "a").
std::string id_from_path(std::string_view path);

// Makes document ids unique by suffixing "-2", "-3", ... in input order; one warning per id
// renamed, naming the file of its first renamed article.
void assign_unique_ids(std::vector<Document>& documents, std::vector<Diagnostic>& diagnostics);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_INGEST_H_
