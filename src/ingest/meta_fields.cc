#include "ingest/meta_fields.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <string>

#include "util/ascii.h"
#include "ingest/date_parse.h"
#include "ingest/text_shape.h"

namespace dossier::ingest {

std::optional<CivilDate> date_from_unix(double seconds) {
  if (!std::isfinite(seconds)) return std::nullopt;
  // 1e11 seconds is the year 5138: larger values are milliseconds, as JavaScript writes them.
  if (std::fabs(seconds) >= 1e11) seconds /= 1000.0;
  const double days = std::floor(seconds / 86400.0);
  if (std::fabs(days) > 1e7) return std::nullopt;
  const CivilDate date = CivilDate::from_days_since_epoch(static_cast<int64_t>(days));
  if (date.year < 1800 || date.year > 2199) return std::nullopt;
  return date;
}

namespace {

// YYYYMMDD within the years date_from_unix accepts.
std::optional<CivilDate> basic_iso_date(std::string_view digits) {
  const auto number = [&](size_t at, size_t length) {
    int value = 0;
    for (size_t i = at; i < at + length; ++i) value = value * 10 + (digits[i] - '0');
    return value;
  };
  CivilDate date;
  date.year = number(0, 4);
  date.month = number(4, 2);
  date.day = number(6, 2);
  if (!date.valid() || date.year < 1800 || date.year > 2199) return std::nullopt;
  return date;
}

}  // namespace

std::optional<CivilDate> parse_metadata_date(std::string_view text) {
  const std::string_view trimmed = util::ascii::trim(text);
  const bool digits_only = !trimmed.empty() && trimmed.size() <= 16 &&
                           trimmed.find_first_not_of("0123456789") == std::string_view::npos;
  // Eight digits are the ISO 8601 basic form (20160101); other runs of fewer than 9 digits would
  // be a time in 1970, not a publication date.
  if (digits_only && trimmed.size() == 8) return basic_iso_date(trimmed);
  if (digits_only) {
    return trimmed.size() >= 9 ? date_from_unix(std::stod(std::string(trimmed))) : std::nullopt;
  }
  return parse_date(trimmed);
}

std::optional<CivilDate> date_in_path(std::string_view path) {
  const size_t scheme = path.find("://");
  if (scheme != std::string_view::npos) {
    path.remove_prefix(scheme + 3);
    path = path.substr(std::min(path.size(), path.find('/')));
  }
  path = path.substr(0, path.find_first_of("?#"));
  // Numbers standing alone (not inside a word such as "c1125597921" or "mp3") in runs joined by
  // "/", "-" or "_"; any other character ends a run.
  struct Number {
    int value;
    size_t digits;
  };
  std::vector<std::vector<Number>> runs(1);
  size_t i = 0;
  while (i < path.size()) {
    if (!util::ascii::is_digit(path[i])) {
      if (path[i] != '/' && path[i] != '-' && path[i] != '_' && !runs.back().empty()) runs.emplace_back();
      ++i;
      continue;
    }
    const bool starts_alone = i == 0 || !util::ascii::is_alpha(path[i - 1]);
    size_t end = i;
    int value = 0;
    while (end < path.size() && util::ascii::is_digit(path[end])) {
      if (end - i < 9) value = value * 10 + (path[end] - '0');
      ++end;
    }
    const bool ends_alone = end == path.size() || !util::ascii::is_alpha(path[end]);
    if (starts_alone && ends_alone) {
      runs.back().push_back({value, end - i});
    } else if (!runs.back().empty()) {
      runs.emplace_back();
    }
    i = end;
  }
  for (const auto& run : runs) {
    for (size_t k = 0; k < run.size(); ++k) {
      if (run[k].digits == 8) {
        const CivilDate date{run[k].value / 10000, run[k].value / 100 % 100, run[k].value % 100};
        if (date.valid() && date.year >= 1800) return date;
      }
      if (k + 2 < run.size() && run[k].digits == 4 && run[k + 1].digits <= 2 && run[k + 2].digits <= 2) {
        const CivilDate date{run[k].value, run[k + 1].value, run[k + 2].value};
        if (date.valid()) return date;
      }
    }
  }
  return std::nullopt;
}

namespace {

// The words that introduce a byline in the languages of most news on the web, and labels ("Author:").
constexpr std::string_view kBylineWords[] = {"by", "von", "par", "por", "di", "door", "av", "af"};
constexpr std::string_view kBylineLabels[] = {"author", "autor", "auteur", "text"};
// Verbs that lead to the byline word: "Posted by", "veröffentlicht von".
constexpr std::string_view kLeads[] = {"posted ", "written ", "published ",
                                       "ver\xC3\xB6" "ffentlicht ", "geschrieben ", "publi\xC3\xA9 "};

bool is_byline_word_or_label(std::string_view word) {
  for (const auto w : kBylineWords) {
    if (util::ascii::iequals(word, w)) return true;
  }
  for (const auto w : kBylineLabels) {
    if (util::ascii::iequals(word, w)) return true;
  }
  return false;
}

// A label glued to the name it introduces, as pages whose label and name are separate elements
// read once their tags are gone: "AuthorAndreas Kalt", "Veröffentlicht vonChris Jung". The text
// from the capital that follows a byline word or label inside one word; text as it is otherwise.
// A name with an inner capital ("DiCaprio", "McNeil") keeps it: a label glued at the start of the
// text, or one written in lowercase ("von"), but no particle that starts a name.
std::string_view unglue_label(std::string_view text) {
  size_t word_start = 0;
  for (size_t i = 1; i < text.size(); ++i) {
    if (util::ascii::is_space(text[i - 1])) {
      word_start = i;
      continue;
    }
    if (!util::ascii::is_lower(text[i - 1]) || !util::ascii::is_upper(text[i])) continue;
    const std::string_view prefix = text.substr(word_start, i - word_start);
    if (!is_byline_word_or_label(prefix)) continue;
    const bool lowercase = util::ascii::is_lower(prefix.front());
    const bool first = word_start == 0 && !is_name_particle(prefix);
    if (lowercase || first) return text.substr(i);
  }
  return text;
}

}  // namespace

bool is_byline_word(std::string_view word) {
  while (!word.empty() && word.back() == ':') word.remove_suffix(1);
  return is_byline_word_or_label(word);
}

namespace {

bool is_label_only(std::string_view part) {
  if (is_byline_word(part)) return true;
  for (const auto lead : kLeads) {
    if (util::ascii::iequals(part, lead.substr(0, lead.size() - 1))) return true;
  }
  return false;
}

}  // namespace

std::string_view strip_byline_words(std::string_view text) {
  // A byline word (kBylineWords, optionally after a kLeads verb) or a label with its colon
  // ("Author:", "Von:").
  text = util::ascii::trim(text);
  // A separator before the label: "| Autor: Jane", "· By Jane".
  while (!text.empty() && (text.front() == '|' || text.front() == '-' || text.front() == ':')) {
    text = util::ascii::trim(text.substr(1));
  }
  for (const std::string_view bullet : {"\xC2\xB7", "\xE2\x80\xA2"}) {
    if (text.starts_with(bullet)) text = util::ascii::trim(text.substr(bullet.size()));
  }
  text = util::ascii::trim(unglue_label(text));
  for (const auto& words : {std::span<const std::string_view>(kBylineLabels), std::span<const std::string_view>(kBylineWords)}) {
    for (const auto label : words) {
      if (text.size() > label.size() && text[label.size()] == ':' && util::ascii::istarts_with(text, label)) {
        return util::ascii::trim(text.substr(label.size() + 1));
      }
    }
  }
  std::string_view rest = text;
  for (const auto lead : kLeads) {
    if (util::ascii::istarts_with(rest, lead)) {
      rest = util::ascii::trim(rest.substr(lead.size()));
      break;
    }
  }
  for (const auto word : kBylineWords) {
    if (rest.size() > word.size() + 1 && rest[word.size()] == ' ' && util::ascii::istarts_with(rest, word)) {
      return util::ascii::trim(rest.substr(word.size() + 1));
    }
  }
  return text;
}

namespace {

bool is_lower_word(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return util::ascii::is_lower(c); });
}

