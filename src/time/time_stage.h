// The time stage: settles the article date and fills Document::times.
#ifndef DOSSIER_TIME_TIME_STAGE_H_
#define DOSSIER_TIME_TIME_STAGE_H_

#include <memory>

#include "stage/stage.h"

namespace dossier::time {

std::unique_ptr<const stage::DocumentStage> make_time_stage();

}  // namespace dossier::time

#endif  // DOSSIER_TIME_TIME_STAGE_H_
