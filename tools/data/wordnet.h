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
inline constexpr int kVerbEmotion = 37;        // verb.emotion: hope, fear
inline constexpr int kVerbPerception = 39;     // verb.perception: see, appear, seem
inline constexpr int kNounCognition = 9;       // noun.cognition: belief, plan, view
inline constexpr int kNounCommunication = 10;  // noun.communication: statement, remark
inline constexpr int kNounFeeling = 12;        // noun.feeling: hope, fear

enum class WordNetPos { kNoun = 1, kVerb = 2 };

class WordNet {
 public:
  // Reads index.verb, index.noun, verb.exc, noun.exc, data.verb and cntlist.rev from dir; throws
  // InputError.
  static WordNet load(const std::string& dir);

  // The lemma of a lower-cased verb or noun form, or "" when WordNet has none.
  std::string verb_lemma(std::string_view form) const;
  std::string noun_lemma(std::string_view form) const;
  // Of a lemma's attitude senses (verbs: communication, cognition, emotion, perception; nouns:
  // communication, cognition, feeling), the share in communication, each sense weighed by
  // 1 + its SemCor tag count (cntlist.rev); -1 when the lemma has no attitude sense.
  double speech_share(const std::string& lemma, WordNetPos pos) const;
  // Single-word verb lemmas with a sense in the lexicographer file.
  std::set<std::string> verbs_of_file(int lex_file) const;
  // The lemma's inflected forms: itself, -s, -ed, -ing (irregular ones from verb.exc).
  std::vector<std::string> verb_forms(const std::string& lemma) const;

 private:
  std::set<std::string> verbs_, nouns_;
  std::map<std::string, std::string> verb_exceptions_, noun_exceptions_;  // form -> lemma
  std::multimap<std::string, std::string> verb_irregular_;                // lemma -> form
  std::map<std::string, std::set<int>> verb_files_;                       // lemma -> lex files
  // "lemma%pos" -> lex file -> summed weight of its tagged senses (cntlist.rev)
  std::map<std::string, std::map<int, double>> sense_weights_;
};

}  // namespace dossier::data

#endif  // DOSSIER_TOOLS_DATA_WORDNET_H_
