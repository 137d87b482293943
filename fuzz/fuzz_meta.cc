// Fuzz target: article metadata as JSON Lines and HTML give it: dates (ISO, written, Unix seconds
// or milliseconds, YYYYMMDD, as strings and as JSON numbers; in URLs and file names), author
// lists and bylines, and the language of a text. Dates must be real days; author names non-empty
// and trimmed; languages valid tags.
#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "ingest/date_parse.h"
#include "dossier/article.h"
#include "ingest/jsonl.h"
#include "ingest/language.h"
#include "ingest/meta_fields.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = dossier::fuzz::bytes_of(data, size);
  const auto real_day = [](const std::optional<dossier::CivilDate>& date) {
    dossier::fuzz::check(!date || date->valid());
  };
  real_day(dossier::ingest::parse_metadata_date(bytes));
  real_day(dossier::ingest::parse_date(bytes));
  if (const auto match = dossier::ingest::match_date(bytes)) {
    dossier::fuzz::check(match->date.valid() && match->length <= bytes.size());
  }
  dossier::fuzz::check(dossier::ingest::match_time(bytes) <= bytes.size());
  real_day(dossier::ingest::date_in_path(bytes));
  dossier::fuzz::check(dossier::ingest::clean_byline(bytes).size() <= bytes.size());
  dossier::fuzz::check(dossier::ingest::strip_byline_words(bytes).size() <= bytes.size());
  if (dossier::ingest::is_byline_word(bytes)) dossier::fuzz::check(!bytes.empty() && bytes.size() <= 16);
  if (const auto language = dossier::ingest::detect_language(bytes)) {
    dossier::fuzz::check(dossier::is_language_tag(*language));
  }
  std::vector<std::string> authors;
  dossier::ingest::split_authors(bytes, authors);
  for (const auto& a : authors) dossier::fuzz::check(!a.empty() && a.front() != ' ' && a.back() != ' ');
  if (dossier::util::find_invalid_utf8(bytes) != std::string_view::npos) return 0;
  // The same bytes as the date and author fields of a record, as a string and, when they read as
  // one, as a JSON number.
  nlohmann::json record = {{"text", "x"}, {"date", std::string(bytes)}, {"authors", std::string(bytes)}};
  auto parsed = dossier::ingest::parse_jsonl_line(record.dump());
  dossier::fuzz::check(parsed.document.has_value());
  real_day(parsed.document->meta.date);
  const std::string line = "{\"text\":\"x\",\"date\":" + std::string(bytes) + "}";
  parsed = dossier::ingest::parse_jsonl_line(line);
  if (parsed.document) real_day(parsed.document->meta.date);
  return 0;
}
