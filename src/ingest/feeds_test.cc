#include "ingest/feeds.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "dossier/error.h"
#include "ingest/feed_fixtures.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;
using testing::atom_feed;
using testing::news_sitemap;
using testing::rss_feed;
using testing::sitemap_index;

const std::string kBase = "http://news.example/feeds/main.xml";

TEST(Feeds, Rss) {
  const Listing listing = parse_listing(rss_feed(), kBase);
  EXPECT_EQ(listing.kind, ListingKind::kRss);
  ASSERT_EQ(listing.pages.size(), 4u);
  const ListedPage& first = listing.pages[0];
  EXPECT_EQ(first.url, "http://news.example/news/pier-repairs?utm_source=rss&utm_medium=feed");
  EXPECT_EQ(first.title, "Pier repairs approved");
  ASSERT_TRUE(first.date);
  EXPECT_EQ(first.date->iso(), "2024-12-03");
  EXPECT_THAT(first.authors, ::testing::ElementsAre("Anselm Quill"));
  const ListedPage& second = listing.pages[1];
  EXPECT_EQ(second.title, "Ferry crews stop work");
  EXPECT_THAT(second.authors, ::testing::ElementsAre("Mirte Oskam"));
  ASSERT_EQ(listing.problems.size(), 1u);
  EXPECT_EQ(listing.problems[0].message, "item 5: no link");
  EXPECT_EQ(listing.problems[0].line, 27u);
}

TEST(Feeds, RssGuidPermalinkAndRdf) {
  const Listing rss = parse_listing(
      "<rss><channel><item><guid>http://a.example/1</guid></item>"
      "<item><guid isPermaLink=\"false\">tag:a,1</guid></item></channel></rss>",
      kBase);
  ASSERT_EQ(rss.pages.size(), 1u);
  EXPECT_EQ(rss.pages[0].url, "http://a.example/1");
  const Listing rdf = parse_listing(
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
      "<channel><title>x</title></channel><item><link>http://a.example/2</link>"
      "<dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">2024-02-03T10:00:00Z</dc:date></item></rdf:RDF>",
      kBase);
  ASSERT_EQ(rdf.pages.size(), 1u);
  ASSERT_TRUE(rdf.pages[0].date);
  EXPECT_EQ(rdf.pages[0].date->iso(), "2024-02-03");
}

TEST(Feeds, Atom) {
  const Listing listing = parse_listing(atom_feed(), kBase);
  EXPECT_EQ(listing.kind, ListingKind::kAtom);
  ASSERT_EQ(listing.pages.size(), 2u);
  EXPECT_EQ(listing.pages[0].url, "http://news.example/feeds/news/coast-road");
  EXPECT_EQ(listing.pages[0].title, "Coast road to reopen");
  ASSERT_TRUE(listing.pages[0].date);
  EXPECT_EQ(listing.pages[0].date->iso(), "2024-12-05");  // published, not updated
  EXPECT_THAT(listing.pages[0].authors, ::testing::ElementsAre("Hedda Vorst"));
  ASSERT_TRUE(listing.pages[1].date);
  EXPECT_EQ(listing.pages[1].date->iso(), "2024-12-03");  // updated when nothing else
}

TEST(Feeds, Sitemaps) {
  const Listing index = parse_listing(sitemap_index("http://news.example"), kBase);
  EXPECT_EQ(index.kind, ListingKind::kSitemapIndex);
  EXPECT_THAT(index.sitemaps, ::testing::ElementsAre("http://news.example/sitemap-news.xml",
                                                     "http://news.example/sitemap-missing.xml"));
  const Listing news = parse_listing(news_sitemap(), kBase);
  EXPECT_EQ(news.kind, ListingKind::kUrlSet);
  ASSERT_EQ(news.pages.size(), 2u);
  EXPECT_EQ(news.pages[0].url, "http://news.example/news/tide-gauge");
  ASSERT_TRUE(news.pages[0].date);  // the publication date, never lastmod
  EXPECT_EQ(news.pages[0].date->iso(), "2024-12-07");
  EXPECT_EQ(news.pages[0].title, "Tide gauge installed");
  EXPECT_FALSE(news.pages[1].date);
}

