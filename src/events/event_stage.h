// The events stage: CAMEO events of each document (coder.h), after the time stage.
#ifndef DOSSIER_EVENTS_EVENT_STAGE_H_
#define DOSSIER_EVENTS_EVENT_STAGE_H_

#include <memory>

#include "stage/stage.h"

namespace dossier::events {

// Loads models/events.dsr and models/lexicon.dsr through the model store; throws ModelError when
// either is missing or corrupt. Scores candidates with models/event_scorer.bin when present.
std::unique_ptr<const stage::DocumentStage> make_event_stage(stage::StageContext& context);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_EVENT_STAGE_H_
