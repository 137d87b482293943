#include "dossier/store.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <filesystem>
#include <fstream>
#include <optional>
#include <unordered_set>
#include <utility>

#include "dossier/error.h"
#include "corpus/article_summary.h"
#include "dossier/version.h"
#include "ingest/ingest.h"
#include "store/backend.h"
#include "store/codec.h"
#include "store/corrections.h"
#include "store/schema.h"
#include "store/search.h"
#include "util/hash.h"
#include "util/model_file.h"
#include "util/parallel.h"

namespace dossier {
namespace fs = std::filesystem;

namespace {

// Articles analysed and committed per transaction: a crash loses at most one batch of work, and
// each commit (an fsync in WAL mode) is amortised over this many articles.
constexpr size_t kBatch = 64;

std::string now_utc() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string hex32(uint32_t value) {
  char buffer[9];
  std::snprintf(buffer, sizeof buffer, "%08x", value);
  return buffer;
}

// Catches a stage failure per article, as Pipeline::analyze does, so one article never loses a
// run. Returns each article's encoded layers and its corpus summary (Pipeline::summarize).
std::vector<std::pair<std::string, std::string>> annotate_all(const Pipeline& pipeline, std::vector<Document>& documents,
                                                              std::vector<Diagnostic>& diagnostics, Observer* observer) {
  std::vector<std::optional<Diagnostic>> failures(documents.size());
  std::vector<std::pair<std::string, std::string>> encoded(documents.size());
  util::parallel_for(documents.size(), pipeline.options().threads, [&](size_t i) {
    try {
      pipeline.annotate(documents[i]);
    } catch (const std::exception& e) {
      failures[i] = Diagnostic{Diagnostic::Severity::kWarning, documents[i].path, 0,
                               std::string("analysis failed: ") + e.what()};
    }
    encoded[i] = {store::encode_layers(documents[i]), pipeline.summarize(documents[i])};
  });
  for (auto& f : failures) {
    if (!f) continue;
    if (observer != nullptr) observer->on_diagnostic(*f);
    diagnostics.push_back(std::move(*f));
  }
  return encoded;
}

// The fields of a document a corpus stage may change (stage::add_findings: role organisations
// and confidences, chain confidences), to find the documents it changed without encoding all.
struct LinkedFields {
  std::vector<std::pair<std::string, float>> roles;
  std::vector<float> chains;
  explicit LinkedFields(const Document& d) {
    for (const auto& r : d.roles) roles.emplace_back(r.org, r.confidence);
    for (const auto& c : d.chains) chains.push_back(c.confidence);
  }
  bool operator==(const LinkedFields&) const = default;
};

}  // namespace

struct Store::Impl {
  std::string location;  // as messages name it
  bool writer = false;
  std::unique_ptr<store::Database> db;

