// dossier-bench: whole-pipeline throughput. Reads the corpus once (ingest), then times the
// per-document and corpus stages (Pipeline::analyze) on one thread and on all cores, and prints
// MB/s, articles/s and tokens (words)/s for each, from wall-clock time, and the same per CPU
// second of the process (user + system, all threads), which stays meaningful on a busy machine.
// Not a test: timings are only printed.
//
//   dossier-bench PATH... [--threads N] [--repeat K] [--models DIR]
#include <CLI/CLI.hpp>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "ingest/ingest.h"
#include "util/parallel.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<dossier::Document> read_corpus(const std::vector<std::string>& paths, uint64_t& bytes) {
  std::vector<dossier::Diagnostic> diagnostics;
  const std::vector<std::string> files = dossier::ingest::list_inputs(paths, diagnostics);
  std::vector<dossier::Document> documents;
  for (const std::string& file : files) {
    dossier::ingest::ReadResult read = dossier::ingest::read_input(file, {});
    diagnostics.insert(diagnostics.end(), read.diagnostics.begin(), read.diagnostics.end());
    for (auto& doc : read.documents) documents.push_back(std::move(doc));
  }
  dossier::ingest::assign_unique_ids(documents, diagnostics);
  for (const auto& d : diagnostics) std::cerr << "dossier-bench: " << d.to_string() << "\n";
  bytes = 0;
  for (const auto& doc : documents) bytes += doc.text.size();
  return documents;
}

struct Run {
  double seconds = 0;
  double cpu_seconds = 0;
  uint64_t tokens = 0;
};

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Best of repeat runs of the pipeline over fresh copies of the documents.
Run time_pipeline(const std::vector<dossier::Document>& corpus, unsigned threads, int repeat,
                  const std::string& models) {
  dossier::PipelineOptions options;
  options.threads = threads;
  options.models_dir = models;
  const dossier::Pipeline pipeline(options);
  Run best;
  for (int r = 0; r < repeat; ++r) {
    std::vector<dossier::Document> documents = corpus;
    const auto start = Clock::now();
    const double cpu_start = cpu_seconds();
    const dossier::Dossier result = pipeline.analyze(std::move(documents));
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu = cpu_seconds() - cpu_start;
    uint64_t tokens = 0;
    for (const auto& doc : result.documents) tokens += doc.tokens.size();
    if (r == 0 || seconds < best.seconds) best = {seconds, cpu, tokens};
  }
  return best;
}

void print_rates(const char* label, double seconds, uint64_t bytes, size_t articles, uint64_t tokens) {
  const double s = std::max(seconds, 1e-9);
  std::printf("  %-15s %8.3f s  %9.2f MB/s  %10.0f articles/s  %12.0f tokens/s\n", label, seconds,
              static_cast<double>(bytes) / 1e6 / s, static_cast<double>(articles) / s,
              static_cast<double>(tokens) / s);
}

void print(unsigned threads, const Run& run, uint64_t bytes, size_t articles) {
  std::printf("%u thread%s:\n", threads, threads == 1 ? "" : "s");
  print_rates("wall clock", run.seconds, bytes, articles, run.tokens);
  print_rates("per CPU second", run.cpu_seconds, bytes, articles, run.tokens);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dossier-bench: whole-pipeline throughput on a corpus"};
  std::vector<std::string> paths;
  unsigned threads = 0;
  int repeat = 3;
  std::string models;
  app.add_option("paths", paths, "files or directories of articles")->required();
  app.add_option("--threads", threads, "threads of the parallel run (default: one per core)");
  app.add_option("--repeat", repeat, "runs per setting; the fastest counts")->check(CLI::PositiveNumber);
  app.add_option("--models", models, "models directory (default: as dossier analyze)");
  CLI11_PARSE(app, argc, argv);
  try {
    uint64_t bytes = 0;
    const auto read_start = Clock::now();
    const std::vector<dossier::Document> corpus = read_corpus(paths, bytes);
    const double read_seconds = std::chrono::duration<double>(Clock::now() - read_start).count();
    if (corpus.empty()) throw dossier::UsageError("no articles found");
    const unsigned all = dossier::util::resolve_threads(threads);
    std::printf("corpus: %zu articles, %.2f MB, read in %.3f s; best of %d runs\n", corpus.size(),
                static_cast<double>(bytes) / 1e6, read_seconds, repeat);
    print(1, time_pipeline(corpus, 1, repeat, models), bytes, corpus.size());
    if (all > 1) print(all, time_pipeline(corpus, all, repeat, models), bytes, corpus.size());
  } catch (const std::exception& e) {
    std::cerr << "dossier-bench: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
