#include "store/backend.h"

#include "dossier/error.h"

namespace dossier::store {

Transaction::Transaction(Database& db, bool write) : db_(db) { db_.begin(write); }

Transaction::~Transaction() {
  if (!open_) return;
  try {
    db_.exec("ROLLBACK");
  } catch (const Error&) {
    // The database already ended the transaction (SQLite after an I/O error, or a lost
    // PostgreSQL connection).
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  open_ = false;
}

bool is_postgres_location(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::unique_ptr<Database> open_connection(const std::string& location, Access access) {
  return is_postgres_location(location) ? open_postgres(location, access) : open_sqlite(location, access);
}

}  // namespace dossier::store
