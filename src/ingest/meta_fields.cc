#include "ingest/meta_fields.h"

#include <cmath>
#include <string>

#include "ingest/ascii.h"
#include "ingest/date_parse.h"

namespace dossier::ingest {

std::optional<CivilDate> date_from_unix(double seconds) {
  if (!std::isfinite(seconds)) return std::nullopt;
  // 1e11 seconds is the year 5138: larger values are milliseconds, as JavaScript writes them.
  if (std::fabs(seconds) >= 1e11) seconds /= 1000.0;
  const double days = std::floor(seconds / 86400.0);
  if (std::fabs(days) > 1e7) return std::nullopt;
  const CivilDate date = CivilDate::from_days_since_epoch(static_cast<int64_t>(days));
  if (date.year < 1800 || date.year > 2199) return std::nullopt;
  return date;
}

namespace {

// YYYYMMDD within the years date_from_unix accepts.
std::optional<CivilDate> basic_iso_date(std::string_view digits) {
  const auto number = [&](size_t at, size_t length) {
    int value = 0;
    for (size_t i = at; i < at + length; ++i) value = value * 10 + (digits[i] - '0');
    return value;
  };
  CivilDate date;
  date.year = number(0, 4);
  date.month = number(4, 2);
  date.day = number(6, 2);
  if (!date.valid() || date.year < 1800 || date.year > 2199) return std::nullopt;
  return date;
}

}  // namespace

std::optional<CivilDate> parse_metadata_date(std::string_view text) {
  const std::string_view trimmed = ascii::trim(text);
  const bool digits_only = !trimmed.empty() && trimmed.size() <= 16 &&
                           trimmed.find_first_not_of("0123456789") == std::string_view::npos;
  // Eight digits are the ISO 8601 basic form (20160101); other runs of fewer than 9 digits would
  // be a time in 1970, not a publication date.
  if (digits_only && trimmed.size() == 8) return basic_iso_date(trimmed);
  if (digits_only) {
    return trimmed.size() >= 9 ? date_from_unix(std::stod(std::string(trimmed))) : std::nullopt;
  }
  return parse_date(trimmed);
}

void split_authors(std::string_view text, std::vector<std::string>& out) {
  static constexpr std::string_view kSeparators[] = {";", "|", " and ", " & "};
  text = ascii::trim(text);
  if (text.size() > 3 && ascii::istarts_with(text, "by ")) text = ascii::trim(text.substr(3));
  while (!text.empty()) {
    size_t cut = std::string_view::npos;
    size_t cut_length = 0;
    for (const auto sep : kSeparators) {
      const size_t at = text.find(sep);
      if (at < cut) cut = at, cut_length = sep.size();
    }
    const std::string_view part = ascii::trim(text.substr(0, cut));
    if (!part.empty()) out.emplace_back(part);
    if (cut == std::string_view::npos) break;
    text.remove_prefix(cut + cut_length);
  }
}

}  // namespace dossier::ingest
