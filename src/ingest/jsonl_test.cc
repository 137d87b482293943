#include "ingest/jsonl.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/meta_fields.h"
#include "util/utf8.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;
using Strings = std::vector<std::string>;

TEST(Jsonl, EveryField) {
  const JsonlRecord r = parse_jsonl_line(
      R"({"id":"a1","text":"The dam opened.","title":" Dam opens ","date":"2023-06-14T10:00:00Z",)"
      R"("url":"https://example.org/a1","source":"Example Wire","authors":["Jane Okafor","Tom Bell"],)"
      R"("extra":{"ignored":true}})");
  ASSERT_TRUE(r.document) << r.error;
  const Document& d = *r.document;
  EXPECT_EQ(d.id, "a1");
  EXPECT_EQ(d.text, "The dam opened.");
  EXPECT_EQ(d.meta.title, "Dam opens");
  EXPECT_EQ(d.meta.date->iso(), "2023-06-14");
  EXPECT_EQ(d.meta.date_basis, DateBasis::kMetadata);
  EXPECT_EQ(d.meta.url, "https://example.org/a1");
  EXPECT_EQ(d.meta.source, "Example Wire");
  EXPECT_EQ(d.meta.authors, (Strings{"Jane Okafor", "Tom Bell"}));
  EXPECT_TRUE(r.warnings.empty());
}

TEST(Jsonl, TextIsKeptExactlyButItsByteOrderMark) {
  const JsonlRecord r = parse_jsonl_line(R"({"text":"\ufeff  Two\n\nparagraphs \u2014 here.  "})");
  ASSERT_TRUE(r.document);
  EXPECT_EQ(r.document->text, "  Two\n\nparagraphs \xE2\x80\x94 here.  ");
  EXPECT_EQ(r.document->id, "");
}

TEST(Jsonl, FieldVariants) {
  const JsonlRecord r = parse_jsonl_line(
      R"({"id":42,"text":"x","authors":"Jane Okafor and Tom Bell","date":1686700800,)"
      R"("source":{"id":"ew","name":"Example Wire"}})");
  ASSERT_TRUE(r.document);
  EXPECT_EQ(r.document->id, "42");
  EXPECT_EQ(r.document->meta.authors, (Strings{"Jane Okafor", "Tom Bell"}));
  EXPECT_EQ(r.document->meta.date->iso(), "2023-06-14");
  EXPECT_EQ(r.document->meta.source, "Example Wire");
  const JsonlRecord objects = parse_jsonl_line(R"({"text":"x","authors":[{"name":"Ana Ruiz"}]})");
  EXPECT_EQ(objects.document->meta.authors, Strings{"Ana Ruiz"});
}

TEST(Jsonl, DatesInNewsFormats) {
  const auto iso = [](const std::string& date) {
    const JsonlRecord r = parse_jsonl_line(R"({"text":"x","date":")" + date + R"("})");
    return r.document && r.document->meta.date ? r.document->meta.date->iso() : "none";
  };
  EXPECT_EQ(iso("2023-06-14"), "2023-06-14");
  EXPECT_EQ(iso("Wed, 14 Jun 2023 10:32:00 +0000"), "2023-06-14");
  EXPECT_EQ(iso("June 14, 2023"), "2023-06-14");
  EXPECT_EQ(iso("1686700800000"), "2023-06-14");
  EXPECT_EQ(iso("1686700800"), "2023-06-14");
  EXPECT_EQ(iso("soon"), "none");
}

TEST(Jsonl, BadDateAndFieldsWarnButKeepTheArticle) {
  const JsonlRecord r = parse_jsonl_line(R"({"text":"x","date":"next Tuesday","title":7})");
  ASSERT_TRUE(r.document);
  EXPECT_FALSE(r.document->meta.date);
  EXPECT_EQ(r.warnings, (Strings{"\"title\" ignored: not a string",
                                 "\"date\" not understood, ignored: next Tuesday"}));
}

TEST(Jsonl, NumericDatesReadAsTheirDigits) {
  const auto date = [](const std::string& value) {
    const JsonlRecord r = parse_jsonl_line(R"({"text":"x","date":)" + value + "}");
    return r.document && r.document->meta.date ? r.document->meta.date->iso()
                                               : "none: " + r.warnings.at(0);
  };
  EXPECT_EQ(date("20160101"), "2016-01-01");
  EXPECT_EQ(date("\"20160101\""), "2016-01-01");
  EXPECT_EQ(date("1686700800"), "2023-06-14");
  EXPECT_EQ(date("1686700800.5"), "2023-06-14");
  EXPECT_EQ(date("20161340"), "none: \"date\" not understood, ignored: 20161340");
  EXPECT_EQ(date("12345"), "none: \"date\" not understood, ignored: 12345");
  EXPECT_EQ(date("-5"), "none: \"date\" not understood, ignored: -5");
}

TEST(Jsonl, ALongDateIsShownCutOnACodePoint) {
  std::string date;
  for (int i = 0; i < 40; ++i) date += "\xC3\xA9";  // é: two bytes each
  const JsonlRecord r = parse_jsonl_line(R"({"text":"x","date":")" + date + R"("})");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(util::find_invalid_utf8(r.warnings[0]), std::string::npos);
}

TEST(Jsonl, NumbersBeyondADoubleDoNotLoseTheRecord) {
  const JsonlRecord r = parse_jsonl_line(R"({"text":"x \"1e999\"","views":1e999,"id":"a"})");
  ASSERT_TRUE(r.document) << r.error;
  EXPECT_EQ(r.document->text, "x \"1e999\"");
  EXPECT_EQ(r.document->id, "a");
  EXPECT_EQ(r.warnings, Strings{"1 number(s) beyond the range of a double read as null"});
  EXPECT_THAT(parse_jsonl_line(R"({"text":"x","v":1e999,})").error, HasSubstr("not valid JSON"));
}

TEST(Jsonl, LinesThatAreSkipped) {
  const auto error = [](std::string_view line) { return parse_jsonl_line(line).error; };
  EXPECT_THAT(error(R"({"text": "unterminated)"), HasSubstr("not valid JSON"));
  EXPECT_THAT(error("{\"text\": x}"), HasSubstr("(column 10)"));
  EXPECT_EQ(error(R"(["text"])"), "not a JSON object");
  EXPECT_EQ(error(R"({"title":"t"})"), "no \"text\" field");
  EXPECT_EQ(error(R"({"text":5})"), "\"text\" is not a string");
  EXPECT_EQ(error(R"({"text":"  \n "})"), "\"text\" is empty");
  EXPECT_EQ(error("{\"text\":\"caf\xE9\"}"), "not valid UTF-8 (byte 0xE9 at column 13)");
}

TEST(MetaFields, AuthorsAndUnixTimes) {
  Strings authors;
  split_authors("By Jane Okafor; Tom Bell | Ana Ruiz & Li Wei", authors);
  EXPECT_EQ(authors, (Strings{"Jane Okafor", "Tom Bell", "Ana Ruiz", "Li Wei"}));
  EXPECT_EQ(date_from_unix(0)->iso(), "1970-01-01");
  EXPECT_EQ(date_from_unix(-86400)->iso(), "1969-12-31");
  EXPECT_FALSE(date_from_unix(1e300));
  EXPECT_FALSE(parse_metadata_date("2023"));
}

}  // namespace
}  // namespace dossier::ingest
