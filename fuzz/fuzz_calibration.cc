// Fuzz target: the calibration loader. Loads or throws ModelError, never crashes; a model that
// loads maps every confidence into [0, 1], monotonically, and its thresholds lie in [0, 1].
#include <cmath>

#include "calibrate/calibration.h"
#include "dossier/error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using dossier::calibrate::Calibration;
  using dossier::calibrate::Layer;
  try {
    const Calibration model = Calibration::from_bytes(
        dossier::fuzz::model_file(dossier::fuzz::bytes_of(data, size), dossier::calibrate::kModelKind,
                                  dossier::calibrate::kModelVersion),
        "fuzz.bin");
    for (size_t i = 0; i < dossier::calibrate::kLayerCount; ++i) {
      const auto& layer = model.layer(static_cast<Layer>(i));
      double last = 0.0;
      for (double p : {0.0, 0.1, 0.5, 0.9, 1.0}) {
        const double q = layer.map(p);
        dossier::fuzz::check(q >= 0.0 && q <= 1.0 && q >= last);
        last = q;
      }
      if (layer.confident_from) dossier::fuzz::check(*layer.confident_from >= 0.0f && *layer.confident_from <= 1.0f);
    }
  } catch (const dossier::ModelError&) {
  }
  return 0;
}
