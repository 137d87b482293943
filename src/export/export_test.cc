#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "dossier/error.h"
#include "dossier/export.h"
#include "report/sample_dossier.h"

namespace dossier {
namespace {

size_t column_index(const Table& table, std::string_view name) {
  for (size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c] == name) return c;
  }
  ADD_FAILURE() << "no column " << name << " in " << table.name;
  return 0;
}

const std::string& text_at(const Table& table, size_t row, std::string_view column) {
  return std::get<std::string>(table.rows.at(row).at(column_index(table, column)));
}

TEST(ExportTest, FormatNamesRoundTrip) {
  for (const char* name : {"csv", "graphml", "gexf", "jsonl", "json", "gdelt"}) {
    const auto format = parse_export_format(name);
    ASSERT_TRUE(format.has_value()) << name;
    EXPECT_EQ(to_string(*format), name);
  }
  EXPECT_FALSE(parse_export_format("xlsx").has_value());
}

TEST(ExportTest, EveryTableHasRowsOfItsWidth) {
  const Dossier dossier = report::testing::sample_dossier();
  EXPECT_EQ(table_names().size(), 8u);
  for (const std::string& name : table_names()) {
    const Table table = make_table(dossier, name);
    EXPECT_EQ(table.name, name);
    EXPECT_EQ(table.columns.front(), "id");
    EXPECT_FALSE(table.rows.empty()) << name;
    for (const auto& row : table.rows) EXPECT_EQ(row.size(), table.columns.size()) << name;
  }
  EXPECT_THROW(make_table(dossier, "stories"), UsageError);
}

TEST(ExportTest, EventRowsCarryEntityIdsCodesAndPlover) {
  const Dossier dossier = report::testing::sample_dossier();
  const Table events = make_table(dossier, "events");
  const Table json_ids = make_table(dossier, "entities");
  bool loan = false;
  for (size_t r = 0; r < events.rows.size(); ++r) {
    if (text_at(events, r, "code") != "071") continue;
    loan = true;
    EXPECT_EQ(text_at(events, r, "source_code"), "IGOFIN");
    EXPECT_EQ(text_at(events, r, "plover_type"), "AID");
    EXPECT_EQ(text_at(events, r, "date"), "2025-11-28");
    EXPECT_EQ(text_at(events, r, "date_basis"), "article");
    EXPECT_EQ(text_at(events, r, "source").front(), 'E');
  }
  EXPECT_TRUE(loan);
}

TEST(ExportTest, CsvQuotesFieldsThatNeedIt) {
  Table table{"t", {"id", "text"}, {}};
  table.rows.resize(2);
  table.rows[0].emplace_back(std::string("a"));
  table.rows[0].emplace_back(std::string("x, \"y\"\nz"));
  table.rows[1].emplace_back(int64_t{7});
  table.rows[1].emplace_back();
  std::ostringstream out;
  write_csv(table, out);
  EXPECT_EQ(out.str(), "id,text\na,\"x, \"\"y\"\"\nz\"\n7,\n");
}

TEST(ExportTest, PloverTypeUsesTheLongestListedPrefix) {
  const auto agree = plover_type("0311");
  ASSERT_TRUE(agree.has_value());
  EXPECT_EQ(agree->category, "AGREE");
  EXPECT_EQ(agree->context, "economic");
  EXPECT_FALSE(plover_type("99").has_value());
  EXPECT_FALSE(plover_type("").has_value());
}

TEST(ExportTest, GdeltRowsHaveTheHeaderWidth) {
  std::ostringstream out;
  write_gdelt(report::testing::sample_dossier(), out);
  std::istringstream lines(out.str());
  std::string line;
  std::getline(lines, line);
  const auto width = std::count(line.begin(), line.end(), '\t');
  size_t rows = 0;
  while (std::getline(lines, line)) {
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), width) << line;
    ++rows;
  }
  EXPECT_GT(rows, 0u);
  EXPECT_NE(out.str().find("\t20251128\t"), std::string::npos);
}

TEST(ExportTest, GraphsHoldTheEventEdge) {
  const Dossier dossier = report::testing::sample_dossier();
  std::ostringstream graphml, gexf;
  write_graphml(dossier, graphml);
  write_gexf(dossier, gexf);
  EXPECT_NE(graphml.str().find("<data key=\"code\">071</data>"), std::string::npos);
  EXPECT_NE(gexf.str().find("value=\"071\""), std::string::npos);
  EXPECT_NE(gexf.str().find("start=\"2025-11-28\""), std::string::npos);
}

}  // namespace
}  // namespace dossier
