// dossier-train events: compiles models/events.dsr from the PETRARCH2 verb dictionary and the
// CAMEO codebook tables (README.md, "Events", gives the exact command).
#include <chrono>
#include <iostream>

#include "events/verb_file.h"
#include "train/commands.h"
#include "util/file.h"

namespace dossier::train {

void add_events_command(CLI::App& app, int& exit_code) {
  struct Args {
    std::string petrarch, codebook, verbs = "CAMEO.2.0.txt", out;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("events", "compile the CAMEO verb dictionary and code table");
  cmd->add_option("--petrarch", args->petrarch, "directory of the PETRARCH2 dictionaries (CAMEO.2.0.txt)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--verbs", args->verbs, "verb dictionary file name inside --petrarch")->capture_default_str();
  cmd->add_option("--codebook", args->codebook,
                  "directory of CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--out", args->out, "events resource file to write")->required();
  cmd->callback([args, &exit_code] {
    const auto start = std::chrono::steady_clock::now();
    const std::string codes_path = args->codebook + "/CAMEO.eventcodes.txt";
    const events::Codebook book = events::parse_codebook(
        util::read_file(codes_path), util::read_file(args->codebook + "/CAMEO.goldsteinscale.txt"), codes_path);
    const std::string verbs_path = args->petrarch + "/" + args->verbs;
    events::VerbFileReport report;
    const events::VerbDictionary dict =
        events::parse_verb_file(util::read_file(verbs_path), book, verbs_path, &report);
    dict.save(args->out);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "codes\t" << dict.code_count() << "\nblocks\t" << report.blocks << "\nverbs\t" << report.verbs
              << "\nforms\t" << report.forms << "\npatterns\t" << report.patterns << "\nsynsets\t"
              << report.synsets << "\ntransformations (not used)\t" << report.transformations << "\nskipped\t"
              << report.skipped.size() << "\n";
    for (const std::string& s : report.skipped) std::cout << "  " << verbs_path << ": " << s << "\n";
    std::cout << "wrote " << args->out << " in " << seconds << " s\n";
    exit_code = 0;
  });
}

}  // namespace dossier::train
