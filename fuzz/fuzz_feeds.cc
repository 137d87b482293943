// Fuzz target: feeds and sitemaps (libxml2 with entities unexpanded), URL lists, robots.txt and
// URL normalisation, the parsers of the web inputs.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dossier/error.h"
#include "ingest/feeds.h"
#include "ingest/robots.h"
#include "ingest/url.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dossier::ingest;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const Listing listing = parse_listing(bytes, "http://feeds.example/feed.xml", 1000);
    for (const auto& page : listing.pages) {
      std::string reason;
      if (const auto url = parse_url(page.url, reason)) normalise_url(*url);
    }
  } catch (const dossier::InputError&) {
  }
  const Listing list = parse_url_list(bytes);
  for (const auto& page : list.pages) {
    std::string reason;
    if (const auto url = parse_url(page.url, reason)) {
      normalise_url(*url);
      resolve_url(url->full, "../a?utm_x=1#f", reason);
    }
  }
  const Robots robots = Robots::parse(bytes, "dossier");
  robots.allows("/");
  robots.allows(bytes.substr(0, 256));
  return 0;
}
