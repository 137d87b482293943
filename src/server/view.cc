#include "server/view.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

namespace dossier::server {
namespace {

// Quotes and events listed on an entity page; the rest are paged by /api/quotes and /api/timeline.
constexpr size_t kMaxListed = 200;

// Snippet text with FTS5's markers (\x02 match \x03) as segments the UI renders as text nodes.
// An event's indexed text is its clause, then " ; " and its actors and label (store/search.cc):
// its snippet shows the clause only.
Json snippet_segments(std::string_view snippet, bool clause_only) {
  const size_t tail = clause_only ? snippet.find(" ; ") : std::string_view::npos;
  if (tail != std::string_view::npos && tail > 16) snippet = snippet.substr(0, tail);  // else the window shows the tail only
  Json out = Json::array();
  std::string text;
  bool match = false;
  auto flush = [&] {
    if (!text.empty()) out.push_back({{"text", text}, {"match", match}});
    text.clear();
  };
  for (char c : snippet) {
    if (c == '\x02' || c == '\x03') {
      flush();
      match = c == '\x02';
    } else {
      text += c;
    }
  }
  flush();
  return out;
}

Json page_json(Json items, size_t total, Page page) {
  Json out{{"items", std::move(items)}, {"total", total}};
  const size_t next = page.offset + page.limit;
  out["next"] = next < total ? Json(std::to_string(next)) : Json(nullptr);
  return out;
}

template <typename T>
std::pair<size_t, size_t> page_range(const std::vector<T>& all, Page page) {
  const size_t begin = std::min(page.offset, all.size());
  return {begin, std::min(all.size(), begin + page.limit)};
}

// Facet counts as [{value, count, label}] sorted by count, at most 30.
Json facet_list(const std::map<std::string, int>& counts, const std::map<std::string, std::string>& labels = {}) {
  std::vector<std::pair<std::string, int>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (v.size() > 30) v.resize(30);
  Json out = Json::array();
  for (const auto& [value, n] : v) {
    Json f{{"value", value}, {"count", n}};
    const auto label = labels.find(value);
    if (label != labels.end()) f["label"] = label->second;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

bool in_range(const std::string& date, const std::string& from, const std::string& to) {
  if (from.empty() && to.empty()) return true;
  if (date.empty()) return false;
  return (from.empty() || date >= from) && (to.empty() || date <= to);
}

View::View(Dossier dossier, std::string revision) : dossier_(std::move(dossier)), revision_(std::move(revision)) {
  const auto& docs = dossier_.documents;
  const size_t n_entities = dossier_.entities.size();
  offsets_.reserve(docs.size());
  story_of_doc_.assign(docs.size(), -1);
  quotes_by_.resize(n_entities);
  quotes_about_.resize(n_entities);
  events_of_.resize(n_entities);
  docs_of_.resize(n_entities);
  conflicts_of_.resize(n_entities);
  entities_of_doc_.resize(docs.size());
  for (int32_t e = 0; e < static_cast<int32_t>(n_entities); ++e) entity_index_.emplace(dossier_.entities[static_cast<size_t>(e)].id, e);
  for (uint32_t s = 0; s < dossier_.stories.size(); ++s) {
    story_index_.emplace(dossier_.stories[s].id, s);
    for (uint32_t d : dossier_.stories[s].documents) {
      if (d < docs.size()) story_of_doc_[d] = static_cast<int32_t>(s);
    }
  }
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const Document& doc = docs[d];
    offsets_.emplace_back(doc.text);
    doc_index_.emplace(doc.id, d);
    first_quote_.push_back(quote_refs_.size());
    first_event_.push_back(event_refs_.size());
    std::set<int32_t> mentioned;
    for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
      const int32_t e = dossier_.entity_of(d, static_cast<int32_t>(m));
      if (e >= 0) mentioned.insert(e);
    }
    entities_of_doc_[d].assign(mentioned.begin(), mentioned.end());
    for (int32_t e : mentioned) docs_of_[static_cast<size_t>(e)].push_back(d);
    for (uint32_t q = 0; q < doc.quotes.size(); ++q) {
      const size_t global = quote_refs_.size();
      quote_refs_.push_back({d, q});
      const Quote& quote = doc.quotes[q];
      const int32_t speaker = dossier_.entity_of(d, quote.speaker_mention);
      if (speaker >= 0) quotes_by_[static_cast<size_t>(speaker)].push_back(global);
      for (int32_t e : entities_in(d, quote.span)) {
        if (e != speaker) quotes_about_[static_cast<size_t>(e)].push_back(global);
      }
    }
    for (uint32_t v = 0; v < doc.events.size(); ++v) {
      const size_t global = event_refs_.size();
      event_refs_.push_back({d, v});
      const Event& ev = doc.events[v];
      const int32_t source = dossier_.entity_of(d, ev.source_mention);
      const int32_t target = dossier_.entity_of(d, ev.target_mention);
      if (source >= 0) events_of_[static_cast<size_t>(source)].push_back(global);
      if (target >= 0 && target != source) events_of_[static_cast<size_t>(target)].push_back(global);
    }
  }
  for (size_t c = 0; c < dossier_.conflicts.size(); ++c) {
    const int32_t e = dossier_.conflicts[c].entity;
    if (e >= 0 && static_cast<size_t>(e) < n_entities) conflicts_of_[static_cast<size_t>(e)].push_back(c);
  }
}

std::vector<int32_t> View::entities_in(uint32_t doc, Span span) const {
  std::vector<int32_t> out;
  const auto& mentions = dossier_.documents[doc].mentions;
  // Mentions are in text order: the first one that may overlap, then every one inside.
  auto it = std::lower_bound(mentions.begin(), mentions.end(), span.begin,
                             [](const Mention& m, uint32_t begin) { return m.span.begin < begin; });
  for (; it != mentions.end() && it->span.begin < span.end; ++it) {
    if (!span.contains(it->span)) continue;
    const int32_t e = dossier_.entity_of(doc, static_cast<int32_t>(it - mentions.begin()));
    if (e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  }
  return out;
}

std::string View::date_of(uint32_t doc) const {
  const auto& date = dossier_.documents[doc].meta.date;
  return date ? date->iso() : std::string();
}

Json View::passage(uint32_t doc, Span span) const {
  const Document& d = dossier_.documents[doc];
  return {{"doc", d.id}, {"start", cp(doc, span.begin)}, {"end", cp(doc, span.end)},
          {"text", std::string(d.slice(span))}};
}

Json View::entity_ref(int32_t entity) const {
  if (entity < 0 || static_cast<size_t>(entity) >= dossier_.entities.size()) return nullptr;
  const Entity& e = dossier_.entities[static_cast<size_t>(entity)];
  return {{"id", e.id}, {"name", e.name}, {"type", std::string(to_string(e.type))}};
}

Json View::article_ref(uint32_t doc) const {
  const Document& d = dossier_.documents[doc];
  Json out{{"id", d.id}, {"title", d.meta.title}, {"source", d.meta.source}, {"date", date_of(doc)}};
  const int32_t s = story_of_doc_[doc];
  out["story"] = s >= 0 ? Json(dossier_.stories[static_cast<size_t>(s)].id) : Json(nullptr);
  return out;
}

Json View::quote_json(size_t global) const {
  const auto [doc, q] = quote_refs_[global];
  const Quote& quote = dossier_.documents[doc].quotes[q];
  Json out{{"id", "Q" + std::to_string(global + 1)},
           {"kind", std::string(to_string(quote.kind))},
           {"speaker", entity_ref(dossier_.entity_of(doc, quote.speaker_mention))},
           {"speaker_text", quote.speaker_text},
           {"confidence", quote.confidence},
           {"passage", passage(doc, quote.span)},
           {"article", article_ref(doc)}};
  return out;
}

Json View::event_json(size_t global) const {
  const auto [doc, v] = event_refs_[global];
  const Event& ev = dossier_.documents[doc].events[v];
  auto actor = [&](int32_t mention, const std::string& text) {
    const int32_t e = dossier_.entity_of(doc, mention);
    return e >= 0 ? entity_ref(e) : Json{{"id", nullptr}, {"name", text}};
  };
  return {{"id", "V" + std::to_string(global + 1)},
          {"code", ev.code},
          {"label", ev.label},
          {"quad_class", ev.quad_class},
          {"date", ev.date ? Json(ev.date->iso()) : Json(nullptr)},
          {"article_date", date_of(doc)},
          {"source", actor(ev.source_mention, ev.source_text)},
          {"target", actor(ev.target_mention, ev.target_text)},
          {"confidence", ev.confidence},
          {"passage", passage(doc, ev.span)},
          {"article", article_ref(doc)}};
}

Json View::status() const {
  size_t quotes = quote_refs_.size();
  size_t events = event_refs_.size();
  return {{"revision", revision_},
          {"articles", dossier_.documents.size()},
          {"entities", dossier_.entities.size()},
          {"stories", dossier_.stories.size()},
          {"quotes", quotes},
          {"events", events},
          {"conflicts", dossier_.conflicts.size()}};
}

Json View::search(const std::vector<SearchHit>& hits, const SearchFilters& f, Page page) const {
  // One pass over the ranked hits: filters, then facet counts; JSON only for the page's items.
  Json items = Json::array();
  std::map<std::string, int> types, sources, stories, kinds, codes, months;
  std::unordered_map<int32_t, int> entity_counts;
  std::map<std::string, std::string> code_labels;
  std::string first_date, last_date;
  std::set<std::string> articles_seen;  // an article's best sentence stands for it
  int32_t wanted_entity = -1;
  if (!f.entity.empty()) {
    const auto e = entity_index_.find(f.entity);
    if (e == entity_index_.end()) return page_json(Json::array(), 0, page);
    wanted_entity = e->second;
  }
  size_t total = 0;
  for (const auto& hit : hits) {
    std::optional<uint32_t> doc;
    if (!hit.doc.empty()) {
      const auto it = doc_index_.find(hit.doc);
      if (it == doc_index_.end()) continue;  // indexed before a change this view does not show yet
      doc = it->second;
    }
    const Span span{hit.begin, hit.end};
    std::vector<int32_t> entities;
    std::string quote_kind, code, story, source, date;
    std::optional<ItemRef> quote_ref;
    std::optional<ItemRef> event_ref;
    if (hit.kind == "entity") {
      const auto e = entity_index_.find(hit.item);
      if (e == entity_index_.end()) continue;
      entities.push_back(e->second);
    } else if (doc) {
      if (span.end > dossier_.documents[*doc].text.size()) continue;
      entities = entities_in(*doc, span);
      source = dossier_.documents[*doc].meta.source;
      date = date_of(*doc);
      if (story_of_doc_[*doc] >= 0) story = dossier_.stories[static_cast<size_t>(story_of_doc_[*doc])].id;
      if (hit.kind == "quote" && hit.item.size() > 1) {
        const size_t global = std::stoul(hit.item.substr(1)) - 1;
        if (global >= quote_refs_.size()) continue;
        quote_ref = quote_refs_[global];
        const Quote& quote = dossier_.documents[quote_ref->doc].quotes[quote_ref->index];
        quote_kind = to_string(quote.kind);
        const int32_t speaker = dossier_.entity_of(quote_ref->doc, quote.speaker_mention);
        if (speaker >= 0 && std::find(entities.begin(), entities.end(), speaker) == entities.end()) {
          entities.insert(entities.begin(), speaker);
        }
      } else if (hit.kind == "event" && hit.item.size() > 1) {
        const size_t global = std::stoul(hit.item.substr(1)) - 1;
        if (global >= event_refs_.size()) continue;
        event_ref = event_refs_[global];
        const Event& ev = dossier_.documents[event_ref->doc].events[event_ref->index];
        code = ev.code;
        code_labels[ev.code] = ev.label;
      } else if (hit.kind == "article") {
        if (!articles_seen.insert(hit.doc).second) continue;
      }
    } else {
      continue;
    }
    if (wanted_entity >= 0 && std::find(entities.begin(), entities.end(), wanted_entity) == entities.end()) continue;
    if (!f.source.empty() && source != f.source) continue;
    if (!f.story.empty() && story != f.story) continue;
    if (!in_range(date, f.from, f.to)) continue;
    if (!f.quote_kind.empty() && quote_kind != f.quote_kind) continue;
    if (!f.event_code.empty() && !code.starts_with(f.event_code)) continue;
    ++types[hit.kind];
    for (int32_t e : entities) ++entity_counts[e];
    if (!source.empty()) ++sources[source];
    if (!story.empty()) ++stories[story];
    if (!quote_kind.empty()) ++kinds[quote_kind];
    if (!code.empty()) ++codes[code];
    if (!date.empty()) {
      ++months[date.substr(0, 7)];
      if (first_date.empty() || date < first_date) first_date = date;
      if (last_date.empty() || date > last_date) last_date = date;
    }
    if (total >= page.offset && total < page.offset + page.limit) {
      Json item{{"kind", hit.kind}, {"id", hit.item}, {"score", hit.score}, {"snippet", snippet_segments(hit.snippet, hit.kind == "event")}};
      if (hit.kind == "entity") item["entity"] = entity_ref(entities.front());
      if (doc) {
        item["passage"] = passage(*doc, span);
        item["article"] = article_ref(*doc);
      }
      if (quote_ref) {
        const Quote& quote = dossier_.documents[quote_ref->doc].quotes[quote_ref->index];
        item["quote"] = {{"kind", quote_kind},
                         {"speaker", entity_ref(dossier_.entity_of(quote_ref->doc, quote.speaker_mention))},
                         {"speaker_text", quote.speaker_text}};
      }
      if (event_ref) item["event"] = {{"code", code}, {"label", code_labels[code]}};
      items.push_back(std::move(item));
    }
    ++total;
  }
  std::map<std::string, int> entity_ids;
  std::map<std::string, std::string> entity_labels;
  for (const auto& [e, n] : entity_counts) {
    const Entity& ent = dossier_.entities[static_cast<size_t>(e)];
    entity_ids[ent.id] = n;
    entity_labels[ent.id] = ent.name;
  }
  std::map<std::string, std::string> story_labels;
  for (const auto& [id, n] : stories) story_labels[id] = dossier_.stories[story_index_.at(id)].label;
  Json month_list = Json::array();
  for (const auto& [month, n] : months) month_list.push_back({{"value", month}, {"count", n}});
  Json out = page_json(std::move(items), total, page);
  out["facets"] = {{"type", facet_list(types)},
                   {"entity", facet_list(entity_ids, entity_labels)},
                   {"source", facet_list(sources)},
                   {"story", facet_list(stories, story_labels)},
                   {"quote_kind", facet_list(kinds)},
                   {"event_code", facet_list(codes, code_labels)},
                   {"date", {{"from", first_date.empty() ? Json(nullptr) : Json(first_date)},
                             {"to", last_date.empty() ? Json(nullptr) : Json(last_date)},
                             {"months", std::move(month_list)}}}};
  return out;
}

Json View::entities(const std::string& type, const std::string& name_prefix, Page page) const {
  std::vector<int32_t> chosen;
  for (int32_t e = 0; e < static_cast<int32_t>(dossier_.entities.size()); ++e) {
    const Entity& ent = dossier_.entities[static_cast<size_t>(e)];
    if (!type.empty() && to_string(ent.type) != type) continue;
    if (!name_prefix.empty() && ent.name.find(name_prefix) == std::string::npos) continue;
    chosen.push_back(e);
  }
  std::stable_sort(chosen.begin(), chosen.end(), [&](int32_t a, int32_t b) {
    return dossier_.entities[static_cast<size_t>(a)].mentions.size() > dossier_.entities[static_cast<size_t>(b)].mentions.size();
  });
  Json items = Json::array();
  const auto [begin, end] = page_range(chosen, page);
  for (size_t i = begin; i < end; ++i) {
    Json ref = entity_ref(chosen[i]);
    ref["mentions"] = dossier_.entities[static_cast<size_t>(chosen[i])].mentions.size();
    ref["articles"] = docs_of_[static_cast<size_t>(chosen[i])].size();
    items.push_back(std::move(ref));
  }
  return page_json(std::move(items), chosen.size(), page);
}

std::optional<Json> View::entity(const std::string& id) const {
  const auto it = entity_index_.find(id);
  if (it == entity_index_.end()) return std::nullopt;
  const size_t e = static_cast<size_t>(it->second);
  const Entity& ent = dossier_.entities[e];
  Json out = entity_ref(it->second);
  out["aliases"] = ent.aliases;
  out["country"] = ent.country;
  out["confidence"] = ent.confidence;
  Json mentions = Json::array();
  for (const auto& ref : ent.mentions) {
    const Mention& m = dossier_.documents[ref.doc].mentions[ref.mention];
    if (m.kind != MentionKind::kName) continue;
    Json p = passage(ref.doc, m.span);
    mentions.push_back(std::move(p));
    if (mentions.size() >= 200) break;
  }
  out["mentions"] = std::move(mentions);
  // Roles over time: each claim with its article's date, oldest first.
  std::vector<std::pair<std::string, Json>> roles;
  for (const auto& r : ent.roles) {
    const RoleClaim& claim = dossier_.documents[r.doc].roles[r.role];
    roles.emplace_back(date_of(r.doc), Json{{"title", claim.title},
                                            {"status", std::string(to_string(claim.status))},
                                            {"org", claim.org},
                                            {"date", date_of(r.doc)},
                                            {"confidence", claim.confidence},
                                            {"passage", passage(r.doc, claim.span)}});
  }
  std::stable_sort(roles.begin(), roles.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  out["roles"] = Json::array();
  for (auto& [date, role] : roles) out["roles"].push_back(std::move(role));
  auto list = [&](const std::vector<size_t>& globals, bool quotes) {
    Json l = Json::array();
    for (size_t g : globals) {
      l.push_back(quotes ? quote_json(g) : event_json(g));
      if (l.size() >= kMaxListed) break;
    }
    return l;
  };
  out["quotes_by"] = list(quotes_by_[e], true);
  out["quotes_by_total"] = quotes_by_[e].size();
  out["quotes_about"] = list(quotes_about_[e], true);
  out["quotes_about_total"] = quotes_about_[e].size();
  out["events"] = list(events_of_[e], false);
  out["events_total"] = events_of_[e].size();
  std::map<int32_t, size_t> co;
  for (uint32_t d : docs_of_[e]) {
    for (int32_t other : entities_of_doc_[d]) {
      if (other != it->second) ++co[other];
    }
  }
  std::vector<std::pair<int32_t, size_t>> co_sorted(co.begin(), co.end());
  std::stable_sort(co_sorted.begin(), co_sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (co_sorted.size() > 30) co_sorted.resize(30);
  out["co_mentions"] = Json::array();
  for (const auto& [other, n] : co_sorted) {
    Json ref = entity_ref(other);
    ref["articles"] = n;
    out["co_mentions"].push_back(std::move(ref));
  }
  out["articles"] = Json::array();
  for (uint32_t d : docs_of_[e]) {
    out["articles"].push_back(article_ref(d));
    if (out["articles"].size() >= 200) break;
  }
  out["articles_total"] = docs_of_[e].size();
  out["conflicts"] = Json::array();
  for (size_t c : conflicts_of_[e]) out["conflicts"].push_back(c + 1);
  return out;
}

Json View::stories(Page page) const {
  Json items = Json::array();
  const auto [begin, end] = page_range(dossier_.stories, page);
  for (size_t s = begin; s < end; ++s) {
    const Story& story = dossier_.stories[s];
    items.push_back({{"id", story.id}, {"label", story.label}, {"articles", story.documents.size()}});
  }
  return page_json(std::move(items), dossier_.stories.size(), page);
}

std::optional<Json> View::story(const std::string& id) const {
  const auto it = story_index_.find(id);
  if (it == story_index_.end()) return std::nullopt;
  const Story& s = dossier_.stories[it->second];
  Json out{{"id", s.id}, {"label", s.label}};
  out["articles"] = Json::array();
  std::map<int32_t, size_t> people;
  Json events = Json::array();
  for (uint32_t d : s.documents) {
    if (d >= dossier_.documents.size()) continue;
    out["articles"].push_back(article_ref(d));
    for (int32_t e : entities_of_doc_[d]) ++people[e];
    for (size_t g = first_event_[d]; g < first_event_[d] + dossier_.documents[d].events.size(); ++g) {
      if (events.size() < 300) events.push_back(event_json(g));
    }
  }
  out["summary"] = Json::array();
  for (const auto& p : s.summary) {
    if (p.doc < dossier_.documents.size()) out["summary"].push_back(passage(p.doc, p.span));
  }
  std::vector<std::pair<int32_t, size_t>> ranked(people.begin(), people.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (ranked.size() > 30) ranked.resize(30);
  out["entities"] = Json::array();
  for (const auto& [e, n] : ranked) {
    Json ref = entity_ref(e);
    ref["articles"] = n;
    out["entities"].push_back(std::move(ref));
  }
  out["events"] = std::move(events);
  return out;
}

std::optional<Json> View::article(const std::string& id) const {
  const auto it = doc_index_.find(id);
  if (it == doc_index_.end()) return std::nullopt;
  const uint32_t d = it->second;
  const Document& doc = dossier_.documents[d];
  Json out = article_ref(d);
  out["path"] = doc.path;
  out["url"] = doc.meta.url;
  out["authors"] = doc.meta.authors;
  out["text"] = doc.text;
  Json mentions = Json::array();
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    mentions.push_back({{"start", cp(d, mention.span.begin)}, {"end", cp(d, mention.span.end)},
                        {"type", std::string(to_string(mention.type))},
                        {"entity", entity_ref(dossier_.entity_of(d, static_cast<int32_t>(m)))}});
  }
  out["mentions"] = std::move(mentions);
  out["quotes"] = Json::array();
  for (size_t g = first_quote_[d]; g < first_quote_[d] + doc.quotes.size(); ++g) out["quotes"].push_back(quote_json(g));
  out["events"] = Json::array();
  for (size_t g = first_event_[d]; g < first_event_[d] + doc.events.size(); ++g) out["events"].push_back(event_json(g));
  out["times"] = Json::array();
  for (const auto& t : doc.times) {
    out["times"].push_back({{"start", cp(d, t.span.begin)}, {"end", cp(d, t.span.end)}, {"value", t.value}});
  }
  return out;
}

Json View::quotes(const std::string& speaker, const std::string& kind, const std::string& text, Page page) const {
  std::vector<size_t> chosen;
  if (!speaker.empty()) {
    const auto it = entity_index_.find(speaker);
    if (it != entity_index_.end()) chosen = quotes_by_[static_cast<size_t>(it->second)];
  } else {
    for (size_t g = 0; g < quote_refs_.size(); ++g) chosen.push_back(g);
  }
  std::erase_if(chosen, [&](size_t g) {
    const auto [d, q] = quote_refs_[g];
    const Quote& quote = dossier_.documents[d].quotes[q];
    if (!kind.empty() && to_string(quote.kind) != kind) return true;
    return !text.empty() && dossier_.documents[d].slice(quote.span).find(text) == std::string_view::npos;
  });
  Json items = Json::array();
  const auto [begin, end] = page_range(chosen, page);
  for (size_t i = begin; i < end; ++i) items.push_back(quote_json(chosen[i]));
  Json out = page_json(std::move(items), chosen.size(), page);
  // The speakers with the most quotes, for the filter.
  std::vector<std::pair<size_t, int32_t>> speakers;
  for (int32_t e = 0; e < static_cast<int32_t>(quotes_by_.size()); ++e) {
    if (!quotes_by_[static_cast<size_t>(e)].empty()) speakers.emplace_back(quotes_by_[static_cast<size_t>(e)].size(), e);
  }
  std::stable_sort(speakers.begin(), speakers.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (speakers.size() > 100) speakers.resize(100);
  out["speakers"] = Json::array();
  for (const auto& [n, e] : speakers) {
    Json ref = entity_ref(e);
    ref["quotes"] = n;
    out["speakers"].push_back(std::move(ref));
  }
  return out;
}

Json View::timeline(const std::string& from, const std::string& to, const std::string& entity, size_t limit) const {
  std::vector<size_t> chosen;
  if (!entity.empty()) {
    const auto it = entity_index_.find(entity);
    if (it != entity_index_.end()) chosen = events_of_[static_cast<size_t>(it->second)];
  } else {
    for (size_t g = 0; g < event_refs_.size(); ++g) chosen.push_back(g);
  }
  std::vector<std::pair<std::string, size_t>> dated;
  for (size_t g : chosen) {
    const auto [d, v] = event_refs_[g];
    const Event& ev = dossier_.documents[d].events[v];
    // An event the text does not date stands at its article's date (event_json says which).
    const std::string date = ev.date ? ev.date->iso() : date_of(d);
    if (!date.empty() && in_range(date, from, to)) dated.emplace_back(date, g);
  }
  std::stable_sort(dated.begin(), dated.end());
  Json out{{"total", dated.size()}};
  if (!dated.empty()) {
    out["from"] = dated.front().first;
    out["to"] = dated.back().first;
  }
  // Over the limit, an even sample across the range keeps the timeline's shape.
  Json events = Json::array();
  const size_t step = dated.size() > limit ? (dated.size() + limit - 1) / limit : 1;
  for (size_t i = 0; i < dated.size(); i += step) events.push_back(event_json(dated[i].second));
  out["events"] = std::move(events);
  out["sampled"] = step > 1;
  Json articles = Json::array();
  for (uint32_t d = 0; d < dossier_.documents.size() && articles.size() < limit; ++d) {
    const std::string date = date_of(d);
    if (!date.empty() && in_range(date, from, to)) articles.push_back(article_ref(d));
  }
  out["articles"] = std::move(articles);
  return out;
}

Json View::graph(const std::string& kind, size_t max_nodes) const {
  std::map<std::tuple<int32_t, int32_t, std::string>, size_t> edges;
  const bool all = kind.empty();
  for (uint32_t d = 0; d < dossier_.documents.size(); ++d) {
    const Document& doc = dossier_.documents[d];
    if (all || kind == "quote") {
      for (const auto& q : doc.quotes) {
        const int32_t speaker = dossier_.entity_of(d, q.speaker_mention);
        if (speaker < 0) continue;
        for (int32_t e : entities_in(d, q.span)) {
          if (e != speaker) ++edges[{speaker, e, "quotes"}];
        }
      }
    }
    if (all || kind == "event") {
      for (const auto& ev : doc.events) {
        const int32_t s = dossier_.entity_of(d, ev.source_mention);
        const int32_t t = dossier_.entity_of(d, ev.target_mention);
        if (s >= 0 && t >= 0 && s != t) ++edges[{s, t, ev.label.empty() ? ev.code : ev.label}];
      }
    }
    if (kind == "comention") {
      const auto& es = entities_of_doc_[d];
      if (es.size() > 40) continue;  // a roundup article would link everyone to everyone
      for (size_t i = 0; i < es.size(); ++i) {
        for (size_t j = i + 1; j < es.size(); ++j) ++edges[{es[i], es[j], "co-mention"}];
      }
    }
  }
  std::map<int32_t, size_t> degree;
  for (const auto& [key, n] : edges) {
    degree[std::get<0>(key)] += n;
    degree[std::get<1>(key)] += n;
  }
  std::vector<std::pair<int32_t, size_t>> ranked(degree.begin(), degree.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (ranked.size() > max_nodes) ranked.resize(max_nodes);
  std::set<int32_t> kept;
  Json nodes = Json::array();
  for (const auto& [e, n] : ranked) {
    kept.insert(e);
    Json ref = entity_ref(e);
    ref["degree"] = n;
    nodes.push_back(std::move(ref));
  }
  Json links = Json::array();
  for (const auto& [key, n] : edges) {
    const auto& [s, t, label] = key;
    if (!kept.contains(s) || !kept.contains(t)) continue;
    links.push_back({{"source", dossier_.entities[static_cast<size_t>(s)].id},
                     {"target", dossier_.entities[static_cast<size_t>(t)].id},
                     {"label", label}, {"weight", n}});
  }
  return {{"nodes", std::move(nodes)}, {"links", std::move(links)}};
}

Json View::conflicts(Page page) const {
  Json items = Json::array();
  const auto [begin, end] = page_range(dossier_.conflicts, page);
  for (size_t c = begin; c < end; ++c) {
    const Conflict& conflict = dossier_.conflicts[c];
    Json claims = Json::array();
    for (const auto& claim : conflict.claims) {
      if (claim.passage.doc >= dossier_.documents.size()) continue;
      claims.push_back({{"value", claim.value},
                        {"passage", passage(claim.passage.doc, claim.passage.span)},
                        {"article", article_ref(claim.passage.doc)}});
    }
    items.push_back({{"id", c + 1},
                     {"entity", entity_ref(conflict.entity)},
                     {"attribute", conflict.attribute},
                     {"severity", conflict.severity},
                     {"explanation", conflict.explanation},
                     {"claims", std::move(claims)}});
  }
  return page_json(std::move(items), dossier_.conflicts.size(), page);
}

}  // namespace dossier::server
