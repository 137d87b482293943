#include "data/wordnet.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

#include "dossier/error.h"

namespace dossier::data {
namespace {

std::ifstream open(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path, "cannot read (install the Debian package wordnet-base)");
  return in;
}

std::set<std::string> read_index(const std::string& path) {
  std::ifstream in = open(path);
  std::set<std::string> lemmas;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
    lemmas.insert(line.substr(0, line.find(' ')));
  }
  return lemmas;
}

std::map<std::string, std::string> read_exceptions(const std::string& path) {
  std::ifstream in = open(path);
  std::map<std::string, std::string> out;
  std::string form, lemma;
  while (in >> form >> lemma) {
    out.emplace(form, lemma);
    in.ignore(1 << 20, '\n');
  }
  return out;
}

// morphy: an exception, the form itself, or a suffix rule whose result is a lemma.
std::string lemma_of(std::string_view form, const std::set<std::string>& lemmas,
                     const std::map<std::string, std::string>& exceptions,
                     const std::vector<std::pair<std::string_view, std::string_view>>& rules) {
  const std::string word(form);
  if (const auto it = exceptions.find(word); it != exceptions.end()) return it->second;
  if (lemmas.count(word)) return word;
  for (const auto& [suffix, replacement] : rules) {
    if (word.size() <= suffix.size() || !word.ends_with(suffix)) continue;
    std::string base = word.substr(0, word.size() - suffix.size()) + std::string(replacement);
    if (lemmas.count(base)) return base;
  }
  return "";
}

// cntlist.rev lines: "lemma%pos:lexfile:lexid:head:headid sense_number tag_count".
void read_sense_counts(const std::string& path, std::map<std::string, std::map<int, double>>& out) {
  std::ifstream in = open(path);
  std::string key;
  int sense = 0, tags = 0;
  while (in >> key >> sense >> tags) {
    const size_t percent = key.find('%');
    const size_t colon = key.find(':', percent);
    if (percent == std::string::npos || colon == std::string::npos || colon + 3 > key.size()) continue;
    const std::string lemma_pos = key.substr(0, percent + 2);
    const int file = std::atoi(key.c_str() + colon + 1);
    out[lemma_pos][file] += 1.0 + tags;
  }
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

WordNet WordNet::load(const std::string& dir) {
  WordNet wn;
  wn.verbs_ = read_index(dir + "/index.verb");
  wn.nouns_ = read_index(dir + "/index.noun");
  wn.verb_exceptions_ = read_exceptions(dir + "/verb.exc");
  wn.noun_exceptions_ = read_exceptions(dir + "/noun.exc");
  for (const auto& [form, lemma] : wn.verb_exceptions_) wn.verb_irregular_.emplace(lemma, form);
  std::ifstream in = open(dir + "/data.verb");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream fields(line);
    std::string offset, type, count_hex;
    int lex_file = 0;
    fields >> offset >> lex_file >> type >> count_hex;
    const int words = std::stoi(count_hex, nullptr, 16);
    for (int i = 0; i < words; ++i) {
      std::string word, lex_id;
      fields >> word >> lex_id;
      if (word.find('_') != std::string::npos) continue;
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      wn.verb_files_[word].insert(lex_file);
    }
  }
  read_sense_counts(dir + "/cntlist.rev", wn.sense_weights_);
  return wn;
}

double WordNet::speech_share(const std::string& lemma, WordNetPos pos) const {
  const bool verb = pos == WordNetPos::kVerb;
  const int speech = verb ? kVerbCommunication : kNounCommunication;
  const std::set<int> thought = verb ? std::set<int>{kVerbCognition, kVerbEmotion, kVerbPerception}
                                     : std::set<int>{kNounCognition, kNounFeeling};
  std::map<int, double> weights;
  const auto it = sense_weights_.find(lemma + (verb ? "%2" : "%1"));
  if (it != sense_weights_.end()) {
    weights = it->second;
  } else if (const auto f = verb_files_.find(lemma); verb && f != verb_files_.end()) {
    for (const int file : f->second) weights[file] = 1.0;  // no tagged sense: one per file
  }
  double said = 0.0, total = 0.0;
  for (const auto& [file, weight] : weights) {
    if (file == speech) said += weight;
    if (file == speech || thought.count(file)) total += weight;
  }
  return total > 0.0 ? said / total : -1.0;
}

std::string WordNet::verb_lemma(std::string_view form) const {
  static const std::vector<std::pair<std::string_view, std::string_view>> kRules = {
      {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"},
      {"ing", ""}};
  return lemma_of(form, verbs_, verb_exceptions_, kRules);
}

std::string WordNet::noun_lemma(std::string_view form) const {
  static const std::vector<std::pair<std::string_view, std::string_view>> kRules = {
      {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
      {"men", "man"}, {"ies", "y"}};
  return lemma_of(form, nouns_, noun_exceptions_, kRules);
}

std::set<std::string> WordNet::verbs_of_file(int lex_file) const {
  std::set<std::string> out;
  for (const auto& [lemma, files] : verb_files_) {
    if (files.count(lex_file)) out.insert(lemma);
  }
  return out;
}

std::vector<std::string> WordNet::verb_forms(const std::string& lemma) const {
  std::vector<std::string> forms{lemma};
  const auto [first, last] = verb_irregular_.equal_range(lemma);
  bool irregular_past = false;
  for (auto it = first; it != last; ++it) {
    forms.push_back(it->second);
    if (it->second.ends_with("ed") || !it->second.ends_with("ing")) irregular_past = true;
  }
  const char end = lemma.back();
  const bool sibilant = lemma.ends_with("s") || lemma.ends_with("x") || lemma.ends_with("z") ||
                        lemma.ends_with("ch") || lemma.ends_with("sh");
  const bool consonant_y = end == 'y' && lemma.size() > 1 && !is_vowel(lemma[lemma.size() - 2]);
  const std::string stem = consonant_y ? lemma.substr(0, lemma.size() - 1) : lemma;
  forms.push_back(consonant_y ? stem + "ies" : sibilant ? lemma + "es" : lemma + "s");
  if (!irregular_past) {
    forms.push_back(end == 'e' ? lemma + "d" : consonant_y ? stem + "ied" : lemma + "ed");
  }
  const bool has_ing = std::any_of(first, last, [](const auto& p) { return p.second.ends_with("ing"); });
  if (!has_ing) {
    const bool drop_e = end == 'e' && !lemma.ends_with("ee") && lemma.size() > 2;
    forms.push_back((drop_e ? lemma.substr(0, lemma.size() - 1) : lemma) + "ing");
  }
  return forms;
}

}  // namespace dossier::data
