// The store's full-text search index (SQLite FTS5 and BM25, or PostgreSQL tsvector and ts_rank):
// article sentences, kept per article, and the entities, quotes and events of the corrected
// dossier, rebuilt when the dossier changes.
#ifndef DOSSIER_STORE_SEARCH_H_
#define DOSSIER_STORE_SEARCH_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/store.h"
#include "store/backend.h"

namespace dossier::store {

// "GENERATION.LAST_CORRECTION": changes whenever the articles or the corrections change.
std::string revision(Database& db);
// True when the index covers this revision. Inside a transaction.
bool search_index_current(Database& db);
// Brings the index up to date with dossier (the store's articles in store order, corrections
// applied). Inside a write transaction.
void refresh_search_index(Database& db, const Dossier& dossier);
// The FTS5 query that matches every word of text (the last one as a prefix); empty when text has
// no word. Quotes every word, so no FTS5 syntax in text is ever interpreted.
std::string fts_query(const std::string& text);
// The same for PostgreSQL's to_tsquery: every word, the last one as a prefix, all quoted.
std::string tsquery(const std::string& text);
// Hits best first; kind empty for every kind. Throws Error for an unknown kind.
std::vector<SearchHit> search(Database& db, const std::string& text, const std::string& kind,
                              size_t limit);

}  // namespace dossier::store

#endif  // DOSSIER_STORE_SEARCH_H_
