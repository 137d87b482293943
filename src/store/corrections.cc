#include "store/corrections.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "dossier/error.h"
#include "events/verb_dictionary.h"
#include "util/utf8.h"

namespace dossier::store {
namespace {

using nlohmann::json;

// "E12" -> 11 for prefix 'E'; nullopt for anything else.
std::optional<size_t> parse_id(const std::string& id, char prefix) {
  if (id.size() < 2 || id[0] != prefix) return std::nullopt;
  size_t n = 0;
  const auto [end, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
  if (ec != std::errc() || end != id.data() + id.size() || n == 0) return std::nullopt;
  return n - 1;
}

json span_anchor(const Dossier& d, uint32_t doc, Span span) {
  return {{"doc", d.documents[doc].id},
          {"begin", span.begin},
          {"end", span.end},
          {"text", std::string(d.documents[doc].slice(span))}};
}

// The document and span an anchor names, when the document is stored and its words are there.
std::optional<std::pair<uint32_t, Span>> resolve_span(const Dossier& d, const json& anchor) {
  const std::string id = anchor.at("doc").get<std::string>();
  for (uint32_t i = 0; i < d.documents.size(); ++i) {
    if (d.documents[i].id != id) continue;
    const Span span{anchor.at("begin").get<uint32_t>(), anchor.at("end").get<uint32_t>()};
    if (span.end > d.documents[i].text.size() || span.begin > span.end) return std::nullopt;
    if (d.documents[i].slice(span) != anchor.at("text").get<std::string>()) return std::nullopt;
    return std::make_pair(i, span);
  }
  return std::nullopt;
}

size_t entity_index(const Dossier& d, const std::string& id) {
  for (size_t i = 0; i < d.entities.size(); ++i) {
    if (d.entities[i].id == id) return i;
  }
  throw UsageError("no entity '" + id + "' in the store");
}

// An entity is anchored to its first name mention (its first mention when it has no name).
json entity_anchor(const Dossier& d, const std::string& id) {
  const Entity& e = d.entities[entity_index(d, id)];
  if (e.mentions.empty()) throw UsageError("entity '" + id + "' has no mention to anchor to");
  const MentionRef* best = &e.mentions.front();
  for (const auto& ref : e.mentions) {
    if (d.documents[ref.doc].mentions[ref.mention].kind == MentionKind::kName) {
      best = &ref;
      break;
    }
  }
  return span_anchor(d, best->doc, d.documents[best->doc].mentions[best->mention].span);
}

// The entity whose mention sits at the anchor's span, or -1.
int32_t resolve_entity(const Dossier& d, const json& anchor) {
  const auto at = resolve_span(d, anchor);
  if (!at) return -1;
  const auto& mentions = d.documents[at->first].mentions;
  for (uint32_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].span == at->second) return d.entity_of(at->first, static_cast<int32_t>(m));
  }
  return -1;
}

// Byte offset of the code point offset cp in text, or nullopt past its end.
std::optional<uint32_t> byte_offset(std::string_view text, uint64_t cp) {
  size_t pos = 0;
  for (uint64_t i = 0; i < cp; ++i) {
    if (pos >= text.size()) return std::nullopt;
    util::decode_utf8(text, pos);
  }
  return static_cast<uint32_t>(pos);
}

// A mention as the JSON gives it: "DOC:START-END" in code points.
json mention_anchor(const Dossier& d, const std::string& ref) {
  const size_t colon = ref.rfind(':');
  const size_t dash = ref.rfind('-');
  uint64_t start = 0;
  uint64_t end = 0;
  if (colon == std::string::npos || dash == std::string::npos || dash < colon ||
      std::from_chars(ref.data() + colon + 1, ref.data() + dash, start).ec != std::errc() ||
      std::from_chars(ref.data() + dash + 1, ref.data() + ref.size(), end).ec != std::errc()) {
    throw UsageError("a mention is written DOC:START-END (code points, as in the JSON), got '" + ref + "'");
  }
  const std::string doc_id = ref.substr(0, colon);
  for (uint32_t i = 0; i < d.documents.size(); ++i) {
    const Document& doc = d.documents[i];
    if (doc.id != doc_id) continue;
    const auto b = byte_offset(doc.text, start);
    const auto e = byte_offset(doc.text, end);
    for (const auto& m : doc.mentions) {
      if (b && e && m.span == Span{*b, *e}) return span_anchor(d, i, m.span);
    }
    throw UsageError("no mention at '" + ref + "'");
  }
  throw UsageError("no article '" + doc_id + "' in the store");
}

// Quote ids run over the documents in order, as the JSON writer numbers them.
json numbered_anchor(const Dossier& d, const std::string& id, char prefix, bool quote) {
  const auto n = parse_id(id, prefix);
  if (!n) throw UsageError(std::string("'") + id + "' is not a" + (quote ? " quote" : "n event") + " id");
  size_t left = *n;
  for (uint32_t i = 0; i < d.documents.size(); ++i) {
    const Document& doc = d.documents[i];
    const size_t count = quote ? doc.quotes.size() : doc.events.size();
    if (left < count) {
      json a = span_anchor(d, i, quote ? doc.quotes[left].span : doc.events[left].span);
      if (!quote) a["trigger"] = {doc.events[left].trigger.begin, doc.events[left].trigger.end};
      return a;
    }
    left -= count;
  }
  throw UsageError("no " + std::string(quote ? "quote" : "event") + " '" + id + "' in the store");
}

std::optional<EntityType> parse_type(const std::string& name) {
  for (auto t : {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe, EntityType::kLoc,
                 EntityType::kNorp, EntityType::kMisc}) {
    if (to_string(t) == name) return t;
  }
  return std::nullopt;
}

void expect_arguments(const std::string& action, const std::vector<std::string>& arguments, size_t n,
                      const char* usage) {
  if (arguments.size() < n || (std::string_view(usage).find("...") == std::string_view::npos &&
                               arguments.size() != n)) {
    throw UsageError(action + " wants " + usage);
  }
}

// Removes entity `gone`, moving every later index down by one.
void erase_entity(Dossier& d, int32_t gone) {
  d.entities.erase(d.entities.begin() + gone);
  auto fix = [gone](int32_t& e) {
    if (e == gone) e = -1;
    else if (e > gone) --e;
  };
  for (auto& chains : d.entity_of_chain) std::for_each(chains.begin(), chains.end(), fix);
  for (auto& c : d.conflicts) fix(c.entity);
  for (auto& p : d.positions) fix(p.entity);
}

void renumber_entities(Dossier& d) {
  for (size_t i = 0; i < d.entities.size(); ++i) d.entities[i].id = "E" + std::to_string(i + 1);
}

void add_alias(Entity& e, const std::string& alias) {
  if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) e.aliases.push_back(alias);
}

