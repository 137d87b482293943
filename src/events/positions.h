// Actor positions: what each actor demands, calls for, pledges, supports, rejects or threatens,
// as short statements grouped across articles, each with the events that show it.
//
// An event of a stance family (frames.h: appeal 02, intent 03, support 05, demand 10, reject 12,
// threaten 13) gives its source actor a stance ("demands") and an object: the words the verb
// governs in its clause ("a pay rise", "to cut off power to the enclave"), cut at the clause's end
// and at most a dozen words, else its target actor. Events of one actor (its entity when the
// mention is resolved, else its name as written) with the same stance and object are one position.
#ifndef DOSSIER_EVENTS_POSITIONS_H_
#define DOSSIER_EVENTS_POSITIONS_H_

#include <memory>
#include <string>
#include <vector>

#include "dossier/corpus.h"
#include "stage/stage.h"

namespace dossier::events {

// The stance an event code expresses ("demands" for 10x), or "" for codes of no stance family.
// `trigger` (the event's words) tells "warns" from "threatens" and "refuses" from "rejects".
std::string stance_of(std::string_view code, std::string_view trigger, std::string_view object);

// The positions of all documents' events of at least min_confidence, most evidenced first.
std::vector<Position> find_positions(const Dossier& dossier, double min_confidence);

// The corpus stage that fills Dossier::positions from events of kConfidentEvent or more, mapped by
// the calibration when the pipeline calibrates.
std::unique_ptr<const stage::CorpusStage> make_positions_stage(stage::StageContext& context);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_POSITIONS_H_
