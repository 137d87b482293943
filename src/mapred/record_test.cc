#include "mapred/record.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <variant>

#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "mapred/base64.h"
#include "store/codec.h"
#include "util/model_file.h"

namespace dossier::mapred {
namespace {

using ::testing::HasSubstr;

const Versions kVersions{"test-code", "test-models"};

Document annotated(std::string text = "The council closed the river road on Saturday, spokesman Piotr Nowak said.") {
  static const Pipeline pipeline;
  Document doc;
  doc.id = "river";
  doc.path = "news/river.txt";
  doc.text = std::move(text);
  doc.meta.language = "en";
  pipeline.annotate(doc);
  return doc;
}

std::string error_of(const std::string& line, const Versions& versions = kVersions) {
  try {
    parse_record(line, "in.jsonl:3", versions);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "";
}

TEST(MapRecord, ArticleReadsBackWithEveryLayer) {
  const Document doc = annotated();
  ASSERT_FALSE(doc.mentions.empty());
  const std::string line = article_line({"news/river.txt", 4}, doc, "summary bytes", kVersions);
  EXPECT_THAT(line, HasSubstr("{\"dossier_map\":1,\"id\":\"river\",\"article\":\""));
  EXPECT_EQ(line.find('\n'), std::string::npos);
  const auto record = std::get<ArticleRecord>(parse_record(line, "in.jsonl:3", kVersions));
  EXPECT_EQ(record.place.source, "news/river.txt");
  EXPECT_EQ(record.place.record, 4u);
  EXPECT_EQ(record.summary, "summary bytes");
  EXPECT_EQ(record.document.id, doc.id);
  EXPECT_EQ(record.document.path, doc.path);
  EXPECT_EQ(record.document.text, doc.text);
  EXPECT_EQ(store::encode_layers(record.document), store::encode_layers(doc));
}

TEST(MapRecord, DiagnosticReadsBack) {
  DiagnosticRecord d{Step::kAnnotate, {"a/b.jsonl", 7}, {Diagnostic::Severity::kWarning, "a/b.jsonl", 9, "odd"}};
  const auto back = std::get<DiagnosticRecord>(parse_record(diagnostic_line(d), "x", kVersions));
  EXPECT_EQ(back.step, Step::kAnnotate);
  EXPECT_EQ(back.place.source, "a/b.jsonl");
  EXPECT_EQ(back.place.record, 7u);
  EXPECT_EQ(back.diagnostic.to_string(), d.diagnostic.to_string());
  EXPECT_EQ(back.diagnostic.severity, Diagnostic::Severity::kWarning);
}

TEST(MapRecord, EachKindOfDamageHasItsReason) {
  const Document doc = annotated();
  const std::string line = article_line({"news/river.txt", 0}, doc, "", kVersions);
  EXPECT_THAT(error_of(line, {"other-code", "test-models"}),
              HasSubstr("in.jsonl:3: made by dossier test-code with test-models, but this is dossier other-code"));
  EXPECT_THAT(error_of(line.substr(0, line.size() / 2)), HasSubstr("in.jsonl:3: not valid JSON"));
  EXPECT_THAT(error_of("[1]"), HasSubstr("not a dossier map record"));
  EXPECT_THAT(error_of("{\"dossier_map\":\"1\"}"), HasSubstr("record format \"1\""));
  EXPECT_THAT(error_of("{\"dossier_map\":1,\"article\":\"%%%%\"}"), HasSubstr("not base64"));
  EXPECT_THAT(error_of("{\"dossier_map\":1,\"step\":\"read\"}"), HasSubstr("no \"source\" field"));
  EXPECT_THAT(error_of("{\"dossier_map\":1,\"step\":\"sort\"}"), HasSubstr("unknown step \"sort\""));
  // The compressed container: a declared size deflate cannot reach, and a stream that is not zlib.
  const auto compressed = [](uint64_t size, const std::string& packed) {
    util::ModelWriter w;
    w.u64(size);
    w.string(packed);
    return "{\"dossier_map\":1,\"article\":\"" + base64_encode(w.file_bytes("map-article", 1)) + "\"}";
  };
  EXPECT_THAT(error_of(compressed(1'000'000'000'000, "xyz")), HasSubstr("declared size 1000000000000 is impossible"));
  EXPECT_THAT(error_of(compressed(10, "xyz")), HasSubstr("the compressed article is damaged"));
}

// A record comes from another machine: its text must be UTF-8 and no span may cut a character,
// or every output written from it would carry invalid UTF-8.
TEST(MapRecord, TextThatIsNotUtf8OrASpanCuttingACharacterIsRefused) {
  Document cut = annotated("Zo\u00eb Nowak closed the river road, the council said.");
  ASSERT_EQ(cut.tokens.front().span.end, 4u);
  cut.tokens.front().span.end = 3;
  EXPECT_THAT(error_of(article_line({"news/river.txt", 0}, cut, "", kVersions)),
              HasSubstr("span cuts a character of the text"));
  Document invalid = annotated();
  invalid.text[4] = '\xFF';
  EXPECT_THAT(error_of(article_line({"news/river.txt", 0}, invalid, "", kVersions)),
              HasSubstr("in.jsonl:3: the article's text is not UTF-8"));
}

TEST(MapRecord, RecordLinesAreToldFromArticles) {
  EXPECT_TRUE(is_record_line(" {\"dossier_map\":1,\"step\":\"list\"}"));
  EXPECT_FALSE(is_record_line("{\"text\":\"Ministers met.\"}"));
  EXPECT_FALSE(is_record_line("news/dossier_map.txt"));
  EXPECT_FALSE(is_record_line("{\"dossier_map\":1"));
}

}  // namespace
}  // namespace dossier::mapred