bool merge(Dossier& d, const json& anchor) {
  int32_t a = resolve_entity(d, anchor.at("entities").at(0));
  int32_t b = resolve_entity(d, anchor.at("entities").at(1));
  if (a < 0 || b < 0) return false;
  if (a == b) return true;
  if (b < a) std::swap(a, b);
  Entity& keep = d.entities[static_cast<size_t>(a)];
  Entity& gone = d.entities[static_cast<size_t>(b)];
  keep.mentions.insert(keep.mentions.end(), gone.mentions.begin(), gone.mentions.end());
  std::sort(keep.mentions.begin(), keep.mentions.end());
  keep.roles.insert(keep.roles.end(), gone.roles.begin(), gone.roles.end());
  for (const auto& alias : gone.aliases) add_alias(keep, alias);
  if (keep.country.empty()) keep.country = gone.country;
  for (auto& chains : d.entity_of_chain) std::replace(chains.begin(), chains.end(), b, a);
  for (auto& c : d.conflicts) if (c.entity == b) c.entity = a;
  for (auto& p : d.positions) if (p.entity == b) p.entity = a;
  erase_entity(d, b);
  renumber_entities(d);
  return true;
}

// The chains of the anchored mentions leave their entity and form a new one.
bool split(Dossier& d, const json& anchor) {
  const int32_t from = resolve_entity(d, anchor.at("entity"));
  if (from < 0) return false;
  std::set<std::pair<uint32_t, int32_t>> chains;  // (doc, chain)
  for (const auto& m : anchor.at("mentions")) {
    const auto at = resolve_span(d, m);
    if (!at) continue;
    const auto& mentions = d.documents[at->first].mentions;
    for (uint32_t i = 0; i < mentions.size(); ++i) {
      if (mentions[i].span == at->second && mentions[i].chain >= 0 &&
          d.entity_of(at->first, static_cast<int32_t>(i)) == from) {
        chains.emplace(at->first, mentions[i].chain);
      }
    }
  }
  if (chains.empty()) return false;
  Entity& source = d.entities[static_cast<size_t>(from)];
  Entity fresh;
  fresh.type = source.type;
  fresh.country = source.country;
  auto moved = [&](uint32_t doc, uint32_t mention) {
    return chains.contains({doc, d.documents[doc].mentions[mention].chain});
  };
  std::vector<MentionRef> kept;
  for (const auto& ref : source.mentions) (moved(ref.doc, ref.mention) ? fresh.mentions : kept).push_back(ref);
  source.mentions = std::move(kept);
  std::vector<RoleRef> kept_roles;
  for (const auto& ref : source.roles) {
    (moved(ref.doc, d.documents[ref.doc].roles[ref.role].holder) ? fresh.roles : kept_roles).push_back(ref);
  }
  source.roles = std::move(kept_roles);
  for (const auto& [doc, chain] : chains) add_alias(fresh, d.documents[doc].chains[static_cast<size_t>(chain)].name);
  fresh.name = fresh.aliases.front();
  const auto index = static_cast<int32_t>(d.entities.size());
  for (const auto& [doc, chain] : chains) {
    if (doc < d.entity_of_chain.size() && static_cast<size_t>(chain) < d.entity_of_chain[doc].size()) {
      d.entity_of_chain[doc][static_cast<size_t>(chain)] = index;
    }
  }
  d.entities.push_back(std::move(fresh));
  renumber_entities(d);
  return true;
}

