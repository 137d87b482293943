#include "quotes/quote_marks.h"

#include <unicode/uchar.h>

#include "util/utf8.h"

namespace dossier::quotes {
namespace {

// Double marks (“ ” „ " '' `` « ») nest single ones (‘ ’ ‚ ' ` ‹ ›) and the other way round.
enum class Family : uint8_t { kDouble, kSingle };
// kEither: a straight mark whose neighbours do not tell; the open quotes decide.
// kMaybeClose: a single right mark that is an apostrophe unless a single quote is open.
enum class Role : uint8_t { kOpen, kClose, kEither, kMaybeClose };

struct Mark {
  Span span;
  Family family;
  Role role;
};

struct Around {
  char32_t prev;  // 0 at the paragraph's start
  char32_t next;  // 0 at its end
};

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_quote_char(char32_t c) {
  switch (c) {
    case '"': case '\'': case '`': case 0x2018: case 0x2019: case 0x201A: case 0x201C:
    case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
      return true;
    default:
      return false;
  }
}

bool is_alnum(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return u_isalnum(static_cast<UChar32>(c)) != 0;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Punctuation that may stand before an opening mark or after a closing one.
bool opens_context(char32_t c) {
  return c == 0 || is_space(c) || is_quote_char(c) || c == '(' || c == '[' || c == '{' ||
         c == '<' || c == '/' || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015;
}
bool closes_context(char32_t c) {
  return c == 0 || is_space(c) || is_quote_char(c) || c == '.' || c == ',' || c == ';' ||
         c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}' || c == '>' ||
         c == '/' || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2026;
}

// Left-flanking: may open. Right-flanking: may close.
bool left_flanking(Around a) { return opens_context(a.prev) && a.next != 0 && !is_space(a.next); }
bool right_flanking(Around a) { return a.prev != 0 && !is_space(a.prev) && closes_context(a.next); }

Role by_flanking(Around a, Role fallback) {
  const bool left = left_flanking(a);
  const bool right = right_flanking(a);
  if (left && !right) return Role::kOpen;
  if (right && !left) return Role::kClose;
  return fallback;
}

// A single straight or right mark: an apostrophe (nullopt-like kMaybeClose handled later),
// an opening mark, or a possible closing one.
bool single_right_mark(Around a, Role& role) {
  if (is_alnum(a.prev) && is_alnum(a.next)) return false;  // don't, Trump's
  if (right_flanking(a)) {
    role = Role::kMaybeClose;
    return true;
  }
  if (left_flanking(a) && is_alnum(a.next) && !is_digit(a.next)) {  // not '90s
    role = Role::kOpen;
    return true;
  }
  return false;
}

// Reads the quotation-mark tokens of one paragraph; the characters around each mark decide its
// role, so a mark is read the same whatever the tokenizer guessed about its direction.
class MarkScanner {
 public:
  MarkScanner(std::string_view text, const std::vector<Token>& tokens, const Paragraph& paragraph)
      : text_(text), tokens_(tokens), para_(paragraph.span), first_(paragraph.first_token),
        end_(paragraph.end_token) {}

  std::vector<Mark> scan() {
    size_t done = para_.begin;  // marks before this offset are read (a run spans several tokens)
    for (uint32_t t = first_; t < end_; ++t) {
      const Token& token = tokens_[t];
      if (!token.has(kTokQuote) || token.span.begin < done) continue;
      const size_t start = token.span.begin;
      size_t pos = start;
      const char32_t c = util::decode_utf8(text_, pos);
      if (!is_quote_char(c)) continue;
      if (c == '\'' || c == '`') {
        done = run(start, c, before(start));
        continue;
      }
      add(start, pos, c, Around{before(start), peek(pos)});
      done = pos;
    }
    return std::move(marks_);
  }

 private:
  // The code point before offset pos inside the paragraph, 0 at its start.
  char32_t before(size_t pos) const {
    if (pos <= para_.begin) return 0;
    size_t back = pos - 1;
    while (back > para_.begin && util::is_continuation(static_cast<unsigned char>(text_[back]))) {
      --back;
    }
    return util::decode_utf8(text_, back);
  }
  char32_t peek(size_t pos) const {
    if (pos >= para_.end) return 0;
    return util::decode_utf8(text_, pos);
  }
  void push(size_t begin, size_t end, Family family, Role role) {
    marks_.push_back(
        Mark{{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}, family, role});
  }

  void add(size_t begin, size_t end, char32_t c, Around a) {
    Role role = Role::kOpen;
    switch (c) {
      case 0x201C: push(begin, end, Family::kDouble, by_flanking(a, Role::kOpen)); return;
      case 0x201D: push(begin, end, Family::kDouble, by_flanking(a, Role::kClose)); return;
      case 0x201E: push(begin, end, Family::kDouble, Role::kOpen); return;
      case 0x00AB: push(begin, end, Family::kDouble, by_flanking(a, Role::kOpen)); return;
      case 0x00BB: push(begin, end, Family::kDouble, by_flanking(a, Role::kClose)); return;
      case '"': push(begin, end, Family::kDouble, by_flanking(a, Role::kEither)); return;
      case 0x201A: push(begin, end, Family::kSingle, Role::kOpen); return;
      case 0x2039: push(begin, end, Family::kSingle, by_flanking(a, Role::kOpen)); return;
      case 0x203A: push(begin, end, Family::kSingle, by_flanking(a, Role::kClose)); return;
      case 0x2018:
        if ((is_alnum(a.prev) && is_alnum(a.next)) || is_digit(a.next)) return;  // ‘90s, Trump‘s
        push(begin, end, Family::kSingle, Role::kOpen);
        return;
      default:  // U+2019 and the straight single mark
        if (single_right_mark(a, role)) push(begin, end, Family::kSingle, role);
        return;
    }
  }

