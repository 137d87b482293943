#include "cli/store_options.h"

#include "dossier/error.h"

namespace dossier::cli {

void add_store_argument(CLI::App* cmd, std::string& store) {
  cmd->add_option("store", store,
                  "The store: a SQLite file (created by 'add' when absent) or a postgresql:// URI "
                  "of an existing database")
      ->required()
      ->type_name("STORE");
}

void add_pipeline_options(CLI::App* cmd, PipelineArgs& args, bool with_date) {
  cmd->add_option("--threads", args.threads, "Worker threads (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--models", args.models_dir, "Directory of model files")
      ->check(CLI::ExistingDirectory);
  if (with_date) {
    cmd->add_option("--date", args.date, "Publication date (YYYY-MM-DD) for articles that carry none");
    add_dates_options(cmd, args.dates_file, args.dates_from_mtime);
  }
}

void add_dates_options(CLI::App* cmd, std::string& dates_file, bool& dates_from_mtime) {
  cmd->add_option("--dates", dates_file,
                  "Article dates: lines of a path or article id, a tab, and YYYY-MM-DD (these win "
                  "over the articles' own dates)")
      ->check(CLI::ExistingFile)
      ->type_name("FILE.tsv");
  cmd->add_flag("--dates-from-mtime", dates_from_mtime,
                "Articles with no date in their metadata or file name take their file's "
                "modification day");
}

PipelineOptions pipeline_options(const PipelineArgs& args) {
  PipelineOptions options;
  options.models_dir = args.models_dir;
  options.threads = args.threads;
  options.dates_file = args.dates_file;
  options.dates_from_mtime = args.dates_from_mtime;
  if (!args.date.empty()) {
    options.default_date = CivilDate::parse_iso(args.date);
    if (!options.default_date || args.date.size() != 10) throw UsageError("--date wants YYYY-MM-DD, got '" + args.date + "'");
  }
  return options;
}

}  // namespace dossier::cli
