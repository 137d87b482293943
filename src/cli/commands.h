// The CLI's subcommands. Each is a thin shell over the public pipeline API.
#ifndef DOSSIER_CLI_COMMANDS_H_
#define DOSSIER_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "dossier/corpus.h"

namespace dossier::cli {

// Exit statuses of the dossier command (README.md, "Using it").
inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;  // some input was skipped; the rest was analysed
inline constexpr int kExitUsage = 2;    // bad command line
inline constexpr int kExitFatal = 3;    // model missing or corrupt, output not writable, internal error

// Each adds its subcommand to app; the callback stores the command's exit status in exit_code.
void add_analyze_command(CLI::App& app, int& exit_code);
void add_ner_command(CLI::App& app, int& exit_code);
// The store: add, export, remove, status, correct (dossier/store.h).
void add_add_command(CLI::App& app, int& exit_code);
void add_export_command(CLI::App& app, int& exit_code);
void add_remove_command(CLI::App& app, int& exit_code);
void add_status_command(CLI::App& app, int& exit_code);
void add_correct_command(CLI::App& app, int& exit_code);
// dossier map and reduce: analyze in two halves, for running on many machines (docs/distributed.md).
void add_map_command(CLI::App& app, int& exit_code);
void add_reduce_command(CLI::App& app, int& exit_code);
// dossier serve: the HTTP API and web UI over a store (docs/server.md).
void add_serve_command(CLI::App& app, int& exit_code);

// --format and --out: an export of the dossier (dossier/export.h) beside or instead of the JSON.
struct ExportRequest {
  std::string format;  // empty: no export
  std::string out;
  bool attributions = false;  // the JSON also holds the beliefs and intentions apart from quotes
};
void add_export_options(CLI::App& cmd, ExportRequest& request);
// Writes the export the request names, if any; throws Error naming the path when it cannot.
void write_export(const Dossier& dossier, const ExportRequest& request);
// Writes the JSON to json_path (standard output when no output at all is asked), the HTML report
// to html_path when given, and the export; throws Error naming the path that fails.
void write_dossier(const Dossier& dossier, const std::string& json_path, const std::string& html_path,
                   const ExportRequest& request);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_COMMANDS_H_
