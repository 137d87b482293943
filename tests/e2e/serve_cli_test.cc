// dossier serve from the command line: what it refuses, with one clear message each. The server
// itself is tested over HTTP in src/server/server_test.cc and in a browser in tests/browser.
#include <gtest/gtest.h>

#include <filesystem>

#include "e2e/cli_runner.h"

namespace dossier::testing {
namespace {

TEST(ServeCli, RefusesAMissingStoreWithoutMakingOne) {
  const std::string store = make_temp_dir() + "/missing.db";
  const CliResult r = run_cli({"serve", store, "--port", "0"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("no such store"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(store));
}

TEST(ServeCli, RefusesAnOpenAddressWithoutAToken) {
  const std::string dir = make_temp_dir();
  const std::string store = dir + "/s.db";
  ASSERT_EQ(run_cli({"add", store, std::string(DOSSIER_SOURCE_DIR) + "/tests/fixtures/server", "--quiet"}).exit_code, 0);
  const CliResult r = run_cli({"serve", store, "--bind", "0.0.0.0", "--port", "0"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("needs --token"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dossier::testing
