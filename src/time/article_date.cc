#include "time/article_date.h"

#include <algorithm>
#include <string_view>

#include "text/fold.h"

namespace dossier::time {
namespace {

constexpr size_t kHeaderLines = 6;   // a date line sits among the first lines of an article
constexpr size_t kShortLine = 100;   // longer lines are body text, not a date line
constexpr size_t kDatelineReach = 80;  // a dateline date comes early in its paragraph
constexpr size_t kDatelineTail = 25;   // ... and the dash or agency parenthesis soon after it
constexpr size_t kDateLineLetters = 24;  // letters besides the date on a date line ("Published:")
constexpr size_t kEvidenceMax = 160;

struct Line {
  size_t begin = 0;
  size_t end = 0;
};

// The first non-empty lines of the text.
std::vector<Line> first_lines(std::string_view text, size_t count) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size() && lines.size() < count) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    size_t b = pos, e = end;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > b) lines.push_back({b, e});
    pos = end + 1;
  }
  return lines;
}

std::string evidence(std::string_view text, size_t begin, size_t end) {
  std::string out(text.substr(begin, end - begin));
  if (out.size() > kEvidenceMax) {
    size_t cut = kEvidenceMax;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    out += "...";
  }
  return out;
}

bool lower_equals(std::string_view word, std::string_view lower) {
  return text::fold_equals(word, lower);
}

// The word that ends just before offset (skipping spaces and commas).
std::string_view word_before(std::string_view text, size_t offset) {
  size_t e = offset;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == ',')) --e;
  size_t b = e;
  while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') || (text[b - 1] >= 'A' && text[b - 1] <= 'Z'))) --b;
  return text.substr(b, e - b);
}

// A line that is little more than the date: "Tuesday, June 3, 2025", "Published: 3 June 2025 09:14".
bool is_date_line(std::string_view text, const Line& line, Span date) {
  if (line.end - line.begin > kShortLine) return false;
  size_t other_letters = 0;
  for (size_t i = line.begin; i < line.end; ++i) {
    const char c = text[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter && (i < date.begin || i >= date.end)) ++other_letters;
  }
  return other_letters <= kDateLineLetters;
}

// "PORTO, March 3, 2024 (Wire) - ...": a capitalised place, a comma, the date, then a dash or a
// parenthesis soon after.
bool is_dateline(std::string_view text, const Line& line, Span date) {
  if (date.begin - line.begin > kDatelineReach) return false;
  const char first = text[line.begin];
  if (first < 'A' || first > 'Z') return false;
  size_t before = date.begin;
  while (before > line.begin && text[before - 1] == ' ') --before;
  if (before == line.begin || text[before - 1] != ',') return false;
  for (size_t i = line.begin; i < before; ++i) {
    if (text[i] == '.' || text[i] == '!' || text[i] == '?') return false;
  }
  const std::string_view after = text.substr(date.end, std::min<size_t>(kDatelineTail, line.end - date.end));
  return after.find('-') != std::string_view::npos || after.find('(') != std::string_view::npos ||
         after.find("\u2014") != std::string_view::npos || after.find("\u2013") != std::string_view::npos;
}

bool from_header_lines(Document& doc, const std::vector<Timex>& timexes) {
  const std::string_view text = doc.text;
  for (const Line& line : first_lines(text, kHeaderLines)) {
    for (const Timex& t : timexes) {
      if (!t.day || t.span.begin < line.begin || t.span.end > line.end) continue;
      if (!is_date_line(text, line, t.span) && !is_dateline(text, line, t.span)) continue;
      doc.meta.date = t.day;
      doc.meta.date_basis = DateBasis::kText;
      doc.meta.date_evidence = evidence(text, line.begin, line.end);
      return true;
    }
    // The header ends at the first long line that is not a dateline: body text follows.
    if (line.end - line.begin > kShortLine) return false;
  }
  return false;
}

// "today, March 3, 2023" / "today (March 3, 2023)": the text names its own day.
bool from_today(Document& doc, const std::vector<Timex>& timexes) {
  const std::string_view text = doc.text;
  for (const Timex& t : timexes) {
    if (!t.day) continue;
    size_t before = t.span.begin;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '(')) --before;
    if (!lower_equals(word_before(text, before), "today")) continue;
    const size_t start = before >= 60 ? before - 60 : 0;
    doc.meta.date = t.day;
    doc.meta.date_basis = DateBasis::kInferred;
    doc.meta.date_evidence = evidence(text, start, t.span.end);
    return true;
  }
  return false;
}

}  // namespace

void settle_article_date(Document& document, const std::vector<Timex>& timexes) {
  if (document.meta.date) return;
  if (from_header_lines(document, timexes)) return;
  if (from_today(document, timexes)) return;
  document.meta.date_basis = DateBasis::kNone;
}

}  // namespace dossier::time
