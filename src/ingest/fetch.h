// Fetching pages over HTTP(S) with libcurl, politely: connect and total timeouts, a size cap per
// response, redirects followed by hand (capped, loops reported, each hop checked against its
// site's robots.txt), a minimum interval between requests to one host, and retries with
// exponential backoff on 429, 5xx and timeouts (Retry-After honoured within a cap).
#ifndef DOSSIER_INGEST_FETCH_H_
#define DOSSIER_INGEST_FETCH_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "ingest/url.h"

namespace dossier::ingest {

struct FetchOptions {
  long connect_timeout_ms = 10'000;
  long timeout_ms = 30'000;             // the whole transfer of one response
  uint64_t max_bytes = 16ull << 20;     // per response, after content decoding
  int max_redirects = 5;
  double requests_per_second = 1.0;     // per host (scheme, host and port); 0: no limit
  int retries = 3;                      // after the first attempt
  long backoff_ms = 1'000;              // the wait before the first retry, doubled for each next
  long max_retry_wait_ms = 60'000;      // a longer Retry-After ends the retries
  std::string user_agent = "dossier";   // also the product token looked up in robots.txt
};

struct FetchResult {
  bool ok = false;          // a 2xx response was read whole
  std::string url;          // the address the response came from, after redirects
  long status = 0;          // the last HTTP status, 0 when none came
  std::string media_type;   // lowercased, from Content-Type
  std::string charset;      // lowercased, from Content-Type; empty when none
  std::string body;         // content codings (gzip, deflate...) undone
  std::string error;        // why not ok: "HTTP 404", "timed out", "disallowed by robots.txt"...
};

// Not thread-safe: one Fetcher per thread (it keeps one connection cache and per-host state).
class Fetcher {
 public:
  explicit Fetcher(FetchOptions options = {});
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Fetches url, reading at most max_bytes (0: options().max_bytes); failures are returned in
  // error, never thrown.
  FetchResult fetch(const Url& url, uint64_t max_bytes = 0);
  // The earliest time the rate limit lets a request to url's host start.
  std::chrono::steady_clock::time_point ready_at(const Url& url) const;
  // Requests sent (robots.txt, retries and redirects included).
  uint64_t requests() const;
  const FetchOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_FETCH_H_
