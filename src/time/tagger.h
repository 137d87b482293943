// The time tagger: finds time expressions in a text and normalises them to TIMEX3 values.
#ifndef DOSSIER_TIME_TAGGER_H_
#define DOSSIER_TIME_TAGGER_H_

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "dossier/timex.h"
#include "time/grammar.h"

namespace dossier::time {

struct TagOptions {
  // Anaphoric expressions ("the following day", "a year earlier") count from the last time
  // mentioned before them rather than from the article date.
  bool moving_reference = true;
  // Tense decides which Friday or which March is meant; off, the nearest one is taken.
  bool use_tense = true;
  // Byte spans of organisation and work names, in text order: a time word inside one is part of
  // the name ("Valdoria Today"), unless it is a weekday or a vague reference ("Recently"), which
  // a name wrongly swallows more often than it holds ("met Sununu Sunday").
  std::span<const Span> names;
};

class TimeTagger {
 public:
  // Compiles the built-in grammar; throws ModelError if it is malformed.
  TimeTagger();
  // The time expressions of text in text order, normalised against anchor (the article date);
  // without an anchor, relative expressions get underspecified values ("XXXX-WXX-5").
  std::vector<Timex> tag(std::string_view text, std::optional<CivilDate> anchor,
                         const TagOptions& options = {}) const;
  const Grammar& grammar() const { return grammar_; }

 private:
  Grammar grammar_;
};

}  // namespace dossier::time

#endif  // DOSSIER_TIME_TAGGER_H_
