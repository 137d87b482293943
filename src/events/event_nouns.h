// Event nouns: acts named by a noun rather than a verb ("staged a hunger strike", "completed its
// investigation", "riots against the army").
//
// The lexicon is read from the verb dictionary itself. The dictionary's support verbs (aspectual
// and light verbs: begin, continue, stage, mount, wage, complete, extend, tighten ...) have no
// code of their own; their blocks' patterns name the act by its noun ("- * {HUNGER STRIKE} [142]",
// "- * DEMONSTRATION [141]"). Pooled over all support blocks and voted, these patterns give the
// code of each event noun, so that any support verb may take any of them. A noun spelled as the
// base form or gerund of a verb of material conflict ("riot", "blockade", "fighting"), or a
// regular nominalisation of one ("invasion"), has that verb's code as well.
#ifndef DOSSIER_EVENTS_EVENT_NOUNS_H_
#define DOSSIER_EVENTS_EVENT_NOUNS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/verb_dictionary.h"
#include "events/words.h"

namespace dossier::events {

struct NounHit {
  uint16_t code = kNoCode;  // kNoCode when no event noun stands there
  uint32_t len = 0;         // words the noun phrase covers
};

// Immutable once built; thread-safe.
class EventNouns {
 public:
  explicit EventNouns(const VerbDictionary& dictionary);

  // Whether a verb of the dictionary is a support verb (its act is the noun it takes).
  bool is_support(uint32_t verb) const;
  // Whether a verb stops or cuts the act its noun names ("halted talks", "reduced aid").
  bool is_halt(uint32_t verb) const;
  // Whether a verb kills or injures ("killed", "wounded").
  bool is_harm(uint32_t verb) const;
  // Whether a verb increases what it takes ("strengthened its forces").
  bool is_increase(uint32_t verb) const;
  // The longest event noun phrase starting at word i.
  NounHit at(std::span<const Word> words, uint32_t i) const;
  // The accusation (11) a noun names as the base form or regular nominalisation of a verb of
  // accusing ("charges", "allegations"), else kNoCode.
  uint16_t accusation_at(const Word& word) const;
  size_t size() const { return phrases_.size(); }

 private:
  struct Phrase {
    std::vector<uint32_t> words;
    uint16_t code = kNoCode;
  };
  void add_votes(const Block& block, std::vector<std::pair<std::vector<uint32_t>, uint16_t>>& votes) const;
  std::vector<uint8_t> mark_verbs(std::span<const std::string_view> bases) const;
  uint16_t verb_noun_code(uint32_t word, int first_root, int last_root) const;
  uint16_t nominal_code(std::string_view lower, int first_root, int last_root) const;
  uint16_t derived_code(const Word& word, int first_root, int last_root) const;

  const VerbDictionary& dict_;
  std::vector<uint8_t> support_verb_;  // per verb id
  std::vector<uint8_t> halt_verb_;     // per verb id
  std::vector<uint8_t> increase_verb_;  // per verb id
  std::vector<uint8_t> harm_verb_;      // per verb id
  std::vector<Phrase> phrases_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_first_;  // first word -> phrases_
};

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_EVENT_NOUNS_H_
