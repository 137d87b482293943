// The pipeline: reads articles, runs the per-document stages on several threads, then the
// corpus stages, and returns the dossier. The one entry point of the CLI, tests and tools.
#ifndef DOSSIER_PIPELINE_H_
#define DOSSIER_PIPELINE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/document.h"
#include "dossier/span.h"

namespace dossier {

struct PipelineOptions {
  std::string models_dir;  // empty: default_models_dir()
  unsigned threads = 0;    // 0: one per core
  std::optional<CivilDate> default_date;  // article date for articles that carry none
  uint64_t max_article_bytes = 64ull << 20;  // larger articles are skipped with a message
  std::string dates_file;         // a table of "path-or-id<TAB>YYYY-MM-DD" lines; these dates win
  bool dates_from_mtime = false;  // undated articles take their file's modification day
  // false: confidences as the stages compute them, before models/calibration.bin maps them to the
  // precision measured on real news (for fitting that map); thresholds then show everything.
  bool calibrate = true;
  // false: event confidences are the coder's prior, without models/event_scorer.bin (for training it).
  bool score_events = true;
};

// Receives progress and diagnostics while a run goes on; called from one thread at a time.
class Observer {
 public:
  virtual ~Observer() = default;
  virtual void on_diagnostic(const Diagnostic& /*diagnostic*/) {}
  virtual void on_progress(size_t /*done*/, size_t /*total*/) {}
};

// Articles that come from elsewhere than files (pages fetched from the web), a batch at a time.
class ArticleSource {
 public:
  virtual ~ArticleSource() = default;
  // Appends the next articles (id, path, text and metadata set; layers empty) to batch and what
  // went wrong to diagnostics; false once nothing is left (batch may still have received some).
  virtual bool next(std::vector<Document>& batch, std::vector<Diagnostic>& diagnostics) = 0;
};

class Pipeline {
 public:
  // Loads every model once; throws ModelError naming the file when one is missing or corrupt.
  explicit Pipeline(PipelineOptions options = {});
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Reads every file under paths (directories recursively) and analyses the articles.
  // Unreadable inputs become diagnostics; the rest is analysed.
  Dossier analyze_paths(const std::vector<std::string>& paths, Observer* observer = nullptr) const;
  // The same with the articles of more after those of the files (pages fetched from the web).
  Dossier analyze_paths(const std::vector<std::string>& paths, ArticleSource& more,
                        Observer* observer = nullptr) const;
  // Analyses articles already in memory (id, text and metadata set; layers empty).
  Dossier analyze(std::vector<Document> documents, Observer* observer = nullptr) const;
  // Runs the per-document stages on one article (none when its language is not analysed).
  void annotate(Document& document) const;
  // What analyze() does to one article: the default date when it has none, then annotate();
  // returns the diagnostic that skips the article when a stage fails (its layers are then partial).
  std::optional<Diagnostic> analyze_document(Document& document) const;
  // Runs the corpus stages over annotated articles.
  void link(Dossier& dossier) const;
  // What the corpus stages read of one annotated article (opaque bytes), for a store to keep and
  // give back to link(); depends on the article and the models alone.
  std::string summarize(const Document& document) const;
  // link() with summaries[i] = summarize(document i) made earlier by the same code and models, or
  // empty where there is none. Throws ModelError naming the article for a damaged summary.
  void link(Dossier& dossier, std::span<const std::string> summaries) const;

  const PipelineOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

// The directory models are loaded from when PipelineOptions::models_dir is empty: $DOSSIER_MODELS,
// else the install prefix's share/dossier/models when it exists, else the source tree's models/.
std::string default_models_dir();

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_H_
