#include "ingest/source.h"

#include <sys/stat.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>

#include "dossier/error.h"
#include "ingest/test_util.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;
using testing::gzip;
using testing::TempDir;

// Hands out one byte per read, to cross every chunk boundary.
class TrickleSource final : public ByteSource {
 public:
  explicit TrickleSource(std::string bytes) : bytes_(std::move(bytes)) {}
  size_t read(char* buffer, size_t size) override {
    if (pos_ >= bytes_.size() || size == 0) return 0;
    buffer[0] = bytes_[pos_++];
    return 1;
  }

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

std::string reason_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const InputError& e) {
    return e.reason();
  }
  return "no error";
}

std::string gunzip(const std::string& data, uint64_t limit = UINT64_MAX) {
  MemorySource memory(data);
  GzipSource inflated(memory, "x.gz", limit, "too big");
  return read_all(inflated, UINT64_MAX, "x.gz", "too big");
}

TEST(Source, GzipRoundTripAndMembersInARow) {
  const std::string text = "The dam opened on Monday.\n";
  EXPECT_EQ(gunzip(gzip(text)), text);
  EXPECT_EQ(gunzip(gzip("one ") + gzip("two")), "one two");
  TrickleSource trickle(gzip("a") + gzip("b"));
  GzipSource inflated(trickle, "t.gz", 100, "too big");
  EXPECT_EQ(read_all(inflated, 100, "t.gz", "too big"), "ab");
  // Zeros after the last member are ignored, as gzip does.
  EXPECT_EQ(gunzip(gzip("x") + std::string(10, '\0')), "x");
}

TEST(Source, BadGzipData) {
  const std::string data = gzip(std::string(5000, 'a') + "tail");
  EXPECT_EQ(reason_of([&] { gunzip(data.substr(0, data.size() / 2)); }), "truncated gzip data");
  EXPECT_THAT(reason_of([&] { gunzip("\x1f\x8b garbage follows here"); }),
              HasSubstr("corrupt gzip data"));
  EXPECT_EQ(reason_of([&] { gunzip(data, 1000); }), "too big");
  EXPECT_EQ(reason_of([&] { gunzip(""); }), "not gzip data");
}

TEST(Source, ReadAllStopsAtTheLimit) {
  MemorySource memory("0123456789");
  EXPECT_EQ(reason_of([&] { read_all(memory, 5, "m", "over five"); }), "over five");
  MemorySource exact("01234");
  EXPECT_EQ(read_all(exact, 5, "m", "over five"), "01234");
}

TEST(Source, LinesAcrossChunksWithCarriageReturnsAndNoFinalNewline) {
  TrickleSource source("one\r\ntwo\n\nthree");
  LineReader lines(source, 100);
  std::string line;
  bool too_long = false;
  std::vector<std::string> got;
  while (lines.next(line, too_long)) got.push_back(line);
  EXPECT_EQ(got, (std::vector<std::string>{"one", "two", "", "three"}));
  EXPECT_EQ(lines.line_number(), 4u);
}

TEST(Source, TooLongLinesAreDroppedAndCounted) {
  const std::string bytes = "short\n" + std::string(50, 'x') + "\nafter\n";
  MemorySource source(bytes);
  LineReader lines(source, 10);
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(lines.next(line, too_long));
  EXPECT_FALSE(too_long);
  ASSERT_TRUE(lines.next(line, too_long));
  EXPECT_TRUE(too_long);
  EXPECT_EQ(line, "");
  ASSERT_TRUE(lines.next(line, too_long));
  EXPECT_FALSE(too_long);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(lines.line_number(), 3u);
  EXPECT_FALSE(lines.next(line, too_long));
}

TEST(Source, FilesThatCannotBeRead) {
  TempDir dir;
  const std::string file = dir.write("a.txt", "text");
  FileSource ok(file);
  EXPECT_EQ(ok.size(), 4u);
  EXPECT_EQ(ok.peek(2), "te");
  char buffer[8];
  EXPECT_EQ(ok.read(buffer, sizeof buffer), 4u);

  EXPECT_EQ(reason_of([&] { FileSource f(dir.path("absent.txt")); }), "no such file or directory");
  EXPECT_EQ(reason_of([&] { FileSource f(dir.path()); }), "is a directory");
  std::filesystem::create_symlink(dir.path("gone.txt"), dir.path("link.txt"));
  EXPECT_EQ(reason_of([&] { FileSource f(dir.path("link.txt")); }),
            "broken symbolic link (its target does not exist)");
  ASSERT_EQ(mkfifo(dir.path("pipe.txt").c_str(), 0600), 0);
  // Refused without waiting for a writer.
  EXPECT_EQ(reason_of([&] { FileSource f(dir.path("pipe.txt")); }), "not a regular file (a FIFO)");
  EXPECT_EQ(reason_of([] { FileSource f("/dev/null"); }),
            "not a regular file (a character device)");
}

TEST(Source, FileWithoutReadPermission) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads files whatever their mode";
  TempDir dir;
  const std::string file = dir.write("secret.txt", "text");
  ASSERT_EQ(chmod(file.c_str(), 0), 0);
  EXPECT_EQ(reason_of([&] { FileSource f(file); }), "cannot open: Permission denied");
}

}  // namespace
}  // namespace dossier::ingest
