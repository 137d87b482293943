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
  cmd.add_flag("--attributions", request.attributions,
               "The JSON also lists the beliefs and intentions kept apart from the quotes (docs/schema.md)");
}

namespace {

void write_json_with_attributions(const Dossier& dossier, std::ostream& out) { write_json(dossier, out, true, true); }

}  // namespace

void write_export(const Dossier& dossier, const ExportRequest& request) {
  if (request.format.empty()) return;
  const auto format = parse_export_format(request.format);
  if (!format) throw UsageError("unknown export format '" + request.format + "'");
  export_dossier(dossier, *format, request.out);
}

void write_dossier(const Dossier& dossier, const std::string& json_path, const std::string& html_path,
                   const ExportRequest& request) {
  if (!json_path.empty() || (html_path.empty() && request.format.empty())) {
    void (*json_writer)(const Dossier&, std::ostream&) = &write_json;
    if (request.attributions) json_writer = &write_json_with_attributions;
    write_output(json_path.empty() ? "-" : json_path, json_writer, dossier);
  }
  if (!html_path.empty()) write_output(html_path, &write_html, dossier);
  write_export(dossier, request);
}

}  // namespace dossier::cli
