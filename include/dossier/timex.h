// Time expressions (TimeML TIMEX3) in one document.
#ifndef DOSSIER_TIMEX_H_
#define DOSSIER_TIMEX_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dossier/span.h"

namespace dossier {

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
std::string_view to_string(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
  Span span;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2023-03-10", "2023-W11", "P5Y", "PRESENT_REF", "XXXX-XX-XX"
  std::string mod;    // TIMEX3 mod: "START", "END", "MID", "APPROX", ... or empty
  // The calendar day the expression falls on, when it names exactly one day.
  std::optional<CivilDate> day;
  // How likely the value is right, in [0, 1]: a prior from how the value was read (see
  // time/tagger.cc), for the audit set to calibrate.
  double confidence = 1.0;
};

}  // namespace dossier

#endif  // DOSSIER_TIMEX_H_
