// dossier ner --conll FILE: tags a CoNLL file and writes it back with the predicted tag (IOB2)
// as one more column, so that any conlleval scorer can measure the tagger.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "ner/conll.h"
#include "ner/model.h"

namespace dossier::cli {
namespace {

struct NerArgs {
  std::string conll;
  std::string models_dir;
};

int run_ner(const NerArgs& args) {
  const std::string dir = args.models_dir.empty() ? default_models_dir() : args.models_dir;
  const ner::NerModel model = ner::NerModel::load(dir + "/" + std::string(ner::kModelFile));
  std::cout << ner::tag_conll_file(model, args.conll);
  std::cout.flush();
  if (!std::cout) throw Error("cannot write to standard output");
  return kExitOk;
}

}  // namespace

void add_ner_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<NerArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ner", "Tag a CoNLL file (token in the first column) and print it with the predicted tag "
             "(IOB2) as one more column");
  cmd->add_option("--conll", args->conll, "CoNLL file to tag")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--models", args->models_dir, "Directory of model files")
      ->check(CLI::ExistingDirectory);
  cmd->callback([args, &exit_code] { exit_code = run_ner(*args); });
}

}  // namespace dossier::cli
