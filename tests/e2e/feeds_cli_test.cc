// `dossier add` with web inputs end to end: a local site on 127.0.0.1 (src/ingest/feed_site.h)
// serving an invented feed, sitemap and pages; the articles land in a SQLite store, a second run
// fetches nothing new, and every failure is one message naming the address.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "e2e/cli_runner.h"
#include "ingest/feed_site.h"

namespace dossier::testing {
namespace {

using ::testing::HasSubstr;
using ingest::testing::FeedSite;

// The articles of an exported store, by url (by path for files).
std::map<std::string, nlohmann::json> exported(const std::string& store, const std::string& dir) {
  const CliResult r = run_cli({"export", store, "--json", dir + "/out.json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, nlohmann::json> by_url;
  const nlohmann::json dossier = nlohmann::json::parse(read_file(dir + "/out.json"));
  for (const auto& doc : dossier.at("documents")) {
    by_url[doc.at(doc.at("url").is_null() ? "path" : "url").get<std::string>()] = doc;
  }
  return by_url;
}

TEST(FeedsCli, FeedIntoStoreThenNothingNew) {
  FeedSite site;
  const std::string dir = make_temp_dir();
  const std::string store = dir + "/story.db";
  const CliResult first = run_cli({"add", store, "--feed", site.url("/feed.rss"), "--rate", "100", "--threads", "2"});
  EXPECT_EQ(first.exit_code, 1) << first.err;  // some pages were skipped
  EXPECT_THAT(first.err, HasSubstr(site.url("/private/memo") + ": disallowed by robots.txt"));
  EXPECT_THAT(first.err, HasSubstr(site.url("/news/missing") + ": HTTP 404"));
  EXPECT_THAT(first.err, HasSubstr(site.url("/feed.rss") + ":27: item 5: no link"));
  EXPECT_THAT(first.err, HasSubstr("added 2 articles"));
  EXPECT_THAT(first.err, HasSubstr("listed 4 pages (0 stored before, 2 fetched, 2 failed)"));

  const auto docs = exported(store, dir);
  ASSERT_EQ(docs.size(), 2u);
  const auto& pier = docs.at(site.url("/news/pier-repairs?utm_source=rss&utm_medium=feed"));
  EXPECT_EQ(pier.at("path"), site.url("/news/pier-repairs"));
  EXPECT_EQ(pier.at("title"), "Pier repairs approved");
  EXPECT_EQ(pier.at("date"), "2024-12-03");
  EXPECT_THAT(pier.at("text").get<std::string>(), HasSubstr("repair of the old ferry pier"));
  const auto& ferry = docs.at(site.url("/news/ferry-crews"));
  EXPECT_EQ(ferry.at("title"), "Ferry crews stop work");
  EXPECT_EQ(ferry.at("date"), "2024-12-04");
  EXPECT_EQ(ferry.at("authors"), nlohmann::json::array({"Mirte Oskam"}));

  const int pages_before = site.requests("/news/pier-repairs") + site.requests("/news/ferry-crews");
  const CliResult second = run_cli({"add", store, "--feed", site.url("/feed.rss"), "--rate", "100"});
  EXPECT_THAT(second.err, HasSubstr("added 0 articles"));
  EXPECT_THAT(second.err, HasSubstr("listed 4 pages (2 stored before, 0 fetched"));
  EXPECT_EQ(site.requests("/news/pier-repairs") + site.requests("/news/ferry-crews"), pages_before);
  EXPECT_EQ(exported(store, dir).size(), 2u);
}

TEST(FeedsCli, SitemapUrlsAndFilesTogether) {
  FeedSite site;
  const std::string dir = make_temp_dir();
  const std::string store = dir + "/story.db";
  write_file(dir + "/urls.txt", "# reading list\n" + site.url("/cp1252") + "\n\n" + site.url("/report.pdf") + "\n");
  write_file(dir + "/local.txt",
             "The fishing cooperative of Saltmere voted on Thursday to share one cold store, ending a "
             "dispute that had kept two harbours apart for most of the autumn season.\n");
  const CliResult r = run_cli({"add", store, dir + "/local.txt", "--sitemap", site.url("/sitemap.xml"),
                               "--urls", dir + "/urls.txt", "--url", site.url("/moved"), "--rate", "100"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr(site.url("/sitemap-missing.xml") + ": HTTP 404"));
  EXPECT_THAT(r.err, HasSubstr(site.url("/report.pdf") + ": not an HTML page (content type application/pdf)"));
  EXPECT_THAT(r.err, HasSubstr("added 5 articles"));
  const auto docs = exported(store, dir);
  ASSERT_EQ(docs.count(site.url("/news/tide-gauge")), 1u);
  EXPECT_EQ(docs.at(site.url("/news/tide-gauge")).at("date"), "2024-12-07");
  ASSERT_EQ(docs.count(site.url("/cp1252")), 1u);
  EXPECT_THAT(docs.at(site.url("/cp1252")).at("text").get<std::string>(), HasSubstr("\xe2\x80\x9cunworkable\xe2\x80\x9d"));
  ASSERT_EQ(docs.count(site.url("/news/coast-road")), 1u);  // /moved, under its final address
  EXPECT_EQ(docs.at(site.url("/news/coast-road")).at("path"), site.url("/moved"));
}

TEST(FeedsCli, AnalyzeAtomFeed) {
  FeedSite site;
  const CliResult r = run_cli({"analyze", "--feed", site.url("/feed.atom"), "--rate", "100", "--json", "-"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json dossier = nlohmann::json::parse(r.out);
  ASSERT_EQ(dossier.at("documents").size(), 2u);
  const auto& coast = dossier.at("documents").at(0);
  EXPECT_EQ(coast.at("url"), site.url("/news/coast-road"));
  EXPECT_EQ(coast.at("id"), "coast-road");
  EXPECT_EQ(coast.at("date"), "2024-12-05");
  EXPECT_THAT(coast.at("text").get<std::string>(), HasSubstr("reopening of the coast road"));
}

TEST(FeedsCli, BadArguments) {
  const std::string dir = make_temp_dir();
  const CliResult r = run_cli({"add", dir + "/s.db", "--url", "ftp://example.org/x"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("ftp://example.org/x"));
  EXPECT_THAT(r.err, HasSubstr("only http and https"));
  EXPECT_EQ(run_cli({"add", dir + "/s.db", "--urls", dir + "/absent.txt"}).exit_code, 2);
  const CliResult nothing = run_cli({"analyze"});
  EXPECT_EQ(nothing.exit_code, 2);
  EXPECT_THAT(nothing.err, HasSubstr("--feed"));
}

}  // namespace
}  // namespace dossier::testing
