// Places what a span of a document states on the calendar, for the timeline.
#ifndef DOSSIER_TIME_DATE_FOR_H_
#define DOSSIER_TIME_DATE_FOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dossier/document.h"
#include "util/span_index.h"

namespace dossier::time {

enum class DateSource : uint8_t { kNone, kTimex, kArticle };
std::string_view to_string(DateSource source);  // "none", "timex", "article"

struct SpanDate {
  std::string value;               // calendar value: "2023-03-10", "2023-03", "2023-W11", "2023"
  std::optional<CivilDate> day;    // the day, when the value names exactly one
  DateSource source = DateSource::kNone;
  int32_t timex = -1;              // index into Document::times when source is kTimex
};

// The date of what the words in `where` state: the nearest time expression with a calendar value
// in the same sentence (ignoring those inside `skip`, e.g. a quote's own words), else the article
// date, else none.
SpanDate date_for(const Document& document, Span where, Span skip = {});

// date_for over one document whose time expressions are indexed once: the same answers, each in
// O(log n) plus the time expressions of the sentence, for callers that ask for every span.
class DateFinder {
 public:
  explicit DateFinder(const Document& document);
  SpanDate operator()(Span where, Span skip = {}) const;

 private:
  const Document& document_;
  util::SpanIndex times_;
};

// True when a TIMEX3 value places something on the calendar ("2023", "2023-03-10", "2023-W11").
bool is_calendar_value(std::string_view value);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_DATE_FOR_H_
