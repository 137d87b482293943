// `dossier-train lexicon`: compiles models/lexicon.dsr from real resources.
//
// Sources, in the order they are read (later ones attach to the entries earlier ones made):
//   places.cc    Debian iso-codes (ISO 3166-1/-2/-3), ICU display names and UN M.49 regions,
//                GeoNames cities (libgeonames; linked into dossier-train only, GPL-3)
//   wordnet.cc   WordNet 3.0: demonyms (adjectives pertaining to a country), nationalities and
//                other groups of people, and which agent nouns denote people
//   petrarch.cc  PETRARCH2 actor dictionaries (countries with aliases, cities and leaders;
//                IGOs/NGOs; armed groups) and the agents dictionary (sector codes)
#ifndef DOSSIER_TOOLS_TRAIN_LEXICON_COMPILE_H_
#define DOSSIER_TOOLS_TRAIN_LEXICON_COMPILE_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_builder.h"

namespace dossier::train::lexicon {

using dossier::lexicon::EntrySpec;
using dossier::lexicon::FormKind;
using dossier::lexicon::Kind;
using dossier::lexicon::LexiconBuilder;
using dossier::lexicon::Shape;

struct LexiconSources {
  std::string iso_codes;  // directory of iso_3166-*.json
  std::string petrarch;   // directory of the Phoenix.*.txt dictionaries
  std::string wordnet;    // directory of WordNet's data.noun / data.adj / index.* files
};

// What the compilation made and from where, for the summary it prints.
struct CompileStats {
  std::map<std::string, uint64_t> counts;  // "entries.country", "forms.alias", ...
  void add(const std::string& what, uint64_t n = 1) { counts[what] += n; }
};

// The state the sources share while the lexicon is assembled.
struct Gazetteer {
  LexiconBuilder builder;
  CompileStats stats;
  std::map<std::string, std::string> alpha3_of_alpha2;
  std::map<std::string, uint32_t> country_of_alpha3;   // current countries
  std::map<std::string, std::set<std::string>> alpha3_of_name;  // country-name key → alpha-3s
  std::map<std::string, std::vector<uint32_t>> places_of_key;  // city/subdivision keys → ids
  std::map<std::string, uint32_t> region_of_key;               // continent/region name keys
  std::map<std::string, std::vector<uint32_t>> nationality_of_key;  // demonym/group keys → ids
  std::set<std::string> person_nouns;  // keys of nouns that denote people (WordNet noun.person)
  std::set<std::string> title_nouns;   // keys of person nouns for offices (leader, official...)
  std::set<std::string> occupation_nouns;  // WordNet offices and jobs, as written ("running mate")
  std::map<std::string, std::string> title_abbreviations;  // "Sen." → "senator" (WordNet office)
  std::set<std::string> feature_nouns;  // keys of nouns for natural features (lake, river...)
  std::multimap<std::string, std::string> irregular_plurals;  // folded singular → plural
  std::map<std::string, uint32_t> agent_of_key;                // agent noun keys → entry
  // Demonyms whose place WordNet names in a way the place sources do not ("British" \ Britain):
  // demonym key → keys of the place's names, resolved against the actor dictionaries.
  std::map<std::string, std::set<std::string>> pending_demonyms;

  // Adds a form, counting it; the shape follows from how the text is written.
  void form(uint32_t entry, std::string_view text, FormKind kind);
  // Adds a form written in capitals by its source (PETRARCH): shape from its length.
  void caps_form(uint32_t entry, std::string_view text, FormKind kind);
  uint32_t add(EntrySpec entry);
  // Plurals of a demonym or group noun: irregular ones from WordNet, "-man" → "-men" after a
  // demonym, none for collective forms ("Swiss", "Chinese", "British"), else "-s".
  std::vector<std::string> plurals(const std::string& word) const;
};

// True for the small words a name's initials skip ("of", "the", "and"...).
bool is_function_word(std::string_view folded);

// Shape of a name as a source writes it in mixed case.
Shape shape_of(std::string_view text);
// "HAMID_KARZAI" → "Hamid Karzai", "UNITED_NATIONS" → "United Nations" (display only).
std::string title_case(std::string_view upper);

void add_places(Gazetteer& g, const std::string& iso_codes_dir);
void add_wordnet(Gazetteer& g, const std::string& wordnet_dir);
void add_petrarch(Gazetteer& g, const std::string& petrarch_dir);
// Phoenix.agents.txt: common nouns for actors with their sector codes.
void add_agents(Gazetteer& g, const std::string& path);
// The WordNet offices and jobs the agents file lacks, as kOccupation agents (after add_petrarch).
void add_occupations(Gazetteer& g);


// Runs every source; throws dossier::Error when one cannot be read.
Gazetteer compile_lexicon(const LexiconSources& sources);

}  // namespace dossier::train::lexicon

#endif  // DOSSIER_TOOLS_TRAIN_LEXICON_COMPILE_H_