  // A run of straight single marks or backticks: '' and `` are double marks (typewriter and
  // wire-service style), a third one a single mark inside them ('''  = ’” or “‘).
  size_t run(size_t start, char32_t c, char32_t prev) {
    size_t end = start;
    while (end < para_.end && static_cast<char32_t>(text_[end]) == c) ++end;
    const size_t length = end - start;
    const Around outer{prev, peek(end)};
    if (c == '`') {
      if (length >= 2) push(start, start + 2, Family::kDouble, Role::kOpen);
      if (length % 2 == 1) push(end - 1, end, Family::kSingle, Role::kOpen);
      return end;
    }
    if (length == 1) {
      add(start, end, c, outer);
      return end;
    }
    const bool closing = right_flanking(outer) && !left_flanking(outer);
    if (length == 3 && closing) {  // inner single closes first
      push(start, start + 1, Family::kSingle, Role::kMaybeClose);
      push(start + 1, end, Family::kDouble, Role::kClose);
    } else if (length == 3) {
      push(start, start + 2, Family::kDouble, Role::kOpen);
      push(start + 2, end, Family::kSingle, Role::kOpen);
    } else {
      const Role role = by_flanking(outer, Role::kEither);
      for (size_t at = start; at + 1 < end; at += 2) push(at, at + 2, Family::kDouble, role);
    }
    return end;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  Span para_;
  uint32_t first_, end_;
  std::vector<Mark> marks_;
};

// Pairs the marks of one paragraph and appends its top-level segments.
class Pairer {
 public:
  Pairer(Span paragraph, uint32_t block, std::vector<QuoteSegment>& out)
      : para_(paragraph), block_(block), out_(out) {}

  void feed(const Mark& mark) {
    switch (mark.role) {
      case Role::kOpen: open_.push_back(mark); return;
      case Role::kClose: close(mark); return;
      case Role::kEither:
        if (innermost(mark.family) >= 0) {
          close(mark);
        } else {
          open_.push_back(mark);
        }
        return;
      case Role::kMaybeClose:
        // Closes a single quote only when it is the innermost open quote: voters’ is possessive.
        if (!open_.empty() && open_.back().family == Family::kSingle) close(mark);
        return;
    }
  }

  // Leaves a double quote still open at the paragraph's end open to that end.
  void finish() {
    for (const Mark& mark : open_) {
      if (mark.family != Family::kDouble) continue;
      out_.push_back(QuoteSegment{{mark.span.begin, para_.end}, {mark.span.end, para_.end},
                                  block_, false, -1});
      break;
    }
  }

 private:
  int innermost(Family family) const {
    for (int i = static_cast<int>(open_.size()) - 1; i >= 0; --i) {
      if (open_[static_cast<size_t>(i)].family == family) return i;
    }
    return -1;
  }

  void close(const Mark& mark) {
    const int at = innermost(mark.family);
    if (at < 0) return;  // a stray closing mark
    const Mark opening = open_[static_cast<size_t>(at)];
    open_.resize(static_cast<size_t>(at));
    if (!open_.empty()) return;
    out_.push_back(QuoteSegment{{opening.span.begin, mark.span.end},
                                {opening.span.end, mark.span.begin}, block_, true, -1});
  }

  Span para_;
  uint32_t block_;
  std::vector<QuoteSegment>& out_;
  std::vector<Mark> open_;
};

// The first non-space byte of a paragraph.
uint32_t first_visible(std::string_view text, Span paragraph) {
  uint32_t pos = paragraph.begin;
  while (pos < paragraph.end && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos;
}

}  // namespace

std::vector<QuoteSegment> find_quote_segments(const Document& document,
                                              const std::vector<Paragraph>& paragraphs) {
  const std::string_view text = document.text;
  std::vector<QuoteSegment> segments;
  int32_t left_open = -1;  // a segment still open at the end of the previous paragraph
  for (uint32_t b = 0; b < paragraphs.size(); ++b) {
    const Span paragraph = paragraphs[b].span;
    const size_t first = segments.size();
    Pairer pairer(paragraph, b, segments);
    for (const Mark& mark : MarkScanner(text, document.tokens, paragraphs[b]).scan()) {
      pairer.feed(mark);
    }
    pairer.finish();
    if (left_open >= 0 && first < segments.size() &&
        segments[first].span.begin == first_visible(text, paragraph)) {
      segments[first].continues = left_open;
    }
    left_open = -1;
    if (!segments.empty() && segments.size() > first && !segments.back().closed) {
      left_open = static_cast<int32_t>(segments.size() - 1);
    }
  }
  return segments;
}

}  // namespace dossier::quotes

namespace dossier::quotes {

char32_t last_inner_char(std::string_view text, const QuoteSegment& segment) {
  size_t pos = segment.inner.end;
  while (pos > segment.inner.begin) {
    size_t start = pos - 1;
    while (start > segment.inner.begin && util::is_continuation(static_cast<unsigned char>(text[start]))) {
      --start;
    }
    size_t at = start;
    const char32_t c = util::decode_utf8(text, at);
    if (!is_space(c) && !is_quote_char(c)) return c;
    pos = start;
  }
  return 0;
}

}  // namespace dossier::quotes
