#include <algorithm>
#include <numeric>

#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The bytes of the line (between newlines) around span.
Span line_around(std::string_view text, Span span) {
  const size_t before = span.begin == 0 ? std::string_view::npos : text.rfind('\n', span.begin - 1);
  const size_t after = text.find('\n', span.end);
  return {before == std::string_view::npos ? 0u : static_cast<uint32_t>(before + 1),
          after == std::string_view::npos ? static_cast<uint32_t>(text.size())
                                          : static_cast<uint32_t>(after)};
}

}  // namespace

std::string format_date(const CivilDate& date) {
  if (!date.valid()) return date.iso();
  return std::to_string(date.day) + " " + std::string(kMonths[date.month - 1]) + " " +
         std::to_string(date.year);
}

std::string format_day(const CivilDate& date) {
  if (!date.valid()) return date.iso();
  return std::string(kWeekdays[date.weekday()]) + " " + format_date(date);
}

ReportIndex::ReportIndex(const Dossier& dossier)
    : dossier_(dossier), passages_(dossier.documents.size()) {
  const auto add = [&](const Passage& p) {
    if (p.doc < passages_.size()) passages_[p.doc].push_back(p.span);
  };
  for (const Story& story : dossier.stories) {
    for (const Passage& p : story.summary) add(p);
  }
  for (const Conflict& conflict : dossier.conflicts) {
    for (const Claim& claim : conflict.claims) add(claim.passage);
  }
  for (auto& spans : passages_) {
    std::sort(spans.begin(), spans.end());
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  }
  by_date_.resize(dossier.documents.size());
  std::iota(by_date_.begin(), by_date_.end(), 0u);
  std::stable_sort(by_date_.begin(), by_date_.end(), [&](uint32_t a, uint32_t b) {
    const auto& da = dossier.documents[a].meta.date;
    const auto& db = dossier.documents[b].meta.date;
    if (da.has_value() != db.has_value()) return da.has_value();
    return da.has_value() && *da < *db;
  });
}

std::string ReportIndex::article_anchor(uint32_t doc) { return "a" + std::to_string(doc); }

std::string ReportIndex::item_anchor(uint32_t doc, char layer, size_t item) {
  return article_anchor(doc) + layer + std::to_string(item);
}

std::string ReportIndex::passage_anchor(uint32_t doc, Span span) {
  return article_anchor(doc) + "p" + std::to_string(span.begin) + "-" + std::to_string(span.end);
}

std::string ReportIndex::entity_anchor(size_t entity) { return "e" + std::to_string(entity); }

std::string_view ReportIndex::title(uint32_t doc) const {
  const Document& d = dossier_.documents[doc];
  return d.meta.title.empty() ? std::string_view(d.id) : std::string_view(d.meta.title);
}

std::string_view ReportIndex::source(uint32_t doc) const {
  const std::string& s = dossier_.documents[doc].meta.source;
  return s.empty() ? std::string_view("unknown source") : std::string_view(s);
}

std::string ReportIndex::date_label(uint32_t doc) const {
  const auto& date = dossier_.documents[doc].meta.date;
  return date ? format_date(*date) : std::string("undated");
}

std::string ReportIndex::entity_name(int32_t entity) const {
  if (entity < 0 || static_cast<size_t>(entity) >= dossier_.entities.size()) return {};
  return dossier_.entities[static_cast<size_t>(entity)].name;
}

std::string ReportIndex::context(uint32_t doc, Span span, size_t max_chars) const {
  const Document& d = dossier_.documents[doc];
  const std::string_view text = d.text;
  Span around = line_around(text, span);
  const int32_t first = d.sentence_at(span.begin);
  const int32_t last = d.sentence_at(span.end > span.begin ? span.end - 1 : span.begin);
  if (first >= 0 && last >= 0) {
    around = {d.sentences[static_cast<size_t>(first)].span.begin,
              d.sentences[static_cast<size_t>(last)].span.end};
  }
  // A long sentence is cut so that the span stays in view.
  std::string prefix;
  const size_t lead = max_chars / 3;
  if (span.begin > around.begin + lead * 2) {
    uint32_t from = static_cast<uint32_t>(span.begin - lead);
    while (from < span.begin && is_continuation(text[from])) ++from;
    around.begin = from;
    prefix = "…";
  }
  return prefix + clip(fold_space(text.substr(around.begin, around.end - around.begin)), max_chars);
}

size_t ReportIndex::entity_count(std::initializer_list<EntityType> types) const {
  return static_cast<size_t>(std::count_if(
      dossier_.entities.begin(), dossier_.entities.end(), [&](const Entity& e) {
        return std::find(types.begin(), types.end(), e.type) != types.end();
      }));
}

}  // namespace dossier::report::html
