#include "ingest/web.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "ingest/feed_site.h"
#include "ingest/test_util.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;
using testing::FeedSite;

FetchOptions quick_options() {
  FetchOptions options;
  // Long enough for a loaded machine or a sanitizer build; no test here is about timeouts.
  options.timeout_ms = 10000;
  options.max_bytes = 1 << 20;
  options.requests_per_second = 0;
  options.retries = 1;
  options.backoff_ms = 10;
  return options;
}

struct Crawl {
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;
  WebCounts counts;
};

Crawl read_all_pages(const WebInputs& inputs, const std::set<std::string>& stored = {}) {
  WebReader reader(inputs, quick_options(), ReadOptions(),
                   [&stored](const std::string& key) { return stored.contains(key); });
  Crawl run;
  for (bool more = true; more;) {
    std::vector<Document> batch;
    more = reader.next(2, batch, run.diagnostics);
    EXPECT_LE(batch.size(), 2u);
    for (auto& doc : batch) run.documents.push_back(std::move(doc));
  }
  run.counts = reader.counts();
  return run;
}

std::string messages(const Crawl& run) {
  std::string out;
  for (const auto& d : run.diagnostics) out += d.to_string() + "\n";
  return out;
}

const Document* find_url(const Crawl& run, const std::string& url) {
  for (const auto& d : run.documents) {
    if (d.meta.url == url) return &d;
  }
  return nullptr;
}

TEST(WebReader, RssFeed) {
  FeedSite site;
  const Crawl run = read_all_pages({{site.url("/feed.rss")}, {}, {}, {}});
  ASSERT_EQ(run.documents.size(), 2u) << messages(run);
  const Document* pier = find_url(run, site.url("/news/pier-repairs?utm_source=rss&utm_medium=feed"));
  ASSERT_NE(pier, nullptr);
  EXPECT_EQ(pier->path, site.url("/news/pier-repairs"));
  EXPECT_EQ(pier->id, "pier-repairs");
  EXPECT_EQ(pier->meta.title, "Pier repairs approved");
  EXPECT_THAT(pier->text, HasSubstr("old ferry pier"));
  EXPECT_THAT(pier->text, ::testing::Not(HasSubstr("Short summary")));
  // The bare page takes its title, date and author from the feed.
  const Document* ferry = find_url(run, site.url("/news/ferry-crews"));
  ASSERT_NE(ferry, nullptr);
  EXPECT_EQ(ferry->meta.title, "Ferry crews stop work");
  ASSERT_TRUE(ferry->meta.date);
  EXPECT_EQ(ferry->meta.date->iso(), "2024-12-04");
  EXPECT_THAT(ferry->meta.authors, ::testing::ElementsAre("Mirte Oskam"));
  EXPECT_EQ(ferry->meta.language, "en");
  const std::string m = messages(run);
  EXPECT_THAT(m, HasSubstr("/private/memo: disallowed by robots.txt"));
  EXPECT_THAT(m, HasSubstr("/news/missing: HTTP 404"));
  EXPECT_THAT(m, HasSubstr("feed.rss:27: item 5: no link"));
  EXPECT_EQ(run.counts.listed, 4u);
  EXPECT_EQ(run.counts.fetched, 2u);
  EXPECT_EQ(run.counts.failed, 2u);
}

TEST(WebReader, StoredPagesAreNotFetched) {
  FeedSite site;
  const Crawl run = read_all_pages({{}, {}, {site.url("/news/coast-road"), site.url("/news/pier-repairs#x")}, {}},
                                 {site.url("/news/pier-repairs")});
  ASSERT_EQ(run.documents.size(), 1u) << messages(run);
  EXPECT_EQ(run.counts.known, 1u);
  EXPECT_EQ(site.requests("/news/pier-repairs"), 0);
}

TEST(WebReader, AtomFeedAndDuplicates) {
  FeedSite site;
  const Crawl run = read_all_pages({{site.url("/feed.atom"), site.url("/feed.rss")}, {}, {}, {}});
  EXPECT_EQ(run.counts.listed, 5u) << messages(run);  // pier-repairs listed twice, fetched once
  EXPECT_EQ(site.requests("/news/pier-repairs"), 1);
  EXPECT_NE(find_url(run, site.url("/news/coast-road")), nullptr);
}

TEST(WebReader, SitemapIndex) {
  FeedSite site;
  const Crawl run = read_all_pages({{}, {site.url("/sitemap.xml")}, {}, {}});
  ASSERT_EQ(run.documents.size(), 2u) << messages(run);
  const Document* tide = find_url(run, site.url("/news/tide-gauge"));
  ASSERT_NE(tide, nullptr);
  ASSERT_TRUE(tide->meta.date);
  EXPECT_EQ(tide->meta.date->iso(), "2024-12-07");
  EXPECT_THAT(messages(run), HasSubstr("sitemap-missing.xml: HTTP 404"));
}

TEST(WebReader, UrlListAndBadInputs) {
  FeedSite site;
  testing::TempDir dir;
  const std::string list = dir.write(
      "urls.txt", "# pages\n" + site.url("/cp1252") + "\n" + site.url("/report.pdf") + "\nmailto:x@y\n" +
                      site.url("/loop/a") + "\n" + site.url("/huge") + "\n");
  const Crawl run = read_all_pages({{site.url("/bad.rss")}, {}, {}, {list, dir.path("absent.txt")}});
  ASSERT_EQ(run.documents.size(), 1u) << messages(run);
  const Document& page = run.documents[0];
  EXPECT_THAT(page.text, HasSubstr("caf\xc3\xa9"));
  EXPECT_THAT(page.text, HasSubstr("\xe2\x80\x9cunworkable\xe2\x80\x9d"));
  const std::string m = messages(run);
  EXPECT_THAT(m, HasSubstr("bad.rss: malformed XML"));
  EXPECT_THAT(m, HasSubstr("report.pdf: not an HTML page (content type application/pdf)"));
  EXPECT_THAT(m, HasSubstr("urls.txt:4: 'mailto:x@y'"));
  EXPECT_THAT(m, HasSubstr("/loop/a: redirect loop"));
  EXPECT_THAT(m, HasSubstr("/huge: response larger than the limit of 1 MB"));
  EXPECT_THAT(m, HasSubstr("absent.txt"));
}

TEST(WebReader, IdFromUrl) {
  std::string reason;
  EXPECT_EQ(id_from_url(*parse_url("http://a.example/news/story.html?x=1", reason)), "story");
  EXPECT_EQ(id_from_url(*parse_url("http://a.example/news/story/", reason)), "story");
  EXPECT_EQ(id_from_url(*parse_url("http://a.example/", reason)), "a.example");
}

}  // namespace
}  // namespace dossier::ingest
