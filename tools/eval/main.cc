// dossier-eval: scores dossier against evaluation data sets (dev splits), as the official scorers do.
#include <exception>
#include <iostream>

#include "dossier/error.h"
#include "dossier/version.h"
#include "eval/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dossier-eval: measures dossier on evaluation data"};
  app.set_version_flag("--version", "dossier-eval " + std::string(dossier::version()));
  app.require_subcommand(1);
  int exit_code = 0;
  dossier::eval::add_time_command(app, exit_code);
  dossier::eval::add_entities_command(app, exit_code);
  dossier::eval::add_quotes_command(app, exit_code);
  dossier::eval::add_text_command(app, exit_code);
  dossier::eval::add_stories_command(app, exit_code);
  dossier::eval::add_duplicates_command(app, exit_code);
  dossier::eval::add_ner_command(app, exit_code);
  dossier::eval::add_events_command(app, exit_code);
  dossier::eval::add_audit_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return status == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "dossier-eval: error: " << e.what() << "\n";
    return 1;
  }
  return exit_code;
}
