// dossier-train ner-gazetteer: compiles the tagger's phrase lists (lines "category<TAB>phrase")
// from real resources: country and region names of Debian's iso-codes and of ICU (English
// display names), demonyms derived from the country names, and the actor dictionaries of
// PETRARCH (country entries with their other names and cities; people and organisations), and
// the proper-noun instances of WordNet's noun.person, noun.group and noun.location files.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <map>
#include <set>
#include <sstream>

#include "dossier/error.h"
#include "ner/entity_types.h"
#include "train/commands.h"
#include "util/file.h"

namespace dossier::train {
namespace {

struct GazetteerArgs {
  std::string iso_codes = "/usr/share/iso-codes/json";
  std::vector<std::string> petrarch;
  std::string wordnet;
  std::string out;
};

using Entries = std::set<std::pair<std::string, std::string>>;  // (category, phrase)

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

// Names with commas or brackets are inverted catalogue forms ("Korea, Republic of"); skip them.
void add_name(Entries& entries, const std::string& category, const std::string& name) {
  if (name.empty() || name.find_first_of(",()") != std::string::npos) return;
  entries.emplace(category, name);
}

// Demonyms by the regular derivations of English (Kenya -> Kenyan, Germany -> German,
// Japan -> Japanese, Iraq -> Iraqi, Somalia -> Somali, Italy -> Italian).
void add_demonyms(Entries& entries, const std::string& country) {
  if (country.find(' ') != std::string::npos || country.size() < 4) return;
  const std::string stem = country.substr(0, country.size() - 1);
  const char last = static_cast<char>(std::tolower(static_cast<unsigned char>(country.back())));
  std::vector<std::string> forms;
  if (last == 'a') forms = {country + "n", stem + "i", stem + "an"};
  else if (last == 'y') forms = {stem + "an", stem + "ian"};
  else if (last == 'o') forms = {stem + "an"};
  else if (last == 'e') forms = {stem + "ese", stem + "ian"};
  else forms = {country + "ian", country + "ese", country + "i", country + "ish", country + "an"};
  for (const auto& f : forms) entries.emplace(std::string(ner::kDemonymCategory), f);
}

void add_iso_codes(Entries& entries, const std::string& dir) {
  const auto countries = nlohmann::json::parse(util::read_file(dir + "/iso_3166-1.json"));
  for (const auto& c : countries.at("3166-1")) {
    for (const char* key : {"name", "common_name", "official_name"}) {
      if (!c.contains(key)) continue;
      const std::string name = c.at(key).get<std::string>();
      add_name(entries, std::string(ner::kCountryCategory), name);
      add_demonyms(entries, name);
    }
  }
  const auto regions = nlohmann::json::parse(util::read_file(dir + "/iso_3166-2.json"));
  for (const auto& r : regions.at("3166-2")) {
    add_name(entries, std::string(ner::kRegionCategory), r.at("name").get<std::string>());
  }
}

void add_icu_countries(Entries& entries) {
  for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
    icu::UnicodeString display;
    icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(), display);
    std::string name;
    display.toUTF8String(name);
    if (name == *code) continue;  // no English name
    add_name(entries, std::string(ner::kCountryCategory), name);
    add_demonyms(entries, name);
  }
}

// "KENYA_" -> "Kenya"-style phrase in lower case with spaces: "kenya".
std::string petrarch_phrase(std::string_view raw) {
  std::string out;
  for (const char c : raw) out += c == '_' ? ' ' : c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return lower_ascii(out);
}

// An actor file: a primary line "NAME_ [CODE ...]" then "+SYNONYM" lines; comments after '#'.
// A primary whose code is a bare three-letter country code is a country: its synonyms are other
// names of it, its demonyms or its cities. Other primaries are people and organisations.
void add_petrarch(Entries& entries, const std::string& path) {
  const std::string text = util::read_file(path);
  bool in_country = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    if (const size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '[') continue;
    const bool synonym = line[0] == '+';
    const size_t stop = line.find_first_of(" \t[", synonym ? 1 : 0);
    const std::string phrase = petrarch_phrase(line.substr(synonym ? 1 : 0, stop - (synonym ? 1 : 0)));
    if (phrase.empty() || phrase.find_first_of("!(),") != std::string::npos) continue;
    if (!synonym) {
      const size_t open = line.find('[');
      const size_t close = line.find(']', open == std::string::npos ? 0 : open);
      in_country = open != std::string::npos && close == open + 4;
      entries.emplace(in_country ? std::string(ner::kCountryCategory) : "actor", phrase);
      if (in_country) add_demonyms(entries, phrase);
    } else {
      entries.emplace(in_country ? "place" : "actor", phrase);
    }
  }
}

