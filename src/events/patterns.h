// Matching a verb block's phrase patterns around one verb group.
//
// The PETRARCH2 patterns name the heads of the verb's object and prepositional phrases
// ("- * (FOR {HUMANITARIAN AID}) [0233]"). Without a parse tree they are matched outward from the
// verb in word order: each element must follow the one before it within a few words ('_' joins:
// immediately; inside one (...) or {...}: within three words), inside the verb's clause, not past
// another verb group. Nouns match their regular plurals. The best match is the one with the most
// matched words, then the fewest words passed over; remaining ties go to the pattern listed first.
#ifndef DOSSIER_EVENTS_PATTERNS_H_
#define DOSSIER_EVENTS_PATTERNS_H_

#include <cstdint>
#include <span>

#include "events/actors.h"
#include "events/verb_dictionary.h"
#include "events/verb_groups.h"
#include "events/words.h"

namespace dossier::events {

struct PatternMatch {
  const Pattern* pattern = nullptr;  // nullptr when none matched
  int score = 0;
  int skipped = 0;            // words passed over between matched elements
  uint32_t last = 0;          // last word the pattern matched (after the verb), else the verb's end - 1
  uint32_t first_after = UINT32_MAX;  // first word the pattern matched after the verb, if any
  int32_t source = -1;        // actor index a '$' matched
  int32_t target = -1;        // actor index a '+' matched
};

// Where a verb group's patterns may look: words [begin, end) of its clause.
struct Window {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// The best pattern of the group's block within the window. `group_at` gives the verb group of
// each word (-1 for none, -2 for words of time expressions): words of other verb groups never
// match (patterns name one verb), nor do time expressions ("called on Tuesday" is no "call on").
PatternMatch match_patterns(const VerbDictionary& dictionary, std::span<const Word> words,
                            std::span<const int32_t> actor_at, std::span<const Actor> actors,
                            std::span<const int32_t> group_at, int32_t self, const VerbGroup& group,
                            Window window);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_PATTERNS_H_
