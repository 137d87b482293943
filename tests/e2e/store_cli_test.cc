// The store commands end to end (add, export, status, remove, correct) on both backends, and a
// PostgreSQL store exporting byte for byte what a SQLite store of the same commands exports.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dossier/store.h"
#include "e2e/cli_runner.h"
#include "store/store_test_support.h"

namespace dossier::testing {
namespace {

const std::string kDemo = std::string(DOSSIER_SOURCE_DIR) + "/examples/demo/";

std::vector<std::string> first_half() {
  return {kDemo + "2025-11-07-mpa-dam-burst.txt", kDemo + "2025-11-07-sarn-herald-dam.txt",
          kDemo + "2025-11-08-valdoria-today-toll.html"};
}
std::vector<std::string> second_half() {
  return {kDemo + "2025-11-27-mpa-parliament-confirms.txt",
          kDemo + "2025-11-28-continental-observer-new-leader.txt",
          kDemo + "2025-12-03-sarn-herald-inquiry.txt", kDemo + "eastern-ledger.jsonl"};
}

CliResult run(std::vector<std::string> head, const std::vector<std::string>& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return run_cli(head);
}

using store::testing::Backend;

// Stores on the backend of the parameter: SQLite files, or new databases on the PostgreSQL server
// of the ctest fixture postgres_server.
class StoreCli : public ::testing::TestWithParam<Backend> {
 protected:
  void TearDown() override {
    for (const auto& location : stores_) store::testing::drop_store(location);
  }
  std::string new_store(const std::string& dir, Backend backend) {
    stores_.push_back(store::testing::new_store(backend, dir, "story"));
    return stores_.back();
  }
  std::string new_store(const std::string& dir) { return new_store(dir, GetParam()); }

