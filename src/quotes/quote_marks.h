// Quotation marks of an article and the quoted segments they delimit.
#ifndef DOSSIER_QUOTES_QUOTE_MARKS_H_
#define DOSSIER_QUOTES_QUOTE_MARKS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/span.h"

namespace dossier::quotes {

// A top-level quoted passage of one paragraph; quotes nested inside it stay inside it.
struct QuoteSegment {
  Span span;                // opening mark to closing mark, both included
  Span inner;               // the text between the marks
  uint32_t block = 0;       // the paragraph (index into the blocks given)
  bool closed = true;       // false: no closing mark before the paragraph's end
  int32_t continues = -1;   // the segment of an earlier paragraph this one reopens, or -1
};

// The top-level quoted segments of the given paragraphs (byte spans of text, in text order).
// Handles curly, straight, doubled ('' and ``), low-9 and guillemet marks, nesting, apostrophes,
// and quotes that run over paragraphs (a paragraph left open, the next reopening).
std::vector<QuoteSegment> find_quote_segments(std::string_view text,
                                              const std::vector<Span>& paragraphs);

}  // namespace dossier::quotes

#endif  // DOSSIER_QUOTES_QUOTE_MARKS_H_
