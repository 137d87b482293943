#include "text/blocks.h"

#include <algorithm>

#include "text/chars.h"
#include "util/utf8.h"

// Paragraph rule. Body paragraphs are separated by blank lines when the body has any blank line
// between two body lines; otherwise each body line is a paragraph. News text arrives in two
// shapes: wire copy and plain-text files with blank lines between paragraphs (and hard-wrapped
// lines inside them), and scraped or JSON text with one paragraph per line and no blank lines.
// A blank line after the headline alone does not count, since header lines are often set apart
// from a one-paragraph-per-line body that way.

namespace dossier::text {
namespace {

struct Line {
  uint32_t begin;  // first byte of the line
  uint32_t end;    // the newline (or the limit)
  uint32_t next;   // first byte after the newline
};

Line line_at(std::string_view text, uint32_t pos, uint32_t limit) {
  uint32_t end = pos;
  while (end < limit) {
    const CodePoint cp = code_point_at(text, end);
    if (char_kind(cp.value) == CharKind::kNewline) return {pos, end, end + cp.length};
    // A carriage return alone ends a line (old Mac files); before a line feed it is white space.
    if (cp.value == '\r' && (end + 1 >= limit || text[end + 1] != '\n')) return {pos, end, end + 1};
    end += cp.length;
  }
  return {pos, limit, limit};
}

// The span without white space at either end; empty when all of it is white space.
Span trimmed(std::string_view text, uint32_t begin, uint32_t end) {
  while (begin < end) {
    const CodePoint cp = code_point_at(text, begin);
    if (!is_space_kind(char_kind(cp.value))) break;
    begin += cp.length;
  }
  while (end > begin) {
    const CodePoint cp = code_point_before(text, end);
    if (!is_space_kind(char_kind(cp.value))) break;
    end -= cp.length;
  }
  return {begin, end};
}

bool on_boundary(std::string_view text, uint32_t pos) {
  return pos >= text.size() || !util::is_continuation(static_cast<unsigned char>(text[pos]));
}

std::vector<HeaderSpan> usable_headers(std::string_view text, std::span<const HeaderSpan> headers) {
  std::vector<HeaderSpan> sorted;
  for (const HeaderSpan& h : headers) {
    if (h.span.begin < h.span.end && h.span.end <= text.size() && on_boundary(text, h.span.begin) &&
        on_boundary(text, h.span.end)) {
      sorted.push_back(h);
    }
  }
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const HeaderSpan& a, const HeaderSpan& b) { return a.span.begin < b.span.begin; });
  std::vector<HeaderSpan> usable;
  for (const HeaderSpan& h : sorted) {
    if (usable.empty() || h.span.begin >= usable.back().span.end) usable.push_back(h);
  }
  return usable;
}

void add_block(std::vector<Block>& blocks, Span span, BlockKind kind) {
  if (span.empty()) return;
  Block block;
  block.span = span;
  block.kind = kind;
  blocks.push_back(block);
}

void add_body(std::string_view text, uint32_t begin, uint32_t end, bool blank_lines,
              std::vector<Block>& blocks) {
  bool open = false;
  uint32_t paragraph_begin = begin;
  uint32_t paragraph_end = begin;
  for (uint32_t pos = begin; pos < end;) {
    const Line line = line_at(text, pos, end);
    const bool blank = trimmed(text, line.begin, line.end).empty();
    if (open && (blank || !blank_lines)) {
      add_block(blocks, trimmed(text, paragraph_begin, paragraph_end), BlockKind::kBody);
      open = false;
    }
    if (!blank) {
      if (!open) paragraph_begin = line.begin;
      open = true;
      paragraph_end = line.end;
    }
    pos = line.next;
  }
  if (open) add_block(blocks, trimmed(text, paragraph_begin, paragraph_end), BlockKind::kBody);
}

bool blank_line_paragraphs(std::string_view text, const std::vector<HeaderSpan>& headers) {
  size_t header = 0;
  bool blank_since_body = false;
  bool last_was_body = false;
  const auto size = static_cast<uint32_t>(text.size());
  for (uint32_t pos = 0; pos < size;) {
    const Line line = line_at(text, pos, size);
    pos = line.next;
    const Span content = trimmed(text, line.begin, line.end);
    if (content.empty()) {
      blank_since_body = last_was_body;
      continue;
    }
    while (header < headers.size() && headers[header].span.end <= content.begin) ++header;
    const bool is_header = header < headers.size() && headers[header].span.contains(content);
    if (!is_header && blank_since_body) return true;
    last_was_body = !is_header;
    blank_since_body = false;
  }
  return false;
}

}  // namespace

bool has_blank_line_paragraphs(std::string_view text, std::span<const HeaderSpan> headers) {
  return blank_line_paragraphs(text, usable_headers(text, headers));
}

std::vector<Block> find_blocks(std::string_view text, std::span<const HeaderSpan> headers) {
  const std::vector<HeaderSpan> usable = usable_headers(text, headers);
  const bool blank_lines = blank_line_paragraphs(text, usable);
  std::vector<Block> blocks;
  uint32_t pos = 0;
  for (const HeaderSpan& h : usable) {
    add_body(text, pos, h.span.begin, blank_lines, blocks);
    add_block(blocks, trimmed(text, h.span.begin, h.span.end), h.kind);
    pos = h.span.end;
  }
  add_body(text, pos, static_cast<uint32_t>(text.size()), blank_lines, blocks);
  return blocks;
}

}  // namespace dossier::text
