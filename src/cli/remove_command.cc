#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/store_options.h"
#include "dossier/store.h"

namespace dossier::cli {
namespace {

struct RemoveArgs {
  std::string store;
  std::vector<std::string> ids;
  PipelineArgs pipeline;
};

int run_remove(const RemoveArgs& args) {
  Store store(args.store, Store::Mode::kWrite);
  const Pipeline pipeline(pipeline_options(args.pipeline));
  const std::vector<std::string> missing = store.remove(pipeline, args.ids);
  for (const auto& id : missing) std::cerr << "dossier: " << store.location() << ": no article '" << id << "'\n";
  return missing.empty() ? kExitOk : kExitSkipped;
}

}  // namespace

void add_remove_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<RemoveArgs>();
  CLI::App* cmd = app.add_subcommand("remove", "Remove articles (by id) from a store and update its corpus results");
  add_store_argument(cmd, args->store);
  cmd->add_option("ids", args->ids, "Article ids, as the JSON gives them")->required();
  add_pipeline_options(cmd, args->pipeline, false);
  cmd->callback([args, &exit_code] { exit_code = run_remove(*args); });
}

}  // namespace dossier::cli
