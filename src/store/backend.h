// The store's database behind one small interface, so that the store's logic (store.cc) and its
// SQL are written once: a connection, prepared statements with typed binds and reads, and
// transactions, over SQLite (sqlite.cc) or PostgreSQL (postgres.cc). Every failure throws
// dossier::Error naming the store's location and the database's reason.
#ifndef DOSSIER_STORE_BACKEND_H_
#define DOSSIER_STORE_BACKEND_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace dossier::store {

enum class Dialect { kSqlite, kPostgres };
enum class Access { kRead, kWrite };

// One backend's prepared statement (see Statement).
class PreparedStatement {
 public:
  virtual ~PreparedStatement() = default;
  virtual void bind(int index, int64_t value) = 0;
  virtual void bind(int index, std::string_view text) = 0;
  virtual void bind_blob(int index, std::string_view bytes) = 0;
  virtual bool step() = 0;
  virtual void reset() = 0;
  virtual int64_t integer(int column) const = 0;
  virtual std::string text(int column) const = 0;
  virtual std::string blob(int column) const = 0;
  virtual bool is_null(int column) const = 0;
};

// A prepared statement. Parameters are written '?' in the SQL for either backend and bound
// 1-based; an unbound parameter is NULL. Columns are read 0-based.
class Statement {
 public:
  explicit Statement(std::unique_ptr<PreparedStatement> statement) : statement_(std::move(statement)) {}

  Statement& bind(int index, int64_t value) {
    statement_->bind(index, value);
    return *this;
  }
  Statement& bind(int index, std::string_view text) {
    statement_->bind(index, text);
    return *this;
  }
  Statement& bind_blob(int index, std::string_view bytes) {
    statement_->bind_blob(index, bytes);
    return *this;
  }
  // Runs the statement on the first call after a reset; true while a row is available.
  bool step() { return statement_->step(); }
  // Runs a statement that returns no rows, then resets it for reuse.
  void run() {
    while (step()) {
    }
    reset();
  }
  // Forgets the rows and the bindings.
  void reset() { statement_->reset(); }
  int64_t integer(int column) const { return statement_->integer(column); }
  std::string text(int column) const { return statement_->text(column); }
  std::string blob(int column) const { return statement_->blob(column); }
  bool is_null(int column) const { return statement_->is_null(column); }

 private:
  std::unique_ptr<PreparedStatement> statement_;
};

class Database {
 public:
  virtual ~Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  virtual Dialect dialect() const = 0;
  // Runs one or more statements that return no rows.
  virtual void exec(std::string_view sql) = 0;
  virtual Statement prepare(std::string_view sql) = 0;
  // The key of the last row inserted into a table keyed by a generated integer.
  virtual int64_t last_insert_id() = 0;
  // Rows changed by the last INSERT, UPDATE or DELETE.
  virtual int64_t changes() const = 0;
  // Starts a transaction: a writer's, or a reader's that sees one committed state throughout.
  virtual void begin(bool write) = 0;
  // Statements fail once they run past limit (SQLite: from now, all together, "interrupted";
  // PostgreSQL: each statement, statement_timeout); zero lifts the limit.
  virtual void set_time_limit(std::chrono::milliseconds limit) = 0;
  // The schema version recorded in the database; 0 for a database without one.
  virtual int schema_version() = 0;
  // Records the schema version, inside the migrating transaction.
  virtual void set_schema_version(int version) = 0;
  // True when the database holds any table (of the current schema, on PostgreSQL).
  virtual bool has_tables() = 0;
  // The location as messages name it (a PostgreSQL URI without its password).
  const std::string& location() const { return location_; }

 protected:
  explicit Database(std::string location) : location_(std::move(location)) {}

 private:
  std::string location_;
};

// Begins on construction; rolled back on destruction unless committed.
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

// True for a postgresql:// or postgres:// URI.
bool is_postgres_location(std::string_view location);
// Opens the database at location: a PostgreSQL URI (the database must exist) or a SQLite file
// (created for kWrite when absent). kWrite takes the store's writer lock first and throws Error
// when another process holds it; readers never wait for it.
std::unique_ptr<Database> open_connection(const std::string& location, Access access);

std::unique_ptr<Database> open_sqlite(const std::string& path, Access access);
std::unique_ptr<Database> open_postgres(const std::string& uri, Access access);

}  // namespace dossier::store

#endif  // DOSSIER_STORE_BACKEND_H_
