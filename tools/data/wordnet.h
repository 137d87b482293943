// The parts of WordNet 3.0 (Debian package wordnet-base) the quote lexicon uses: verb and noun
// lemmatisation (morphy: exception lists and suffix rules) and the verbs of a lexicographer file.
#ifndef DOSSIER_TOOLS_DATA_WORDNET_H_
#define DOSSIER_TOOLS_DATA_WORDNET_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::data {

inline constexpr int kVerbCognition = 31;      // verb.cognition: think, believe, know
inline constexpr int kVerbCommunication = 32;  // verb.communication: say, tell, argue

class WordNet {
 public:
  // Reads index.verb, index.noun, verb.exc, noun.exc and data.verb from dir; throws InputError.
  static WordNet load(const std::string& dir);

  // The lemma of a lower-cased verb or noun form, or "" when WordNet has none.
  std::string verb_lemma(std::string_view form) const;
  std::string noun_lemma(std::string_view form) const;
  // Single-word verb lemmas with a sense in the lexicographer file.
  std::set<std::string> verbs_of_file(int lex_file) const;
  // The lemma's inflected forms: itself, -s, -ed, -ing (irregular ones from verb.exc).
  std::vector<std::string> verb_forms(const std::string& lemma) const;

 private:
  std::set<std::string> verbs_, nouns_;
  std::map<std::string, std::string> verb_exceptions_, noun_exceptions_;  // form -> lemma
  std::multimap<std::string, std::string> verb_irregular_;                // lemma -> form
  std::map<std::string, std::set<int>> verb_files_;                       // lemma -> lex files
};

}  // namespace dossier::data

#endif  // DOSSIER_TOOLS_DATA_WORDNET_H_
