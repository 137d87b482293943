// Political events (CAMEO) coded from one document.
#ifndef DOSSIER_EVENT_H_
#define DOSSIER_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "dossier/span.h"

namespace dossier {

// Where an event's date came from.
enum class EventDateBasis : uint8_t { kNone, kTimex, kArticle };

struct Event {
  Span span;                 // the sentence or clause that states the event
  Span trigger;              // the verb or noun that signals it
  std::string code;          // CAMEO code, e.g. "042"
  std::string label;         // CAMEO label, e.g. "Make a visit"
  int quad_class = 0;        // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0.0;    // Goldstein scale value of the code
  int32_t source_mention = -1;  // index into Document::mentions, -1 when none
  int32_t target_mention = -1;
  std::string source_text;   // actor as written when no mention covers it
  std::string target_text;
  std::string source_code;   // CAMEO actor code, e.g. "USAGOV"
  std::string target_code;
  int32_t place_mention = -1;
  std::optional<CivilDate> date;
  EventDateBasis date_basis = EventDateBasis::kNone;
  int32_t timex = -1;        // index into Document::times that dates it
  // How likely code, source and target are right, in [0, 1]: a prior from how the event was read
  // (events/confidence.h), for the audit set to calibrate.
  double confidence = 1.0;
};

}  // namespace dossier

#endif  // DOSSIER_EVENT_H_
