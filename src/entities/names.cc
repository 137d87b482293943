#include "entities/names.h"

#include <algorithm>
#include <array>

#include "lexicon/fold.h"

namespace dossier::entities {
namespace {

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The phonetic class of a spelling-form letter: what phonetic_key keeps of it.
char letter_class(char c) {
  switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 'a';
    case 'k': case 'g': return 'k';
    case 'f': case 'v': return 'f';
    case 's': case 'z': case 'S': case 'C': case 'Z': return 's';
    default: return c;
  }
}

// One respelled unit at s[i]: how many bytes it takes and what it becomes.
struct Unit {
  size_t length = 1;
  std::string_view out;
};

Unit digraph_at(std::string_view s, size_t i) {
  // Longest first: "tsch" before "sch" before "ch".
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kUnits = {{
      {"tsch", "C"}, {"dzh", "j"}, {"sch", "S"}, {"tch", "C"}, {"ch", "C"}, {"sh", "S"},
      {"zh", "Z"},   {"cz", "C"},  {"kh", "k"},  {"gh", "g"},  {"ph", "f"}, {"th", "t"},
      {"dh", "d"},   {"ck", "k"},  {"dj", "j"},  {"ts", "z"},  {"tz", "z"}, {"ou", "u"},
  }};
  for (const auto& [from, to] : kUnits) {
    if (s.substr(i, from.size()) == from) return {from.size(), to};
  }
  return {};
}

double substitution_cost(char a, char b) {
  if (a == b) return 0.0;
  return letter_class(a) == letter_class(b) ? 0.5 : 1.0;
}

double indel_cost(char c) { return is_vowel(c) || c == 'h' ? 0.5 : 1.0; }

}  // namespace

std::vector<std::string> key_words(std::string_view text) {
  std::vector<std::string> words;
  const std::string key = lexicon::match_key(text);
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end > start) words.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string_view strip_possessive(std::string_view text) {
  for (const std::string_view suffix : {"'s", "\xE2\x80\x99s", "'S", "\xE2\x80\x99S"}) {
    if (text.size() > suffix.size() + 1 && text.ends_with(suffix)) {
      return text.substr(0, text.size() - suffix.size());
    }
  }
  for (const std::string_view suffix : {"'", "\xE2\x80\x99"}) {
    if (text.size() > suffix.size() + 1 && text.ends_with(suffix) &&
        (text[text.size() - suffix.size() - 1] == 's' ||
         text[text.size() - suffix.size() - 1] == 'S')) {
      return text.substr(0, text.size() - suffix.size());
    }
  }
  return text;
}

// Closed classes of English (and of the Romance, Germanic and Arabic names news writes in
// English): grammar, not names, so they are written here rather than learned.
bool is_function_word(std::string_view word) {
  return one_of(word, {"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "el",
                       "al", "y", "da", "do", "dos", "van", "von", "der", "del", "di", "to", "at",
                       "a", "an", "bin", "ibn", "&"});
}

bool is_surname_particle(std::string_view word) {
  return one_of(word, {"van", "von", "der", "den", "de", "du", "des", "la", "le", "del", "della",
                       "di", "da", "dos", "das", "al", "el", "bin", "ibn", "abu", "ben", "mac",
                       "st", "ter", "ten", "zu"});
}

bool is_honorific(std::string_view word) {
  return one_of(word, {"mr", "mrs", "ms", "miss", "mister", "madam", "madame", "dr", "prof",
                       "sir", "dame", "lord", "lady", "mme", "mlle", "m", "herr", "frau", "sheikh",
                       "rev", "fr"});
}

bool is_name_suffix(std::string_view word) {
  return one_of(word, {"jr", "sr", "ii", "iii", "iv", "junior", "senior"});
}

int honorific_gender(std::string_view word) {
  if (one_of(word, {"mr", "mister", "sir", "lord", "herr", "m"})) return 1;
  if (one_of(word, {"mrs", "ms", "miss", "madam", "madame", "dame", "lady", "mme", "mlle", "frau"})) {
    return -1;
  }
  return 0;
}

std::string spelling_form(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  auto put = [&](std::string_view piece) {
    for (const char c : piece) {
      if (out.empty() || out.back() != c) out += c;
    }
  };
  for (size_t i = 0; i < s.size();) {
    const Unit unit = digraph_at(s, i);
    if (!unit.out.empty()) {
      put(unit.out);
      i += unit.length;
      continue;
    }
    const char c = s[i];
    const char next = i + 1 < s.size() ? s[i + 1] : '\0';
    char mapped = c;
    switch (c) {
      case 'q': mapped = 'k'; break;
      case 'w': mapped = 'v'; break;
      case 'x': put("ks"); ++i; continue;
      case 'c': mapped = (next == 'e' || next == 'i' || next == 'y') ? 's' : 'k'; break;
      // y and j are one letter in transliteration (Yeltsin / Jelzin, Netanyahu / Netanjahu,
      // Pyotr / Pjotr): a consonant before a vowel at the start or between vowels, else i.
      case 'y':
      case 'j':
        mapped = is_vowel(next) && (out.empty() || is_vowel(out.back())) ? 'j' : 'i';
        break;
      default: break;
    }
    put(std::string_view(&mapped, 1));
    ++i;
  }
  return out;
}

