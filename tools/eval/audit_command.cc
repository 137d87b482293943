// dossier-eval audit: measures dossier (or a second annotation pass) on the audit set of real
// news (audit/, docs/audit-guidelines.md).
//   dossier-eval audit                          dossier on the adjudicated gold, every article
//   dossier-eval audit --part eval              only the evaluation part
//   dossier-eval audit --gold A --response B    agreement of pass B with pass A
//   dossier-eval audit --dossier FILE.json      score a dossier written earlier (ids = indices)
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "eval/audit_data.h"
#include "eval/audit_run.h"
#include "eval/audit_scoring.h"
#include "eval/commands.h"

namespace dossier::eval {
namespace {

struct AuditArgs {
  std::string audit_dir = "audit";
  std::string shared;
  std::string gold = "adjudicated";
  std::string response;  // a pass name; empty: run dossier
  std::string dossier_json;
  std::string write_json;
  std::string part = "all";
  size_t error_groups = 25;
  unsigned threads = 0;
  bool raw = false;
};

std::string pass_folder(const AuditArgs& args, const std::string& name) {
  return name == "adjudicated" ? args.audit_dir + "/adjudicated" : args.audit_dir + "/passes/" + name;
}

int run(const AuditArgs& args) {
  const std::string shared = args.shared.empty() ? audit::default_shared() : args.shared;
  std::vector<audit::SampleRow> sample = audit::read_sample(args.audit_dir + "/sample.tsv");
  std::erase_if(sample, [&](const audit::SampleRow& row) { return args.part != "all" && row.part != args.part; });
  std::map<int, audit::Article> gold = audit::read_pass_folder(pass_folder(args, args.gold), sample);
  if (gold.empty()) throw InputError(pass_folder(args, args.gold), "holds no annotated article of the sample");
  std::vector<audit::SampleRow> annotated;
  for (const audit::SampleRow& row : sample) {
    if (gold.count(row.index)) annotated.push_back(row);
  }
  std::map<int, audit::Article> response;
  std::map<std::string, std::optional<double>> thresholds;
  std::string what;
  if (!args.response.empty()) {
    response = audit::read_pass_folder(pass_folder(args, args.response), annotated);
    std::erase_if(gold, [&](const auto& item) { return !response.count(item.first); });
    what = "pass " + args.response + " against " + args.gold;
  } else if (!args.dossier_json.empty()) {
    const nlohmann::json dossier = nlohmann::json::parse(audit::read_shared_file(args.dossier_json));
    response = audit::articles_from_dossier(dossier);
    thresholds = audit::thresholds_from_dossier(dossier);
    what = args.dossier_json + " against " + args.gold;
  } else {
    PipelineOptions options;
    options.threads = args.threads;
    options.calibrate = !args.raw;
    audit::Run run = audit::run_dossier(annotated, shared, options, args.write_json);
    response = std::move(run.articles);
    thresholds = std::move(run.thresholds);
    what = "dossier against " + args.gold;
  }
  std::map<int, audit::ArticleText> texts;
  for (const audit::SampleRow& row : annotated) {
    // The texts only give the error listings their examples; agreement needs no text.
    const std::string path = shared + "/" + row.path;
    if (gold.count(row.index) && std::filesystem::exists(path)) {
      texts.emplace(row.index, audit::ArticleText(audit::read_shared_file(path)));
    }
  }
  audit::AuditOptions options;
  options.texts = &texts;
  audit::AuditScores scores = audit::score_audit(gold, response, options);
  scores.report_thresholds = std::move(thresholds);
  std::cout << "audit (" << what << ", part " << args.part << "): ";
  audit::print_audit(scores, std::cout, args.error_groups);
  return 0;
}

}  // namespace

void add_audit_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand("audit", "Measure dossier on the audit set of real news (audit/)");
  cmd->add_option("--audit", args->audit_dir, "The audit folder (default audit)");
  cmd->add_option("--shared", args->shared, "The shared data folder (default $DOSSIER_SHARED or ../shared)");
  cmd->add_option("--gold", args->gold, "Gold annotations: adjudicated (default) or a pass name (A, B)");
  cmd->add_option("--response", args->response, "Score this pass against the gold instead of dossier (agreement)");
  cmd->add_option("--dossier", args->dossier_json, "Score this dossier JSON instead of running dossier");
  cmd->add_option("--json", args->write_json, "Also write the dossier JSON of the run here");
  cmd->add_option("--part", args->part, "all (default), tune or eval")->check(CLI::IsMember({"all", "tune", "eval"}));
  cmd->add_option("--errors", args->error_groups, "How many error groups to list (default 25)");
  cmd->add_option("--threads", args->threads, "Threads (0: one per core)");
  cmd->add_flag("--raw", args->raw, "Confidences before calibration (models/calibration.bin)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::eval
