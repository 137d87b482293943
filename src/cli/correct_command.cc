#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/store_options.h"
#include "dossier/store.h"

namespace dossier::cli {
namespace {

struct CorrectArgs {
  std::string store;
  std::string action;
  std::vector<std::string> arguments;
  std::string who;
  std::string why;
};

int run_correct(const CorrectArgs& args) {
  std::string who = args.who;
  if (who.empty()) {
    const char* user = std::getenv("USER");
    who = user != nullptr ? user : "";
  }
  Store store(args.store, Store::Mode::kWrite);
  const Correction c = store.correct(args.action, args.arguments, who, args.why);
  std::cout << "correction " << c.number << " recorded: " << c.action;
  for (const auto& a : c.arguments) std::cout << " " << a;
  std::cout << "\n";
  return kExitOk;
}

}  // namespace

void add_correct_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<CorrectArgs>();
  CLI::App* cmd = app.add_subcommand(
      "correct",
      "Record a correction that every later update honours: merge E1 E2 | split E1 DOC:START-END... | "
      "reject Q17 | retype E3 ORG | relabel V9 CODE");
  add_store_argument(cmd, args->store);
  cmd->add_option("action", args->action, "merge, split, reject, retype or relabel")
      ->required()
      ->check(CLI::IsMember({"merge", "split", "reject", "retype", "relabel"}));
  cmd->add_option("arguments", args->arguments, "Ids and values, as the JSON gives them")->required();
  cmd->add_option("--by", args->who, "Who decided (default: $USER)");
  cmd->add_option("--why", args->why, "Why: kept in the audit trail");
  cmd->callback([args, &exit_code] { exit_code = run_correct(*args); });
}

}  // namespace dossier::cli
