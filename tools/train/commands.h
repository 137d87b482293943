// Subcommands of dossier-train. Each trains one model from data and writes a model file.
#ifndef DOSSIER_TOOLS_TRAIN_COMMANDS_H_
#define DOSSIER_TOOLS_TRAIN_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace dossier::train {

// Each adds its subcommand; the callback stores the exit status in exit_code.
void add_lexicon_command(CLI::App& app, int& exit_code);  // lexicon_command.cc
void add_quote_cues_command(CLI::App& app, int& exit_code);
void add_abbreviations_command(CLI::App& app, int& exit_code);
void add_corpus_terms_command(CLI::App& app, int& exit_code);
void add_ner_command(CLI::App& app, int& exit_code);
void add_ner_words_command(CLI::App& app, int& exit_code);
void add_ner_gazetteer_command(CLI::App& app, int& exit_code);
void add_events_command(CLI::App& app, int& exit_code);   // events_command.cc
void add_calibration_command(CLI::App& app, int& exit_code);
void add_event_scorer_command(CLI::App& app, int& exit_code);  // event_scorer_command.cc
void add_valence_command(CLI::App& app, int& exit_code);       // valence_command.cc

}  // namespace dossier::train

#endif  // DOSSIER_TOOLS_TRAIN_COMMANDS_H_
