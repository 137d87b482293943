#include "time/timeline.h"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "time/calendar.h"

namespace dossier::time {
namespace {

bool number(std::string_view s, int& out) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size() && !s.empty();
}

void add(std::vector<TimelineEntry>& out, const SpanDate& date, TimelineKind kind, uint32_t doc, uint32_t item,
         Span span) {
  const auto start = period_start(date.value);
  if (!start) return;
  out.push_back({date.value, *start, date.source, kind, doc, item, span});
}

}  // namespace

std::string_view to_string(TimelineKind kind) {
  switch (kind) {
    case TimelineKind::kTime: return "time";
    case TimelineKind::kQuote: return "quote";
    case TimelineKind::kEvent: return "event";
    case TimelineKind::kRole: return "role";
  }
  return "time";
}

std::optional<CivilDate> period_start(std::string_view value) {
  if (const size_t t = value.find('T'); t != std::string_view::npos) value = value.substr(0, t);
  int year = 0;
  if (value.size() < 4 || !number(value.substr(0, 4), year)) return std::nullopt;
  if (value.size() == 4) return CivilDate{year, 1, 1};
  if (value[4] != '-' || value.size() < 7) return std::nullopt;
  const std::string_view rest = value.substr(5);
  int n = 0;
  if (rest[0] == 'W') {
    if (!number(rest.substr(1, 2), n) || n < 1 || n > 53) return std::nullopt;
    return monday_of_iso_week(year, n);
  }
  if (rest[0] == 'Q' || rest[0] == 'H') {
    if (!number(rest.substr(1), n) || n < 1 || n > (rest[0] == 'Q' ? 4 : 2)) return std::nullopt;
    return CivilDate{year, (n - 1) * (rest[0] == 'Q' ? 3 : 6) + 1, 1};
  }
  static constexpr std::string_view kSeasons[] = {"SP", "SU", "FA", "WI"};
  for (int s = 0; s < 4; ++s) {
    if (rest == kSeasons[s]) return CivilDate{year, s * 3 + 3, 1};
  }
  int month = 0;
  if (!number(rest.substr(0, 2), month) || month < 1 || month > 12) return std::nullopt;
  if (rest.size() == 2) return CivilDate{year, month, 1};
  int day = 0;
  if (rest.size() != 5 || rest[2] != '-' || !number(rest.substr(3, 2), day)) return std::nullopt;
  const CivilDate date{year, month, day};
  return date.valid() ? std::optional<CivilDate>(date) : std::nullopt;
}

std::vector<TimelineEntry> build_timeline(const Dossier& dossier) {
  std::vector<TimelineEntry> out;
  for (uint32_t d = 0; d < dossier.documents.size(); ++d) {
    const Document& doc = dossier.documents[d];
    const DateFinder date_for(doc);
    for (uint32_t i = 0; i < doc.times.size(); ++i) {
      const Timex& t = doc.times[i];
      if (t.type != TimexType::kDate && t.type != TimexType::kTime) continue;
      SpanDate date;
      date.value = t.value.substr(0, t.value.find('T'));
      date.source = DateSource::kTimex;
      if (is_calendar_value(date.value)) add(out, date, TimelineKind::kTime, d, i, t.span);
    }
    for (uint32_t i = 0; i < doc.quotes.size(); ++i) {
      const Quote& q = doc.quotes[i];
      const Span said = !q.cue.empty() ? q.cue : !q.speaker_span.empty() ? q.speaker_span : q.span;
      add(out, date_for(said, q.span), TimelineKind::kQuote, d, i, q.span);
    }
    for (uint32_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      // An event the coder left undated (an act of some time ago) has no place on the timeline.
      SpanDate date = e.date_basis == EventDateBasis::kNone && !e.date ? SpanDate{} : date_for(e.span);
      if (e.date) {
        date.value = e.date->iso();
        date.source = e.date_basis == EventDateBasis::kArticle ? DateSource::kArticle : DateSource::kTimex;
      }
      add(out, date, TimelineKind::kEvent, d, i, e.span);
    }
    for (uint32_t i = 0; i < doc.roles.size(); ++i) {
      add(out, date_for(doc.roles[i].span), TimelineKind::kRole, d, i, doc.roles[i].span);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    return std::make_tuple(a.start, a.date.size(), a.doc, a.span.begin) <
           std::make_tuple(b.start, b.date.size(), b.doc, b.span.begin);
  });
  return out;
}

}  // namespace dossier::time
