#include "dossier/pipeline.h"

#include <atomic>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>

#include "dossier/error.h"
#include "ingest/ingest.h"
#include "calibrate/calibration.h"
#include "stage/models.h"
#include "pipeline/stages.h"
#include "util/model_file.h"
#include "util/parallel.h"

#ifndef DOSSIER_SOURCE_MODELS_DIR
#define DOSSIER_SOURCE_MODELS_DIR "models"
#endif
#ifndef DOSSIER_INSTALL_MODELS_DIR
#define DOSSIER_INSTALL_MODELS_DIR "/usr/local/share/dossier/models"
#endif

namespace dossier {
namespace fs = std::filesystem;

// Never from the running program's path: a host program linking the library may live anywhere.
std::string default_models_dir() {
  if (const char* env = std::getenv("DOSSIER_MODELS"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  if (fs::is_directory(DOSSIER_INSTALL_MODELS_DIR, ec)) return DOSSIER_INSTALL_MODELS_DIR;
  return DOSSIER_SOURCE_MODELS_DIR;
}

struct Pipeline::Impl {
  PipelineOptions options;
  std::vector<std::unique_ptr<const stage::DocumentStage>> document_stages;
  std::vector<std::unique_ptr<const stage::CorpusStage>> corpus_stages;
  ConfidenceThresholds thresholds;  // of the calibration model; 0 (show all) when uncalibrated
};

Pipeline::Pipeline(PipelineOptions options) {
  auto impl = std::make_unique<Impl>();
  if (options.models_dir.empty()) options.models_dir = default_models_dir();
  impl->options = std::move(options);
  stage::Models models(impl->options.models_dir);
  stage::StageContext context{models, impl->options.calibrate, impl->options.score_events};
  impl->document_stages = pipeline::make_document_stages(context);
  if (impl->options.calibrate) impl->thresholds = calibrate::calibration_model(models)->thresholds();
  impl->corpus_stages = pipeline::make_corpus_stages(context);
  impl_ = std::move(impl);
}

Pipeline::~Pipeline() = default;

const PipelineOptions& Pipeline::options() const { return impl_->options; }

namespace {

// Serialises observer calls from worker threads.
class SafeObserver {
 public:
  explicit SafeObserver(Observer* observer) : observer_(observer) {}
  void diagnostic(const Diagnostic& d) {
    if (observer_ == nullptr) return;
    std::lock_guard lock(mutex_);
    observer_->on_diagnostic(d);
  }
  void progress(size_t done, size_t total) {
    if (observer_ == nullptr) return;
    std::lock_guard lock(mutex_);
    observer_->on_progress(done, total);
  }

 private:
  Observer* observer_;
  std::mutex mutex_;
};

}  // namespace

Dossier Pipeline::analyze_paths(const std::vector<std::string>& paths, Observer* observer) const {
  ingest::NoArticles none;
  return analyze_paths(paths, none, observer);
}

Dossier Pipeline::analyze_paths(const std::vector<std::string>& paths, ArticleSource& more,
                                Observer* observer) const {
  std::vector<Diagnostic> diagnostics;
  const std::vector<std::string> files = ingest::list_inputs(paths, diagnostics);
  if (observer != nullptr) {
    for (const auto& d : diagnostics) observer->on_diagnostic(d);
  }
  std::vector<ingest::ReadResult> read(files.size());
  const ingest::ReadOptions read_options = ingest::read_options(impl_->options);
  util::parallel_for(files.size(), impl_->options.threads, [&](size_t i) {
    read[i] = ingest::read_input(files[i], read_options);
  });
  std::vector<Document> documents;
  for (auto& r : read) {
    for (auto& d : r.diagnostics) {
      if (observer != nullptr) observer->on_diagnostic(d);
      diagnostics.push_back(std::move(d));
    }
    for (auto& doc : r.documents) documents.push_back(std::move(doc));
  }
  read.clear();
  for (bool more_left = true; more_left;) {
    const size_t before = diagnostics.size();
    std::vector<Document> batch;
    more_left = more.next(batch, diagnostics);
    for (auto& doc : batch) documents.push_back(std::move(doc));
    if (observer != nullptr) {
      for (size_t i = before; i < diagnostics.size(); ++i) observer->on_diagnostic(diagnostics[i]);
    }
  }
  const size_t before_ids = diagnostics.size();
  ingest::assign_unique_ids(documents, diagnostics);
  if (observer != nullptr) {
    for (size_t i = before_ids; i < diagnostics.size(); ++i) observer->on_diagnostic(diagnostics[i]);
  }
  Dossier dossier = analyze(std::move(documents), observer);
  diagnostics.insert(diagnostics.end(), std::make_move_iterator(dossier.diagnostics.begin()),
                     std::make_move_iterator(dossier.diagnostics.end()));
  dossier.diagnostics = std::move(diagnostics);
  return dossier;
}

Dossier Pipeline::analyze(std::vector<Document> documents, Observer* observer) const {
  Dossier dossier;
  dossier.documents = std::move(documents);
  SafeObserver safe(observer);
  std::vector<std::optional<Diagnostic>> stage_failures(dossier.documents.size());
  std::atomic<size_t> done{0};
  const size_t total = dossier.documents.size();
  util::parallel_for(total, impl_->options.threads, [&](size_t i) {
    stage_failures[i] = analyze_document(dossier.documents[i]);
    if (stage_failures[i]) safe.diagnostic(*stage_failures[i]);
    safe.progress(++done, total);
  });
  size_t kept = 0;
  for (size_t i = 0; i < total; ++i) {
    if (stage_failures[i]) {
      dossier.diagnostics.push_back(std::move(*stage_failures[i]));
    } else {
      if (kept != i) dossier.documents[kept] = std::move(dossier.documents[i]);
      ++kept;
    }
  }
  dossier.documents.resize(kept);
  link(dossier);
  return dossier;
}

std::optional<Diagnostic> Pipeline::analyze_document(Document& document) const {
  if (!document.meta.date && impl_->options.default_date) {
    document.meta.date = impl_->options.default_date;
    document.meta.date_basis = DateBasis::kMetadata;
  }
  // An article in a language the models do not cover is listed, not analysed: the English
  // stages would find nonsense in it.
  if (!is_analysed_language(document.meta.language)) return std::nullopt;
  for (const auto& stage : impl_->document_stages) {
    // A stage failing on one article skips that article (its layers would be partial and
    // inconsistent), never the run.
    try {
      stage->process(document);
    } catch (const std::exception& e) {
      return Diagnostic{Diagnostic::Severity::kError, document.path.empty() ? document.id : document.path, 0,
                        "skipped: stage '" + std::string(stage->name()) + "' failed: " + e.what()};
    }
  }
  return std::nullopt;
}

void Pipeline::annotate(Document& document) const {
  if (!is_analysed_language(document.meta.language)) return;
  for (const auto& stage : impl_->document_stages) stage->process(document);
}

void Pipeline::link(Dossier& dossier) const { link(dossier, {}); }

namespace {
constexpr std::string_view kSummariesKind = "corpus-summaries";
constexpr uint32_t kSummariesVersion = 1;
}  // namespace

std::string Pipeline::summarize(const Document& document) const {
  util::ModelWriter w;
  w.u64(impl_->corpus_stages.size());
  for (const auto& corpus_stage : impl_->corpus_stages) w.string(corpus_stage->summarize(document));
  return w.file_bytes(kSummariesKind, kSummariesVersion);
}

void Pipeline::link(Dossier& dossier, std::span<const std::string> summaries) const {
  const unsigned threads = util::resolve_threads(impl_->options.threads);
  // Split per stage: by_stage[s][i] is stage s's summary of document i.
  const size_t stages = impl_->corpus_stages.size();
  std::vector<std::vector<std::string>> by_stage(stages);
  for (size_t i = 0; i < summaries.size() && i < dossier.documents.size(); ++i) {
    if (summaries[i].empty()) continue;
    auto r = util::ModelReader::from_bytes(summaries[i], "article " + dossier.documents[i].id + ": corpus summaries",
                                           kSummariesKind, kSummariesVersion, kSummariesVersion);
    if (r.count(stages) != stages) r.fail("made by another list of corpus stages");
    for (auto& stage_summaries : by_stage) {
      stage_summaries.resize(dossier.documents.size());
      stage_summaries[i] = r.string();
    }
    r.expect_end();
  }
  dossier.entities.clear();
  dossier.entity_of_chain.clear();
  dossier.stories.clear();
  dossier.duplicates.clear();
  dossier.conflicts.clear();
  dossier.positions.clear();
  dossier.confident_from = impl_->thresholds;
  for (const auto& corpus_stage : impl_->corpus_stages) {
    // A corpus stage failing must not lose what the others found: it is reported, and the run goes on.
    try {
      const auto& stage_summaries = by_stage[static_cast<size_t>(&corpus_stage - impl_->corpus_stages.data())];
      stage::add_findings(dossier, stage_summaries.empty() ? corpus_stage->process(dossier, threads)
                                                           : corpus_stage->process_summarized(dossier, stage_summaries, threads));
    } catch (const std::exception& e) {
      dossier.diagnostics.push_back({Diagnostic::Severity::kWarning, {}, 0,
                                     "corpus stage '" + std::string(corpus_stage->name()) + "' failed: " + e.what()});
    }
  }
}

}  // namespace dossier
