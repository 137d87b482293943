// The one English closed-class module: the WordClass bits (dossier/text.h) of a case-folded word,
// and the word layer the text stage adds to every token (token_fold, Token::classes).
//
// Determiners, pronouns (with person, number and gender), prepositions, auxiliaries, negation,
// conjunctions and wh-words are English grammar, listed once here. Month and weekday names, their
// abbreviations, deictic time words, time units and parts of the day come from the time grammar's
// own lexicon (src/time/grammar_data.cc); number words from its number category; title
// abbreviations from the derived abbreviation table (src/text/abbreviation_data.cc); speech and
// cognition verbs from WordNet through the quote-cue lexicon (models/quote_cues.bin).
#ifndef DOSSIER_TEXT_CLOSED_CLASS_H_
#define DOSSIER_TEXT_CLOSED_CLASS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dossier/document.h"

namespace dossier::text {

class ClosedClasses {
 public:
  // The built-in classes, plus verbs: (folded form, kWcSpeechVerb and/or kWcCognitionVerb).
  explicit ClosedClasses(const std::vector<std::pair<std::string, uint64_t>>& verbs = {});
  // The built-in classes without verb classes, built once.
  static const ClosedClasses& builtin();

  // The WordClass bits of a case-folded word (0 for none).
  uint64_t of(std::string_view folded) const;
  // The month (1..12) a case-folded month name or abbreviation names ("sept" 9), 0 for none.
  int month(std::string_view folded) const;
  // The weekday (0 Monday .. 6 Sunday) a case-folded weekday name or abbreviation names, -1 for none.
  int weekday(std::string_view folded) const;
  // The folded full name of month 1..12 ("september") and of weekday 0..6 ("monday"); empty outside.
  std::string_view month_name(int month) const;
  std::string_view weekday_name(int weekday) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint64_t, Hash, std::equal_to<>> table_;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> months_;    // from the time grammar
  std::unordered_map<std::string, int, Hash, std::equal_to<>> weekdays_;  // from the time grammar
  std::array<std::string, 13> month_names_;   // [1..12]
  std::array<std::string, 7> weekday_names_;  // [0..6]
};

// Fills document.token_folds and each token's fold and classes from its matching form (a word
// written with an abbreviation period takes the classes of the word without it).
void add_word_layer(Document& document, const ClosedClasses& classes);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_CLOSED_CLASS_H_
