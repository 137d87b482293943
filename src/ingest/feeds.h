// What lists pages to fetch: RSS 2.0 (and RSS 1.0) and Atom feeds, XML sitemaps (url sets,
// sitemap indexes, news sitemaps) through libxml2, and plain lists of addresses.
#ifndef DOSSIER_INGEST_FEEDS_H_
#define DOSSIER_INGEST_FEEDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/span.h"

namespace dossier::ingest {

// A page a feed or sitemap lists, with what the listing says about it (fills the metadata the
// page itself lacks; never stands in for the page's text).
struct ListedPage {
  std::string url;  // absolute, as the listing gives it (resolved against the listing's address)
  std::string title;
  std::optional<CivilDate> date;  // RSS pubDate, Atom published (else updated), news:publication_date
  std::vector<std::string> authors;
  uint64_t line = 0;  // the line of a URL list it came from; 0 otherwise
};

// An item skipped: the line it starts on (of the XML or the list) and why.
struct ListingProblem {
  uint64_t line = 0;
  std::string message;
};

enum class ListingKind { kRss, kAtom, kUrlSet, kSitemapIndex };

struct Listing {
  ListingKind kind = ListingKind::kRss;
  std::vector<ListedPage> pages;      // the items, entries or url set's addresses
  std::vector<std::string> sitemaps;  // a sitemap index's sitemaps
  std::vector<ListingProblem> problems;  // items skipped (no link, a bad address), at most a few
};

// Parses a feed or sitemap whose address is base. Entities are never expanded beyond libxml2's
// predefined ones, nothing is loaded from the network, depth is bounded by libxml2 (256) and at
// most max_items pages are kept. Throws InputError(base, reason) for XML that is malformed or not
// a feed or sitemap.
Listing parse_listing(std::string_view xml, const std::string& base, size_t max_items = 50000);

// A plain list of addresses, one a line; blank lines and lines starting with "#" skipped.
// Lines that are no http(s) address are returned in problems.
Listing parse_url_list(std::string_view text);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_FEEDS_H_
