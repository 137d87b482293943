#include "ingest/url.h"

#include <gtest/gtest.h>

namespace dossier::ingest {
namespace {

std::string normalised(const std::string& text) {
  std::string reason;
  const std::optional<Url> url = parse_url(text, reason);
  EXPECT_TRUE(url) << text << ": " << reason;
  return url ? normalise_url(*url) : std::string();
}

TEST(Url, NormalisesCaseDefaultPortFragmentAndTracking) {
  EXPECT_EQ(normalised("HTTPS://News.Example.ORG:443/World/Story?id=7&utm_source=rss&UTM_Medium=x#top"),
            "https://news.example.org/World/Story?id=7");
  EXPECT_EQ(normalised("http://example.org"), "http://example.org/");
  EXPECT_EQ(normalised("http://example.org:8080/a/"), "http://example.org:8080/a/");
  EXPECT_EQ(normalised("http://example.org/a?utm_campaign=z"), "http://example.org/a");
}

TEST(Url, KeepsTrailingSlashAndParameterOrder) {
  EXPECT_NE(normalised("http://example.org/a/"), normalised("http://example.org/a"));
  EXPECT_EQ(normalised("http://example.org/a?b=2&a=1"), "http://example.org/a?b=2&a=1");
}

TEST(Url, RefusesOtherSchemesAndGarbage) {
  std::string reason;
  EXPECT_FALSE(parse_url("ftp://example.org/file", reason));
  EXPECT_NE(reason.find("http"), std::string::npos);
  EXPECT_FALSE(parse_url("file:///etc/passwd", reason));
  EXPECT_FALSE(parse_url("not a url", reason));
  EXPECT_FALSE(parse_url("", reason));
}

TEST(Url, ResolvesRelativeLinks) {
  std::string reason;
  const auto a = resolve_url("http://example.org/feeds/main.xml", "../news/a", reason);
  ASSERT_TRUE(a) << reason;
  EXPECT_EQ(a->full, "http://example.org/news/a");
  const auto b = resolve_url("http://example.org/feeds/main.xml", "/b?x=1", reason);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->target, "/b?x=1");
  const auto c = resolve_url("http://example.org/feed", "https://other.example/c", reason);
  ASSERT_TRUE(c);
  EXPECT_EQ(origin_of(*c), "https://other.example:443");
  EXPECT_FALSE(resolve_url("http://example.org/feed", "javascript:alert(1)", reason));
}

}  // namespace
}  // namespace dossier::ingest
