// dossier-eval ner: entity-level precision, recall and F1 per type and overall, counted as
// conlleval counts them, of the tagger on a CoNLL file or of a file of predictions.
#include <iostream>
#include <memory>

#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "eval/commands.h"
#include "eval/conll_score.h"
#include "ner/conll.h"
#include "ner/model.h"
#include "util/file.h"

namespace dossier::eval {
namespace {

struct NerArgs {
  std::string data;
  std::string predictions;
  std::string models_dir;
};

// The file as `dossier ner --conll` writes it: the input plus the predicted tag.
std::string tagged_text(const std::string& path, const std::string& models_dir) {
  const std::string dir = models_dir.empty() ? default_models_dir() : models_dir;
  const ner::NerModel model = ner::NerModel::load(dir + "/" + std::string(ner::kModelFile));
  return ner::tag_conll_file(model, path);
}

int run_ner(const NerArgs& args) {
  if (args.data.empty() == args.predictions.empty()) {
    throw UsageError("ner: give either --data (to tag and score) or --predictions");
  }
  ChunkScorer scorer;
  if (!args.predictions.empty()) {
    scorer.add_text(util::read_file(args.predictions), args.predictions);
  } else {
    scorer.add_text(tagged_text(args.data, args.models_dir), args.data);
  }
  std::cout << scorer.report();
  return 0;
}

}  // namespace

void add_ner_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<NerArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ner", "Entity P/R/F1 per type and overall, as conlleval counts them (last line: F1)");
  cmd->add_option("--data", args->data, "CoNLL file with gold tags in the last column: tag and score")
      ->check(CLI::ExistingFile);
  cmd->add_option("--predictions", args->predictions,
                  "CoNLL file whose last two columns are gold and predicted tags: score it")
      ->check(CLI::ExistingFile);
  cmd->add_option("--models", args->models_dir, "Directory of model files")
      ->check(CLI::ExistingDirectory);
  cmd->callback([args, &exit_code] { exit_code = run_ner(*args); });
}

}  // namespace dossier::eval
