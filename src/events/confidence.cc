#include "events/confidence.h"

#include <algorithm>

namespace dossier::events {
namespace {

// The factors multiply a base by coding. They rank the coder's readings by the errors read on
// real political news (PolNeAR dev, 30 articles: a bare light verb such as "called", "led",
// "found" coded without its pattern; sources that are no entity; acts inside quotations) and on
// the PLOVER dev records (named, coded actors and patterned verbs are mostly right). They are a
// ranking, not probabilities, until the audit set calibrates them.
double base(Coding coding) {
  switch (coding) {
    case Coding::kPattern: return 0.85;
    case Coding::kFrame: return 0.8;
    case Coding::kVerb: return 0.75;
    case Coding::kNoun: return 0.7;
    case Coding::kFamily: return 0.6;
    case Coding::kSpeech: return 0.6;  // the scorer learns how far valence tells criticism from comment
  }
  return 0.6;
}

double source_factor(ActorEvidence a) {
  switch (a) {
    case ActorEvidence::kCodedName: return 1.0;
    case ActorEvidence::kName: return 0.9;
    case ActorEvidence::kAgent: return 0.8;
    case ActorEvidence::kUnknownName: return 0.55;
    case ActorEvidence::kFarPronoun: return 0.6;
    case ActorEvidence::kNone: return 0.55;  // a passive without its agent: "two soldiers were killed"
  }
  return 0.55;
}

double target_factor(ActorEvidence a) {
  switch (a) {
    case ActorEvidence::kCodedName:
    case ActorEvidence::kName: return 1.0;
    case ActorEvidence::kAgent: return 0.95;
    case ActorEvidence::kUnknownName:
    case ActorEvidence::kFarPronoun: return 0.75;
    // Many acts have no one as their object ("rejected the plan"), but on political news most
    // events read without a target were no events (PolNeAR dev sample).
    case ActorEvidence::kNone: return 0.75;
  }
  return 0.75;
}

}  // namespace

double event_confidence(const EventEvidence& e) {
  double c = base(e.coding) * source_factor(e.source) * target_factor(e.target);
  if (e.polysemous && e.coding == Coding::kVerb) c *= 0.7;  // a family reading is weak already
  if (e.root_code && e.coding != Coding::kPattern) c *= 0.85;
  if (e.statement) c *= 0.75;
  if (e.modal) c *= 0.9;
  if (e.quoted) c *= 0.7;
  return std::clamp(c, 0.0, 1.0);
}

}  // namespace dossier::events