TEST(Feeds, MalformedAndForeignXml) {
  try {
    parse_listing("<rss><channel><item><title>x</channel></rss>", kBase);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_THAT(e.reason(), HasSubstr("malformed XML (line 1"));
    EXPECT_EQ(e.file(), kBase);
  }
  EXPECT_THROW(parse_listing("<html><body>not a feed</body></html>", kBase), InputError);
  EXPECT_THROW(parse_listing("", kBase), InputError);
  EXPECT_THROW(parse_listing("plain text", kBase), InputError);
}

TEST(Feeds, EntityExpansionIsBounded) {
  std::string doc = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a0 \"lol lol lol lol lol lol lol\">";
  for (int i = 1; i < 12; ++i) {
    const std::string prev = "&a" + std::to_string(i - 1) + ";";
    doc += "<!ENTITY a" + std::to_string(i) + " \"" + prev + prev + prev + prev + prev + prev + prev +
           prev + prev + prev + "\">";
  }
  doc += "]><rss><channel><item><title>&a11;</title><link>http://a.example/x</link></item></channel></rss>";
  try {
    const Listing listing = parse_listing(doc, kBase);
    ASSERT_EQ(listing.pages.size(), 1u);
    EXPECT_LT(listing.pages[0].title.size(), 100000u);
  } catch (const InputError& e) {
    EXPECT_THAT(e.reason(), HasSubstr("malformed XML"));
  }
  // External entities are never loaded.
  const std::string external =
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      "<rss><channel><item><title>&x;</title><link>http://a.example/y</link></item></channel></rss>";
  try {
    const Listing listing = parse_listing(external, kBase);
    ASSERT_EQ(listing.pages.size(), 1u);
    EXPECT_EQ(listing.pages[0].title.find("root:"), std::string::npos);
  } catch (const InputError&) {
  }
}

TEST(Feeds, DeepNestingIsRefused) {
  std::string doc = "<rss><channel>";
  for (int i = 0; i < 5000; ++i) doc += "<a>";
  for (int i = 0; i < 5000; ++i) doc += "</a>";
  doc += "</channel></rss>";
  EXPECT_THROW(parse_listing(doc, kBase), InputError);
}

TEST(Feeds, ItemLimit) {
  std::string doc = "<urlset>";
  for (int i = 0; i < 30; ++i) doc += "<url><loc>http://a.example/" + std::to_string(i) + "</loc></url>";
  doc += "</urlset>";
  const Listing listing = parse_listing(doc, kBase, 10);
  EXPECT_EQ(listing.pages.size(), 10u);
  ASSERT_FALSE(listing.problems.empty());
  EXPECT_THAT(listing.problems.back().message, HasSubstr("20 items beyond the limit of 10"));
}

TEST(Feeds, UrlList) {
  const Listing listing = parse_url_list(
      "# morning reading\nhttp://a.example/1\n\n  https://b.example/2#frag  \nftp://c.example/3\nnonsense\n");
  ASSERT_EQ(listing.pages.size(), 2u);
  EXPECT_EQ(listing.pages[0].url, "http://a.example/1");
  EXPECT_EQ(listing.pages[0].line, 2u);
  EXPECT_EQ(listing.pages[1].url, "https://b.example/2");
  EXPECT_EQ(listing.pages[1].line, 4u);
  ASSERT_EQ(listing.problems.size(), 2u);
  EXPECT_EQ(listing.problems[0].line, 5u);
  EXPECT_THAT(listing.problems[0].message, HasSubstr("'ftp://c.example/3'"));
  EXPECT_EQ(listing.problems[1].line, 6u);
}

}  // namespace
}  // namespace dossier::ingest
