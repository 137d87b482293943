// The dossier command's interface: help, version, usage errors, exit statuses.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "e2e/cli_runner.h"

namespace dossier::testing {
namespace {

using ::testing::HasSubstr;

TEST(Cli, VersionAndHelp) {
  const CliResult version = run_cli({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_THAT(version.out, HasSubstr("dossier "));
  const CliResult help = run_cli({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.out, HasSubstr("analyze"));
  const CliResult analyze_help = run_cli({"analyze", "--help"});
  EXPECT_EQ(analyze_help.exit_code, 0);
  EXPECT_THAT(analyze_help.out, HasSubstr("--json"));
  EXPECT_THAT(analyze_help.out, HasSubstr("--threads"));
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run_cli({}).exit_code, 2);
  EXPECT_EQ(run_cli({"analyze"}).exit_code, 2);
  EXPECT_EQ(run_cli({"analyze", "x.txt", "--threads", "0"}).exit_code, 2);
  EXPECT_EQ(run_cli({"analyze", "x.txt", "--date", "June"}).exit_code, 2);
  EXPECT_EQ(run_cli({"frobnicate"}).exit_code, 2);
}

TEST(Cli, MissingInputIsNamedAndTheRestIsWritten) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/ok.txt", "Ministers met on Monday.\n");
  const CliResult r = run_cli({"analyze", dir + "/ok.txt", dir + "/absent.txt", "--json", "-"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("absent.txt"));
  EXPECT_THAT(r.out, HasSubstr("Ministers met on Monday."));
}

TEST(Cli, WritesToSpecialFilesWithoutReplacingThem) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/ok.txt", "Ministers met on Monday.\n");
  const CliResult r = run_cli({"analyze", dir + "/ok.txt", "--json", "/dev/null", "--quiet"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(std::filesystem::is_regular_file("/dev/null"));
}

TEST(Cli, OutputIntoADirectoryIsAFatalError) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/ok.txt", "Ministers met on Monday.\n");
  const CliResult r = run_cli({"analyze", dir + "/ok.txt", "--json", dir, "--quiet"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr("is a directory"));
}

TEST(Cli, UnwritableOutputExitsWithThree) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/ok.txt", "Ministers met on Monday.\n");
  const std::string out = dir + "/no/such/folder/report.html";
  const CliResult r = run_cli({"analyze", dir + "/ok.txt", "--html", out, "--quiet"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr(out));
  EXPECT_EQ(r.out, "");
}

TEST(Cli, MissingOrCorruptModelsExitWithThree) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/ok.txt", "Ministers met on Monday.\n");
  std::filesystem::create_directory(dir + "/empty");
  const CliResult missing = run_cli({"analyze", dir + "/ok.txt", "--models", dir + "/empty", "--quiet"});
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_THAT(missing.err, HasSubstr(dir + "/empty/"));
  EXPECT_EQ(missing.out, "");
  // Every model file present, every one corrupt.
  std::filesystem::create_directory(dir + "/corrupt");
  for (const auto& entry : std::filesystem::directory_iterator(std::string(DOSSIER_SOURCE_DIR) + "/models")) {
    if (entry.is_regular_file()) write_file(dir + "/corrupt/" + entry.path().filename().string(), "not a model");
  }
  const CliResult corrupt = run_cli({"analyze", dir + "/ok.txt", "--models", dir + "/corrupt", "--quiet"});
  EXPECT_EQ(corrupt.exit_code, 3);
  EXPECT_THAT(corrupt.err, HasSubstr(dir + "/corrupt/"));
  EXPECT_EQ(corrupt.out, "");
  const CliResult ner = run_cli({"ner", "--conll", dir + "/ok.txt", "--models", dir + "/corrupt"});
  EXPECT_EQ(ner.exit_code, 3);
}

TEST(Cli, NothingReadWritesNoEmptyDossier) {
  const std::string dir = make_temp_dir();
  const CliResult r = run_cli({"analyze", dir + "/absent.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("absent.txt"));
  EXPECT_EQ(r.out, "");
  const CliResult to_file = run_cli({"analyze", dir + "/absent.txt", "--json", dir + "/out.json", "--quiet"});
  EXPECT_EQ(to_file.exit_code, 1);
  EXPECT_FALSE(std::filesystem::exists(dir + "/out.json"));
}

}  // namespace
}  // namespace dossier::testing
