// The tense of the clause around a time expression, from the nearest verb cue ("said", "will").
#ifndef DOSSIER_TIME_TENSE_H_
#define DOSSIER_TIME_TENSE_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "time/scanner.h"

namespace dossier::time {

enum class Tense : uint8_t { kNone, kPast, kPresent, kFuture };

// The tense of the nearest cue within the sentence around tokens [first, last).
Tense tense_around(std::string_view text, std::span<const Tok> toks, size_t first, size_t last);
// The tense of the nearest verb cue alone, without prepositions.
Tense verb_tense(std::string_view text, std::span<const Tok> toks, size_t first, size_t last);
// The tense a single word signals, kNone for most words.
Tense tense_of_word(std::string_view word);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_TENSE_H_
