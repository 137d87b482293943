#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/store_options.h"
#include "cli/web_options.h"
#include "dossier/store.h"
#include "ingest/ingest.h"

namespace dossier::cli {
namespace {

struct AddArgs {
  std::string store;
  std::vector<std::string> paths;
  PipelineArgs pipeline;
  WebArgs web;
  bool quiet = false;
};

int run_add(const AddArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  // The store first: a second writer is refused before it spends time loading models.
  Store store(args.store, Store::Mode::kWrite);
  const Pipeline pipeline(pipeline_options(args.pipeline));
  ProgressObserver observer(std::cerr, !args.quiet && isatty(STDERR_FILENO) != 0);
  ingest::WebReader web(args.web.inputs, fetch_options(args.web),
                        ingest::read_options(pipeline.options()),
                        [&store](const std::string& key) { return store.contains_path(key); });
  WebArticles articles(web);
  const AddResult result = store.add(pipeline, args.paths, articles, &observer);
  if (!args.quiet) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "dossier: added " << result.added << " articles";
    if (result.present > 0) std::cerr << ", " << result.present << " already stored";
    if (result.reanalysed > 0) std::cerr << ", re-analysed " << result.reanalysed;
    if (observer.errors() > 0) std::cerr << ", skipped " << observer.errors() << " inputs";
    if (!args.web.inputs.empty()) {
      const ingest::WebCounts& counts = web.counts();
      std::cerr << "; the web inputs listed " << counts.listed << " pages (" << counts.known
                << " stored before, " << counts.fetched << " fetched, " << counts.failed
                << " failed) in " << web.requests() << " requests";
    }
    std::cerr << " in " << seconds << " s; the store holds " << store.status().articles
              << " articles\n";
  }
  return observer.errors() > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

void add_add_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<AddArgs>();
  CLI::App* cmd = app.add_subcommand(
      "add", "Analyse new articles into a store and update its corpus results (with no PATH: "
             "re-analyse what an upgrade made stale)");
  add_store_argument(cmd, args->store);
  cmd->add_option("paths", args->paths,
                  "Article files (.txt, .jsonl/.ndjson, .html/.htm, .warc, optionally .gz) or directories");
  add_pipeline_options(cmd, args->pipeline, true);
  add_web_options(cmd, args->web);
  cmd->add_flag("-q,--quiet", args->quiet, "No progress bar or summary");
  cmd->callback([args, &exit_code] { exit_code = run_add(*args); });
}

}  // namespace dossier::cli
