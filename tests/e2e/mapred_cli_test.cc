// dossier map and dossier reduce: the two halves give what analyze gives, whatever the split and
// the order of the records; a damaged or foreign record is named and skipped.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/cli_runner.h"
#include "mapred/record.h"

namespace dossier::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Invented articles: two plain-text reports, a JSON Lines file of two (one reusing an id, one
// line broken) in a subdirectory, and a file of another type.
std::string write_corpus() {
  const std::string dir = make_temp_dir() + "/corpus";
  write_file(dir + "/2024-03-02-river.txt",
             "Floods close the river road\n\nThe river road near Tarnow was closed on Saturday after "
             "heavy rain, the regional council said. \"We expect the water to fall by Monday,\" said "
             "council spokesman Piotr Nowak.\n");
  write_file(dir + "/2024-03-03-bridge.txt",
             "Bridge reopens after floods\n\nThe old bridge at Tarnow reopened on Sunday. Engineers "
             "from the regional council inspected it overnight, Piotr Nowak told reporters. The council "
             "plans to widen the bridge next year.\n");
  write_file(dir + "/feed/wire.jsonl",
             "{\"id\":\"2024-03-02-river\",\"title\":\"Rain eases\",\"date\":\"2024-03-04\",\"text\":"
             "\"Rain eased across the region on Monday, forecasters said. The council thanked volunteers.\"}\n"
             "{\"id\": broken\n"
             "{\"id\":\"wire-2\",\"date\":\"2024-03-05\",\"text\":\"The council approved repairs to the "
             "river road on Tuesday, council member Anna Lis said.\"}\n");
  write_file(dir + "/notes.md", "not an article\n");
  return dir;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

TEST(MapReduceCli, SplitMapsReducedInAnyOrderWriteWhatAnalyzeWrites) {
  const std::string corpus = write_corpus();
  const std::string dir = make_temp_dir();
  // With the attributions, which the records carry like every other layer.
  const CliResult analyzed = run_cli({"analyze", corpus, "--attributions", "--json", "-", "-q"});
  ASSERT_EQ(analyzed.exit_code, 1) << analyzed.err;  // the broken line
  EXPECT_THAT(analyzed.out, HasSubstr("\"attributions\": [\n    {"));

  // A driver's listing, handed to two map tasks (files interleaved), reduced in reverse order.
  const CliResult listed = run_cli({"map", "--list", corpus});
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  std::vector<std::string> task[2];
  int next = 0;
  for (const auto& line : lines_of(listed.out)) task[next++ % 2].push_back(line);
  std::vector<std::string> records;
  for (int t = 0; t < 2; ++t) {
    write_file(dir + "/task" + std::to_string(t), joined(task[t]));
    const CliResult mapped = run_cli({"map", "--threads", "1"}, dir + "/task" + std::to_string(t));
    ASSERT_LE(mapped.exit_code, 1) << mapped.err;
    write_file(dir + "/records" + std::to_string(t), mapped.out);
  }
  const CliResult reduced =
      run_cli({"reduce", dir + "/records1", dir + "/records0", "--attributions", "--json", "-", "-q"});
  EXPECT_EQ(reduced.exit_code, 0) << reduced.err;
  EXPECT_EQ(reduced.out, analyzed.out);

  // One map of the whole directory, its records shuffled.
  const CliResult whole = run_cli({"map", corpus});
  EXPECT_EQ(whole.exit_code, 1);
  EXPECT_THAT(whole.err, HasSubstr("wire.jsonl:2"));
  std::vector<std::string> shuffled = lines_of(whole.out);
  std::reverse(shuffled.begin(), shuffled.end());
  std::rotate(shuffled.begin(), shuffled.begin() + 2, shuffled.end());
  write_file(dir + "/shuffled", joined(shuffled));
  EXPECT_EQ(run_cli({"reduce", "--attributions", "--json", "-", "-q"}, dir + "/shuffled").out, analyzed.out);
  EXPECT_THAT(analyzed.out, HasSubstr("\"2024-03-02-river-2\""));
}

TEST(MapReduceCli, DamagedRecordsAreNamedByLineAndTheRestIsReduced) {
  const std::string corpus = write_corpus();
  const std::string dir = make_temp_dir();
  std::vector<std::string> lines = lines_of(run_cli({"map", corpus}).out);
  std::vector<size_t> articles;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find("\"article\"") != std::string::npos) articles.push_back(i);
  }
  ASSERT_EQ(articles.size(), 4u);
  std::string& flipped = lines[articles[0]];
  const size_t middle = flipped.find("\"article\"") + 200;
  flipped[middle] = flipped[middle] == 'A' ? 'B' : 'A';       // one bit of the payload: checksum
  lines[articles[1]].resize(lines[articles[1]].size() / 2);  // a cut line
  lines.insert(lines.begin(), "{\"dossier_map\":2,\"id\":\"x\",\"article\":\"\"}");  // a later format
  write_file(dir + "/records.jsonl", joined(lines));
  const CliResult r = run_cli({"reduce", dir + "/records.jsonl", "--json", "-"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("records.jsonl:1: map record skipped: record format 2"));
  EXPECT_THAT(r.err, HasSubstr("records.jsonl:" + std::to_string(articles[0] + 2) + ": map record skipped: "));
  EXPECT_THAT(r.err, HasSubstr("checksum"));
  EXPECT_THAT(r.err, HasSubstr("records.jsonl:" + std::to_string(articles[1] + 2) +
                               ": map record skipped: not valid JSON"));
  EXPECT_THAT(r.err, HasSubstr("reduced 2 articles, skipped 3 map records"));
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n') > 0, true);
  EXPECT_THAT(r.out, HasSubstr("map record skipped"));
}

TEST(MapReduceCli, RecordsOfOtherCodeOrModelsAreRefused) {
  const std::string dir = make_temp_dir();
  Document doc;
  doc.id = "made-elsewhere";
  doc.path = "elsewhere.txt";
  doc.text = "Ministers met on Monday.";
  write_file(dir + "/records.jsonl",
             mapred::article_line({"elsewhere.txt", 0}, doc, "", {"0.1+layers1", "models-00000000"}) + "\n");
  const CliResult r = run_cli({"reduce", dir + "/records.jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("records.jsonl:1: map record skipped: made by dossier 0.1+layers1 with "
                               "models-00000000, but this is dossier "));
  EXPECT_THAT(r.err, HasSubstr("no map record could be read; nothing written"));
  EXPECT_EQ(r.out, "");
}

TEST(MapReduceCli, StandardInputTakesPathsArticlesAndRecords) {
  const std::string corpus = write_corpus();
  const std::string dir = make_temp_dir();
  const std::string listing_record = lines_of(run_cli({"map", "--list", corpus}).out).back();
  ASSERT_THAT(listing_record, HasSubstr("\"step\":\"list\""));
  write_file(dir + "/input",
             corpus + "/2024-03-02-river.txt\n"
             "{\"id\":\"note-1\",\"title\":\"Council meets\",\"date\":\"2024-03-06\",\"text\":\"The council met "
             "on Wednesday to discuss the floods.\"}\n\n" +
                 listing_record + "\n{\"text\": 3}\n");
  const CliResult mapped = run_cli({"map", "--name", "desk"}, dir + "/input");
  EXPECT_EQ(mapped.exit_code, 1);
  EXPECT_THAT(mapped.err, HasSubstr("desk:5: \"text\" is not a string"));
  const std::vector<std::string> lines = lines_of(mapped.out);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), listing_record), 1);
  write_file(dir + "/records", mapped.out);
  const CliResult reduced = run_cli({"reduce", dir + "/records", "--json", "-"});
  EXPECT_EQ(reduced.exit_code, 0) << reduced.err;
  EXPECT_THAT(reduced.out, HasSubstr("\"note-1\""));
  EXPECT_THAT(reduced.out, HasSubstr("\"desk\""));
  EXPECT_THAT(reduced.out, HasSubstr("2024-03-02-river.txt"));
  EXPECT_THAT(reduced.out, Not(HasSubstr("wire.jsonl")));
}

}  // namespace
}  // namespace dossier::testing
