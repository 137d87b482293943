#include "ingest/web.h"

#include <algorithm>
#include <chrono>

#include "dossier/error.h"
#include "ingest/decode.h"
#include "ingest/format.h"
#include "ingest/meta_fields.h"
#include "ingest/source.h"
#include "ingest/warc.h"
#include "util/utf8.h"

namespace dossier::ingest {
namespace {

// The sitemap protocol allows 50 MB uncompressed per sitemap; feeds are far smaller.
constexpr uint64_t kMaxListingBytes = 50ull << 20;
// A list of addresses larger than this is refused rather than read into memory.
constexpr uint64_t kMaxUrlFileBytes = 256ull << 20;
// Sitemap indexes nest rarely beyond one level; deeper or more of them is a trap, not a site.
constexpr int kMaxSitemapDepth = 3;
constexpr size_t kMaxListings = 1000;
// The pages looked at when choosing the next one to fetch: the first whose host may be asked now,
// so that one slow host does not hold up the others.
constexpr size_t kSchedulingWindow = 64;

Diagnostic error(const std::string& where, const std::string& reason, uint64_t line = 0) {
  return {Diagnostic::Severity::kError, util::escape_invalid_utf8(where), line,
          util::escape_invalid_utf8(reason)};
}

}  // namespace

std::string id_from_url(const Url& url) {
  std::string_view path = std::string_view(url.target).substr(0, url.target.find('?'));
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  const std::string id = id_from_path(path);
  return id.empty() ? url.host : id;
}

WebReader::WebReader(WebInputs inputs, FetchOptions fetch, ReadOptions read,
                     std::function<bool(const std::string&)> known)
    : inputs_(std::move(inputs)), fetcher_(std::move(fetch)), read_(std::move(read)),
      known_(std::move(known)) {
  // A fetched page has no file whose modification time could date it.
  read_.dates.from_mtime = false;
}

void WebReader::add_targets(const Listing& listing, const std::string& from,
                            std::vector<Diagnostic>& diagnostics) {
  for (const ListedPage& page : listing.pages) {
    std::string reason;
    std::optional<Url> url = parse_url(page.url, reason);
    if (!url) {
      diagnostics.push_back(error(from, "'" + page.url.substr(0, 200) + "': " + reason, page.line));
      continue;
    }
    std::string key = normalise_url(*url);
    if (!seen_.insert(key).second) continue;
    ++counts_.listed;
    if (known_ && known_(key)) {
      ++counts_.known;
      continue;
    }
    pending_.push_back({std::move(*url), std::move(key), page});
  }
}

void WebReader::read_listing(const std::string& address, bool sitemap, int depth,
                             std::vector<Diagnostic>& diagnostics) {
  std::string reason;
  const std::optional<Url> url = parse_url(address, reason);
  if (!url) {
    diagnostics.push_back(error(address, reason));
    return;
  }
  if (!seen_listings_.insert(url->full).second) return;
  if (seen_listings_.size() > kMaxListings) {
    diagnostics.push_back(error(address, "not read: more than " + std::to_string(kMaxListings) +
                                             " feeds and sitemaps in one run"));
    return;
  }
  FetchResult fetched = fetcher_.fetch(*url, kMaxListingBytes);
  if (!fetched.ok) {
    diagnostics.push_back(error(address, fetched.error));
    return;
  }
  Listing listing;
  try {
    // Sitemaps are often stored gzip-compressed (sitemap.xml.gz), apart from any HTTP coding.
    if (has_gzip_magic(fetched.body)) {
      MemorySource memory(fetched.body);
      const std::string limit = "decompresses to more than " + format_size(kMaxListingBytes);
      GzipSource inflated(memory, address, kMaxListingBytes, limit);
      fetched.body = read_all(inflated, kMaxListingBytes, address, limit);
    }
    listing = parse_listing(fetched.body, fetched.url);
  } catch (const InputError& e) {
    diagnostics.push_back(error(address, e.reason()));
    return;
  }
  for (const ListingProblem& problem : listing.problems) {
    diagnostics.push_back(error(address, problem.message, problem.line));
  }
  if (listing.pages.empty() && listing.sitemaps.empty()) {
    diagnostics.push_back({Diagnostic::Severity::kWarning, util::escape_invalid_utf8(address), 0,
                           std::string(sitemap ? "the sitemap" : "the feed") + " lists no pages"});
  }
  for (const std::string& child : listing.sitemaps) {
    if (depth + 1 >= kMaxSitemapDepth) {
      diagnostics.push_back(error(child, "not read: sitemap indexes nested more than " +
                                             std::to_string(kMaxSitemapDepth) + " deep"));
      continue;
    }
    read_listing(child, true, depth + 1, diagnostics);
  }
  add_targets(listing, address, diagnostics);
}

void WebReader::expand(std::vector<Diagnostic>& diagnostics) {
  for (const std::string& feed : inputs_.feeds) read_listing(feed, false, 0, diagnostics);
  for (const std::string& sitemap : inputs_.sitemaps) read_listing(sitemap, true, 0, diagnostics);
  Listing given;
  for (const std::string& address : inputs_.urls) given.pages.push_back({address, {}, std::nullopt, {}, 0});
  add_targets(given, "--url", diagnostics);
  for (const std::string& file : inputs_.url_files) {
    Listing listing;
    try {
      FileSource source(file);
      listing = parse_url_list(read_all(source, kMaxUrlFileBytes, file,
                                        "larger than " + format_size(kMaxUrlFileBytes), source.size()));
    } catch (const InputError& e) {
      diagnostics.push_back(error(e.file(), e.reason()));
      continue;
    }
    for (const ListingProblem& problem : listing.problems) {
      diagnostics.push_back(error(file, problem.message, problem.line));
    }
    add_targets(listing, file, diagnostics);
  }
}

WebReader::Target WebReader::take_next() {
  const auto now = std::chrono::steady_clock::now();
  const size_t window = std::min(pending_.size(), kSchedulingWindow);
  size_t chosen = 0;
  auto earliest = fetcher_.ready_at(pending_[0].url);
  for (size_t i = 0; i < window && earliest > now; ++i) {
    const auto ready = fetcher_.ready_at(pending_[i].url);
    if (ready < earliest) {
      earliest = ready;
      chosen = i;
    }
  }
  Target target = std::move(pending_[chosen]);
  pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(chosen));
  return target;
}

