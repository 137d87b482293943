#include "ingest/warc.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <memory>
#include <vector>

#include "dossier/error.h"
#include "util/ascii.h"
#include "ingest/decode.h"
#include "ingest/format.h"

namespace dossier::ingest {
namespace {

constexpr size_t kReadChunk = 64 * 1024;
// An HTTP header block longer than this is no real server's.
constexpr size_t kMaxHttpHeaderBytes = 64 * 1024;

struct ArchiveDeleter {
  void operator()(archive* a) const { archive_read_free(a); }
};

// libarchive pulls from the ByteSource through this; an exception cannot cross libarchive's C
// code, so it is kept and rethrown once libarchive has returned.
struct Client {
  ByteSource& source;
  std::vector<char> buffer;
  std::exception_ptr error;
};

la_ssize_t read_callback(archive* a, void* data, const void** out) {
  auto* client = static_cast<Client*>(data);
  try {
    const size_t n = client->source.read(client->buffer.data(), client->buffer.size());
    *out = client->buffer.data();
    return static_cast<la_ssize_t>(n);
  } catch (...) {
    client->error = std::current_exception();
    archive_set_error(a, EIO, "read failed");
    return -1;
  }
}

std::string_view header_value(std::string_view headers, std::string_view name) {
  size_t pos = 0;
  while (pos < headers.size()) {
    size_t end = headers.find('\n', pos);
    if (end == std::string_view::npos) end = headers.size();
    std::string_view line = headers.substr(pos, end - pos);
    pos = end + 1;
    if (line.size() > name.size() && line[name.size()] == ':' &&
        util::ascii::iequals(line.substr(0, name.size()), name)) {
      return util::ascii::trim(line.substr(name.size() + 1));
    }
  }
  return {};
}

// Undoes chunked transfer coding; false when the chunks are malformed.
bool dechunk(std::string_view body, std::string& out) {
  out.clear();
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t eol = body.find("\r\n", pos);
    if (eol == std::string_view::npos) return false;
    const std::string_view size_field = body.substr(pos, eol - pos);
    size_t size = 0;
    size_t digits = 0;
    for (const char c : size_field) {
      int v = -1;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
      if (v < 0) break;
      if (++digits > 12) return false;
      size = size * 16 + static_cast<size_t>(v);
    }
    if (digits == 0) return false;
    pos = eol + 2;
    if (size == 0) return true;
    if (size > body.size() - pos) return false;
    out.append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos, 2) == "\r\n") pos += 2;
  }
  return true;
}

}  // namespace

void split_content_type(std::string_view value, std::string& media_type, std::string& charset) {
  const size_t semi = value.find(';');
  media_type = util::ascii::lower(util::ascii::trim(value.substr(0, semi)));
  if (semi == std::string_view::npos) return;
  const std::string params = util::ascii::lower(value.substr(semi + 1));
  const size_t at = params.find("charset=");
  if (at == std::string::npos) return;
  std::string_view rest = std::string_view(params).substr(at + 8);
  rest = rest.substr(0, rest.find(';'));
  rest = util::ascii::trim(rest);
  if (rest.size() >= 2 && (rest.front() == '"' || rest.front() == '\'')) rest = rest.substr(1, rest.size() - 2);
  charset = std::string(util::ascii::trim(rest));
}

