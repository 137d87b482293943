// Quotation marks of an article and the quoted segments they delimit.
#ifndef DOSSIER_QUOTES_QUOTE_MARKS_H_
#define DOSSIER_QUOTES_QUOTE_MARKS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/document.h"

namespace dossier::quotes {

// A paragraph as quotations see it: a block of the text layer, or one line of a block whose lines
// are paragraphs of their own (lines longer than any hard wrap, no blank lines between them).
struct Paragraph {
  Span span;
  uint32_t block = 0;        // index into Document::blocks
  uint32_t first_token = 0;  // its tokens: [first_token, end_token) of Document::tokens
  uint32_t end_token = 0;
};

// The paragraphs of a document's text layer, in text order.
std::vector<Paragraph> quote_paragraphs(const Document& document);

// A top-level quoted passage of one paragraph; quotes nested inside it stay inside it.
struct QuoteSegment {
  Span span;                // opening mark to closing mark, both included
  Span inner;               // the text between the marks
  uint32_t paragraph = 0;   // index into the paragraphs given
  bool closed = true;       // false: no closing mark before the paragraph's end
  int32_t continues = -1;   // the segment of an earlier paragraph this one reopens, or -1
};

// The top-level quoted segments of the given paragraphs (byte spans of text, in text order),
// from the quotation-mark tokens of the text layer. Handles curly, straight, doubled ('' and ``),
// low-9 and guillemet marks, nesting, apostrophes, and quotes that run over paragraphs (a
// paragraph left open, the next reopening).
std::vector<QuoteSegment> find_quote_segments(const Document& document,
                                              const std::vector<Paragraph>& paragraphs);

// The last character inside a segment's marks, nested closing marks and spaces skipped: ',' for
// "“We won,”", '?' for "“Why?”"; 0 when none.
char32_t last_inner_char(std::string_view text, const QuoteSegment& segment);

}  // namespace dossier::quotes

#endif  // DOSSIER_QUOTES_QUOTE_MARKS_H_
