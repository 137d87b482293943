// The SQLite backend: one file in WAL mode; the writer's lock is an advisory lock (flock) on the
// file STORE.lock beside it.
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <utility>

#include "dossier/error.h"
#include "store/backend.h"

namespace dossier::store {
namespace {

// The only writer: an advisory lock on STORE.lock, released by the kernel when the process dies,
// so a killed writer never leaves the store locked.
class WriterLock {
 public:
  explicit WriterLock(const std::string& store) : path_(store + ".lock") {
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) throw Error(path_ + ": cannot open the lock file");
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      ::close(fd_);
      throw Error(store + ": another dossier process is writing to this store; try again when it ends");
    }
  }
  ~WriterLock() {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  std::string path_;
  int fd_ = -1;
};

class SqliteDatabase;

class SqliteStatement final : public PreparedStatement {
 public:
  SqliteStatement(const SqliteDatabase& db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}
  ~SqliteStatement() override { sqlite3_finalize(statement_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void bind(int index, int64_t value) override;
  void bind(int index, std::string_view text) override;
  void bind_blob(int index, std::string_view bytes) override;
  bool step() override;
  void reset() override {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }
  int64_t integer(int column) const override { return sqlite3_column_int64(statement_, column); }
  std::string text(int column) const override {
    const auto* p = sqlite3_column_text(statement_, column);
    const int n = sqlite3_column_bytes(statement_, column);
    return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
  }
  std::string blob(int column) const override {
    const void* p = sqlite3_column_blob(statement_, column);
    const int n = sqlite3_column_bytes(statement_, column);
    return p == nullptr ? std::string() : std::string(static_cast<const char*>(p), static_cast<size_t>(n));
  }
  bool is_null(int column) const override { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

 private:
  const SqliteDatabase& db_;
  sqlite3_stmt* statement_;
};

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(const std::string& path, Access access, std::unique_ptr<WriterLock> lock)
      : Database(path), lock_(std::move(lock)) {
    const bool write = access == Access::kWrite;
    int flags = write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    flags |= SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      db_ = nullptr;
      throw Error(path + ": cannot open the store: " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    // A reader of a WAL database waits this long for a checkpoint or recovery before giving up.
    sqlite3_busy_timeout(db_, 10000);
    if (!write) return;
    try {
      schema_version();
    } catch (const Error&) {
      sqlite3_close(db_);
      throw Error(path + ": not a dossier store");
    }
    // WAL: readers see the last commit and never block the writer; NORMAL sync keeps every commit
    // atomic and durable across a process crash (only a power loss may drop the last commits).
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
  }
  ~SqliteDatabase() override { sqlite3_close(db_); }

  [[noreturn]] void fail(std::string_view what) const {
    throw Error(location() + ": " + std::string(what) + ": " + sqlite3_errmsg(db_));
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  void exec(std::string_view sql) override {
    const std::string statement(sql);
    char* message = nullptr;
    if (sqlite3_exec(db_, statement.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      const std::string text = message != nullptr ? message : "unknown error";
      sqlite3_free(message);
      throw Error(location() + ": " + text);
    }
  }

  Statement prepare(std::string_view sql) override {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
      fail("cannot prepare '" + std::string(sql) + "'");
    }
    return Statement(std::make_unique<SqliteStatement>(*this, statement));
  }

  int64_t last_insert_id() override { return sqlite3_last_insert_rowid(db_); }
  int64_t changes() const override { return sqlite3_changes64(db_); }

  // IMMEDIATE: the writer takes SQLite's write lock at once, never midway through a transaction.
  void begin(bool write) override { exec(write ? "BEGIN IMMEDIATE" : "BEGIN"); }

  void set_time_limit(std::chrono::milliseconds limit) override {
    if (limit.count() <= 0) {
      sqlite3_progress_handler(db_, 0, nullptr, nullptr);
      return;
    }
    deadline_ = std::chrono::steady_clock::now() + limit;
    // Every 10,000 virtual machine steps (well under a millisecond), a look at the clock.
    sqlite3_progress_handler(
        db_, 10000,
        [](void* self) -> int {
          return std::chrono::steady_clock::now() > static_cast<SqliteDatabase*>(self)->deadline_ ? 1 : 0;
        },
        this);
  }

  int schema_version() override {
    auto q = prepare("PRAGMA user_version");
    q.step();
    return static_cast<int>(q.integer(0));
  }
  void set_schema_version(int version) override {
    exec("PRAGMA user_version = " + std::to_string(version));
  }
  bool has_tables() override {
    auto q = prepare("SELECT count(*) FROM sqlite_master");
    q.step();
    return q.integer(0) != 0;
  }

 private:
  std::unique_ptr<WriterLock> lock_;
  sqlite3* db_ = nullptr;
  std::chrono::steady_clock::time_point deadline_;
};

void SqliteStatement::bind(int index, int64_t value) {
  if (sqlite3_bind_int64(statement_, index, value) != SQLITE_OK) db_.fail("bind");
}

void SqliteStatement::bind(int index, std::string_view text) {
  if (sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8) !=
      SQLITE_OK) {
    db_.fail("bind");
  }
}

void SqliteStatement::bind_blob(int index, std::string_view bytes) {
  if (sqlite3_bind_blob64(statement_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT) != SQLITE_OK) {
    db_.fail("bind");
  }
}

bool SqliteStatement::step() {
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_.fail("query failed");
}

}  // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path, Access access) {
  std::unique_ptr<WriterLock> lock;
  if (access == Access::kWrite) {
    lock = std::make_unique<WriterLock>(path);
  } else {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw Error(path + ": no such store");
  }
  return std::make_unique<SqliteDatabase>(path, access, std::move(lock));
}

}  // namespace dossier::store
