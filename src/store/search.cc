#include "store/search.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "dossier/error.h"

namespace dossier::store {
namespace {

// Rowids of an article's sentences: seq << 20 | sentence. An article of more than 2^20 sentences
// (far beyond the 64 MiB article limit's reach in practice) has its tail left out of the index.
constexpr int kSentenceBits = 20;
constexpr size_t kMaxWords = 16;  // of a query: more words only slow BM25 down

std::string info(Database& db, const std::string& key) {
  auto q = db.prepare("SELECT value FROM store_info WHERE key = ?");
  q.bind(1, key);
  return q.step() ? q.text(0) : std::string();
}

void set_info(Database& db, const std::string& key, const std::string& value) {
  db.prepare("INSERT INTO store_info(key, value) VALUES(?, ?) "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .bind(1, key)
      .bind(2, value)
      .run();
}

// A NUL (PostgreSQL's text refuses it; a JSON Lines article may hold one) is indexed as a space.
std::string indexable(std::string_view body) {
  std::string out(body);
  std::replace(out.begin(), out.end(), '\0', ' ');
  return out;
}

bool passages_current(Database& db) {
  auto q = db.prepare(
      "SELECT count(*) FROM articles a LEFT JOIN search_documents s ON s.seq = a.seq "
      "WHERE s.analysed_at IS NULL OR s.analysed_at <> a.analysed_at");
  q.step();
  if (q.integer(0) != 0) return false;
  auto gone = db.prepare("SELECT count(*) FROM search_documents s WHERE NOT EXISTS "
                         "(SELECT 1 FROM articles a WHERE a.seq = s.seq)");
  gone.step();
  return gone.integer(0) == 0;
}

void delete_article_rows(Database& db, int64_t seq) {
  db.prepare("DELETE FROM search_passages WHERE rowid >= ? AND rowid < ?")
      .bind(1, seq << kSentenceBits)
      .bind(2, (seq + 1) << kSentenceBits)
      .run();
  db.prepare("DELETE FROM search_documents WHERE seq = ?").bind(1, seq).run();
}

// Articles added, re-analysed or removed since the last refresh: only their rows change.
void refresh_passages(Database& db, const Dossier& dossier) {
  std::unordered_map<std::string, const Document*> by_id;
  for (const auto& d : dossier.documents) by_id.emplace(d.id, &d);
  std::unordered_map<int64_t, std::string> indexed;
  {
    auto q = db.prepare("SELECT seq, analysed_at FROM search_documents");
    while (q.step()) indexed.emplace(q.integer(0), q.text(1));
  }
  auto insert = db.prepare(
      "INSERT INTO search_passages(rowid, body, doc, begin, \"end\") VALUES(?, ?, ?, ?, ?)");
  auto mark = db.prepare("INSERT INTO search_documents(seq, analysed_at) VALUES(?, ?)");
  auto q = db.prepare("SELECT seq, id, analysed_at FROM articles ORDER BY seq");
  while (q.step()) {
    const int64_t seq = q.integer(0);
    const std::string analysed = q.text(2);
    const auto was = indexed.find(seq);
    if (was != indexed.end()) {
      const bool same = was->second == analysed;
      indexed.erase(was);
      if (same) continue;
      delete_article_rows(db, seq);
    }
    const auto doc = by_id.find(q.text(1));
    if (doc == by_id.end()) continue;
    const Document& d = *doc->second;
    std::vector<Span> passages;
    for (const auto& s : d.sentences) passages.push_back(s.span);
    if (passages.empty() && !d.text.empty()) passages.push_back({0, static_cast<uint32_t>(d.text.size())});
    const size_t n = std::min(passages.size(), size_t{1} << kSentenceBits);
    for (size_t i = 0; i < n; ++i) {
      insert.bind(1, (seq << kSentenceBits) | static_cast<int64_t>(i))
          .bind(2, indexable(d.slice(passages[i])))
          .bind(3, d.id)
          .bind(4, static_cast<int64_t>(passages[i].begin))
          .bind(5, static_cast<int64_t>(passages[i].end));
      insert.run();
    }
    mark.bind(1, seq).bind(2, analysed);
    mark.run();
  }
  for (const auto& [seq, analysed] : indexed) delete_article_rows(db, seq);
}

std::string entity_name(const Dossier& d, uint32_t doc, int32_t mention) {
  const int32_t e = d.entity_of(doc, mention);
  return e >= 0 ? d.entities[static_cast<size_t>(e)].name : std::string();
}

// Entities, quotes and events, with the ids the JSON writer gives them.
void refresh_items(Database& db, const Dossier& d) {
  db.exec("DELETE FROM search_items");
  auto insert = db.prepare(
      "INSERT INTO search_items(body, kind, item, doc, begin, \"end\") VALUES(?, ?, ?, ?, ?, ?)");
  auto add = [&](const std::string& body, const char* kind, const std::string& item,
                 const std::string& doc, Span span) {
    insert.bind(1, indexable(body)).bind(2, kind).bind(3, item).bind(4, doc);
    insert.bind(5, static_cast<int64_t>(span.begin)).bind(6, static_cast<int64_t>(span.end));
    insert.run();
  };
  for (const auto& e : d.entities) {
    std::string body = e.name;
    for (const auto& alias : e.aliases) {
      if (alias != e.name) body += " ; " + alias;
    }
    add(body, "entity", e.id, "", {});
  }
  size_t quote_id = 1;
  size_t event_id = 1;
  for (uint32_t i = 0; i < d.documents.size(); ++i) {
    const Document& doc = d.documents[i];
    for (const auto& q : doc.quotes) {
      std::string speaker = entity_name(d, i, q.speaker_mention);
      if (speaker.empty()) speaker = q.speaker_text;
      add(speaker + ": " + std::string(doc.slice(q.span)), "quote", "Q" + std::to_string(quote_id++),
          doc.id, q.span);
    }
    for (const auto& ev : doc.events) {
      std::string body(doc.slice(ev.span));
      for (int32_t m : {ev.source_mention, ev.target_mention}) {
        const std::string name = entity_name(d, i, m);
        if (!name.empty()) body += " ; " + name;
      }
      body += " ; " + ev.label;
      add(body, "event", "V" + std::to_string(event_id++), doc.id, ev.span);
    }
  }
}

bool is_word_byte(unsigned char c) { return c >= 0x80 || std::isalnum(c) != 0; }

std::vector<SearchHit> run(Database& db, const std::string& sql, const std::string& match,
                           size_t limit, const char* fixed_kind) {
  std::vector<SearchHit> hits;
  auto q = db.prepare(sql);
  q.bind(1, match).bind(2, static_cast<int64_t>(limit));
  while (q.step()) {
    SearchHit h;
    h.kind = fixed_kind != nullptr ? fixed_kind : q.text(0);
    h.item = q.text(1);
    h.doc = q.text(2);
    h.begin = static_cast<uint32_t>(q.integer(3));
    h.end = static_cast<uint32_t>(q.integer(4));
    h.score = -static_cast<double>(q.integer(5)) / 1e6;
    h.snippet = q.text(6);
    if (fixed_kind != nullptr) h.item = h.doc;
    hits.push_back(std::move(h));
  }
  return hits;
}

// The rows of table that match the query (parameter 1), with columns, the score and the snippet:
// FTS5's bm25 and snippet on SQLite, ts_rank and ts_headline on PostgreSQL.
std::string match_sql(bool postgres, const std::string& columns, const std::string& table) {
  if (postgres) {
    return "SELECT " + columns + ", CAST(-ts_rank(words, q) * 1e6 AS BIGINT), "
           "ts_headline('simple', body, q, 'StartSel=' || chr(2) || ',StopSel=' || chr(3) || "
           "',MaxWords=40,MinWords=20') FROM " + table + ", to_tsquery('simple', ?) q WHERE words @@ q";
  }
  return "SELECT " + columns + ", CAST(bm25(" + table + ") * 1e6 AS INTEGER), snippet(" + table +
         ", 0, char(2), char(3), '…', 40) FROM " + table + " WHERE " + table + " MATCH ?";
}

// Best first, at most parameter 2 rows.
std::string order(bool postgres, const std::string& table) {
  return postgres ? " ORDER BY ts_rank(words, q) DESC LIMIT ?" : " ORDER BY bm25(" + table + ") LIMIT ?";
}

}  // namespace

std::string revision(Database& db) {
  auto q = db.prepare("SELECT (SELECT value FROM store_info WHERE key = 'generation'), "
                      "(SELECT coalesce(max(number), 0) FROM corrections)");
  q.step();
  return q.text(0) + "." + std::to_string(q.integer(1));
}

bool search_index_current(Database& db) {
  return info(db, "search_items") == revision(db) && passages_current(db);
}

void refresh_search_index(Database& db, const Dossier& dossier) {
  refresh_passages(db, dossier);
  refresh_items(db, dossier);
  set_info(db, "search_items", revision(db));
}

namespace {

std::vector<std::string> query_words(const std::string& text) {
  std::vector<std::string> words;
  for (size_t i = 0; i < text.size() && words.size() < kMaxWords;) {
    if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && is_word_byte(static_cast<unsigned char>(text[j]))) ++j;
    words.push_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

}  // namespace

std::string fts_query(const std::string& text) {
  std::string query;
  for (const auto& word : query_words(text)) {
    if (!query.empty()) query += ' ';
    query += '"' + word + '"';  // a word holds no '"': it is letters and digits only
  }
  if (!query.empty()) query += '*';
  return query;
}

std::string tsquery(const std::string& text) {
  std::string query;
  for (const auto& word : query_words(text)) {
    if (!query.empty()) query += " & ";
    query += '\'' + word + '\'';  // a word holds no quote: it is letters and digits only
  }
  if (!query.empty()) query += ":*";
  return query;
}

std::vector<SearchHit> search(Database& db, const std::string& text, const std::string& kind,
                              size_t limit) {
  if (!kind.empty() && kind != "article" && kind != "entity" && kind != "quote" && kind != "event") {
    throw UsageError("unknown search type '" + kind + "': article, entity, quote or event");
  }
  const bool postgres = db.dialect() == Dialect::kPostgres;
  const std::string match = postgres ? tsquery(text) : fts_query(text);
  if (match.empty() || limit == 0) return {};
  // Scores are integers of micro-BM25 (SQLite) or of minus ts_rank (PostgreSQL), lower is better,
  // so both tables' hits merge on one scale.
  std::vector<SearchHit> hits;
  if (kind.empty() || kind == "article") {
    hits = run(db, match_sql(postgres, "'article', '', doc, begin, \"end\"", "search_passages") + order(postgres, "search_passages"),
               match, limit, "article");
  }
  if (kind != "article") {
    std::string sql = match_sql(postgres, "kind, item, doc, begin, \"end\"", "search_items");
    if (!kind.empty()) sql += " AND kind = '" + kind + "'";  // one of four fixed words
    sql += order(postgres, "search_items");
    auto items = run(db, sql, match, limit, nullptr);
    hits.insert(hits.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

}  // namespace dossier::store
