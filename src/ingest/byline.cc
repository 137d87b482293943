// Bylines at the top of an article and credit lines at its end.
#include <string>
#include <vector>

#include "text/fold.h"
#include "util/ascii.h"
#include "ingest/date_parse.h"
#include "ingest/header_patterns.h"
#include "ingest/text_shape.h"

namespace dossier::ingest::header {
namespace {

constexpr size_t kMaxBylineBytes = 200;
constexpr size_t kMaxNameWords = 6;

std::vector<std::string_view> blank_split(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t pos = skip_blanks(text, 0);
  while (pos < text.size()) {
    size_t end = pos;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' &&
           text.substr(end, 2) != "\xC2\xA0") {
      ++end;
    }
    tokens.push_back(text.substr(pos, end - pos));
    pos = skip_blanks(text, end);
  }
  return tokens;
}

// A word of a name: capitalised, with initials' points, apostrophes and inner hyphens
// ("J.R.", "O'Neill", "Al-Jaber"), or a particle prefix before a capital ("al-Assad").
bool is_name_word(std::string_view word) {
  if (word.empty() || word.size() > 40) return false;
  const WordShape shape = shape_of(word);
  if (!shape.has_letter || shape.has_digit) return false;
  for (const char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && !util::ascii::is_alpha(c) && c != '.' && c != '\'' && c != '-') return false;
  }
  if (shape.initial_upper) return true;
  const size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos && is_name_particle(word.substr(0, hyphen)) &&
         shape_of(word.substr(hyphen + 1)).initial_upper;
}

// Words of a job title in a byline ("Staff Writer", "and agencies"): not a name.
bool is_role_word(std::string_view word) {
  static constexpr std::string_view kRoles[] = {
      "staff",    "writer",   "writers",  "correspondent", "correspondents", "reporter",
      "reporters", "editor",  "editors",  "bureau",        "chief",          "contributor",
      "columnist", "desk",    "team",     "agencies",      "agency",         "wires",
      "senior",   "special",  "political", "foreign",      "diplomatic",     "news"};
  const std::string lower = text::fold_case(word);
  for (const auto role : kRoles) {
    if (lower == role) return true;
  }
  return false;
}

// Words that end the names of a byline and start a place or outlet ("in Nairobi", "for AFP").
bool ends_names(std::string_view word) {
  const std::string lower = text::fold_case(word);
  return lower == "in" || lower == "for" || lower == "at" || lower == "from" || lower == "of" ||
         lower == "with";
}

bool is_separator_token(std::string_view token) {
  return token == "|" || token == "/" || token == "\xC2\xB7" || token == "\xE2\x80\xA2" ||
         (!token.empty() && dash_length(token, 0) == token.size());
}

// "By" or "Written by", "Words by", "Story by", "Text by", "Reporting by": index of the first name.
size_t byline_start(const std::vector<std::string_view>& tokens) {
  if (tokens.size() >= 2 && util::ascii::iequals(tokens[0], "by")) return 1;
  if (tokens.size() < 3 || !util::ascii::iequals(tokens[1], "by")) return 0;
  const std::string lead = text::fold_case(tokens[0]);
  const bool credit = lead == "written" || lead == "words" || lead == "story" || lead == "text" ||
                      lead == "reporting" || lead == "report";
  return credit ? 2 : 0;
}

std::string joined(const std::vector<std::string_view>& words) {
  std::string out;
  for (const auto word : words) {
    if (!out.empty()) out += ' ';
    out.append(word);
  }
  return out;
}

class BylineParser {
 public:
  // Reads names from tokens[i...]; false when a token cannot be part of a byline.
  bool parse(const std::vector<std::string_view>& tokens, size_t i) {
    for (; i < tokens.size(); ++i) {
      std::string_view token = tokens[i];
      if (util::ascii::iequals(token, "and") || token == "&") {
        close();
        continue;
      }
      if (is_separator_token(token) || ends_names(token)) {
        if (current_.empty() && elements_ == 0) return false;
        close();
        rest_ = i + 1;
        break;
      }
      if (token.front() == '(') {
        close();
        i = parenthesis(tokens, i);
        continue;
      }
      const bool comma = token.back() == ',' || token.back() == ';';
      if (comma) token.remove_suffix(1);
      if (!token.empty() && !add_word(token)) return false;
      if (current_.size() > kMaxNameWords) return false;
      if (comma) close();
    }
    close();
    return !invalid_ && elements_ > 0;
  }

  size_t rest() const { return rest_; }
  BylineMatch& match() { return match_; }

 private:
  bool add_word(std::string_view word) {
    if (is_role_word(word)) {
      role_ = true;
    } else if (is_name_word(word)) {
      // "JANE OKAFOR Associated Press": the outlet follows a name in capitals.
      if (current_.size() >= 2 && shape_of(current_.back()).all_upper && !shape_of(word).all_upper) {
        close();
        outlet_next_ = true;
      }
    } else if (current_.empty() || !is_name_particle(word)) {
      return false;
    }
    current_.push_back(word);
    return true;
  }

