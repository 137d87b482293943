#include <unistd.h>

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

struct MapArgs {
  std::vector<std::string> paths;
  PipelineArgs pipeline;
  std::string name = "-";
  bool list = false;
};

int run_map(const MapArgs& args) {
  ProgressObserver observer(std::cerr, false);
  std::ios::sync_with_stdio(false);
  const bool from_stdin = args.paths.empty() || (args.paths.size() == 1 && args.paths[0] == "-");
  if (args.list) {
    if (from_stdin) throw UsageError("map --list needs PATH...");
    list_map_inputs(args.paths, std::cout, &observer);
  } else {
    const Pipeline pipeline(pipeline_options(args.pipeline));
    if (from_stdin) {
      map_lines(pipeline, std::cin, args.name, std::cout, &observer);
    } else {
      map_paths(pipeline, args.paths, std::cout, &observer);
    }
  }
  std::cout.flush();
  if (!std::cout) throw Error("cannot write the map records to standard output");
  return observer.errors() > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

void add_map_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<MapArgs>();
  CLI::App* cmd = app.add_subcommand(
      "map", "Analyse each article on its own and write map records for dossier reduce (docs/distributed.md)");
  cmd->add_option("paths", args->paths,
                  "Article files or directories, as for analyze; none or '-': lines of standard input, each "
                  "a path, an article as a JSON object, or a map record (passed on)");
  cmd->add_option("--name", args->name, "The path given to articles read as JSON objects from standard input")
      ->capture_default_str();
  cmd->add_flag("--list", args->list,
                "Only write the files PATH... expand to, one per line, and the listing's diagnostics as map "
                "records (the input of map tasks on standard input)");
  add_pipeline_options(cmd, args->pipeline, true);
  cmd->callback([args, &exit_code] { exit_code = run_map(*args); });
}

}  // namespace dossier::cli
