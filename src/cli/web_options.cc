#include "cli/web_options.h"

#include <algorithm>
#include <cmath>

namespace dossier::cli {

void add_web_options(CLI::App* cmd, WebArgs& args) {
  cmd->add_option("--feed", args.inputs.feeds, "An RSS or Atom feed: its items' pages are fetched")
      ->type_name("URL");
  cmd->add_option("--sitemap", args.inputs.sitemaps,
                  "An XML sitemap or sitemap index (news sitemaps too): its pages are fetched")
      ->type_name("URL");
  cmd->add_option("--url", args.inputs.urls, "A page to fetch")->type_name("URL");
  cmd->add_option("--urls", args.inputs.url_files,
                  "A file of page addresses, one a line ('#' starts a comment line)")
      ->check(CLI::ExistingFile)
      ->type_name("FILE");
  cmd->add_option("--rate", args.rate, "Requests per second to one host (default 1; robots.txt's "
                                       "Crawl-delay can slow it further)")
      ->check(CLI::Range(0.01, 1000.0));
  cmd->add_option("--timeout", args.timeout, "Seconds allowed for one response (default 30)")
      ->check(CLI::Range(0.1, 3600.0));
  cmd->add_option("--max-page-mb", args.max_mb, "Largest response read, in MB (default 16)")
      ->check(CLI::Range(0.01, 1024.0));
}

ingest::FetchOptions fetch_options(const WebArgs& args) {
  ingest::FetchOptions options;
  options.requests_per_second = args.rate;
  options.timeout_ms = std::lround(args.timeout * 1000);
  options.connect_timeout_ms = std::min(options.connect_timeout_ms, options.timeout_ms);
  options.max_bytes = static_cast<uint64_t>(args.max_mb * 1024 * 1024);
  return options;
}

}  // namespace dossier::cli
