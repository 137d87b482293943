// The PETRARCH2 actor and agent dictionaries (format: petrarch2/dictionaries.rst).
//
// Phoenix.Countries.actors.txt holds one record per country ("KENYA_ [KEN]" with "+" aliases:
// demonyms, other names, misspellings, cities, provinces, rivers, a few leaders) followed by the
// country's institutions and leaders with dated role codes. Each alias is sorted by what the
// other resources know about it: a city or subdivision of that country gets the country's code
// (the CAMEO convention: "Beijing" codes as CHN), a demonym becomes a nationality, a natural
// feature a place, a person a person; what is left is another name of the country ("Holland").
#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

#include "dossier/error.h"
#include "lexicon/fold.h"
#include "train/lexicon/compile.h"

namespace dossier::train::lexicon {
namespace {

using dossier::lexicon::DatedCodeSpec;
using dossier::lexicon::kNone;
using dossier::lexicon::match_key;

struct Record {
  std::vector<std::string> names;  // phrases with '_' as written, "THE " dropped
  std::string code;                // undated default code
  std::vector<DatedCodeSpec> dated;
};

// "320101" → 19320101, "011222" → 20011222, "20070101" as is; 0 when malformed. Two-digit years
// below 30 are this century, as in the dictionaries' own dates.
int32_t parse_date(std::string_view s) {
  for (const char c : s) {
    if (c < '0' || c > '9') return 0;
  }
  if (s.size() == 8) return std::stoi(std::string(s));
  if (s.size() != 6) return 0;
  const int yy = std::stoi(std::string(s.substr(0, 2)));
  return (yy < 30 ? 20000000 : 19000000) + std::stoi(std::string(s));
}

// One "[CODE]", "[CODE >date]", "[CODE <date]" or "[CODE date-date]" group.
void parse_code(std::string_view group, Record& record) {
  std::istringstream in{std::string(group)};
  std::string code, when;
  in >> code >> when;
  if (code.empty()) return;
  if (when.empty()) {
    record.code = code;
    return;
  }
  DatedCodeSpec d{code, 0, 0};
  if (when[0] == '>') {
    d.from = parse_date(std::string_view(when).substr(1));
  } else if (when[0] == '<') {
    d.to = parse_date(std::string_view(when).substr(1));
  } else if (const size_t dash = when.find('-'); dash != std::string::npos) {
    d.from = parse_date(std::string_view(when).substr(0, dash));
    d.to = parse_date(std::string_view(when).substr(dash + 1));
  }
  if (d.from != 0 || d.to != 0) record.dated.push_back(d);
}

void parse_codes(std::string_view text, Record& record) {
  for (size_t open = text.find('['); open != std::string_view::npos;
       open = text.find('[', open + 1)) {
    const size_t close = text.find(']', open);
    if (close == std::string_view::npos) return;
    parse_code(text.substr(open + 1, close - open - 1), record);
  }
}

std::string clean_name(std::string_view raw) {
  std::string name;
  for (const char c : raw) name += (c == '_' || c == '\t') ? ' ' : c;
  const size_t b = name.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  name = name.substr(b, name.find_last_not_of(' ') - b + 1);
  if (name.starts_with("THE ")) name = name.substr(4);
  return name;
}

std::vector<Record> read_actors(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot read PETRARCH dictionary");
  std::vector<Record> records;
  std::string line;
  while (std::getline(in, line)) {
    if (const size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    const std::string_view body = std::string_view(line).substr(start);
    if (body[0] == '[') {
      if (!records.empty()) parse_codes(body, records.back());
      continue;
    }
    const bool alias = body[0] == '+';
    const std::string_view text = alias ? body.substr(1) : body;
    const size_t bracket = text.find('[');
    const std::string name = clean_name(text.substr(0, bracket));
    if (!alias) records.emplace_back();
    if (records.empty()) continue;
    if (!name.empty()) records.back().names.push_back(name);
    if (bracket != std::string_view::npos) parse_codes(text.substr(bracket), records.back());
  }
  std::erase_if(records, [](const Record& r) { return r.names.empty(); });
  return records;
}

std::vector<std::string> words_of(const std::string& key) {
  std::vector<std::string> out;
  std::istringstream in(key);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool is_person_record(const Record& r) {
  return !r.dated.empty() || r.code.ends_with("ELI");
}

// "(AAIA)" at the end of a name: the acronym the record gives (2 to 10 of A-Z, 0-9, '.', '-').
std::optional<std::string> trailing_acronym(std::string& name) {
  size_t end = name.find_last_not_of(" \t");
  if (end == std::string::npos || name[end] != ')') return std::nullopt;
  const size_t open = name.rfind('(', end);
  if (open == std::string::npos) return std::nullopt;
  const std::string acronym = name.substr(open + 1, end - open - 1);
  const bool shaped = acronym.size() >= 2 && acronym.size() <= 10 &&
                      std::all_of(acronym.begin(), acronym.end(), [](char c) {
                        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
                      });
  const size_t before = open == 0 ? std::string::npos : name.find_last_not_of(" \t", open - 1);
  if (!shaped || before == std::string::npos) return std::nullopt;
  name.resize(before + 1);
  return acronym;
}

std::string initials(const std::string& key, bool skip_function_words) {
  std::string out;
  for (const std::string& w : words_of(key)) {
    if (skip_function_words && is_function_word(w)) continue;
    out += w[0];
  }
  return out;
}

class Petrarch {
 public:
  explicit Petrarch(Gazetteer& g) : g_(g) {}

  void learn_first_names(const std::vector<Record>& records);
  void countries(const std::vector<Record>& records);
  void organisations(const std::vector<Record>& records, Kind kind);
  void titles(const std::vector<std::string>& names);

 private:
  bool person_like(const std::string& key, const std::set<std::string>& persons_in_record) const;
  bool first_name(const std::string& word) const;
  bool demonym_of_record(const std::string& key, const std::string& alpha3,
                         const std::set<std::string>& record_keys) const;
  uint32_t title_agent(const std::string& key);
  uint32_t person(const Record& r, const std::string& alpha3);
  void country_record(const Record& r, const std::string& alpha3, bool first_record);
  void alias_of_country(uint32_t country, const std::string& alpha3, const std::string& name,
                        bool& capital_pending, std::set<std::string>& persons,
                        const std::set<std::string>& record_keys);

  Gazetteer& g_;
  std::map<std::string, int> first_names_;
  std::set<std::string> place_first_words_;
  std::set<std::string> capital_done_;
};

void Petrarch::learn_first_names(const std::vector<Record>& records) {
  for (const Record& r : records) {
    if (!is_person_record(r)) continue;
    for (const std::string& name : r.names) {
      const std::vector<std::string> words = words_of(match_key(name));
      if (words.size() >= 2) ++first_names_[words[0]];
    }
  }
  for (const auto& [key, ids] : g_.places_of_key) {
    place_first_words_.insert(key.substr(0, key.find(' ')));
  }
}

bool Petrarch::first_name(const std::string& word) const {
  const auto it = first_names_.find(word);
  return it != first_names_.end() && it->second >= 2 && !place_first_words_.contains(word);
}

// "British" is a demonym of this record's country when WordNet's place for it ("Britain") is one
// of the record's names or a name of the country.
bool Petrarch::demonym_of_record(const std::string& key, const std::string& alpha3,
                                 const std::set<std::string>& record_keys) const {
  const auto pending = g_.pending_demonyms.find(key);
  if (pending == g_.pending_demonyms.end()) return false;
  for (const std::string& place : pending->second) {
    if (record_keys.contains(place)) return true;
    const auto c = g_.alpha3_of_name.find(place);
    if (c != g_.alpha3_of_name.end() && c->second.contains(alpha3)) return true;
  }
  return false;
}

bool Petrarch::person_like(const std::string& key,
                           const std::set<std::string>& persons_in_record) const {
  const std::vector<std::string> words = words_of(key);
  if (words.empty()) return false;
  if (persons_in_record.contains(key)) return true;
  if (words.size() >= 2) {
    if (g_.title_nouns.contains(words[0])) return true;
    if (first_name(words[0])) return true;
  }
  return false;
}

uint32_t Petrarch::person(const Record& r, const std::string& alpha3) {
  const uint32_t id = g_.add({Kind::kPerson, 0, title_case(r.names[0]), alpha3, r.code, 0,
                              kNone, r.dated});
  for (size_t i = 0; i < r.names.size(); ++i) {
    g_.caps_form(id, r.names[i], i == 0 ? FormKind::kName : FormKind::kAlias);
  }
  return id;
}

void Petrarch::alias_of_country(uint32_t country, const std::string& alpha3,
                                const std::string& name, bool& capital_pending,
                                std::set<std::string>& persons,
                                const std::set<std::string>& record_keys) {
  const std::string key = match_key(name);
  if (key.empty()) return;
  // A name of this country already known, or of another one (skipped: not this country's).
  if (const auto c = g_.alpha3_of_name.find(key); c != g_.alpha3_of_name.end()) {
    if (c->second.contains(alpha3)) g_.stats.add("petrarch.alias.known_name");
    return;
  }
  // A city or subdivision of the country: it codes as the country; the first city is the capital.
  if (const auto p = g_.places_of_key.find(key); p != g_.places_of_key.end()) {
    uint32_t best = kNone;
    for (const uint32_t id : p->second) {
      EntrySpec& place = g_.builder.at(id);
      if (place.country != alpha3) continue;
      place.code = alpha3;
      if (place.kind == Kind::kCity &&
          (best == kNone || place.population > g_.builder.at(best).population)) {
        best = id;
      }
    }
    if (best != kNone || !p->second.empty()) g_.stats.add("petrarch.alias.place");
    if (best != kNone && capital_pending) {
      g_.builder.at(best).flags |= dossier::lexicon::kCapital;
      capital_pending = false;
    }
    if (best != kNone) return;
  }
  // A demonym or people.
  const auto n = g_.nationality_of_key.find(key);
  if (n != g_.nationality_of_key.end() || demonym_of_record(key, alpha3, record_keys)) {
    if (n != g_.nationality_of_key.end()) {
      for (const uint32_t id : n->second) {
        if (g_.builder.at(id).country == alpha3) return;
      }
    }
    const std::string display = title_case(name);
    const uint32_t id = g_.add({Kind::kNationality, 0, display, alpha3, alpha3, 0, country, {}});
    g_.form(id, display, FormKind::kName);
    for (const std::string& plural : g_.plurals(display)) g_.form(id, plural, FormKind::kPlural);
    g_.nationality_of_key[key].push_back(id);
    g_.stats.add("petrarch.alias.demonym");
    return;
  }
  if (person_like(key, persons)) {
    Record r{{name}, alpha3, {}};
    person(r, alpha3);
    const std::vector<std::string> words = words_of(key);
    persons.insert(words.back());  // a later bare surname of the same person
    g_.stats.add("petrarch.alias.person");
    return;
  }
  for (const std::string& w : words_of(key)) {
    if (!g_.feature_nouns.contains(w)) continue;
    const uint32_t id =
        g_.add({Kind::kPlace, 0, title_case(name), alpha3, alpha3, 0, country, {}});
    g_.caps_form(id, name, FormKind::kName);
    g_.stats.add("petrarch.alias.place_feature");
    return;
  }
  const bool short_form = key.find(' ') == std::string::npos && key.size() <= 4;
  g_.caps_form(country, name, short_form ? FormKind::kAbbreviation : FormKind::kAlias);
  g_.stats.add("petrarch.alias.country");
}

void Petrarch::country_record(const Record& r, const std::string& alpha3, bool first_record) {
  const uint32_t country = g_.country_of_alpha3.at(alpha3);
  bool capital_pending = first_record && !capital_done_.contains(alpha3);
  std::set<std::string> persons;
  std::set<std::string> record_keys;
  for (const std::string& name : r.names) record_keys.insert(match_key(name));
  for (const std::string& name : r.names) {
    alias_of_country(country, alpha3, name, capital_pending, persons, record_keys);
  }
  if (first_record) capital_done_.insert(alpha3);
}

void Petrarch::countries(const std::vector<Record>& records) {
  std::string alpha3;
  for (const Record& r : records) {
    const bool country_code = r.code.size() == 3 && r.dated.empty();
    if (country_code && g_.country_of_alpha3.contains(r.code)) {
      const bool first = alpha3 != r.code;
      alpha3 = r.code;
      country_record(r, alpha3, first);
      continue;
    }
    if (country_code) {
      g_.stats.add("petrarch.unknown_country_code");
      alpha3.clear();  // a former state or a code outside ISO 3166: its people are kept below
    }
    if (is_person_record(r)) {
      person(r, alpha3);
    } else if (!r.code.empty()) {
      const uint32_t id = g_.add({Kind::kOrganization, 0, title_case(r.names[0]), alpha3, r.code,
                                  0, alpha3.empty() ? kNone : g_.country_of_alpha3.at(alpha3), {}});
      for (const std::string& name : r.names) g_.caps_form(id, name, FormKind::kName);
    }
  }
}

void Petrarch::organisations(const std::vector<Record>& records, Kind kind) {
  // Acronym-only records ("UN_ [IGOUNO]") join the record of the same code whose name has
  // those initials ("UNITED_NATIONS_ [IGOUNO]").
  std::map<std::string, std::vector<uint32_t>> by_code;
  std::vector<std::pair<const Record*, std::string>> acronym_only;
  for (const Record& r : records) {
    if (r.code.empty() && r.dated.empty()) continue;
    std::set<std::string> unused;
    if (is_person_record(r) || person_like(match_key(r.names[0]), unused)) {
      person(r, "");
      continue;
    }
    std::vector<std::string> names;
    std::vector<std::string> acronyms;
    for (std::string name : r.names) {
      if (auto a = trailing_acronym(name)) acronyms.push_back(*a);
      const std::string key = match_key(name);
      if (key.find(' ') == std::string::npos && key.size() <= 6) {
        acronyms.push_back(name);
      } else {
        names.push_back(name);
      }
    }
    if (names.empty()) {
      for (const std::string& a : acronyms) acronym_only.emplace_back(&r, a);
      continue;
    }
    const uint32_t id = g_.add({kind, 0, title_case(names[0]), "", r.code, 0, kNone, {}});
    by_code[r.code].push_back(id);
    for (const std::string& name : names) g_.caps_form(id, name, FormKind::kName);
    for (const std::string& a : acronyms) g_.caps_form(id, a, FormKind::kAbbreviation);
  }
  for (const auto& [record, acronym] : acronym_only) {
    const std::string key = match_key(acronym);
    uint32_t target = kNone;
    for (const uint32_t id : by_code[record->code]) {
      const std::string name = match_key(g_.builder.at(id).name);
      if (initials(name, true) == key || initials(name, false) == key) {
        target = id;
        break;
      }
    }
    if (target == kNone) {
      target = g_.add({kind, 0, acronym, "", record->code, 0, kNone, {}});
      by_code[record->code].push_back(target);
    } else {
      g_.stats.add("petrarch.acronym_joined");
    }
    g_.caps_form(target, acronym, FormKind::kAbbreviation);
  }
}

uint32_t Petrarch::title_agent(const std::string& key) {
  if (const auto a = g_.agent_of_key.find(key); a != g_.agent_of_key.end()) {
    g_.builder.at(a->second).flags |= dossier::lexicon::kTitle | dossier::lexicon::kPersonNoun;
    return a->second;
  }
  const uint32_t id = g_.add({Kind::kAgent, dossier::lexicon::kTitle | dossier::lexicon::kPersonNoun,
                              key, "", "", 0, kNone, {}});
  g_.agent_of_key[key] = id;
  g_.builder.add_form(id, key, FormKind::kName, Shape::kAnyCase);
  return id;
}

// Titles the actor dictionaries write before people's names: "SECRETARY-GENERAL_KOFI_ANNAN",
// "PRESIDENT-ELECT_BARACK_OBAMA". A prefix counts when a first name follows it and it holds a
// WordNet title noun; prefixes led by a country or nationality ("US_PRESIDENT") are left to the
// caller to split.
void Petrarch::titles(const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    std::vector<std::string> raw;
    std::istringstream in(name);
    for (std::string w; in >> w;) raw.push_back(w);
    if (raw.size() < 2) continue;
    const std::string first_key = match_key(raw[0]);
    if (g_.alpha3_of_name.contains(first_key) || g_.nationality_of_key.contains(first_key) ||
        first_name(first_key)) {
      continue;
    }
    std::string prefix;
    for (size_t i = 1; i < raw.size() && i <= 4; ++i) {
      prefix += (i > 1 ? " " : "") + raw[i - 1];
      if (!first_name(match_key(raw[i]))) continue;
      const std::string key = match_key(prefix);
      // Abbreviations ("GEN.", "ADM.") come from the agents file: guessing which title an
      // abbreviation stands for ("ST." before "LOUIS") is not safe.
      if (raw[0].ends_with(".")) break;
      bool title = false;
      for (const std::string& w : words_of(key)) title = title || g_.title_nouns.contains(w);
      if (!title || g_.agent_of_key.contains(key)) continue;
      title_agent(key);
      g_.stats.add("petrarch.title_prefix");
    }
  }
}

}  // namespace

void add_petrarch(Gazetteer& g, const std::string& dir) {
  Petrarch p(g);
  const std::vector<Record> countries = read_actors(dir + "/Phoenix.Countries.actors.txt");
  const std::vector<Record> international = read_actors(dir + "/Phoenix.International.actors.txt");
  const std::vector<Record> armed = read_actors(dir + "/Phoenix.MilNonState.actors.txt");
  p.learn_first_names(countries);
  p.learn_first_names(international);
  add_agents(g, dir + "/Phoenix.agents.txt");
  p.countries(countries);
  p.organisations(international, Kind::kOrganization);
  p.organisations(armed, Kind::kArmedGroup);
  std::vector<std::string> names;
  for (const auto* records : {&countries, &international, &armed}) {
    for (const Record& r : *records) names.insert(names.end(), r.names.begin(), r.names.end());
  }
  p.titles(names);
}

}  // namespace dossier::train::lexicon
