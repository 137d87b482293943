// `dossier analyze --format F --out PATH`: every export format through the CLI.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "e2e/cli_runner.h"

namespace dossier::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr const char* kArticle =
    "Port workers strike in Selby\n\n"
    "SELBY, March 3, 2024 - Dock workers walked out on Monday after talks with the Selby Harbour "
    "Authority broke down, union leader Mara Quint said. \"We will stay out,\" Quint said.\n";

TEST(ExportCli, CsvWritesOneFilePerTable) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/in/strike.txt", kArticle);
  const CliResult r = run_cli({"analyze", dir + "/in", "--format", "csv", "--out", dir + "/tables", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty()) << "no JSON on standard output when only an export is asked for";
  for (const char* table : {"documents", "entities", "mentions", "roles", "quotes", "events",
                            "times", "conflicts"}) {
    EXPECT_TRUE(std::filesystem::exists(dir + "/tables/" + table + ".csv")) << table;
  }
  EXPECT_THAT(read_file(dir + "/tables/documents.csv"), StartsWith("id,path,title,"));
  EXPECT_THAT(read_file(dir + "/tables/documents.csv"), HasSubstr("\nstrike,"));
}

TEST(ExportCli, FileFormatsAndStandardOutput) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/strike.txt", kArticle);
  const CliResult gdelt = run_cli({"analyze", dir + "/strike.txt", "--format", "gdelt", "--out", "-", "-q"});
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  EXPECT_THAT(gdelt.out, StartsWith("GLOBALEVENTID\tSQLDATE\t"));
  for (const char* format : {"graphml", "gexf", "jsonl", "json"}) {
    const std::string out = dir + "/out." + format;
    const CliResult r = run_cli({"analyze", dir + "/strike.txt", "--format", format, "--out", out,
                                 "--json", dir + "/d.json", "-q"});
    ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
    EXPECT_FALSE(read_file(out).empty()) << format;
  }
  EXPECT_THAT(read_file(dir + "/out.graphml"), HasSubstr("<graphml"));
  EXPECT_THAT(read_file(dir + "/out.jsonl"), HasSubstr("{\"table\":\"documents\",\"id\":\"strike\""));
}

// A store exports what analyze exports for the same articles.
TEST(ExportCli, StoreExportEqualsAnalyzeExport) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/in/strike.txt", kArticle);
  ASSERT_EQ(run_cli({"add", dir + "/s.db", dir + "/in", "-q"}).exit_code, 0);
  const CliResult stored = run_cli({"export", dir + "/s.db", "--format", "jsonl", "--out", dir + "/s.jsonl"});
  ASSERT_EQ(stored.exit_code, 0) << stored.err;
  ASSERT_EQ(run_cli({"analyze", dir + "/in", "--format", "jsonl", "--out", dir + "/a.jsonl", "-q"}).exit_code, 0);
  EXPECT_EQ(read_file(dir + "/s.jsonl"), read_file(dir + "/a.jsonl"));
  EXPECT_EQ(run_cli({"export", dir + "/s.db", "--format", "csv"}).exit_code, 2);
}

TEST(ExportCli, BadRequestsAreClearErrors) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/strike.txt", kArticle);
  EXPECT_EQ(run_cli({"analyze", dir + "/strike.txt", "--format", "xlsx", "--out", dir + "/x"}).exit_code, 2);
  EXPECT_EQ(run_cli({"analyze", dir + "/strike.txt", "--format", "csv"}).exit_code, 2);
  EXPECT_EQ(run_cli({"analyze", dir + "/strike.txt", "--out", dir + "/x"}).exit_code, 2);
  const CliResult dash = run_cli({"analyze", dir + "/strike.txt", "--format", "csv", "--out", "-", "-q"});
  EXPECT_EQ(dash.exit_code, 2);
  EXPECT_THAT(dash.err, HasSubstr("folder"));
  write_file(dir + "/file", "x");
  const CliResult onto_file =
      run_cli({"analyze", dir + "/strike.txt", "--format", "csv", "--out", dir + "/file", "-q"});
  EXPECT_EQ(onto_file.exit_code, 3);  // output not writable: fatal
  EXPECT_THAT(onto_file.err, HasSubstr("is not a folder"));
  const CliResult onto_dir =
      run_cli({"analyze", dir + "/strike.txt", "--format", "gexf", "--out", dir, "-q"});
  EXPECT_EQ(onto_dir.exit_code, 3);
  EXPECT_THAT(onto_dir.err, HasSubstr("is a directory"));
}

}  // namespace
}  // namespace dossier::testing
