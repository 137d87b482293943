// Shared by the store tests: one pipeline over the committed models, the demo corpus.
#ifndef DOSSIER_STORE_STORE_TEST_SUPPORT_H_
#define DOSSIER_STORE_STORE_TEST_SUPPORT_H_

#include <sstream>
#include <string>
#include <vector>

#include "dossier/pipeline.h"
#include "dossier/writers.h"

namespace dossier::store::testing {

inline const Pipeline& test_pipeline() {
  static const Pipeline pipeline([] {
    PipelineOptions options;
    options.models_dir = std::string(DOSSIER_SOURCE_DIR) + "/models";
    options.threads = 2;
    return options;
  }());
  return pipeline;
}

inline std::string demo(const std::string& file) {
  return std::string(DOSSIER_SOURCE_DIR) + "/examples/demo/" + file;
}

// The demo articles in two halves.
inline std::vector<std::string> demo_first_half() {
  return {demo("2025-11-07-mpa-dam-burst.txt"), demo("2025-11-07-sarn-herald-dam.txt"),
          demo("2025-11-08-valdoria-today-toll.html")};
}
inline std::vector<std::string> demo_second_half() {
  return {demo("2025-11-27-mpa-parliament-confirms.txt"),
          demo("2025-11-28-continental-observer-new-leader.txt"),
          demo("2025-12-03-sarn-herald-inquiry.txt"), demo("eastern-ledger.jsonl")};
}

inline std::string json_of(const Dossier& dossier) {
  std::ostringstream out;
  write_json(dossier, out);
  return out.str();
}

}  // namespace dossier::store::testing

#endif  // DOSSIER_STORE_STORE_TEST_SUPPORT_H_
