// Shared by the store tests: one pipeline over the committed models, the demo corpus, and store
// locations on either backend.
#ifndef DOSSIER_STORE_STORE_TEST_SUPPORT_H_
#define DOSSIER_STORE_STORE_TEST_SUPPORT_H_

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "dossier/pipeline.h"
#include "dossier/writers.h"
#include "store/backend.h"

namespace dossier::store::testing {

inline const Pipeline& test_pipeline() {
  static const Pipeline pipeline([] {
    PipelineOptions options;
    options.models_dir = std::string(DOSSIER_SOURCE_DIR) + "/models";
    options.threads = 2;
    return options;
  }());
  return pipeline;
}

inline std::string demo(const std::string& file) {
  return std::string(DOSSIER_SOURCE_DIR) + "/examples/demo/" + file;
}

// The demo articles in two halves.
inline std::vector<std::string> demo_first_half() {
  return {demo("2025-11-07-mpa-dam-burst.txt"), demo("2025-11-07-sarn-herald-dam.txt"),
          demo("2025-11-08-valdoria-today-toll.html")};
}
inline std::vector<std::string> demo_second_half() {
  return {demo("2025-11-27-mpa-parliament-confirms.txt"),
          demo("2025-11-28-continental-observer-new-leader.txt"),
          demo("2025-12-03-sarn-herald-inquiry.txt"), demo("eastern-ledger.jsonl")};
}

// The JSON with the attributions, so that comparisons cover every stored layer.
inline std::string json_of(const Dossier& dossier) {
  std::ostringstream out;
  write_json(dossier, out, true, true);
  return out.str();
}

enum class Backend { kSqlite, kPostgres };

// For test names: "Sqlite", "Postgres" (ctest runs the tests named *Postgres* with the server).
inline std::string backend_name(Backend backend) {
  return backend == Backend::kSqlite ? "Sqlite" : "Postgres";
}

// How GoogleTest names a parameter in test names.
inline void PrintTo(Backend backend, std::ostream* out) { *out << backend_name(backend); }

// The URI, without a database name, of the PostgreSQL server for tests: $DOSSIER_TEST_POSTGRES,
// else the one the ctest fixture postgres_server started (tests/postgres/server).
inline std::string postgres_server() {
  if (const char* env = std::getenv("DOSSIER_TEST_POSTGRES"); env != nullptr && *env != 0) return env;
  std::ifstream in(std::string(DOSSIER_BINARY_DIR) + "/postgres-test/uri");
  std::string uri;
  std::getline(in, uri);
  if (uri.empty()) {
    throw std::runtime_error("no PostgreSQL server for the tests: run them with ctest (fixture "
                             "postgres_server) or set DOSSIER_TEST_POSTGRES to a server's URI");
  }
  return uri;
}

// A new empty store location: dir/name.db, or a new database on the test server.
inline std::string new_store(Backend backend, const std::string& dir, const std::string& name) {
  if (backend == Backend::kSqlite) return dir + "/" + name + ".db";
  static std::atomic<int> counter{0};
  const std::string database = "dossier_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
  const auto admin = open_connection(postgres_server() + "postgres", Access::kRead);
  admin->exec("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  admin->exec("CREATE DATABASE " + database);
  return postgres_server() + database;
}

// Drops a store new_store made on the test server (a SQLite file goes with its directory).
inline void drop_store(const std::string& location) {
  if (!is_postgres_location(location)) return;
  const auto admin = open_connection(postgres_server() + "postgres", Access::kRead);
  admin->exec("DROP DATABASE IF EXISTS " + location.substr(location.rfind('/') + 1) + " WITH (FORCE)");
}

}  // namespace dossier::store::testing

#endif  // DOSSIER_STORE_STORE_TEST_SUPPORT_H_
