// The store's SQL schema (docs/store.md) and its migrations, versioned by PRAGMA user_version.
#ifndef DOSSIER_STORE_SCHEMA_H_
#define DOSSIER_STORE_SCHEMA_H_

#include "store/sqlite.h"

namespace dossier::store {

inline constexpr int kSchemaVersion = 2;

// Sets up the connection (WAL, foreign keys) and, for a writer, creates the schema of an empty
// database or migrates an older one. Throws Error for a database that is not a store or is of a
// newer schema.
void open_schema(Database& db, bool write);
int schema_version(Database& db);

}  // namespace dossier::store

#endif  // DOSSIER_STORE_SCHEMA_H_
