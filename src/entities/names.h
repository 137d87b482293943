// Names as comparable parts: folded words, spelling forms and phonetic keys that survive
// transliteration (Gaddafi / Qaddafi / Kadhafi, Navalny / Nawalny, Yanukovych / Janukowitsch),
// acronyms, and the person-name comparison that never joins two different first names.
#ifndef DOSSIER_ENTITIES_NAMES_H_
#define DOSSIER_ENTITIES_NAMES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::entities {

// The match-key words of a phrase (lexicon::match_key split at spaces): "Jean-Claude Juncker's"
// gives {"jean", "claude", "junckers"}; callers strip possessives before (strip_possessive).
std::vector<std::string> key_words(std::string_view text);

// The text without a trailing possessive ("Guterres's", "Guterres'", "NATO’s" → "NATO").
std::string_view strip_possessive(std::string_view text);

// True for the small words names leave out of their initials ("of", "the", "de", "al", "van").
bool is_function_word(std::string_view word);
// True for name particles that belong to a surname ("von der Leyen", "al-Assad", "de Gaulle").
bool is_surname_particle(std::string_view word);
// True for forms of address before a name ("mr", "mrs", "ms", "dr", "sir"), as key words.
bool is_honorific(std::string_view word);
// True for generational suffixes after a name ("jr", "sr", "ii", "iii").
bool is_name_suffix(std::string_view word);
// +1 for forms of address of men ("mr", "sir"), -1 of women ("mrs", "ms", "dame"), else 0.
int honorific_gender(std::string_view word);

// A folded word respelled so that transliteration variants coincide: digraphs become one
// letter (kh and ch before a consonant→x, the velar fricative; a final Slavic -ic after a
// consonant→C; ph→f, sh/sch→S, ch/tsch→C, dh→d, th→t), q→k, w→v, x→ks, y between letters
// and at the end→i, j before a consonant or at the end→i, initial y before a vowel→j,
// doubled letters once.
std::string spelling_form(std::string_view folded_word);
// The consonant skeleton of a spelling form: classes {k,g,q,x}, {f,v}, {s,z,S,C,Z,soft c},
// vowels and h dropped, an initial vowel kept as 'a', repeats collapsed.
std::string phonetic_key(std::string_view folded_word);

// A folded word prepared for variant tests: its spelling form and its phonetic keys (a second
// key, with the fricative x dropped like h, when the word has one: Khalvashich / Halvasic).
struct SpelledWord {
  std::string form;
  std::array<std::string, 2> keys;
  uint8_t key_count = 1;
};
SpelledWord spell(std::string_view folded_word);
// Weighted edit distance of two spelling forms: vowel for vowel, or a letter for one of its
// phonetic class, costs 0.5; inserting or deleting a vowel or 'h' 0.5; anything else 1.
double spelling_distance(std::string_view a, std::string_view b);
// True when two folded words are one name spelled two ways: the same phonetic key and a
// spelling distance within what the shorter word's length allows (none up to 4 letters).
bool spelling_variants(std::string_view a, std::string_view b);
// The same test on prepared words: a shared phonetic key and a small spelling distance.
bool spelling_variants(const SpelledWord& a, const SpelledWord& b);

// The folded word without a plural ending ("republicans" → "republican"), else the word.
std::string singular_form(std::string word);

// Initials of the words that are not function words: {"european", "union"} → "eu".
std::string acronym_of(const std::vector<std::string>& words);
// True when a one-word name spells the initials of a longer name ("EU" / "European Union",
// "UN" / "United Nations"; initials of function words allowed: "DoD", "UNHCR" not required).
bool is_acronym_of(std::string_view short_word, const std::vector<std::string>& words);

// A person's name in parts, forms of address and suffixes removed.
struct PersonName {
  std::vector<std::string> given;  // given names and initials, folded ("recep", "tayyip")
  std::string surname;             // folded, particles included ("von der leyen")
  int gender = 0;                  // from a form of address: +1 male, -1 female, 0 unknown
  bool empty() const { return surname.empty(); }
  bool full() const { return !given.empty(); }
};
// Splits key words into a person's name. The surname is the last word with the particles
// before it; every word before those is a given name.
PersonName person_name(const std::vector<std::string>& words);

// How two names of people relate.
enum class PersonMatch : uint8_t {
  kDifferent,    // different surnames
  kSame,         // same surname and compatible given names, both full names
  kSurnameOnly,  // same surname, one of them without a given name
  kConflict,     // same surname, given names that cannot be one person's
};
PersonMatch compare_people(const PersonName& a, const PersonName& b);
// True when two given names may be one person's: equal, spelling variants, or an initial of
// the other ("j" / "john"). Lists of given names compare first name to first name.
bool given_names_compatible(const std::vector<std::string>& a, const std::vector<std::string>& b);
// A given name prepared for repeated comparison.
struct GivenName {
  std::string word;
  SpelledWord spelled;
};
std::vector<GivenName> prepare_given(const std::vector<std::string>& given);
// given_names_compatible on prepared given names.
bool given_names_compatible(const std::vector<GivenName>& a, const std::vector<GivenName>& b);
// True when two surnames are one surname spelled two ways (each word a spelling variant).
bool surnames_match(std::string_view a, std::string_view b);
// The surname's words without particles, prepared ("al assad" → {assad}).
std::vector<SpelledWord> spell_surname(std::string_view surname);
// surnames_match on prepared surnames.
bool surnames_match(const std::vector<SpelledWord>& a, const std::vector<SpelledWord>& b);

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_NAMES_H_
