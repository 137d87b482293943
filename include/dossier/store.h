// A store that grows: articles analysed once and kept (SQLite, one file in WAL mode, or a
// PostgreSQL database), the corpus result updated as articles are added or removed, and users'
// corrections that every later update honours. The schema and its versions are documented in docs/store.md.
#ifndef DOSSIER_STORE_H_
#define DOSSIER_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/pipeline.h"

namespace dossier {

// What `add` did.
struct AddResult {
  size_t added = 0;        // new articles analysed and stored
  size_t present = 0;      // articles skipped because the same path and text are stored already
  size_t reanalysed = 0;   // stored articles analysed again because their versions were stale
  bool corpus_updated = false;
  std::vector<Diagnostic> diagnostics;  // inputs skipped or read with a caveat
};

// A user's decision, as recorded.
struct Correction {
  int64_t number = 0;       // 1, 2, ... in the order recorded (and applied)
  std::string action;       // "merge", "split", "reject", "retype", "relabel"
  std::vector<std::string> arguments;  // as given: "E1 E2", "Q17", "E3 ORG"...
  std::string anchor;       // JSON: the text spans the decision is attached to
  std::string who;
  std::string when;         // ISO 8601 UTC
  std::string why;
};

struct StoreStatus {
  int schema_version = 0;
  size_t articles = 0;
  size_t stale_articles = 0;    // analysed by another code or model version
  size_t entities = 0;
  size_t stories = 0;
  size_t duplicates = 0;
  size_t quotes = 0;
  size_t events = 0;
  size_t corrections = 0;
  bool corpus_current = false;  // the stored corpus result covers every stored article
  std::string code_version;     // of the corpus result
  std::string model_version;
  std::string last_update;      // ISO 8601 UTC, empty for an empty store
};

// One match of Store::search: a sentence of an article, or an entity, a quote or an event.
struct SearchHit {
  std::string kind;     // "article", "entity", "quote", "event"
  std::string item;     // the article's id, or the id the JSON gives the entity, quote or event
  std::string doc;      // the article the passage is in; empty for an entity
  uint32_t begin = 0;   // the passage: byte offsets into the article's text
  uint32_t end = 0;
  double score = 0.0;   // BM25, higher is better
  std::string snippet;  // the passage around the match, matched words between '\x02' and '\x03'
};

class Store {
 public:
  enum class Mode { kRead, kWrite };
  // Opens the store at location: a SQLite file (created for kWrite when absent) or a
  // postgresql:// URI of an existing database (its tables created for kWrite when absent). kWrite
  // takes the store's writer lock and throws Error when another process holds it; readers never
  // wait for it. Throws Error when the location cannot be opened, is not a store or its schema is
  // newer than this program knows.
  Store(const std::string& location, Mode mode);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The location as messages name it (a PostgreSQL URI without its password).
  const std::string& location() const;

  // Reads the inputs, analyses the articles not yet stored and stores them in batches (each batch
  // one transaction), re-analyses stored articles of stale versions, then updates the corpus result.
  AddResult add(const Pipeline& pipeline, const std::vector<std::string>& paths,
                Observer* observer = nullptr);
  // The same, then the articles of more, each of its batches analysed and committed as it comes
  // (so a killed run loses at most the batch it was in), then the corpus result updated once.
  AddResult add(const Pipeline& pipeline, const std::vector<std::string>& paths, ArticleSource& more,
                Observer* observer = nullptr);
  // True when an article read from path (a file's path, a fetched page's normalised address) is stored.
  bool contains_path(const std::string& path) const;
  // Removes the articles with these ids and updates the corpus result; returns the ids not found.
  std::vector<std::string> remove(const Pipeline& pipeline, const std::vector<std::string>& ids);
  // The whole dossier with every correction applied, in store order (the order articles were
  // added). Throws Error when the corpus result is not current and pipeline is null.
  Dossier load(const Pipeline* pipeline = nullptr) const;
  StoreStatus status() const;

  // Records a correction given as action and arguments (see Correction), anchored to the text
  // spans the ids name in the current dossier; throws UsageError when an id or value is unknown.
  Correction correct(const std::string& action, const std::vector<std::string>& arguments,
                     const std::string& who, const std::string& why);
  std::vector<Correction> corrections() const;

  // Full-text search (SQLite FTS5, BM25) over article sentences and the corrected dossier's
  // entities, quotes and events; every word of query must match (the last as a prefix). kind
  // empty: every kind. At most limit hits, best first; throws Error past time_limit_ms (0: none),
  // UsageError for an unknown kind.
  std::vector<SearchHit> search(const std::string& query, const std::string& kind, size_t limit,
                                int time_limit_ms = 0) const;
  // Brings the search index up to date (a writer; add, remove and correct do it themselves).
  // Throws Error when the corpus result is not current.
  void update_search_index();
  bool search_index_current() const;
  // Changes whenever the articles or the corrections change.
  std::string revision() const;

  // The version of the code and of the models that analyse articles now.
  static std::string code_version();
  static std::string model_version(const std::string& models_dir);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier

#endif  // DOSSIER_STORE_H_
