#include "mapred/record.h"

#include <algorithm>

#include <nlohmann/json.hpp>
#include <zlib.h>

#include "dossier/error.h"
#include "mapred/base64.h"
#include "store/codec.h"
#include "util/model_file.h"
#include "util/utf8.h"

namespace dossier::mapred {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kArticleKind = "map-article";
constexpr uint32_t kArticleVersion = 1;
constexpr std::string_view kFieldsKind = "map-article-fields";
constexpr uint32_t kFieldsVersion = 1;
// deflate cannot expand more than about 1032 times; a declared size beyond this is damage, and
// refusing it keeps a damaged record from allocating gigabytes.
constexpr uint64_t kMaxInflation = 1100;

constexpr std::string_view kSteps[] = {"list", "read", "annotate"};

std::string dump(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

[[noreturn]] void fail(const std::string& where, const std::string& reason) { throw ModelError(where, reason); }

const Json& field(const Json& object, const char* name, Json::value_t type, const std::string& where) {
  const auto it = object.find(name);
  if (it == object.end()) fail(where, std::string("no \"") + name + "\" field");
  // Counts are unsigned in the record; nlohmann reads a small non-negative integer as unsigned.
  const bool ok = it->type() == type || (type == Json::value_t::number_unsigned && it->is_number_unsigned());
  if (!ok) fail(where, std::string("\"") + name + "\" has the wrong type");
  return *it;
}

// The fields container inside an article record's compressed container.
std::string inflate_fields(std::string bytes, const std::string& where) {
  auto outer = util::ModelReader::from_bytes(std::move(bytes), where, kArticleKind, kArticleVersion, kArticleVersion);
  const uint64_t size = outer.u64();
  const std::string packed = outer.string();
  outer.expect_end();
  if (size > kMaxInflation * packed.size()) fail(where, "declared size " + std::to_string(size) + " is impossible");
  std::string fields(size, '\0');
  uLongf inflated = static_cast<uLongf>(size);
  if (uncompress(reinterpret_cast<Bytef*>(fields.data()), &inflated, reinterpret_cast<const Bytef*>(packed.data()),
                 static_cast<uLong>(packed.size())) != Z_OK ||
      inflated != size) {
    fail(where, "the compressed article is damaged");
  }
  return fields;
}

ArticleRecord parse_article(const Json& object, const std::string& where, const Versions& versions) {
  auto bytes = base64_decode(field(object, "article", Json::value_t::string, where).get_ref<const std::string&>());
  if (!bytes) fail(where, "\"article\" is not base64");
  auto r = util::ModelReader::from_bytes(inflate_fields(std::move(*bytes), where), where, kFieldsKind,
                                         kFieldsVersion, kFieldsVersion);
  const std::string code = r.string();
  const std::string models = r.string();
  if (code != versions.code || models != versions.models) {
    fail(where, "made by dossier " + code + " with " + models + ", but this is dossier " + versions.code +
                    " with " + versions.models + "; map the input again");
  }
  ArticleRecord record;
  record.place.source = r.string();
  record.place.record = r.u64();
  Document& doc = record.document;
  doc.id = r.string();
  doc.path = r.string();
  doc.text = r.string();
  std::string layers = r.string();
  record.summary = r.string();
  r.expect_end();
  if (util::find_invalid_utf8(doc.text) != std::string_view::npos) fail(where, "the article's text is not UTF-8");
  store::decode_layers(std::move(layers), where, doc);
  return record;
}

DiagnosticRecord parse_diagnostic(const Json& object, const std::string& where) {
  DiagnosticRecord record;
  const auto& step = field(object, "step", Json::value_t::string, where).get_ref<const std::string&>();
  const auto* found = std::find(std::begin(kSteps), std::end(kSteps), step);
  if (found == std::end(kSteps)) fail(where, "unknown step \"" + step + "\"");
  record.step = static_cast<Step>(found - std::begin(kSteps));
  record.place.source = field(object, "source", Json::value_t::string, where).get<std::string>();
  record.place.record = field(object, "record", Json::value_t::number_unsigned, where).get<uint64_t>();
  const auto& severity = field(object, "severity", Json::value_t::string, where).get_ref<const std::string&>();
  if (severity != "error" && severity != "warning") fail(where, "unknown severity \"" + severity + "\"");
  Diagnostic& d = record.diagnostic;
  d.severity = severity == "error" ? Diagnostic::Severity::kError : Diagnostic::Severity::kWarning;
  d.file = field(object, "file", Json::value_t::string, where).get<std::string>();
  d.line = field(object, "line", Json::value_t::number_unsigned, where).get<uint64_t>();
  d.message = field(object, "message", Json::value_t::string, where).get<std::string>();
  return record;
}

}  // namespace

std::string article_line(const Place& place, const Document& document, const std::string& summary,
                         const Versions& versions) {
  util::ModelWriter w;
  w.string(versions.code);
  w.string(versions.models);
  w.string(place.source);
  w.u64(place.record);
  w.string(document.id);
  w.string(document.path);
  w.string(document.text);
  w.string(store::encode_layers(document));
  w.string(summary);
  return article_line_of_fields(document.id, w.file_bytes(kFieldsKind, kFieldsVersion));
}

std::string article_line_of_fields(const std::string& id, const std::string& fields) {
  // Compressed: the layers repeat small numbers, and a record is about 16 times its text without.
  uLongf size = compressBound(static_cast<uLong>(fields.size()));
  std::string packed(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(fields.data()),
                static_cast<uLong>(fields.size()), Z_DEFAULT_COMPRESSION) != Z_OK) {
    throw Error("cannot compress the map record of " + id);
  }
  packed.resize(size);
  util::ModelWriter outer;
  outer.u64(fields.size());
  outer.string(packed);
  Json line = Json::object();
  line["dossier_map"] = kRecordFormat;
  line["id"] = id;
  line["article"] = base64_encode(outer.file_bytes(kArticleKind, kArticleVersion));
  return dump(line);
}

std::string diagnostic_line(const DiagnosticRecord& record) {
  Json line = Json::object();
  line["dossier_map"] = kRecordFormat;
  line["step"] = kSteps[static_cast<size_t>(record.step)];
  line["source"] = record.place.source;
  line["record"] = record.place.record;
  const Diagnostic& d = record.diagnostic;
  line["severity"] = d.severity == Diagnostic::Severity::kError ? "error" : "warning";
  line["file"] = d.file;
  line["line"] = d.line;
  line["message"] = d.message;
  return dump(line);
}

bool is_record_line(std::string_view line) {
  const size_t start = line.find_first_not_of(" \t\r");
  if (start == std::string_view::npos || line[start] != '{') return false;
  const Json object = Json::parse(line, nullptr, false);
  return object.is_object() && object.contains("dossier_map");
}

std::variant<ArticleRecord, DiagnosticRecord> parse_record(std::string_view line, const std::string& where,
                                                           const Versions& versions) {
  const Json object = Json::parse(line, nullptr, false);
  if (object.is_discarded()) fail(where, "not valid JSON (a damaged or cut line)");
  if (!object.is_object() || !object.contains("dossier_map")) fail(where, "not a dossier map record");
  const Json& format = object["dossier_map"];
  if (!format.is_number_integer() || format.get<int64_t>() != kRecordFormat) {
    fail(where, "record format " + dump(format) + ", but this dossier reads format " +
                    std::to_string(kRecordFormat) + "; map the input again");
  }
  if (object.contains("article")) return parse_article(object, where, versions);
  return parse_diagnostic(object, where);
}

}  // namespace dossier::mapred
