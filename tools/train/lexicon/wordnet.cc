// WordNet 3.0 (Debian wordnet-base): demonyms, nationalities and other groups of people (NORP),
// and the nouns that denote people and offices.
//
// A demonym is a capitalised adjective with a pertainym pointer to a country or region
// ("Kenyan" \ Kenya) or a capitalised person noun derived from one or a member of a country
// ("Kenyan" #m Kenya). Other capitalised person nouns that belong to a group or descend from
// such a noun are groups of people without a country ("Kurd" @ Asian, "Sunni" @ Muslim,
// "Republican" #m Republican Party).
#include <algorithm>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "dossier/error.h"
#include "lexicon/fold.h"
#include "text/abbreviations.h"
#include "train/lexicon/compile.h"

namespace dossier::train::lexicon {
namespace {

using dossier::lexicon::kNone;
using dossier::lexicon::match_key;

constexpr int kNounPerson = 18;  // lexicographer file noun.person
constexpr int kNounObject = 17;  // noun.object: natural objects and features (lake, river)

// WordNet's own categories for people who hold an office or command; an agent noun below one
// of them is a title ("minister" @ executive @ administrator @ head @ leader).
const char* const kOfficeAnchors[] = {"leader", "official", "military_officer", "head_of_state",
                                      "legislator", "diplomat", "spokesperson"};
// WordNet's categories for people by the work they do ("screenwriter" @ scriptwriter @ writer @
// communicator, "billionaire" @ rich_person): the jobs the audit guidelines count as roles
// ("businessman", "reporter", "activist"). Chosen by reading the tuning part's gold titles
// (audit articles 1-12) against their WordNet hypernyms; an anchor itself is a category, not a
// role, and is never added.
const char* const kOccupationAnchors[] = {
    "worker",      "professional", "communicator", "entertainer", "performer",   "businessperson",
    "expert",      "creator",      "adviser",      "scientist",   "athlete",     "rich_person",
    "serviceman",  "employee",     "skilled_worker", "intellectual"};
constexpr const char* kReligiousAnchor = "religious_person";

struct Pointer {
  std::string symbol;
  uint32_t target = 0;
  char pos = 'n';
};

struct Synset {
  int lexfile = 0;
  std::vector<std::string> words;  // as WordNet writes them: "Kenyan", "prime_minister"
  std::vector<Pointer> pointers;
};

using Synsets = std::unordered_map<uint32_t, Synset>;

std::string phrase(std::string_view word) {
  std::string out(word);
  if (const size_t marker = out.find('('); marker != std::string::npos) out.resize(marker);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  return out;
}

bool capitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

Synsets read_data(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(path + ": cannot read WordNet data file");
  Synsets out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::istringstream fields(line);
    uint32_t offset = 0;
    Synset s;
    std::string pos, count_hex;
    fields >> offset >> s.lexfile >> pos >> count_hex;
    const unsigned long words = std::stoul(count_hex, nullptr, 16);
    for (unsigned long i = 0; i < words; ++i) {
      std::string word, lex_id;
      fields >> word >> lex_id;
      s.words.push_back(word);
    }
    unsigned pointers = 0;
    fields >> pointers;
    for (unsigned i = 0; i < pointers; ++i) {
      Pointer p;
      std::string target_pos, source_target;
      fields >> p.symbol >> p.target >> target_pos >> source_target;
      p.pos = target_pos.empty() ? 'n' : target_pos[0];
      s.pointers.push_back(p);
    }
    if (!fields) throw Error(path + ": malformed WordNet line at offset " + std::to_string(offset));
    out.emplace(offset, std::move(s));
  }
  return out;
}

struct FirstSense {
  uint32_t offset = 0;  // the synset of the lemma's most frequent sense
  unsigned tagged = 0;  // how many of its senses are tagged in SemCor: how common the word is
};

// Each noun lemma's first sense (the first offset index.noun lists) and tagged sense count.
std::unordered_map<std::string, FirstSense> read_first_senses(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(path + ": cannot read WordNet index");
  std::unordered_map<std::string, FirstSense> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::istringstream fields(line);
    std::string lemma, pos, symbol;
    unsigned synsets = 0, pointers = 0, senses = 0, tagged = 0;
    fields >> lemma >> pos >> synsets >> pointers;
    for (unsigned i = 0; i < pointers; ++i) fields >> symbol;
    uint32_t offset = 0;
    fields >> senses >> tagged >> offset;
    if (!fields) throw Error(path + ": malformed WordNet index line for " + lemma);
    out.emplace(std::move(lemma), FirstSense{offset, tagged});
  }
  return out;
}

