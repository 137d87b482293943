// A directory tree of mixed inputs: read recursively, gzip included, ids made unique, header
// metadata recognised in plain text.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"
#include "ingest/test_util.h"

namespace dossier::testing {
namespace {

using ::testing::HasSubstr;

using ingest::testing::gzip;

TEST(MixedInputs, RecursiveDirectoryWithGzipAndUniqueIds) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/corpus/report.txt",
             "Dam opens after long delay\nBy Jane Okafor\nPublished: 14 June 2023\n\n"
             "NAIROBI (AFP) - The river dam opened on Monday after six years of delay.\n");
  write_file(dir + "/corpus/east/report.txt", "A second report with the same file name.\n");
  write_file(dir + "/corpus/east/feed.jsonl.gz",
             gzip("{\"id\":\"wire-1\",\"text\":\"From the feed.\",\"title\":\"Feed item\","
                  "\"date\":\"2023-06-15\",\"authors\":[\"Tom Bell\"]}\n"
                  "{\"text\":\"No id here.\"}\n"));
  write_file(dir + "/corpus/west/page.html.gz",
             gzip("<html><head><title>Storm hits coast</title></head><body><article><p>The storm "
                  "reached the coast overnight and cut power to thousands of homes.</p></article>"
                  "</body></html>"));
  write_file(dir + "/corpus/west/notes.md", "Not an article.");
  const CliResult r = run_cli({"analyze", dir + "/corpus", "--json", "-", "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("ignored 1 files"));
  const auto json = nlohmann::json::parse(r.out);
  std::map<std::string, nlohmann::json> by_path;
  std::vector<std::string> ids;
  for (const auto& doc : json.at("documents")) {
    by_path[doc.at("path").get<std::string>()] = doc;
    ids.push_back(doc.at("id").get<std::string>());
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"wire-1", "feed", "report", "report-2", "page"}));

  const auto& report = by_path.at(dir + "/corpus/report.txt");
  EXPECT_EQ(report.at("title"), "Dam opens after long delay");
  EXPECT_EQ(report.at("authors"), nlohmann::json::array({"Jane Okafor"}));
  EXPECT_EQ(report.at("date"), "2023-06-14");
  EXPECT_EQ(report.at("date_basis"), "text");
  EXPECT_EQ(report.at("dateline"), "NAIROBI");
  EXPECT_EQ(report.at("source"), "AFP");
  EXPECT_EQ(report.at("headers").size(), 4u);

  const auto& feed = by_path.at(dir + "/corpus/east/feed.jsonl.gz:1");
  EXPECT_EQ(feed.at("date"), "2023-06-15");
  EXPECT_EQ(feed.at("date_basis"), "metadata");
  EXPECT_EQ(feed.at("authors"), nlohmann::json::array({"Tom Bell"}));
  EXPECT_EQ(by_path.at(dir + "/corpus/east/feed.jsonl.gz:2").at("id"), "feed");

  const auto& page = by_path.at(dir + "/corpus/west/page.html.gz");
  EXPECT_EQ(page.at("title"), "Storm hits coast");
  EXPECT_EQ(page.at("text"),
            "The storm reached the coast overnight and cut power to thousands of homes.");
}

TEST(MixedInputs, SameFileTwiceIsReadOnce) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/a.txt", "Only once.\n");
  const CliResult r = run_cli({"analyze", dir + "/a.txt", dir + "/./a.txt", "--json", "-"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("given more than once; read once"));
  EXPECT_EQ(nlohmann::json::parse(r.out).at("documents").size(), 1u);
}

}  // namespace
}  // namespace dossier::testing
