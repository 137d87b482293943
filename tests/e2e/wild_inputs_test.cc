// Inputs from the wild through the CLI: a WARC crawl, an article in a language the models do not
// cover, undated text piles dated by file name, modification time or a --dates table, in analyze
// and add alike.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/time.h>

#include <map>

#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"
#include "ingest/test_util.h"
#include "ingest/warc_fixture.h"

namespace dossier::testing {
namespace {

using ::testing::HasSubstr;
using ingest::testing::gzip;
using ingest::testing::http_response;
using ingest::testing::news_page;
using ingest::testing::warc_record;

const std::string kProse =
    "The harbour council of Velmora voted on Tuesday to close the old ferry pier after engineers "
    "found cracks in its pilings. Council member Ilse Draaven said the repairs would take most of "
    "the summer.\n";
const std::string kGerman =
    "Der Hafenrat von Velmora hat am Dienstag beschlossen, den alten F\xC3\xA4hranleger zu "
    "schlie\xC3\x9F" "en, nachdem Ingenieure Risse in den Pfeilern gefunden hatten. Die Reparaturen "
    "w\xC3\xBCrden den gr\xC3\xB6\xC3\x9Ften Teil des Sommers dauern, sagte eine Ratsfrau.\n";

std::map<std::string, nlohmann::json> documents_by_id(const nlohmann::json& json) {
  std::map<std::string, nlohmann::json> out;
  for (const auto& doc : json.at("documents")) out[doc.at("id").get<std::string>()] = doc;
  return out;
}

std::vector<std::string> messages(const nlohmann::json& json) {
  std::vector<std::string> out;
  for (const auto& d : json.at("diagnostics")) out.push_back(d.at("message").get<std::string>());
  return out;
}

TEST(WildInputs, WarcCrawlLanguagesAndDates) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/in/crawl.warc.gz",
             gzip(warc_record("response", "https://ledger.example/pier", "2024-05-02T10:00:00Z",
                              http_response(news_page("Pier to close", "Petra Lind", "2024-05-01",
                                                      "<p>" + kProse + "</p>")))) +
                 gzip(warc_record("response", "https://ledger.example/logo.png", "2024-05-02T10:00:00Z",
                                  http_response("x", "image/png"))));
  write_file(dir + "/in/hafen.txt", kGerman);
  write_file(dir + "/in/2024-12-04-talks.txt", kProse);
  write_file(dir + "/in/mtime.txt", kProse);
  write_file(dir + "/in/table.txt", kProse);
  const struct timeval times[2] = {{1614945600, 0}, {1614945600, 0}};  // 2021-03-05
  ASSERT_EQ(utimes((dir + "/in/mtime.txt").c_str(), times), 0);
  write_file(dir + "/dates.tsv", "table\t2023-07-08\n");

  for (const bool store : {false, true}) {
    CliResult r;
    const std::vector<std::string> dates = {"--dates", dir + "/dates.tsv", "--dates-from-mtime", "--quiet"};
    if (store) {
      std::vector<std::string> add = {"add", dir + "/s.db", dir + "/in"};
      add.insert(add.end(), dates.begin(), dates.end());
      r = run_cli(add);
      ASSERT_EQ(r.exit_code, 0) << r.err;
      r = run_cli({"export", dir + "/s.db", "--json", "-"});
    } else {
      std::vector<std::string> analyze = {"analyze", dir + "/in", "--json", "-"};
      analyze.insert(analyze.end(), dates.begin(), dates.end());
      r = run_cli(analyze);
    }
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    auto docs = documents_by_id(json);
    ASSERT_EQ(docs.size(), 5u) << r.out;
    EXPECT_EQ(docs.at("crawl-1").at("url"), "https://ledger.example/pier");
    EXPECT_EQ(docs.at("crawl-1").at("title"), "Pier to close");
    EXPECT_EQ(docs.at("crawl-1").at("date"), "2024-05-01");
    EXPECT_EQ(docs.at("hafen").at("language"), "de");
    EXPECT_EQ(docs.at("hafen").at("sentences"), 0);
    EXPECT_EQ(docs.at("2024-12-04-talks").at("date"), "2024-12-04");
    EXPECT_EQ(docs.at("mtime").at("date"), "2021-03-05");
    EXPECT_EQ(docs.at("mtime").at("date_basis"), "inferred");
    EXPECT_EQ(docs.at("table").at("date"), "2023-07-08");
    if (!store) {
      EXPECT_THAT(messages(json), ::testing::Contains(HasSubstr("in German (de): not analysed")));
    }
    EXPECT_THAT(messages(json),
                ::testing::Contains("1 article in German (de) was not analysed: the models cover English only"));
  }
}

TEST(WildInputs, UndatedArticlesAreExplained) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/pile/a.txt", kProse);
  const CliResult r = run_cli({"analyze", dir + "/pile", "--json", "-", "--html", dir + "/r.html", "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(messages(nlohmann::json::parse(r.out)),
              ::testing::Contains(HasSubstr("1 of 1 article analysed have no date, so the timeline")));
  EXPECT_THAT(read_file(dir + "/r.html"), HasSubstr("Give dates with --dates FILE.tsv"));
}

TEST(WildInputs, ABadDatesTableIsOneMessage) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/a.txt", kProse);
  write_file(dir + "/dates.tsv", "a.txt 2024-12-04\n");
  const CliResult r = run_cli({"analyze", dir + "/a.txt", "--dates", dir + "/dates.tsv", "--quiet"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("dates.tsv:1"));
  EXPECT_THAT(r.err, HasSubstr("expected a path or id, a tab and a date"));
}

}  // namespace
}  // namespace dossier::testing
