#include "time/tagger.h"

#include "time/normalize.h"
#include "time/tense.h"

namespace dossier::time {
namespace {

// Bytes within which a named period still frames "last year" (about two sentences of news).
constexpr uint32_t kNearReference = 300;
// Bytes within which a named quarter stays the period that "a year earlier" compares to, across
// the dates of other items ("the quarter ended Sept. 30 ... from $5 million a year ago").
constexpr uint32_t kNearPeriod = 600;

// True when only a space, a comma or " on " separates two expressions: "4 a.m. on Thursday".
bool joined(std::string_view between) {
  return between == " " || between == ", " || between == " on " || between == ", on ";
}

// A clock time followed by the day it falls on takes that day, in place of the day the clock
// time alone was placed on (the last day named, else the article's).
void date_clock_times_by_the_day_after(std::string_view text, std::vector<Timex>& out) {
  constexpr size_t kDayValue = 10;  // "2025-11-06"
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    Timex& clock = out[i];
    const Timex& day = out[i + 1];
    if (clock.type != TimexType::kTime || !clock.day || day.type != TimexType::kDate || !day.day ||
        day.value.size() != kDayValue || clock.value.size() <= kDayValue || clock.value[kDayValue] != 'T') {
      continue;
    }
    if (!joined(text.substr(clock.span.end, day.span.begin - clock.span.end))) continue;
    clock.value.replace(0, kDayValue, day.value);
    clock.day = day.day;
  }
}

// True when the match lies inside one of the names, shorter than it, and is a time word a name
// may hold.
bool inside_a_name(const Match& m, Span extent, std::span<const Span> names, size_t& next_name) {
  while (next_name < names.size() && names[next_name].end <= extent.begin) ++next_name;
  for (size_t n = next_name; n < names.size() && names[n].begin <= extent.begin; ++n) {
    const Span name = names[n];
    if (extent.end <= name.end && extent.size() < name.size()) {
      return m.frame.weekday == Frame::kUnset && m.rule->action != Action::kRef;
    }
  }
  return false;
}

// A prior for how likely the value is right, from how it was read: a full calendar date or a
// clock time with its zone is read from the words alone; a year-less date, a weekday or "last
// week" needs the article date and the tense; "recently" and underspecified values say little.
// The figures are a ranking, not a calibration: the audit set (issue 13) calibrates them.
double value_confidence(const Match& m, const Normalized& n, const NormalizeContext& context) {
  const Frame& f = m.frame;
  double c = 0.85;
  if (n.value.find('X') != std::string::npos) return 0.5;
  switch (m.rule->action) {
    case Action::kCalendar:
      if (f.year != Frame::kUnset) c = 0.95;
      else if (f.weekday != Frame::kUnset && f.day == Frame::kUnset) c = context.tense == Tense::kNone ? 0.75 : 0.85;
      else c = 0.88;
      break;
    case Action::kDeictic: c = 0.92; break;
    case Action::kClock: c = f.meridiem != Frame::kUnset || f.zone ? 0.9 : 0.8; break;
    case Action::kRef: c = 0.7; break;
    case Action::kQuarter:
    case Action::kOffset: c = 0.8; break;
    default: break;
  }
  if (n.by_default) c -= 0.15;
  if (f.ambiguous && m.last == m.first + 1) c -= 0.1;  // a lone "May"
  return c;
}

}  // namespace

TimeTagger::TimeTagger() = default;

std::vector<Timex> TimeTagger::tag(std::string_view text, std::optional<CivilDate> anchor,
                                   const TagOptions& options) const {
  const std::vector<Tok> toks = grammar_.tokens(text);
  const std::vector<Match> matches = grammar_.match(text, toks);
  std::vector<Timex> out;
  out.reserve(matches.size());
  Point previous;
  uint32_t previous_end = 0;
  Point period;  // the last quarter or half named
  uint32_t period_end = 0;
  size_t next_name = 0;
  for (const Match& m : matches) {
    const Span extent{toks[m.first].begin, toks[m.last - 1].end};
    if (inside_a_name(m, extent, options.names, next_name)) continue;
    NormalizeContext context;
    context.anchor = anchor;
    if (options.use_tense) context.tense = tense_around(text, toks, m.first, m.last);
    if (options.moving_reference && previous.resolved()) {
      context.previous = &previous;
      context.near_previous = toks[m.first].begin - previous_end <= kNearReference;
    }
    if (options.moving_reference && period.resolved() && toks[m.first].begin - period_end <= kNearPeriod) {
      context.period = &period;
    }
    const auto normalized = normalize(m, text, toks, context);
    if (!normalized || normalized->value.empty()) continue;
    Timex timex;
    timex.span = extent;
    timex.type = normalized->type;
    timex.value = normalized->value;
    timex.mod = normalized->mod;
    timex.day = normalized->point.date();
    timex.confidence = value_confidence(m, *normalized, context);
    out.push_back(std::move(timex));
    // Only expressions that name their time (not "a year earlier" or "last week") become the
    // reference of later anaphora, so offsets never chain.
    const Point& point = normalized->point;
    if (normalized->reference && point.resolved() && point.gran != Gran::kDecade &&
        point.gran != Gran::kCentury) {
      previous = point;
      previous_end = toks[m.last - 1].end;
      if (point.gran == Gran::kQuarter || point.gran == Gran::kHalf) {
        period = point;
        period_end = previous_end;
      }
    }
  }
  date_clock_times_by_the_day_after(text, out);
  return out;
}

}  // namespace dossier::time
