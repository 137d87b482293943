// store-bench: the cost of `dossier add` of a small batch into stores of growing size, against
// analysing that batch alone. Builds each store from synthetic articles (synthetic_articles.h),
// then times adding `--batch` new ones, split into the per-article phase and the corpus update.
// Not a test: timings are only printed.
//
// The stores are SQLite files in --dir, or with --postgres databases on that server (made anew as
// dossier_bench_SIZE); the time of a PostgreSQL store's add is wall-clock and the process's CPU,
// which leaves out the server's.
//
//   store-bench [--sizes 1000,10000] [--batch 100] [--dir DIR] [--threads N] [--models DIR]
//               [--postgres postgresql://USER@HOST/]
#include <CLI/CLI.hpp>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dossier/pipeline.h"
#include "dossier/store.h"
#include "store/backend.h"
#include "synthetic_articles.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU seconds of the process (user + system, all threads): meaningful on a busy machine.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Writes articles [first, first + count) of the synthetic corpus as JSON Lines.
void write_jsonl(const std::vector<dossier::Document>& articles, size_t first, size_t count,
                 const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (size_t i = first; i < first + count; ++i) {
    const auto& d = articles[i];
    nlohmann::json line = {{"id", d.id}, {"text", d.text}};
    if (d.meta.date) line["date"] = d.meta.date->iso();
    out << line.dump() << "\n";
  }
}

// A new empty store for size: a SQLite file in dir, or a new database on the server.
std::string new_store(const std::string& dir, const std::string& server, size_t size) {
  if (server.empty()) {
    const std::string path = dir + "/store-" + std::to_string(size) + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
    return path;
  }
  const std::string database = "dossier_bench_" + std::to_string(size);
  const auto admin = dossier::store::open_connection(server + "postgres", dossier::store::Access::kRead);
  admin->exec("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  admin->exec("CREATE DATABASE " + database);
  return server + database;
}

double store_megabytes(const std::string& location) {
  if (!dossier::store::is_postgres_location(location)) return static_cast<double>(fs::file_size(location)) / 1e6;
  const auto db = dossier::store::open_connection(location, dossier::store::Access::kRead);
  auto q = db->prepare("SELECT pg_database_size(current_database())");
  q.step();
  return static_cast<double>(q.integer(0)) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"store-bench: add-time of a batch into stores of growing size"};
  std::vector<size_t> sizes{1000, 10000};
  size_t batch = 100;
  std::string dir = (fs::temp_directory_path() / "dossier-store-bench").string();
  dossier::PipelineOptions options;
  app.add_option("--sizes", sizes, "Store sizes (articles)")->delimiter(',');
  app.add_option("--batch", batch, "Articles added to each store");
  app.add_option("--dir", dir, "Working directory (stores and inputs)");
  app.add_option("--threads", options.threads, "Worker threads (default: one per core)");
  app.add_option("--models", options.models_dir, "Directory of model files");
  std::string server;
  app.add_option("--postgres", server,
                 "A PostgreSQL server's URI without a database name (ending in '/'): the stores are "
                 "databases there, made anew");
  CLI11_PARSE(app, argc, argv);

  size_t largest = 0;
  for (size_t s : sizes) largest = std::max(largest, s);
  dossier::bench::SyntheticOptions synthetic;
  synthetic.articles = largest + batch;
  synthetic.min_words = 120;
  synthetic.max_words = 400;
  const auto articles = dossier::bench::make_synthetic_articles(synthetic);
  fs::create_directories(dir);
  const dossier::Pipeline pipeline(options);

  // The batch alone, the reference cost.
  const std::string batch_path = dir + "/batch.jsonl";
  write_jsonl(articles, largest, batch, batch_path);
  auto start = Clock::now();
  double cpu = cpu_seconds();
  const dossier::Dossier alone = pipeline.analyze_paths({batch_path});
  const double alone_seconds = since(start);
  const double alone_cpu = cpu_seconds() - cpu;
  std::printf("analyze %zu articles alone: %.3f s (%.3f s CPU)\n", alone.documents.size(),
              alone_seconds, alone_cpu);

  for (size_t size : sizes) {
    const std::string store_path = new_store(dir, server, size);
    const std::string base_path = dir + "/base-" + std::to_string(size) + ".jsonl";
    write_jsonl(articles, 0, size, base_path);
    dossier::Store store(store_path, dossier::Store::Mode::kWrite);
    start = Clock::now();
    store.add(pipeline, {base_path});
    const double build_seconds = since(start);
    start = Clock::now();
    cpu = cpu_seconds();
    const dossier::AddResult added = store.add(pipeline, {batch_path});
    const double add_seconds = since(start);
    const double add_cpu = cpu_seconds() - cpu;
    // Reading every stored article back (decoding its layers) is part of each corpus update.
    start = Clock::now();
    cpu = cpu_seconds();
    const size_t loaded = store.load().documents.size();
    const double load_cpu = cpu_seconds() - cpu;
    std::printf("store of %zu (built in %.1f s, %.1f MB): add %zu: %.3f s, %.3f s CPU = %.2fx the "
                "batch alone (CPU); loading all %zu articles: %.3f s CPU\n",
                size, build_seconds, store_megabytes(store_path),
                added.added, add_seconds, add_cpu, add_cpu / alone_cpu, loaded, load_cpu);
    std::fflush(stdout);
  }
  return 0;
}
