// dossier: turns a pile of news articles into a structured account of the story they tell.
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "dossier/error.h"
#include "dossier/version.h"

int main(int argc, char** argv) {
  CLI::App app{"dossier: turns news articles into a structured, verifiable account of a story"};
  app.footer("Exit status: 0 ok; 1 some input skipped; 2 usage error; 3 fatal error (model missing "
             "or corrupt, output not writable).");
  app.set_version_flag("--version", "dossier " + std::string(dossier::version()));
  app.require_subcommand(1);
  int exit_code = dossier::cli::kExitOk;
  dossier::cli::add_analyze_command(app, exit_code);
  dossier::cli::add_ner_command(app, exit_code);
  dossier::cli::add_add_command(app, exit_code);
  dossier::cli::add_export_command(app, exit_code);
  dossier::cli::add_remove_command(app, exit_code);
  dossier::cli::add_status_command(app, exit_code);
  dossier::cli::add_correct_command(app, exit_code);
  dossier::cli::add_serve_command(app, exit_code);
  dossier::cli::add_map_command(app, exit_code);
  dossier::cli::add_reduce_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return dossier::cli::kExitUsage;
  } catch (const dossier::UsageError& e) {
    std::cerr << "dossier: " << e.what() << "\n";
    return dossier::cli::kExitUsage;
  } catch (const dossier::InputError& e) {
    std::cerr << "dossier: " << e.what() << "\n";
    return dossier::cli::kExitSkipped;
  } catch (const dossier::Error& e) {
    std::cerr << "dossier: error: " << e.what() << "\n";
    return dossier::cli::kExitFatal;
  } catch (const std::exception& e) {
    std::cerr << "dossier: internal error: " << e.what() << "\n";
    return dossier::cli::kExitFatal;
  }
  return exit_code;
}
