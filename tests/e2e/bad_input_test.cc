// Bad input on the command line: each problem gets one message naming the file (and line) and the
// reason, the other inputs are still analysed and written, and the exit status says what happened.
#include <sys/stat.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"

namespace dossier::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

constexpr char kGood[] = "Ministers met in Geneva on Monday to discuss the river treaty.\n";

// Runs analyze on the good article plus the given paths, JSON to stdout.
CliResult analyze_with(const std::string& dir, const std::vector<std::string>& paths) {
  write_file(dir + "/good.txt", kGood);
  std::vector<std::string> args{"analyze", dir + "/good.txt"};
  args.insert(args.end(), paths.begin(), paths.end());
  args.insert(args.end(), {"--json", "-", "--threads", "2"});
  return run_cli(args);
}

std::vector<std::string> document_ids(const CliResult& r) {
  std::vector<std::string> ids;
  const auto json = nlohmann::json::parse(r.out);
  for (const auto& doc : json.at("documents")) {
    ids.push_back(doc.at("id").get<std::string>());
  }
  return ids;
}

// The good article was analysed and written.
void expect_good_written(const CliResult& r) {
  EXPECT_THAT(r.out, HasSubstr("Ministers met in Geneva"));
  EXPECT_THAT(r.err, HasSubstr("analyzed 1 articles"));
}