struct Synset {
  int lexfile = 0;
  std::vector<std::string> words;
  std::vector<std::string> instance_of;  // offsets of instance hypernyms
};

// WordNet's data.noun: "offset lexfile n count word lexid ... pointers ... | gloss".
std::map<std::string, Synset> read_wordnet_nouns(const std::string& path) {
  std::map<std::string, Synset> synsets;
  std::istringstream in(util::read_file(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    std::istringstream fields(line.substr(0, line.find(" | ")));
    std::string offset, lexfile, pos, count_hex;
    fields >> offset >> lexfile >> pos >> count_hex;
    Synset s;
    s.lexfile = std::stoi(lexfile);
    const int words = std::stoi(count_hex, nullptr, 16);
    for (int w = 0; w < words; ++w) {
      std::string word, lexid;
      fields >> word >> lexid;
      s.words.push_back(word);
    }
    int pointers = 0;
    fields >> pointers;
    for (int p = 0; p < pointers; ++p) {
      std::string symbol, target, target_pos, source;
      fields >> symbol >> target >> target_pos >> source;
      if (symbol == "@i") s.instance_of.push_back(target);
    }
    synsets.emplace(offset, std::move(s));
  }
  return synsets;
}

bool names_a_settlement(const Synset& kind) {
  for (const auto& w : kind.words) {
    for (const std::string_view part : {"city", "town", "capital", "port", "village"}) {
      if (w.find(part) != std::string::npos) return true;
    }
  }
  return false;
}

// Proper-noun instances: people, groups, natural objects, and locations (settlements are places with a
// government, the rest rivers, mountains, regions).
void add_wordnet(Entries& entries, const std::string& dir) {
  constexpr int kGroupFile = 14, kLocationFile = 15, kObjectFile = 17, kPersonFile = 18;
  const auto synsets = read_wordnet_nouns(dir + "/data.noun");
  for (const auto& [offset, s] : synsets) {
    if (s.instance_of.empty()) continue;
    std::string category;
    if (s.lexfile == kPersonFile) category = "person";
    if (s.lexfile == kGroupFile) category = "group";
    if (s.lexfile == kObjectFile) category = "location";  // rivers, mountains, islands
    if (s.lexfile == kLocationFile) {
      const auto kind = synsets.find(s.instance_of.front());
      const bool settlement = kind != synsets.end() && names_a_settlement(kind->second);
      category = settlement ? std::string(ner::kCountryNameCategory) : "location";
    }
    if (category.empty()) continue;
    for (const auto& word : s.words) {
      if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) continue;
      entries.emplace(category, petrarch_phrase(word));
    }
  }
}

int run_gazetteer(const GazetteerArgs& args) {
  Entries entries;
  add_iso_codes(entries, args.iso_codes);
  add_icu_countries(entries);
  for (const auto& p : args.petrarch) add_petrarch(entries, p);
  if (!args.wordnet.empty()) add_wordnet(entries, args.wordnet);
  std::ofstream out(args.out, std::ios::binary | std::ios::trunc);
  out << "# dossier-train ner-gazetteer: iso-codes, ICU";
  for (const auto& p : args.petrarch) out << ", " << p.substr(p.find_last_of('/') + 1);
  if (!args.wordnet.empty()) out << ", WordNet";
  out << "\n";
  for (const auto& [category, phrase] : entries) out << category << '\t' << phrase << '\n';
  out.close();
  if (!out) throw Error(args.out + ": cannot write");
  std::cerr << "ner-gazetteer: wrote " << entries.size() << " phrases to " << args.out << "\n";
  return 0;
}

}  // namespace

void add_ner_gazetteer_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<GazetteerArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ner-gazetteer", "Compile the tagger's phrase lists from iso-codes, ICU, PETRARCH and WordNet");
  cmd->add_option("--iso-codes", args->iso_codes, "Directory of iso-codes' JSON files")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--petrarch", args->petrarch, "PETRARCH actor dictionaries (*.actors.txt)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--wordnet", args->wordnet, "WordNet dictionary directory (with data.noun)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--out", args->out, "Phrase list to write")->required();
  cmd->callback([args, &exit_code] { exit_code = run_gazetteer(*args); });
}

}  // namespace dossier::train
