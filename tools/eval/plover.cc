#include "eval/plover.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "eval/strings.h"

namespace dossier::eval {
namespace {

std::string upper(std::string s) {
  for (char& c : s) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return s;
}

std::string lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

// Spaces collapsed: the scorer's norm_text.
std::string norm_text(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The digits of a code with a lost leading zero put back, as the scorer's norm_code.
std::string norm_code(std::string_view code) {
  std::string s;
  size_t i = 0;
  while (i < code.size() && !(code[i] >= '0' && code[i] <= '9')) ++i;
  while (i < code.size() && code[i] >= '0' && code[i] <= '9') s += code[i++];
  if (!s.empty()) {
    const int root = s.size() >= 2 ? std::stoi(s.substr(0, 2)) : -1;
    if (!(s.size() >= 2 && root >= 1 && root <= 20)) s = "0" + s;
  }
  return s;
}

std::string gold_vocab(const std::string& cat, const std::string& mode, const std::string& root) {
  if (cat == "REQUEST") return "DEMAND";
  if (cat == "ACCUSE") return mode == "investigate" ? "INVESTIGATE" : "DISAPPROVE";
  if (cat == "ASSAULT" && (root == "19" || root == "20")) return "FIGHT";
  return cat;
}

std::string coarse_of(const std::string& gold) {
  if (gold == "DEMAND") return "REQUEST";
  if (gold == "DISAPPROVE" || gold == "INVESTIGATE") return "ACCUSE";
  if (gold == "FIGHT") return "ASSAULT";
  return gold;
}

bool word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

// Word tokens without the scorer's stop words (all of them when only stop words are left).
std::set<std::string> tokens(const std::string& s) {
  static const std::set<std::string> kStop = {"the", "a", "an", "of", "and", "s"};
  std::vector<std::string> all;
  std::string cur;
  for (const char c : s) {
    if (word_byte(static_cast<unsigned char>(c))) {
      cur += c;
    } else if (!cur.empty()) {
      all.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) all.push_back(cur);
  std::set<std::string> kept, every;
  for (const std::string& t : all) {
    every.insert(t);
    if (kStop.count(t) == 0) kept.insert(t);
  }
  return kept.empty() ? every : kept;
}

std::vector<std::string> gold_actors(const nlohmann::json& v) {
  std::vector<std::string> out;
  const auto add = [&](const nlohmann::json& a) {
    if (a.is_object() && a.contains("actorText") && a["actorText"].is_string()) {
      const std::string t = trim(a["actorText"].get<std::string>());
      if (!t.empty()) out.push_back(t);
    }
  };
  if (v.is_object()) add(v);
  if (v.is_array()) {
    for (const auto& a : v) add(a);
  }
  return out;
}

}  // namespace

PloverMapping parse_plover_mapping(std::string_view text, const std::string& name) {
  PloverMapping m;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t digits = i;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    const std::string code(line.substr(digits, i - digits));
    if (code.size() < 2 || code.size() > 4) continue;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size() || line[i] != ':') continue;
    std::string_view rest = line.substr(i + 1);
    if (const size_t hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
    std::vector<std::string> parts;
    size_t b = 0;
    for (size_t k = 0; k <= rest.size(); ++k) {
      if (k == rest.size() || rest[k] == ',') {
        parts.push_back(trim(rest.substr(b, k - b)));
        b = k + 1;
      }
    }
    const std::string cat = upper(parts[0]);
    if (cat.empty() || !std::all_of(cat.begin(), cat.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; })) {
      continue;
    }
    m.table.emplace(code, std::pair{cat, parts.size() > 1 ? lower(parts[1]) : std::string()});
  }
  if (m.table.empty()) throw InputError(name, "no CAMEO codes read");
  return m;
}

std::optional<MappedType> map_cameo(const PloverMapping& mapping, std::string_view code) {
  const std::string s = norm_code(code);
  for (size_t n = s.size(); n >= 2; --n) {
    const auto it = mapping.table.find(std::string_view(s).substr(0, n));
    if (it != mapping.table.end()) {
      return MappedType{gold_vocab(it->second.first, it->second.second, s.substr(0, 2)), it->second.first};
    }
  }
  return std::nullopt;
}

std::vector<PloverRecord> parse_plover_records(std::string_view json, const std::string& name) {
  nlohmann::json arr;
  try {
    arr = nlohmann::json::parse(json);
  } catch (const nlohmann::json::exception& e) {
    throw InputError(name, e.what());
  }
  if (!arr.is_array()) throw InputError(name, "not a JSON array of records");
  std::vector<PloverRecord> out;
  std::map<std::string, int> seen;
  for (const auto& r : arr) {
    if (!r.is_object() || !r.contains("text") || !r["text"].is_string() || !r.contains("event") ||
        !r["event"].is_string()) {
      continue;
    }
    const std::string event = upper(trim(r["event"].get<std::string>()));
    if (r["text"].get<std::string>().empty() || event.empty() || event == "DOCUMENT") continue;
    PloverRecord rec;
    const std::string id = r.contains("id") && r["id"].is_string() ? r["id"].get<std::string>() : "record";
    const int k = ++seen[id];
    rec.id = k == 1 ? id : id + "~" + std::to_string(k);
    rec.text = r["text"].get<std::string>();
    if (r.contains("date") && r["date"].is_string()) rec.date = r["date"].get<std::string>();
    rec.event = event;
    if (r.contains("source")) rec.sources = gold_actors(r["source"]);
    if (r.contains("target")) rec.targets = gold_actors(r["target"]);
    out.push_back(std::move(rec));
  }
  if (out.empty()) throw InputError(name, "no event records");
  return out;
}

bool actor_text_match(std::string_view a_in, std::string_view b_in) {
  const std::string a = lower(norm_text(a_in)), b = lower(norm_text(b_in));
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const auto ta = tokens(a), tb = tokens(b);
  if (ta.empty() || tb.empty()) return false;
  size_t common = 0;
  for (const auto& t : ta) common += tb.count(t);
  return 2.0 * static_cast<double>(common) / static_cast<double>(ta.size() + tb.size()) >= 0.5;
}

PloverScore score_plover(const std::vector<PloverRecord>& records,
                         const std::vector<std::vector<SystemEvent>>& events, const PloverMapping& mapping) {
  PloverScore R;
  std::map<std::string, std::set<std::string>> group;
  for (const PloverRecord& r : records) group[norm_text(r.text)].insert(r.event);
  for (size_t i = 0; i < records.size(); ++i) {
    const PloverRecord& r = records[i];
    const std::string& gold = r.event;
    const auto& gold_set = group[norm_text(r.text)];
    std::set<std::string> coarse_set;
    for (const auto& g : gold_set) coarse_set.insert(coarse_of(g));
    auto& c = R.categories[gold];
    ++R.n;
    ++c.n;
    struct Mapped {
      const SystemEvent* ev;
      MappedType type;
    };
    std::vector<Mapped> mapped;
    for (const SystemEvent& ev : events[i]) {
      const auto m = map_cameo(mapping, ev.code);
      if (!m) {
        ++R.dropped;
        continue;
      }
      mapped.push_back({&ev, *m});
    }
    std::set<std::string> types, coarse_types;
    for (const Mapped& m : mapped) {
      types.insert(m.type.gold);
      coarse_types.insert(m.type.coarse);
    }
    if (mapped.empty()) ++R.no_event;
    const bool hit = types.count(gold) > 0;
    R.hit += hit;
    c.hit += hit;
    R.coarse_hit += coarse_types.count(coarse_of(gold)) > 0;
    for (const Mapped& m : mapped) {
      const bool ok = gold_set.count(m.type.gold) > 0;
      ++R.sys;
      R.sys_ok += ok;
      ++R.categories[m.type.gold].sys;
      R.categories[m.type.gold].sys_ok += ok;
      R.coarse_sys_ok += coarse_set.count(m.type.coarse) > 0;
    }
    if (!hit) {
      std::string joined;
      for (const auto& t : types) joined += (joined.empty() ? "" : "+") + t;
      ++R.confusions[gold + "->" + (joined.empty() ? "(none)" : joined)];
      continue;
    }
    const auto right = [](const std::vector<std::string>& offered, const std::vector<std::string>& wanted) {
      for (const auto& s : offered) {
        for (const auto& g : wanted) {
          if (actor_text_match(s, g)) return true;
        }
      }
      return false;
    };
    int best = -1;
    bool best_src = false, best_tgt = false;
    for (const Mapped& m : mapped) {
      if (m.type.gold != gold) continue;
      const bool s = !r.sources.empty() && right(m.ev->source, r.sources);
      const bool t = !r.targets.empty() && right(m.ev->target, r.targets);
      if (s + t > best) {
        best = s + t;
        best_src = s;
        best_tgt = t;
      }
    }
    bool full = true;
    if (!r.sources.empty()) {
      ++R.source_n, ++c.source_n;
      R.source_ok += best_src, c.source_ok += best_src;
      full = full && best_src;
    }
    if (!r.targets.empty()) {
      ++R.target_n, ++c.target_n;
      R.target_ok += best_tgt, c.target_ok += best_tgt;
      full = full && best_tgt;
    }
    R.full += full;
    c.full += full;
  }
  return R;
}

namespace {

double pct(size_t a, size_t b) { return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b); }

std::string frac(size_t a, size_t b) { return b == 0 ? "-" : std::to_string(a) + "/" + std::to_string(b); }

}  // namespace

