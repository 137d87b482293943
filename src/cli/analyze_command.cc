#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/store_options.h"
#include "cli/web_options.h"
#include "dossier/error.h"
#include "dossier/pipeline.h"

namespace dossier::cli {
namespace {

struct AnalyzeArgs {
  std::vector<std::string> paths;
  std::string json_path;
  std::string html_path;
  std::string models_dir;
  std::string date;
  bool date_given = false;  // --date was given, even as ""
  std::string dates_file;
  bool dates_from_mtime = false;
  unsigned threads = 0;
  bool quiet = false;
  ExportRequest export_request;
  WebArgs web;
};

int run_analyze(const AnalyzeArgs& args) {
  PipelineOptions options;
  options.models_dir = args.models_dir;
  options.threads = args.threads;
  options.dates_file = args.dates_file;
  options.dates_from_mtime = args.dates_from_mtime;
  if (args.date_given) {
    options.default_date = CivilDate::parse_iso(args.date);
    if (!options.default_date || args.date.size() != 10) {
      throw UsageError("--date wants YYYY-MM-DD, got '" + args.date + "'");
    }
  }
  const auto start = std::chrono::steady_clock::now();
  const Pipeline pipeline(options);
  ProgressObserver observer(std::cerr, !args.quiet && isatty(STDERR_FILENO) != 0);
  if (args.paths.empty() && args.web.inputs.empty()) {
    throw UsageError("analyze needs PATH... or a web input (--feed, --sitemap, --url, --urls)");
  }
  ingest::WebReader web(args.web.inputs, fetch_options(args.web),
                        ingest::read_options(pipeline.options()), {});
  WebArticles articles(web);
  const Dossier dossier = pipeline.analyze_paths(args.paths, articles, &observer);

  // When every input was skipped there is nothing to report: an empty dossier on standard output
  // would read as a successful analysis of nothing.
  const bool nothing_read = dossier.documents.empty() && observer.errors() > 0;
  if (nothing_read) {
    std::cerr << "dossier: no article could be read; nothing written\n";
    return kExitSkipped;
  }
  write_dossier(dossier, args.json_path, args.html_path, args.export_request);

  if (!args.quiet) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "dossier: analyzed " << dossier.documents.size() << " articles";
    if (observer.errors() > 0) std::cerr << ", skipped " << observer.errors() << " inputs";
    std::cerr << " in " << seconds << " s\n";
  }
  return observer.errors() > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

void add_analyze_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<AnalyzeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "analyze", "Read articles (files or directories) and write the dossier as JSON and HTML");
  cmd->add_option("paths", args->paths,
                  "Article files (.txt, .jsonl/.ndjson, .html/.htm, .warc, optionally .gz) or directories");
  cmd->add_option("--json", args->json_path,
                  "Write the dossier JSON to FILE ('-' for standard output; the default when "
                  "--html is not given)")
      ->type_name("FILE|-");
  cmd->add_option("--html", args->html_path, "Write the self-contained HTML report to FILE")
      ->type_name("FILE");
  cmd->add_option("--threads", args->threads, "Worker threads (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--date", args->date,
                  "Publication date (YYYY-MM-DD) for articles that carry none");
  add_dates_options(cmd, args->dates_file, args->dates_from_mtime);
  cmd->add_option("--models", args->models_dir, "Directory of model files")
      ->check(CLI::ExistingDirectory);
  cmd->add_flag("-q,--quiet", args->quiet, "No progress bar or summary");
  add_export_options(*cmd, args->export_request);
  add_web_options(cmd, args->web);
  cmd->callback([args, cmd, &exit_code] {
    args->date_given = cmd->count("--date") > 0;
    exit_code = run_analyze(*args);
  });
}

}  // namespace dossier::cli
