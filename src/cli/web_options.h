// The web inputs of `dossier add` (--feed, --url, --urls, --sitemap) and how politely to fetch.
#ifndef DOSSIER_CLI_WEB_OPTIONS_H_
#define DOSSIER_CLI_WEB_OPTIONS_H_

#include <CLI/CLI.hpp>

#include <cstddef>
#include <vector>

#include "dossier/pipeline.h"

#include "ingest/fetch.h"
#include "ingest/web.h"

namespace dossier::cli {

struct WebArgs {
  ingest::WebInputs inputs;
  double rate = 1.0;       // requests per second per host
  double timeout = 30.0;   // seconds per response
  double max_mb = 16.0;    // per response
};

// Adds --feed, --url, --urls, --sitemap, --rate, --timeout and --max-page-mb to cmd.
void add_web_options(CLI::App* cmd, WebArgs& args);
ingest::FetchOptions fetch_options(const WebArgs& args);

// Hands the pages the web inputs name to the pipeline or the store, a store batch at a time.
class WebArticles final : public ArticleSource {
 public:
  explicit WebArticles(ingest::WebReader& reader) : reader_(reader) {}
  bool next(std::vector<Document>& batch, std::vector<Diagnostic>& diagnostics) override {
    return reader_.next(kBatchSize, batch, diagnostics);
  }

 private:
  // The store's transaction size: a killed `add` loses at most the batch being fetched.
  static constexpr size_t kBatchSize = 64;
  ingest::WebReader& reader_;
};

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_WEB_OPTIONS_H_