std::string phonetic_key(std::string_view folded_word) {
  const std::string spelled = spelling_form(folded_word);
  std::string key;
  for (size_t i = 0; i < spelled.size(); ++i) {
    const char c = letter_class(spelled[i]);
    if (c == 'h') continue;
    if (c == 'a' && i > 0) continue;
    if (!key.empty() && key.back() == c) continue;
    key += c;
  }
  return key;
}

double spelling_distance(std::string_view a, std::string_view b) {
  std::vector<double> row(b.size() + 1);
  for (size_t j = 1; j <= b.size(); ++j) row[j] = row[j - 1] + indel_cost(b[j - 1]);
  for (size_t i = 1; i <= a.size(); ++i) {
    double diagonal = row[0];
    row[0] += indel_cost(a[i - 1]);
    for (size_t j = 1; j <= b.size(); ++j) {
      const double above = row[j];
      row[j] = std::min({above + indel_cost(a[i - 1]), row[j - 1] + indel_cost(b[j - 1]),
                         diagonal + substitution_cost(a[i - 1], b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

bool spelling_variants(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  if (phonetic_key(a) != phonetic_key(b)) return false;
  const std::string sa = spelling_form(a);
  const std::string sb = spelling_form(b);
  const size_t shorter = std::min(sa.size(), sb.size());
  // Short names differ by one letter too often (Kim / Kam, Jean / Juan) to allow any change
  // beyond a respelled consonant.
  const double allowed = shorter <= 4 ? 0.0 : shorter <= 8 ? 1.0 : 1.5;
  return spelling_distance(sa, sb) <= allowed;
}

std::string acronym_of(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) {
    if (!is_function_word(word) && !word.empty()) out += word[0];
  }
  return out;
}

bool is_acronym_of(std::string_view short_word, const std::vector<std::string>& words) {
  if (short_word.size() < 2 || words.size() < 2) return false;
  if (acronym_of(words) == short_word) return true;
  std::string all;
  for (const auto& word : words) {
    if (!word.empty()) all += word[0];
  }
  return all == short_word;
}

PersonName person_name(const std::vector<std::string>& words) {
  PersonName name;
  size_t begin = 0;
  size_t end = words.size();
  while (begin < end && is_honorific(words[begin])) {
    if (name.gender == 0) name.gender = honorific_gender(words[begin]);
    ++begin;
  }
  while (end > begin + 1 && is_name_suffix(words[end - 1])) --end;
  if (begin >= end) return name;
  size_t surname_begin = end - 1;
  while (surname_begin > begin && is_surname_particle(words[surname_begin - 1])) --surname_begin;
  for (size_t i = surname_begin; i < end; ++i) {
    if (!name.surname.empty()) name.surname += ' ';
    name.surname += words[i];
  }
  name.given.assign(words.begin() + static_cast<std::ptrdiff_t>(begin),
                    words.begin() + static_cast<std::ptrdiff_t>(surname_begin));
  return name;
}

namespace {

bool given_compatible(std::string_view a, std::string_view b) {
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];
  return spelling_variants(a, b);
}

// The surname's words without particles: "al assad" → {"assad"}.
std::vector<std::string_view> core_words(std::string_view surname) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < surname.size()) {
    size_t end = surname.find(' ', start);
    if (end == std::string_view::npos) end = surname.size();
    const std::string_view word = surname.substr(start, end - start);
    if (!word.empty() && !is_surname_particle(word)) out.push_back(word);
    start = end + 1;
  }
  if (out.empty() && !surname.empty()) out.push_back(surname);
  return out;
}

}  // namespace

bool given_names_compatible(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return true;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  // The shorter list must appear in order in the longer one ("Tayyip" in "Recep Tayyip"), and a
  // full first name of the shorter must match a full word (not only an initial) of the longer.
  size_t j = 0;
  for (const auto& word : shorter) {
    while (j < longer.size() && !given_compatible(word, longer[j])) ++j;
    if (j == longer.size()) return false;
    ++j;
  }
  return true;
}

bool surnames_match(std::string_view a, std::string_view b) {
  const auto wa = core_words(a);
  const auto wb = core_words(b);
  if (wa.size() != wb.size()) return false;
  for (size_t i = 0; i < wa.size(); ++i) {
    if (!spelling_variants(wa[i], wb[i])) return false;
  }
  return true;
}

PersonMatch compare_people(const PersonName& a, const PersonName& b) {
  if (a.empty() || b.empty() || !surnames_match(a.surname, b.surname)) {
    return PersonMatch::kDifferent;
  }
  if (a.gender != 0 && b.gender != 0 && a.gender != b.gender) return PersonMatch::kConflict;
  if (!a.full() || !b.full()) return PersonMatch::kSurnameOnly;
  return given_names_compatible(a.given, b.given) ? PersonMatch::kSame : PersonMatch::kConflict;
}

}  // namespace dossier::entities
