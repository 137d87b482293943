// The timeline across all articles: every dated time expression, quote, event and role claim,
// in calendar order. The HTML report draws it; the JSON carries the same dates on each item.
#ifndef DOSSIER_TIME_TIMELINE_H_
#define DOSSIER_TIME_TIMELINE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/corpus.h"
#include "time/date_for.h"

namespace dossier::time {

enum class TimelineKind : uint8_t { kTime, kQuote, kEvent, kRole };
std::string_view to_string(TimelineKind kind);  // "time", "quote", "event", "role"

struct TimelineEntry {
  std::string date;        // calendar value: "2023-03-10", "2023-03", "2023-W11", "2023-Q3", "2023"
  CivilDate start;         // the first day of that period, the sort key
  DateSource source = DateSource::kNone;  // kTimex for time expressions and dated items
  TimelineKind kind = TimelineKind::kTime;
  uint32_t doc = 0;        // index into Dossier::documents
  uint32_t item = 0;       // index into the document's times, quotes, events or roles
  Span span;               // the words of the item
};

// The first day of the period a calendar value names; nullopt for other values.
std::optional<CivilDate> period_start(std::string_view value);
// All placeable items of all documents, sorted by date (coarser periods first on the same day),
// then by document and position. Items dated only by their article carry source kArticle.
std::vector<TimelineEntry> build_timeline(const Dossier& dossier);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_TIMELINE_H_
