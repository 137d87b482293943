#include <string>

#include "cli/commands.h"
#include "cli/output.h"
#include "dossier/error.h"
#include "dossier/export.h"
#include "dossier/writers.h"

namespace dossier::cli {

void add_export_options(CLI::App& cmd, ExportRequest& request) {
  CLI::Option* format =
      cmd.add_option("--format", request.format,
                     "Also export as csv (a folder of tables), graphml, gexf, jsonl, json "
                     "(compact) or gdelt (docs/exports.md)")
          ->check(CLI::IsMember({"csv", "graphml", "gexf", "jsonl", "json", "gdelt"}));
  CLI::Option* out =
      cmd.add_option("--out", request.out, "Where --format writes: a folder for csv, else a file or '-'")
          ->type_name("PATH|-");
  format->needs(out);
  out->needs(format);
}

void write_export(const Dossier& dossier, const ExportRequest& request) {
  if (request.format.empty()) return;
  const auto format = parse_export_format(request.format);
  if (!format) throw UsageError("unknown export format '" + request.format + "'");
  export_dossier(dossier, *format, request.out);
}

void write_dossier(const Dossier& dossier, const std::string& json_path, const std::string& html_path,
                   const ExportRequest& request) {
  if (!json_path.empty() || (html_path.empty() && request.format.empty())) {
    write_output(json_path.empty() ? "-" : json_path, &write_json, dossier);
  }
  if (!html_path.empty()) write_output(html_path, &write_html, dossier);
  write_export(dossier, request);
}

}  // namespace dossier::cli
