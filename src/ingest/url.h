// Web addresses for fetching (curl's URL parser): http and https only, relative links resolved,
// and the normalised form by which the store recognises a page it has already fetched.
#ifndef DOSSIER_INGEST_URL_H_
#define DOSSIER_INGEST_URL_H_

#include <optional>
#include <string>
#include <string_view>

namespace dossier::ingest {

struct Url {
  std::string scheme;  // "http" or "https"
  std::string host;    // lower case
  int port = 0;        // the port connected to (80 or 443 when the address names none)
  std::string target;  // path and query as given ("/a/b?x=1"); "/" for an empty path
  std::string full;    // the whole address without its fragment, as curl writes it
};

// Parses an absolute http or https address; nullopt with reason set for anything else.
std::optional<Url> parse_url(std::string_view text, std::string& reason);

// link read relative to base (a feed's or page's address); nullopt with reason set when the
// result is no http or https address.
std::optional<Url> resolve_url(const std::string& base, std::string_view link, std::string& reason);

// The key a fetched page is stored under: scheme and host in lower case, the default port, the
// fragment and the utm_* tracking parameters dropped, an empty path written "/"; every other
// slash, including a trailing one, is kept ("/a/" and "/a" can be different pages).
std::string normalise_url(const Url& url);

// "scheme://host:port": the origin a robots.txt and a rate limit belong to.
std::string origin_of(const Url& url);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_URL_H_
