#include "ingest/robots.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier::ingest {
namespace {

TEST(Robots, OwnGroupWinsOverStar) {
  const Robots robots = Robots::parse(
      "User-agent: *\nDisallow: /\n\nUser-agent: Dossier\nDisallow: /private/\n", "dossier");
  EXPECT_TRUE(robots.allows("/news/a"));
  EXPECT_FALSE(robots.allows("/private/memo"));
}

TEST(Robots, StarGroupWhenNoOwnGroup) {
  const Robots robots = Robots::parse("User-agent: otherbot\nDisallow: /\n\nUser-agent: *\n"
                                      "Disallow: /tmp\nCrawl-delay: 2.5\n",
                                      "dossier");
  EXPECT_TRUE(robots.allows("/"));
  EXPECT_FALSE(robots.allows("/tmp/x"));
  EXPECT_FALSE(robots.allows("/tmpfile"));
  EXPECT_DOUBLE_EQ(robots.crawl_delay(), 2.5);
}

TEST(Robots, LongestMatchAndAllowOnTie) {
  const Robots robots = Robots::parse(
      "User-agent: dossier\nDisallow: /news/\nAllow: /news/public/\nAllow: /page\nDisallow: /page\n",
      "dossier");
  EXPECT_FALSE(robots.allows("/news/secret"));
  EXPECT_TRUE(robots.allows("/news/public/a"));
  EXPECT_TRUE(robots.allows("/page"));
}

TEST(Robots, Wildcards) {
  const Robots robots = Robots::parse(
      "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*/print\nDisallow:\n", "dossier");
  EXPECT_FALSE(robots.allows("/files/report.pdf"));
  EXPECT_TRUE(robots.allows("/files/report.pdf?x=1"));
  EXPECT_FALSE(robots.allows("/a/b/print/1"));
  EXPECT_TRUE(robots.allows("/a/b"));
}

TEST(Robots, GroupsSharingRulesAndComments) {
  const Robots robots = Robots::parse(
      "User-agent: a\nUser-agent: dossier # us\nDisallow: /x # no\n", "dossier");
  EXPECT_FALSE(robots.allows("/x"));
  EXPECT_TRUE(Robots::allow_all().allows("/x"));
  EXPECT_FALSE(Robots::disallow_all().allows("/"));
}

TEST(Robots, HostilePatternsStayBounded) {
  std::string body = "User-agent: *\n";
  for (int i = 0; i < 2000; ++i) body += "Disallow: /" + std::string(200, '*') + "a$\n";
  const Robots robots = Robots::parse(body, "dossier");
  EXPECT_TRUE(robots.allows("/" + std::string(4000, 'b')));
}

}  // namespace
}  // namespace dossier::ingest
