// The PostgreSQL backend (libpq): the store is the tables of the URI's database (in its current
// schema); the writer's lock is a session-level advisory lock, released by the server when the
// writer's connection ends, also when the process is killed.
#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dossier/error.h"
#include "store/backend.h"

namespace dossier::store {
namespace {

// libpq's messages run over several lines ("connection ... failed: ...\n\tIs the server ...").
std::string one_line(const std::string& message) {
  std::istringstream words(message);
  std::string out;
  std::string word;
  while (words >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

// The URI as messages show it: a password (user:PASSWORD@ or password=...) replaced by "***".
std::string without_password(const std::string& uri) {
  std::string out = uri;
  const size_t authority = out.find("://");
  if (authority != std::string::npos) {
    // As libpq reads it: user information ends at the first '@' before any '/'.
    const size_t begin = authority + 3;
    const size_t at = out.find_first_of("@/", begin);
    if (at != std::string::npos && out[at] == '@') {
      const size_t colon = out.find(':', begin);
      if (colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  for (size_t p = out.find("password="); p != std::string::npos; p = out.find("password=", p + 1)) {
    const size_t value = p + 9;
    const size_t end = out.find('&', value);
    out.replace(value, (end == std::string::npos ? out.size() : end) - value, "***");
  }
  return out;
}

// '?' parameters as PostgreSQL's $1, $2...; a '?' inside a quoted literal or name stays.
std::pair<std::string, int> numbered_parameters(std::string_view sql) {
  std::string out;
  int count = 0;
  char quote = 0;
  for (const char c : sql) {
    if (quote != 0) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$' + std::to_string(++count);
    } else {
      out += c;
    }
  }
  return {out, count};
}

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// pg_type OIDs of the integer types (catalog/pg_type_d.h, stable across versions).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;

class PostgresDatabase;

// Integers are sent as text (the server parses them as the column's type); strings and blobs in
// binary format, which is their bytes as they are; results come back in binary format.
// Rows stream (libpq's single-row mode), so reading a whole store never holds all of it twice;
// when another statement needs the connection first, the rest of the rows are read ahead (drain).
class PostgresStatement final : public PreparedStatement {
 public:
  PostgresStatement(PostgresDatabase& db, std::string name, int parameters)
      : db_(db), name_(std::move(name)), values_(static_cast<size_t>(parameters)),
        bound_(values_.size(), false), formats_(values_.size(), 1) {}
  ~PostgresStatement() override;
  PostgresStatement(const PostgresStatement&) = delete;
  PostgresStatement& operator=(const PostgresStatement&) = delete;

  void bind(int index, int64_t value) override { set(index, std::to_string(value), 0); }
  void bind(int index, std::string_view text) override { set(index, std::string(text), 1); }
  void bind_blob(int index, std::string_view bytes) override { set(index, std::string(bytes), 1); }
  bool step() override;
  void reset() override;
  int64_t integer(int column) const override;
  std::string text(int column) const override {
    return std::string(PQgetvalue(result_.get(), row_, column),
                       static_cast<size_t>(PQgetlength(result_.get(), row_, column)));
  }
  std::string blob(int column) const override { return text(column); }
  bool is_null(int column) const override { return PQgetisnull(result_.get(), row_, column) != 0; }

  // Reads every result still to come into ahead_, freeing the connection.
  void drain() {
    while (streaming_) receive();
  }

 private:
  void set(int index, std::string value, int format);
  // The next result from the connection into ahead_; the end of the results ends streaming_.
  void receive();

  PostgresDatabase& db_;
  std::string name_;
  std::vector<std::string> values_;
  std::vector<bool> bound_;
  std::vector<int> formats_;
  bool started_ = false;
  bool streaming_ = false;
  std::deque<Result> ahead_;  // results received, not yet read
  Result result_;             // the one being read
  int row_ = -1;
};

class PostgresDatabase final : public Database {
 public:
  PostgresDatabase(const std::string& uri, Access access) : Database(without_password(uri)) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
    if (options == nullptr) {
      const std::string reason = error != nullptr ? error : "out of memory";
      PQfreemem(error);
      throw Error(location() + ": not a valid PostgreSQL location: " + one_line(reason));
    }
    PQconninfoFree(options);
    // Settings before dbname are defaults the URI may override; those after it are forced: every
    // string goes to and comes from the server as UTF-8.
    const char* keys[] = {"connect_timeout", "fallback_application_name", "dbname", "client_encoding", nullptr};
    const char* values[] = {"10", "dossier", uri.c_str(), "UTF8", nullptr};
    connection_ = PQconnectdbParams(keys, values, 1);
    if (connection_ == nullptr) throw Error(location() + ": cannot connect to the store: out of memory");
    if (PQstatus(connection_) != CONNECTION_OK) {
      const std::string reason = one_line(PQerrorMessage(connection_));
      PQfinish(connection_);
      throw Error(location() + ": cannot connect to the store: " + reason);
    }
    // Library code never prints: the server's notices ("table exists, skipping") are dropped.
    PQsetNoticeProcessor(connection_, [](void*, const char*) {}, nullptr);
    try {
      const std::string encoding = value("SHOW server_encoding");
      if (encoding != "UTF8" && encoding != "SQL_ASCII") {
        throw Error(location() + ": the database's encoding is " + encoding +
                    "; a store needs a UTF8 database (createdb -E UTF8 -T template0)");
      }
      // The lock is the database's and the schema's (a database may hold a store per schema).
      if (access == Access::kWrite &&
          value("SELECT pg_try_advisory_lock(" + std::to_string(kLockClass) +
                ", hashtext(coalesce(current_schema(), '')))") != "t") {
        throw Error(location() + ": another dossier process is writing to this store; try again when it ends");
      }
    } catch (...) {
      PQfinish(connection_);
      throw;
    }
  }
  ~PostgresDatabase() override { PQfinish(connection_); }

  [[noreturn]] void fail(const std::string& what, const PGresult* result) const {
    const char* message = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(connection_);
    throw Error(location() + ": " + what + ": " + one_line(message != nullptr && *message != 0
                                                               ? message
                                                               : PQerrorMessage(connection_)));
  }

  // Checks a command's result; returns it for its rows.
  Result checked(PGresult* raw, const std::string& what) {
    Result result(raw);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_SINGLE_TUPLE) return result;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
      fail(what, result.get());
    }
    const char* tuples = PQcmdTuples(result.get());
    changes_ = tuples != nullptr && *tuples != 0 ? std::stoll(tuples) : 0;
    return result;
  }

  // Frees the connection of a statement whose rows are still streaming.
  void settle() {
    if (active_ != nullptr) active_->drain();
  }
  // Sends a prepared statement's execution; its results follow by next_result().
  void send(PostgresStatement& statement, const std::string& name, const std::vector<const char*>& values,
            const std::vector<int>& lengths, const std::vector<int>& formats) {
    settle();
    if (PQsendQueryPrepared(connection_, name.c_str(), static_cast<int>(values.size()), values.data(),
                            lengths.data(), formats.data(), 1) == 0) {
      fail("query failed", nullptr);
    }
    PQsetSingleRowMode(connection_);
    active_ = &statement;
  }
  // The next result of the active statement, checked; null after the last one. On an error the
  // results are read to their end first, so the connection stays usable.
  Result next_result() {
    Result result(PQgetResult(connection_));
    if (!result) {
      active_ = nullptr;
      return result;
    }
    const ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE || status == PGRES_NONFATAL_ERROR) {
      while (PGresult* rest = PQgetResult(connection_)) PQclear(rest);
      active_ = nullptr;
    }
    return checked(result.release(), "query failed");
  }
  void forget(const PostgresStatement& statement) {
    if (active_ == &statement) active_ = nullptr;
  }

  // The first column of the first row of a query, as text; empty when it returns no row.
  std::string value(const std::string& sql) {
    settle();
    const Result result = checked(PQexec(connection_, sql.c_str()), "query failed");
    if (PQntuples(result.get()) == 0 || PQgetisnull(result.get(), 0, 0)) return {};
    return PQgetvalue(result.get(), 0, 0);
  }

  Dialect dialect() const override { return Dialect::kPostgres; }

  void exec(std::string_view sql) override {
    settle();
    checked(PQexec(connection_, std::string(sql).c_str()), "query failed");
  }

  // Each distinct SQL text is prepared once per connection and kept: the store runs the same few
  // statements many times.
  Statement prepare(std::string_view sql) override {
    auto it = prepared_.find(std::string(sql));
    if (it == prepared_.end()) {
      auto [numbered, parameters] = numbered_parameters(sql);
      std::string name = "dossier_" + std::to_string(prepared_.size() + 1);
      settle();
      checked(PQprepare(connection_, name.c_str(), numbered.c_str(), 0, nullptr),
              "cannot prepare '" + std::string(sql) + "'");
      it = prepared_.emplace(std::string(sql), std::make_pair(std::move(name), parameters)).first;
    }
    return Statement(std::make_unique<PostgresStatement>(*this, it->second.first, it->second.second));
  }

  int64_t last_insert_id() override { return std::stoll(value("SELECT lastval()")); }
  int64_t changes() const override { return changes_; }

  // The writer lock already excludes other writers; a reader sees one snapshot throughout.
  void begin(bool write) override { exec(write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }

  void set_time_limit(std::chrono::milliseconds limit) override {
    exec("SET statement_timeout = " + std::to_string(std::max<int64_t>(limit.count(), 0)));
  }

  // Kept in store_info (PostgreSQL has no PRAGMA user_version).
  int schema_version() override {
    if (value("SELECT to_regclass('store_info') IS NOT NULL") != "t") return 0;
    const std::string version = value("SELECT value FROM store_info WHERE key = 'schema_version'");
    return version.empty() ? 0 : std::stoi(version);
  }
  void set_schema_version(int version) override {
    prepare("INSERT INTO store_info(key, value) VALUES('schema_version', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, std::to_string(version))
        .run();
  }
  bool has_tables() override {
    return value("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()") != "0";
  }

  PGconn* connection() { return connection_; }

 private:
  // The advisory lock's first key: "dstr" in ASCII, so that other applications' locks on the
  // same database do not collide with it.
  static constexpr int32_t kLockClass = 0x64737472;

  PGconn* connection_ = nullptr;
  std::map<std::string, std::pair<std::string, int>> prepared_;
  int64_t changes_ = 0;
  PostgresStatement* active_ = nullptr;  // whose rows are streaming
};

void PostgresStatement::set(int index, std::string value, int format) {
  if (index < 1 || static_cast<size_t>(index) > values_.size()) {
    throw Error(db_.location() + ": bind: parameter " + std::to_string(index) + " out of range");
  }
  const auto i = static_cast<size_t>(index - 1);
  values_[i] = std::move(value);
  formats_[i] = format;
  bound_[i] = true;
}

PostgresStatement::~PostgresStatement() {
  try {
    reset();
  } catch (const Error&) {
    db_.forget(*this);  // the connection is lost; nothing more will come
  }
}

bool PostgresStatement::step() {
  if (!started_) {
    std::vector<const char*> values(values_.size(), nullptr);
    std::vector<int> lengths(values_.size(), 0);
    for (size_t i = 0; i < values_.size(); ++i) {
      if (!bound_[i]) continue;
      values[i] = values_[i].c_str();
      lengths[i] = static_cast<int>(values_[i].size());
    }
    db_.send(*this, name_, values, lengths, formats_);
    started_ = true;
    streaming_ = true;
  }
  for (;;) {
    if (result_ && ++row_ < PQntuples(result_.get())) return true;
    result_.reset();
    row_ = -1;
    if (ahead_.empty()) {
      if (!streaming_) return false;
      receive();
      continue;
    }
    result_ = std::move(ahead_.front());
    ahead_.pop_front();
  }
}

void PostgresStatement::receive() {
  try {
    Result result = db_.next_result();
    if (!result) {
      streaming_ = false;
    } else if (PQntuples(result.get()) > 0) {
      ahead_.push_back(std::move(result));
    }
  } catch (const Error&) {
    streaming_ = false;
    throw;
  }
}

void PostgresStatement::reset() {
  drain();
  ahead_.clear();
  result_.reset();
  row_ = -1;
  started_ = false;
  std::fill(bound_.begin(), bound_.end(), false);
}

int64_t PostgresStatement::integer(int column) const {
  if (is_null(column)) return 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(PQgetvalue(result_.get(), row_, column));
  const int length = PQgetlength(result_.get(), row_, column);
  const Oid type = PQftype(result_.get(), column);
  const int expected = type == kInt8Oid ? 8 : type == kInt4Oid ? 4 : type == kInt2Oid ? 2 : type == kBoolOid ? 1 : -1;
  if (expected < 0 || length != expected) {
    throw Error(db_.location() + ": column " + std::to_string(column) + " is not an integer");
  }
  // Network byte order, two's complement: sign-extend from the first byte.
  int64_t value = static_cast<int8_t>(bytes[0]);
  for (int i = 1; i < length; ++i) value = value * 256 + bytes[i];
  return value;
}

}  // namespace

std::unique_ptr<Database> open_postgres(const std::string& uri, Access access) {
  return std::make_unique<PostgresDatabase>(uri, access);
}

}  // namespace dossier::store
