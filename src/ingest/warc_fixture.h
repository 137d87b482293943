// Writes WARC records of invented pages for the tests, fuzz seeds and the WARC benchmark.
#ifndef DOSSIER_INGEST_WARC_FIXTURE_H_
#define DOSSIER_INGEST_WARC_FIXTURE_H_

#include <string>

namespace dossier::ingest::testing {

// One WARC record: type ("response", "resource", "request", "warcinfo"), target URI, WARC-Date
// ("2024-05-01T10:00:00Z") and payload.
inline std::string warc_record(const std::string& type, const std::string& uri,
                               const std::string& date, const std::string& payload,
                               const std::string& version = "1.0") {
  static int serial = 0;
  std::string out = "WARC/" + version + "\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) out += "WARC-Target-URI: " + uri + "\r\n";
  out += "WARC-Date: " + date + "\r\n";
  out += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-" + std::to_string(100000000000 + ++serial) + ">\r\n";
  out += type == "response" ? "Content-Type: application/http; msgtype=response\r\n"
                            : "Content-Type: text/html\r\n";
  out += "Content-Length: " + std::to_string(payload.size()) + "\r\n\r\n";
  out += payload;
  out += "\r\n\r\n";
  return out;
}

// An HTTP response as a crawler stores it.
inline std::string http_response(const std::string& body,
                                 const std::string& content_type = "text/html; charset=utf-8",
                                 int status = 200, const std::string& extra_headers = "") {
  return "HTTP/1.1 " + std::to_string(status) + " OK\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n" + extra_headers + "\r\n" + body;
}

// An invented news page: its headline, byline, date meta tag and paragraphs.
inline std::string news_page(const std::string& title, const std::string& author,
                             const std::string& date, const std::string& body_html,
                             const std::string& head_extra = "") {
  return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + " | The Harbour Ledger</title>" +
         "<meta property=\"article:published_time\" content=\"" + date + "\">" +
         "<meta name=\"author\" content=\"" + author + "\">" + head_extra + "</head><body>" +
         "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title +
         "</h1>" + body_html + "</article><footer>Contact us</footer></body></html>";
}

}  // namespace dossier::ingest::testing

#endif  // DOSSIER_INGEST_WARC_FIXTURE_H_
