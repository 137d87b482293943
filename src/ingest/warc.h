// WARC files (web archives, as crawlers such as Common Crawl's CC-NEWS write them): the HTML pages
// of their response and resource records, one record at a time. libarchive undoes the compression;
// the records are read here, because libarchive's own WARC reader drops the host of the target URI
// and the record and content types, and refuses WARC/1.1.
#ifndef DOSSIER_INGEST_WARC_H_
#define DOSSIER_INGEST_WARC_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "dossier/span.h"
#include "ingest/source.h"

namespace dossier::ingest {

// One response or resource record holding a page.
struct WarcPage {
  uint64_t record = 0;             // 1-based among all the file's records
  std::string uri;                 // WARC-Target-URI
  std::optional<CivilDate> date;   // WARC-Date (the capture's day, UTC)
  std::string charset;             // from the HTTP Content-Type, lowercased; empty when none
  std::string body;                // the HTTP body (chunked and gzip encodings undone)
};

// Why a record holds no page: kept apart so that records that are not pages (images, scripts,
// redirects) are counted, while records that are broken get a message of their own.
enum class WarcSkip { kNotPage, kBroken };

struct WarcCallbacks {
  std::function<void(WarcPage&&)> page;
  // record number, its URI, the kind of skip and the reason.
  std::function<void(uint64_t, const std::string&, WarcSkip, const std::string&)> skip;
};

// Streams the WARC data of source (uncompressed; gzip per record or whole, bzip2, xz, zstd): calls
// page for each response or resource record whose payload is an HTML page (HTTP status 2xx and an
// HTML content type, or markup), skip for the other response and resource records and for broken
// ones, after which reading resumes at the next "WARC/" version line. A record larger than
// max_record_bytes is skipped unread. Holds one record at a time. Throws InputError(path, ...)
// when the data is not WARC or ends inside a record; the records before have been delivered.
void read_warc(ByteSource& source, const std::string& path, uint64_t max_record_bytes,
               const WarcCallbacks& callbacks);

// Splits an HTTP response (status line, headers, body) as stored in a WARC response record:
// status code, the Content-Type's media type and charset (lowercased), and the body with chunked
// transfer and gzip content encodings undone. nullopt with reason set when it is no HTTP.
struct HttpResponse {
  int status = 0;
  std::string media_type;
  std::string charset;
  std::string body;
};
std::optional<HttpResponse> parse_http_response(std::string_view bytes, uint64_t max_body_bytes,
                                                std::string& reason);

// An HTTP Content-Type value split: "text/html; charset=UTF-8" -> "text/html", "utf-8" (lowercased).
void split_content_type(std::string_view value, std::string& media_type, std::string& charset);

// text/html or application/xhtml+xml.
bool is_html_type(std::string_view media_type);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_WARC_H_
