// Ingest: finds input files and reads each into articles (plain text, JSON Lines, HTML, and
// any of these gzip-compressed).
#ifndef DOSSIER_INGEST_INGEST_H_
#define DOSSIER_INGEST_INGEST_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/document.h"

namespace dossier::ingest {

// Expands paths into the files to read: files as given, directories recursively in name order.
// A path that does not exist becomes an error diagnostic.
std::vector<std::string> list_inputs(const std::vector<std::string>& paths,
                                     std::vector<Diagnostic>& diagnostics);

struct ReadOptions {
  uint64_t max_article_bytes = 64ull << 20;
};

struct ReadResult {
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;  // warnings (decoded as Windows-1252) and skipped parts
};

// Reads one file into articles; never throws for bad input, which becomes diagnostics.
ReadResult read_input(const std::string& path, const ReadOptions& options);

// Makes document ids unique by suffixing "-2", "-3", ... in input order.
void assign_unique_ids(std::vector<Document>& documents);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_INGEST_H_
