#include "train/lexicon/compile.h"

#include <unicode/uchar.h>

#include "lexicon/fold.h"
#include "util/utf8.h"

namespace dossier::train::lexicon {

using dossier::lexicon::match_key;

Shape shape_of(std::string_view text) {
  size_t letters = 0;
  bool lower = false;
  bool first_lower = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = static_cast<UChar32>(util::decode_utf8(text, pos));
    if (!u_isalpha(cp)) continue;
    if (letters == 0) first_lower = u_islower(cp) != 0;
    ++letters;
    lower = lower || u_islower(cp) != 0;
  }
  if (first_lower) return Shape::kAnyCase;
  // Short all-capital forms are acronyms ("US", "UN", "EU"): written otherwise they are
  // ordinary words ("us", "Un").
  if (!lower && letters <= 3) return Shape::kUpper;
  return Shape::kCapitalised;
}

bool is_function_word(std::string_view folded) {
  // Words English and Romance names leave in lower case and out of their initials.
  static const std::set<std::string, std::less<>> kFunctionWords = {
      "of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "el", "al", "y", "da",
      "do", "dos", "van", "von", "der", "del", "di", "to", "at", "a", "an", "bin", "ibn", "&"};
  return kFunctionWords.contains(folded);
}

std::string title_case(std::string_view upper) {
  std::string out;
  std::string word;
  const auto flush = [&] {
    if (word.empty()) return;
    std::string lower = dossier::lexicon::fold(word);
    const bool acronym = word.find('.') != std::string::npos ||
                         lower.find_first_of("aeiouy") == std::string::npos;
    if (!out.empty()) out += ' ';
    if (acronym) {
      out += word;
    } else if (out.empty() || !is_function_word(lower)) {
      bool start = true;
      for (char& c : lower) {
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        start = c == '-' || c == '\'' || c == '(';
      }
      out += lower;
    } else {
      out += lower;
    }
    word.clear();
  };
  for (const char c : upper) {
    if (c == '_' || c == ' ') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

std::vector<std::string> Gazetteer::plurals(const std::string& word) const {
  std::vector<std::string> out;
  const std::string lower = dossier::lexicon::fold(word);
  for (auto [it, end] = irregular_plurals.equal_range(lower); it != end; ++it) {
    std::string plural = it->second;
    for (char& c : plural) {
      if (c == '_') c = ' ';
    }
    if (!plural.empty()) plural[0] = word[0];
    out.push_back(plural);
  }
  if (!out.empty()) return out;
  // "Englishman" → "Englishmen" when "English" is a demonym itself; "German" → "Germans".
  const std::string stem = word.size() > 3 ? word.substr(0, word.size() - 3) : "";
  if (lower.ends_with("man") && nationality_of_key.contains(match_key(stem))) {
    out.push_back(stem + "men");
    return out;
  }
  // Collective forms take no plural: "the Swiss", "the Chinese", "the British", "the Dutch".
  for (const char* ending : {"s", "sh", "ch", "x", "z", "ese"}) {
    if (lower.ends_with(ending)) return out;
  }
  out.push_back(word + "s");
  return out;
}

uint32_t Gazetteer::add(EntrySpec entry) {
  stats.add("entries." + std::string(dossier::lexicon::to_string(entry.kind)));
  return builder.add(std::move(entry));
}

void Gazetteer::form(uint32_t entry, std::string_view text, FormKind kind) {
  if (builder.add_form(entry, text, kind, shape_of(text))) {
    stats.add("forms." + std::string(dossier::lexicon::to_string(kind)));
  }
}

void Gazetteer::caps_form(uint32_t entry, std::string_view text, FormKind kind) {
  const std::string key = match_key(text);
  const bool acronym = key.find(' ') == std::string::npos && key.size() <= 3;
  const Shape shape = acronym ? Shape::kUpper : Shape::kCapitalised;
  if (builder.add_form(entry, text, kind, shape)) {
    stats.add("forms." + std::string(dossier::lexicon::to_string(kind)));
  }
}

Gazetteer compile_lexicon(const LexiconSources& sources) {
  Gazetteer g;
  add_places(g, sources.iso_codes);
  add_wordnet(g, sources.wordnet);
  add_petrarch(g, sources.petrarch);
  add_occupations(g);
  g.stats.add("keys", g.builder.key_count());
  return g;
}

}  // namespace dossier::train::lexicon
