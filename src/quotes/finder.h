// Finding quotes in an article's units: the shared context of the direct-quote, indirect-speech
// and speaker steps. Internal to the quotes stage.
#ifndef DOSSIER_QUOTES_FINDER_H_
#define DOSSIER_QUOTES_FINDER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/quote.h"
#include "quotes/cue_lexicon.h"
#include "quotes/quote_marks.h"
#include "quotes/units.h"

namespace dossier::quotes {

// What one article offers the finder; all views valid for the call.
struct FinderInput {
  std::string_view text;
  const std::vector<QuoteSegment>& segments;
  const Units& units;
  const CueLexicon& lexicon;
  const std::vector<bool>& body;  // per paragraph: body text (not a headline or other header)
};

// A range of units [begin, end).
struct UnitRange {
  int32_t begin = -1;
  int32_t end = -1;
  bool empty() const { return end <= begin; }
};

// Cue strength of unit i as a reporting verb or noun: its rate in the lexicon, 0 when none.
float cue_rate(const FinderInput& in, int32_t i);
// True when unit i is a reporting word strong enough to introduce a direct quote.
bool is_direct_cue(const FinderInput& in, int32_t i);
// True when unit i is a reporting word strong enough to introduce reported speech.
bool is_indirect_cue(const FinderInput& in, int32_t i);
// True when unit i is a reporting word of speech, not of belief, intention, perception or
// feeling ("said", "told", "according" but not "believes", "plans", "appears", "hopes").
bool is_speech_cue(const FinderInput& in, int32_t i);
// True when unit i may be the verb of an attribution standing right after a quotation ("“...,”
// an angry Hollande retaliated"): an attested or WordNet reporting verb, or a past tense.
bool is_positional_cue(const FinderInput& in, int32_t i);
// True when unit i may stand inside a noun phrase naming a speaker.
bool np_word(const FinderInput& in, int32_t i);

// The speaker phrase before the cue at unit `cue` (its subject), or an empty range.
UnitRange speaker_before(const FinderInput& in, int32_t cue, int32_t floor);
// The speaker phrase after the cue at unit `cue` (inverted: "said Okafor, the ..."), or empty;
// with appositives false it ends at the first comma and keeps prepositional phrases
// ("according to a report by X, ...").
UnitRange speaker_after(const FinderInput& in, int32_t cue, bool appositives = true);
// The subject at the start of the cue's sentence ("He praised them but said, ..."), or empty.
UnitRange sentence_subject(const FinderInput& in, int32_t cue);
// The byte span of a unit range.
Span span_of(const FinderInput& in, UnitRange range);

// Direct quotes: quotations that are a clause of their own, grouped by the cue they share.
std::vector<Quote> find_direct_quotes(const FinderInput& in);
// Reported speech ("X said that ...", "according to X, ..."), partial when it holds a quotation;
// skips content that the direct quotes already cover.
std::vector<Quote> find_indirect_quotes(const FinderInput& in, const std::vector<Quote>& direct);
// The same reports for the cues that are not speech: beliefs and intentions, with holder spans.
std::vector<Attribution> find_attitudes(const FinderInput& in, const std::vector<Quote>& direct);

}  // namespace dossier::quotes

#endif  // DOSSIER_QUOTES_FINDER_H_
