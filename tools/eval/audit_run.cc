#include "eval/audit_run.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "dossier/writers.h"

namespace dossier::eval::audit {

std::string default_shared() {
  const char* shared = std::getenv("DOSSIER_SHARED");
  return shared && *shared ? shared : "../shared";
}

std::string read_shared_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot be read");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Dossier analyze_rows(const std::vector<SampleRow>& rows, const std::string& shared, const PipelineOptions& options) {
  std::vector<Document> documents;
  for (const SampleRow& row : rows) {
    Document doc;
    doc.id = std::to_string(row.index);
    doc.path = row.path;
    doc.text = read_shared_file(shared + "/" + row.path);
    doc.meta.date = CivilDate::parse_iso(row.dct);
    documents.push_back(std::move(doc));
  }
  const Pipeline pipeline(options);
  return pipeline.analyze(std::move(documents));
}

Run run_dossier(const std::vector<SampleRow>& rows, const std::string& shared, const PipelineOptions& options,
                const std::string& write_json_to) {
  const Dossier dossier = analyze_rows(rows, shared, options);
  std::ostringstream json;
  write_json(dossier, json);
  if (!write_json_to.empty()) {
    std::ofstream out(write_json_to);
    out << json.str();
  }
  const nlohmann::json parsed = nlohmann::json::parse(json.str());
  return {articles_from_dossier(parsed), thresholds_from_dossier(parsed)};
}

}  // namespace dossier::eval::audit
