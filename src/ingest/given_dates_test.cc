#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/time.h>

#include "dossier/error.h"
#include "ingest/given_dates.h"
#include "ingest/ingest.h"
#include "ingest/meta_fields.h"
#include "ingest/test_util.h"

namespace dossier::ingest {
namespace {

using testing::TempDir;

std::string iso(const Document& doc) { return doc.meta.date ? doc.meta.date->iso() : "none"; }

const std::string kText = "The ferry pier closed after engineers found cracks in its pilings.\n";

TEST(DateInPath, DatesStandingAloneInPathsAndUrls) {
  const auto iso_of = [](std::string_view path) {
    const auto date = date_in_path(path);
    return date ? date->iso() : "none";
  };
  EXPECT_EQ(iso_of("pile/2024-12-04-talks.txt"), "2024-12-04");
  EXPECT_EQ(iso_of("2024/12/04/talks.txt"), "2024-12-04");
  EXPECT_EQ(iso_of("wire_20241204_0930.txt"), "2024-12-04");
  EXPECT_EQ(iso_of("https://news.example/2019/10/21/a-title/"), "2019-10-21");
  EXPECT_EQ(iso_of("http://www.example.cn/local/2020-02/19/c_1125597921.htm"), "2020-02-19");
  EXPECT_EQ(iso_of("https://news.example/20160214/need-know.htm"), "2016-02-14");
  EXPECT_EQ(iso_of("https://news.example/story/12345678"), "none");
  EXPECT_EQ(iso_of("https://news.example/2019/10/a-title"), "none");
  EXPECT_EQ(iso_of("mp2024-12-04x.txt"), "none");
  EXPECT_EQ(iso_of("https://2019-10-21.example/a?d=2019-10-21"), "none");
}

TEST(AssignDates, FileNamesDateUndatedArticlesOnly) {
  TempDir dir;
  const ReadResult named = read_input(dir.write("2024-12-04-talks.txt", kText), {});
  ASSERT_EQ(named.documents.size(), 1u);
  EXPECT_EQ(iso(named.documents[0]), "2024-12-04");
  EXPECT_EQ(named.documents[0].meta.date_basis, DateBasis::kMetadata);
  // An article's own date wins over its file's name.
  const ReadResult own = read_input(
      dir.write("2024-12-04-feed.jsonl", "{\"text\": \"Pier closes.\", \"date\": \"2024-11-30\"}\n"), {});
  EXPECT_EQ(iso(own.documents[0]), "2024-11-30");
  // Numbers that cannot be a day of the web's time are no date.
  EXPECT_EQ(iso(read_input(dir.write("1066-10-14-hastings.txt", kText), {}).documents[0]), "none");
  EXPECT_EQ(iso(read_input(dir.write("2999-01-01-future.txt", kText), {}).documents[0]), "none");
}

TEST(AssignDates, ModificationTimeOnlyWhenAsked) {
  TempDir dir;
  const std::string path = dir.write("undated.txt", kText);
  // 2021-03-05 12:00 UTC.
  const struct timeval times[2] = {{1614945600, 0}, {1614945600, 0}};
  ASSERT_EQ(utimes(path.c_str(), times), 0);
  EXPECT_EQ(iso(read_input(path, {}).documents[0]), "none");
  ReadOptions options;
  options.dates.from_mtime = true;
  const ReadResult r = read_input(path, options);
  EXPECT_EQ(iso(r.documents[0]), "2021-03-05");
  EXPECT_EQ(r.documents[0].meta.date_basis, DateBasis::kInferred);
  EXPECT_EQ(r.documents[0].meta.date_evidence, "the file's modification time");
}

TEST(AssignDates, ATableOfPathsAndIdsWins) {
  TempDir dir;
  const std::string a = dir.write("pile/a.txt", kText);
  const std::string b = dir.write("pile/2020-01-01-b.txt", kText);
  const std::string table = dir.write("dates.tsv", "# path or id\tdate\n" + dir.path("pile/./a.txt") +
                                                       "\t2024-12-04\n2020-01-01-b\t2024-12-05\n\n");
  ReadOptions options;
  options.dates.given = std::make_shared<const GivenDates>(GivenDates::load(table));
  EXPECT_EQ(iso(read_input(a, options).documents[0]), "2024-12-04");
  EXPECT_EQ(iso(read_input(b, options).documents[0]), "2024-12-05");
}

TEST(AssignDates, ABadTableLineNamesFileAndLine) {
  TempDir dir;
  const std::string table = dir.write("dates.tsv", "a.txt\t2024-12-04\nb.txt 2024-12-05\n");
  try {
    GivenDates::load(table);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.reason(), "expected a path or id, a tab and a date (YYYY-MM-DD)");
  }
  EXPECT_THROW(GivenDates::load(dir.write("bad.tsv", "a.txt\t2024-13-04\n")), InputError);
}

}  // namespace
}  // namespace dossier::ingest
