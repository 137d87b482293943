#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/store_options.h"
#include "dossier/store.h"

namespace dossier::cli {
namespace {

int run_status(const std::string& location) {
  const Store store(location, Store::Mode::kRead);
  const StoreStatus s = store.status();
  auto& out = std::cout;
  out << "store:          " << store.location() << "\n"
      << "schema version: " << s.schema_version << "\n"
      << "articles:       " << s.articles << "\n"
      << "stale articles: " << s.stale_articles << "\n"
      << "corpus result:  " << (s.corpus_current ? "current" : "out of date (run 'dossier add STORE')") << "\n";
  if (s.corpus_current) {
    out << "entities:       " << s.entities << "\n"
        << "stories:        " << s.stories << "\n"
        << "duplicates:     " << s.duplicates << "\n"
        << "quotes:         " << s.quotes << "\n"
        << "events:         " << s.events << "\n";
  }
  out << "corrections:    " << s.corrections << "\n"
      << "code version:   " << s.code_version << "\n"
      << "model version:  " << s.model_version << "\n"
      << "last update:    " << (s.last_update.empty() ? "never" : s.last_update) << "\n";
  return kExitOk;
}

}  // namespace

void add_status_command(CLI::App& app, int& exit_code) {
  auto store = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("status", "Show what a store holds: counts, versions, last update");
  add_store_argument(cmd, *store);
  cmd->callback([store, &exit_code] { exit_code = run_status(*store); });
}

}  // namespace dossier::cli