bool is_html_type(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

std::optional<HttpResponse> parse_http_response(std::string_view bytes, uint64_t max_body_bytes,
                                                std::string& reason) {
  size_t end = bytes.find("\r\n\r\n");
  size_t body_start = end + 4;
  if (end == std::string_view::npos) {
    end = bytes.find("\n\n");
    body_start = end + 2;
  }
  if (end == std::string_view::npos || end > kMaxHttpHeaderBytes) {
    reason = "HTTP headers without an end";
    return std::nullopt;
  }
  const std::string_view head = bytes.substr(0, end);
  const size_t first_eol = head.find('\n');
  const std::string_view status_line = head.substr(0, first_eol);
  const size_t space = status_line.find(' ');
  if (!status_line.starts_with("HTTP/") || space == std::string_view::npos ||
      status_line.size() < space + 4) {
    reason = "no HTTP status line";
    return std::nullopt;
  }
  HttpResponse response;
  for (size_t i = space + 1; i < space + 4; ++i) {
    if (!util::ascii::is_digit(status_line[i])) {
      reason = "bad HTTP status line";
      return std::nullopt;
    }
    response.status = response.status * 10 + (status_line[i] - '0');
  }
  const std::string_view headers =
      first_eol == std::string_view::npos ? std::string_view() : head.substr(first_eol + 1);
  split_content_type(header_value(headers, "Content-Type"), response.media_type, response.charset);
  std::string_view body = bytes.substr(body_start);
  std::string dechunked;
  if (util::ascii::lower(header_value(headers, "Transfer-Encoding")).find("chunked") != std::string::npos) {
    if (!dechunk(body, dechunked)) {
      reason = "malformed chunked body";
      return std::nullopt;
    }
    body = dechunked;
  }
  const std::string encoding = util::ascii::lower(header_value(headers, "Content-Encoding"));
  if (encoding == "gzip" || encoding == "x-gzip") {
    MemorySource memory(body);
    GzipSource inflated(memory, "HTTP body", max_body_bytes,
                        "body decompresses to more than " + format_size(max_body_bytes));
    response.body = read_all(inflated, max_body_bytes, "HTTP body",
                             "body decompresses to more than " + format_size(max_body_bytes));
  } else if (encoding.empty() || encoding == "identity") {
    response.body.assign(body);
  } else {
    reason = "content encoding '" + encoding + "' is not supported";
    return std::nullopt;
  }
  return response;
}

namespace {

// The decompressed bytes of a WARC file through libarchive's filters (gzip, one member per record
// or one in all; bzip2, xz, zstd) and its raw format, pulled in chunks.
class ArchiveSource final : public ByteSource {
 public:
  ArchiveSource(ByteSource& input, const std::string& path)
      : path_(path), archive_(archive_read_new()), client_{input, std::vector<char>(kReadChunk), nullptr} {
    archive* a = archive_.get();
    if (a == nullptr) throw InputError(path_, "libarchive could not start");
    archive_read_support_filter_gzip(a);
    archive_read_support_filter_bzip2(a);
    archive_read_support_filter_xz(a);
    archive_read_support_filter_zstd(a);
    archive_read_support_format_raw(a);
    archive_entry* entry = nullptr;
    if (archive_read_open(a, &client_, nullptr, &read_callback, nullptr) != ARCHIVE_OK ||
        archive_read_next_header(a, &entry) != ARCHIVE_OK) {
      fail();
    }
  }

  size_t read(char* buffer, size_t size) override {
    const la_ssize_t n = archive_read_data(archive_.get(), buffer, size);
    if (n < 0) fail();
    return static_cast<size_t>(n);
  }

 private:
  [[noreturn]] void fail() const {
    if (client_.error) std::rethrow_exception(client_.error);
    const char* message = archive_error_string(archive_.get());
    throw InputError(path_, std::string("cannot be read: ") + (message != nullptr ? message : "libarchive failed"));
  }

  const std::string& path_;
  std::unique_ptr<archive, ArchiveDeleter> archive_;
  Client client_;
};

// Lines and counted blocks from a source, holding one chunk.
class RecordStream {
 public:
  explicit RecordStream(ByteSource& source) : source_(source), buffer_(kReadChunk, '\0') {}

  // The next line without its terminator; false at the end. A line longer than max is cut (the
  // rest is consumed) and too_long set.
  bool line(std::string& out, size_t max, bool& too_long) {
    out.clear();
    too_long = false;
    for (;;) {
      if (begin_ == end_ && !fill()) return !out.empty() || too_long;
      const char* start = buffer_.data() + begin_;
      const char* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
      const size_t take = newline != nullptr ? static_cast<size_t>(newline - start) : end_ - begin_;
      if (out.size() + take <= max) {
        out.append(start, take);
      } else {
        too_long = true;
      }
      begin_ += take;
      if (newline != nullptr) {
        ++begin_;
        offset_ += take + 1;
        if (!out.empty() && out.back() == '\r') out.pop_back();
        return true;
      }
      offset_ += take;
    }
  }

  // Appends the next size bytes to out (fewer at the end); returns how many.
  uint64_t block(uint64_t size, std::string* out) {
    uint64_t done = 0;
    while (done < size) {
      if (begin_ == end_ && !fill()) break;
      const size_t take = static_cast<size_t>(std::min<uint64_t>(size - done, end_ - begin_));
      if (out != nullptr) out->append(buffer_.data() + begin_, take);
      begin_ += take;
      done += take;
    }
    offset_ += done;
    return done;
  }

  uint64_t offset() const { return offset_; }

 private:
  bool fill() {
    begin_ = 0;
    end_ = source_.read(buffer_.data(), buffer_.size());
    return end_ > 0;
  }

  ByteSource& source_;
  std::string buffer_;
  size_t begin_ = 0;
  size_t end_ = 0;
  uint64_t offset_ = 0;
};

struct RecordHeader {
  std::string version;  // "1.0"
  std::string type;
  std::string uri;
  std::string date;
  std::string content_type;
  std::optional<uint64_t> length;
};

void note_field(std::string_view line, RecordHeader& header) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  const std::string_view name = line.substr(0, colon);
  const std::string_view value = util::ascii::trim(line.substr(colon + 1));
  if (util::ascii::iequals(name, "WARC-Type")) {
    header.type = util::ascii::lower(value);
  } else if (util::ascii::iequals(name, "WARC-Target-URI")) {
    // WARC 1.0 drafts wrote the URI in angle brackets.
    std::string_view uri = value;
    if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
    header.uri = std::string(uri);
  } else if (util::ascii::iequals(name, "WARC-Date")) {
    header.date = std::string(value);
  } else if (util::ascii::iequals(name, "Content-Type")) {
    header.content_type = std::string(value);
  } else if (util::ascii::iequals(name, "Content-Length")) {
    uint64_t length = 0;
    if (value.empty() || value.size() > 15) return;
    for (const char c : value) {
      if (!util::ascii::is_digit(c)) return;
      length = length * 10 + static_cast<uint64_t>(c - '0');
    }
    header.length = length;
  }
}

bool is_record_start(std::string_view line) { return line.starts_with("WARC/") && line.size() <= 16; }

// The page of a response or resource record's content, or the reason it holds none.
std::optional<WarcPage> page_of(const RecordHeader& header, std::string content, uint64_t max_bytes,
                                WarcSkip& kind, std::string& reason) {
  WarcPage page;
  kind = WarcSkip::kNotPage;
  std::string media_type;
  if (header.type == "response") {
    std::optional<HttpResponse> response;
    try {
      response = parse_http_response(content, max_bytes, reason);
    } catch (const InputError& e) {
      reason = e.reason();
    }
    if (!response) {
      kind = WarcSkip::kBroken;
      return std::nullopt;
    }
    if (response->status < 200 || response->status > 299) {
      reason = "HTTP status " + std::to_string(response->status);
      return std::nullopt;
    }
    media_type = std::move(response->media_type);
    page.charset = std::move(response->charset);
    page.body = std::move(response->body);
  } else {
    split_content_type(header.content_type, media_type, page.charset);
    page.body = std::move(content);
  }
  if (!media_type.empty() && !is_html_type(media_type)) {
    reason = "not HTML (" + media_type + ")";
    return std::nullopt;
  }
  if (sniff_format(std::string_view(page.body).substr(0, 4096)) != Format::kHtml) {
    reason = "not HTML";
    return std::nullopt;
  }
  page.uri = header.uri;
  if (!header.date.empty()) page.date = CivilDate::parse_iso(header.date);
  return page;
}

}  // namespace

