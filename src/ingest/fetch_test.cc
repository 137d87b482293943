#include "ingest/fetch.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "ingest/feed_site.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;
using testing::FeedSite;

// Small limits so that the misbehaving routes fail fast; no limit on the request rate. The
// timeout is long unless a test is about it: a loaded machine or a sanitizer build can take more
// than half a second to answer from the loopback.
FetchOptions quick_options(long timeout_ms = 10000) {
  FetchOptions options;
  options.connect_timeout_ms = 2000;
  options.timeout_ms = timeout_ms;
  options.max_bytes = 1 << 20;
  options.requests_per_second = 0;
  options.retries = 2;
  options.backoff_ms = 10;
  options.max_retry_wait_ms = 5000;
  return options;
}

Url address(const std::string& text) {
  std::string reason;
  std::optional<Url> url = parse_url(text, reason);
  if (!url) throw std::runtime_error(text + ": " + reason);
  return *url;
}

class FetchTest : public ::testing::Test {
 protected:
  FeedSite site_;
  Fetcher fetcher_{quick_options()};
};

TEST_F(FetchTest, Page) {
  const FetchResult r = fetcher_.fetch(address(site_.url("/news/pier-repairs")));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.media_type, "text/html");
  EXPECT_EQ(r.charset, "utf-8");
  EXPECT_THAT(r.body, HasSubstr("Pier repairs approved"));
  EXPECT_EQ(site_.requests("/robots.txt"), 1);
  ASSERT_TRUE(fetcher_.fetch(address(site_.url("/news/coast-road"))).ok);
  EXPECT_EQ(site_.requests("/robots.txt"), 1);  // once per host
}

TEST_F(FetchTest, NotFound) {
  const FetchResult r = fetcher_.fetch(address(site_.url("/news/missing")));
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error, "HTTP 404");
}

TEST_F(FetchTest, RobotsDisallowed) {
  const FetchResult r = fetcher_.fetch(address(site_.url("/private/memo")));
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.error, HasSubstr("disallowed by robots.txt"));
  EXPECT_EQ(site_.requests("/private/memo"), 0);
}

TEST_F(FetchTest, Timeout) {
  // /slow answers after 1.5 s.
  Fetcher fetcher(quick_options(500));
  const FetchResult r = fetcher.fetch(address(site_.url("/slow")));
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.error, HasSubstr("timed out"));
  EXPECT_THAT(r.error, HasSubstr("after 3 attempts"));
}

TEST_F(FetchTest, SizeCap) {
  const FetchResult r = fetcher_.fetch(address(site_.url("/huge")));
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.error, HasSubstr("larger than the limit of 1 MB"));
  EXPECT_TRUE(r.body.empty());
}

TEST_F(FetchTest, RedirectLoop) {
  const FetchResult r = fetcher_.fetch(address(site_.url("/loop/a")));
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.error, HasSubstr("redirect loop"));
}

TEST_F(FetchTest, RedirectFollowedToFinalAddress) {
  const FetchResult r = fetcher_.fetch(address(site_.url("/moved")));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.url, site_.url("/news/coast-road"));
}

TEST_F(FetchTest, RetriesAfter503) {
  const FetchResult r = fetcher_.fetch(address(site_.url("/flaky")));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(site_.requests("/flaky"), 2);
}

TEST_F(FetchTest, HonoursRetryAfter) {
  const FetchResult r = fetcher_.fetch(address(site_.url("/busy")));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(site_.requests("/busy"), 2);
}

TEST_F(FetchTest, RetryAfterBeyondTheCapGivesUp) {
  FetchOptions options = quick_options();
  options.max_retry_wait_ms = 100;  // the site asks for 1 s
  Fetcher fetcher(options);
  const FetchResult r = fetcher.fetch(address(site_.url("/busy")));
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.error, HasSubstr("HTTP 429 asking to retry after 1 s"));
}

TEST_F(FetchTest, HeaderCharset) {
  const FetchResult r = fetcher_.fetch(address(site_.url("/cp1252")));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.charset, "windows-1252");
}

TEST_F(FetchTest, UnreachableHost) {
  // A port on 127.0.0.1 nothing listens on (the site's own, after the site is gone).
  std::string url;
  {
    FeedSite gone;
    url = gone.url("/x");
  }
  const FetchResult r = fetcher_.fetch(address(url));
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.error, HasSubstr("robots.txt"));
  EXPECT_THAT(r.error, HasSubstr("could not connect"));
}

TEST_F(FetchTest, UnknownHost) {
  const FetchResult r = fetcher_.fetch(address("http://no-such-host.invalid/page"));
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.error, HasSubstr("host not found"));
}

}  // namespace
}  // namespace dossier::ingest
