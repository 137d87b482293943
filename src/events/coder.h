// The event coder: who did what to whom, sentence by sentence, in the CAMEO scheme.
//
// For each sentence: its words (words.h), actor phrases (actors.h), verb groups (verb_groups.h);
// each verb group's code from its block's phrase patterns (patterns.h) or its verb's code; its
// source (the subject actor before it, the "by" agent of a passive, the antecedent of a pronoun,
// the subject shared by coordinated verbs) and target (the first actor after it in its clause, or
// the actor a pattern's '+' names); then the complement frames (frames.h) that turn "threatened to
// cut off aid" into one threat, "said Sudan must return" into a demand, "will not accept" into a
// rejection, "will support" into an intention.
#ifndef DOSSIER_EVENTS_CODER_H_
#define DOSSIER_EVENTS_CODER_H_

#include <string>
#include <vector>

#include "dossier/document.h"
#include "events/actors.h"
#include "events/confidence.h"
#include "events/event_nouns.h"
#include "events/event_scorer.h"
#include "events/valence.h"
#include "events/verb_dictionary.h"
#include "lexicon/lexicon.h"

namespace dossier::events {

struct CoderOptions {
  // Apply the complement frames and modal rules of frames.h. They assume the dictionary's codes
  // are CAMEO codes; a dictionary with codes of another scheme (the PETRARCH2 validation suite's
  // WEIS-like codes) is coded verb by verb, negated verbs dropped.
  bool cameo_frames = true;
};

// Immutable once built; code() is thread-safe.
class EventCoder {
 public:
  // Candidates are the events whose prior (confidence.h) reaches kMinConfidence; with a scorer,
  // each gets its score as confidence and is kept at the scorer's threshold or above.
  // With `valence`, reported speech (Document::quotes) whose words are negative or positive
  // about someone adds criticism (111) and praise (051) candidates at its cue.
  EventCoder(const VerbDictionary& verbs, const lexicon::Lexicon& lexicon, CoderOptions options = {},
             const EventScorer* scorer = nullptr, const ValenceLexicon* valence = nullptr);

  // Replaces document.events with the events of its body sentences (headlines included), dated
  // with time::date_for. Needs the text layer; reads mentions and times when present. With
  // `trace`, appends how each sentence was read (actors, verb groups, codes, subjects, objects).
  // With `candidates` (training), keeps every candidate event unscored (confidence: the prior)
  // and sets candidates to their evidence, one per event of document.events.
  void code(Document& document, std::string* trace = nullptr, std::vector<EventEvidence>* candidates = nullptr) const;

  const VerbDictionary& verbs() const { return verbs_; }

 private:
  const VerbDictionary& verbs_;
  ActorFinder actors_;
  EventNouns nouns_;
  CoderOptions options_;
  const EventScorer* scorer_;
  const ValenceLexicon* valence_;
  // Per verb block: its phrase patterns code acts of several CAMEO families ("call" for 02, on
  // 04, off 16...), so the verb without a pattern says little.
  std::vector<uint8_t> polysemous_;
};

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_CODER_H_
