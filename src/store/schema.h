// The store's SQL schema (docs/store.md) and its migrations, written once for both backends.
#ifndef DOSSIER_STORE_SCHEMA_H_
#define DOSSIER_STORE_SCHEMA_H_

#include <string>
#include <string_view>

#include "store/backend.h"

namespace dossier::store {

inline constexpr int kSchemaVersion = 4;

// For a writer, creates the schema of an empty database or migrates an older one. Throws Error
// for a database that is not a store or is of a newer schema.
void open_schema(Database& db, bool write);
// The SQL of the dialect: the words {serial}, {int64}, {blob} and {string} of a migration replaced.
std::string dialect_sql(std::string_view sql, Dialect dialect);

}  // namespace dossier::store

#endif  // DOSSIER_STORE_SCHEMA_H_
