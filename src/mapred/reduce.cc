// dossier reduce: the corpus half of Pipeline::analyze_paths over the records of dossier map.
#include <algorithm>
#include <filesystem>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "dossier/error.h"
#include "dossier/mapred.h"
#include "dossier/store.h"
#include "ingest/ingest.h"
#include "mapred/record.h"

namespace dossier {
namespace {

using mapred::ArticleRecord;
using mapred::DiagnosticRecord;
using mapred::Step;

// analyze's order: input files as a directory walk lists them (path components in name order,
// which is std::filesystem::path's order), items in their order within a file. Records from any
// number of map tasks, in any order, sort into it; ties (articles given as JSON objects on standard
// input, which have no number) fall back on content, so the order never depends on the split.
int compare_places(const mapred::Place& a, const mapred::Place& b) {
  if (a.source != b.source) {
    const int c = std::filesystem::path(a.source).compare(std::filesystem::path(b.source));
    if (c != 0) return c < 0 ? -1 : 1;
    return a.source < b.source ? -1 : 1;
  }
  if (a.record != b.record) return a.record < b.record ? -1 : 1;
  return 0;
}

bool article_before(const ArticleRecord& a, const ArticleRecord& b) {
  if (const int c = compare_places(a.place, b.place); c != 0) return c < 0;
  return std::tie(a.document.id, a.document.path, a.document.text) <
         std::tie(b.document.id, b.document.path, b.document.text);
}

bool same_article(const ArticleRecord& a, const ArticleRecord& b) {
  return compare_places(a.place, b.place) == 0 && a.document.id == b.document.id &&
         a.document.path == b.document.path && a.document.text == b.document.text;
}

bool diagnostic_before(const DiagnosticRecord& a, const DiagnosticRecord& b) {
  if (a.step != b.step) return a.step < b.step;
  if (const int c = compare_places(a.place, b.place); c != 0) return c < 0;
  return std::tie(a.diagnostic.file, a.diagnostic.line, a.diagnostic.message) <
         std::tie(b.diagnostic.file, b.diagnostic.line, b.diagnostic.message);
}

}  // namespace

struct Reducer::Impl {
  const Pipeline& pipeline;
  mapred::Versions versions;
  std::vector<ArticleRecord> articles;
  std::vector<DiagnosticRecord> diagnostics;
  std::vector<Diagnostic> rejected;  // records that could not be read, in the order read
  size_t rejected_count = 0;
};

Reducer::Reducer(const Pipeline& pipeline)
    : impl_(std::make_unique<Impl>(Impl{pipeline,
                                        {Store::code_version(), Store::model_version(pipeline.options().models_dir)},
                                        {},
                                        {},
                                        {},
                                        0})) {}

Reducer::~Reducer() = default;

size_t Reducer::rejected() const { return impl_->rejected_count; }

size_t Reducer::articles() const { return impl_->articles.size(); }

void Reducer::read(std::istream& in, const std::string& input, Observer* observer) {
  std::string line;
  for (uint64_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = input + ":" + std::to_string(number);
    try {
      auto record = mapred::parse_record(line, where, impl_->versions);
      if (auto* article = std::get_if<ArticleRecord>(&record)) {
        impl_->articles.push_back(std::move(*article));
      } else {
        impl_->diagnostics.push_back(std::move(std::get<DiagnosticRecord>(record)));
      }
    } catch (const Error& e) {
      // what() is "where: reason"; the diagnostic names input and line in its own fields.
      std::string reason = e.what();
      if (reason.starts_with(where + ": ")) reason.erase(0, where.size() + 2);
      Diagnostic d{Diagnostic::Severity::kError, input, number, "map record skipped: " + reason};
      if (observer != nullptr) observer->on_diagnostic(d);
      impl_->rejected.push_back(std::move(d));
      ++impl_->rejected_count;
    }
  }
  if (in.bad()) throw InputError(input, "read error");
}

Dossier Reducer::finish() {
  auto& articles = impl_->articles;
  auto& records = impl_->diagnostics;
  std::sort(articles.begin(), articles.end(), article_before);
  std::stable_sort(records.begin(), records.end(), diagnostic_before);

  Dossier dossier;
  std::vector<Diagnostic> diagnostics;
  auto record = records.begin();
  for (; record != records.end() && record->step != Step::kAnnotate; ++record) {
    diagnostics.push_back(std::move(record->diagnostic));
  }
  std::vector<std::string> summaries;
  for (size_t i = 0; i < articles.size(); ++i) {
    // The same input mapped by two tasks (a retried or doubly listed one) is analysed once, as
    // analyze reads a file named twice once.
    if (i > 0 && same_article(articles[i - 1], articles[i])) {
      diagnostics.push_back({Diagnostic::Severity::kWarning, articles[i].document.path, 0,
                             "mapped more than once; read once"});
      continue;
    }
    dossier.documents.push_back(std::move(articles[i].document));
    summaries.push_back(std::move(articles[i].summary));
  }
  articles.clear();
  ingest::assign_unique_ids(dossier.documents, diagnostics);
  for (; record != records.end(); ++record) diagnostics.push_back(std::move(record->diagnostic));
  records.clear();
  for (auto& d : impl_->rejected) diagnostics.push_back(std::move(d));
  impl_->rejected.clear();
  dossier.diagnostics = std::move(diagnostics);
  impl_->pipeline.link(dossier, summaries);
  return dossier;
}

}  // namespace dossier
