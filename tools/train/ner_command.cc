// dossier-train ner: trains the named-entity tagger on CoNLL files and writes models/ner.model.
#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "dossier/error.h"
#include "ner/features.h"
#include "ner/model.h"
#include "train/commands.h"
#include "train/ner_resources.h"
#include "train/ner_trainer.h"

namespace dossier::train {
namespace {

struct NerArgs {
  std::vector<std::string> train;
  std::string dev;
  std::string out;
  std::string words;
  std::vector<std::string> gazetteers;
  std::vector<std::string> without;
  int epochs = 15;
  int last_epochs = 0;
  int passes = 2;
  int folds = 5;
  int row_bits = 20;
  uint64_t seed = 1;
  double recase = 0.1;
};

uint32_t group_bit(const std::string& name) {
  static const std::pair<const char*, uint32_t> kGroups[] = {
      {"affixes", ner::kGroupAffixes},       {"context", ner::kGroupContext},
      {"clusters", ner::kGroupClusters},     {"capprofile", ner::kGroupCapProfile},
      {"gazetteer", ner::kGroupGazetteer},   {"docsurface", ner::kGroupDocSurface},
      {"doclabels", ner::kGroupDocLabels}};
  for (const auto& [n, bit] : kGroups) {
    if (name == n) return bit;
  }
  throw UsageError("--without: unknown feature group '" + name + "'");
}

// The options as a command that reproduces the model (paths as given).
std::string command_line(const NerArgs& a) {
  std::ostringstream out;
  out << "dossier-train ner";
  for (const auto& t : a.train) out << " --train " << t;
  out << " --dev " << a.dev << " --out " << a.out;
  if (!a.words.empty()) out << " --words " << a.words;
  for (const auto& g : a.gazetteers) out << " --gazetteer " << g;
  for (const auto& w : a.without) out << " --without " << w;
  out << " --epochs " << a.epochs;
  if (a.last_epochs > 0) out << " --last-epochs " << a.last_epochs;
  out << " --passes " << a.passes << " --folds " << a.folds
      << " --row-bits " << a.row_bits << " --seed " << a.seed << " --recase " << a.recase;
  return out.str();
}

std::string describe(const NerArgs& args, const std::string& command) {
  std::ostringstream out;
  out << "averaged perceptron, " << args.passes << " pass(es), " << args.epochs
      << " epochs (last pass " << (args.last_epochs > 0 ? args.last_epochs : args.epochs) << "), 2^" << args.row_bits << " rows; trained on";
  for (const auto& t : args.train) out << " " << t;
  out << "; command: " << command;
  return out.str();
}

int run_ner(const NerArgs& args, const std::string& command) {
  const auto start = std::chrono::steady_clock::now();
  const auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  uint32_t groups = ner::kAllFirstPassGroups;
  for (const auto& w : args.without) groups &= ~group_bit(w);
  ner::NerModel model;
  model.description = describe(args, command);
  if (!args.words.empty()) {
    model.words = load_word_table(args.words);
  }
  for (const auto& g : args.gazetteers) add_gazetteer_tsv(model.gazetteer, g);
  model.gazetteer.freeze();

  NerCorpus train;
  for (const auto& t : args.train) add_conll(train, t);
  if (args.recase > 0) add_recased_copies(train, args.recase, args.seed);
  NerCorpus dev;
  add_conll(dev, args.dev);
  std::cerr << "ner: " << train.examples.size() << " training documents (with re-cased copies), "
            << model.words.size() << " known words, " << model.gazetteer.phrase_count()
            << " gazetteer phrases\n";

  NerTrainOptions options;
  options.pass_groups.push_back(groups);
  const bool doc_labels = std::find(args.without.begin(), args.without.end(), "doclabels") ==
                          args.without.end();
  if (args.passes > 1 && doc_labels) options.pass_groups.push_back(groups | ner::kGroupDocLabels);
  options.row_bits = args.row_bits;
  options.epochs = args.epochs;
  options.last_epochs = args.last_epochs > 0 ? args.last_epochs : args.epochs;
  options.folds = args.folds;
  options.seed = args.seed;
  train_ner(train, options, model, [&](size_t pass, int epoch, const ner::NerModel& m) {
    const NerScore score = score_model(m, dev);
    std::cout << "pass " << pass + 1 << " epoch " << epoch << ": dev F1 " << std::fixed
              << std::setprecision(2) << score.f1 << "  (" << std::setprecision(1) << seconds()
              << " s)" << std::endl;
  });
  const NerScore final_score = score_model(model, dev);
  std::cout << final_score.report;
  model.save(args.out);
  std::cerr << "ner: wrote " << args.out << " (" << model.to_bytes().size() << " bytes; "
            << model.memory_bytes() / (1024 * 1024) << " MiB loaded)\n";
  return 0;
}

}  // namespace

void add_ner_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<NerArgs>();
  CLI::App* cmd = app.add_subcommand("ner", "Train the named-entity tagger on CoNLL files");
  cmd->add_option("--train", args->train, "CoNLL training file(s), gold tags in the last column")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--dev", args->dev, "CoNLL dev file, scored after every epoch")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", args->out, "Model file to write")->required();
  cmd->add_option("--words", args->words, "Word table (from dossier-train ner-words)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--gazetteer", args->gazetteers, "Phrase list: lines 'category<TAB>phrase'")
      ->check(CLI::ExistingFile);
  cmd->add_option("--without", args->without,
                  "Feature groups to leave out: affixes, context, clusters, capprofile, "
                  "gazetteer, docsurface, doclabels");
  cmd->add_option("--epochs", args->epochs, "Epochs per pass")->check(CLI::Range(1, 200));
  cmd->add_option("--last-epochs", args->last_epochs, "Epochs of the last pass (default: --epochs)")
      ->check(CLI::Range(1, 200));
  cmd->add_option("--passes", args->passes, "Passes (2: the second reads the first's labels)")
      ->check(CLI::Range(1, 2));
  cmd->add_option("--folds", args->folds, "Jackknife folds for the second pass")
      ->check(CLI::Range(2, 20));
  cmd->add_option("--row-bits", args->row_bits, "log2 of the weight table's rows")
      ->check(CLI::Range(12, 24));
  cmd->add_option("--seed", args->seed, "Random seed (same seed, same model bytes)");
  cmd->add_option("--recase", args->recase,
                  "Share of sentences also learnt re-cased as a headline would be")
      ->check(CLI::Range(0.0, 1.0));
  cmd->callback([args, &exit_code] { exit_code = run_ner(*args, command_line(*args)); });
}

}  // namespace dossier::train
