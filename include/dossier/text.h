// The text layer: paragraphs, sentences and tokens of a document, all as spans of its text.
#ifndef DOSSIER_TEXT_H_
#define DOSSIER_TEXT_H_

#include <cstdint>

#include "dossier/span.h"

namespace dossier {

// What a block of text is in the layout of an article.
enum class BlockKind : uint8_t {
  kBody,      // ordinary body paragraph
  kHeadline,  // the headline line at the top
  kByline,    // "By Jane Okafor"
  kDateline,  // "BEIRUT —" or "Nairobi (Kenya) (AFP) -" (the dateline part only)
  kDateLine,  // a header line that carries the publication date
  kSubhead,   // a section subhead such as "- Talks stall -"
  kHeader,    // any other header matter (source line, agency line)
};

// Bit flags describing a token's surface, set by the tokenizer.
enum TokenFlag : uint16_t {
  kTokWord = 1u << 0,          // contains a letter
  kTokNumber = 1u << 1,        // contains a digit and no letter
  kTokPunct = 1u << 2,         // neither letters nor digits
  kTokUpperInitial = 1u << 3,  // first letter is upper case
  kTokAllUpper = 1u << 4,      // has letters, all upper case
  kTokSentenceStart = 1u << 5, // first token of its sentence
  kTokLineStart = 1u << 6,     // first token of its line
  kTokSpaceBefore = 1u << 7,   // whitespace precedes the token
  kTokQuote = 1u << 8,         // a quotation mark (any convention)
  kTokHyphenated = 1u << 9,    // word with an inner hyphen
  kTokAbbrev = 1u << 10,       // keeps a final abbreviation period ("Gen.", "U.S.", "J.", "1.")
  kTokOpen = 1u << 11,         // opening quotation mark or bracket
  kTokClose = 1u << 12,        // closing quotation mark or bracket
  kTokUrl = 1u << 13,          // URL, e-mail address, @handle or #hashtag
};

// English closed classes of a word (bits), from one module (src/text/closed_class.h) built from
// real resources: the time grammar's categories, the abbreviation tables, WordNet's
// communication and cognition verbs (through the quote-cue lexicon). Computed once per token.
enum WordClass : uint64_t {
  kWcArticle = 1ull << 0,          // the, a, an
  kWcDemonstrative = 1ull << 1,    // this, that, these, those
  kWcPossessiveDet = 1ull << 2,    // my, your, his, her, its, our, their
  kWcQuantifier = 1ull << 3,       // some, any, no, each, every, all, both, many, several ...
  kWcNumberWord = 1ull << 4,       // one, two, dozen, hundreds: the time grammar's number words
  kWcPronoun = 1ull << 5,          // a personal pronoun in any case (he, him, his, himself)
  kWcSubjectPronoun = 1ull << 6,   // i, you, he, she, it, we, they
  kWcObjectPronoun = 1ull << 7,    // me, you, him, her, it, us, them
  kWcReflexive = 1ull << 8,        // myself ... themselves
  kWcFirstPerson = 1ull << 9,
  kWcSecondPerson = 1ull << 10,
  kWcThirdPerson = 1ull << 11,
  kWcSingular = 1ull << 12,
  kWcPlural = 1ull << 13,
  kWcMasculine = 1ull << 14,
  kWcFeminine = 1ull << 15,
  kWcNeuter = 1ull << 16,
  kWcPreposition = 1ull << 17,     // of, in, on, at, by, for, with, from, against ... (not "to")
  kWcTo = 1ull << 18,
  kWcBe = 1ull << 19,              // be, is, are, was, were, been, being, am, 're, 'm
  kWcHave = 1ull << 20,            // have, has, had, having, 've
  kWcDo = 1ull << 21,              // do, does, did
  kWcModal = 1ull << 22,           // will, would, shall, can, could, may, might, must, should, 'll
  kWcNegation = 1ull << 23,        // not, n't, never
  kWcConjunction = 1ull << 24,     // and, or, but, nor, yet, so
  kWcSubordinator = 1ull << 25,    // that, after, because, although, if, unless, while, whether ...
  kWcWh = 1ull << 26,              // who, whom, whose, which, what, where, when, why, how
  kWcMonth = 1ull << 27,           // a month name, not abbreviated (time grammar)
  kWcWeekday = 1ull << 28,         // a weekday name, not abbreviated (time grammar)
  kWcCalendarAbbrev = 1ull << 29,  // the abbreviation of a month or weekday name ("Jan", "Fri")
  kWcDeictic = 1ull << 30,         // today, yesterday, tomorrow, tonight (time grammar)
  kWcTimeUnit = 1ull << 31,        // day, week, month, year ... and plurals (time grammar)
  kWcPartOfDay = 1ull << 32,       // morning, afternoon, evening, night (time grammar)
  kWcTitle = 1ull << 33,           // a title abbreviation before names: mr, gen, sen (abbreviation table)
  kWcSpeechVerb = 1ull << 34,      // a form of a WordNet verb.communication lemma: said, told
  kWcCognitionVerb = 1ull << 35,   // a form of a WordNet verb.cognition lemma: believe, decided
  kWcAdverb = 1ull << 36,          // adverbs that stand inside a clause: also, again, still, later, however ...
  kWcIndefinite = 1ull << 37,      // a, an, another, some, several, many, various ... (an unnamed referent)
  kWcRelative = 1ull << 38,        // who, whom, whose, which, where: may open a relative clause
  kWcFuture = 1ull << 39,          // the modals of the future: will, would, shall, 'll, wo ("won't")
  kWcPossibility = 1ull << 40,     // the modals of possibility: may, might, can, could, ca ("can't")
  kWcObligation = 1ull << 41,      // the modals of obligation: must, should, ought
  kWcConditional = 1ull << 42,     // if, unless, whether: the clause states a condition, not a fact
  kWcPossessiveClitic = 1ull << 43,  // 's and ' (may mark a possessive: "Okafor's", "workers'")
  kWcIntention = 1ull << 44,       // makes a following "to" an intention: ready, willing, plans, poised ...
  kWcCollective = 1ull << 45,      // nouns that count or group people: members, group, majority, delegation ...
};
inline constexpr uint64_t kWcDeterminer = kWcArticle | kWcDemonstrative | kWcPossessiveDet | kWcQuantifier;
inline constexpr uint64_t kWcAuxiliary = kWcBe | kWcHave | kWcDo | kWcModal;

struct Token {
  Span span;
  uint16_t flags = 0;
  // Index into Document::token_norms of a matching form differing from the text, or kNoNorm.
  uint32_t norm = kNoNorm;
  static constexpr uint32_t kNoNorm = UINT32_MAX;
  // The word layer: the case-folded matching form (Document::token_fold) and WordClass bits.
  uint32_t fold_begin = 0;  // offset into Document::token_folds
  uint32_t fold_size = 0;
  uint64_t classes = 0;
  bool has(TokenFlag flag) const { return (flags & flag) != 0; }
  bool is(uint64_t word_classes) const { return (classes & word_classes) != 0; }
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t token_count = 0;
  uint32_t block = 0;        // index into Document::blocks
};

// A paragraph or header line.
struct Block {
  Span span;
  BlockKind kind = BlockKind::kBody;
  uint32_t first_sentence = 0;  // index into Document::sentences
  uint32_t sentence_count = 0;
};

}  // namespace dossier

#endif  // DOSSIER_TEXT_H_
