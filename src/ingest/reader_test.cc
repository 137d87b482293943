#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/ingest.h"
#include "ingest/test_util.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;
using testing::gzip;
using testing::TempDir;

std::vector<std::string> messages(const ReadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) {
    out.push_back(std::string(d.severity == Diagnostic::Severity::kError ? "error " : "warning ") +
                  d.to_string());
  }
  return out;
}

TEST(Reader, PlainText) {
  TempDir dir;
  const std::string path = dir.write("wire.txt", "\xEF\xBB\xBFTalks stall\n\nThe talks stalled.\n");
  const ReadResult r = read_input(path, {});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "wire");
  EXPECT_EQ(r.documents[0].path, path);
  EXPECT_EQ(r.documents[0].text, "Talks stall\n\nThe talks stalled.\n");
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Reader, Windows1252TextIsReadWithAWarning) {
  TempDir dir;
  const std::string path = dir.write("legacy.txt", "He said \x93no\x94.");
  const ReadResult r = read_input(path, {});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, "He said \xE2\x80\x9Cno\xE2\x80\x9D.");
  EXPECT_EQ(messages(r), std::vector<std::string>{
                             "warning " + path +
                             ": not valid UTF-8 (first bad byte 0x93 at offset 8); decoded as "
                             "Windows-1252"});
}

TEST(Reader, FilesThatAreSkipped) {
  TempDir dir;
  const auto only_error = [](const ReadResult& r) {
    EXPECT_TRUE(r.documents.empty());
    return r.diagnostics.size() == 1 ? r.diagnostics[0].message : "diagnostics: " +
                                                                       std::to_string(r.diagnostics.size());
  };
  EXPECT_EQ(only_error(read_input(dir.write("empty.txt", ""), {})), "empty file");
  EXPECT_EQ(only_error(read_input(dir.write("blank.txt", " \n\t\n"), {})),
            "no text (only whitespace)");
  EXPECT_EQ(only_error(read_input(dir.write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0", 10)),
                                  {})),
            "binary file (NUL byte at offset 8)");
  EXPECT_EQ(only_error(read_input(dir.write("fake.txt.gz", "plain words"), {})),
            "not gzip data, though the name ends in .gz");
  EXPECT_EQ(only_error(read_input(dir.path("absent.txt"), {})), "no such file or directory");
  EXPECT_EQ(only_error(read_input(dir.path(), {})), "is a directory");
}

TEST(Reader, SizeLimitIsPerArticle) {
  TempDir dir;
  // A sparse 200 MB file: the limit is checked before anything is read.
  const std::string big = dir.path("big.txt");
  { std::ofstream(big) << ""; }
  std::filesystem::resize_file(big, 200ull << 20);
  const ReadResult r = read_input(big, {});
  EXPECT_TRUE(r.documents.empty());
  EXPECT_EQ(messages(r), std::vector<std::string>{
                             "error " + big + ": file is 200 MB, above the per-article limit of 64 MB"});

  // A JSON Lines file larger than the limit is read when each line is within it.
  std::string lines;
  for (int i = 0; i < 100; ++i) {
    lines += R"({"text":")" + std::string(200, 'a') + R"("})" + "\n";
  }
  ReadOptions small;
  small.max_article_bytes = 1024;
  const ReadResult many = read_input(dir.write("many.jsonl", lines), small);
  EXPECT_EQ(many.documents.size(), 100u);
  EXPECT_TRUE(many.diagnostics.empty());
  const ReadResult long_line = read_input(
      dir.write("long.jsonl", R"({"text":")" + std::string(2000, 'a') + "\"}\n{\"text\":\"ok\"}\n"),
      small);
  EXPECT_EQ(long_line.documents.size(), 1u);
  EXPECT_EQ(messages(long_line),
            std::vector<std::string>{"error " + dir.path("long.jsonl") +
                                     ":1: line is larger than the per-article limit of 1 KB"});
  const ReadResult big_text = read_input(dir.write("t.txt", std::string(2000, 'a')), small);
  EXPECT_EQ(big_text.diagnostics.at(0).message, "file is 2 KB, above the per-article limit of 1 KB");
}

