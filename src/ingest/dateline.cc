// Datelines at the start of the first paragraph, header lines carrying a date, and subheads.
#include <unicode/uchar.h>

#include <string>
#include <vector>

#include "text/fold.h"
#include "util/ascii.h"
#include "ingest/date_parse.h"
#include "ingest/header_patterns.h"
#include "ingest/text_shape.h"
#include "util/utf8.h"

namespace dossier::ingest::header {
namespace {

constexpr int kMaxPlaceWords = 5;
constexpr int kMaxMixedCasePlaceWords = 3;
constexpr size_t kMaxParenthesisBytes = 40;

// A word of a place name at pos: starts with a capital; letters, points ("ST.", "D.C."), and
// apostrophes or hyphens between letters ("Port-au-Prince"). Its length, or 0.
size_t place_word(std::string_view s, size_t pos) {
  size_t p = pos;
  if (p >= s.size()) return 0;
  const auto first = static_cast<UChar32>(util::decode_utf8(s, p));
  if (!u_isupper(first) && !u_istitle(first)) return 0;
  while (p < s.size()) {
    size_t q = p;
    const auto cp = static_cast<UChar32>(util::decode_utf8(s, q));
    const bool mark = u_charType(cp) == U_NON_SPACING_MARK;
    if (u_isalpha(cp) || mark || cp == '.') {
      p = q;
      continue;
    }
    if (cp == '\'' || cp == 0x2019 || cp == '-') {
      size_t r = q;
      if (r < s.size() && u_isalpha(static_cast<UChar32>(util::decode_utf8(s, r)))) {
        p = q;
        continue;
      }
    }
    break;
  }
  return p - pos;
}

struct Place {
  size_t end = 0;  // end of the last word
  int words = 0;
  bool all_caps = true;
};

// Place words at pos separated by single spaces, name particles allowed between them.
Place read_place(std::string_view s, size_t pos, int max_words) {
  Place place;
  for (;;) {
    const size_t n = place_word(s, pos);
    if (n == 0) {
      const size_t letters = util::ascii::letters_at(s, pos);
      const size_t after = pos + letters;
      const bool particle = place.words > 0 && letters > 0 &&
                            is_name_particle(s.substr(pos, letters)) && after < s.size() &&
                            s[after] == ' ' && place_word(s, after + 1) > 0;
      if (!particle) break;
      pos = after + 1;
      continue;
    }
    place.all_caps = place.all_caps && shape_of(s.substr(pos, n)).all_upper;
    if (++place.words > max_words) return Place{};
    pos += n;
    place.end = pos;
    if (pos + 1 < s.size() && s[pos] == ' ' &&
        (place_word(s, pos + 1) > 0 || util::ascii::is_lower(s[pos + 1]))) {
      ++pos;
      continue;
    }
    break;
  }
  if (place.words == 0) place.all_caps = false;
  return place;
}

struct Parenthesis {
  size_t begin = 0;
  size_t end = 0;  // past ')'
  std::string_view content;
};

// "(AFP)", "(Kenya)" at pos.
std::optional<Parenthesis> read_parenthesis(std::string_view s, size_t pos) {
  if (pos >= s.size() || s[pos] != '(') return std::nullopt;
  const size_t close = s.find(')', pos);
  if (close == std::string_view::npos || close - pos > kMaxParenthesisBytes) return std::nullopt;
  const std::string_view content = util::ascii::trim(s.substr(pos + 1, close - pos - 1));
  if (content.empty() || content.find('(') != std::string_view::npos ||
      !shape_of(content).has_letter || word_count(content) > 4) {
    return std::nullopt;
  }
  return Parenthesis{pos, close + 1, content};
}

// An agency's name in parentheses has the shape of one: an acronym ("AFP", "AP"), a lower-case
// name ("dpa"), or after a place in capitals one capitalised word ("LONDON (Reuters)"). Other
// parentheses qualify the place ("Nairobi (Kenya)").
bool looks_like_agency(std::string_view content, bool place_all_caps) {
  if (content.find(' ') != std::string_view::npos) return false;
  const WordShape shape = shape_of(content);
  if (shape.all_upper && content.size() >= 2) return true;
  if (shape.all_lower) return true;
  return place_all_caps && shape.initial_upper;
}

struct DatelineParts {
  Place place;
  size_t pos = 0;        // where the scan stopped
  size_t place_end = 0;  // end of the place with its regions
  std::vector<Parenthesis> parentheses;
  std::optional<CivilDate> date;
};

// After the place: ", Region", ", June 14", ", June 14, 2023", "(Kenya)", "(AFP)".
bool read_qualifiers(std::string_view s, DatelineParts& parts) {
  int commas = 0;
  for (;;) {
    const size_t q = skip_blanks(s, parts.pos);
    if (q < s.size() && s[q] == ',' && commas < 3) {
      ++commas;
      const size_t r = skip_blanks(s, q + 1);
      int month = 0, day = 0;
      if (const auto date = match_date(s.substr(r))) {
        parts.date = date->date;
        parts.pos = r + date->length;
      } else if (const size_t n = match_month_day(s.substr(r), month, day)) {
        parts.pos = r + n;
      } else if (const Place region = read_place(s, r, kMaxMixedCasePlaceWords); region.words > 0) {
        parts.pos = region.end;
        if (parts.parentheses.empty() && !parts.date) parts.place_end = region.end;
      } else {
        return false;  // "BEIRUT, the capital ..." is a sentence
      }
      continue;
    }
    if (const auto paren = read_parenthesis(s, q); paren && parts.parentheses.size() < 2) {
      parts.parentheses.push_back(*paren);
      parts.pos = paren->end;
      continue;
    }
    return true;
  }
}

// Splits the parentheses into regions (kept with the place) and the agency.
void assign_parentheses(std::string_view s, DatelineParts& parts, DatelineMatch& match) {
  const auto& groups = parts.parentheses;
  size_t regions = groups.size();
  if (groups.size() >= 2 ||
      (groups.size() == 1 && looks_like_agency(groups[0].content, parts.place.all_caps))) {
    match.agency = std::string(groups.back().content);
    regions = groups.size() - 1;
  }
  for (size_t i = 0; i < regions; ++i) parts.place_end = std::max(parts.place_end, groups[i].end);
  match.place = std::string(s.substr(0, parts.place_end));
}

bool is_label_word(std::string_view word) {
  static constexpr std::string_view kLabels[] = {
      "published", "updated", "posted", "date",     "dated",   "modified", "created",
      "issued",    "filed",   "released", "first",  "last",    "originally", "publication",
      "on",        "at",      "time",    "edited",  "revised", "uploaded", "written"};
  const std::string lower = text::fold_case(word);
  for (const auto label : kLabels) {
    if (lower == label) return true;
  }
  return false;
}

// "Published:", "Last updated", "date", "Datum:": up to 3 words of header vocabulary, or any
// up to 3 words closed by a colon. Returns where the date should start, or 0.
size_t label_length(std::string_view text) {
  size_t pos = 0;
  int words = 0;
  bool vocabulary = true;
  while (words < 3) {
    const size_t n = util::ascii::letters_at(text, pos);
    if (n == 0 || match_date(text.substr(pos)) || match_time(text.substr(pos)) > 0) break;
    vocabulary = vocabulary && is_label_word(text.substr(pos, n));
    pos += n;
    ++words;
    if (pos < text.size() && text[pos] == ':') return skip_blanks(text, pos + 1);
    const size_t next = skip_blanks(text, pos);
    if (next == pos) break;
    pos = next;
  }
  return words > 0 && vocabulary ? pos : 0;
}

bool is_segment_separator(char c) { return c == '|' || c == '/' || c == ';' || c == '-'; }

}  // namespace

std::optional<DatelineMatch> match_dateline(std::string_view s) {
  DatelineParts parts;
  if (!s.starts_with('(')) {
    parts.place = read_place(s, 0, kMaxPlaceWords);
    if (parts.place.words == 0) return std::nullopt;
    if (!parts.place.all_caps && parts.place.words > kMaxMixedCasePlaceWords) return std::nullopt;
    parts.pos = parts.place.end;
    parts.place_end = parts.place.end;
  }
  if (!read_qualifiers(s, parts)) return std::nullopt;
  // "(Bloomberg) --": an agency without a place.
  if (parts.place.words == 0 && parts.parentheses.size() != 1) return std::nullopt;
  const size_t q = skip_blanks(s, parts.pos);
  size_t dash = dash_length(s, q);
  if (dash == 0 && q < s.size() && s[q] == ':' && parts.place.all_caps &&
      parts.parentheses.empty()) {
    dash = 1;
  }
  if (dash == 0) return std::nullopt;
  if (!starts_sentence(s.substr(skip_blanks(s, q + dash)))) return std::nullopt;
  DatelineMatch match;
  match.length = q + dash;
  match.date = parts.date;
  if (parts.place.words == 0) {
    match.agency = std::string(parts.parentheses[0].content);
  } else {
    assign_parentheses(s, parts, match);
  }
  return match;
}

std::optional<DateHeaderMatch> match_date_header(std::string_view text, bool whole_line) {
  const size_t label = label_length(text);
  size_t pos = label;
  // "Updated 10:32 GMT, 14 June 2023": a time before the date.
  if (const size_t time = match_time(text.substr(pos))) {
    size_t p = skip_blanks(text, pos + time);
    if (p < text.size() && text[p] == ',') p = skip_blanks(text, p + 1);
    if (util::ascii::istarts_with(text.substr(p), "on ")) p = skip_blanks(text, p + 3);
    if (match_date(text.substr(p))) pos = p;
  }
  const auto date = match_date(text.substr(pos));
  if (!date) return std::nullopt;
  const size_t end = pos + date->length;
  if (!whole_line) {
    // Glued to the first sentence: only with a label, and a sentence must follow.
    if (label == 0) return std::nullopt;
    const size_t next = skip_blanks(text, end);
    if (next == end || !starts_sentence(text.substr(next))) return std::nullopt;
    return DateHeaderMatch{date->date, end};
  }
  const std::string_view rest = util::ascii::trim(text.substr(end));
  if (!rest.empty()) {
    // "| Updated 15 June 2023", "- 3 min read": short trailing segments only.
    const bool separated = is_segment_separator(rest[0]) || dash_length(rest, 0) > 0 ||
                           rest.starts_with("\xC2\xB7") || rest.starts_with("\xE2\x80\xA2");
    if (!separated || word_count(rest) > 12 || rest.back() == '.') return std::nullopt;
  }
  return DateHeaderMatch{date->date, text.size()};
}

bool is_dash_subhead(std::string_view line) {
  const size_t open = dash_length(line, 0);
  if (open == 0 || open >= line.size() || (line[open] != ' ' && line[open] != '\t')) {
    return false;
  }
  size_t close = 0;
  for (const std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "--", "-"}) {
    if (line.size() > dash.size() && line.ends_with(dash)) {
      close = dash.size();
      break;
    }
  }
  if (close == 0 || line.size() < open + close + 3) return false;
  const size_t inner_end = line.size() - close;
  if (line[inner_end - 1] != ' ' && line[inner_end - 1] != '\t') return false;
  const std::string_view inner = util::ascii::trim(line.substr(open, inner_end - open));
  return !inner.empty() && shape_of(inner).has_letter && word_count(inner) <= 12;
}

}  // namespace dossier::ingest::header
