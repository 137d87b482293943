#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/ingest.h"
#include "ingest/test_util.h"
#include "ingest/warc.h"
#include "ingest/warc_fixture.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;
using testing::gzip;
using testing::http_response;
using testing::news_page;
using testing::TempDir;
using testing::warc_record;

const std::string kBody =
    "<p>The harbour council of Velmora voted on Tuesday to close the old ferry pier after "
    "engineers found cracks in its pilings, a decision that will reroute the morning crossings.</p>"
    "<p>Council member Ilse Draaven said the repairs would take most of the summer and that the "
    "town would run a shuttle bus along the coast road in the meantime.</p>";

std::string article_page(const std::string& title) {
  return news_page(title, "Petra Lind", "2024-05-01T08:00:00Z", kBody);
}

std::vector<std::string> messages(const ReadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(d.message);
  return out;
}

std::string mixed_warc() {
  std::string warc;
  warc += warc_record("warcinfo", "", "2024-05-02T10:00:00Z", "software: test\r\n");
  warc += warc_record("request", "https://ledger.example/a", "2024-05-02T10:00:00Z",
                      "GET /a HTTP/1.1\r\nHost: ledger.example\r\n\r\n");
  warc += warc_record("response", "https://ledger.example/a", "2024-05-02T10:00:01Z",
                      http_response(article_page("Ferry pier to close")));
  warc += warc_record("response", "https://ledger.example/logo.png", "2024-05-02T10:00:02Z",
                      http_response("\x89PNG\r\n", "image/png"));
  warc += warc_record("response", "https://ledger.example/gone", "2024-05-02T10:00:03Z",
                      http_response("<html><body>Not found</body></html>", "text/html", 404));
  // A date in the address when the page has none.
  warc += warc_record("resource", "https://ledger.example/2024/04/30/c", "2024-05-03T23:59:59Z",
                      "<html><head><title>Buses run</title></head><body>" + kBody + "</body></html>");
  // No date in the page: the capture's day stands in.
  warc += warc_record("resource", "https://ledger.example/b", "2024-05-03T23:59:59Z",
                      "<html><head><title>Shuttle bus starts</title></head><body>" + kBody +
                          "</body></html>");
  return warc;
}

TEST(Warc, ResponseAndResourceRecordsWithHtmlBecomeArticles) {
  TempDir dir;
  const std::string path = dir.write("crawl.warc", mixed_warc());
  const ReadResult r = read_input(path, {});
  ASSERT_EQ(r.documents.size(), 3u) << ::testing::PrintToString(messages(r));
  EXPECT_EQ(r.documents[0].id, "crawl-3");
  EXPECT_EQ(r.documents[0].path, path + ":3");
  EXPECT_EQ(r.documents[0].meta.url, "https://ledger.example/a");
  EXPECT_EQ(r.documents[0].meta.title, "Ferry pier to close");
  EXPECT_EQ(r.documents[0].meta.date->iso(), "2024-05-01");
  EXPECT_THAT(r.documents[0].text, HasSubstr("harbour council of Velmora"));
  EXPECT_EQ(r.documents[1].meta.date->iso(), "2024-04-30");
  EXPECT_EQ(r.documents[2].id, "crawl-7");
  EXPECT_EQ(r.documents[2].meta.url, "https://ledger.example/b");
  EXPECT_EQ(r.documents[2].meta.date->iso(), "2024-05-03");
  EXPECT_EQ(r.documents[2].meta.date_basis, DateBasis::kMetadata);
  EXPECT_EQ(messages(r), std::vector<std::string>{
                             "2 records are not HTML pages (other media types, redirects, errors) "
                             "and were skipped"});
}

TEST(Warc, GzipPerRecordAsCrawlersWriteIt) {
  TempDir dir;
  std::string warc;
  for (int i = 0; i < 3; ++i) {
    warc += gzip(warc_record("response", "https://ledger.example/" + std::to_string(i),
                             "2024-05-02T10:00:00Z",
                             http_response(article_page("Story " + std::to_string(i))),
                             i == 2 ? "1.1" : "1.0"));
  }
  const ReadResult r = read_input(dir.write("news.warc.gz", warc), {});
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(r.documents[2].meta.title, "Story 2");
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Warc, CharsetFromTheHttpHeaderAndEncodingsUndone) {
  TempDir dir;
  // "Вести" in Windows-1251, declared only in the HTTP header.
  const std::string cyrillic = "<html><body><p>\xC2\xE5\xF1\xF2\xE8 " + std::string(kBody) + "</p></body></html>";
  const std::string chunked_body = article_page("Chunked story");
  char size_hex[32];
  std::snprintf(size_hex, sizeof size_hex, "%zx", chunked_body.size());
  const std::string chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" +
                              std::string(size_hex) + "\r\n" + chunked_body + "\r\n0\r\n\r\n";
  const std::string gzipped = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" +
                              gzip(article_page("Gzipped story"));
  const std::string warc =
      warc_record("response", "https://a.example/1", "2024-05-02T10:00:00Z",
                  http_response(cyrillic, "text/html; charset=\"windows-1251\"")) +
      warc_record("response", "https://a.example/2", "2024-05-02T10:00:00Z", chunked) +
      warc_record("response", "https://a.example/3", "2024-05-02T10:00:00Z", gzipped);
  const ReadResult r = read_input(dir.write("enc.warc", warc), {});
  ASSERT_EQ(r.documents.size(), 3u) << ::testing::PrintToString(messages(r));
  EXPECT_THAT(r.documents[0].text, HasSubstr("\xD0\x92\xD0\xB5\xD1\x81\xD1\x82\xD0\xB8"));
  EXPECT_EQ(r.documents[1].meta.title, "Chunked story");
  EXPECT_EQ(r.documents[2].meta.title, "Gzipped story");
}

