// How likely a coded event is right: code, source and target. A prior from how the event was
// read, for the audit set (issue 13) to calibrate; the coder writes no event below kMinConfidence
// and the positions read only events of kConfidentEvent or more.
#ifndef DOSSIER_EVENTS_CONFIDENCE_H_
#define DOSSIER_EVENTS_CONFIDENCE_H_

#include <cstdint>
#include <string_view>

namespace dossier::events {

inline constexpr double kMinConfidence = 0.3;
inline constexpr double kConfidentEvent = 0.5;

// How the code was found.
enum class Coding : uint8_t {
  kPattern,  // a phrase pattern of the verb's block matched ("called for", "agreed to")
  kVerb,     // the verb's own code, no pattern
  kFamily,   // only the family of the verb's block (a root code such as "040")
  kNoun,     // an event noun ("riots against", "staged a strike")
  kFrame,    // a complement frame ("threatened to cut", "said X must")
};

// What stands in one actor slot.
enum class ActorEvidence : uint8_t {
  kNone,           // nobody
  kFarPronoun,     // a pronoun resolved to a subject of an earlier sentence (one resolved inside its
                   // sentence counts as its antecedent)
  kUnknownName,    // a capitalised word the lexicon and the tagger do not know as an entity
  kAgent,          // a common actor noun ("police", "the ministry")
  kName,           // a named entity of the tagger or the lexicon without an actor code
  kCodedName,      // a named entity with a CAMEO actor code
};

struct EventEvidence {
  Coding coding = Coding::kVerb;
  bool polysemous = false;   // the verb's block has several patterns and none matched: the bare verb says little
  bool root_code = false;    // a code of the root level ("040", "190")
  bool statement = false;    // a plain statement (01): an event only when it says something to someone
  bool modal = false;        // future, possibility, intention
  bool quoted = false;       // inside a direct quotation: a speaker's words, not the reporter's
  ActorEvidence source = ActorEvidence::kNone;
  ActorEvidence target = ActorEvidence::kNone;
  // What the candidate scorer (event_scorer.h) reads besides the prior's evidence.
  uint8_t root = 0;              // the CAMEO root of the code, 1 to 20
  bool specific = false;         // a code below the root level ("112", "0874")
  bool reverse = false;          // the reverse reading of a verb ("received X": X's visit)
  bool negated = false;          // "not", "never" on the verb or its infinitive
  bool passive = false;
  bool future = false;           // will, would, shall, going to
  bool possible = false;         // may, might, could, can
  bool obligation = false;       // must, should, has to
  bool intent = false;           // plans to, ready to
  uint8_t mood = 0;              // verb_groups.h Mood of the verb, 4 for an event noun
  bool past = false;             // the verb is a past form
  bool perfect = false;          // "has agreed", "had met"
  bool speech_verb = false;      // the trigger's verb is a WordNet communication verb
  bool cognition_verb = false;   // ... a cognition verb
  bool reported = false;         // another word of the sentence is a verb of speech ("said")
  bool headline = false;         // a headline or subhead
  uint32_t sentence = 0;         // index of the sentence among the coded ones of the article
  bool source_person = false;
  bool target_person = false;
  int8_t source_type = -1;       // the EntityType of the source's mention, -1 when it has none
  int8_t target_type = -1;
  bool source_place = false;     // a place name and nothing else
  bool target_place = false;
  std::string_view block;        // the verb's block in the dictionary ("ACCUSE"); empty for a noun
  std::string_view lemma;        // the verb's base form in the dictionary ("accuse"); empty for a noun
};

// The prior in [0, 1].
double event_confidence(const EventEvidence& evidence);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_CONFIDENCE_H_
