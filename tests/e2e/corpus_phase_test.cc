// End to end over the whole corpus phase: entity resolution, role conflicts, stories,
// near-duplicates and figure conflicts on one invented corpus (tests/fixtures/corpus), in the
// JSON and in the HTML report. Each stage's results must survive the stages after it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"
#include "report/schema_check.h"

namespace dossier::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using nlohmann::json;

struct CorpusRun {
  CliResult cli;
  json dossier;
  std::string html;
};

const CorpusRun& corpus_run() {
  static const CorpusRun run = [] {
    const std::string out = make_temp_dir();
    CorpusRun r;
    r.cli = run_cli({"analyze", std::string(DOSSIER_SOURCE_DIR) + "/tests/fixtures/corpus/two-stories.jsonl",
                     "--json", out + "/dossier.json", "--html", out + "/report.html", "--quiet"});
    r.dossier = json::parse(read_file(out + "/dossier.json"));
    r.html = read_file(out + "/report.html");
    return r;
  }();
  return run;
}

std::string entity_name(const json& dossier, const json& id) {
  for (const json& e : dossier["entities"]) {
    if (e["id"] == id) return e["name"].get<std::string>();
  }
  return "";
}

TEST(CorpusPhase, RunsCleanAndKeepsTheSchema) {
  const CorpusRun& r = corpus_run();
  EXPECT_EQ(r.cli.exit_code, 0) << r.cli.err;
  EXPECT_EQ(r.dossier["documents"].size(), 5u);
  EXPECT_THAT(report::testing::schema_violations(r.dossier), IsEmpty());
  EXPECT_THAT(report::testing::reference_problems(r.dossier), IsEmpty());
}

TEST(CorpusPhase, RoleConflictReachesJsonAndReport) {
  const CorpusRun& r = corpus_run();
  const json* role = nullptr;
  for (const json& c : r.dossier["conflicts"]) {
    if (c["attribute"] == "role") role = &c;
  }
  ASSERT_NE(role, nullptr) << r.dossier["conflicts"].dump(1);
  EXPECT_EQ(entity_name(r.dossier, (*role)["entity"]), "Tomas Alvarenga");
  const std::string explanation = (*role)["explanation"].get<std::string>();
  EXPECT_THAT(explanation, HasSubstr("the sitting prime minister"));
  EXPECT_THAT(explanation, HasSubstr("a former prime minister"));
  EXPECT_THAT(r.html, HasSubstr("calls Tomas Alvarenga the sitting prime minister"));
}

TEST(CorpusPhase, FigureConflictSurvivesBesideTheRoleConflict) {
  const CorpusRun& r = corpus_run();
  std::set<std::string> attributes;
  for (const json& c : r.dossier["conflicts"]) attributes.insert(c["attribute"].get<std::string>());
  EXPECT_TRUE(attributes.contains("figure")) << r.dossier["conflicts"].dump(1);
  EXPECT_TRUE(attributes.contains("role"));
}

TEST(CorpusPhase, TwoStoriesAndOneNearCopy) {
  const CorpusRun& r = corpus_run();
  const json& d = r.dossier;
  std::set<std::set<std::string>> stories;
  for (const json& s : d["stories"]) {
    std::set<std::string> docs;
    for (const json& id : s["documents"]) docs.insert(id.get<std::string>());
    stories.insert(docs);
  }
  const std::set<std::string> flood = {"ledger-flood", "wire-flood", "herald-flood"};
  const std::set<std::string> talks = {"port-talks-1", "port-talks-2"};
  EXPECT_TRUE(stories.contains(flood)) << d["stories"].dump(1);
  EXPECT_TRUE(stories.contains(talks)) << d["stories"].dump(1);
  ASSERT_EQ(d["duplicates"].size(), 1u) << d["duplicates"].dump(1);
  const std::string pair = d["duplicates"][0].dump();
  EXPECT_THAT(pair, HasSubstr("\"ledger-flood\""));
  EXPECT_THAT(pair, HasSubstr("\"wire-flood\""));
  EXPECT_THAT(pair, ::testing::Not(HasSubstr("herald-flood")));
}

}  // namespace
}  // namespace dossier::testing
