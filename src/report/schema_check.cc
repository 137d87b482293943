#include "report/schema_check.h"

#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string_view>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "dossier/span.h"

namespace dossier::report::testing {
namespace {

using nlohmann::json;

const valijson::Schema& dossier_schema() {
  static const std::unique_ptr<const valijson::Schema> schema = [] {
    const std::string path = std::string(DOSSIER_SOURCE_DIR) + "/docs/dossier.schema.json";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    const json document = json::parse(in);
    auto parsed = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    const valijson::adapters::NlohmannJsonAdapter adapter(document);
    parser.populateSchema(adapter, *parsed);
    return parsed;
  }();
  return *schema;
}

// A document's text addressed by code point, built here independently of the writer's index.
class CodePointText {
 public:
  explicit CodePointText(std::string text) : text_(std::move(text)) {
    for (size_t i = 0; i < text_.size(); ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) starts_.push_back(i);
    }
    starts_.push_back(text_.size());
  }
  size_t length() const { return starts_.size() - 1; }
  std::string_view slice(size_t start, size_t end) const {
    return std::string_view(text_).substr(starts_[start], starts_[end] - starts_[start]);
  }

 private:
  std::string text_;
  std::vector<size_t> starts_;  // byte offset of each code point, then the text size
};

using Texts = std::map<std::string, CodePointText>;

bool is_offset(const json& node, const char* key) {
  return node.contains(key) && node[key].is_number_integer() && node[key].get<int64_t>() >= 0;
}

bool has_offsets(const json& node, const char* start, const char* end) {
  return is_offset(node, start) && is_offset(node, end);
}

// Checks node[start..end) of text against node[text_key] when that is a string.
void check_slice(const json& node, const CodePointText& text, const char* start, const char* end,
                 const char* text_key, const std::string& where, std::vector<std::string>& out) {
  if (!has_offsets(node, start, end)) return;
  const auto s = node[start].get<size_t>();
  const auto e = node[end].get<size_t>();
  if (s > e || e > text.length()) {
    out.push_back(where + ": offsets " + std::to_string(s) + ".." + std::to_string(e) +
                  " outside the text (" + std::to_string(text.length()) + " code points)");
    return;
  }
  if (text_key == nullptr || !node.contains(text_key) || !node[text_key].is_string()) return;
  const std::string& stated = node[text_key].get_ref<const std::string&>();
  if (text.slice(s, e) != stated) {
    out.push_back(where + ": " + text_key + " \"" + stated + "\" differs from the text at " +
                  std::to_string(s) + ".." + std::to_string(e) + " \"" +
                  std::string(text.slice(s, e)) + "\"");
  }
}

void check_spans_in(const json& node, const std::string& where, const Texts& texts,
                    std::vector<std::string>& out) {
  if (node.is_array()) {
    for (size_t i = 0; i < node.size(); ++i) {
      check_spans_in(node[i], where + "/" + std::to_string(i), texts, out);
    }
    return;
  }
  if (!node.is_object()) return;
  if (node.contains("doc") && node["doc"].is_string()) {
    const auto text = texts.find(node["doc"].get<std::string>());
    if (text == texts.end()) {
      out.push_back(where + ": unknown document \"" + node["doc"].get<std::string>() + "\"");
    } else {
      check_slice(node, text->second, "start", "end", "text", where, out);
      check_slice(node, text->second, "cue_start", "cue_end", "cue", where, out);
      check_slice(node, text->second, "trigger_start", "trigger_end", "trigger", where, out);
      check_slice(node, text->second, "speaker_start", "speaker_end", nullptr, where, out);
    }
  }
  for (const auto& [key, child] : node.items()) {
    if (child.is_structured()) check_spans_in(child, where + "/" + key, texts, out);
  }
}

Texts document_texts(const json& dossier) {
  Texts texts;
  if (!dossier.contains("documents") || !dossier["documents"].is_array()) return texts;
  for (const json& doc : dossier["documents"]) {
    if (doc.contains("id") && doc["id"].is_string() && doc.contains("text") &&
        doc["text"].is_string()) {
      texts.emplace(doc["id"].get<std::string>(), CodePointText(doc["text"].get<std::string>()));
    }
  }
  return texts;
}

const json& array_or_empty(const json& dossier, const char* name) {
  static const json empty = json::array();
  return dossier.contains(name) && dossier[name].is_array() ? dossier[name] : empty;
}

std::string string_or_empty(const json& node, const char* key) {
  return node.is_object() && node.contains(key) && node[key].is_string() ? node[key].get<std::string>()
                                                                         : std::string();
}

// The ids of one top-level array; duplicates are reported.
std::set<std::string> collect_ids(const json& dossier, const char* array,
                                  std::vector<std::string>& out) {
  std::set<std::string> ids;
  for (const json& item : array_or_empty(dossier, array)) {
    const std::string id = string_or_empty(item, "id");
    if (!id.empty() && !ids.insert(id).second) {
      out.push_back(std::string(array) + ": duplicate id \"" + id + "\"");
    }
  }
  return ids;
}

void expect_ref(const json& node, const char* key, const std::set<std::string>& ids,
                const std::string& where, std::vector<std::string>& out) {
  if (!node.is_object() || !node.contains(key) || !node[key].is_string()) return;
  const std::string ref = node[key].get<std::string>();
  if (!ids.contains(ref)) out.push_back(where + "/" + key + ": \"" + ref + "\" does not resolve");
}

// An event actor is an entity id or the actor's words; only an id must resolve.
void expect_actor(const json& node, const char* key, const std::set<std::string>& ids,
                  const std::string& where, std::vector<std::string>& out) {
  if (!node.is_object() || !node.contains(key) || !node[key].is_string()) return;
  const std::string value = node[key].get<std::string>();
  const bool looks_like_id = value.size() >= 2 && value[0] == 'E' && value[1] != '0' &&
                             value.find_first_not_of("0123456789", 1) == std::string::npos;
  if (looks_like_id) {
    expect_ref(node, key, ids, where, out);
  }
}

void expect_real_day(const json& node, const std::string& where, std::vector<std::string>& out) {
  if (!node.is_object() || !node.contains("date") || !node["date"].is_string()) return;
  const std::string text = node["date"].get<std::string>();
  const auto date = CivilDate::parse_iso(text);
  if (!date || !date->valid() || date->iso() != text) {
    out.push_back(where + "/date: \"" + text + "\" is not a calendar day");
  }
}

void check_story_refs(const json& dossier, const std::set<std::string>& docs,
                      std::vector<std::string>& out) {
  const json& stories = array_or_empty(dossier, "stories");
  for (size_t i = 0; i < stories.size(); ++i) {
    const std::string where = "/stories/" + std::to_string(i);
    for (const json& d : stories[i].value("documents", json::array())) {
      if (!d.is_string() || !docs.contains(d.get<std::string>())) {
        out.push_back(where + "/documents: " + d.dump() + " does not resolve");
      }
    }
    for (const json& group : stories[i].value("events", json::array())) {
      for (const json& d : group) {
        if (!d.is_string() || !docs.contains(d.get<std::string>())) {
          out.push_back(where + "/events: " + d.dump() + " does not resolve");
        }
      }
    }
  }
}

void check_quote_refs(const json& dossier, const std::set<std::string>& entities,
                      std::vector<std::string>& out) {
  const json& quotes = array_or_empty(dossier, "quotes");
  std::map<std::string, std::string> doc_of_quote;
  for (const json& q : quotes) doc_of_quote[string_or_empty(q, "id")] = string_or_empty(q, "doc");
  for (size_t i = 0; i < quotes.size(); ++i) {
    const std::string where = "/quotes/" + std::to_string(i);
    expect_ref(quotes[i], "speaker", entities, where, out);
    const std::string continues = string_or_empty(quotes[i], "continues");
    if (continues.empty()) continue;
    const auto it = doc_of_quote.find(continues);
    if (it == doc_of_quote.end() || it->second != string_or_empty(quotes[i], "doc") ||
        continues == string_or_empty(quotes[i], "id")) {
      out.push_back(where + "/continues: \"" + continues +
                    "\" is not another quote of the same document");
    }
  }
}

// Each duplicate group names documents, and no document is in two groups or twice in one.
void check_duplicate_refs(const json& dossier, const std::set<std::string>& docs,
                          std::vector<std::string>& out) {
  const json& duplicates = array_or_empty(dossier, "duplicates");
  std::set<std::string> grouped;
  const auto member = [&](const json& item, const char* key, const std::string& where) {
    expect_ref(item, key, docs, where, out);
    const std::string id = string_or_empty(item, key);
    if (!id.empty() && !grouped.insert(id).second) {
      out.push_back(where + ": document \"" + id + "\" is in more than one place of the groups");
    }
  };
  for (size_t i = 0; i < duplicates.size(); ++i) {
    const std::string where = "/duplicates/" + std::to_string(i);
    member(duplicates[i], "representative", where);
    if (!duplicates[i].contains("copies") || !duplicates[i]["copies"].is_array()) continue;
    const json& copies = duplicates[i]["copies"];
    for (size_t k = 0; k < copies.size(); ++k) member(copies[k], "doc", where + "/copies/" + std::to_string(k));
  }
}

}  // namespace