std::string plover_report(const PloverScore& R) {
  std::string out;
  char line[512];
  static const std::vector<std::string> kOrder = {"AGREE",      "CONSULT",  "SUPPORT",  "CONCEDE", "COOPERATE",
                                                  "AID",        "RETREAT",  "INVESTIGATE", "DEMAND", "DISAPPROVE",
                                                  "REJECT",     "THREATEN", "PROTEST",  "MOBILIZE", "SANCTION",
                                                  "COERCE",     "ASSAULT",  "FIGHT"};
  std::snprintf(line, sizeof line, "%-12s %4s %4s %6s | %4s %4s %6s | %7s %7s %5s\n", "category", "gold", "hit",
                "acc%", "sys", "ok", "prec%", "source", "target", "full");
  out += line;
  std::vector<std::string> cats;
  for (const auto& c : kOrder) {
    if (R.categories.count(c)) cats.push_back(c);
  }
  for (const auto& [c, k] : R.categories) {
    if (std::find(kOrder.begin(), kOrder.end(), c) == kOrder.end()) cats.push_back(c);
  }
  for (const auto& c : cats) {
    const auto& k = R.categories.at(c);
    std::snprintf(line, sizeof line, "%-12s %4zu %4zu %6.1f | %4zu %4zu %6s | %7s %7s %5zu\n", c.c_str(), k.n, k.hit,
                  pct(k.hit, k.n), k.sys, k.sys_ok,
                  k.sys ? std::to_string(pct(k.sys_ok, k.sys)).substr(0, 5).c_str() : "-",
                  frac(k.source_ok, k.source_n).c_str(), frac(k.target_ok, k.target_n).c_str(), k.full);
    out += line;
  }
  const size_t slot_n = R.source_n + R.target_n, slot_ok = R.source_ok + R.target_ok;
  std::snprintf(line, sizeof line,
                "\ntype accuracy (gold's PLOVER 0.5b1 types)   %5.1f%%  (%zu/%zu records)\n"
                "type accuracy, coarse (PLOVER 2021 types)  %5.1f%%  (%zu/%zu)\n"
                "type precision                              %5.1f%%  (%zu/%zu mapped system events)\n"
                "actor accuracy (type-matched records)       %5.1f%%  (%zu/%zu slots: source %s, target %s)\n"
                "full (type and all gold actors)             %5.1f%%  (%zu/%zu)\n",
                pct(R.hit, R.n), R.hit, R.n, pct(R.coarse_hit, R.n), R.coarse_hit, R.n, pct(R.sys_ok, R.sys), R.sys_ok,
                R.sys, pct(slot_ok, slot_n), slot_ok, slot_n, frac(R.source_ok, R.source_n).c_str(),
                frac(R.target_ok, R.target_n).c_str(), pct(R.full, R.n), R.full, R.n);
  out += line;
  std::vector<std::pair<std::string, size_t>> conf(R.confusions.begin(), R.confusions.end());
  std::stable_sort(conf.begin(), conf.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  out += "most frequent misses (gold -> system types on that record):";
  for (size_t i = 0; i < conf.size() && i < 10; ++i) out += " " + conf[i].first + " " + std::to_string(conf[i].second) + ";";
  out += "\n";
  std::snprintf(line, sizeof line,
                "SCORE %.1f type_acc=%.1f%% (%zu/%zu) type_prec=%.1f%% (%zu/%zu) actor_acc=%.1f%% (%zu/%zu) "
                "full=%.1f%% coarse_type_acc=%.1f%% n=%zu\n",
                pct(R.hit, R.n), pct(R.hit, R.n), R.hit, R.n, pct(R.sys_ok, R.sys), R.sys_ok, R.sys, pct(slot_ok, slot_n),
                slot_ok, slot_n, pct(R.full, R.n), pct(R.coarse_hit, R.n), R.n);
  out += line;
  return out;
}

}  // namespace dossier::eval
