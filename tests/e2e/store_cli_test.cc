// The store commands end to end: add, export, status, remove, correct.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "e2e/cli_runner.h"

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

// add A; add B; export writes what analyze A+B writes.
TEST(StoreCli, AddTwiceThenExportEqualsAnalyze) {
  const std::string dir = make_temp_dir();
  const std::string store = dir + "/story.db";
  ASSERT_EQ(run({"add", store, "-q"}, first_half()).exit_code, 0);
  const CliResult second = run({"add", store}, second_half());
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("the store holds 8 articles"), std::string::npos) << second.err;
  ASSERT_EQ(run_cli({"export", store, "--json", dir + "/store.json", "--html", dir + "/store.html"}).exit_code, 0);
  auto all = first_half();
  for (const auto& p : second_half()) all.push_back(p);
  ASSERT_EQ(run({"analyze", "-q", "--json", dir + "/analyze.json"}, all).exit_code, 0);
  EXPECT_EQ(read_file(dir + "/store.json"), read_file(dir + "/analyze.json"));
  EXPECT_NE(read_file(dir + "/store.html").find("<html"), std::string::npos);
  const CliResult tables = run_cli({"export", store, "--format", "csv", "--out", dir + "/tables"});
  EXPECT_EQ(tables.exit_code, 0) << tables.err;
  EXPECT_NE(read_file(dir + "/tables/entities.csv").find("E1"), std::string::npos);
}

TEST(StoreCli, StatusRemoveAndCorrect) {
  const std::string dir = make_temp_dir();
  const std::string store = dir + "/story.db";
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

TEST(StoreCli, SecondWriterIsRefusedCleanly) {
  const std::string dir = make_temp_dir();
  const std::string store = dir + "/story.db";
  ASSERT_EQ(run({"add", store, "-q"}, first_half()).exit_code, 0);
  // Another writer holds the lock.
  const int fd = ::open((store + ".lock").c_str(), O_RDWR);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  const CliResult refused = run({"add", store, "-q"}, second_half());
  EXPECT_EQ(refused.exit_code, 3);  // nothing done: fatal
  EXPECT_NE(refused.err.find("another dossier process is writing"), std::string::npos) << refused.err;
  // Readers go on.
  EXPECT_EQ(run_cli({"status", store}).exit_code, 0);
  EXPECT_EQ(run_cli({"export", store, "--json", dir + "/a.json"}).exit_code, 0);
  ::close(fd);
  EXPECT_EQ(run({"add", store, "-q"}, second_half()).exit_code, 0);
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
