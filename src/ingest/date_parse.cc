#include "ingest/date_parse.h"

#include <string>

#include "text/closed_class.h"
#include "text/fold.h"
#include "util/ascii.h"
#include "ingest/text_shape.h"

namespace dossier::ingest {
namespace {

using util::ascii::is_alnum;
using util::ascii::is_alpha;
using util::ascii::is_digit;
using util::ascii::is_upper;

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2199;

// Reads between 1 and max_digits digits at pos; fails when more digits follow.
size_t read_number(std::string_view s, size_t pos, size_t max_digits, int& value) {
  size_t end = pos;
  value = 0;
  while (end < s.size() && is_digit(s[end]) && end - pos <= max_digits) {
    value = value * 10 + (s[end] - '0');
    ++end;
  }
  const size_t count = end - pos;
  return count == 0 || count > max_digits ? 0 : count;
}

bool at_boundary(std::string_view s, size_t pos) { return pos >= s.size() || !is_alnum(s[pos]); }

// A 4-digit year in range at pos, followed by a word boundary.
size_t read_year(std::string_view s, size_t pos, int& year) {
  const size_t n = read_number(s, pos, 4, year);
  if (n != 4 || year < kMinYear || year > kMaxYear || !at_boundary(s, pos + n)) return 0;
  return n;
}

// A day of month (1-2 digits) with an optional English ordinal suffix.
size_t read_day(std::string_view s, size_t pos, int& day) {
  const size_t n = read_number(s, pos, 2, day);
  if (n == 0 || day < 1 || day > 31) return 0;
  size_t end = pos + n;
  const size_t letters = util::ascii::letters_at(s, end);
  if (letters == 2) {
    const std::string suffix = text::fold_case(s.substr(end, 2));
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") end += 2;
  }
  return at_boundary(s, end) ? end - pos : 0;
}

// A month name at pos with an optional abbreviation point.
size_t read_month(std::string_view s, size_t pos, int& month) {
  const size_t n = util::ascii::letters_at(s, pos);
  month = n == 0 ? 0 : month_from_name(s.substr(pos, n));
  if (month == 0) return 0;
  return pos + n < s.size() && s[pos + n] == '.' ? n + 1 : n;
}

// "," and blanks between parts of a written date; at least one blank or comma.
size_t skip_separator(std::string_view s, size_t pos) {
  size_t end = skip_blanks(s, pos);
  if (end < s.size() && s[end] == ',') end = skip_blanks(s, end + 1);
  return end;
}

std::optional<DateMatch> make(int year, int month, int day, size_t length) {
  const CivilDate date{year, month, day};
  if (!date.valid()) return std::nullopt;
  return DateMatch{date, length};
}

// 2023-06-14, 2023/6/14 (a 'T' time is handled by the caller).
std::optional<DateMatch> iso_form(std::string_view s, size_t pos) {
  int year = 0, month = 0, day = 0;
  size_t p = pos;
  if (read_number(s, p, 4, year) != 4 || year < kMinYear || year > kMaxYear) return std::nullopt;
  p += 4;
  if (p >= s.size() || (s[p] != '-' && s[p] != '/' && s[p] != '.')) return std::nullopt;
  const char sep = s[p++];
  const size_t m = read_number(s, p, 2, month);
  if (m == 0 || p + m >= s.size() || s[p + m] != sep) return std::nullopt;
  p += m + 1;
  const size_t d = read_number(s, p, 2, day);
  if (d == 0) return std::nullopt;
  p += d;
  if (p < s.size() && (is_alpha(s[p]) || is_digit(s[p])) && s[p] != 'T') return std::nullopt;
  return make(year, month, day, p - pos);
}

// 14 June 2023, 14th of June, 2023, 14-Jun-2023.
std::optional<DateMatch> day_month_year(std::string_view s, size_t pos) {
  int year = 0, month = 0, day = 0;
  size_t p = pos;
  const size_t d = read_day(s, p, day);
  if (d == 0) return std::nullopt;
  p += d;
  const bool dashed = p < s.size() && s[p] == '-';
  p = dashed ? p + 1 : skip_blanks(s, p);
  if (!dashed && util::ascii::istarts_with(s.substr(p), "of ")) p = skip_blanks(s, p + 3);
  const size_t m = read_month(s, p, month);
  if (m == 0) return std::nullopt;
  p += m;
  p = dashed && p < s.size() && s[p] == '-' ? p + 1 : skip_separator(s, p);
  const size_t y = read_year(s, p, year);
  if (y == 0) return std::nullopt;
  return make(year, month, day, p + y - pos);
}

// June 14, 2023; Jun. 14 2023; June 14th, 2023.
std::optional<DateMatch> month_day_year(std::string_view s, size_t pos) {
  int year = 0, month = 0, day = 0;
  size_t p = pos;
  const size_t m = read_month(s, p, month);
  if (m == 0) return std::nullopt;
  p = skip_blanks(s, p + m);
  const size_t d = read_day(s, p, day);
  if (d == 0) return std::nullopt;
  p = skip_separator(s, p + d);
  const size_t y = read_year(s, p, year);
  if (y == 0) return std::nullopt;
  return make(year, month, day, p + y - pos);
}

// 14/06/2023 or 06/14/2023, accepted only when the order is evident (one part above 12, or both
// equal): 03/04/2023 is April in London and March in New York. 03.04.2023 is the 3rd of April.
std::optional<DateMatch> numeric_form(std::string_view s, size_t pos) {
  int a = 0, b = 0, year = 0;
  size_t p = pos;
  const size_t n1 = read_number(s, p, 2, a);
  if (n1 == 0 || p + n1 >= s.size()) return std::nullopt;
  p += n1;
  const char sep = s[p];
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  const size_t n2 = read_number(s, ++p, 2, b);
  if (n2 == 0 || p + n2 >= s.size() || s[p + n2] != sep) return std::nullopt;
  p += n2 + 1;
  const size_t y = read_year(s, p, year);
  if (y == 0) return std::nullopt;
  int day = 0, month = 0;
  // With dots the day comes first wherever the form is used (German, Russian, Turkish...).
  if (sep == '.') {
    day = a, month = b;
  } else if (a > 12 && b <= 12) {
    day = a, month = b;
  } else if (b > 12 && a <= 12) {
    day = b, month = a;
  } else if (a == b) {
    day = a, month = b;
  } else {
    return std::nullopt;
  }
  return make(year, month, day, p + y - pos);
}

std::optional<DateMatch> date_at(std::string_view s, size_t pos) {
  if (pos >= s.size()) return std::nullopt;
  if (is_digit(s[pos])) {
    if (auto m = iso_form(s, pos)) return m;
    if (auto m = day_month_year(s, pos)) return m;
    return numeric_form(s, pos);
  }
  return month_day_year(s, pos);
}

// A zone after a time: "Z", "+02:00", "GMT", "EDT", "UTC+3", "(GMT)".
size_t zone_length(std::string_view s, size_t pos) {
  const auto offset = [&](size_t p) -> size_t {
    if (p >= s.size() || (s[p] != '+' && s[p] != '-')) return 0;
    int value = 0;
    const size_t n = read_number(s, p + 1, 4, value);
    if (n == 0 || n == 3) return 0;
    size_t end = p + 1 + n;
    int minutes = 0;
    if (n <= 2 && end < s.size() && s[end] == ':' && read_number(s, end + 1, 2, minutes) == 2) {
      end += 3;
    }
    return at_boundary(s, end) ? end - p : 0;
  };
  if (pos < s.size() && s[pos] == 'Z' && at_boundary(s, pos + 1)) return 1;
  if (const size_t n = offset(pos)) return n;
  const size_t p = skip_blanks(s, pos);
  // After a blank only a full "+hhmm" or "+hh:mm" offset, not "- 5".
  if (const size_t n = p > pos ? offset(p) : 0; n >= 5) return p + n - pos;
  const bool paren = p < s.size() && s[p] == '(';
  const size_t q = paren ? p + 1 : p;
  size_t n = 0;
  while (q + n < s.size() && is_upper(s[q + n])) ++n;
  if (n < 2 || n > 5 || !at_boundary(s, q + n)) return 0;
  const std::string_view abbr = s.substr(q, n);
  // Zone abbreviations end in T (GMT, BST, EDT, CEST) or are UTC; this keeps "UN" or "EU"
  // starting the next sentence out of the date.
  if (abbr.back() != 'T' && abbr != "UTC") return 0;
  size_t end = q + n;
  end += offset(end);
  if (paren) {
    if (end >= s.size() || s[end] != ')') return 0;
    ++end;
  }
  return end - pos;
}

// "am", "a.m.", "PM" after a time.
size_t meridiem_length(std::string_view s, size_t pos) {
  const size_t p = skip_blanks(s, pos);
  if (p >= s.size()) return 0;
  const char32_t c = text::fold_char(static_cast<unsigned char>(s[p]));
  if (c != U'a' && c != U'p') return 0;
  if (p + 1 < s.size() && text::fold_char(static_cast<unsigned char>(s[p + 1])) == U'm' && at_boundary(s, p + 2)) {
    return p + 2 - pos;
  }
  if (s.substr(p + 1, 3) == ".m." || s.substr(p + 1, 3) == ".M.") return p + 4 - pos;
  return 0;
}

// After a date: ", 10:32 GMT", " at 3:45 PM ET", "T10:32:00Z", " - 10:32".
size_t time_after_date(std::string_view s, size_t pos) {
  if (pos < s.size() && s[pos] == 'T') {
    const size_t n = match_time(s.substr(pos + 1));
    return n > 0 ? n + 1 : 0;
  }
  size_t p = skip_blanks(s, pos);
  if (p < s.size() && (s[p] == ',' || s[p] == '-' || s[p] == '|' || s[p] == '@')) {
    p = skip_blanks(s, p + 1);
  } else if (util::ascii::istarts_with(s.substr(p), "at ")) {
    p = skip_blanks(s, p + 3);
  }
  if (p == pos) return 0;
  const size_t n = match_time(s.substr(p));
  return n > 0 ? p + n - pos : 0;
}

}  // namespace

int month_from_name(std::string_view word) {
  return text::ClosedClasses::builtin().month(text::fold_case(word));
}

bool is_weekday_name(std::string_view word) {
  return text::ClosedClasses::builtin().weekday(text::fold_case(word)) >= 0;
}

size_t match_time(std::string_view s) {
  int hour = 0, minute = 0, second = 0;
  const size_t h = read_number(s, 0, 2, hour);
  if (h == 0 || hour > 23) return 0;
  size_t p = h;
  char sep = 0;
  if (p < s.size() && (s[p] == ':' || s[p] == '.') && read_number(s, p + 1, 2, minute) == 2 &&
      minute <= 59) {
    sep = s[p];
    p += 3;
    if (p < s.size() && s[p] == sep && read_number(s, p + 1, 2, second) == 2 && second <= 60) {
      p += 3;
      if (p < s.size() && s[p] == '.' && p + 1 < s.size() && is_digit(s[p + 1])) {
        ++p;
        while (p < s.size() && is_digit(s[p])) ++p;
      }
    }
  }
  if (!at_boundary(s, p) && !(p < s.size() && (s[p] == 'Z' || s[p] == 'a' || s[p] == 'p' ||
                                               s[p] == 'A' || s[p] == 'P'))) {
    return 0;
  }
  const size_t meridiem = meridiem_length(s, p);
  if (meridiem > 0 && hour >= 1 && hour <= 12) p += meridiem;
  const size_t zone = zone_length(s, p);
  // "10.32" alone could be a figure; with a dot it is a time only when a zone or am/pm follows,
  // and a bare hour only with am/pm.
  if (sep == 0 && meridiem == 0) return 0;
  if (sep == '.' && meridiem == 0 && zone == 0) return 0;
  return p + zone;
}

std::optional<DateMatch> match_date(std::string_view text) {
  size_t pos = 0;
  const size_t letters = util::ascii::letters_at(text, 0);
  if (letters > 0 && is_weekday_name(text.substr(0, letters))) {
    pos = letters;
    if (pos < text.size() && text[pos] == '.') ++pos;
    pos = skip_separator(text, pos);
  }
  auto match = date_at(text, pos);
  if (!match) return std::nullopt;
  size_t end = pos + match->length;
  end += time_after_date(text, end);
  match->length = end;
  return match;
}

size_t match_month_day(std::string_view text, int& month, int& day) {
  size_t m = read_month(text, 0, month);
  if (m > 0) {
    const size_t p = skip_blanks(text, m);
    const size_t d = read_day(text, p, day);
    return d > 0 && p > m ? p + d : 0;
  }
  const size_t d = read_day(text, 0, day);
  if (d == 0) return 0;
  const size_t p = skip_blanks(text, d);
  m = p > d ? read_month(text, p, month) : 0;
  return m > 0 ? p + m : 0;
}

std::optional<CivilDate> parse_date(std::string_view text) {
  const std::string_view trimmed = util::ascii::trim(text);
  const auto match = match_date(trimmed);
  if (!match || match->length != trimmed.size()) return std::nullopt;
  return match->date;
}

}  // namespace dossier::ingest
