#include "time/date_for.h"

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

SpanDate date_for(const Document& document, Span where, Span skip) {
  Span scope = where;
  const int32_t sentence = document.sentence_at(where.begin);
  if (sentence >= 0) {
    const Span s = document.sentences[static_cast<size_t>(sentence)].span;
    scope = {std::min(s.begin, where.begin), std::max(s.end, where.end)};
  }
  SpanDate out;
  uint32_t best = UINT32_MAX;
  for (size_t i = 0; i < document.times.size(); ++i) {
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

}  // namespace dossier::time
