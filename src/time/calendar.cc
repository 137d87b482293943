#include "time/calendar.h"

#include <cstdio>

namespace dossier::time {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Shifts year and month by a number of months.
void add_months(int& year, int& month, int months) {
  const int index = year * 12 + (month - 1) + months;
  year = floor_div(index, 12);
  month = index - year * 12 + 1;
}

std::string two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

std::string year_text(int year) {
  if (year == Point::kUnknown) return "XXXX";
  char b[12];
  std::snprintf(b, sizeof b, "%04d", year);
  return b;
}

// A point of finer granularity than a week, or a week, as a representative day.
CivilDate representative_day(const Point& p) {
  switch (p.gran) {
    case Gran::kDay: return {p.year, p.month, p.day};
    case Gran::kWeek:
    case Gran::kWeekend: return monday_of_iso_week(p.year, p.week);
    case Gran::kMonth: return {p.year, p.month, 1};
    case Gran::kQuarter: return {p.year, (p.part - 1) * 3 + 1, 1};
    case Gran::kHalf: return {p.year, (p.part - 1) * 6 + 1, 1};
    case Gran::kSeason: return {p.year, p.part * 3 + 3 > 12 ? 12 : p.part * 3 + 3, 1};
    default: return {p.year, 1, 1};
  }
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

CivilDate add_days(CivilDate date, int64_t days) {
  return CivilDate::from_days_since_epoch(date.days_since_epoch() + days);
}

void iso_week(CivilDate date, int& year, int& week) {
  const CivilDate thursday = add_days(date, 3 - date.weekday());
  year = thursday.year;
  const CivilDate jan1{thursday.year, 1, 1};
  week = static_cast<int>((thursday.days_since_epoch() - jan1.days_since_epoch()) / 7) + 1;
}

CivilDate monday_of_iso_week(int year, int week) {
  const CivilDate jan4{year, 1, 4};
  const CivilDate week1 = add_days(jan4, -jan4.weekday());
  return add_days(week1, static_cast<int64_t>(week - 1) * 7);
}

int quarter_of(int month) { return (month - 1) / 3 + 1; }

int season_of(int month) {
  if (month >= 3 && month <= 5) return 0;
  if (month >= 6 && month <= 8) return 1;
  if (month >= 9 && month <= 11) return 2;
  return 3;
}

std::optional<CivilDate> holiday_date(Holiday holiday, int year) {
  switch (holiday) {
    case Holiday::kChristmas: return CivilDate{year, 12, 25};
    case Holiday::kChristmasEve: return CivilDate{year, 12, 24};
    case Holiday::kNewYearsDay: return CivilDate{year, 1, 1};
    case Holiday::kNewYearsEve: return CivilDate{year, 12, 31};
    case Holiday::kHalloween: return CivilDate{year, 10, 31};
    case Holiday::kValentines: return CivilDate{year, 2, 14};
    case Holiday::kThanksgiving: {
      // The fourth Thursday of November (United States).
      const CivilDate first{year, 11, 1};
      const int to_thursday = (3 - first.weekday() + 7) % 7;
      return add_days(first, to_thursday + 21);
    }
    case Holiday::kEaster: {
      // Anonymous Gregorian computus.
      const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
      const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
      const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
      const int m = (a + 11 * h + 22 * l) / 451;
      const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
      return CivilDate{year, month, day};
    }
  }
  return std::nullopt;
}

std::optional<CivilDate> Point::date() const {
  if (gran != Gran::kDay || year == kUnknown || month == kUnknown || day == kUnknown) return std::nullopt;
  const CivilDate d{year, month, day};
  if (!d.valid()) return std::nullopt;
  return d;
}

Point day_point(CivilDate date) {
  Point p;
  p.gran = Gran::kDay;
  p.year = date.year;
  p.month = date.month;
  p.day = date.day;
  return p;
}

Point truncate(const Point& point, Gran gran) {
  if (!point.resolved() || gran >= point.gran) {
    Point same = point;
    if (gran == Gran::kWeekend && point.gran == Gran::kWeek) same.gran = Gran::kWeekend;
    return same;
  }
  Point out;
  out.gran = gran;
  out.pod = Point::kUnknown;
  const CivilDate day = representative_day(point);
  out.year = day.year;
  switch (gran) {
    case Gran::kCentury: out.decade = day.year / 100; break;
    case Gran::kDecade: out.decade = day.year / 10; break;
    case Gran::kYear: break;
    case Gran::kHalf: out.part = day.month <= 6 ? 1 : 2; break;
    case Gran::kQuarter: out.part = quarter_of(day.month); break;
    case Gran::kSeason: out.part = season_of(day.month); break;
    case Gran::kMonth: out.month = day.month; break;
    case Gran::kWeek:
    case Gran::kWeekend: iso_week(day, out.year, out.week); break;
    case Gran::kDay:
    case Gran::kNone: return point;
  }
  return out;
}

Gran gran_of(Unit unit) {
  switch (unit) {
    case Unit::kSecond:
    case Unit::kMinute:
    case Unit::kHour:
    case Unit::kDay: return Gran::kDay;
    case Unit::kWeek: return Gran::kWeek;
    case Unit::kWeekend: return Gran::kWeekend;
    case Unit::kMonth: return Gran::kMonth;
    case Unit::kQuarter: return Gran::kQuarter;
    case Unit::kHalf: return Gran::kHalf;
    case Unit::kYear: return Gran::kYear;
    case Unit::kDecade: return Gran::kDecade;
    case Unit::kCentury: return Gran::kCentury;
  }
  return Gran::kDay;
}

Point shift(const Point& point, Unit unit, int amount) {
  if (!point.resolved() || amount == 0) return point;
  Point p = point;
  switch (unit) {
    case Unit::kSecond:
    case Unit::kMinute:
    case Unit::kHour: return p;
    case Unit::kDay:
    case Unit::kWeek:
    case Unit::kWeekend: {
      const int days = unit == Unit::kDay ? amount : amount * 7;
      const Point moved = day_point(add_days(representative_day(p), days));
      return truncate(moved, p.gran == Gran::kDay ? Gran::kDay : p.gran);
    }
    case Unit::kMonth:
    case Unit::kQuarter:
    case Unit::kHalf: {
      const int months = amount * (unit == Unit::kMonth ? 1 : unit == Unit::kQuarter ? 3 : 6);
      if (p.gran == Gran::kMonth || p.gran == Gran::kDay) {
        add_months(p.year, p.month, months);
        if (p.gran == Gran::kDay && p.day > days_in_month(p.year, p.month)) p.day = days_in_month(p.year, p.month);
        return p;
      }
      if (p.gran == Gran::kQuarter && months % 3 == 0) {
        int month = (p.part - 1) * 3 + 1;
        add_months(p.year, month, months);
        p.part = quarter_of(month);
        return p;
      }
      if (p.gran == Gran::kHalf && months % 6 == 0) {
        int month = (p.part - 1) * 6 + 1;
        add_months(p.year, month, months);
        p.part = month <= 6 ? 1 : 2;
        return p;
      }
      CivilDate day = representative_day(p);
      add_months(day.year, day.month, months);
      return truncate(day_point(day), p.gran);
    }
    case Unit::kYear:
    case Unit::kDecade:
    case Unit::kCentury: {
      const int years = amount * (unit == Unit::kYear ? 1 : unit == Unit::kDecade ? 10 : 100);
      if (p.gran == Gran::kDecade) {
        p.decade += years / 10;
      } else if (p.gran == Gran::kCentury) {
        p.decade += years / 100;
      } else if (p.gran == Gran::kWeek || p.gran == Gran::kWeekend) {
        CivilDate day = representative_day(p);
        day.year += years;
        return truncate(day_point(day), p.gran);
      } else {
        p.year += years;
        if (p.gran == Gran::kDay && p.day > days_in_month(p.year, p.month)) p.day = days_in_month(p.year, p.month);
      }
      return p;
    }
  }
  return p;
}

std::string format(const Point& p) {
  static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
  static constexpr const char* kPods[] = {"MO", "AF", "EV", "NI", "12:00", "24:00"};
  std::string out;
  switch (p.gran) {
    case Gran::kNone: return "";
    case Gran::kCentury: out = p.decade == Point::kUnknown ? "XX" : two(p.decade); break;
    case Gran::kDecade: out = p.decade == Point::kUnknown ? "XXX" : std::to_string(p.decade); break;
    case Gran::kYear: out = year_text(p.year); break;
    case Gran::kHalf: out = year_text(p.year) + "-H" + std::to_string(p.part); break;
    case Gran::kQuarter: out = year_text(p.year) + (p.part == Point::kUnknown ? "-QX" : "-Q" + std::to_string(p.part)); break;
    case Gran::kSeason: out = year_text(p.year) + "-" + kSeasons[p.part]; break;
    case Gran::kMonth: out = year_text(p.year) + "-" + (p.month == Point::kUnknown ? "XX" : two(p.month)); break;
    case Gran::kWeek:
    case Gran::kWeekend:
      out = year_text(p.year) + "-W" + (p.week == Point::kUnknown ? "XX" : two(p.week));
      if (p.gran == Gran::kWeekend) out += "-WE";
      break;
    case Gran::kDay:
      if (p.year == Point::kUnknown && p.month == Point::kUnknown && p.weekday != Point::kUnknown) {
        out = "XXXX-WXX-" + std::to_string(p.weekday + 1);
      } else {
        out = year_text(p.year) + "-" + (p.month == Point::kUnknown ? "XX" : two(p.month)) + "-" +
              (p.day == Point::kUnknown ? "XX" : two(p.day));
      }
      break;
  }
  if (p.hour != Point::kUnknown) {
    out += "T" + two(p.hour) + ":" + two(p.minute == Point::kUnknown ? 0 : p.minute);
  } else if (p.pod != Point::kUnknown) {
    out += std::string("T") + kPods[p.pod];
  }
  return out;
}

}  // namespace dossier::time
