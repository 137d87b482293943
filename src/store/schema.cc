#include "store/schema.h"

#include <string>

#include "dossier/error.h"

namespace dossier::store {
namespace {

// Migration i takes a database of schema version i to version i + 1; version 0 is an empty file.
// A migration only ever appends to this list; each runs inside the writer's transaction.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE store_info(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE articles(
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  id            TEXT NOT NULL UNIQUE,
  path          TEXT NOT NULL,
  text          TEXT NOT NULL,
  text_hash     INTEGER NOT NULL,
  source_meta   BLOB NOT NULL,
  layers        BLOB NOT NULL,
  code_version  TEXT NOT NULL,
  model_version TEXT NOT NULL,
  added_at      TEXT NOT NULL,
  analysed_at   TEXT NOT NULL
);
CREATE INDEX articles_by_path ON articles(path, text_hash);
CREATE INDEX articles_by_version ON articles(code_version, model_version);
CREATE TABLE corpus(
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  generation    INTEGER NOT NULL,
  result        BLOB NOT NULL,
  code_version  TEXT NOT NULL,
  model_version TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE TABLE corrections(
  number    INTEGER PRIMARY KEY AUTOINCREMENT,
  action    TEXT NOT NULL,
  arguments TEXT NOT NULL,
  anchor    TEXT NOT NULL,
  who       TEXT NOT NULL,
  at        TEXT NOT NULL,
  why       TEXT NOT NULL
);
CREATE TABLE audit(
  number INTEGER PRIMARY KEY AUTOINCREMENT,
  at     TEXT NOT NULL,
  who    TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL
);
INSERT INTO store_info(key, value) VALUES('generation', '0');
)sql",
    // The search index (src/store/search.cc): article sentences, one row each, rowid = the
    // article's seq << 20 | sentence number, so an article's rows go in one range delete; and the
    // entities, quotes and events of the corrected dossier, rebuilt when it changes.
    R"sql(
CREATE VIRTUAL TABLE search_passages USING fts5(
  body, doc UNINDEXED, begin UNINDEXED, end UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE search_documents(
  seq         INTEGER PRIMARY KEY,
  analysed_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_items USING fts5(
  body, kind UNINDEXED, item UNINDEXED, doc UNINDEXED, begin UNINDEXED, end UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
)sql",
};
static_assert(std::size(kMigrations) == kSchemaVersion);

}  // namespace

int schema_version(Database& db) {
  auto q = db.prepare("PRAGMA user_version");
  q.step();
  return static_cast<int>(q.integer(0));
}

void open_schema(Database& db, bool write) {
  int version = 0;
  try {
    version = schema_version(db);
  } catch (const Error&) {
    throw Error(db.path() + ": not a dossier store");
  }
  if (version > kSchemaVersion) {
    throw Error(db.path() + ": store schema version " + std::to_string(version) +
                " is newer than this dossier knows (" + std::to_string(kSchemaVersion) + ")");
  }
  if (version == 0) {
    auto any = db.prepare("SELECT count(*) FROM sqlite_master");
    any.step();
    if (any.integer(0) != 0) throw Error(db.path() + ": not a dossier store");
  }
  if (!write) {
    if (version < kSchemaVersion) {
      throw Error(db.path() + ": not a dossier store, or one of an older schema: run 'dossier add' on it to migrate");
    }
    return;
  }
  // WAL: readers see the last commit and never block the writer; NORMAL sync keeps every commit
  // atomic and durable across a process crash (only a power loss may drop the last commits).
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  if (version == kSchemaVersion) return;
  Transaction txn(db, true);
  for (int v = version; v < kSchemaVersion; ++v) db.exec(kMigrations[v]);
  db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  txn.commit();
}

}  // namespace dossier::store
