// The CLI's subcommands. Each is a thin shell over the public pipeline API.
#ifndef DOSSIER_CLI_COMMANDS_H_
#define DOSSIER_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace dossier::cli {

// Exit statuses of the dossier command (README.md, "Using it").
inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;  // some input was skipped; the rest was analysed
inline constexpr int kExitUsage = 2;    // bad command line
inline constexpr int kExitFatal = 3;    // model missing or corrupt, output not writable, internal error

// Each adds its subcommand to app; the callback stores the command's exit status in exit_code.
void add_analyze_command(CLI::App& app, int& exit_code);
void add_ner_command(CLI::App& app, int& exit_code);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_COMMANDS_H_
