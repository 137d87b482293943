// Actor phrases of a sentence and their CAMEO actor codes.
//
// An actor is a noun phrase built around names and actor nouns: lexicon entries (countries,
// demonyms, cities, organisations, armed groups, people, agent nouns such as "police"), NER
// mentions when the document has them, capitalised names the lexicon does not know, and subject
// pronouns. Its code follows the CAMEO actor rules: a country or organisation code, then the
// sector code of an agent noun ("Kenyan police" KENCOP, "the Sudanese government" SDNGOV), a
// person's role code on the article's date ("USAGOV"), a capital city standing for its government
// when it acts ("Beijing" CHNGOV), "---" when only the sector is known ("students" ---EDU).
#ifndef DOSSIER_EVENTS_ACTORS_H_
#define DOSSIER_EVENTS_ACTORS_H_

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/document.h"
#include "events/words.h"
#include "lexicon/lexicon.h"
#include "util/span_index.h"

namespace dossier::events {

enum class ActorKind : uint8_t {
  kName,     // holds a name (lexicon entry other than an agent noun, NER mention, capitalised name)
  kAgent,    // common actor nouns only ("the military", "rebels", "police")
  kPronoun,  // he, she, it, they, we
};

struct Actor {
  uint32_t first = 0;  // words [first, end) as written, leading determiner excluded
  uint32_t end = 0;
  std::string code;    // CAMEO actor code, empty when nothing is known
  ActorKind kind = ActorKind::kName;
  int32_t mention = -1;     // Document::mentions index of its head, -1 when none
  bool place_only = false;  // a place name and nothing else (city, region, subdivision)
  bool capital = false;     // a capital city alone: acts as its country's government
  bool owned = false;       // after a possessive pronoun: "their peacekeeping force"
  int32_t group = -1;       // conjoined actors ("A and B", "A, B and C") share a group id
};

// Finds the actors of one sentence. Immutable; find() is thread-safe.
class ActorFinder {
 public:
  ActorFinder(const lexicon::Lexicon& lexicon, const VerbDictionary& verbs);

  // The actors among `words` in text order, coded for `date` (people's roles change).
  // `document` supplies NER mentions, and `times` (the index of its Timex spans) time
  // expressions, when given.
  std::vector<Actor> find(std::span<const Word> words, const CivilDate& date,
                          const Document* document = nullptr, const util::SpanIndex* times = nullptr) const;

 private:
  const lexicon::Lexicon& lexicon_;
  const VerbDictionary& verbs_;  // words that can be verbs never join a phrase as modifiers
  // The last words of the lexicon's multi-word agent nouns with their most frequent sector code:
  // "union" LAB (trade union, labor union), "party" (opposition party ...), so that "the union"
  // is an actor though only "trade union" is listed.
  std::unordered_map<std::string, std::string> agent_heads_;
};

// The index of the actor covering each word, -1 for none.
std::vector<int32_t> actor_index(std::span<const Actor> actors, size_t word_count);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_ACTORS_H_