void WebReader::fetch_page(Target target, std::vector<Document>& batch,
                           std::vector<Diagnostic>& diagnostics) {
  FetchResult fetched = fetcher_.fetch(target.url);
  if (!fetched.ok) {
    ++counts_.failed;
    diagnostics.push_back(error(target.url.full, fetched.error));
    return;
  }
  std::string reason;
  const std::optional<Url> final_url = parse_url(fetched.url, reason);
  const Url& source = final_url ? *final_url : target.url;
  if (final_url && fetched.url != target.url.full) {
    const std::string final_key = normalise_url(*final_url);
    if (final_key != target.key && known_ && known_(final_key)) {
      ++counts_.known;
      return;
    }
  }
  const bool html = fetched.media_type.empty()
                        ? sniff_format(std::string_view(fetched.body).substr(0, 4096)) == Format::kHtml
                        : is_html_type(fetched.media_type);
  if (!html) {
    ++counts_.failed;
    diagnostics.push_back(error(target.url.full, "not an HTML page (" +
                                                     (fetched.media_type.empty() ? std::string("no content type, and no markup")
                                                                                 : "content type " + fetched.media_type) +
                                                     ")"));
    return;
  }
  ReadResult read = read_page(std::move(fetched.body), fetched.url, fetched.charset, read_);
  for (auto& d : read.diagnostics) diagnostics.push_back(std::move(d));
  if (read.documents.empty()) {
    ++counts_.failed;
    return;
  }
  const ListedPage& listed = target.listed;
  for (Document& doc : read.documents) {
    doc.id = id_from_url(source);
    doc.path = target.key;
    doc.meta.url = util::escape_invalid_utf8(fetched.url);
    if (doc.meta.title.empty()) doc.meta.title = util::escape_invalid_utf8(listed.title);
    if (doc.meta.authors.empty()) {
      for (const auto& author : listed.authors) doc.meta.authors.push_back(util::escape_invalid_utf8(author));
    }
    if (!doc.meta.date && listed.date) {
      doc.meta.date = listed.date;
      doc.meta.date_basis = DateBasis::kMetadata;
    }
  }
  assign_dates(read.documents, target.key, read_.dates);
  ++counts_.fetched;
  for (Document& doc : read.documents) batch.push_back(std::move(doc));
}

bool WebReader::next(size_t max, std::vector<Document>& batch, std::vector<Diagnostic>& diagnostics) {
  if (!expanded_) {
    expanded_ = true;
    expand(diagnostics);
  }
  while (!pending_.empty() && batch.size() < max) fetch_page(take_next(), batch, diagnostics);
  return !pending_.empty();
}

}  // namespace dossier::ingest
