#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/store_options.h"
#include "dossier/error.h"
#include "dossier/mapred.h"
#include "dossier/pipeline.h"

namespace dossier::cli {
namespace {

struct ReduceArgs {
  std::vector<std::string> inputs;
  std::string json_path;
  std::string html_path;
  PipelineArgs pipeline;
  bool quiet = false;
  ExportRequest export_request;
};

int run_reduce(const ReduceArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  const Pipeline pipeline(pipeline_options(args.pipeline));
  ProgressObserver observer(std::cerr, false);
  Reducer reducer(pipeline);
  const std::vector<std::string> inputs = args.inputs.empty() ? std::vector<std::string>{"-"} : args.inputs;
  size_t unreadable = 0;
  for (const auto& input : inputs) {
    if (input == "-") {
      reducer.read(std::cin, input, &observer);
      continue;
    }
    std::ifstream in(input, std::ios::binary);
    if (!in) {
      observer.on_diagnostic({Diagnostic::Severity::kError, input, 0, "cannot open the map records"});
      ++unreadable;
      continue;
    }
    reducer.read(in, input, &observer);
  }
  const Dossier dossier = reducer.finish();
  if (dossier.documents.empty() && (reducer.rejected() > 0 || unreadable > 0)) {
    std::cerr << "dossier: no map record could be read; nothing written\n";
    return kExitSkipped;
  }
  write_dossier(dossier, args.json_path, args.html_path, args.export_request);
  if (!args.quiet) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "dossier: reduced " << dossier.documents.size() << " articles";
    if (reducer.rejected() > 0) std::cerr << ", skipped " << reducer.rejected() << " map records";
    std::cerr << " in " << seconds << " s\n";
  }
  return reducer.rejected() > 0 || unreadable > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

void add_reduce_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ReduceArgs>();
  CLI::App* cmd = app.add_subcommand(
      "reduce", "Run the corpus stages over the records of dossier map and write the dossier as analyze does");
  cmd->add_option("inputs", args->inputs, "Files of map records, in any order ('-' or none: standard input)");
  cmd->add_option("--json", args->json_path,
                  "Write the dossier JSON to FILE ('-' for standard output; the default when --html is not given)")
      ->type_name("FILE|-");
  cmd->add_option("--html", args->html_path, "Write the self-contained HTML report to FILE")->type_name("FILE");
  add_pipeline_options(cmd, args->pipeline, false);
  cmd->add_flag("-q,--quiet", args->quiet, "No summary on standard error");
  add_export_options(*cmd, args->export_request);
  cmd->callback([args, &exit_code] { exit_code = run_reduce(*args); });
}

}  // namespace dossier::cli
