// Verb groups: the verbs of the verb dictionary that act as verbs in a sentence, with their
// auxiliaries ("has been attacked", "will not accept", "is ready to talk", "to visit").
//
// No part-of-speech tagger: a word the dictionary lists as a verb form is read as a verb when its
// left context says so (an auxiliary, modal or infinitive "to"; a subject actor or pronoun before a
// finite form; a comma or conjunction before a past form), and as a noun after a determiner,
// preposition or number ("the attack", "for talks", "two visits").
#ifndef DOSSIER_EVENTS_VERB_GROUPS_H_
#define DOSSIER_EVENTS_VERB_GROUPS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "events/actors.h"
#include "events/verb_dictionary.h"
#include "events/words.h"
#include "util/span_index.h"

namespace dossier::events {

enum class Mood : uint8_t {
  kFinite,      // has a subject of its own: "attacked", "has agreed", "will visit"
  kInfinitive,  // "to visit", "ready to talk": takes the subject of the verb that governs it
  kParticiple,  // "..., saying", "calling for": takes the subject of its clause
  kGerund,      // after a preposition: "accused X of violating"
};

struct VerbGroup {
  uint32_t first = 0;  // first word: auxiliary, "to" or the verb
  uint32_t frame_first = UINT32_MAX;  // first word of "is ready to", "has to", "plans to" (else first)
  uint32_t head = 0;   // the inflected verb word
  uint32_t end = 0;    // one past the verb and the back words of a multi-word verb
  uint32_t verb = 0;   // VerbDictionary verb id
  Inflection inflection = Inflection::kBase;
  Mood mood = Mood::kFinite;
  bool negated = false;     // not, n't, never, no longer
  bool passive = false;     // a form of "be" with a past participle
  bool future = false;      // will, would, shall, going to
  bool possible = false;    // may, might, could, can
  bool obligation = false;  // must, should, ought to, have to
  bool intent = false;      // ready / prepared / willing / plans / intends ... to
  bool construction = false;  // "is ready to V", "has to V", "is about to V": its own predicate
};

// Marks words that belong to a time expression (one of the document's Timexes indexed in `times`,
// a weekday, "today") and the prepositions and modifiers before them ("on Tuesday", "last week").
std::vector<uint8_t> time_words(std::span<const Word> words, const util::SpanIndex* times);

// The verb groups of a sentence in text order. Words inside actor phrases are never verbs.
std::vector<VerbGroup> find_verb_groups(std::span<const Word> words, std::span<const int32_t> actor_at,
                                        std::span<const Actor> actors, std::span<const uint8_t> timeish,
                                        const VerbDictionary& dictionary);

// Hard clause ends: sentence punctuation, semicolons, colons, dashes.
bool is_hard_boundary(const Word& word);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_VERB_GROUPS_H_
