// Normalisation of a grammar match into a TIMEX3 type, value and mod, against the article date.
#ifndef DOSSIER_TIME_NORMALIZE_H_
#define DOSSIER_TIME_NORMALIZE_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "dossier/timex.h"
#include "time/calendar.h"
#include "time/grammar.h"
#include "time/tense.h"

namespace dossier::time {

struct NormalizeContext {
  std::optional<CivilDate> anchor;  // the article date; none gives underspecified values
  Tense tense = Tense::kNone;       // tense of the clause around the expression
  const Point* previous = nullptr;  // the last calendar point mentioned before, for anaphora
  bool near_previous = false;       // that point was mentioned in the same or the previous sentence
  const Point* period = nullptr;    // the last quarter or half named, if near: what "a year ago" compares to
};

struct Normalized {
  TimexType type = TimexType::kDate;
  std::string value;
  std::string mod;
  Point point;             // the calendar point of a DATE or TIME (gran kNone otherwise)
  bool reference = false;  // may anchor later anaphoric expressions ("the quarter", "a year earlier")
  bool by_default = false; // part of the value is a default reading ("a 4:25 kickoff" in the afternoon)
};

// The TIMEX3 reading of a match; nullopt when the words do not make a valid time.
std::optional<Normalized> normalize(const Match& match, std::string_view text, std::span<const Tok> toks,
                                    const NormalizeContext& context);

// The year in which month (and day, 0 for none) falls nearest the anchor in the direction of tense.
int pick_year(CivilDate anchor, int month, int day, Tense tense);
// The date of a weekday (0 Monday) near the anchor in the direction of tense.
CivilDate pick_weekday(CivilDate anchor, int weekday, Tense tense);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_NORMALIZE_H_
