// The closed word classes the shallow syntax of the event coder reads, as a projection of the word
// layer's classes (dossier/text.h, src/text/closed_class.h): the coder's names for them, no word
// list of its own.
#ifndef DOSSIER_EVENTS_CLOSED_CLASS_H_
#define DOSSIER_EVENTS_CLOSED_CLASS_H_

#include <cstdint>
#include <string_view>

namespace dossier::events {

enum WordClass : uint32_t {
  kDeterminer = 1u << 0,    // the, a, this, its, their, no, any ...
  kPossessive = 1u << 1,    // its, their, his, her, our, my, your
  kPreposition = 1u << 2,   // of, in, on, at, by, for, with, from, against ... (not "to")
  kTo = 1u << 3,            // to
  kSubjectPronoun = 1u << 4,  // he, she, it, they, we, i, you
  kBe = 1u << 5,            // be, is, are, was, were, been, being, am
  kHave = 1u << 6,          // have, has, had, having
  kDo = 1u << 7,            // do, does, did
  kFuture = 1u << 8,        // will, would, shall, 'll, wo ("won't")
  kPossible = 1u << 9,      // may, might, could, can, ca ("can't")
  kObligation = 1u << 10,   // must, should, ought
  kNegation = 1u << 11,     // not, n't, never
  kConjunction = 1u << 12,  // and, or, but, nor
  kSubordinator = 1u << 13,  // after, before, while, when, because, unless, if, although ...
  kRelative = 1u << 14,     // who, which, whom, whose, where
  kThat = 1u << 15,         // that
  kIntentTo = 1u << 16,     // words that make a following "to" an intention: ready, prepared,
                            // willing, going, plans, intends, committed, determined, set, poised
  kAdverb = 1u << 17,       // adverbs that may stand inside a verb group: also, again, still ...
  kTimeWord = 1u << 18,     // today, yesterday, tonight, now, weekdays, months
  kQuantity = 1u << 19,     // thousands, hundreds, dozens, members, some, most, all, many ...
  kConditional = 1u << 20,  // if, unless, whether: the clause states a condition, not a fact
};

// The coder's classes of a word with the word layer's classes word_classes.
uint32_t project_classes(uint64_t word_classes);

// The coder's classes of a case-folded word (0 when it belongs to none).
uint32_t word_class(std::string_view folded);

// True for words that never start a name even when capitalised ("The", "In", "According").
bool is_function_word(std::string_view folded);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_CLOSED_CLASS_H_
