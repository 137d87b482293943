#include "events/closed_class.h"

#include "dossier/text.h"
#include "text/closed_class.h"

namespace dossier::events {
namespace {

// The layer's "that" is both a demonstrative and a subordinator; the coder reads it apart.
bool is_that(uint64_t c) { return (c & kWcDemonstrative) != 0 && (c & kWcSubordinator) != 0; }

}  // namespace

uint32_t project_classes(uint64_t c) {
  const auto has = [c](uint64_t bits) { return (c & bits) != 0; };
  uint32_t out = 0;
  if (is_that(c)) {
    out |= kThat;
  } else {
    if (has(kWcDeterminer | kWcPossessiveClitic)) out |= kDeterminer;
    if (has(kWcSubordinator)) out |= kSubordinator;
  }
  if (has(kWcPossessiveDet)) out |= kPossessive;
  // "after", "before", "since", "until" open clauses here: subordinators, not prepositions.
  if (has(kWcPreposition) && !has(kWcSubordinator)) out |= kPreposition;
  if (has(kWcTo)) out |= kTo;
  if (has(kWcSubjectPronoun) && !has(kWcRelative)) out |= kSubjectPronoun;  // "who" is read as a relative
  if (has(kWcBe)) out |= kBe;
  if (has(kWcHave)) out |= kHave;
  if (has(kWcDo)) out |= kDo;
  if (has(kWcFuture)) out |= kFuture;
  if (has(kWcPossibility)) out |= kPossible;
  if (has(kWcObligation)) out |= kObligation;
  if (has(kWcNegation)) out |= kNegation | kAdverb;
  if (has(kWcConjunction)) out |= kConjunction;
  if (has(kWcConditional)) out |= kConditional;
  if (has(kWcRelative)) out |= kRelative;
  if (has(kWcIntention)) out |= kIntentTo;
  if (has(kWcAdverb)) out |= kAdverb;
  // "may" the modal is no month here.
  if (has(kWcWeekday | kWcDeictic | kWcPartOfDay | kWcTimeUnit) || (has(kWcMonth) && !has(kWcModal))) {
    out |= kTimeWord;
  }
  if (has(kWcQuantifier | kWcNumberWord | kWcCollective)) out |= kQuantity;
  return out;
}

uint32_t word_class(std::string_view folded) { return project_classes(text::ClosedClasses::builtin().of(folded)); }

bool is_function_word(std::string_view folded) {
  constexpr uint32_t kFunction = kDeterminer | kPreposition | kTo | kSubjectPronoun | kBe | kHave | kDo |
                                 kFuture | kPossible | kObligation | kNegation | kConjunction | kSubordinator |
                                 kRelative | kThat | kAdverb;
  return (word_class(folded) & kFunction) != 0;
}

}  // namespace dossier::events