TEST(Reader, JsonLinesWithBadLines) {
  TempDir dir;
  const std::string path = dir.write(
      "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"First.\"}\r\n"
      "\n"
      "not json at all\n"
      "{\"title\":\"no text\"}\n"
      "{\"text\":\"Second.\",\"date\":\"someday\"}\n"
      "{\"text\":\"Third.\"}");
  const ReadResult r = read_input(path, {});
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(r.documents[0].id, "a");
  EXPECT_EQ(r.documents[0].path, path + ":1");
  EXPECT_EQ(r.documents[1].id, "feed");
  EXPECT_EQ(r.documents[1].path, path + ":5");
  EXPECT_EQ(r.documents[2].path, path + ":6");
  const auto m = messages(r);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_THAT(m[0], HasSubstr("error " + path + ":3: not valid JSON"));
  EXPECT_EQ(m[1], "error " + path + ":4: no \"text\" field");
  EXPECT_EQ(m[2], "warning " + path + ":5: \"date\" not understood, ignored: someday");
}

TEST(Reader, ManyBadLinesAreSummarised) {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 30; ++i) lines += "nope\n";
  lines += "{\"text\":\"The one good line.\"}\n";
  const ReadResult r = read_input(dir.write("noise.jsonl", lines), {});
  EXPECT_EQ(r.documents.size(), 1u);
  ASSERT_EQ(r.diagnostics.size(), 21u);
  EXPECT_EQ(r.diagnostics.back().message, "10 more bad lines skipped (not shown)");
  EXPECT_EQ(r.diagnostics.back().severity, Diagnostic::Severity::kError);
}

TEST(Reader, BinaryOrEmptyJsonLinesAreOneMessage) {
  TempDir dir;
  const ReadResult binary =
      read_input(dir.write("blob.jsonl", std::string("\x7f" "ELF\x02\x01\0\0\n\0\x01\n", 12)), {});
  EXPECT_EQ(messages(binary), std::vector<std::string>{"error " + dir.path("blob.jsonl") +
                                                       ": binary file (NUL byte at offset 6)"});
  const ReadResult blank = read_input(dir.write("blank.jsonl", "\n\n  \n"), {});
  EXPECT_EQ(blank.diagnostics.at(0).message, "no articles (only blank lines)");
}

TEST(Reader, GzipOfEachFormat) {
  TempDir dir;
  const ReadResult text = read_input(dir.write("a.txt.gz", gzip("Gzipped text.")), {});
  ASSERT_EQ(text.documents.size(), 1u);
  EXPECT_EQ(text.documents[0].id, "a");
  EXPECT_EQ(text.documents[0].text, "Gzipped text.");
  const ReadResult lines = read_input(
      dir.write("b.jsonl.gz", gzip("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n")), {});
  EXPECT_EQ(lines.documents.size(), 2u);
  EXPECT_EQ(lines.documents[1].path, dir.path("b.jsonl.gz") + ":2");
  const ReadResult page = read_input(
      dir.write("c.html.gz", gzip("<title>T</title><p>A page that was compressed.</p>")), {});
  ASSERT_EQ(page.documents.size(), 1u);
  EXPECT_EQ(page.documents[0].text, "A page that was compressed.");
  EXPECT_EQ(page.documents[0].meta.title, "T");
  // Gzip data is recognised by its bytes even without the .gz name.
  const ReadResult unnamed = read_input(dir.write("d.txt", gzip("Hidden gzip.")), {});
  EXPECT_EQ(unnamed.documents.at(0).text, "Hidden gzip.");
}

