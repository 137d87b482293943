#include "eval/audit_data.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "eval/strings.h"

namespace dossier::eval::audit {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

double confidence_of(const json& j) {
  auto it = j.find("confidence");
  return it != j.end() && it->is_number() ? it->get<double>() : kNoConfidence;
}

Range range_of(const json& j) {
  if (!j.is_object()) return {};
  auto s = j.find("start");
  auto e = j.find("end");
  if (s == j.end() || e == j.end() || !s->is_number_unsigned() || !e->is_number_unsigned()) return {};
  return {s->get<uint32_t>(), e->get<uint32_t>()};
}

Range range_of(const json& j, const char* start, const char* end) {
  auto s = j.find(start);
  auto e = j.find(end);
  if (s == j.end() || e == j.end() || !s->is_number_unsigned() || !e->is_number_unsigned()) return {};
  return {s->get<uint32_t>(), e->get<uint32_t>()};
}

json read_json_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path, "cannot be read");
  try {
    return json::parse(in);
  } catch (const json::exception& e) {
    throw InputError(path, std::string("is not valid JSON: ") + e.what());
  }
}

void read_gold_items(const json& j, Article& a) {
  for (const json& m : j.value("mentions", json::array())) {
    a.mentions.push_back({range_of(m), str(m, "type"), str(m, "entity"), kNoConfidence});
  }
  for (const json& r : j.value("roles", json::array())) {
    RoleItem role;
    role.holder = str(r, "holder");
    role.span = range_of(r.value("title", json::object()));
    role.title = normalise_title(str(r, "norm"));
    role.org = str(r, "org");
    role.status = str(r, "status");
    a.roles.push_back(std::move(role));
  }
  for (const json& s : j.value("speech", json::array())) {
    SpeechItem item;
    item.kind = str(s, "kind");
    item.cue = range_of(s.value("cue", json::object()));
    for (const json& c : s.value("content", json::array())) item.content.push_back(range_of(c));
    item.speaker = range_of(s.value("speaker", json::object()));
    item.speaker_entity = str(s, "speaker_entity");
    a.speech.push_back(std::move(item));
  }
  for (const json& e : j.value("events", json::array())) {
    EventItem event;
    event.code = str(e, "code");
    event.trigger = range_of(e.value("trigger", json::object()));
    event.source_entity = str(e, "source_entity");
    event.target_entity = str(e, "target_entity");
    event.source_text = str(e, "source_text");
    event.target_text = str(e, "target_text");
    event.date = str(e, "date");
    a.events.push_back(std::move(event));
  }
  for (const json& t : j.value("times", json::array())) {
    a.times.push_back({range_of(t), str(t, "type"), str(t, "value"), kNoConfidence});
  }
}

}  // namespace

bool SpeechItem::overlaps(const SpeechItem& o) const {
  for (const Range& a : content) {
    for (const Range& b : o.content) {
      if (a.overlaps(b)) return true;
    }
  }
  return false;
}

std::vector<SampleRow> read_sample(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path, "cannot be read");
  std::vector<SampleRow> rows;
  std::string line;
  uint64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 || trim(line).empty()) continue;
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) cells.push_back(cell);
    if (cells.size() < 4) throw InputError(path, "expected index, part, path, date", number);
    SampleRow row;
    try {
      row.index = std::stoi(cells[0]);
    } catch (const std::exception&) {
      throw InputError(path, "the index is not a number", number);
    }
    row.part = cells[1];
    row.path = cells[2];
    row.dct = cells[3];
    rows.push_back(std::move(row));
  }
  return rows;
}

Article read_pass_file(const std::string& path) {
  const json j = read_json_file(path);
  if (!j.is_object() || !j.contains("index") || !j["index"].is_number_integer()) {
    throw InputError(path, "has no integer \"index\"");
  }
  Article a;
  a.index = j["index"].get<int>();
  a.path = str(j, "path");
  a.dct = str(j, "dct");
  read_gold_items(j, a);
  return a;
}

std::map<int, Article> read_pass_folder(const std::string& folder, const std::vector<SampleRow>& sample) {
  std::map<int, Article> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) throw InputError(folder, "is not a folder");
  for (const SampleRow& row : sample) {
    const std::string file = folder + "/" + std::to_string(row.index) + ".json";
    if (!std::filesystem::exists(file, ec)) continue;
    Article a = read_pass_file(file);
    if (a.index != row.index) throw InputError(file, "its index does not match its file name");
    a.part = row.part;
    a.path = row.path;
    a.dct = row.dct;
    out.emplace(row.index, std::move(a));
  }
  return out;
}

