// Role conflicts through the CLI: a story of three invented reports, one undated, where one
// report calls the prime minister a former one; and the same story without that contradiction.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"

namespace dossier::testing {
namespace {

using nlohmann::json;

json analyze_fixture(const std::string& name) {
  const std::string out = make_temp_dir();
  const std::string input = std::string(DOSSIER_SOURCE_DIR) + "/tests/fixtures/entities/" + name;
  const CliResult run = run_cli({"analyze", input, "--json", out + "/dossier.json", "--quiet"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return json::parse(read_file(out + "/dossier.json"));
}

std::vector<json> role_conflicts(const json& dossier) {
  std::vector<json> out;
  for (const json& c : dossier["conflicts"]) {
    if (c["attribute"] == "role") out.push_back(c);
  }
  return out;
}

TEST(RoleConflicts, AnUndatedReportThatContradictsItsStoryIsReported) {
  const json dossier = analyze_fixture("role_conflict");
  const auto conflicts = role_conflicts(dossier);
  ASSERT_EQ(conflicts.size(), 1u) << dossier["conflicts"].dump(2);
  const json& c = conflicts[0];
  EXPECT_GE(c["claims"].size(), 2u);
  const std::string explanation = c["explanation"];
  EXPECT_NE(explanation.find("undated"), std::string::npos) << explanation;
  EXPECT_NE(explanation.find("former prime minister"), std::string::npos) << explanation;
  ASSERT_TRUE(c["entity"].is_string());
  for (const json& e : dossier["entities"]) {
    if (e["id"] == c["entity"]) {
      EXPECT_EQ(e["name"], "Tomas Brandvik");
    }
  }
}

TEST(RoleConflicts, AStoryWithoutAContradictionHasNone) {
  const json dossier = analyze_fixture("no_conflict");
  EXPECT_TRUE(role_conflicts(dossier).empty()) << dossier["conflicts"].dump(2);
}

}  // namespace
}  // namespace dossier::testing
