// End to end: `dossier analyze` on the demo corpus and on a directory of plain-text news writes
// JSON that keeps schema v1 (every span's text is the document text between its offsets, every
// reference resolves) and a well-formed, self-contained HTML report.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"
#include "report/html_check.h"
#include "report/schema_check.h"

namespace dossier::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::IsEmpty;
using nlohmann::json;

struct Analysis {
  CliResult run;
  json dossier;
  std::string html;
};

Analysis analyze(const std::string& input) {
  const std::string out = make_temp_dir();
  Analysis a;
  a.run = run_cli({"analyze", input, "--json", out + "/dossier.json", "--html",
                   out + "/report.html", "--quiet", "--threads", "2"});
  a.dossier = json::parse(read_file(out + "/dossier.json"));
  a.html = read_file(out + "/report.html");
  return a;
}

std::set<std::string> document_texts(const json& dossier) {
  std::set<std::string> texts;
  for (const json& doc : dossier["documents"]) texts.insert(doc["text"].get<std::string>());
  return texts;
}

void expect_valid_outputs(const Analysis& a) {
  EXPECT_THAT(report::testing::schema_violations(a.dossier), IsEmpty());
  EXPECT_THAT(report::testing::span_problems(a.dossier), IsEmpty());
  EXPECT_THAT(report::testing::reference_problems(a.dossier), IsEmpty());
  const auto facts = report::testing::check_html(a.html);
  EXPECT_THAT(facts.problems, IsEmpty());
  for (size_t d = 0; d < a.dossier["documents"].size(); ++d) {
    EXPECT_TRUE(facts.ids.contains("a" + std::to_string(d))) << "article " << d;
  }
}

TEST(DemoCorpus, AnalysisKeepsTheSchema) {
  const std::string demo = std::string(DOSSIER_SOURCE_DIR) + "/examples/demo";
  const Analysis a = analyze(demo);
  EXPECT_EQ(a.run.exit_code, 0) << a.run.err;
  expect_valid_outputs(a);
  // Every plain-text article is a document whose text is the file, byte for byte.
  const auto texts = document_texts(a.dossier);
  size_t articles = 0;
  for (const auto& entry : fs::directory_iterator(demo)) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".txt") {
      EXPECT_TRUE(texts.contains(read_file(entry.path().string()))) << entry.path();
    }
    articles += ext == ".txt" || ext == ".html" || ext == ".jsonl";
  }
  EXPECT_EQ(articles, 7u);
  EXPECT_GE(a.dossier["documents"].size(), articles);
}

TEST(DemoCorpus, PlainTextDirectoryKeepsTheSchema) {
  const std::string dir = make_temp_dir() + "/news";
  const std::vector<std::string> articles = {
      "Ferry strike ends in Porto Velha\n\nBy Ana Quist\n\nPORTO VELHA — Dockworkers voted on "
      "Sunday to end a nine-day strike, the union said.\n",
      "Ministers meet in Łódź\r\n\r\nŁÓDŹ (Reuters) – Ministers from five countries met on "
      "Tuesday. “We agreed on the text,” said Zoë Brandt.\r\n",
      "Tabs\tand\ttrailing spaces   \n\n\nA report with 🌍 emoji and ﬁ ligatures: “quoted” words.",
  };
  for (size_t i = 0; i < articles.size(); ++i) {
    write_file(dir + "/article-" + std::to_string(i) + ".txt", articles[i]);
  }
  const Analysis a = analyze(dir);
  EXPECT_EQ(a.run.exit_code, 0) << a.run.err;
  expect_valid_outputs(a);
  ASSERT_EQ(a.dossier["documents"].size(), articles.size());
  const auto texts = document_texts(a.dossier);
  for (const auto& text : articles) EXPECT_TRUE(texts.contains(text));
}

}  // namespace
}  // namespace dossier::testing
