// Calendar points of TIMEX3 values: a granularity and the fields it needs, arithmetic on them and
// their TIMEX3 spelling ("1998-03-10", "1998-W11", "1998-Q3", "XXXX-03").
#ifndef DOSSIER_TIME_CALENDAR_H_
#define DOSSIER_TIME_CALENDAR_H_

#include <optional>
#include <string>

#include "dossier/span.h"
#include "time/grammar.h"

namespace dossier::time {

enum class Gran : uint8_t { kNone, kCentury, kDecade, kYear, kHalf, kQuarter, kSeason, kMonth, kWeek,
                            kWeekend, kDay };

// A calendar point. year == kUnknown spells "XXXX"; a day point with an unknown date but a known
// weekday spells "XXXX-WXX-5".
struct Point {
  static constexpr int kUnknown = -1;
  Gran gran = Gran::kNone;
  int year = kUnknown;
  int month = kUnknown;   // 1..12, for kMonth and kDay
  int day = kUnknown;     // 1..31, for kDay
  int week = kUnknown;    // ISO week, for kWeek and kWeekend
  int part = kUnknown;    // quarter 1..4, half 1..2, season 0..3 (spring..winter)
  int decade = kUnknown;  // 199 for the 1990s; 19 for the 20th century (kCentury)
  int weekday = kUnknown; // 0..6 when a day point is known only by its weekday
  int pod = kUnknown;     // PartOfDay
  int hour = kUnknown;
  int minute = kUnknown;

  bool resolved() const { return gran != Gran::kNone && (year != kUnknown || gran <= Gran::kDecade); }
  std::optional<CivilDate> date() const;  // the day, for a resolved day point
};

Point day_point(CivilDate date);
// The point of the given granularity that contains a resolved day point (or coarser point).
Point truncate(const Point& point, Gran gran);
// Moves a resolved point by amount units; the result keeps the finer of the two granularities.
Point shift(const Point& point, Unit unit, int amount);
// The granularity a unit names (years -> kYear, weeks -> kWeek, ...).
Gran gran_of(Unit unit);
std::string format(const Point& point);

CivilDate add_days(CivilDate date, int64_t days);
int days_in_month(int year, int month);
// ISO 8601 week-numbering year and week of a date.
void iso_week(CivilDate date, int& year, int& week);
CivilDate monday_of_iso_week(int year, int week);
int quarter_of(int month);
int season_of(int month);
// The day of a holiday in a year, when it is known.
std::optional<CivilDate> holiday_date(Holiday holiday, int year);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_CALENDAR_H_
