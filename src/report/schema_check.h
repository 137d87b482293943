// Test support: checks a dossier JSON document against every rule of docs/schema.md.
// Each function returns the problems found, one readable line each; empty means valid.
#ifndef DOSSIER_REPORT_SCHEMA_CHECK_H_
#define DOSSIER_REPORT_SCHEMA_CHECK_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dossier::report::testing {

// Validates against docs/dossier.schema.json (JSON Schema draft-07, with valijson).
std::vector<std::string> schema_violations(const nlohmann::json& dossier);
// Every span's text equals its document's text between the code-point offsets, 0 <= start <=
// end <= length; also cue/trigger offsets and document header spans.
std::vector<std::string> span_problems(const nlohmann::json& dossier);
// Ids are unique; every document, entity and quote reference resolves; dates are real days.
std::vector<std::string> reference_problems(const nlohmann::json& dossier);
// All of the above.
std::vector<std::string> all_problems(const nlohmann::json& dossier);

}  // namespace dossier::report::testing

#endif  // DOSSIER_REPORT_SCHEMA_CHECK_H_