  int64_t info_int(const std::string& key) const {
    auto q = db->prepare("SELECT value FROM store_info WHERE key = ?");
    q.bind(1, key);
    return q.step() ? std::stoll(q.text(0)) : 0;
  }
  std::string info_text(const std::string& key) const {
    auto q = db->prepare("SELECT value FROM store_info WHERE key = ?");
    q.bind(1, key);
    return q.step() ? q.text(0) : std::string();
  }
  void set_info(const std::string& key, const std::string& value) {
    db->prepare("INSERT INTO store_info(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
  }
  // Marks the articles changed: the corpus result no longer covers them. Inside a transaction.
  void bump_generation() {
    set_info("generation", std::to_string(info_int("generation") + 1));
    set_info("last_update", now_utc());
  }
  void audit(const std::string& action, const std::string& detail, const std::string& who) {
    db->prepare("INSERT INTO audit(at, who, action, detail) VALUES(?, ?, ?, ?)")
        .bind(1, now_utc())
        .bind(2, who)
        .bind(3, action)
        .bind(4, detail)
        .run();
  }

  // What a corpus update reads of each stored article besides its document, in store order.
  struct StoredRows {
    std::vector<int64_t> seqs;
    std::vector<std::string> layers;     // as the document stages left them
    std::vector<std::string> summaries;  // empty where none is stored
    std::vector<std::optional<int64_t>> linked_hashes;
  };

  // Every stored article with its layers, in store order: as the corpus stages of the stored
  // corpus result left them when `linked` (only meaningful while that result is current), else
  // as the document stages did. Fills rows when given.
  std::vector<Document> load_documents(bool linked, StoredRows* rows = nullptr) const {
    std::vector<Document> documents;
    auto q = db->prepare(linked ? "SELECT id, path, text, coalesce(linked, layers) FROM articles ORDER BY seq"
                                : "SELECT id, path, text, layers, summary, seq, linked_hash FROM articles ORDER BY seq");
    while (q.step()) {
      Document d;
      d.id = q.text(0);
      d.path = q.text(1);
      d.text = q.text(2);
      std::string bytes = q.blob(3);
      if (rows != nullptr && !linked) {
        rows->layers.push_back(bytes);
        rows->summaries.push_back(q.is_null(4) ? std::string() : q.blob(4));
        rows->seqs.push_back(q.integer(5));
        rows->linked_hashes.push_back(q.is_null(6) ? std::nullopt : std::optional<int64_t>(q.integer(6)));
      }
      store::decode_layers(std::move(bytes), location + ": article " + d.id, d);
      documents.push_back(std::move(d));
    }
    return documents;
  }

  // True when the corpus result covers the stored articles and this code can read it; models
  // empty: whatever models made it.
  bool corpus_current(const std::string& models) const {
    auto q = db->prepare("SELECT generation, code_version, model_version FROM corpus WHERE id = 1");
    if (!q.step()) return false;
    return q.integer(0) == info_int("generation") && q.text(1) == code_version() &&
           (models.empty() || q.text(2) == models);
  }

  // Runs the corpus stages over every stored article and stores their result. Inside the writer
  // lock; the result is committed in one transaction with the generation it covers. Returns the
  // dossier it stored (what load() reads back, before corrections).
  Dossier update_corpus(const Pipeline& pipeline) {
    Dossier dossier;
    StoredRows rows;
    {
      store::Transaction read(*db, false);
      dossier.documents = load_documents(false, &rows);
    }
    std::vector<LinkedFields> before;
    before.reserve(dossier.documents.size());
    for (const auto& d : dossier.documents) before.emplace_back(d);
    try {
      pipeline.link(dossier, rows.summaries);
    } catch (const ModelError& e) {
      throw ModelError(location, e.what());
    }
    rows.summaries = {};
    // The stored layers stay as the document stages made them, so the next update starts from
    // them; what the corpus stages changed in a document is kept beside them (articles.linked).
    // Only the documents whose linked fields changed are encoded, and only the rows whose
    // linked layers differ from what the last update stored are written: a 64-bit hash of the
    // encoding stands for the stored bytes (a row's layers never change without its linked
    // layers being cleared, so equal hashes mean equal bytes but for a 2^-64 chance).
    std::vector<std::pair<int64_t, std::optional<std::string>>> changed;  // (seq, linked layers)
    for (uint32_t i = 0; i < dossier.documents.size(); ++i) {
      std::optional<std::string> after;
      if (!(LinkedFields(dossier.documents[i]) == before[i])) {
        after = store::encode_layers(dossier.documents[i]);
        if (*after == rows.layers[i]) after.reset();
      }
      const std::optional<int64_t> hash =
          after ? std::optional<int64_t>(static_cast<int64_t>(util::hash_bytes(*after))) : std::nullopt;
      if (hash != rows.linked_hashes[i]) changed.emplace_back(rows.seqs[i], std::move(after));
    }
    rows = {};
    const std::string bytes = store::encode_corpus(dossier);
    store::Transaction write(*db, true);
    auto set_linked = db->prepare("UPDATE articles SET linked = ?, linked_hash = ? WHERE seq = ?");
    auto clear_linked = db->prepare("UPDATE articles SET linked = NULL, linked_hash = NULL WHERE seq = ?");
    for (const auto& [seq, linked] : changed) {
      if (linked) {
        set_linked.bind_blob(1, *linked)
            .bind(2, static_cast<int64_t>(util::hash_bytes(*linked)))
            .bind(3, seq)
            .run();
      } else {
        clear_linked.bind(1, seq).run();
      }
    }
    db->prepare("INSERT INTO corpus(id, generation, result, code_version, model_version, updated_at) "
                "VALUES(1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET generation = excluded.generation, "
                "result = excluded.result, code_version = excluded.code_version, "
                "model_version = excluded.model_version, updated_at = excluded.updated_at")
        .bind(1, info_int("generation"))
        .bind_blob(2, bytes)
        .bind(3, code_version())
        .bind(4, model_version(pipeline.options().models_dir))
        .bind(5, now_utc())
        .run();
    write.commit();
    return dossier;
  }

  // Brings the search index up to date from the dossier update_corpus just stored, without
  // reading it back.
  void refresh_search(Dossier dossier) {
    std::vector<Correction> kept;
    {
      store::Transaction read(*db, false);
      if (store::search_index_current(*db)) return;
      kept = corrections();
    }
    for (const auto& c : kept) store::apply_correction(dossier, c);
    store::Transaction txn(*db, true);
    store::refresh_search_index(*db, dossier);
    txn.commit();
  }

  std::vector<Correction> corrections() const {
    std::vector<Correction> out;
    auto q = db->prepare("SELECT number, action, arguments, anchor, who, at, why FROM corrections ORDER BY number");
    while (q.step()) {
      Correction c;
      c.number = q.integer(0);
      c.action = q.text(1);
      c.arguments = store::split_arguments(q.text(2));
      c.anchor = q.text(3);
      c.who = q.text(4);
      c.when = q.text(5);
      c.why = q.text(6);
      out.push_back(std::move(c));
    }
    return out;
  }
};

Store::Store(const std::string& location, Mode mode) : impl_(std::make_unique<Impl>()) {
  impl_->writer = mode == Mode::kWrite;
  impl_->db = store::open_connection(location, impl_->writer ? store::Access::kWrite : store::Access::kRead);
  impl_->location = impl_->db->location();
  store::open_schema(*impl_->db, impl_->writer);
}

Store::~Store() = default;

const std::string& Store::location() const { return impl_->location; }

// The encodings' versions are part of it: a store written by an older encoding is re-analysed and
// its corpus result recomputed, never misread.
std::string Store::code_version() {
  return std::string(version()) + "+layers" + std::to_string(store::kLayersVersion) + "+corpus" +
         std::to_string(store::kCorpusVersion) + "+summary" + std::to_string(corpus::kSummaryVersion);
}

std::string Store::model_version(const std::string& models_dir) {
  // Every model file's name, size and container header (which holds the payload's CRC-32), so a
  // retrained model changes the version without reading whole files.
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(models_dir, ec)) {
    if (entry.is_regular_file(ec)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string digest;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    char header[256];
    in.read(header, sizeof header);
    digest += file.filename().string();
    digest += std::to_string(fs::file_size(file, ec));
    digest.append(header, static_cast<size_t>(in.gcount()));
  }
  return "models-" + hex32(util::crc32_of(digest));
}

AddResult Store::add(const Pipeline& pipeline, const std::vector<std::string>& paths,
                     Observer* observer) {
  ingest::NoArticles none;
  return add(pipeline, paths, none, observer);
}

bool Store::contains_path(const std::string& path) const {
  auto q = impl_->db->prepare("SELECT 1 FROM articles WHERE path = ? LIMIT 1");
  q.bind(1, path);
  return q.step();
}

AddResult Store::add(const Pipeline& pipeline, const std::vector<std::string>& paths,
                     ArticleSource& more, Observer* observer) {
  if (!impl_->writer) throw UsageError(impl_->location + ": opened for reading");
  auto& db = *impl_->db;
  AddResult result;
  const std::string code = code_version();
  const std::string models = model_version(pipeline.options().models_dir);
  const auto report = [&](std::vector<Diagnostic>& diagnostics) {
    for (auto& d : diagnostics) {
      if (observer != nullptr) observer->on_diagnostic(d);
      result.diagnostics.push_back(std::move(d));
    }
    diagnostics.clear();
  };

  // Read the inputs.
  std::vector<Diagnostic> diagnostics;
  const std::vector<std::string> files = ingest::list_inputs(paths, diagnostics);
  report(diagnostics);
  std::vector<ingest::ReadResult> read(files.size());
  const ingest::ReadOptions read_options = ingest::read_options(pipeline.options());
  util::parallel_for(files.size(), pipeline.options().threads,
                     [&](size_t i) { read[i] = ingest::read_input(files[i], read_options); });

  // Stored articles stand first in id assignment, so the new ones get the ids `analyze` of all the
  // inputs together would give them; an article whose path and text are stored already is skipped.
  std::vector<Document> ids;
  {
    auto q = db.prepare("SELECT id FROM articles ORDER BY seq");
    while (q.step()) {
      Document stub;
      stub.id = q.text(0);
      ids.push_back(std::move(stub));
    }
  }
  auto present = db.prepare("SELECT text FROM articles WHERE path = ? AND text_hash = ?");
  // Appends the articles of fresh not stored yet to documents, with ids unique among all.
  const auto take_new = [&](std::vector<Document>& fresh, std::vector<Document>& documents) {
    const size_t first = ids.size();
    for (auto& doc : fresh) {
      present.bind(1, doc.path).bind(2, static_cast<int64_t>(util::crc32_of(doc.text)));
      bool found = false;
      while (!found && present.step()) found = present.text(0) == doc.text;
      present.reset();
      if (found) {
        ++result.present;
        continue;
      }
      ids.push_back(std::move(doc));
    }
    fresh.clear();
    ingest::assign_unique_ids(ids, diagnostics);
    report(diagnostics);
    for (size_t i = first; i < ids.size(); ++i) {
      documents.push_back(std::move(ids[i]));
      ids[i] = Document();
      ids[i].id = documents.back().id;
    }
  };

  // Analyses and commits documents in batches.
  const auto commit = [&](std::vector<Document>& documents) {
    const size_t total = documents.size();
    for (size_t start = 0; start < total; start += kBatch) {
      const size_t end = std::min(total, start + kBatch);
      std::vector<Document> batch(std::make_move_iterator(documents.begin() + static_cast<std::ptrdiff_t>(start)),
                                  std::make_move_iterator(documents.begin() + static_cast<std::ptrdiff_t>(end)));
      std::vector<std::string> source_meta;
      for (auto& doc : batch) {
        if (!doc.meta.date && pipeline.options().default_date) {
          doc.meta.date = pipeline.options().default_date;
          doc.meta.date_basis = DateBasis::kMetadata;
        }
        source_meta.push_back(store::encode_meta(doc.meta));
      }
      const auto encoded = annotate_all(pipeline, batch, result.diagnostics, observer);
      const std::string now = now_utc();
      store::Transaction txn(db, true);
      auto insert = db.prepare(
          "INSERT INTO articles(id, path, text, text_hash, source_meta, layers, code_version, "
          "model_version, added_at, analysed_at, summary) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      for (size_t i = 0; i < batch.size(); ++i) {
        const Document& doc = batch[i];
        insert.bind(1, doc.id)
            .bind(2, doc.path)
            .bind(3, doc.text)
            .bind(4, static_cast<int64_t>(util::crc32_of(doc.text)))
            .bind_blob(5, source_meta[i])
            .bind_blob(6, encoded[i].first)
            .bind(7, code)
            .bind(8, models)
            .bind(9, now)
            .bind(10, now)
            .bind_blob(11, encoded[i].second);
        insert.run();
      }
      impl_->bump_generation();
      impl_->audit("add", std::to_string(batch.size()) + " articles", "");
      txn.commit();
      result.added += batch.size();
      if (observer != nullptr) observer->on_progress(end, total);
    }
    documents.clear();
  };

  std::vector<Document> documents;
  {
    std::vector<Document> fresh;
    for (auto& r : read) {
      report(r.diagnostics);
      for (auto& doc : r.documents) fresh.push_back(std::move(doc));
    }
    read.clear();
    take_new(fresh, documents);
  }
  commit(documents);
  for (bool more_left = true; more_left;) {
    std::vector<Document> fresh;
    more_left = more.next(fresh, diagnostics);
    report(diagnostics);
    take_new(fresh, documents);
    commit(documents);
  }

  // Re-analyse what older code or models made, a batch per transaction, so an interrupted
  // upgrade resumes where it stopped.
  for (;;) {
    std::vector<Document> batch;
    std::vector<int64_t> seqs;
    {
      auto q = db.prepare("SELECT seq, id, path, text, source_meta FROM articles "
                          "WHERE code_version <> ? OR model_version <> ? ORDER BY seq LIMIT ?");
      q.bind(1, code).bind(2, models).bind(3, static_cast<int64_t>(kBatch));
      while (q.step()) {
        seqs.push_back(q.integer(0));
        Document d;
        d.id = q.text(1);
        d.path = q.text(2);
        d.text = q.text(3);
        d.meta = store::decode_meta(q.blob(4), impl_->location + ": article " + d.id);
        batch.push_back(std::move(d));
      }
    }
    if (batch.empty()) break;
    const auto encoded = annotate_all(pipeline, batch, result.diagnostics, observer);
    store::Transaction txn(db, true);
    auto update = db.prepare("UPDATE articles SET layers = ?, code_version = ?, model_version = ?, "
                             "analysed_at = ?, summary = ?, linked = NULL, linked_hash = NULL WHERE seq = ?");
    const std::string now = now_utc();
    for (size_t i = 0; i < batch.size(); ++i) {
      update.bind_blob(1, encoded[i].first).bind(2, code).bind(3, models).bind(4, now)
          .bind_blob(5, encoded[i].second).bind(6, seqs[i]);
      update.run();
    }
    impl_->bump_generation();
    impl_->audit("reanalyse", std::to_string(batch.size()) + " articles", "");
    txn.commit();
    result.reanalysed += batch.size();
  }

  if (!impl_->corpus_current(models)) {
    impl_->refresh_search(impl_->update_corpus(pipeline));
    result.corpus_updated = true;
  }
  update_search_index();
  return result;
}

std::vector<std::string> Store::remove(const Pipeline& pipeline, const std::vector<std::string>& ids) {
  if (!impl_->writer) throw UsageError(impl_->location + ": opened for reading");
  auto& db = *impl_->db;
  std::vector<std::string> missing;
  {
    store::Transaction txn(db, true);
    auto del = db.prepare("DELETE FROM articles WHERE id = ?");
    size_t removed = 0;
    for (const auto& id : ids) {
      del.bind(1, id);
      del.run();
      if (db.changes() == 0) {
        missing.push_back(id);
      } else {
        ++removed;
      }
    }
    if (removed > 0) {
      impl_->bump_generation();
      impl_->audit("remove", std::to_string(removed) + " articles", "");
    }
    txn.commit();
  }
  if (!impl_->corpus_current({})) impl_->refresh_search(impl_->update_corpus(pipeline));
  update_search_index();
  return missing;
}

Dossier Store::load(const Pipeline* pipeline) const {
  Dossier dossier;
  std::vector<Correction> corrections;
  bool current = false;
  {
    // One read transaction: the articles and the corpus result of one committed state.
    store::Transaction read(*impl_->db, false);
    current = impl_->corpus_current({});
    dossier.documents = impl_->load_documents(current);
    if (current) {
      auto q = impl_->db->prepare("SELECT result FROM corpus WHERE id = 1");
      q.step();
      store::decode_corpus(q.blob(0), impl_->location + ": corpus result", dossier);
    }
    corrections = impl_->corrections();
  }
  if (!current) {
    if (pipeline == nullptr) {
      throw Error(impl_->location + ": the corpus result is not current; run 'dossier add " +
                  impl_->location + "' to update it");
    }
    pipeline->link(dossier);
  }
  for (const auto& c : corrections) store::apply_correction(dossier, c);
  return dossier;
}

StoreStatus Store::status() const {
  StoreStatus s;
  auto& db = *impl_->db;
  store::Transaction read(db, false);
  s.schema_version = db.schema_version();
  s.last_update = impl_->info_text("last_update");
  {
    auto q = db.prepare("SELECT count(*) FROM articles");
    q.step();
    s.articles = static_cast<size_t>(q.integer(0));
  }
  {
    auto q = db.prepare("SELECT count(*) FROM corrections");
    q.step();
    s.corrections = static_cast<size_t>(q.integer(0));
  }
  auto q = db.prepare("SELECT code_version, model_version, result FROM corpus WHERE id = 1");
  if (q.step()) {
    s.code_version = q.text(0);
    s.model_version = q.text(1);
    auto stale = db.prepare("SELECT count(*) FROM articles WHERE code_version <> ? OR model_version <> ?");
    stale.bind(1, s.code_version).bind(2, s.model_version);
    stale.step();
    s.stale_articles = static_cast<size_t>(stale.integer(0));
  }
  s.corpus_current = impl_->corpus_current({});
  if (s.corpus_current) {
    Dossier d;
    d.documents = impl_->load_documents(true);
    store::decode_corpus(q.blob(2), impl_->location + ": corpus result", d);
    s.entities = d.entities.size();
    s.stories = d.stories.size();
    s.duplicates = d.duplicates.size();
    for (const auto& doc : d.documents) {
      s.quotes += doc.quotes.size();
      s.events += doc.events.size();
    }
  }
  return s;
}

Correction Store::correct(const std::string& action, const std::vector<std::string>& arguments,
                          const std::string& who, const std::string& why) {
  if (!impl_->writer) throw UsageError(impl_->location + ": opened for reading");
  const Dossier dossier = load();
  Correction c;
  c.action = action;
  c.arguments = arguments;
  c.anchor = store::make_anchor(dossier, action, arguments, default_models_dir());
  c.who = who;
  c.when = now_utc();
  c.why = why;
  auto& db = *impl_->db;
  store::Transaction txn(db, true);
  db.prepare("INSERT INTO corrections(action, arguments, anchor, who, at, why) VALUES(?, ?, ?, ?, ?, ?)")
      .bind(1, action)
      .bind(2, store::join_arguments(arguments))
      .bind(3, c.anchor)
      .bind(4, who)
      .bind(5, c.when)
      .bind(6, why)
      .run();
  c.number = db.last_insert_id();
  impl_->audit("correct", action + " " + store::join_arguments(arguments), who);
  txn.commit();
  update_search_index();
  return c;
}

std::vector<Correction> Store::corrections() const {
  store::Transaction read(*impl_->db, false);
  return impl_->corrections();
}

std::vector<SearchHit> Store::search(const std::string& query, const std::string& kind, size_t limit,
                                     int time_limit_ms) const {
  auto& db = *impl_->db;
  db.set_time_limit(std::chrono::milliseconds(time_limit_ms));
  try {
    store::Transaction read(db, false);
    auto hits = store::search(db, query, kind, limit);
    db.set_time_limit({});
    return hits;
  } catch (...) {
    db.set_time_limit({});
    throw;
  }
}

void Store::update_search_index() {
  if (!impl_->writer) throw UsageError(impl_->location + ": opened for reading");
  if (search_index_current()) return;
  const Dossier dossier = load();
  store::Transaction txn(*impl_->db, true);
  store::refresh_search_index(*impl_->db, dossier);
  txn.commit();
}

bool Store::search_index_current() const {
  store::Transaction read(*impl_->db, false);
  return store::search_index_current(*impl_->db);
}

std::string Store::revision() const {
  store::Transaction read(*impl_->db, false);
  return store::revision(*impl_->db);
}

}  // namespace dossier
