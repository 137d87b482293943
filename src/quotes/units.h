// The tokens of an article outside its quotations, each quotation one unit: the view the quote
// finder reads. Built per call from the text layer; a word's folded form and closed classes are
// the word layer's (Document::token_fold, Token::classes); the lexicon marks reporting words.
#ifndef DOSSIER_QUOTES_UNITS_H_
#define DOSSIER_QUOTES_UNITS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "quotes/quote_marks.h"

namespace dossier::quotes {

class CueLexicon;

enum class UnitKind : uint8_t { kWord, kNumber, kPunct, kQuote };

// The word-layer classes (dossier/text.h) the quote finder reads clause structure from.
inline constexpr uint64_t kDeterminer = kWcDeterminer | kWcNumberWord;       // the, a, his, some, two
inline constexpr uint64_t kPronoun = kWcSubjectPronoun;                      // he, she, they, who
inline constexpr uint64_t kPreposition = kWcPreposition | kWcTo;             // of, in, on, to
inline constexpr uint64_t kConjunction = kWcConjunction;                     // and, or, but
inline constexpr uint64_t kSubordinator = kWcSubordinator | kWcWh;           // that, which, because, when
inline constexpr uint64_t kAuxiliary = kWcAuxiliary;                         // is, was, has, will, 's
inline constexpr uint64_t kAdverb = kWcAdverb;                               // also, later, -ly words
inline constexpr uint64_t kNegation = kWcNegation;                           // not, never
inline constexpr uint64_t kIndefinite = kWcIndefinite | kWcNumberWord;       // an unnamed source starts so
inline constexpr uint64_t kObjectPronoun = kWcObjectPronoun;                 // him, her, them
inline constexpr uint64_t kTimeWord = kWcMonth | kWcWeekday | kWcDeictic | kWcPartOfDay | kWcTimeUnit;
// Not a word class: set by build_units on 's or ' right after a noun ("Okafor's", "workers'").
inline constexpr uint64_t kPossessive = uint64_t{1} << 63;

enum UnitFlag : uint8_t {
  kUpperInitial = 1u << 0,
  kSentenceStart = 1u << 1,
  kBlockStart = 1u << 2,
  kSpaceBefore = 1u << 3,
  kAllUpper = 1u << 4,
};

struct Unit {
  Span span;
  UnitKind kind = UnitKind::kWord;
  uint8_t flags = 0;
  uint64_t classes = 0;    // the word layer's WordClass bits, or kPossessive
  uint32_t paragraph = 0;  // index into the paragraphs
  uint32_t sentence = 0;   // running sentence number
  int32_t segment = -1;    // kQuote: index into the segments
  int32_t cue = -1;        // index of the lexicon entry of this word, or -1
  uint32_t token = 0;      // index into Document::tokens (kQuote: its first token)

  bool has(UnitFlag flag) const { return (flags & flag) != 0; }
  bool is(uint64_t word_classes) const { return (classes & word_classes) != 0; }
};

struct Units {
  const Document* document = nullptr;
  std::vector<Unit> units;

  // The word layer's folded form of the unit's token; empty for a quotation.
  std::string_view form(const Unit& unit) const {
    return unit.kind == UnitKind::kQuote ? std::string_view() : document->token_fold(unit.token);
  }
  std::string_view form(size_t i) const { return form(units[i]); }
  // True when unit i is the punctuation character c.
  bool punct(size_t i, char c) const;
  // True when word unit i stands as a verb before a complement "that": the next unit is the word
  // "that" and the one before is no determiner ("ruled that", not "a tweet that").
  bool before_that_clause(size_t i) const;
};

// The units of the paragraphs. Sentences are the text layer's, except that each paragraph starts
// one and a sentence starting inside a quotation does not: "“We won. They lost,” she said." is
// one sentence of three units.
Units build_units(const Document& document, const std::vector<Paragraph>& paragraphs,
                  const std::vector<QuoteSegment>& segments, const CueLexicon& lexicon);

}  // namespace dossier::quotes

#endif  // DOSSIER_QUOTES_UNITS_H_
