// Runs dossier on articles of the audit set and reads its output back as audit items.
#ifndef DOSSIER_TOOLS_EVAL_AUDIT_RUN_H_
#define DOSSIER_TOOLS_EVAL_AUDIT_RUN_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dossier/pipeline.h"
#include "eval/audit_data.h"

namespace dossier::eval::audit {

// The shared data folder: $DOSSIER_SHARED, else ../shared.
std::string default_shared();

// The text of a file of the shared data; throws InputError naming it when it cannot be read.
std::string read_shared_file(const std::string& path);

// dossier's analysis of the rows' articles (from `shared`), dated by their creation time; document
// ids are the sample indices.
Dossier analyze_rows(const std::vector<SampleRow>& rows, const std::string& shared, const PipelineOptions& options);

struct Run {
  std::map<int, Article> articles;
  std::map<std::string, std::optional<double>> thresholds;  // the dossier's confident_from
};

// Analyses the rows' articles (from `shared`) with dossier, dated by their creation time; writes
// the dossier JSON to write_json unless it is empty.
Run run_dossier(const std::vector<SampleRow>& rows, const std::string& shared, const PipelineOptions& options,
                const std::string& write_json);

}  // namespace dossier::eval::audit

#endif  // DOSSIER_TOOLS_EVAL_AUDIT_RUN_H_
