// Articles from the web: the pages that feeds, sitemaps and lists of addresses name, or single
// addresses, fetched politely (fetch.h) and read with the HTML extractor, a batch at a time.
#ifndef DOSSIER_INGEST_WEB_H_
#define DOSSIER_INGEST_WEB_H_

#include <deque>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/document.h"
#include "ingest/feeds.h"
#include "ingest/fetch.h"
#include "ingest/ingest.h"
#include "ingest/url.h"

namespace dossier::ingest {

struct WebInputs {
  std::vector<std::string> feeds;      // RSS or Atom feed addresses
  std::vector<std::string> sitemaps;   // sitemap or sitemap index addresses
  std::vector<std::string> urls;       // page addresses
  std::vector<std::string> url_files;  // local files listing page addresses
  bool empty() const { return feeds.empty() && sitemaps.empty() && urls.empty() && url_files.empty(); }
};

struct WebCounts {
  size_t listed = 0;   // distinct pages named by the inputs
  size_t known = 0;    // of them, already stored (not fetched)
  size_t fetched = 0;  // pages that became articles
  size_t failed = 0;   // pages skipped with an error
};

class WebReader {
 public:
  // known(key): whether a page whose normalised address (normalise_url) is key is stored
  // already; such pages are not fetched.
  WebReader(WebInputs inputs, FetchOptions fetch, ReadOptions read,
            std::function<bool(const std::string&)> known);

  // Fetches pages until batch holds max articles or none are left; every failure is one
  // diagnostic naming the address (or the list file and line) and the reason. Articles have
  // path = the normalised address, meta.url = the address the page came from after redirects,
  // and the listing's title, date and authors where the page gives none. False when every page
  // has been tried (batch may still have received articles).
  bool next(size_t max, std::vector<Document>& batch, std::vector<Diagnostic>& diagnostics);

  const WebCounts& counts() const { return counts_; }
  uint64_t requests() const { return fetcher_.requests(); }

 private:
  struct Target {
    Url url;
    std::string key;  // normalise_url(url)
    ListedPage listed;
  };

  void expand(std::vector<Diagnostic>& diagnostics);
  void read_listing(const std::string& address, bool sitemap, int depth, std::vector<Diagnostic>& diagnostics);
  void add_targets(const Listing& listing, const std::string& from, std::vector<Diagnostic>& diagnostics);
  Target take_next();
  void fetch_page(Target target, std::vector<Document>& batch, std::vector<Diagnostic>& diagnostics);

  WebInputs inputs_;
  Fetcher fetcher_;
  ReadOptions read_;
  std::function<bool(const std::string&)> known_;
  bool expanded_ = false;
  std::deque<Target> pending_;
  std::unordered_set<std::string> seen_;           // page keys listed
  std::unordered_set<std::string> seen_listings_;  // feeds and sitemaps read
  WebCounts counts_;
};

// The id of a fetched page: the last segment of its path without its extension, else the host.
std::string id_from_url(const Url& url);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_WEB_H_
