#include "ingest/ingest.h"

#include <algorithm>
#include <exception>
#include <memory>
#include <optional>

#include "dossier/error.h"
#include "util/ascii.h"
#include "ingest/decode.h"
#include "ingest/format.h"
#include "ingest/html.h"
#include "ingest/jsonl.h"
#include "ingest/language.h"
#include "ingest/meta_fields.h"
#include "ingest/source.h"
#include "ingest/warc.h"
#include "util/utf8.h"

namespace dossier::ingest {
namespace {

// A gzip stream inflating to more than this many times its size is taken for a zip bomb; real
// text compresses by a factor of 3 to 10 (deflate cannot exceed about 1000).
constexpr uint64_t kMaxGzipExpansion = 200;
// Per file, line-level messages beyond this many are counted, not printed one by one.
constexpr size_t kShownLineMessages = 20;
constexpr size_t kHeadBytes = 4096;

// Collects one file's diagnostics, capping the per-line ones.
class Report {
 public:
  Report(const std::string& path, ReadResult& result) : path_(path), result_(result) {}
  // What the numbered parts of the file are called in the counts: "lines", "records".
  void set_unit(std::string unit) { unit_ = std::move(unit); }
  Report(const Report&) = delete;
  Report& operator=(const Report&) = delete;

  // Adds the counts of line messages that were not shown.
  void finish() {
    if (hidden_errors_ > 0) {
      add(Diagnostic::Severity::kError, 0,
          std::to_string(hidden_errors_) + " more bad " + unit_ + " skipped (not shown)");
    }
    if (hidden_warnings_ > 0) {
      add(Diagnostic::Severity::kWarning, 0,
          std::to_string(hidden_warnings_) + " more warnings about " + unit_ + " (not shown)");
    }
    hidden_errors_ = hidden_warnings_ = 0;
  }

  void warning(const std::string& message, uint64_t line = 0) {
    if (line > 0 && line_warnings_++ >= kShownLineMessages) {
      ++hidden_warnings_;
      return;
    }
    add(Diagnostic::Severity::kWarning, line, message);
  }
  void line_error(uint64_t line, const std::string& message) {
    ++bad_lines_;
    if (bad_lines_ > kShownLineMessages) {
      ++hidden_errors_;
      return;
    }
    add(Diagnostic::Severity::kError, line, message);
  }
  size_t bad_lines() const { return bad_lines_; }

 private:
  void add(Diagnostic::Severity severity, uint64_t line, std::string message) {
    result_.diagnostics.push_back({severity, path_, line, std::move(message)});
  }

  const std::string& path_;
  ReadResult& result_;
  std::string unit_ = "lines";
  size_t bad_lines_ = 0;
  size_t line_warnings_ = 0;
  size_t hidden_errors_ = 0;
  size_t hidden_warnings_ = 0;
};

class Reader {
 public:
  Reader(const std::string& path, const ReadOptions& options, ReadResult& result)
      : path_(util::escape_invalid_utf8(path)), options_(options), result_(result),
        report_(path_, result) {}

  void finish() { report_.finish(); }

  // A page fetched over HTTP; charset: the one its Content-Type declares, if any.
  void read_fetched_page(std::string bytes, std::string_view charset) {
    if (bytes.empty()) fail("empty response");
    read_html(std::move(bytes), charset);
  }

  // raw: the file's bytes; head: its first bytes; size: its size in bytes.
  void read(ByteSource& raw, std::string_view head, uint64_t size) {
    const NamedFormat named = format_from_name(path_);
    const bool gzip = has_gzip_magic(head);
    if (size == 0) fail("empty file");
    if (named.gzip && !gzip) fail("not gzip data, though the name ends in .gz");
    Format format = named.format;
    // libarchive undoes the gzip of a WARC file itself (one member per record, or one in all).
    if (format == Format::kWarc) return read_warc_file(raw);
    if (!gzip && format != Format::kJsonl && size > options_.max_article_bytes) {
      fail("file is " + format_size(size) + ", above the per-article limit of " +
           format_size(options_.max_article_bytes));
    }
    std::optional<GzipSource> inflated;
    if (gzip) inflated.emplace(raw, path_, gzip_limit(format, size), gzip_limit_reason(format, size));
    ByteSource& source = gzip ? static_cast<ByteSource&>(*inflated) : raw;
    if (format == Format::kJsonl) return read_jsonl(source);
    std::string bytes = read_article_bytes(source, gzip ? 0 : size);
    if (format == Format::kUnknown) format = sniff_format(std::string_view(bytes).substr(0, kHeadBytes));
    if (format == Format::kJsonl) {
      MemorySource memory(bytes);
      return read_jsonl(memory);
    }
    if (format == Format::kHtml) return read_html(std::move(bytes));
    read_text(std::move(bytes));
  }

 private:
  [[noreturn]] void fail(const std::string& reason) const { throw InputError(path_, reason); }

