// Subcommands of dossier-eval. Each scores one task on a data set and prints the figures.
#ifndef DOSSIER_TOOLS_EVAL_COMMANDS_H_
#define DOSSIER_TOOLS_EVAL_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace dossier::eval {

// Each adds its subcommand; the callback stores the exit status in exit_code.
void add_time_command(CLI::App& app, int& exit_code);  // time_command.cc: TempEval-3
void add_entities_command(CLI::App& app, int& exit_code);  // entities_command.cc: ECB+ entities
void add_quotes_command(CLI::App& app, int& exit_code);
void add_text_command(CLI::App& app, int& exit_code);
void add_stories_command(CLI::App& app, int& exit_code);
void add_duplicates_command(CLI::App& app, int& exit_code);
void add_ner_command(CLI::App& app, int& exit_code);
void add_events_command(CLI::App& app, int& exit_code);  // events_command.cc: PLOVER, PETRARCH2
void add_audit_command(CLI::App& app, int& exit_code);   // audit_command.cc: the audit set

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_COMMANDS_H_
