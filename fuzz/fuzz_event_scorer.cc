// Fuzz target: the event scorer loader. Loads or throws ModelError, never crashes; a model that
// loads scores every candidate in [0, 1] and has its threshold in [0, 1].
#include "dossier/error.h"
#include "events/event_scorer.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using dossier::events::EventScorer;
  try {
    const EventScorer model = EventScorer::from_bytes(
        dossier::fuzz::model_file(dossier::fuzz::bytes_of(data, size), dossier::events::kScorerKind,
                                  dossier::events::kScorerVersion),
        "fuzz.bin");
    dossier::events::EventEvidence e;
    for (int root : {1, 4, 11, 19}) {
      e.root = static_cast<uint8_t>(root);
      e.negated = root > 10;
      const double p = model.score(e);
      dossier::fuzz::check(p >= 0.0 && p <= 1.0);
    }
    dossier::fuzz::check(model.threshold() >= 0.0f && model.threshold() <= 1.0f);
  } catch (const dossier::ModelError&) {
  }
  return 0;
}