  uint64_t gzip_limit(Format format, uint64_t size) const {
    if (format != Format::kJsonl) return options_.max_article_bytes;
    return std::max(options_.max_article_bytes, size * kMaxGzipExpansion);
  }
  std::string gzip_limit_reason(Format format, uint64_t size) const {
    const uint64_t limit = gzip_limit(format, size);
    if (limit == options_.max_article_bytes) {
      return "decompresses to more than the per-article limit of " + format_size(limit);
    }
    return "decompresses to more than " + format_size(limit) + ", " +
           std::to_string(kMaxGzipExpansion) + " times its size (a likely zip bomb)";
  }

  std::string read_article_bytes(ByteSource& source, uint64_t size_hint) const {
    std::string bytes = read_all(source, options_.max_article_bytes, path_,
                                 "decompresses to more than the per-article limit of " +
                                     format_size(options_.max_article_bytes),
                                 size_hint);
    if (bytes.empty()) fail("empty file");
    return bytes;
  }

  Document new_document() const {
    Document doc;
    doc.id = id_from_path(path_);
    doc.path = path_;
    return doc;
  }

  void read_text(std::string bytes) {
    DecodedText decoded = decode_text(std::move(bytes));
    if (!decoded.error.empty()) fail(decoded.error);
    if (util::ascii::trim(decoded.text).empty()) fail("no text (only whitespace)");
    if (!decoded.warning.empty()) report_.warning(decoded.warning);
    Document doc = new_document();
    doc.text = std::move(decoded.text);
    result_.documents.push_back(std::move(doc));
  }

  // The article of a page's bytes; charset: the one its HTTP headers declare, if any. Returns
  // nullopt with error set when the page holds no article.
  std::optional<Document> page_document(std::string bytes, std::string_view charset,
                                        std::string& error, uint64_t line = 0) {
    DecodedText decoded = decode_html(std::move(bytes), charset);
    if (!decoded.error.empty()) {
      error = std::move(decoded.error);
      return std::nullopt;
    }
    if (!decoded.warning.empty()) report_.warning(decoded.warning, line);
    HtmlArticle article = extract_html(decoded.text);
    for (const auto& w : article.warnings) report_.warning(w, line);
    if (util::ascii::trim(article.text).empty()) {
      error = "no article text found in the page";
      return std::nullopt;
    }
    Document doc = new_document();
    doc.text = std::move(article.text);
    doc.meta = std::move(article.meta);
    return doc;
  }

  void read_html(std::string bytes, std::string_view charset = {}) {
    std::string error;
    std::optional<Document> doc = page_document(std::move(bytes), charset, error);
    if (!doc) fail(error);
    result_.documents.push_back(std::move(*doc));
  }

  // Each HTML page of the WARC file an article: its id the file's with the record number, its url
  // the record's, its date the page's own, else one in the URL, else the day of the capture.
  void read_warc_file(ByteSource& raw) {
    report_.set_unit("records");
    const std::string stem = id_from_path(path_);
    size_t articles = 0;
    size_t not_pages = 0;
    const auto where = [](uint64_t record, const std::string& uri) {
      return "record " + std::to_string(record) + (uri.empty() ? "" : " (" + util::escape_invalid_utf8(uri) + ")");
    };
    WarcCallbacks callbacks;
    callbacks.page = [&](WarcPage&& page) {
      std::string error;
      std::optional<Document> doc = page_document(std::move(page.body), page.charset, error);
      if (!doc) {
        report_.line_error(0, where(page.record, page.uri) + ": " + error);
        return;
      }
      doc->id = stem + "-" + std::to_string(page.record);
      doc->path = path_ + ":" + std::to_string(page.record);
      if (!page.uri.empty()) doc->meta.url = util::escape_invalid_utf8(page.uri);
      // The page's own date; else one in its address; else the day of the capture.
      if (!doc->meta.date) doc->meta.date = date_in_path(page.uri);
      if (!doc->meta.date) doc->meta.date = page.date;
      if (doc->meta.date) doc->meta.date_basis = DateBasis::kMetadata;
      result_.documents.push_back(std::move(*doc));
      ++articles;
    };
    callbacks.skip = [&](uint64_t record, const std::string& uri, WarcSkip kind, const std::string& reason) {
      if (kind == WarcSkip::kNotPage) {
        ++not_pages;
      } else {
        report_.line_error(0, where(record, uri) + ": " + reason);
      }
    };
    try {
      read_warc(raw, path_, options_.max_article_bytes, callbacks);
    } catch (const InputError& e) {
      // A broken record header ends the file; the articles before it are kept.
      if (articles == 0 && report_.bad_lines() == 0) throw;
      report_.line_error(0, e.reason());
    }
    if (not_pages > 0) {
      report_.warning(std::to_string(not_pages) +
                      " records are not HTML pages (other media types, redirects, errors) and were skipped");
    }
    if (articles == 0 && report_.bad_lines() == 0) fail("no HTML pages in the WARC file");
  }

