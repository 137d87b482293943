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

TEST(Cli, OutputIntoADirectoryIsAClearError) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/ok.txt", "Ministers met on Monday.\n");
  const CliResult r = run_cli({"analyze", dir + "/ok.txt", "--json", dir, "--quiet"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("is a directory"));
}

}  // namespace
}  // namespace dossier::testing