 private:
  std::vector<std::string> stores_;
};

// add A; add B; export writes what analyze A+B writes.
TEST_P(StoreCli, AddTwiceThenExportEqualsAnalyze) {
  const std::string dir = make_temp_dir();
  const std::string store = new_store(dir);
  ASSERT_EQ(run({"add", store, "-q"}, first_half()).exit_code, 0);
  const CliResult second = run({"add", store}, second_half());
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("the store holds 8 articles"), std::string::npos) << second.err;
  ASSERT_EQ(run_cli({"export", store, "--json", dir + "/store.json", "--html", dir + "/store.html"}).exit_code, 0);
  ASSERT_EQ(run_cli({"export", store, "--attributions", "--json", dir + "/store-attributions.json"}).exit_code, 0);
  auto all = first_half();
  for (const auto& p : second_half()) all.push_back(p);
  ASSERT_EQ(run({"analyze", "-q", "--json", dir + "/analyze.json"}, all).exit_code, 0);
  ASSERT_EQ(run({"analyze", "-q", "--attributions", "--json", dir + "/analyze-attributions.json"}, all).exit_code, 0);
  EXPECT_EQ(read_file(dir + "/store.json"), read_file(dir + "/analyze.json"));
  const std::string with_attributions = read_file(dir + "/store-attributions.json");
  EXPECT_NE(with_attributions.find("\"attributions\": [\n    {"), std::string::npos);
  EXPECT_EQ(with_attributions, read_file(dir + "/analyze-attributions.json"));
  EXPECT_NE(read_file(dir + "/store.html").find("<html"), std::string::npos);
  const CliResult tables = run_cli({"export", store, "--format", "csv", "--out", dir + "/tables"});
  EXPECT_EQ(tables.exit_code, 0) << tables.err;
  EXPECT_NE(read_file(dir + "/tables/entities.csv").find("E1"), std::string::npos);
}

TEST_P(StoreCli, StatusRemoveAndCorrect) {
  const std::string dir = make_temp_dir();
  const std::string store = new_store(dir);
  ASSERT_EQ(run({"add", store, "-q"}, second_half()).exit_code, 0);
  CliResult status = run_cli({"status", store});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  EXPECT_NE(status.out.find("articles:       5"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("corpus result:  current"), std::string::npos) << status.out;

  const CliResult corrected = run_cli({"correct", store, "retype", "E1", "MISC", "--by", "ed", "--why", "test"});
  EXPECT_EQ(corrected.exit_code, 0) << corrected.err;
  EXPECT_NE(corrected.out.find("correction 1 recorded"), std::string::npos);
  EXPECT_EQ(run_cli({"correct", store, "retype", "E100000", "ORG"}).exit_code, 2);
  EXPECT_EQ(run_cli({"correct", store, "fold", "E1"}).exit_code, 2);
  ASSERT_EQ(run_cli({"export", store, "--json", dir + "/a.json"}).exit_code, 0);
  const std::string exported = read_file(dir + "/a.json");
  const size_t e1 = exported.find("\"id\": \"E1\"");
  ASSERT_NE(e1, std::string::npos);
  EXPECT_NE(exported.find("\"type\": \"MISC\"", e1), std::string::npos);

  const CliResult removed = run_cli({"remove", store, "2025-12-03-sarn-herald-inquiry"});
  EXPECT_EQ(removed.exit_code, 0) << removed.err;
  EXPECT_EQ(run_cli({"remove", store, "no-such-article"}).exit_code, 1);
  status = run_cli({"status", store});
  EXPECT_NE(status.out.find("articles:       4"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("corrections:    1"), std::string::npos) << status.out;
}

TEST_P(StoreCli, SecondWriterIsRefusedCleanly) {
  const std::string dir = make_temp_dir();
  const std::string store = new_store(dir);
  ASSERT_EQ(run({"add", store, "-q"}, first_half()).exit_code, 0);
  {
    // Another writer (this process) holds the lock.
    const Store writer(store, Store::Mode::kWrite);
    const CliResult refused = run({"add", store, "-q"}, second_half());
    EXPECT_EQ(refused.exit_code, 3);  // nothing done: fatal
    EXPECT_NE(refused.err.find("another dossier process is writing"), std::string::npos) << refused.err;
    // Readers go on.
    EXPECT_EQ(run_cli({"status", store}).exit_code, 0);
    EXPECT_EQ(run_cli({"export", store, "--json", dir + "/a.json"}).exit_code, 0);
  }
  EXPECT_EQ(run({"add", store, "-q"}, second_half()).exit_code, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreCli, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& param_info) { return store::testing::backend_name(param_info.param); });

// The same commands on a SQLite store and a PostgreSQL store: every export is the same, byte for
// byte (adds in two runs, corrections, a removal).
using StoreCliPostgres = StoreCli;
TEST_F(StoreCliPostgres, ExportsWhatSqliteExports) {
  const std::string dir = make_temp_dir();
  std::vector<std::string> outputs;
  for (const Backend backend : {Backend::kSqlite, Backend::kPostgres}) {
    const std::string store = new_store(dir, backend);
    const std::string name = dir + "/" + store::testing::backend_name(backend);
    ASSERT_EQ(run({"add", store, "-q"}, second_half()).exit_code, 0);
    ASSERT_EQ(run({"add", store, "-q"}, first_half()).exit_code, 0);
    ASSERT_EQ(run_cli({"correct", store, "retype", "E2", "ORG", "--by", "ed"}).exit_code, 0);
    ASSERT_EQ(run_cli({"correct", store, "merge", "E3", "E4", "--by", "ed"}).exit_code, 0);
    ASSERT_EQ(run_cli({"correct", store, "reject", "Q1", "--by", "ed"}).exit_code, 0);
    ASSERT_EQ(run_cli({"remove", store, "2025-11-07-sarn-herald-dam"}).exit_code, 0);
    ASSERT_EQ(run_cli({"export", store, "--json", name + ".json"}).exit_code, 0);
    const CliResult jsonl = run_cli({"export", store, "--format", "jsonl", "--out", name + ".jsonl"});
    ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
    outputs.push_back(read_file(name + ".json"));
    outputs.push_back(read_file(name + ".jsonl"));
  }
  ASSERT_GT(outputs[0].size(), 1000u);
  EXPECT_NE(outputs[0].find("\"type\": \"ORG\""), std::string::npos);
  EXPECT_TRUE(outputs[0] == outputs[2]) << "the JSON exports differ";
  EXPECT_TRUE(outputs[1] == outputs[3]) << "the JSON Lines exports differ";
}

// A bad PostgreSQL location: one message naming it and the reason, and nothing done.
TEST(StoreCliPostgresLocations, BadLocationsGetOneClearMessage) {
  const std::string wrong_database = store::testing::postgres_server() + "no_such_database";
  for (const std::string& location :
       {wrong_database, std::string("postgresql://127.0.0.1:1/story"), std::string("postgresql://localhost/x?nonsense=1")}) {
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"status", location}, {"add", location, kDemo + "eastern-ledger.jsonl"},
          {"export", location, "--json", "-"}}) {
      const CliResult r = run_cli(command);
      EXPECT_EQ(r.exit_code, 3) << command[0] << " " << location;
      EXPECT_TRUE(r.err.starts_with("dossier: ")) << r.err;
      EXPECT_NE(r.err.find(location + ": "), std::string::npos) << r.err;
      EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
      EXPECT_TRUE(r.out.empty()) << r.out;
    }
  }
}

TEST(StoreCli, BadStoresGetOneClearMessage) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/notes.db", "these are not the droids\n");
  const CliResult bad = run_cli({"status", dir + "/notes.db"});
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("not a dossier store"), std::string::npos) << bad.err;
  const CliResult missing = run_cli({"export", dir + "/missing.db", "--json", "-"});
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("no such store"), std::string::npos) << missing.err;
  EXPECT_EQ(run_cli({"export", dir + "/missing.db"}).exit_code, 2);
}

}  // namespace
}  // namespace dossier::testing
