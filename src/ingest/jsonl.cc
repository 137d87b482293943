#include "ingest/jsonl.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "util/ascii.h"
#include "ingest/decode.h"
#include "ingest/meta_fields.h"
#include "util/utf8.h"

namespace dossier::ingest {
namespace {

using Json = nlohmann::json;

// "syntax error while parsing value - invalid literal (column 7)" from nlohmann's longer text.
std::string describe(const Json::parse_error& error) {
  std::string what = error.what();
  const size_t colon = what.find(": ", what.find("column"));
  if (colon != std::string::npos) what = what.substr(colon + 2);
  const size_t last_read = what.find("; last read");
  if (last_read != std::string::npos) what.resize(last_read);
  return what + " (column " + std::to_string(error.byte) + ")";
}

// A string field, trimmed; a warning when the field is there but not a string.
std::string string_field(const Json& object, const char* name, JsonlRecord& record) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return {};
  if (it->is_string()) return std::string(util::ascii::trim(it->get_ref<const std::string&>()));
  // {"name": ...} objects, as some feeds give the source.
  if (it->is_object()) {
    const auto inner = it->find("name");
    if (inner != it->end() && inner->is_string()) {
      return std::string(util::ascii::trim(inner->get_ref<const std::string&>()));
    }
  }
  record.warnings.push_back(std::string("\"") + name + "\" ignored: not a string");
  return {};
}

std::string id_field(const Json& object, JsonlRecord& record) {
  const auto it = object.find("id");
  if (it == object.end() || it->is_null()) return {};
  if (it->is_string()) return std::string(util::ascii::trim(it->get_ref<const std::string&>()));
  if (it->is_number_integer() || it->is_number_unsigned()) return it->dump();
  record.warnings.push_back("\"id\" ignored: not a string or integer");
  return {};
}

std::vector<std::string> authors_field(const Json& object, JsonlRecord& record) {
  std::vector<std::string> authors;
  auto it = object.find("authors");
  if (it == object.end()) it = object.find("author");
  if (it == object.end() || it->is_null()) return authors;
  const auto add = [&](const Json& value) {
    if (value.is_string()) {
      split_authors(value.get_ref<const std::string&>(), authors);
    } else if (value.is_object() && value.contains("name") && value["name"].is_string()) {
      split_authors(value["name"].get_ref<const std::string&>(), authors);
    } else {
      record.warnings.push_back("an author ignored: not a string");
    }
  };
  if (it->is_array()) {
    for (const auto& value : *it) add(value);
  } else {
    add(*it);
  }
  return authors;
}

void date_field(const Json& object, ArticleMeta& meta, JsonlRecord& record) {
  const auto it = object.find("date");
  if (it == object.end() || it->is_null()) return;
  std::optional<CivilDate> date;
  if (it->is_number_integer() || it->is_number_unsigned()) {
    // An integer reads as its digits would in a string (20160101 is a date, not 1970-08-22).
    date = parse_metadata_date(it->dump());
  } else if (it->is_number()) {
    date = date_from_unix(it->get<double>());
  } else if (it->is_string()) {
    date = parse_metadata_date(it->get_ref<const std::string&>());
  }
  if (!date) {
    std::string shown = it->is_string() ? it->get<std::string>() : it->dump();
    if (shown.size() > 60) {
      // Cut on a code-point boundary: the message goes into the JSON, which must stay UTF-8.
      size_t cut = 60;
      while (cut > 0 && util::is_continuation(static_cast<unsigned char>(shown[cut]))) --cut;
      shown = shown.substr(0, cut) + "...";
    }
    record.warnings.push_back("\"date\" not understood, ignored: " + shown);
    return;
  }
  meta.date = date;
  meta.date_basis = DateBasis::kMetadata;
}

// The token of a JSON number starting at line[at].
size_t number_length(std::string_view line, size_t at) {
  size_t end = at;
  while (end < line.size() && (util::ascii::is_digit(line[end]) || line[end] == '-' || line[end] == '+' ||
                               line[end] == '.' || line[end] == 'e' || line[end] == 'E')) {
    ++end;
  }
  return end - at;
}

// line with every number beyond a double's range (1e999) written as null; count receives how
// many. nlohmann stops the whole parse at such a number, even in a field we never read, so the
// record would be lost for a value it does not need. One pass outside strings: linear.
std::string null_overflowing_numbers(std::string_view line, size_t& count) {
  std::string out;
  out.reserve(line.size());
  count = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < line.size()) out += line[++i];
      if (c == '"') in_string = false;
      ++i;
      continue;
    }
    if (c == '"') in_string = true;
    if (c != '-' && !util::ascii::is_digit(c)) {
      out += c;
      ++i;
      continue;
    }
    const size_t length = number_length(line, i);
    const std::string token(line.substr(i, length));
    errno = 0;
    const double value = std::strtod(token.c_str(), nullptr);
    if (errno == ERANGE && std::isinf(value)) {
      out += "null";
      ++count;
    } else {
      out += token;
    }
    i += length;
  }
  return out;
}

}  // namespace

JsonlRecord parse_jsonl_line(std::string_view line) {
  JsonlRecord record;
  if (const size_t bad = util::find_invalid_utf8(line); bad != std::string_view::npos) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(line[bad]));
    record.error = std::string("not valid UTF-8 (byte ") + byte + " at column " +
                   std::to_string(bad + 1) + ")";
    return record;
  }
  Json object;
  try {
    object = Json::parse(line);
  } catch (const Json::parse_error& e) {
    record.error = "not valid JSON: " + describe(e);
    return record;
  } catch (const Json::out_of_range&) {
    size_t overflowing = 0;
    const std::string repaired = null_overflowing_numbers(line, overflowing);
    try {
      object = Json::parse(repaired);
    } catch (const Json::exception& e) {
      record.error = std::string("not valid JSON: ") + e.what();
      return record;
    }
    record.warnings.push_back(std::to_string(overflowing) +
                              " number(s) beyond the range of a double read as null");
  } catch (const Json::exception& e) {
    record.error = std::string("not valid JSON: ") + e.what();
    return record;
  }
  if (!object.is_object()) {
    record.error = "not a JSON object";
    return record;
  }
  const auto text = object.find("text");
  if (text == object.end()) {
    record.error = "no \"text\" field";
    return record;
  }
  if (!text->is_string()) {
    record.error = "\"text\" is not a string";
    return record;
  }
  auto& body = text->get_ref<std::string&>();
  if (const size_t bom = utf8_bom_length(body)) body.erase(0, bom);
  if (util::ascii::trim(body).empty()) {
    record.error = "\"text\" is empty";
    return record;
  }
  Document doc;
  doc.text = std::move(body);
  doc.id = id_field(object, record);
  doc.meta.title = string_field(object, "title", record);
  doc.meta.url = string_field(object, "url", record);
  doc.meta.source = string_field(object, "source", record);
  doc.meta.authors = authors_field(object, record);
  date_field(object, doc.meta, record);
  record.document = std::move(doc);
  return record;
}

}  // namespace dossier::ingest