TEST(Reader, GzipBombsAreStopped) {
  TempDir dir;
  ReadOptions options;
  options.max_article_bytes = 1 << 20;
  const ReadResult text = read_input(dir.write("bomb.txt.gz", gzip(std::string(4 << 20, 'a'))), options);
  EXPECT_EQ(text.diagnostics.at(0).message,
            "decompresses to more than the per-article limit of 1 MB");
  std::string lines;
  for (int i = 0; i < 100000; ++i) lines += "{\"text\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}\n";
  // Deflate at its best packs these lines over 300 times: more than real text ever expands.
  const ReadResult feed = read_input(dir.write("bomb.jsonl.gz", gzip(lines, Z_BEST_COMPRESSION)), options);
  EXPECT_FALSE(feed.documents.empty());
  EXPECT_THAT(feed.diagnostics.at(0).message, HasSubstr("a likely zip bomb"));
}

TEST(Reader, FormatFromContentWhenTheNameSaysNothing) {
  TempDir dir;
  EXPECT_EQ(read_input(dir.write("notes", "Plain words."), {}).documents.at(0).text, "Plain words.");
  EXPECT_EQ(read_input(dir.write("feed.json", "{\"text\":\"From JSON.\"}\n"), {}).documents.at(0).text,
            "From JSON.");
  EXPECT_EQ(read_input(dir.write("page.php", "<!DOCTYPE html><p>From a page.</p>"), {})
                .documents.at(0)
                .text,
            "From a page.");
}

TEST(Reader, ReadBytesInMemory) {
  const ReadResult r = read_bytes("{\"text\":\"x\"}\n{oops\n", "mem.jsonl", {});
  EXPECT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.diagnostics.at(0).line, 2u);
}

TEST(Reader, IdsFromPaths) {
  EXPECT_EQ(id_from_path("dir/a.jsonl.gz"), "a");
  EXPECT_EQ(id_from_path("dir/a.b.txt"), "a.b");
  EXPECT_EQ(id_from_path("noext"), "noext");
  EXPECT_EQ(id_from_path(".hidden"), ".hidden");
  EXPECT_EQ(id_from_path("x/REPORT.TXT.GZ"), "REPORT");
}

// The hostile inputs of issue 12: each is a diagnostic for its input or line, never the run.
TEST(Reader, HostileInputsLoseOnlyThemselves) {
  const ReadResult numbers = read_bytes(
      "{\"text\":\"The dam opened.\",\"score\":1e999,\"n\":[-2E+400,\"1e999\",1e-999]}\n"
      "{\"text\":\"Second article.\",\"date\":20160101}\n"
      "{\"text\":\"Third.\",\"date\":1e999}\n",
      "feed.jsonl", {});
  ASSERT_EQ(numbers.documents.size(), 3u);
  EXPECT_EQ(numbers.documents[1].meta.date->iso(), "2016-01-01");
  EXPECT_FALSE(numbers.documents[2].meta.date);
  EXPECT_EQ(messages(numbers),
            (std::vector<std::string>{
                "warning feed.jsonl:1: 2 number(s) beyond the range of a double read as null",
                "warning feed.jsonl:3: 1 number(s) beyond the range of a double read as null"}));

  const ReadResult bad_name = read_bytes("Plain text.", "caf\xe9/n\xffws.txt", {});
  ASSERT_EQ(bad_name.documents.size(), 1u);
  EXPECT_EQ(bad_name.documents[0].path, "caf\\xE9/n\\xFFws.txt");
  EXPECT_EQ(bad_name.documents[0].id, "n\\xFFws");

  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>The dam opened on Monday after six years of delay, officials said.</p>";
  const ReadResult html = read_bytes(deep, "deep.html", {});
  ASSERT_EQ(html.documents.size(), 1u);
  EXPECT_THAT(html.documents[0].text, HasSubstr("The dam opened"));
  ASSERT_EQ(html.diagnostics.size(), 1u);
  EXPECT_THAT(html.diagnostics[0].message, HasSubstr("nested deeper than"));
}

}  // namespace
}  // namespace dossier::ingest
