// dossier-eval duplicates: near-duplicate precision and recall on generated rewrites of real
// articles. Every rewrite is a positive with its original and with the other rewrites of it; any
// other pair that involves a rewrite is a negative. Pairs of two originals are only counted
// (the source corpus may hold real copies). The dossier's duplicate groups are scored as the pairs
// they imply: every two articles of a group (corpus::expand_to_pairs).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <random>

#include "corpus/article_summary.h"
#include "corpus/duplicates.h"
#include "corpus/minhash.h"
#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "eval/commands.h"
#include "eval/rewrites.h"
#include "util/file.h"

namespace dossier::eval {
namespace {

namespace fs = std::filesystem;

struct DuplicatesArgs {
  std::vector<std::string> text_dirs;
  size_t rewrites = 300;
  uint64_t seed = 1;
  std::vector<double> thresholds;
  std::string models_dir;
  unsigned threads = 0;
};

struct Item {
  int family = -1;    // index of the original it comes from (its own index for an original)
  int strength = -1;  // RewriteStrength of a rewrite, -1 for an original
  int donor = -1;     // the original that gave a rewrite its inserted paragraphs
};

std::vector<std::string> read_texts(const std::vector<std::string>& dirs) {
  std::vector<fs::path> files;
  for (const auto& dir : dirs) {
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const auto& f : files) texts.push_back(util::read_file(f.string()));
  return texts;
}

void score(const std::vector<Item>& items, const std::vector<corpus::DuplicatePair>& found,
           double threshold, size_t families) {
  size_t tp = 0, fp = 0, fp_donor = 0, originals_only = 0;
  std::map<int, size_t> found_by_strength;
  size_t found_rewrite_pairs = 0;
  for (const auto& d : found) {
    const Item& a = items[d.a];
    const Item& b = items[d.b];
    if (a.strength < 0 && b.strength < 0) {
      ++originals_only;
      continue;
    }
    if (a.family != b.family) {
      ++fp;
      fp_donor += a.donor == b.family || b.donor == a.family || (a.donor >= 0 && a.donor == b.donor);
      continue;
    }
    ++tp;
    if (a.strength < 0 || b.strength < 0) {
      ++found_by_strength[std::max(a.strength, b.strength)];
    } else {
      ++found_rewrite_pairs;
    }
  }
  const size_t gold = families * 6;  // original and three rewrites: 6 pairs
  const double p = tp + fp > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0;
  const double r = static_cast<double>(tp) / static_cast<double>(gold);
  std::printf("  %9.2f | %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %6zu | %4zu (%zu share inserted text)\n",
              threshold, 100 * p, 100 * r,
              p + r > 0 ? 200 * p * r / (p + r) : 0.0,
              100.0 * static_cast<double>(found_by_strength[0]) / static_cast<double>(families),
              100.0 * static_cast<double>(found_by_strength[1]) / static_cast<double>(families),
              100.0 * static_cast<double>(found_by_strength[2]) / static_cast<double>(families),
              originals_only, fp, fp_donor);
}

int run(const DuplicatesArgs& args) {
  const std::vector<std::string> originals = read_texts(args.text_dirs);
  if (originals.size() < 2) throw UsageError("need at least two .txt articles");
  std::mt19937_64 rng(args.seed);
  std::vector<size_t> order(originals.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  const size_t families = std::min(args.rewrites, originals.size());
  std::vector<Document> docs;
  std::vector<Item> items;
  for (size_t i = 0; i < originals.size(); ++i) {
    Document d;
    d.id = "orig" + std::to_string(i);
    d.text = originals[i];
    docs.push_back(std::move(d));
    items.push_back({static_cast<int>(i), -1, -1});
  }
  for (size_t k = 0; k < families; ++k) {
    const size_t source = order[k];
    for (int s = 0; s < 3; ++s) {
      const size_t donor = order[(k + 1 + static_cast<size_t>(s)) % order.size()];
      Document d;
      d.id = "rewrite" + std::to_string(source) + "-" + std::string(to_string(RewriteStrength(s)));
      d.text = make_rewrite(originals[source], originals[donor], RewriteStrength(s), rng);
      docs.push_back(std::move(d));
      items.push_back({static_cast<int>(source), s, static_cast<int>(donor)});
    }
  }
  PipelineOptions options;
  options.models_dir = args.models_dir;
  options.threads = args.threads;
  const Pipeline pipeline(options);
  Dossier dossier = pipeline.analyze(std::move(docs));
  std::vector<double> thresholds = args.thresholds;
  const corpus::DuplicateOptions defaults;
  if (thresholds.empty()) thresholds.push_back(defaults.threshold);
  const auto model = corpus::TermModel::load(pipeline.options().models_dir + "/" +
                                             std::string(corpus::kTermModelFile));
  const auto summaries = corpus::summarize_articles(dossier, model, 1);
  // The exact Jaccard of every original-rewrite pair: what a perfect candidate search would find.
  std::vector<std::pair<corpus::DuplicatePair, double>> ceiling;
  for (size_t i = originals.size(); i < items.size(); ++i) {
    const auto source = static_cast<size_t>(items[i].family);
    ceiling.push_back({{static_cast<uint32_t>(source), static_cast<uint32_t>(i)},
                       corpus::jaccard(summaries[source].shingles, summaries[i].shingles)});
  }
  std::cout << "Near-duplicates: " << originals.size() << " articles, " << families
            << " of them rewritten (light, medium, heavy); " << families * 6 << " positive pairs\n";
  std::cout << "  threshold | P      R      F1     | recall: light medium heavy | pairs of originals | "
               "false positives\n";
  for (const double t : thresholds) {
    corpus::DuplicateOptions at_threshold = defaults;
    at_threshold.threshold = t;
    const auto groups = t == defaults.threshold ? dossier.duplicates
                                                : corpus::find_duplicates(summaries, at_threshold, 1);
    score(items, corpus::expand_to_pairs(groups), t, families);
  }
  std::cout << "Recall of original-rewrite pairs by exact Jaccard of all of them (no candidate search):\n";
  for (const double t : thresholds) {
    std::vector<corpus::DuplicatePair> above;
    for (const auto& [pair, similarity] : ceiling) {
      if (similarity >= t) above.push_back(pair);
    }
    score(items, above, t, families);
  }
  return 0;
}

}  // namespace

void add_duplicates_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<DuplicatesArgs>();
  CLI::App* cmd = app.add_subcommand("duplicates", "near-duplicate P/R on generated rewrites");
  cmd->add_option("--text", args->text_dirs, "folders of .txt articles (headline first)")->required();
  cmd->add_option("--rewrites", args->rewrites, "articles to rewrite (three rewrites each)");
  cmd->add_option("--seed", args->seed, "random seed");
  cmd->add_option("--threshold", args->thresholds, "Jaccard thresholds to score");
  cmd->add_option("--models", args->models_dir, "models folder");
  cmd->add_option("--threads", args->threads, "threads (default: one per core)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::eval
