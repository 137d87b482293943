// Quotations and reported speech in one document.
#ifndef DOSSIER_QUOTE_H_
#define DOSSIER_QUOTE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/span.h"

namespace dossier {

enum class QuoteKind : uint8_t {
  kDirect,    // the speaker's words in quotation marks
  kPartial,   // a quoted fragment inside reported speech
  kIndirect,  // reported speech without quotation marks
};
std::string_view to_string(QuoteKind kind);  // "direct", "partial", "indirect"

struct Quote {
  Span span;                   // the content, first piece to last (for direct quotes, marks included)
  std::vector<Span> parts;     // the content's pieces when the attribution splits it; else empty
  QuoteKind kind = QuoteKind::kDirect;
  Span cue;                    // the reporting verb or noun; empty when none
  Span speaker_span;           // the words naming the speaker; empty when none
  int32_t speaker_mention = -1;  // index into Document::mentions, -1 when unresolved
  std::string speaker_text;    // the speaker as written (a name, "a senior EU official")
  int32_t source_group = -1;   // quotes of one unnamed source share a group within the document
  int32_t continues = -1;      // index of an earlier quote whose speaker this uncued quote inherits
  float confidence = 0.0f;     // probability in [0, 1] that this is speech with these bounds
  float speaker_confidence = 0.0f;  // probability in [0, 1] that the speaker is right; 0 without one
};

// What an attribution that is not speech reports of its holder.
enum class AttributionKind : uint8_t {
  kBelief,     // a belief, judgement or knowledge ("believes that", "expects", "found that")
  kIntention,  // a plan or intention ("plans to", "intends to", "wants to")
};

std::string_view to_string(AttributionKind kind);  // "belief", "intention"

// A belief or intention the text attributes to an actor: never a quote, never counted as one.
struct Attribution {
  Span span;                      // the content (the reported clause)
  AttributionKind kind = AttributionKind::kBelief;
  Span cue;                       // the verb or noun of the attitude ("believes", "plans")
  Span holder_span;               // the words naming the holder; empty when none
  int32_t holder_mention = -1;    // index into Document::mentions, -1 when unresolved
  float confidence = 0.0f;        // the cue word's rate as an attribution cue in PolNeAR train
};

}  // namespace dossier

#endif  // DOSSIER_QUOTE_H_