// Irregular plurals from noun.exc ("plural singular" per line), by singular.
std::multimap<std::string, std::string> read_plurals(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(path + ": cannot read WordNet exception list");
  std::multimap<std::string, std::string> out;
  std::string plural, singular;
  while (in >> plural >> singular) out.emplace(singular, plural);
  return out;
}

class WordNet {
 public:
  WordNet(Gazetteer& g, const std::string& dir)
      : g_(g),
        nouns_(read_data(dir + "/data.noun")),
        adjectives_(read_data(dir + "/data.adj")),
        first_senses_(read_first_senses(dir + "/index.noun")) {
    g_.irregular_plurals = read_plurals(dir + "/noun.exc");
  }

  void demonyms();
  void groups();
  void person_nouns();

 private:
  void occupation_nouns(const std::function<bool(const Synset&)>& office,
                        std::unordered_map<uint32_t, bool>& office_memo);
  struct Target {
    std::string alpha3;
    uint32_t entry = kNone;  // country or region
  };
  // The country or region a noun synset names, if any.
  std::optional<Target> place_of(uint32_t noun) const;
  bool below(uint32_t noun, const std::function<bool(const Synset&)>& test,
             std::unordered_map<uint32_t, bool>& memo, int depth = 0) const;
  void add_nationality(const std::string& word, const std::optional<Target>& target,
                       uint16_t flags);

  Gazetteer& g_;
  Synsets nouns_;
  Synsets adjectives_;
  std::unordered_map<std::string, FirstSense> first_senses_;  // by noun lemma
  std::map<uint32_t, Target> demonym_adjectives_;
  std::map<std::pair<std::string, std::string>, uint32_t> nationality_ids_;
};

std::optional<WordNet::Target> WordNet::place_of(uint32_t noun) const {
  const auto it = nouns_.find(noun);
  if (it == nouns_.end()) return std::nullopt;
  for (const std::string& word : it->second.words) {
    const std::string key = match_key(phrase(word));
    if (const auto c = g_.alpha3_of_name.find(key); c != g_.alpha3_of_name.end()) {
      if (c->second.size() != 1) continue;
      const std::string& alpha3 = *c->second.begin();
      if (const auto id = g_.country_of_alpha3.find(alpha3); id != g_.country_of_alpha3.end()) {
        return Target{alpha3, id->second};
      }
    }
    if (const auto r = g_.region_of_key.find(key); r != g_.region_of_key.end()) {
      return Target{"", r->second};
    }
  }
  return std::nullopt;
}

bool WordNet::below(uint32_t noun, const std::function<bool(const Synset&)>& test,
                    std::unordered_map<uint32_t, bool>& memo, int depth) const {
  if (const auto m = memo.find(noun); m != memo.end()) return m->second;
  const auto it = nouns_.find(noun);
  bool result = false;
  if (it != nouns_.end() && depth < 32) {
    result = test(it->second);
    for (const Pointer& p : it->second.pointers) {
      if (result) break;
      if (p.symbol == "@" || p.symbol == "@i") result = below(p.target, test, memo, depth + 1);
    }
  }
  memo[noun] = result;
  return result;
}