  void read_jsonl(ByteSource& source) {
    LineReader lines(source, options_.max_article_bytes);
    const std::string stem = id_from_path(path_);
    std::string line;
    bool too_long = false;
    bool seen_content = false;
    size_t articles = 0;
    while (lines.next(line, too_long)) {
      const uint64_t number = lines.line_number();
      if (too_long) {
        report_.line_error(number, "line is larger than the per-article limit of " +
                                       format_size(options_.max_article_bytes));
        continue;
      }
      if (number == 1) line.erase(0, utf8_bom_length(line));
      if (util::ascii::trim(line).empty()) continue;
      if (!seen_content) {
        // A binary file named .jsonl is one problem, not one per line.
        if (std::string reason = binary_reason(line); !reason.empty()) fail(reason);
        seen_content = true;
      }
      JsonlRecord record = parse_line(line);
      if (!record.document) {
        report_.line_error(number, record.error);
        continue;
      }
      for (const auto& w : record.warnings) report_.warning(w, number);
      Document& doc = *record.document;
      doc.path = path_ + ":" + std::to_string(number);
      if (doc.id.empty()) doc.id = stem;
      result_.documents.push_back(std::move(doc));
      ++articles;
    }
    if (articles == 0 && report_.bad_lines() == 0) fail("no articles (only blank lines)");
  }

  // One line's record; an internal error loses that line only.
  static JsonlRecord parse_line(std::string_view line) {
    try {
      return parse_jsonl_line(line);
    } catch (const std::exception& e) {
      JsonlRecord record;
      record.error = std::string("skipped after an internal error: ") + e.what();
      return record;
    }
  }

  // The file's name as written into documents and diagnostics: valid UTF-8 always.
  const std::string path_;
  const ReadOptions& options_;
  ReadResult& result_;
  Report report_;
};

// Runs read; any failure becomes an error diagnostic for this one input, so that no input can end
// the run: an InputError with its reason, anything else (a defect, memory) as an internal error.
template <typename Read>
void guarded(const std::string& path, ReadResult& result, Read&& read) {
  try {
    read();
  } catch (const InputError& e) {
    result.diagnostics.push_back(
        {Diagnostic::Severity::kError, util::escape_invalid_utf8(e.file()), e.line(), e.reason()});
  } catch (const std::exception& e) {
    result.diagnostics.push_back({Diagnostic::Severity::kError, util::escape_invalid_utf8(path), 0,
                                  std::string("skipped after an internal error: ") + e.what()});
  }
}

// Per file, articles not analysed beyond this many are counted in one message.
constexpr size_t kShownLanguageMessages = 20;

// Records each article's language; one warning per article the models do not cover, naming it
// and its language.
void set_languages(ReadResult& result, const std::string& path) {
  size_t not_analysed = 0;
  for (Document& doc : result.documents) {
    doc.meta.language = choose_language(doc.text, doc.meta.language);
    if (is_analysed_language(doc.meta.language)) continue;
    if (++not_analysed > kShownLanguageMessages) continue;
    result.diagnostics.push_back({Diagnostic::Severity::kWarning, doc.path, 0,
                                  "in " + language_name(doc.meta.language) + " (" + doc.meta.language +
                                      "): not analysed, the models cover English only"});
  }
  if (not_analysed > kShownLanguageMessages) {
    result.diagnostics.push_back(
        {Diagnostic::Severity::kWarning, util::escape_invalid_utf8(path), 0,
         std::to_string(not_analysed - kShownLanguageMessages) +
             " more articles not in English, not analysed (not shown)"});
  }
}

}  // namespace

ReadResult read_input(const std::string& path, const ReadOptions& options) {
  ReadResult result;
  Reader reader(path, options, result);
  guarded(path, result, [&] {
    FileSource file(path);
    const std::string head = file.peek(kHeadBytes);
    reader.read(file, head, file.size());
  });
  reader.finish();
  set_languages(result, path);
  assign_dates(result.documents, path, options.dates);
  return result;
}

ReadResult read_bytes(std::string_view bytes, const std::string& name, const ReadOptions& options) {
  ReadResult result;
  Reader reader(name, options, result);
  guarded(name, result, [&] {
    MemorySource memory(bytes);
    reader.read(memory, bytes.substr(0, kHeadBytes), bytes.size());
  });
  reader.finish();
  set_languages(result, name);
  assign_dates(result.documents, name, options.dates);
  return result;
}

ReadResult read_page(std::string bytes, const std::string& url, std::string_view http_charset,
                     const ReadOptions& options) {
  ReadResult result;
  Reader reader(url, options, result);
  guarded(url, result, [&] { reader.read_fetched_page(std::move(bytes), http_charset); });
  reader.finish();
  set_languages(result, url);
  return result;
}

ReadOptions read_options(const PipelineOptions& options) {
  ReadOptions read;
  read.max_article_bytes = options.max_article_bytes;
  read.dates.from_mtime = options.dates_from_mtime;
  if (!options.dates_file.empty()) {
    read.dates.given = std::make_shared<const GivenDates>(GivenDates::load(options.dates_file));
  }
  return read;
}

std::string id_from_path(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.size() > 3 && util::ascii::iequals(name.substr(name.size() - 3), ".gz")) {
    name.remove_suffix(3);
  }
  const size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

}  // namespace dossier::ingest
