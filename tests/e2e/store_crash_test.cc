// Crash safety: `dossier add` killed (SIGKILL) at random moments leaves a store that opens, holds
// a prefix of the input articles (each whole: its layers decode and check), and that a later
// `add` completes to exactly what `analyze` gives.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "e2e/cli_runner.h"
#include "e2e/invented_corpus.h"
#include "store/store_test_support.h"

extern char** environ;

namespace dossier::testing {
namespace {

// Starts the CLI with its output discarded; returns its pid.
pid_t spawn_cli(const std::vector<std::string>& args) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> strings{DOSSIER_CLI};
  strings.insert(strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, DOSSIER_CLI, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

// The article ids of an exported JSON, in order.
std::vector<std::string> document_ids(const std::string& json) {
  std::vector<std::string> ids;
  const std::string key = "\"id\": \"port-";
  for (size_t at = json.find(key); at != std::string::npos; at = json.find(key, at + 1)) {
    const size_t begin = at + 7;
    ids.push_back(json.substr(begin, json.find('"', begin) - begin));
  }
  return ids;
}

using store::testing::Backend;

class StoreCrash : public ::testing::TestWithParam<Backend> {
 protected:
  void TearDown() override {
    if (!store_.empty()) store::testing::drop_store(store_);
  }
  std::string store_;
};

// On PostgreSQL a killed writer's connection ends with it: the server rolls back its transaction
// and releases its lock.
TEST_P(StoreCrash, KilledAddsLeaveAConsistentStore) {
  const std::string dir = make_temp_dir();
  const std::string input = dir + "/port.jsonl";
  constexpr size_t kArticles = 1200;
  write_file(input, invented_articles(0, kArticles));
  store_ = store::testing::new_store(GetParam(), dir, "port");
  const std::string& store = store_;
  ASSERT_EQ(run_cli({"analyze", "-q", input, "--json", dir + "/analyze.json"}).exit_code, 0);
  const std::string expected = read_file(dir + "/analyze.json");
  const std::vector<std::string> all_ids = document_ids(expected);
  ASSERT_EQ(all_ids.size(), kArticles);

  std::mt19937 random(20261207);
  std::uniform_int_distribution<int> delay_ms(100, 2000);
  size_t last = 0;
  size_t partial_rounds = 0;  // rounds that stopped with some but not all articles stored
  for (int round = 0; round < 10; ++round) {
    const pid_t pid = spawn_cli({"add", store, input, "-q", "--threads", "1"});
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFSIGNALED(status)) continue;  // it finished first; the store is complete
    const CliResult st = run_cli({"status", store});
    // Killed before the schema was committed.
    if (st.exit_code != 0 && (st.err.find("no such store") != std::string::npos ||
                              st.err.find("not a dossier store, or one of an older schema") != std::string::npos)) {
      continue;
    }
    ASSERT_EQ(st.exit_code, 0) << "round " << round << ": " << st.err;
    // Every committed article is whole: exporting decodes and checks every one.
    const CliResult exported = run_cli({"export", store, "--json", dir + "/partial.json"});
    ASSERT_EQ(exported.exit_code, 0) << "round " << round << ": " << exported.err;
    const std::vector<std::string> ids = document_ids(read_file(dir + "/partial.json"));
    ASSERT_LE(ids.size(), kArticles);
    EXPECT_GE(ids.size(), last) << "round " << round << ": committed articles were lost";
    last = ids.size();
    if (!ids.empty() && ids.size() < kArticles) ++partial_rounds;
    EXPECT_TRUE(std::equal(ids.begin(), ids.end(), all_ids.begin())) << "round " << round;
  }
  // How many rounds were cut short depends on the machine's speed: reported, not asserted.
  std::fprintf(stderr, "%zu of 10 rounds were killed with part of the articles stored\n", partial_rounds);
  ASSERT_EQ(run_cli({"add", store, input, "-q"}).exit_code, 0);
  ASSERT_EQ(run_cli({"export", store, "--json", dir + "/store.json"}).exit_code, 0);
  EXPECT_EQ(read_file(dir + "/store.json"), expected);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreCrash, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& param_info) { return store::testing::backend_name(param_info.param); });

}  // namespace
}  // namespace dossier::testing
