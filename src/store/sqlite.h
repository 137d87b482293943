// A small RAII wrapper over the SQLite C API: a connection, prepared statements, transactions.
// Every failure throws dossier::Error naming the database and SQLite's message.
#ifndef DOSSIER_STORE_SQLITE_H_
#define DOSSIER_STORE_SQLITE_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace dossier::store {

class Statement;

class Database {
 public:
  // Opens (creating when create is true) the database file at path.
  Database(const std::string& path, bool create, bool read_only);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements that return no rows.
  void exec(std::string_view sql);
  Statement prepare(std::string_view sql);
  int64_t last_insert_id() const;
  int changes() const;
  const std::string& path() const { return path_; }
  // Statements that run past limit from now fail with SQLite's "interrupted"; zero lifts the limit.
  void set_time_limit(std::chrono::milliseconds limit);
  [[noreturn]] void fail(std::string_view what) const;

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
  std::chrono::steady_clock::time_point deadline_;
};

class Statement {
 public:
  Statement(Database& db, sqlite3_stmt* statement);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;

  // Parameters are 1-based.
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, std::string_view text);
  Statement& bind_blob(int index, std::string_view bytes);
  // Advances; true while a row is available.
  bool step();
  // Runs a statement that returns no rows, then resets it for reuse.
  void run();
  void reset();
  // Columns are 0-based.
  int64_t integer(int column) const;
  std::string text(int column) const;
  std::string blob(int column) const;
  bool is_null(int column) const;

 private:
  Database* db_;
  sqlite3_stmt* statement_;
};

// BEGIN IMMEDIATE (a writer) or BEGIN (a reader) on construction; rolled back on destruction
// unless committed.
class Transaction {
 public:
  Transaction(Database& db, bool write);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool open_ = true;
};

}  // namespace dossier::store

#endif  // DOSSIER_STORE_SQLITE_H_