// The words of a byline block before its name: "Posted on 21 September 2020 by", "View all posts
// by", "erstellt von", ", par". A byline word after a single capitalised word is part of a name
// ("Walter von Aachen").
size_t name_start(std::string_view text) {
  size_t start = 0;
  size_t words_before = 0;
  std::string_view previous;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && util::ascii::is_space(text[i])) ++i;
    size_t end = i;
    while (end < text.size() && !util::ascii::is_space(text[end])) ++end;
    if (end == i) break;
    std::string_view word = text.substr(i, end - i);
    const bool labelled = word.ends_with(':');
    if (labelled) word.remove_suffix(1);
    bool byline_word = false;
    for (const auto w : kBylineWords) byline_word = byline_word || util::ascii::iequals(word, w);
    const bool after_name = words_before == 1 && !previous.empty() && util::ascii::is_upper(previous[0]);
    if (byline_word && end < text.size() && !after_name) start = end;
    previous = word;
    ++words_before;
    i = end;
  }
  return start;
}

}  // namespace

std::string_view clean_byline(std::string_view text) {
  text = util::ascii::trim(text.substr(name_start(text)));
  while (!text.empty() && (text.front() == ':' || text.front() == ',' || text.front() == '-')) {
    text = util::ascii::trim(text.substr(1));
  }
  // The name ends where a dash, a guillemet, a bracket or a date begins.
  for (const std::string_view stop : {" \xE2\x80\x94", " \xE2\x80\x93", " - ", "\xC2\xBB", "("}) {
    text = text.substr(0, text.find(stop));
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if ((i == 0 || util::ascii::is_space(text[i - 1])) && match_date(text.substr(i))) {
      text = text.substr(0, i);
      break;
    }
  }
  // A name has no word that starts with a digit or "@": a date in any language ("21. April
  // 2020"), a count, a social-media handle follows it.
  for (size_t i = 1; i < text.size(); ++i) {
    if (util::ascii::is_space(text[i - 1]) && (util::ascii::is_digit(text[i]) || text[i] == '@')) {
      text = text.substr(0, i);
      break;
    }
  }
  text = util::ascii::trim(text);
  // A short lowercase word left before the date: "am", "on", "at", "le".
  for (;;) {
    while (!text.empty() && (text.back() == ',' || text.back() == '-' || text.back() == ':')) {
      text = util::ascii::trim(text.substr(0, text.size() - 1));
    }
    const size_t space = text.rfind(' ');
    if (space == std::string_view::npos) break;
    const std::string_view last = text.substr(space + 1);
    if (last.size() > 3 || !is_lower_word(last)) break;
    text = util::ascii::trim(text.substr(0, space));
  }
  return text;
}

void split_authors(std::string_view text, std::vector<std::string>& out) {
  static constexpr std::string_view kSeparators[] = {";", "|", " and ", " & "};
  text = util::ascii::trim(strip_byline_words(text));
  // A label whose name is in another element: "Artikel von:", "Ein Artikel von".
  const size_t space = text.rfind(' ');
  if (space != std::string_view::npos && is_byline_word(text.substr(space + 1))) return;
  text = clean_byline(text);
  while (!text.empty()) {
    size_t cut = std::string_view::npos;
    size_t cut_length = 0;
    for (const auto sep : kSeparators) {
      const size_t at = text.find(sep);
      if (at < cut) cut = at, cut_length = sep.size();
    }
    const std::string_view part = util::ascii::trim(text.substr(0, cut));
    // A label left alone ("Posted", "By"): its name is in another element.
    if (!part.empty() && !is_label_only(part)) out.emplace_back(part);
    if (cut == std::string_view::npos) break;
    text.remove_prefix(cut + cut_length);
  }
}

}  // namespace dossier::ingest