void read_warc(ByteSource& source, const std::string& path, uint64_t max_record_bytes,
               const WarcCallbacks& callbacks) {
  ArchiveSource decompressed(source, path);
  RecordStream stream(decompressed);
  std::string line;
  bool too_long = false;
  uint64_t record = 0;
  bool seen_record = false;
  bool resyncing = false;
  while (stream.line(line, kMaxHttpHeaderBytes, too_long)) {
    if (!is_record_start(line)) {
      if (line.empty() || resyncing) continue;
      if (!seen_record) throw InputError(path, "not a WARC file (no WARC/ version line at the start)");
      // Bytes where a record should begin: the record before was longer than its length said, or
      // this one's header is broken. Everything up to the next version line is skipped.
      callbacks.skip(record + 1, "", WarcSkip::kBroken,
                     "no WARC header at byte " + std::to_string(stream.offset()) +
                         "; skipped to the next record");
      resyncing = true;
      continue;
    }
    resyncing = false;
    seen_record = true;
    ++record;
    RecordHeader header;
    header.version = line.substr(5);
    size_t header_bytes = 0;
    bool ended = false;
    while (stream.line(line, kMaxHttpHeaderBytes, too_long)) {
      header_bytes += line.size();
      if (line.empty()) {
        ended = true;
        break;
      }
      if (too_long || header_bytes > kMaxHttpHeaderBytes) break;
      note_field(line, header);
    }
    if (!ended || !header.length) {
      callbacks.skip(record, header.uri, WarcSkip::kBroken,
                     ended ? "record header without a Content-Length" : "record header without an end");
      resyncing = true;
      continue;
    }
    const bool wanted = header.type == "response" || header.type == "resource";
    if (!wanted || *header.length > max_record_bytes) {
      const uint64_t skipped = stream.block(*header.length, nullptr);
      if (wanted) {
        callbacks.skip(record, header.uri, WarcSkip::kBroken,
                       "record is " + format_size(*header.length) + ", above the per-article limit of " +
                           format_size(max_record_bytes));
      }
      if (skipped < *header.length) throw InputError(path, "ends inside record " + std::to_string(record));
      continue;
    }
    std::string content;
    content.reserve(static_cast<size_t>(*header.length));
    if (stream.block(*header.length, &content) < *header.length) {
      throw InputError(path, "ends inside record " + std::to_string(record));
    }
    WarcSkip kind = WarcSkip::kNotPage;
    std::string reason;
    std::optional<WarcPage> page = page_of(header, std::move(content), max_record_bytes, kind, reason);
    if (!page) {
      callbacks.skip(record, header.uri, kind, reason);
      continue;
    }
    page->record = record;
    callbacks.page(std::move(*page));
  }
  if (!seen_record) throw InputError(path, "not a WARC file (no WARC/ version line at the start)");
}

}  // namespace dossier::ingest
