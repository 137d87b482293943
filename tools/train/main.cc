// dossier-train: builds the model and resource files in models/ from training data.
#include <exception>
#include <iostream>

#include "dossier/error.h"
#include "dossier/version.h"
#include "train/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dossier-train: trains dossier's models and compiles its resources"};
  app.set_version_flag("--version", "dossier-train " + std::string(dossier::version()));
  app.require_subcommand(1);
  int exit_code = 0;
  dossier::train::add_lexicon_command(app, exit_code);
  dossier::train::add_quote_cues_command(app, exit_code);
  dossier::train::add_abbreviations_command(app, exit_code);
  dossier::train::add_corpus_terms_command(app, exit_code);
  dossier::train::add_ner_command(app, exit_code);
  dossier::train::add_ner_words_command(app, exit_code);
  dossier::train::add_ner_gazetteer_command(app, exit_code);
  dossier::train::add_events_command(app, exit_code);
  dossier::train::add_calibration_command(app, exit_code);
  dossier::train::add_event_scorer_command(app, exit_code);
  dossier::train::add_valence_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return status == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "dossier-train: error: " << e.what() << "\n";
    return 1;
  }
  return exit_code;
}
