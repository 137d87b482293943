// Absolute calendar dates as written in article headers and metadata.
#ifndef DOSSIER_INGEST_DATE_PARSE_H_
#define DOSSIER_INGEST_DATE_PARSE_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "dossier/span.h"

namespace dossier::ingest {

struct DateMatch {
  CivilDate date;
  size_t length = 0;  // bytes of text the date (with any time and zone after it) covers
};

// A date at the very start of text: ISO dates and timestamps ("2023-06-14T10:32Z"), "14 June 2023",
// "June 14, 2023", "Jun. 14 2023", an optional weekday before ("Wed, 14 Jun 2023"), numeric
// day/month orders only when unambiguous ("14/06/2023") or dotted, day first ("03.04.2023"), and
// a time and zone after the date.
std::optional<DateMatch> match_date(std::string_view text);

// Length of a time of day at the start of text ("10:32", "10.32 am", "3:45 PM ET", "10:32:07Z"),
// zone included, or 0.
size_t match_time(std::string_view text);

// text, with surrounding spaces, is exactly one date as match_date reads it.
std::optional<CivilDate> parse_date(std::string_view text);

// A month day without a year at the start of text ("June 14", "14 June"); sets month and day.
size_t match_month_day(std::string_view text, int& month, int& day);

// 1..12 for an English month name or abbreviation in any case ("Sept", "jun", "MARCH"), else 0.
int month_from_name(std::string_view word);

// True for an English weekday name or abbreviation in any case ("Wed", "Thurs", "FRIDAY").
bool is_weekday_name(std::string_view word);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_DATE_PARSE_H_