bool reject_quote(Dossier& d, const json& anchor) {
  const auto at = resolve_span(d, anchor);
  if (!at) return false;
  auto& quotes = d.documents[at->first].quotes;
  const auto it = std::find_if(quotes.begin(), quotes.end(), [&](const Quote& q) { return q.span == at->second; });
  if (it == quotes.end()) return false;
  const auto gone = static_cast<int32_t>(it - quotes.begin());
  quotes.erase(it);
  for (auto& q : quotes) {
    if (q.continues == gone) q.continues = -1;
    else if (q.continues > gone) --q.continues;
  }
  return true;
}

bool retype(Dossier& d, const json& anchor) {
  const int32_t e = resolve_entity(d, anchor.at("entity"));
  const auto type = parse_type(anchor.at("type").get<std::string>());
  if (e < 0 || !type) return false;
  d.entities[static_cast<size_t>(e)].type = *type;
  return true;
}

bool relabel(Dossier& d, const json& anchor) {
  const json& at_event = anchor.at("event");
  const auto at = resolve_span(d, at_event);
  if (!at) return false;
  const Span trigger{at_event.at("trigger").at(0).get<uint32_t>(), at_event.at("trigger").at(1).get<uint32_t>()};
  for (auto& e : d.documents[at->first].events) {
    if (e.span != at->second || e.trigger != trigger) continue;
    e.code = anchor.at("code").get<std::string>();
    e.label = anchor.at("label").get<std::string>();
    e.goldstein = anchor.at("goldstein").get<double>();
    e.quad_class = anchor.at("quad_class").get<int>();
    return true;
  }
  return false;
}

}  // namespace

std::string make_anchor(const Dossier& d, const std::string& action,
                        const std::vector<std::string>& arguments, const std::string& models_dir) {
  json anchor;
  if (action == "merge") {
    expect_arguments(action, arguments, 2, "two entity ids: merge E1 E2");
    anchor["entities"] = {entity_anchor(d, arguments[0]), entity_anchor(d, arguments[1])};
  } else if (action == "split") {
    expect_arguments(action, arguments, 2, "an entity id and mentions: split E1 DOC:START-END...");
    anchor["entity"] = entity_anchor(d, arguments[0]);
    anchor["mentions"] = json::array();
    const size_t e = entity_index(d, arguments[0]);
    for (size_t i = 1; i < arguments.size(); ++i) {
      json m = mention_anchor(d, arguments[i]);
      if (resolve_entity(d, m) != static_cast<int32_t>(e)) {
        throw UsageError("mention '" + arguments[i] + "' is not one of " + arguments[0] + "'s");
      }
      anchor["mentions"].push_back(std::move(m));
    }
  } else if (action == "reject") {
    expect_arguments(action, arguments, 1, "a quote id: reject Q17");
    anchor = numbered_anchor(d, arguments[0], 'Q', true);
  } else if (action == "retype") {
    expect_arguments(action, arguments, 2, "an entity id and a type: retype E3 ORG");
    if (!parse_type(arguments[1])) {
      throw UsageError("unknown entity type '" + arguments[1] + "' (PERSON, ORG, GPE, LOC, NORP, MISC)");
    }
    anchor["entity"] = entity_anchor(d, arguments[0]);
    anchor["type"] = arguments[1];
  } else if (action == "relabel") {
    expect_arguments(action, arguments, 2, "an event id and a CAMEO code: relabel V9 042");
    anchor["event"] = numbered_anchor(d, arguments[0], 'V', false);
    const auto verbs = events::VerbDictionary::load(models_dir + "/events.dsr");
    const uint16_t id = verbs.code_id(arguments[1]);
    if (id == events::kNoCode || id == events::kNullCode) {
      throw UsageError("'" + arguments[1] + "' is not a CAMEO event code");
    }
    const events::CodeInfo& info = verbs.code(id);
    anchor["code"] = info.code;
    anchor["label"] = info.label;
    anchor["goldstein"] = info.goldstein;
    anchor["quad_class"] = info.quad_class;
  } else {
    throw UsageError("unknown correction '" + action + "' (merge, split, reject, retype, relabel)");
  }
  return anchor.dump();
}

bool apply_correction(Dossier& dossier, const Correction& correction) {
  json anchor;
  try {
    anchor = json::parse(correction.anchor);
    if (correction.action == "merge") return merge(dossier, anchor);
    if (correction.action == "split") return split(dossier, anchor);
    if (correction.action == "reject") return reject_quote(dossier, anchor);
    if (correction.action == "retype") return retype(dossier, anchor);
    if (correction.action == "relabel") return relabel(dossier, anchor);
  } catch (const json::exception& e) {
    throw Error("correction " + std::to_string(correction.number) + ": damaged anchor: " + e.what());
  }
  return false;
}

std::string join_arguments(const std::vector<std::string>& arguments) { return json(arguments).dump(); }

std::vector<std::string> split_arguments(const std::string& joined) {
  return json::parse(joined).get<std::vector<std::string>>();
}

}  // namespace dossier::store
