// A read-only view of one loaded dossier for the server: indexes by id and the JSON answers of
// the API's read endpoints (docs/server.md, docs/openapi.yaml). Immutable once built, so every
// request thread shares one; a change to the store builds a new one.
#ifndef DOSSIER_SERVER_VIEW_H_
#define DOSSIER_SERVER_VIEW_H_

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/store.h"
#include "util/utf8.h"

namespace dossier::server {

using Json = nlohmann::json;

// A page of a list: items [offset, offset + limit) and the cursor of the next page.
struct Page {
  size_t offset = 0;
  size_t limit = 50;
};

// Filters of a search; empty: no filter.
struct SearchFilters {
  std::string entity;       // "E3": passages that mention it (or the entity itself)
  std::string source;
  std::string story;        // "S1"
  std::string from;         // YYYY-MM-DD, inclusive
  std::string to;
  std::string quote_kind;   // direct, partial, indirect
  std::string event_code;   // a CAMEO code prefix: "04" matches 040..049
};

class View {
 public:
  View(Dossier dossier, std::string revision);

  const Dossier& dossier() const { return dossier_; }
  const std::string& revision() const { return revision_; }

  Json status() const;
  // Hits of Store::search, filtered, with facets over the filtered hits, one page of them.
  Json search(const std::vector<SearchHit>& hits, const SearchFilters& filters, Page page) const;
  Json entities(const std::string& type, const std::string& name_prefix, Page page) const;
  // nullopt when the id is unknown.
  std::optional<Json> entity(const std::string& id) const;
  Json stories(Page page) const;
  std::optional<Json> story(const std::string& id) const;
  std::optional<Json> article(const std::string& id) const;
  Json quotes(const std::string& speaker, const std::string& kind, const std::string& text, Page page) const;
  Json timeline(const std::string& from, const std::string& to, const std::string& entity, size_t limit) const;
  // The entities linked by quotes (speaker -> entity quoted about), events (source -> target) and
  // co-mentions in one article; at most max_nodes entities, the most connected.
  Json graph(const std::string& kind, size_t max_nodes) const;
  Json conflicts(Page page) const;

 private:
  struct ItemRef {  // a quote or an event: its document and its index there
    uint32_t doc;
    uint32_t index;
  };
  Json passage(uint32_t doc, Span span) const;
  Json entity_ref(int32_t entity) const;
  Json article_ref(uint32_t doc) const;
  Json quote_json(size_t global) const;
  Json event_json(size_t global) const;
  std::string date_of(uint32_t doc) const;
  uint32_t cp(uint32_t doc, uint32_t byte) const { return offsets_[doc].to_code_point(byte); }
  std::vector<int32_t> entities_in(uint32_t doc, Span span) const;

  Dossier dossier_;
  std::string revision_;
  std::vector<util::CodePointIndex> offsets_;
  std::unordered_map<std::string, uint32_t> doc_index_;
  std::unordered_map<std::string, int32_t> entity_index_;
  std::unordered_map<std::string, uint32_t> story_index_;
  std::vector<int32_t> story_of_doc_;
  std::vector<size_t> first_quote_;  // global quote number of each document's first quote
  std::vector<size_t> first_event_;
  std::vector<ItemRef> quote_refs_;
  std::vector<ItemRef> event_refs_;
  std::vector<std::vector<size_t>> quotes_by_;     // per entity: global quote numbers
  std::vector<std::vector<size_t>> quotes_about_;
  std::vector<std::vector<size_t>> events_of_;
  std::vector<std::vector<uint32_t>> docs_of_;     // per entity: documents that mention it
  std::vector<std::vector<int32_t>> entities_of_doc_;  // per document: entities mentioned, sorted
  std::vector<std::vector<size_t>> conflicts_of_;
};

// "S1" -> "2024-01-05"-style date strings compare as text; true when date lies in [from, to].
bool in_range(const std::string& date, const std::string& from, const std::string& to);

}  // namespace dossier::server

#endif  // DOSSIER_SERVER_VIEW_H_
