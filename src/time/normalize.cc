#include "time/normalize.h"

#include <algorithm>
#include <cstdlib>

#include "text/fold.h"

namespace dossier::time {
namespace {

constexpr int kUnset = Frame::kUnset;
constexpr int kWeekdayPastReach = 4;  // days back a tenseless weekday may lie
constexpr int64_t kPastSlack = 45;     // days ahead a date of a past-tense sentence may lie
constexpr int64_t kFutureSlack = 15;   // days back a date of a future-tense sentence may lie
constexpr int64_t kAheadCost = 60;     // days a date ahead is taken to be further than it is

bool set(int v) { return v != kUnset; }

struct Input {
  const Match& match;
  std::string_view text;
  std::span<const Tok> toks;
  const NormalizeContext& context;
  const Frame& f;

  // True when a word of the extent is one of the given lower-case words.
  bool has_word(std::initializer_list<std::string_view> words) const {
    for (uint32_t i = match.first; i < match.last; ++i) {
      const std::string_view w = text.substr(toks[i].begin, toks[i].end - toks[i].begin);
      for (const auto candidate : words) {
        if (text::fold_equals(w, candidate)) return true;
      }
    }
    return false;
  }
  bool starts_with_the() const {
    const Tok& t = toks[match.first];
    const std::string_view w = text.substr(t.begin, t.end - t.begin);
    return w.size() == 3 && (w[0] | 32) == 't' && (w[1] | 32) == 'h' && (w[2] | 32) == 'e';
  }
};

// The unit a rule names with a literal word ("the year ended", "the year-ago quarter"), if any.
std::optional<Unit> unit_word(const Input& in) {
  if (in.has_word({"weekend"})) return Unit::kWeekend;
  if (in.has_word({"week"})) return Unit::kWeek;
  if (in.has_word({"month"})) return Unit::kMonth;
  if (in.has_word({"year"})) return Unit::kYear;
  if (in.has_word({"quarter"})) return Unit::kQuarter;
  if (in.has_word({"day"})) return Unit::kDay;
  return std::nullopt;
}

const char* mod_name(Mod mod) {
  switch (mod) {
    case Mod::kNone: return "";
    case Mod::kStart: return "START";
    case Mod::kEnd: return "END";
    case Mod::kMid: return "MID";
    case Mod::kApprox: return "APPROX";
    case Mod::kLessThan: return "LESS_THAN";
    case Mod::kMoreThan: return "MORE_THAN";
    case Mod::kEqualOrLess: return "EQUAL_OR_LESS";
    case Mod::kEqualOrMore: return "EQUAL_OR_MORE";
  }
  return "";
}

Normalized date_result(const Point& point, const Frame& f, TimexType type) {
  Normalized n;
  n.type = type;
  n.point = point;
  n.value = format(point);
  n.mod = mod_name(f.mod);
  return n;
}

Point unknown_point(Gran gran) {
  Point p;
  p.gran = gran;
  return p;
}

void add_time_of_day(Point& p, const Frame& f) {
  if (set(f.pod)) p.pod = f.pod;
  if (set(f.hour)) {
    int hour = f.hour;
    if (set(f.meridiem)) {
      if (f.meridiem == 12 && hour < 12) hour += 12;
      if (f.meridiem == 0 && hour == 12) hour = 0;
    }
    p.hour = hour;
    p.minute = set(f.minute) ? f.minute : 0;
    p.pod = Point::kUnknown;
  } else if (p.pod == static_cast<int>(PartOfDay::kNoon)) {
    p.hour = 12;
    p.minute = 0;
  } else if (p.pod == static_cast<int>(PartOfDay::kMidnight)) {
    p.hour = 24;
    p.minute = 0;
  }
}

// The day a weekday, a month-day or a deictic word of the frame names, if any.
std::optional<Point> day_of_frame(const Input& in) {
  const Frame& f = in.f;
  const auto& anchor = in.context.anchor;
  if (set(f.month) && set(f.day)) {
    Point p = unknown_point(Gran::kDay);
    p.month = f.month;
    p.day = f.day;
    if (set(f.year)) {
      p.year = f.year;
    } else if (anchor) {
      p.year = pick_year(*anchor, f.month, f.day, in.context.tense);
      // "Monday, Oct. 26": of the years near the anchor, the one where the day is that weekday.
      if (set(f.weekday) && f.day <= days_in_month(p.year, f.month) &&
          CivilDate{p.year, f.month, f.day}.weekday() != f.weekday) {
        for (const int year : {anchor->year, anchor->year - 1, anchor->year + 1}) {
          if (f.day <= days_in_month(year, f.month) && CivilDate{year, f.month, f.day}.weekday() == f.weekday) {
            p.year = year;
            break;
          }
        }
      }
    }
    if (p.day > days_in_month(p.year == Point::kUnknown ? 2000 : p.year, p.month)) return std::nullopt;
    return p;
  }
  if (set(f.deictic)) {
    if (!anchor) return unknown_point(Gran::kDay);
    return day_point(add_days(*anchor, f.deictic));
  }
  if (set(f.weekday)) {
    if (!anchor) {
      Point p = unknown_point(Gran::kDay);
      p.weekday = f.weekday;
      return p;
    }
    return day_point(pick_weekday(*anchor, f.weekday, in.context.tense));
  }
  return std::nullopt;
}

std::optional<Normalized> calendar(const Input& in) {
  const Frame& f = in.f;
  const bool clock_word = f.pod == static_cast<int>(PartOfDay::kNoon) || f.pod == static_cast<int>(PartOfDay::kMidnight);
  const TimexType type = set(f.hour) || clock_word ? TimexType::kTime : in.match.rule->type;
  if (auto day = day_of_frame(in)) {
    add_time_of_day(*day, f);
    Normalized n = date_result(*day, f, type);
    n.reference = true;
    return n;
  }
  const auto& anchor = in.context.anchor;
  Point p;
  if (set(f.month)) {
    p.gran = Gran::kMonth;
    p.month = f.month;
    p.year = set(f.year) ? f.year : anchor ? pick_year(*anchor, f.month, 0, in.context.tense) : Point::kUnknown;
  } else if (set(f.season)) {
    p.gran = Gran::kSeason;
    p.part = f.season;
    p.year = set(f.year) ? f.year : anchor ? anchor->year : Point::kUnknown;
  } else if (set(f.year)) {
    p.gran = Gran::kYear;
    p.year = f.year;
  } else {
    return std::nullopt;
  }
  Normalized n = date_result(p, f, type);
  n.reference = true;
  return n;
}

// The most recent (direction < 0), next (> 0) or current (0) weekend around the anchor.
Point weekend(CivilDate anchor, int direction, Tense tense) {
  const int wd = anchor.weekday();
  CivilDate saturday = add_days(anchor, 5 - wd);  // this ISO week's Saturday
  bool past = direction < 0 || (direction == 0 && tense == Tense::kPast);
  if (direction > 0 && wd >= 5) saturday = add_days(saturday, 7);
  if (past && wd < 5) saturday = add_days(saturday, -7);
  Point p = truncate(day_point(saturday), Gran::kWeekend);
  return p;
}

std::optional<Normalized> relative(const Input& in) {
  Frame f = in.f;
  // "at midday": the clock-like parts of the day are rule words there.
  if (!set(f.pod) && in.has_word({"noon", "midday"})) f.pod = static_cast<int>(PartOfDay::kNoon);
  if (!set(f.pod) && in.has_word({"midnight"})) f.pod = static_cast<int>(PartOfDay::kMidnight);
  const auto& anchor = in.context.anchor;
  const int rel = set(f.rel) ? f.rel : 0;
  TimexType type = in.match.rule->type;
  Point p;
  if (set(f.weekday)) {
    if (!anchor) {
      p = unknown_point(Gran::kDay);
      p.weekday = f.weekday;
    } else {
      const int wd = anchor->weekday();
      int delta;
      if (rel < 0) delta = -((wd - f.weekday + 6) % 7 + 1);
      else if (rel > 0) delta = (f.weekday - wd + 6) % 7 + 1;
      else delta = f.weekday - wd;
      p = day_point(add_days(*anchor, delta));
    }
  } else if (set(f.month) && set(f.rel) && in.has_word({"year"})) {
    // "June last year", "April 2 next year": the month (or day) of the year named.
    p.gran = set(f.day) ? Gran::kDay : Gran::kMonth;
    p.month = f.month;
    if (set(f.day)) p.day = f.day;
    if (anchor) p.year = anchor->year + rel;
    if (set(f.day) && f.day > days_in_month(p.year == Point::kUnknown ? 2000 : p.year, f.month)) return std::nullopt;
  } else if (set(f.month)) {
    p.gran = set(f.day) ? Gran::kDay : Gran::kMonth;  // "last Oct. 23"
    p.month = f.month;
    if (set(f.day)) p.day = f.day;
    if (anchor) {
      p.year = anchor->year;
      if (rel < 0 && f.month >= anchor->month) --p.year;
      if (rel > 0 && f.month <= anchor->month) ++p.year;
    }
    if (set(f.day) && f.day > days_in_month(p.year == Point::kUnknown ? 2000 : p.year, f.month)) return std::nullopt;
  } else if (set(f.season)) {
    p.gran = Gran::kSeason;
    p.part = f.season;
    if (anchor) {
      const int current = season_of(anchor->month);
      p.year = anchor->month <= 2 ? anchor->year - 1 : anchor->year;
      const bool past = rel < 0 || (rel == 0 && !set(f.rel) && in.context.tense == Tense::kPast);
      if (past && f.season > current) --p.year;
      const bool ahead = rel == 0 && !set(f.rel) && in.context.tense == Tense::kFuture;
      if (ahead && f.season < current) ++p.year;
      if (rel < 0 && f.season == current) --p.year;
      if (rel > 0 && f.season <= current) ++p.year;
    }
  } else if (set(f.pod)) {
    type = TimexType::kTime;
    const Point* previous = in.context.previous;
    const bool day_before = previous != nullptr && previous->gran == Gran::kDay && previous->date().has_value();
    if (day_before && (!set(f.rel) || (rel > 0 && in.starts_with_the()))) {
      // "in the morning", "the next morning": of the day last mentioned, or the day after it.
      p = rel > 0 ? day_point(add_days(*previous->date(), 1)) : *previous;
      p.hour = p.minute = p.pod = Point::kUnknown;
    } else {
      const int days = rel > 0 ? 1 : rel < 0 && f.pod == static_cast<int>(PartOfDay::kNight) ? -1 : 0;
      p = anchor ? day_point(add_days(*anchor, days)) : unknown_point(Gran::kDay);
    }
    add_time_of_day(p, f);
  } else if (set(f.unit) || unit_word(in)) {
    const Unit unit = set(f.unit) ? static_cast<Unit>(f.unit) : *unit_word(in);
    const Gran gran = gran_of(unit);
    if (unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour) return std::nullopt;
    // "the following day", "the previous week": anaphoric, anchored on the last mentioned time.
    // "that year", "the same day": the period of the last mentioned time.
    const bool anaphoric = (in.starts_with_the() && in.has_word({"following", "previous", "preceding", "next"})) ||
                           in.has_word({"that", "same"});
    const Point* previous = in.context.previous;
    // "Profit fell in the third quarter from last year": the same quarter of the year before.
    const bool period = unit == Unit::kYear && rel < 0 && previous != nullptr && previous->resolved() &&
                        (previous->gran == Gran::kQuarter || previous->gran == Gran::kHalf) && in.context.near_previous;
    if (period) {
      p = shift(*previous, unit, rel);
    } else if (anaphoric && previous != nullptr && previous->resolved() && previous->gran >= gran) {
      p = truncate(shift(*previous, unit, rel), gran);
    } else if (!anchor) {
      p = unknown_point(gran);
    } else if (unit == Unit::kWeekend) {
      p = weekend(*anchor, rel, in.context.tense);
    } else {
      p = truncate(shift(day_point(*anchor), unit, rel), gran);
    }
  } else {
    return std::nullopt;
  }
  Normalized n = date_result(p, f, type);
  n.reference = set(f.weekday) || set(f.month);  // "last Friday", "last March" name their time
  return n;
}

std::optional<Normalized> deictic(const Input& in) {
  auto day = day_of_frame(in);
  if (!day) return std::nullopt;
  Frame f = in.f;
  if (in.has_word({"tonight"})) f.pod = static_cast<int>(PartOfDay::kNight);
  add_time_of_day(*day, f);
  Normalized n = date_result(*day, f, set(f.pod) ? TimexType::kTime : in.match.rule->type);
  n.reference = true;
  return n;
}

std::optional<Normalized> reference(const Input& in) {
  const int ref = set(in.f.ref)                            ? in.f.ref
                  : in.has_word({"past", "recent"})        ? -1
                  : in.has_word({"future", "coming", "term"}) ? 1
                                                           : 0;
  Normalized n;
  n.type = TimexType::kDate;
  n.value = ref < 0 ? "PAST_REF" : ref > 0 ? "FUTURE_REF" : "PRESENT_REF";
  return n;
}

std::optional<Normalized> offset(const Input& in) {
  const Frame& f = in.f;
  const Point* previous = in.context.previous;
  const auto& anchor = in.context.anchor;
  const bool that = in.has_word({"that", "same"});
  const int dir = set(f.dir) ? f.dir : in.has_word({"after"}) ? 1 : that ? 0 : -1;
  if (f.quantity == Frame::kVague) {
    Normalized n;
    n.value = dir < 0 ? "PAST_REF" : "FUTURE_REF";
    return n;
  }
  const int quantity = set(f.quantity) ? f.quantity : 1;
  const Unit unit = set(f.unit) ? static_cast<Unit>(f.unit) : unit_word(in).value_or(Unit::kDay);
  if (unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour) return std::nullopt;
  Gran gran = gran_of(unit);
  if (gran == Gran::kDecade || gran == Gran::kCentury) gran = Gran::kYear;
  // Anaphoric words ("earlier", "that day") count from the last mentioned time; "ago" from the
  // article date. Either way a period under discussion (a quarter) keeps its granularity:
  // "third-quarter profit ... a year earlier" is the same quarter of the year before.
  const bool anaphoric = that || in.has_word({"earlier", "later", "before", "after"});
  const Point* named = previous != nullptr && previous->resolved() &&
                               (previous->gran == Gran::kQuarter || previous->gran == Gran::kHalf)
                           ? previous
                           : in.context.period;
  const bool period = named != nullptr && unit == Unit::kYear;
  // "the year-ago quarter" with no quarter named before: the last quarter completed, a year back.
  const bool quarter_named = in.has_word({"quarter"}) && unit == Unit::kYear && anchor.has_value();
  Point base;
  if (period) {
    base = *named;
    gran = named->gran;
  } else if (quarter_named) {
    base = truncate(shift(truncate(day_point(*anchor), Gran::kQuarter), Unit::kQuarter, -1), Gran::kQuarter);
    gran = Gran::kQuarter;
  } else if (anaphoric && previous != nullptr && previous->resolved() && previous->gran >= gran) {
    base = *previous;
  } else if (anchor) {
    base = day_point(*anchor);
  } else {
    return date_result(unknown_point(gran), f, TimexType::kDate);
  }
  Point p = truncate(shift(base, unit, dir * quantity), gran);
  p.pod = p.hour = p.minute = Point::kUnknown;
  return date_result(p, f, TimexType::kDate);
}

const char* unit_letter(Unit unit) {
  switch (unit) {
    case Unit::kSecond: return "S";
    case Unit::kMinute: return "M";
    case Unit::kHour: return "H";
    case Unit::kDay:
    case Unit::kWeekend: return "D";
    case Unit::kWeek: return "W";
    case Unit::kMonth:
    case Unit::kHalf: return "M";
    case Unit::kQuarter: return "Q";
    case Unit::kYear:
    case Unit::kDecade:
    case Unit::kCentury: return "Y";
  }
  return "D";
}

// "P3Y", "PT5H", "PXD": quantity units of a duration; kVague spells X.
std::string period(int quantity, Unit unit) {
  int multiple = 1;
  if (unit == Unit::kWeekend) multiple = 2;
  if (unit == Unit::kHalf) multiple = 6;
  if (unit == Unit::kDecade) multiple = 10;
  if (unit == Unit::kCentury) multiple = 100;
  const bool clock = unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour;
  const std::string amount = quantity == Frame::kVague ? "X" : std::to_string(quantity * multiple);
  return std::string(clock ? "PT" : "P") + amount + unit_letter(unit);
}

std::optional<Normalized> duration(const Input& in) {
  const Frame& f = in.f;
  if (!set(f.unit) && !unit_word(in)) return std::nullopt;
  const Unit unit = set(f.unit) ? static_cast<Unit>(f.unit) : *unit_word(in);
  int quantity = set(f.quantity) ? f.quantity : f.plural ? Frame::kVague : 1;
  if (in.has_word({"couple"})) quantity = 2;
  if (quantity == 0) return std::nullopt;
  Normalized n;
  n.type = TimexType::kDuration;
  if (in.has_word({"half"}) && quantity != Frame::kVague && unit == Unit::kYear) {
    n.value = "P" + std::to_string(quantity) + "Y6M";
  } else {
    n.value = period(quantity, unit);
  }
  n.mod = mod_name(f.mod);
  return n;
}

std::optional<Normalized> set_of(const Input& in) {
  const Frame& f = in.f;
  Normalized n;
  n.type = TimexType::kSet;
  if (set(f.weekday)) {
    n.value = "XXXX-WXX-" + std::to_string(f.weekday + 1);
  } else if (set(f.month)) {
    Point p = unknown_point(Gran::kMonth);
    p.month = f.month;
    n.value = format(p);
  } else if (set(f.season)) {
    Point p = unknown_point(Gran::kSeason);
    p.part = f.season;
    n.value = format(p);
  } else if (set(f.unit)) {
    const int quantity = set(f.quantity) ? f.quantity : in.has_word({"other"}) ? 2 : 1;
    n.value = period(quantity, static_cast<Unit>(f.unit));
  } else {
    return std::nullopt;
  }
  return n;
}

std::optional<Normalized> decade(const Input& in) {
  Point p = unknown_point(Gran::kDecade);
  p.decade = in.f.decade;
  return date_result(p, in.f, TimexType::kDate);
}

std::optional<Normalized> century(const Input& in) {
  if (!set(in.f.ordinal) || in.f.ordinal < 1 || in.f.ordinal > 30) return std::nullopt;
  Point p = unknown_point(Gran::kCentury);
  p.decade = in.f.ordinal - 1;
  return date_result(p, in.f, TimexType::kDate);
}

std::optional<Normalized> quarter(const Input& in) {
  const Frame& f = in.f;
  const bool half = in.has_word({"half"});
  const Gran gran = half ? Gran::kHalf : Gran::kQuarter;
  const int parts = half ? 2 : 4;
  const auto& anchor = in.context.anchor;
  const Point* previous = in.context.previous;
  Point p = unknown_point(gran);
  int ordinal = f.ordinal;
  // "the last half of 1989": the final part of the year named.
  if (!set(ordinal) && set(f.year) && in.has_word({"last", "latter", "final"})) ordinal = parts;
  if (set(ordinal)) {
    if (ordinal < 1 || ordinal > parts) return std::nullopt;
    p.part = ordinal;
    if (set(f.year)) {
      p.year = f.year;
    } else if (anchor && set(f.rel)) {
      p.year = anchor->year + f.rel;  // "next year's first quarter"
    } else if (anchor) {
      // Reports look back: a quarter later than the current one is last year's only when the
      // clause is in the past; an earlier one is this year's even in the future tense
      // ("expects to report third-quarter results").
      const int current = half ? (anchor->month <= 6 ? 1 : 2) : quarter_of(anchor->month);
      p.year = anchor->year;
      if (in.context.tense == Tense::kPast && p.part > current) --p.year;
    }
    if (set(f.dir) && p.year != Point::kUnknown) p.year += f.dir;
  } else if (set(f.year)) {
    // "the 1988 period": the part of the year under discussion, in that year.
    if (previous != nullptr && previous->resolved() && previous->gran == gran) p.part = previous->part;
    else p.gran = Gran::kYear;
    p.year = f.year;
  } else if (in.has_word({"current"})) {
    if (anchor) p = truncate(day_point(*anchor), gran);
  } else if (in.has_word({"latest", "recent"}) && anchor) {
    p = truncate(shift(truncate(day_point(*anchor), gran), half ? Unit::kHalf : Unit::kQuarter, -1), gran);
  } else if (previous != nullptr && previous->resolved() && previous->gran == gran) {
    p = *previous;
  } else if (anchor) {
    // "The quarter", "the latest quarter": the last one completed before the article.
    p = truncate(shift(truncate(day_point(*anchor), gran), half ? Unit::kHalf : Unit::kQuarter, -1), gran);
  }
  Normalized n = date_result(p, f, TimexType::kDate);
  n.reference = p.resolved();
  return n;
}

// "a 4:25 kickoff", "the polls close at 6:30": a clock time written with a one-digit hour from 1 to 6
// and minutes, with no a.m./p.m., no time zone and no "morning" or "dawn" after it, is read in the
// afternoon. Text that means the small hours says so, and a 24-hour clock writes "04:25" or "16:25".
bool afternoon_by_default(const Input& in) {
  const Frame& f = in.f;
  if (set(f.meridiem) || f.zone || !set(f.minute) || f.hour < 1 || f.hour > 6 || in.toks[in.match.first].digits != 1) {
    return false;
  }
  for (uint32_t i = in.match.last; i < in.toks.size() && i < in.match.last + 4; ++i) {
    const std::string_view w = in.text.substr(in.toks[i].begin, in.toks[i].end - in.toks[i].begin);
    if (w == "morning" || w == "dawn" || w == "a.m." || w == "am") return false;
  }
  return true;
}

std::optional<Normalized> clock(const Input& in) {
  const Frame& f = in.f;
  if (set(f.hour) && set(f.meridiem) && (f.hour < 1 || f.hour > 12)) return std::nullopt;
  std::optional<Point> day = day_of_frame(in);
  // "He was shot on Oct. 23 ... at 10 p.m.": a bare clock time is on the day last named.
  const Point* previous = in.context.previous;
  if (!day && previous != nullptr && previous->gran == Gran::kDay && previous->date()) {
    day = day_point(*previous->date());
  }
  if (!day) day = in.context.anchor ? day_point(*in.context.anchor) : unknown_point(Gran::kDay);
  Frame read = f;
  const bool afternoon = afternoon_by_default(in);
  if (afternoon) read.hour += 12;
  add_time_of_day(*day, read);
  Normalized n = date_result(*day, f, TimexType::kTime);
  n.reference = true;
  n.by_default = afternoon;
  return n;
}

std::optional<Normalized> holiday(const Input& in) {
  const Frame& f = in.f;
  Holiday which = static_cast<Holiday>(f.holiday);
  if (in.has_word({"eve"})) {
    if (which == Holiday::kChristmas) which = Holiday::kChristmasEve;
    else return std::nullopt;
  }
  const auto& anchor = in.context.anchor;
  Point p = unknown_point(Gran::kDay);
  int year = set(f.year) ? f.year : Point::kUnknown;
  if (year == Point::kUnknown && anchor) {
    // The occurrence nearest the anchor in the direction of the tense.
    const auto probe = holiday_date(which, anchor->year);
    if (!probe) return std::nullopt;
    year = pick_year(*anchor, probe->month, probe->day, in.context.tense);
  }
  if (year != Point::kUnknown) {
    const auto date = holiday_date(which, year);
    if (!date) return std::nullopt;
    p = day_point(*date);
  }
  return date_result(p, f, TimexType::kDate);
}

}  // namespace

int pick_year(CivilDate anchor, int month, int day, Tense tense) {
  // The candidate nearest the anchor among those the tense allows. A past-tense sentence may
  // still name a date a few weeks ahead ("said holders of record Nov. 16 will be paid" in late
  // October), a future one a date just gone; ahead of the anchor costs kAheadCost days more.
  const int64_t anchor_days = anchor.days_since_epoch();
  int best = anchor.year;
  int64_t best_cost = INT64_MAX;
  bool best_allowed = false;
  for (int year = anchor.year - 1; year <= anchor.year + 1; ++year) {
    int64_t distance;
    if (day > 0) {
      const int d = std::min(day, days_in_month(year, month));
      distance = CivilDate{year, month, d}.days_since_epoch() - anchor_days;
    } else {
      distance = static_cast<int64_t>(year * 12 + month - (anchor.year * 12 + anchor.month)) * 30;
    }
    const bool allowed = (tense != Tense::kPast || distance <= kPastSlack) &&
                         (tense != Tense::kFuture || distance >= -kFutureSlack);
    const int64_t cost = std::llabs(distance) + (distance > 0 ? kAheadCost : 0);
    if ((allowed && !best_allowed) || (allowed == best_allowed && cost < best_cost)) {
      best_cost = cost;
      best = year;
      best_allowed = allowed;
    }
  }
  return best;
}

CivilDate pick_weekday(CivilDate anchor, int weekday, Tense tense) {
  const int wd = anchor.weekday();
  const int back = (wd - weekday + 7) % 7;
  const int ahead = (weekday - wd + 7) % 7;
  if (tense == Tense::kPast) return add_days(anchor, -back);
  // The present tense of news announces what is scheduled: "Arafat meets Monday with ...".
  if (tense == Tense::kFuture || tense == Tense::kPresent) return add_days(anchor, ahead);
  // Without a tense, news mostly reports what has happened: the past day unless it is far.
  return back <= kWeekdayPastReach ? add_days(anchor, -back) : add_days(anchor, ahead);
}

std::optional<Normalized> normalize(const Match& match, std::string_view text, std::span<const Tok> toks,
                                    const NormalizeContext& context) {
  const Input in{match, text, toks, context, match.frame};
  switch (match.rule->action) {
    case Action::kCalendar: return calendar(in);
    case Action::kRelative: return relative(in);
    case Action::kDeictic: return deictic(in);
    case Action::kOffset: return offset(in);
    case Action::kDuration: return duration(in);
    case Action::kSet: return set_of(in);
    case Action::kRef: return reference(in);
    case Action::kDecade: return decade(in);
    case Action::kCentury: return century(in);
    case Action::kQuarter: return quarter(in);
    case Action::kClock: return clock(in);
    case Action::kHoliday: return holiday(in);
  }
  return std::nullopt;
}

}  // namespace dossier::time
