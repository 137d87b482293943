#include "time/date_for.h"

#include <numeric>
#include <vector>

namespace dossier::time {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

uint32_t distance(Span a, Span b) {
  if (a.overlaps(b)) return 0;
  return a.end <= b.begin ? b.begin - a.end : a.begin - b.end;
}

}  // namespace

std::string_view to_string(DateSource source) {
  switch (source) {
    case DateSource::kNone: return "none";
    case DateSource::kTimex: return "timex";
    case DateSource::kArticle: return "article";
  }
  return "none";
}

bool is_calendar_value(std::string_view value) {
  return value.size() >= 4 && digit(value[0]) && digit(value[1]) && digit(value[2]) && digit(value[3]) &&
         (value.size() == 4 || value[4] == '-') && value.find('X') == std::string_view::npos;
}

namespace {

// The scope date_for looks in: the sentence of where's start, widened to hold where.
Span date_scope(const Document& document, Span where) {
  const int32_t sentence = document.sentence_at(where.begin);
  if (sentence < 0) return where;
  const Span s = document.sentences[static_cast<size_t>(sentence)].span;
  return {std::min(s.begin, where.begin), std::max(s.end, where.end)};
}

// date_for over the candidate time expressions: the indices, ascending, of every time
// expression inside scope (and possibly others, which are skipped).
template <class Indices>
SpanDate nearest_date(const Document& document, Span where, Span skip, Span scope, const Indices& candidates) {
  SpanDate out;
  uint32_t best = UINT32_MAX;
  for (const size_t i : candidates) {
    const Timex& t = document.times[i];
    if (!scope.contains(t.span) || (!skip.empty() && skip.contains(t.span))) continue;
    if (t.type != TimexType::kDate && t.type != TimexType::kTime) continue;
    std::string_view value = t.value;
    if (const size_t tpos = value.find('T'); tpos != std::string_view::npos) value = value.substr(0, tpos);
    if (!is_calendar_value(value)) continue;
    const uint32_t d = distance(t.span, where);
    if (d < best) {
      best = d;
      out.value = std::string(value);
      out.day = t.day;
      out.source = DateSource::kTimex;
      out.timex = static_cast<int32_t>(i);
    }
  }
  if (out.source == DateSource::kNone && document.meta.date) {
    out.value = document.meta.date->iso();
    out.day = document.meta.date;
    out.source = DateSource::kArticle;
  }
  return out;
}

}  // namespace

SpanDate date_for(const Document& document, Span where, Span skip) {
  // Every time expression: the plain scan DateFinder is checked against. (A vector, not
  // std::views::iota: clang 14, which builds the fuzz targets, rejects libstdc++ 12's iota_view.)
  std::vector<size_t> all(document.times.size());
  std::iota(all.begin(), all.end(), size_t{0});
  return nearest_date(document, where, skip, date_scope(document, where), all);
}

DateFinder::DateFinder(const Document& document)
    : document_(document), times_(util::SpanIndex::of(document.times, [](const Timex& t) { return t.span; })) {}

SpanDate DateFinder::operator()(Span where, Span skip) const {
  const Span scope = date_scope(document_, where);
  return nearest_date(document_, where, skip, scope, times_.within(scope));
}

}  // namespace dossier::time
