// Paragraphs for quotations. The text layer makes one block of the lines between blank lines; a
// quotation never runs over a paragraph break unreopened, so where such a block's lines are
// paragraphs themselves (one quotation per line, signed "― Name"), pairing marks over the whole
// block would join the closing mark of one line to the opening mark of the next. Lines longer
// than any hard wrap tell such a block from wrapped prose.
#include "quotes/quote_marks.h"
#include "util/utf8.h"

namespace dossier::quotes {
namespace {

// Wrapped prose keeps its lines below this many code points (72 to 80 in practice).
constexpr size_t kWrapWidth = 100;

// The lines of a block, trimmed, without blank ones.
std::vector<Span> lines_of(std::string_view text, Span block) {
  std::vector<Span> lines;
  uint32_t pos = block.begin;
  while (pos < block.end) {
    uint32_t end = pos;
    while (end < block.end && text[end] != '\n') ++end;
    uint32_t b = pos, e = end;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (b < e) lines.push_back({b, e});
    pos = end + 1;
  }
  return lines;
}

bool has_long_line(std::string_view text, const std::vector<Span>& lines) {
  for (const Span line : lines) {
    if (util::count_code_points(line.of(text)) > kWrapWidth) return true;
  }
  return false;
}

// Appends one paragraph per span, each with the tokens of [first, end) that start inside it.
void add_paragraphs(const Document& doc, uint32_t block, const std::vector<Span>& spans,
                    uint32_t first, uint32_t end, std::vector<Paragraph>& out) {
  uint32_t t = first;
  for (const Span span : spans) {
    while (t < end && doc.tokens[t].span.begin < span.begin) ++t;
    const uint32_t begin = t;
    while (t < end && doc.tokens[t].span.begin < span.end) ++t;
    out.push_back(Paragraph{span, block, begin, t});
  }
}

}  // namespace

std::vector<Paragraph> quote_paragraphs(const Document& doc) {
  std::vector<Paragraph> out;
  out.reserve(doc.blocks.size());
  for (uint32_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.sentence_count == 0) continue;
    const Sentence& first = doc.sentences[block.first_sentence];
    const Sentence& last = doc.sentences[block.first_sentence + block.sentence_count - 1];
    const uint32_t begin = first.first_token;
    const uint32_t end = last.first_token + last.token_count;
    if (block.span.of(doc.text).find('\n') == std::string_view::npos) {
      out.push_back(Paragraph{block.span, b, begin, end});
      continue;
    }
    std::vector<Span> lines = lines_of(doc.text, block.span);
    if (!has_long_line(doc.text, lines)) lines = {block.span};
    add_paragraphs(doc, b, lines, begin, end, out);
  }
  return out;
}

}  // namespace dossier::quotes
