// Dates and periods as a reader writes them.
#include <string>

#include "report/html_report.h"
#include "text/closed_class.h"
#include "util/ascii.h"

namespace dossier::report::html {
namespace {

// The first `letters` letters of a folded English calendar name (the time grammar's, through the
// closed-class module), capitalised: "Sep", "September", "Thu".
std::string calendar_word(std::string_view folded, size_t letters) {
  std::string out(folded.substr(0, letters));
  if (!out.empty()) out[0] = util::ascii::to_upper(out[0]);
  return out;
}

std::string month_name(int month, size_t letters) {
  return calendar_word(text::ClosedClasses::builtin().month_name(month), letters);
}

std::string day_month(const CivilDate& date) { return std::to_string(date.day) + " " + month_name(date.month, 3); }

}  // namespace

std::string format_date(const CivilDate& date) {
  if (!date.valid()) return date.iso();
  return day_month(date) + " " + std::to_string(date.year);
}

std::string format_day(const CivilDate& date) {
  if (!date.valid()) return date.iso();
  return calendar_word(text::ClosedClasses::builtin().weekday_name(date.weekday()), 3) + " " + format_date(date);
}

std::string format_range(const CivilDate& from, const CivilDate& to) {
  if (!from.valid() || !to.valid() || to <= from) return format_date(from);
  if (from.year != to.year) return format_date(from) + " – " + format_date(to);
  if (from.month != to.month) return day_month(from) + " – " + format_date(to);
  return std::to_string(from.day) + " – " + format_date(to);
}

std::string format_period(std::string_view value) {
  const auto start = time::period_start(value);
  if (!start) return std::string(value);
  const std::string year = std::to_string(start->year);
  if (value.size() == 4) return year;
  const std::string_view rest = value.substr(5);
  if (rest.size() == 5) return format_day(*start);
  if (rest.size() == 2 && rest[0] >= '0' && rest[0] <= '9') {
    return month_name(start->month, std::string_view::npos) + " " + year;
  }
  if (rest[0] == 'W' && rest.ends_with("-WE")) {
    return "weekend of " + format_date(CivilDate::from_days_since_epoch(start->days_since_epoch() + 5));
  }
  if (rest[0] == 'W') return "week of " + format_date(*start);
  if (rest[0] == 'Q') return std::string(rest) + " " + year;
  if (rest == "H1") return "first half of " + year;
  if (rest == "H2") return "second half of " + year;
  if (rest == "SP") return "spring " + year;
  if (rest == "SU") return "summer " + year;
  if (rest == "FA") return "autumn " + year;
  if (rest == "WI") return "winter " + year;
  return std::string(value);
}

std::string plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace dossier::report::html
