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
    case 'k': case 'g': case 'x': return 'k';
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
      {"zh", "Z"},   {"cz", "C"},  {"kh", "x"},  {"gh", "g"},  {"ph", "f"}, {"th", "t"},
      {"dh", "d"},   {"ck", "k"},  {"dj", "j"},  {"ts", "z"},  {"tz", "z"}, {"ou", "u"},
  }};
  for (const auto& [from, to] : kUnits) {
    if (s.substr(i, from.size()) == from) return {from.size(), to};
  }
  return {};
}

// 'x' is the velar fricative (Cyrillic and Arabic kh), written kh, h, ch or k in other
// transliterations: half a change against each of them.
double substitution_cost(char a, char b) {
  if (a == b) return 0.0;
  if (a == 'x' || b == 'x') {
    const char other = a == 'x' ? b : a;
    if (other == 'h' || other == 'C') return 0.5;
  }
  return letter_class(a) == letter_class(b) ? 0.5 : 1.0;
}

bool is_consonant_letter(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c) && c != 'y'; }

// A key from a spelling form; with drop_fricative the velar fricative 'x' is left out like 'h'.
std::string key_of_spelled(std::string_view spelled, bool drop_fricative) {
  std::string key;
  for (size_t i = 0; i < spelled.size(); ++i) {
    if (spelled[i] == 'x' && drop_fricative) continue;
    const char c = letter_class(spelled[i]);
    if (c == 'h') continue;
    if (c == 'a' && i > 0) continue;
    if (!key.empty() && key.back() == c) continue;
    key += c;
  }
  return key;
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
    // "ch" before a consonant is the fricative of German and Polish transliteration
    // (Chruschtschow, Chrystia), not the English affricate.
    if (s.substr(i, 2) == "ch" && i + 2 < s.size() && is_consonant_letter(s[i + 2]) && s[i + 2] != 'h') {
      put("x");
      i += 2;
      continue;
    }
    // A final "ic" after a consonant is the Slavic -ić (Halvašić / Halvasic / Khalvashich).
    if (i + 2 == s.size() && s.size() >= 5 && s[i] == 'i' && s[i + 1] == 'c' &&
        is_consonant_letter(s[i - 1]) && s[i - 1] != 'r') {
      put("iC");
      break;
    }
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
  return key_of_spelled(spelling_form(folded_word), false);
}

SpelledWord spell(std::string_view folded_word) {
  SpelledWord out;
  out.form = spelling_form(folded_word);
  out.keys[0] = key_of_spelled(out.form, false);
  if (out.form.find('x') != std::string::npos) {
    out.keys[1] = key_of_spelled(out.form, true);
    out.key_count = out.keys[1] == out.keys[0] ? 1 : 2;
  }
  return out;
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
  return spelling_variants(spell(a), spell(b));
}

bool spelling_variants(const SpelledWord& a, const SpelledWord& b) {
  if (a.form == b.form) return true;
  if (a.form.empty() || b.form.empty()) return false;
  bool shared_key = false;
  for (uint8_t i = 0; i < a.key_count; ++i) {
    for (uint8_t j = 0; j < b.key_count; ++j) shared_key = shared_key || a.keys[i] == b.keys[j];
  }
  if (!shared_key) return false;
  const std::string& sa = a.form;
  const std::string& sb = b.form;
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

std::string singular_form(std::string word) {
  if (word.size() > 3 && word.ends_with('s') && !word.ends_with("ss")) word.pop_back();
  return word;
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
  // A particle that opens the name is a given name when it is also one ("Ben Carson", "Mac
  // Miller"); "al-Assad" or "de Gaulle" alone stay surnames.
  while (surname_begin > begin && is_surname_particle(words[surname_begin - 1]) &&
         !(surname_begin - 1 == begin && (words[begin] == "ben" || words[begin] == "mac"))) {
    --surname_begin;
  }
  for (size_t i = surname_begin; i < end; ++i) {
    if (!name.surname.empty()) name.surname += ' ';
    name.surname += words[i];
  }
  name.given.assign(words.begin() + static_cast<std::ptrdiff_t>(begin),
                    words.begin() + static_cast<std::ptrdiff_t>(surname_begin));
  return name;
}

namespace {


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
  return given_names_compatible(prepare_given(a), prepare_given(b));
}

std::vector<GivenName> prepare_given(const std::vector<std::string>& given) {
  std::vector<GivenName> out;
  out.reserve(given.size());
  for (const std::string& word : given) out.push_back(GivenName{word, spell(word)});
  return out;
}

bool given_names_compatible(const std::vector<GivenName>& a, const std::vector<GivenName>& b) {
  if (a.empty() || b.empty()) return true;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  auto compatible = [](const GivenName& x, const GivenName& y) {
    if (x.word.size() == 1 || y.word.size() == 1) return !x.word.empty() && !y.word.empty() && x.word[0] == y.word[0];
    if (x.word == y.word) return true;
    // A final -a marks the feminine of many given names (Petar / Petra, Mario / Maria,
    // Aleksandar / Aleksandra): not one name spelled two ways.
    if ((x.word.back() == 'a') != (y.word.back() == 'a')) return false;
    return spelling_variants(x.spelled, y.spelled);
  };
  // The shorter list must appear in order in the longer one ("Tayyip" in "Recep Tayyip").
  size_t j = 0;
  for (const auto& word : shorter) {
    while (j < longer.size() && !compatible(word, longer[j])) ++j;
    if (j == longer.size()) return false;
    ++j;
  }
  return true;
}

bool surnames_match(std::string_view a, std::string_view b) {
  return surnames_match(spell_surname(a), spell_surname(b));
}

std::vector<SpelledWord> spell_surname(std::string_view surname) {
  std::vector<SpelledWord> out;
  for (const std::string_view word : core_words(surname)) out.push_back(spell(word));
  return out;
}

bool surnames_match(const std::vector<SpelledWord>& a, const std::vector<SpelledWord>& b) {
  if (a.size() != b.size() || a.empty()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!spelling_variants(a[i], b[i])) return false;
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
