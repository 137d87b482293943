// The tokens of an article outside its quotations, each quotation one unit: the view the quote
// finder reads. Built per call from the text layer; the lexicon marks reporting words.
#ifndef DOSSIER_QUOTES_UNITS_H_
#define DOSSIER_QUOTES_UNITS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "quotes/quote_marks.h"

namespace dossier::quotes {

class CueLexicon;

enum class UnitKind : uint8_t { kWord, kNumber, kPunct, kQuote };

// Closed-class words: grammar, not content.
enum WordClass : uint16_t {
  kDeterminer = 1u << 0,   // the, a, his, some, two
  kPronoun = 1u << 1,      // he, she, they, I, we, it
  kPreposition = 1u << 2,  // of, in, on, at, for
  kConjunction = 1u << 3,  // and, or, but
  kSubordinator = 1u << 4, // that, which, who, because, when
  kAuxiliary = 1u << 5,    // is, was, has, will, would
  kAdverb = 1u << 6,       // also, later, then, previously, -ly words
  kNegation = 1u << 7,     // not, never
  kIndefinite = 1u << 8,   // a, an, one, another, some (an unnamed source starts so)
  kObjectPronoun = 1u << 9,  // him, her, them, me, us
  kTimeWord = 1u << 10,    // monday, yesterday, today, week, month
  kPossessive = 1u << 11,  // 's or ' after a noun: "Okafor's", "workers'"
};

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
  uint16_t classes = 0;    // WordClass bits
  uint32_t paragraph = 0;  // index into the paragraphs
  uint32_t sentence = 0;   // running sentence number
  int32_t segment = -1;    // kQuote: index into the segments
  int32_t cue = -1;        // index of the lexicon entry of this word, or -1
  uint32_t form = 0;       // offset of the lower-cased form in Units::forms
  uint16_t form_size = 0;

  bool has(UnitFlag flag) const { return (flags & flag) != 0; }
  bool is(uint16_t word_classes) const { return (classes & word_classes) != 0; }
};

struct Units {
  std::vector<Unit> units;
  std::string forms;  // lower-cased forms of the words, ’ as '

  std::string_view form(const Unit& unit) const { return {forms.data() + unit.form, unit.form_size}; }
  std::string_view form(size_t i) const { return form(units[i]); }
  // True when unit i is the punctuation character c.
  bool punct(size_t i, char c) const;
};

// The units of the paragraphs. Sentences are the text layer's, except that each paragraph starts
// one and a sentence starting inside a quotation does not: "“We won. They lost,” she said." is
// one sentence of three units.
Units build_units(const Document& document, const std::vector<Paragraph>& paragraphs,
                  const std::vector<QuoteSegment>& segments, const CueLexicon& lexicon);

// The closed-class bits of a lower-cased word.
uint16_t word_classes(std::string_view form);

}  // namespace dossier::quotes

#endif  // DOSSIER_QUOTES_UNITS_H_