  // A parenthesised outlet "(AFP)": index of its last token.
  size_t parenthesis(const std::vector<std::string_view>& tokens, size_t i) {
    std::vector<std::string_view> words;
    for (; i < tokens.size(); ++i) {
      std::string_view token = tokens[i];
      const bool last = token.back() == ')';
      if (token.front() == '(') token.remove_prefix(1);
      if (!token.empty() && token.back() == ')') token.remove_suffix(1);
      words.push_back(token);
      if (last) break;
    }
    if (match_.source.empty()) match_.source = joined(words);
    return i;
  }

  void close() {
    if (current_.empty()) return;
    const std::string text = joined(current_);
    const bool calendar_word = current_.size() == 1 && (month_from_name(current_[0]) > 0 ||
                                                        is_weekday_name(current_[0]));
    const bool acronym = current_.size() == 1 && shape_of(current_[0]).all_upper &&
                         current_[0].size() <= 5;
    if (calendar_word) {
      invalid_ = true;  // "By Monday, ..." starts a sentence
    } else if (role_) {
      // a job title, not a name
    } else if (outlet_next_ || acronym || (current_.size() == 1 && elements_ > 0)) {
      if (match_.source.empty()) match_.source = text;
    } else {
      match_.authors.push_back(text);
    }
    ++elements_;
    current_.clear();
    role_ = false;
    outlet_next_ = false;
  }

  BylineMatch match_;
  std::vector<std::string_view> current_;
  size_t elements_ = 0;
  size_t rest_ = SIZE_MAX;
  bool role_ = false;
  bool outlet_next_ = false;
  bool invalid_ = false;
};

}  // namespace

std::optional<BylineMatch> match_byline(std::string_view line) {
  if (line.size() > kMaxBylineBytes) return std::nullopt;
  const std::vector<std::string_view> tokens = blank_split(line);
  const size_t first = byline_start(tokens);
  if (first == 0) return std::nullopt;
  BylineParser parser;
  if (!parser.parse(tokens, first)) return std::nullopt;
  BylineMatch& match = parser.match();
  // After a separator: a place, an outlet, a date; a long tail is a sentence, not a byline.
  if (parser.rest() < tokens.size()) {
    if (tokens.size() - parser.rest() > 12) return std::nullopt;
    for (size_t i = parser.rest(); i < tokens.size() && !match.date; ++i) {
      const size_t offset = static_cast<size_t>(tokens[i].data() - line.data());
      if (const auto date = match_date(line.substr(offset))) match.date = date->date;
    }
  }
  return std::move(match);
}

bool match_credit_line(std::string_view line, std::vector<std::string>& reporters) {
  line = util::ascii::trim(line);
  if (line.size() > 400) return false;
  if ((line.starts_with('(') && line.ends_with(')')) ||
      (line.starts_with('[') && line.ends_with(']'))) {
    line = util::ascii::trim(line.substr(1, line.size() - 2));
  }
  static constexpr std::string_view kCredits[] = {
      "reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
      "edited by",    "reported by",             "written by", "research by"};
  bool credit = false;
  for (const auto c : kCredits) credit = credit || util::ascii::istarts_with(line, c);
  if (!credit) return false;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t end = line.find(';', pos);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view segment = util::ascii::trim(line.substr(pos, end - pos));
    const size_t by = text::fold_case(segment).find("by ");
    const std::string role = text::fold_case(segment.substr(0, by == std::string::npos ? 0 : by));
    if (by != std::string::npos &&
        (role.find("report") != std::string::npos || role.find("writ") != std::string::npos)) {
      std::vector<std::string> names;
      std::string list(segment.substr(by + 3));
      for (char& c : list) {
        if (c == ',') c = ';';
      }
      size_t at = 0;
      while ((at = list.find(" and ")) != std::string::npos) list.replace(at, 5, ";");
      size_t p = 0;
      while (p <= list.size()) {
        size_t q = list.find(';', p);
        if (q == std::string::npos) q = list.size();
        std::string_view name = util::ascii::trim(std::string_view(list).substr(p, q - p));
        // "Jane Okafor in Nairobi": the place is not part of the name.
        if (const size_t in = name.find(" in "); in != std::string_view::npos) {
          name = name.substr(0, in);
        }
        const auto words = blank_split(name);
        bool ok = !words.empty() && words.size() <= kMaxNameWords;
        for (const auto w : words) ok = ok && (is_name_word(w) || is_name_particle(w));
        if (ok) reporters.emplace_back(name);
        p = q + 1;
      }
    }
    pos = end + 1;
  }
  return true;
}

}  // namespace dossier::ingest::header