std::vector<std::string> schema_violations(const json& dossier) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  const valijson::adapters::NlohmannJsonAdapter target(dossier);
  std::vector<std::string> out;
  if (validator.validate(dossier_schema(), target, &results)) return out;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string where;
    for (const auto& part : error.context) where += part;
    out.push_back(where + ": " + error.description);
  }
  return out;
}

std::vector<std::string> span_problems(const json& dossier) {
  std::vector<std::string> out;
  const Texts texts = document_texts(dossier);
  const json& documents = array_or_empty(dossier, "documents");
  for (size_t i = 0; i < documents.size(); ++i) {
    const auto text = texts.find(string_or_empty(documents[i], "id"));
    if (text == texts.end() || !documents[i].contains("headers")) continue;
    const json& headers = documents[i]["headers"];
    for (size_t h = 0; h < headers.size(); ++h) {
      check_slice(headers[h], text->second, "start", "end", "text",
                  "/documents/" + std::to_string(i) + "/headers/" + std::to_string(h), out);
    }
  }
  for (const auto& [key, value] : dossier.items()) {
    if (key != "documents" && value.is_structured()) check_spans_in(value, "/" + key, texts, out);
  }
  return out;
}

std::vector<std::string> reference_problems(const json& dossier) {
  std::vector<std::string> out;
  const auto docs = collect_ids(dossier, "documents", out);
  const auto entities = collect_ids(dossier, "entities", out);
  collect_ids(dossier, "quotes", out);
  collect_ids(dossier, "events", out);
  collect_ids(dossier, "stories", out);
  const json& documents = array_or_empty(dossier, "documents");
  for (size_t i = 0; i < documents.size(); ++i) {
    expect_real_day(documents[i], "/documents/" + std::to_string(i), out);
  }
  const json& events = array_or_empty(dossier, "events");
  for (size_t i = 0; i < events.size(); ++i) {
    const std::string where = "/events/" + std::to_string(i);
    expect_actor(events[i], "source", entities, where, out);
    expect_actor(events[i], "target", entities, where, out);
    expect_ref(events[i], "place", entities, where, out);
    expect_real_day(events[i], where, out);
  }
  check_quote_refs(dossier, entities, out);
  check_story_refs(dossier, docs, out);
  check_duplicate_refs(dossier, docs, out);
  const json& conflicts = array_or_empty(dossier, "conflicts");
  for (size_t i = 0; i < conflicts.size(); ++i) {
    expect_ref(conflicts[i], "entity", entities, "/conflicts/" + std::to_string(i), out);
  }
  return out;
}

std::vector<std::string> all_problems(const json& dossier) {
  std::vector<std::string> out = schema_violations(dossier);
  for (auto& p : span_problems(dossier)) out.push_back(std::move(p));
  for (auto& p : reference_problems(dossier)) out.push_back(std::move(p));
  return out;
}

}  // namespace dossier::report::testing
