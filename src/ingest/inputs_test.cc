#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "ingest/ingest.h"
#include "ingest/test_util.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;
namespace fs = std::filesystem;

TEST(Inputs, DirectoriesAreWalkedInNameOrder) {
  TempDir dir;
  dir.write("b.txt", "b");
  dir.write("a.jsonl", "{}");
  dir.write("sub/c.html", "<p>c</p>");
  dir.write("sub/deeper/d.txt.gz", "");
  dir.write(".git/config.txt", "hidden");
  dir.write(".hidden.txt", "hidden");
  dir.write("notes.md", "not an article");
  dir.write("photo.jpg", "not an article");
  std::vector<Diagnostic> diagnostics;
  const auto files = list_inputs({dir.path()}, diagnostics);
  EXPECT_EQ(files, (std::vector<std::string>{dir.path("a.jsonl"), dir.path("b.txt"),
                                             dir.path("sub/c.html"),
                                             dir.path("sub/deeper/d.txt.gz")}));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_THAT(diagnostics[0].message, HasSubstr("ignored 2 files that are not .txt"));
}

TEST(Inputs, MissingPathsBrokenLinksAndDuplicates) {
  TempDir dir;
  const std::string file = dir.write("a.txt", "a");
  fs::create_symlink(dir.path("gone.txt"), dir.path("dangling.txt"));
  fs::create_directories(dir.path("empty"));
  std::vector<Diagnostic> diagnostics;
  const auto files = list_inputs(
      {file, dir.path("absent.txt"), dir.path("dangling.txt"), file, dir.path("empty"), ""},
      diagnostics);
  EXPECT_EQ(files, std::vector<std::string>{file});
  std::vector<std::string> got;
  for (const auto& d : diagnostics) got.push_back(d.to_string());
  EXPECT_EQ(got, (std::vector<std::string>{
                     dir.path("absent.txt") + ": no such file or directory",
                     dir.path("dangling.txt") + ": broken symbolic link (its target does not exist)",
                     dir.path("empty") + ": no files in this directory", "an empty path",
                     file + ": given more than once; read once"}));
}

TEST(Inputs, SpecialFilesAndLinksInsideDirectories) {
  TempDir dir;
  dir.write("real/a.txt", "a");
  fs::create_directory_symlink(dir.path("real"), dir.path("alias"));
  fs::create_directory_symlink(dir.path(), dir.path("real/loop"));
  fs::create_symlink(dir.path("nowhere.txt"), dir.path("real/broken.txt"));
  ASSERT_EQ(mkfifo(dir.path("real/pipe.txt").c_str(), 0600), 0);
  std::vector<Diagnostic> diagnostics;
  const auto files = list_inputs({dir.path()}, diagnostics);
  // The FIFO is listed so that reading it says what it is; the loop is followed once.
  EXPECT_EQ(files, (std::vector<std::string>{dir.path("real/a.txt"), dir.path("real/pipe.txt")}));
  bool broken = false;
  for (const auto& d : diagnostics) broken = broken || d.message.starts_with("broken symbolic link");
  EXPECT_TRUE(broken);
}

TEST(Inputs, UniqueIdsAreAssignedWithOneWarningPerId) {
  std::vector<Document> docs(4);
  docs[0].id = "a";
  docs[1].id = "a";
  docs[1].path = "second.txt";
  docs[2].id = "a-2";
  docs[3].id = "a";
  std::vector<Diagnostic> diagnostics;
  assign_unique_ids(docs, diagnostics);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[1].id, "a-3");
  EXPECT_EQ(docs[2].id, "a-2");
  EXPECT_EQ(docs[3].id, "a-4");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].to_string(),
            "second.txt: id \"a\" is already taken: 2 articles renamed \"a-3\" to \"a-4\" in input order");
  std::vector<Document> many(50000);
  for (auto& d : many) d.id = "feed";
  diagnostics.clear();
  assign_unique_ids(many, diagnostics);
  EXPECT_EQ(many.back().id, "feed-50000");
  EXPECT_EQ(diagnostics.size(), 1u);
}

TEST(Inputs, LinkLoopsAndUnreadableDirectoriesSayWhatTheyAre) {
  TempDir dir;
  dir.write("d/a.txt", "a");
  fs::create_directory_symlink(".", dir.path("d/self"));
  fs::create_symlink(dir.path("two.txt"), dir.path("one.txt"));
  fs::create_symlink(dir.path("one.txt"), dir.path("two.txt"));
  std::vector<Diagnostic> diagnostics;
  const auto files = list_inputs({dir.path("d"), dir.path("one.txt")}, diagnostics);
  EXPECT_EQ(files, std::vector<std::string>{dir.path("d/a.txt")});
  std::vector<std::string> got;
  for (const auto& d : diagnostics) got.push_back(d.to_string());
  EXPECT_EQ(got, (std::vector<std::string>{
                     dir.path("d/self") + ": directory already read through another path (a "
                                          "symbolic link loop or a second link); skipped",
                     dir.path("one.txt") + ": symbolic link loop (the links point at each other)"}));
  if (geteuid() == 0) GTEST_SKIP() << "root reads any directory";
  fs::create_directories(dir.path("locked"));
  fs::permissions(dir.path("locked"), fs::perms::none);
  diagnostics.clear();
  list_inputs({dir.path("locked")}, diagnostics);
  fs::permissions(dir.path("locked"), fs::perms::owner_all);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_THAT(diagnostics[0].message, HasSubstr("cannot read directory"));
}

TEST(Inputs, NamesThatAreNotUtf8AreEscapedInDiagnostics) {
  TempDir dir;
  std::vector<Diagnostic> diagnostics;
  list_inputs({dir.path("caf\xe9.txt")}, diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].file, dir.path("caf\\xE9.txt"));
}

}  // namespace
}  // namespace dossier::ingest