void WordNet::add_nationality(const std::string& word, const std::optional<Target>& target,
                              uint16_t flags) {
  const std::string alpha3 = target ? target->alpha3 : "";
  const auto [it, inserted] = nationality_ids_.try_emplace({match_key(word), alpha3}, kNone);
  if (inserted) {
    const uint32_t parent = target ? target->entry : kNone;
    it->second = g_.add({Kind::kNationality, flags, word, alpha3, alpha3, 0, parent, {}});
    g_.nationality_of_key[match_key(word)].push_back(it->second);
    g_.form(it->second, word, FormKind::kName);
  }
  for (const std::string& plural : g_.plurals(word)) {
    g_.form(it->second, plural, FormKind::kPlural);
  }
}

void WordNet::demonyms() {
  for (const auto& [offset, adj] : adjectives_) {
    for (const Pointer& p : adj.pointers) {
      if (p.symbol != "\\" || p.pos != 'n') continue;
      const auto target = place_of(p.target);
      if (!target) {
        // "British" \ Britain: the place may be a name only the actor dictionaries know.
        for (const std::string& word : adj.words) {
          if (!capitalised(word)) continue;
          for (const std::string& place : nouns_.count(p.target) ? nouns_.at(p.target).words
                                                                 : std::vector<std::string>{}) {
            g_.pending_demonyms[match_key(phrase(word))].insert(match_key(phrase(place)));
          }
        }
        continue;
      }
      demonym_adjectives_[offset] = *target;
      for (const std::string& word : adj.words) {
        if (capitalised(word)) add_nationality(phrase(word), target, 0);
      }
      break;
    }
  }
}

// Pass one: people of a country or region ("Kenyan" #m Kenya, "Asian" + Asian \ Asia) or of
// several ("Hutu" #m Rwanda, Burundi). Then, until nothing changes: people below one already
// found ("Kurd" @ Asian, "Sunni" @ Muslim), religious people, and members of a party, people or
// religion ("Republican" #m Republican Party).
void WordNet::groups() {
  const auto has_word = [](const Synset& s, std::initializer_list<const char*> anchors) {
    for (const std::string& w : s.words) {
      for (const char* a : anchors) {
        if (w == a) return true;
      }
    }
    return false;
  };
  std::unordered_map<uint32_t, bool> collective_memo;
  const auto collective = [&](uint32_t target) {
    return below(target, [&](const Synset& s) {
      return has_word(s, {"political_party", "ethnic_group", "people", "religion", "sect"});
    }, collective_memo);
  };
  std::set<uint32_t> grouped;
  std::vector<uint32_t> candidates;
  for (const auto& [offset, noun] : nouns_) {
    if (noun.lexfile != kNounPerson || noun.words.empty() || !capitalised(noun.words[0])) continue;
    bool instance = false;
    int places = 0;
    std::optional<Target> target;
    for (const Pointer& p : noun.pointers) {
      if (p.symbol == "@i") instance = true;
      if (p.symbol == "#m") {
        // A people of several countries ("Hutu" #m Rwanda, Burundi) is linked to none.
        if (const auto place = place_of(p.target); place && places++ == 0) target = place;
      }
      if (p.symbol == "+" && p.pos == 'a' && !target && places == 0) {
        const auto d = demonym_adjectives_.find(p.target);
        if (d != demonym_adjectives_.end()) target = d->second;
      }
    }
    if (instance) continue;
    if (places > 1) target.reset();
    if (!target && places == 0) {
      candidates.push_back(offset);
      continue;
    }
    grouped.insert(offset);
    for (const std::string& word : noun.words) {
      if (capitalised(word)) add_nationality(phrase(word), target, 0);
    }
  }
  std::unordered_map<uint32_t, bool> religious_memo;
  const auto religious = [&](uint32_t offset) {
    return below(offset, [&](const Synset& s) { return has_word(s, {kReligiousAnchor}); },
                 religious_memo);
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (const uint32_t offset : candidates) {
      if (grouped.contains(offset)) continue;
      const Synset& noun = nouns_.at(offset);
      bool member = religious(offset);
      for (const Pointer& p : noun.pointers) {
        if (p.symbol == "@" && grouped.contains(p.target)) member = true;
        if (p.symbol == "#m" && collective(p.target)) member = true;
      }
      if (!member) continue;
      grouped.insert(offset);
      changed = true;
      const uint16_t flags = religious(offset) ? dossier::lexicon::kReligious : 0;
      for (const std::string& word : noun.words) {
        if (capitalised(word)) add_nationality(phrase(word), std::nullopt, flags);
      }
    }
  }
}

