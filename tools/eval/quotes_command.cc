// dossier-eval quotes: runs the pipeline on PolNeAR articles and scores quotes and speakers as
// shared/eval/eval_polnear.py does (content spans exact and overlap, direct and indirect apart,
// speaker accuracy), with cue precision and recall.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>

#include "data/polnear.h"
#include "dossier/pipeline.h"
#include "dossier/writers.h"
#include "eval/commands.h"
#include "eval/quote_scoring.h"
#include "quotes/quote_stage.h"

namespace dossier::eval {
namespace {

struct QuotesArgs {
  std::string data;
  std::string part = "dev";
  size_t limit = 0;
  unsigned threads = 0;
  std::string errors;
  std::string json;
};

std::string default_data() {
  const char* shared = std::getenv("DOSSIER_SHARED");
  return std::string(shared && *shared ? shared : "../shared") + "/data/quotes/polnear";
}

int run(const QuotesArgs& args) {
  const std::string folder = data::polnear_folder(args.data.empty() ? default_data() : args.data, args.part);
  const auto articles = data::load_polnear(folder, args.limit);
  std::vector<Document> documents;
  size_t bytes = 0;
  for (const auto& article : articles) {
    Document doc;
    doc.id = article.id;
    doc.path = article.id;
    doc.text = article.text;
    doc.meta.date = CivilDate::parse_iso(article.date);
    bytes += article.text.size();
    documents.push_back(std::move(doc));
  }
  PipelineOptions options;
  options.threads = args.threads;
  const Pipeline pipeline(options);
  const auto start = std::chrono::steady_clock::now();
  const Dossier dossier = pipeline.analyze(std::move(documents));
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::ofstream errors;
  ScoreOptions score_options;
  const auto lexicon = quotes::CueLexicon::load(default_models_dir() + "/" +
                                                std::string(quotes::kCueLexiconFile));
  score_options.lexicon = &lexicon;
  if (!args.errors.empty()) {
    errors.open(args.errors);
    score_options.errors = &errors;
  }
  if (!args.json.empty()) {
    std::ofstream json(args.json);
    write_json(dossier, json);
  }
  const QuoteScores scores = score_quotes(articles, dossier, score_options);
  std::cout << "PolNeAR quotes: " << folder << ": " << articles.size() << " articles, "
            << bytes / 1024 << " KiB, analysed in " << seconds << " s\n\n";
  print_scores(scores, std::cout);
  return 0;
}

}  // namespace

void add_quotes_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<QuotesArgs>();
  CLI::App* cmd = app.add_subcommand("quotes", "Score quotes and speakers on PolNeAR");
  cmd->add_option("--data", args->data,
                  "PolNeAR folder, root or compartment (default $DOSSIER_SHARED/data/quotes/polnear)");
  cmd->add_option("--part", args->part, "Compartment: dev (default) or train");
  cmd->add_option("--limit", args->limit, "Only the first N articles");
  cmd->add_option("--threads", args->threads, "Threads (0: one per core)");
  cmd->add_option("--errors", args->errors, "Write one line per error to this file");
  cmd->add_option("--json", args->json,
                  "Also write the dossier JSON (for eval_polnear.py --pred)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::eval
