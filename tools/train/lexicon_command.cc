// dossier-train lexicon: compiles models/lexicon.dsr from iso-codes, ICU, GeoNames, WordNet and
// the PETRARCH2 dictionaries (README.md, "Lexicon", gives the exact command).
#include <chrono>
#include <iostream>

#include "train/commands.h"
#include "train/lexicon/compile.h"

namespace dossier::train {

void add_lexicon_command(CLI::App& app, int& exit_code) {
  auto sources = std::make_shared<lexicon::LexiconSources>();
  auto out = std::make_shared<std::string>();
  sources->wordnet = "/usr/share/wordnet";
  CLI::App* cmd = app.add_subcommand(
      "lexicon", "compile the gazetteer, alias, demonym and actor-code lexicon");
  cmd->add_option("--iso-codes", sources->iso_codes,
                  "directory of Debian iso-codes JSON (iso_3166-1.json ...)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--petrarch", sources->petrarch,
                  "directory of the PETRARCH2 dictionaries (Phoenix.*.txt)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--wordnet", sources->wordnet, "directory of WordNet 3.0 data files")
      ->capture_default_str()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--out", *out, "lexicon file to write")->required();
  cmd->callback([sources, out, &exit_code] {
    const auto start = std::chrono::steady_clock::now();
    const lexicon::Gazetteer g = lexicon::compile_lexicon(*sources);
    g.builder.save(*out);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const auto& [what, n] : g.stats.counts) std::cout << what << "\t" << n << "\n";
    std::cout << "wrote " << *out << " (" << g.builder.size() << " entries) in " << seconds
              << " s\n";
    exit_code = 0;
  });
}

}  // namespace dossier::train
