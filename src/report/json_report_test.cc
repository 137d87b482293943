// The JSON writer against schema v2 (docs/schema.md, docs/dossier.schema.json), and the checks
// that guard it: each must reject output that breaks its rule.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "dossier/writers.h"
#include "report/json_stream.h"
#include "report/sample_dossier.h"
#include "report/schema_check.h"

namespace dossier::report::testing {
namespace {

using ::testing::IsEmpty;
using ::testing::Not;
using nlohmann::json;

json to_json(const Dossier& dossier) {
  std::ostringstream out;
  write_json(dossier, out);
  return json::parse(out.str());
}

const json& sample_json() {
  static const json sample = to_json(sample_dossier());
  return sample;
}

const json& find_by(const json& array, const char* key, std::string_view value) {
  for (const json& item : array) {
    if (item.value(key, "") == value) return item;
  }
  throw std::logic_error("no item with " + std::string(key) + " " + std::string(value));
}

TEST(JsonReport, AnEventTheCoderLeftUndatedIsWrittenUndated) {
  Dossier d = sample_dossier();
  for (Document& doc : d.documents) {
    for (Event& e : doc.events) {
      e.date.reset();
      e.date_basis = EventDateBasis::kNone;
    }
  }
  const json j = to_json(d);
  ASSERT_FALSE(j["events"].empty());
  for (const json& e : j["events"]) {
    EXPECT_TRUE(e["date"].is_null());
    EXPECT_EQ(e["date_basis"], "none");
  }
  EXPECT_THAT(schema_violations(j), IsEmpty());
}

TEST(JsonReport, SampleDossierKeepsEveryRule) {
  const json& j = sample_json();
  EXPECT_THAT(schema_violations(j), IsEmpty());
  EXPECT_THAT(span_problems(j), IsEmpty());
  EXPECT_THAT(reference_problems(j), IsEmpty());
  for (const char* array : {"documents", "entities", "quotes", "times", "events", "stories",
                            "duplicates", "conflicts", "diagnostics"}) {
    EXPECT_FALSE(j.at(array).empty()) << array << " is not exercised";
  }
  EXPECT_EQ(j.at("schema_version"), 2);
}

// A belief or intention goes to "attributions", never to "quotes" or its count.
TEST(JsonReport, AttributionsAreWrittenApartFromQuotes) {
  Dossier d = sample_dossier();
  Document& doc = d.documents.front();
  const auto word_end = static_cast<uint32_t>(doc.text.find(' '));
  ASSERT_GT(word_end, 0u);
  Attribution a;
  a.span = {0, word_end};
  a.cue = {0, word_end};
  a.kind = AttributionKind::kIntention;
  a.confidence = 0.4f;
  doc.attributions.push_back(a);
  EXPECT_FALSE(to_json(d).contains("attributions"));  // only when asked for
  std::ostringstream written;
  write_json(d, written, true, true);
  json j = json::parse(written.str());
  ASSERT_EQ(j["attributions"].size(), 1u);
  const json& out = j["attributions"][0];
  EXPECT_EQ(out["id"], "A1");
  EXPECT_EQ(out["kind"], "intention");
  EXPECT_EQ(out["text"], doc.text.substr(0, word_end));
  EXPECT_TRUE(out["holder"].is_null());
  EXPECT_EQ(j["quotes"].size(), sample_json()["quotes"].size());
  EXPECT_THAT(schema_violations(j), IsEmpty());
  j["attributions"][0]["kind"] = "direct";
  EXPECT_THAT(schema_violations(j), Not(IsEmpty()));
}

TEST(JsonReport, EmptyDossierHasEveryArray) {
  const json j = to_json(Dossier{});
  EXPECT_THAT(all_problems(j), IsEmpty());
  for (const char* array : {"documents", "entities", "quotes", "times", "events", "stories",
                            "duplicates", "conflicts"}) {
    ASSERT_TRUE(j.contains(array)) << array;
    EXPECT_TRUE(j[array].is_array() && j[array].empty()) << array;
  }
}

TEST(JsonReport, OffsetsCountCodePointsNotBytes) {
  const json& doc = find_by(sample_json()["documents"], "id", "mpa-1");
  const json& headline = doc["headers"][0];
  EXPECT_EQ(headline["kind"], "headline");
  EXPECT_EQ(headline["start"], 0);
  EXPECT_EQ(headline["end"], 52);  // 56 bytes: š takes two, the emoji four
  const json& quote = find_by(sample_json()["quotes"], "id", "Q1");
  EXPECT_EQ(quote["start"], 197);  // byte offset 206
  EXPECT_EQ(quote["end"], 221);
  EXPECT_EQ(quote["text"], "“Nobody will pay alone,”");
}

TEST(JsonReport, ReferencesAndNulls) {
  const json& j = sample_json();
  const json& first = find_by(j["quotes"], "id", "Q1");
  EXPECT_EQ(first["speaker"], "E1");
  EXPECT_EQ(first["cue"], "told");
  EXPECT_EQ(find_by(j["quotes"], "id", "Q2")["continues"], "Q1");
  const json& unnamed = find_by(j["quotes"], "id", "Q5");
  EXPECT_TRUE(unnamed["speaker"].is_null());
  EXPECT_EQ(unnamed["speaker_text"], "A senior official");
  EXPECT_EQ(unnamed["kind"], "partial");
  const json& loan = find_by(j["events"], "id", "V2");
  EXPECT_EQ(loan["source"], "E5");
  EXPECT_EQ(loan["source_text"], "Continental Reconstruction Bank");
  EXPECT_EQ(loan["target"], "E3");
  EXPECT_EQ(loan["trigger"], "approved");
  const json& said = find_by(j["events"], "id", "V1");
  EXPECT_TRUE(said["target"].is_null());
  EXPECT_TRUE(said["target_text"].is_null());
  const json& undated = find_by(j["documents"], "id", "undated");
  EXPECT_TRUE(undated["date"].is_null());
  EXPECT_EQ(undated["date_basis"], "none");
  EXPECT_TRUE(undated["title"].is_null());
  EXPECT_TRUE(j["conflicts"][1]["entity"].is_null());
}

// Each case breaks the sample output in one way; the named check must notice.
struct Breakage {
  const char* what;
  std::function<void(json&)> apply;
  std::function<std::vector<std::string>(const json&)> check;
};

TEST(SchemaCheck, RejectsOutputThatBreaksTheContract) {
  const auto schema = [](const json& j) { return schema_violations(j); };
  const auto spans = [](const json& j) { return span_problems(j); };
  const auto refs = [](const json& j) { return reference_problems(j); };
  const std::vector<Breakage> cases = {
      {"document without text", [](json& j) { j["documents"][0].erase("text"); }, schema},
      {"top-level array missing", [](json& j) { j.erase("times"); }, schema},
      {"schema version 1", [](json& j) { j["schema_version"] = 1; }, schema},
      {"generator without version", [](json& j) { j["generator"] = "dossier"; }, schema},
      {"entity type outside the enum", [](json& j) { j["entities"][0]["type"] = "PEOPLE"; },
       schema},
      {"quote kind outside the enum", [](json& j) { j["quotes"][0]["kind"] = "reported"; },
       schema},
      {"date not ISO", [](json& j) { j["documents"][0]["date"] = "7 November 2025"; }, schema},
      {"date without basis", [](json& j) { j["documents"][3]["date"] = "2025-11-07"; }, schema},
      {"basis without date", [](json& j) { j["documents"][0]["date"] = nullptr; }, schema},
      {"unknown date basis", [](json& j) { j["documents"][0]["date_basis"] = "guess"; }, schema},
      {"speaker not an entity id", [](json& j) { j["quotes"][0]["speaker"] = "Halvašić"; },
       schema},
      {"negative offset", [](json& j) { j["times"][0]["start"] = -1; }, schema},
      {"event code not CAMEO", [](json& j) { j["events"][0]["code"] = "71a"; }, schema},
      {"conflict with one claim", [](json& j) { j["conflicts"][0]["claims"].erase(1); }, schema},
      {"similarity above one",
       [](json& j) { j["duplicates"][0]["copies"][0]["similarity"] = 1.5; }, schema},
      {"duplicate group without copies", [](json& j) { j["duplicates"][0]["copies"] = json::array(); },
       schema},
      {"duplicates as pairs (schema 1)",
       [](json& j) { j["duplicates"][0] = {{"a", "x"}, {"b", "y"}, {"similarity", 0.5}}; }, schema},
      {"role status outside the enum",
       [](json& j) { j["entities"][0]["roles"][0]["status"] = "ex"; }, schema},
      {"quote shifted by one", [](json& j) { j["quotes"][0]["start"] = 198; }, spans},
      {"mention text edited", [](json& j) { j["entities"][0]["mentions"][0]["text"] = "T. H."; },
       spans},
      {"offset past the end", [](json& j) { j["times"][0]["end"] = 100000; }, spans},
      {"cue offsets wrong", [](json& j) { j["quotes"][0]["cue_start"] = 0; }, spans},
      {"header text wrong", [](json& j) { j["documents"][0]["headers"][1]["text"] = "By"; },
       spans},
      {"span in an unknown document", [](json& j) { j["times"][0]["doc"] = "ghost"; }, spans},
      {"no such day", [](json& j) { j["documents"][0]["date"] = "2025-11-31"; }, refs},
      {"dangling speaker", [](json& j) { j["quotes"][0]["speaker"] = "E99"; }, refs},
      {"repeated entity id", [](json& j) { j["entities"][1]["id"] = "E1"; }, refs},
      {"dangling duplicate", [](json& j) { j["duplicates"][0]["copies"][0]["doc"] = "ghost"; }, refs},
      {"self duplicate",
       [](json& j) { j["duplicates"][0]["copies"][0]["doc"] = j["duplicates"][0]["representative"]; },
       refs},
      {"story of a missing article", [](json& j) { j["stories"][0]["documents"].push_back("x"); },
       refs},
      {"continuation across documents", [](json& j) { j["quotes"][1]["continues"] = "Q4"; },
       refs},
      {"dangling event place", [](json& j) { j["events"][1]["place"] = "E42"; }, refs},
  };
  for (const Breakage& c : cases) {
    json broken = sample_json();
    c.apply(broken);
    EXPECT_THAT(c.check(broken), Not(IsEmpty())) << c.what;
  }
}

TEST(JsonStream, RefusesInvalidUtf8) {
  std::ostringstream out;
  EXPECT_THROW(JsonStream::write_string(out, "caf\xe9"), Error);
  EXPECT_EQ(out.str(), "");
  JsonStream::write_string(out, "caf\xc3\xa9 \\ \"");
  EXPECT_EQ(out.str(), "\"caf\xc3\xa9 \\\\ \\\"\"");
}

TEST(SchemaCheck, AllowsExtraFields) {
  json extended = sample_json();
  extended["x_run"] = {{"host", "test"}};
  extended["documents"][0]["x_section"] = "World";
  extended["quotes"][0]["x_confidence"] = 0.5;
  EXPECT_THAT(all_problems(extended), IsEmpty());
}

TEST(SchemaDoc, ExampleKeepsEveryRule) {
  std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/docs/schema.md");
  const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t start = doc.find("```json\n");
  ASSERT_NE(start, std::string::npos);
  const size_t end = doc.find("```", start + 8);
  const json example = json::parse(doc.substr(start + 8, end - start - 8));
  EXPECT_THAT(all_problems(example), IsEmpty());
  EXPECT_FALSE(example["quotes"].empty());
}

}  // namespace
}  // namespace dossier::report::testing
