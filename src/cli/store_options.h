// Options the store commands share: the store location and how to build the pipeline.
#ifndef DOSSIER_CLI_STORE_OPTIONS_H_
#define DOSSIER_CLI_STORE_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "dossier/pipeline.h"

namespace dossier::cli {

struct PipelineArgs {
  std::string models_dir;
  std::string date;
  std::string dates_file;
  bool dates_from_mtime = false;
  unsigned threads = 0;
};

// Adds STORE (required, first positional) to cmd.
void add_store_argument(CLI::App* cmd, std::string& store);
// Adds --models and --threads (and the date options when with_date) to cmd.
void add_pipeline_options(CLI::App* cmd, PipelineArgs& args, bool with_date);
// Adds --dates FILE.tsv and --dates-from-mtime to cmd.
void add_dates_options(CLI::App* cmd, std::string& dates_file, bool& dates_from_mtime);
// Throws UsageError for a malformed --date.
PipelineOptions pipeline_options(const PipelineArgs& args);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_STORE_OPTIONS_H_
