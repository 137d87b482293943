#include <memory>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/store_options.h"
#include "dossier/error.h"
#include "dossier/store.h"
#include "dossier/writers.h"

namespace dossier::cli {
namespace {

struct ExportArgs {
  std::string store;
  std::string json_path;
  std::string html_path;
  ExportRequest export_request;
  PipelineArgs pipeline;
};

int run_export(const ExportArgs& args) {
  if (args.json_path.empty() && args.html_path.empty() && args.export_request.format.empty()) {
    throw UsageError("export wants --json FILE, --html FILE or --format FORMAT --out PATH");
  }
  const Store store(args.store, Store::Mode::kRead);
  // The models are loaded only when the corpus result must be computed again (an 'add' was
  // interrupted after storing articles).
  std::optional<Pipeline> pipeline;
  if (!store.status().corpus_current) pipeline.emplace(pipeline_options(args.pipeline));
  const Dossier dossier = store.load(pipeline ? &*pipeline : nullptr);
  write_dossier(dossier, args.json_path, args.html_path, args.export_request);
  return kExitOk;
}

}  // namespace

void add_export_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write a store's dossier, with every correction applied, as JSON, HTML or an export format");
  add_store_argument(cmd, args->store);
  cmd->add_option("--json", args->json_path, "Write the dossier JSON to FILE ('-' for standard output)")
      ->type_name("FILE|-");
  cmd->add_option("--html", args->html_path, "Write the self-contained HTML report to FILE")
      ->type_name("FILE");
  add_export_options(*cmd, args->export_request);
  add_pipeline_options(cmd, args->pipeline, false);
  cmd->callback([args, &exit_code] { exit_code = run_export(*args); });
}

}  // namespace dossier::cli