TEST(Warc, ABadRecordIsOneMessageAndTheRestGoesOn) {
  TempDir dir;
  const std::string bad_chunks =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n<p>x</p>";
  const std::string warc =
      warc_record("response", "https://a.example/1", "2024-05-02T10:00:00Z", bad_chunks) +
      warc_record("response", "https://a.example/2", "2024-05-02T10:00:00Z",
                  http_response("<html><body><nav>menu</nav></body></html>")) +
      warc_record("response", "https://a.example/3", "2024-05-02T10:00:00Z",
                  http_response(article_page("Still read")));
  const std::string path = dir.write("bad.warc", warc);
  const ReadResult r = read_input(path, {});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].meta.title, "Still read");
  EXPECT_EQ(messages(r), (std::vector<std::string>{
                             "record 1 (https://a.example/1): malformed chunked body",
                             "record 2 (https://a.example/2): no article text found in the page"}));
  EXPECT_EQ(r.diagnostics[0].file, path);
}

TEST(Warc, RecordsAboveTheArticleLimitAreSkippedUnread) {
  TempDir dir;
  const std::string warc =
      warc_record("response", "https://a.example/big", "2024-05-02T10:00:00Z",
                  http_response("<html><body><p>" + std::string(5000, 'x') + "</p></body></html>")) +
      warc_record("response", "https://a.example/small", "2024-05-02T10:00:00Z",
                  http_response(article_page("Small")));
  ReadOptions options;
  options.max_article_bytes = 4096;
  const ReadResult r = read_input(dir.write("big.warc", warc), options);
  ASSERT_EQ(r.documents.size(), 1u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_THAT(r.diagnostics[0].message, HasSubstr("record 1 (https://a.example/big): record is"));
}

TEST(Warc, ATruncatedFileKeepsTheRecordsBeforeTheBreak) {
  TempDir dir;
  std::string warc = warc_record("response", "https://a.example/1", "2024-05-02T10:00:00Z",
                                 http_response(article_page("Whole")));
  warc += "WARC/1.0\r\nWARC-Type: response\r\nContent-Len";
  const ReadResult r = read_input(dir.write("cut.warc", warc), {});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(messages(r), std::vector<std::string>{"record 2: record header without an end"});
}

TEST(Warc, AfterARecordLongerThanItsLengthReadingResumesAtTheNextRecord) {
  TempDir dir;
  std::string first = warc_record("response", "https://a.example/1", "2024-05-02T10:00:00Z",
                                  http_response(article_page("First")));
  // The length says 10 bytes fewer than the content has.
  const std::string length = "Content-Length: ";
  const size_t at = first.find(length) + length.size();
  const size_t end = first.find("\r\n", at);
  first.replace(at, end - at, std::to_string(std::stoul(first.substr(at, end - at)) - 10));
  const std::string warc = first + warc_record("response", "https://a.example/2", "2024-05-02T10:00:00Z",
                                               http_response(article_page("Second")));
  const ReadResult r = read_input(dir.write("long.warc", warc), {});
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[1].meta.title, "Second");
  EXPECT_EQ(r.documents[1].id, "long-2");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_THAT(r.diagnostics[0].message, HasSubstr("record 2: no WARC header at byte"));
}

TEST(Warc, DataThatIsNoWarcIsOneError) {
  TempDir dir;
  const ReadResult r = read_input(dir.write("notes.warc", "just some notes\n"), {});
  EXPECT_TRUE(r.documents.empty());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_THAT(r.diagnostics[0].message, HasSubstr("not a WARC file"));
}

TEST(Warc, ManyRecordsAreStreamed) {
  // A file of thousands of records is read one record at a time: every page comes out, in order.
  std::string warc;
  constexpr int kRecords = 2000;
  for (int i = 0; i < kRecords; ++i) {
    warc += gzip(warc_record("response", "https://a.example/" + std::to_string(i),
                             "2024-05-02T10:00:00Z", http_response(article_page("Story " + std::to_string(i)))));
  }
  const ReadResult r = read_bytes(warc, "many.warc.gz", {});
  ASSERT_EQ(r.documents.size(), static_cast<size_t>(kRecords));
  EXPECT_EQ(r.documents.back().meta.url, "https://a.example/1999");
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(HttpResponse, SplitsStatusTypeCharsetAndBody) {
  std::string reason;
  const auto response = parse_http_response(
      "HTTP/1.0 200 OK\nContent-Type: text/html; Charset='ISO-8859-2'\n\n<p>x</p>", 1000, reason);
  ASSERT_TRUE(response) << reason;
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->media_type, "text/html");
  EXPECT_EQ(response->charset, "iso-8859-2");
  EXPECT_EQ(response->body, "<p>x</p>");
  EXPECT_FALSE(parse_http_response("GET / HTTP/1.1\r\n\r\n", 1000, reason));
  EXPECT_EQ(reason, "no HTTP status line");
}

}  // namespace
}  // namespace dossier::ingest