void WordNet::person_nouns() {
  const auto office = [](const Synset& s) {
    for (const std::string& w : s.words) {
      for (const char* anchor : kOfficeAnchors) {
        if (w == anchor) return true;
      }
    }
    return false;
  };
  std::unordered_map<uint32_t, bool> memo;
  for (const auto& [offset, noun] : nouns_) {
    if (noun.lexfile == kNounObject) {
      for (const std::string& word : noun.words) {
        if (!capitalised(word)) g_.feature_nouns.insert(match_key(phrase(word)));
      }
    }
    if (noun.lexfile != kNounPerson) continue;
    const bool title = below(offset, office, memo);
    for (const std::string& word : noun.words) {
      if (capitalised(word)) continue;
      const std::string key = match_key(phrase(word));
      g_.person_nouns.insert(key);
      if (title) g_.title_nouns.insert(key);
    }
  }
  g_.stats.add("wordnet.person_nouns", g_.person_nouns.size());
  g_.stats.add("wordnet.title_nouns", g_.title_nouns.size());
  occupation_nouns(office, memo);
}

// A lemma is an occupation when its most frequent sense is a person below an office or work
// anchor: "governor", "screenwriter"; not "man" (first sense: an adult male, though one sense is
// a subordinate worker), "host" (one who invites guests) or "father".
void WordNet::occupation_nouns(const std::function<bool(const Synset&)>& office,
                               std::unordered_map<uint32_t, bool>& office_memo) {
  const auto anchor = [](const Synset& s) {
    for (const std::string& w : s.words) {
      for (const char* a : kOccupationAnchors) {
        if (w == a) return true;
      }
    }
    return false;
  };
  std::unordered_map<uint32_t, bool> memo;
  std::map<std::string, std::pair<unsigned, std::string>> expansions;  // abbreviation → (tagged, title)
  for (const auto& [lemma, sense] : first_senses_) {
    const auto it = nouns_.find(sense.offset);
    if (it == nouns_.end() || it->second.lexfile != kNounPerson) continue;
    // index.noun writes every lemma in lower case; the synset keeps a name's capital ("Republican").
    const bool common = std::any_of(it->second.words.begin(), it->second.words.end(), [&](const std::string& w) {
      return !capitalised(w) && phrase(w) == phrase(lemma);
    });
    if (!common || anchor(it->second) || office(it->second)) continue;
    const bool is_office = below(sense.offset, office, office_memo);
    if (!is_office && !below(sense.offset, anchor, memo)) continue;
    g_.occupation_nouns.insert(phrase(lemma));
    const bool instance = std::any_of(it->second.pointers.begin(), it->second.pointers.end(),
                                      [](const Pointer& p) { return p.symbol == "@i"; });
    // An abbreviation stands for the commonest office (some sense below an office anchor:
    // "representative" of a legislature) that its letters begin.
    if (instance || sense.tagged == 0 || !g_.title_nouns.contains(match_key(lemma))) continue;
    for (const text::AbbreviationEntry& a : text::abbreviation_table()) {
      // Two-letter abbreviations are ambiguous ("St" is a saint or a street, "Dr" no office).
      if (a.kind != text::AbbreviationKind::kTitle || a.word.size() < 3) continue;
      const std::string key = match_key(a.word);
      if (lemma.size() <= key.size() || !lemma.starts_with(key)) continue;
      auto& best = expansions[std::string(a.word)];
      if (sense.tagged > best.first || (sense.tagged == best.first && lemma < best.second)) best = {sense.tagged, lemma};
    }
  }
  for (const auto& [abbreviation, title] : expansions) g_.title_abbreviations.emplace(abbreviation + ".", title.second);
  g_.stats.add("wordnet.occupation_nouns", g_.occupation_nouns.size());
  g_.stats.add("wordnet.title_abbreviations", g_.title_abbreviations.size());
}