std::map<int, Article> articles_from_dossier(const json& dossier) {
  std::map<int, Article> out;
  std::map<uint32_t, int> index_of_doc;
  const json& documents = dossier.at("documents");
  for (uint32_t d = 0; d < documents.size(); ++d) {
    const std::string id = str(documents[d], "id");
    int index = 0;
    try {
      index = std::stoi(id);
    } catch (const std::exception&) {
      continue;
    }
    index_of_doc[d] = index;
    out[index].index = index;
  }
  auto article_of = [&](const json& item) -> Article* {
    auto doc = item.find("doc");
    if (doc == item.end()) return nullptr;
    // Entities, quotes, events and times name their document by id.
    const std::string id = doc->is_string() ? doc->get<std::string>() : std::string();
    try {
      auto it = out.find(std::stoi(id));
      return it == out.end() ? nullptr : &it->second;
    } catch (const std::exception&) {
      return nullptr;
    }
  };
  std::set<std::string> entity_ids;
  for (const json& e : dossier.value("entities", json::array())) {
    const std::string id = str(e, "id");
    entity_ids.insert(id);
    const std::string type = str(e, "type");
    const double conf = confidence_of(e);
    for (const json& m : e.value("mentions", json::array())) {
      const std::string kind = str(m, "kind");
      if (!kind.empty() && kind != "name") continue;
      // A name mention is judged on its span and type, so its type confidence is what calibrates.
      const auto typed = m.find("type_confidence");
      const double mention_conf = typed != m.end() && typed->is_number() ? typed->get<double>() : conf;
      if (Article* a = article_of(m)) a->mentions.push_back({range_of(m), type, id, mention_conf});
    }
    for (const json& r : e.value("roles", json::array())) {
      if (Article* a = article_of(r)) {
        a->roles.push_back({id, range_of(r), normalise_title(str(r, "title")), str(r, "org"),
                            str(r, "status"), confidence_of(r)});
      }
    }
  }
  for (const json& q : dossier.value("quotes", json::array())) {
    Article* a = article_of(q);
    if (!a) continue;
    SpeechItem item;
    item.kind = str(q, "kind");
    if (q.contains("parts") && q["parts"].is_array() && !q["parts"].empty()) {
      for (const json& p : q["parts"]) item.content.push_back(range_of(p));
    } else {
      item.content.push_back(range_of(q));
    }
    item.cue = range_of(q, "cue_start", "cue_end");
    item.cue_text = str(q, "cue");
    item.speaker = range_of(q, "speaker_start", "speaker_end");
    item.speaker_entity = str(q, "speaker");
    item.confidence = confidence_of(q);
    const auto speaker_conf = q.find("speaker_confidence");
    if (speaker_conf != q.end() && speaker_conf->is_number() && speaker_conf->get<double>() > 0) {
      item.speaker_confidence = speaker_conf->get<double>();
    }
    a->speech.push_back(std::move(item));
  }
  for (const json& v : dossier.value("events", json::array())) {
    Article* a = article_of(v);
    if (!a) continue;
    EventItem event;
    event.code = str(v, "code");
    event.trigger = range_of(v, "trigger_start", "trigger_end");
    if (event.trigger.empty()) event.trigger = range_of(v);
    const std::string source = str(v, "source");
    const std::string target = str(v, "target");
    event.source_entity = entity_ids.count(source) ? source : std::string();
    event.target_entity = entity_ids.count(target) ? target : std::string();
    event.source_text = str(v, "source_text").empty() ? source : str(v, "source_text");
    event.target_text = str(v, "target_text").empty() ? target : str(v, "target_text");
    event.date = str(v, "date");
    event.confidence = confidence_of(v);
    a->events.push_back(std::move(event));
  }
  for (const json& t : dossier.value("times", json::array())) {
    if (Article* a = article_of(t)) {
      a->times.push_back({range_of(t), str(t, "type"), str(t, "value"), confidence_of(t)});
    }
  }
  return out;
}

ArticleText::ArticleText(std::string utf8) : utf8_(std::move(utf8)) {
  for (uint32_t i = 0; i < utf8_.size(); ++i) {
    if ((static_cast<unsigned char>(utf8_[i]) & 0xC0) != 0x80) byte_of_cp_.push_back(i);
  }
  byte_of_cp_.push_back(static_cast<uint32_t>(utf8_.size()));
}

std::string ArticleText::slice(Range range, size_t max_chars) const {
  const size_t last = byte_of_cp_.size() - 1;
  const size_t s = std::min<size_t>(range.start, last);
  const size_t e = std::min<size_t>(std::max<size_t>(range.end, s), last);
  const size_t cut = std::min(e, s + max_chars);
  std::string out = utf8_.substr(byte_of_cp_[s], byte_of_cp_[cut] - byte_of_cp_[s]);
  for (char& c : out) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return cut < e ? out + "..." : out;
}

std::string normalise_title(std::string_view title) {
  std::string out;
  bool space = false;
  for (char c : title) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(u < 0x80 ? std::tolower(u) : u);
  }
  const auto is_punct = [](char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '-' || c == '\'' || c == '"';
  };
  size_t b = 0, e = out.size();
  while (b < e && is_punct(out[b])) ++b;
  while (e > b && is_punct(out[e - 1])) --e;
  return out.substr(b, e - b);
}

std::map<std::string, std::optional<double>> thresholds_from_dossier(const json& dossier) {
  std::map<std::string, std::optional<double>> out;
  const auto it = dossier.find("confident_from");
  if (it == dossier.end() || !it->is_object()) return out;
  for (const auto& [layer, value] : it->items()) {
    out[layer] = value.is_number() ? std::optional<double>(value.get<double>()) : std::nullopt;
  }
  return out;
}

}  // namespace dossier::eval::audit