TEST(BadInput, MissingPath) {
  const std::string dir = make_temp_dir();
  const CliResult r = analyze_with(dir, {dir + "/absent.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("dossier: skipped " + dir + "/absent.txt: no such file or directory"));
  expect_good_written(r);
}

TEST(BadInput, BrokenSymbolicLink) {
  const std::string dir = make_temp_dir();
  fs::create_symlink(dir + "/moved-away.txt", dir + "/link.txt");
  const CliResult r = analyze_with(dir, {dir + "/link.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir +
                               "/link.txt: broken symbolic link (its target does not exist)"));
  expect_good_written(r);
}

TEST(BadInput, FifoIsSkippedWithoutWaitingForAWriter) {
  const std::string dir = make_temp_dir();
  ASSERT_EQ(mkfifo((dir + "/pipe.txt").c_str(), 0600), 0);
  const CliResult r = analyze_with(dir, {dir + "/pipe.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir + "/pipe.txt: not a regular file (a FIFO)"));
  expect_good_written(r);
}

// As root (CI containers) a mode of 000 does not stop reading, so this runs only as a user.
TEST(BadInput, FileWithoutReadPermission) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads files whatever their mode";
  const std::string dir = make_temp_dir();
  write_file(dir + "/secret.txt", "Secret text.");
  ASSERT_EQ(chmod((dir + "/secret.txt").c_str(), 0), 0);
  const CliResult r = analyze_with(dir, {dir + "/secret.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir + "/secret.txt: cannot open: Permission denied"));
  expect_good_written(r);
}

TEST(BadInput, BinaryFile) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/scan.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const CliResult r = analyze_with(dir, {dir + "/scan.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir + "/scan.txt: binary file (NUL byte at offset 8)"));
  expect_good_written(r);
}

TEST(BadInput, InvalidUtf8TextIsDecodedWithAWarning) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/legacy.txt", "The caf\xE9 reopened on Monday, \x93" "finally\x94.\n");
  const CliResult r = analyze_with(dir, {dir + "/legacy.txt"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("dossier: warning: " + dir +
                               "/legacy.txt: not valid UTF-8 (first bad byte 0xE9 at offset 7); "
                               "decoded as Windows-1252"));
  EXPECT_THAT(r.out, HasSubstr("The caf\xC3\xA9 reopened on Monday, \xE2\x80\x9C" "finally"));
}

TEST(BadInput, InvalidUtf8InAJsonLine) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/feed.jsonl",
             "{\"id\":\"ok\",\"text\":\"Fine line.\"}\n{\"text\":\"caf\xE9\"}\n");
  const CliResult r = analyze_with(dir, {dir + "/feed.jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir + "/feed.jsonl:2: not valid UTF-8 (byte 0xE9 at "
                               "column 13)"));
  EXPECT_EQ(document_ids(r), (std::vector<std::string>{"good", "ok"}));
}

TEST(BadInput, EmptyFile) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/empty.txt", "");
  const CliResult r = analyze_with(dir, {dir + "/empty.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir + "/empty.txt: empty file"));
  expect_good_written(r);
}

TEST(BadInput, TwoHundredMegabyteFile) {
  const std::string dir = make_temp_dir();
  // Sparse: the size is refused before any byte is read, so this costs no time.
  { std::ofstream(dir + "/huge.txt") << ""; }
  fs::resize_file(dir + "/huge.txt", 200ull << 20);
  const CliResult r = analyze_with(dir, {dir + "/huge.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir +
                               "/huge.txt: file is 200 MB, above the per-article limit of 64 MB"));
  expect_good_written(r);
}

TEST(BadInput, JsonLineThatIsNotJson) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/feed.jsonl",
             "{\"id\":\"first\",\"text\":\"First article.\"}\n"
             "{\"id\":\"second\",\"text\":\"Second article.\"\n"
             "{\"id\":\"third\",\"text\":\"Third article.\"}\n"
             "{\"id\":\"fourth\",\"title\":\"No text here\"}\n");
  const CliResult r = analyze_with(dir, {dir + "/feed.jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir + "/feed.jsonl:2: not valid JSON: "));
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir + "/feed.jsonl:4: no \"text\" field"));
  EXPECT_EQ(document_ids(r), (std::vector<std::string>{"good", "first", "third"}));
  EXPECT_THAT(r.err, HasSubstr("analyzed 3 articles, skipped 2 inputs"));
}

TEST(BadInput, BadDateInAJsonLineIsAWarning) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/feed.jsonl", "{\"id\":\"x\",\"text\":\"Text.\",\"date\":\"someday\"}\n");
  const CliResult r = analyze_with(dir, {dir + "/feed.jsonl"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("warning: " + dir +
                               "/feed.jsonl:1: \"date\" not understood, ignored: someday"));
  EXPECT_EQ(document_ids(r), (std::vector<std::string>{"good", "x"}));
}

TEST(BadInput, CorruptGzip) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/broken.txt.gz", "\x1f\x8b\x08\x00 this is not deflate data at all");
  const CliResult r = analyze_with(dir, {dir + "/broken.txt.gz"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("skipped " + dir + "/broken.txt.gz: "));
  EXPECT_THAT(r.err, HasSubstr("gzip data"));
  expect_good_written(r);
}

TEST(BadInput, EverythingReadableExitsWithZero) {
  const std::string dir = make_temp_dir();
  const CliResult r = analyze_with(dir, {});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.err, Not(HasSubstr("skipped")));
  expect_good_written(r);
}

TEST(BadInput, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run_cli({"analyze", "--json"}).exit_code, 2);
  EXPECT_EQ(run_cli({"analyze", "x.txt", "--threads", "many"}).exit_code, 2);
  const CliResult empty_date = run_cli({"analyze", "x.txt", "--date", ""});
  EXPECT_EQ(empty_date.exit_code, 2);
  EXPECT_THAT(empty_date.err, HasSubstr("--date wants YYYY-MM-DD, got ''"));
  EXPECT_EQ(run_cli({"analyze", "x.txt", "--date", "2016-01-01junk"}).exit_code, 2);
}

// Issue 12: a number beyond a double's range once ended the run with "internal error".
TEST(BadInput, NumberOverflowInAJsonLineKeepsEveryArticle) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/feed.jsonl",
             "{\"id\":\"first\",\"text\":\"First article.\",\"views\":1e999}\n"
             "{\"id\":\"second\",\"text\":\"Second article.\",\"date\":20160101}\n");
  const CliResult r = analyze_with(dir, {dir + "/feed.jsonl"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("feed.jsonl:1: 1 number(s) beyond the range of a double read as null"));
  EXPECT_EQ(document_ids(r), (std::vector<std::string>{"good", "first", "second"}));
  const auto json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json.at("documents").at(2).at("date"), "2016-01-01");
}

TEST(BadInput, FileNameThatIsNotUtf8GivesValidJson) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/caf\xe9.txt", "The council met on Tuesday.\n");
  const CliResult r = analyze_with(dir, {dir + "/caf\xe9.txt"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // nlohmann's parser rejects invalid UTF-8, as strict readers do.
  EXPECT_EQ(document_ids(r), (std::vector<std::string>{"good", "caf\\xE9"}));
}

TEST(BadInput, CollidingIdsAreRenamedWithAWarning) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/a/good.txt", "Another article with the same name.\n");
  const CliResult r = analyze_with(dir, {dir + "/a/good.txt"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("warning: " + dir + "/a/good.txt: id \"good\" is already taken: "
                               "renamed \"good-2\""));
  EXPECT_EQ(document_ids(r), (std::vector<std::string>{"good", "good-2"}));
}

}  // namespace
}  // namespace dossier::testing