// The agents file's abbreviated titles ("LT.", "ADM.", "CMDR.") become forms of the spelled-out
// title of the same sector code that starts with the same letter and holds the abbreviation's
// letters in order, the shortest ("lieutenant", "admiral", "commander"); "ADM." is not
// "administrator", whose code is GOV.
void expand_agent_abbreviations(Gazetteer& g) {
  const auto holds_in_order = [](std::string_view letters, std::string_view word) {
    size_t at = 0;
    for (const char c : word) at += at < letters.size() && letters[at] == c;
    return at == letters.size();
  };
  std::vector<std::pair<std::string, uint32_t>> forms;
  for (const auto& [key, id] : g.agent_of_key) {
    const EntrySpec& abbreviation = g.builder.at(id);
    if (!abbreviation.name.ends_with('.') || abbreviation.code.empty() || key.find(' ') != std::string::npos) continue;
    std::string best;
    uint32_t best_id = kNone;
    for (const auto& [word, target] : g.agent_of_key) {
      const EntrySpec& t = g.builder.at(target);
      if (t.code != abbreviation.code || t.name.ends_with('.') || word.find(' ') != std::string::npos ||
          word.size() <= key.size() || word[0] != key[0] || !holds_in_order(key, word)) {
        continue;
      }
      if (best_id == kNone || word.size() < best.size() || (word.size() == best.size() && word < best)) {
        best = word;
        best_id = target;
      }
    }
    if (best_id != kNone) forms.emplace_back(abbreviation.name, best_id);
  }
  for (const auto& [form, target] : forms) {
    g.builder.add_form(target, form, FormKind::kAbbreviation, Shape::kCapitalised);
    g.stats.add("forms.agent_abbreviation");
  }
}

}  // namespace

void add_occupations(Gazetteer& g) {
  for (const std::string& noun : g.occupation_nouns) {
    const std::string key = match_key(noun);
    if (key.empty()) continue;
    if (const auto agent = g.agent_of_key.find(key); agent != g.agent_of_key.end()) {
      g.builder.at(agent->second).flags |= dossier::lexicon::kOccupation;  // "columnist" [~MED]
      continue;
    }
    const uint32_t id = g.add({Kind::kAgent, dossier::lexicon::kOccupation,
                               dossier::lexicon::fold(noun), "", "", 0, kNone, {}});
    g.agent_of_key.emplace(key, id);
    g.builder.add_form(id, noun, FormKind::kName, Shape::kAnyCase);
  }
  // "Sen." is a form of "senator" unless the agents file gives the abbreviation its own entry
  // ("Adm.", "Gen."); a WordNet noun spelt like it ("rep") does not count.
  for (const auto& [abbreviation, title] : g.title_abbreviations) {
    const auto target = g.agent_of_key.find(match_key(title));
    const std::string key = match_key(abbreviation);
    if (target == g.agent_of_key.end() || (g.agent_of_key.contains(key) && !g.occupation_nouns.contains(key))) {
      continue;
    }
    g.builder.add_form(target->second, abbreviation, FormKind::kAbbreviation, Shape::kCapitalised);
    g.stats.add("forms.title_abbreviation");
  }
  expand_agent_abbreviations(g);
}

void add_wordnet(Gazetteer& g, const std::string& wordnet_dir) {
  WordNet wordnet(g, wordnet_dir);
  wordnet.demonyms();
  wordnet.groups();
  wordnet.person_nouns();
}

}  // namespace dossier::train::lexicon
