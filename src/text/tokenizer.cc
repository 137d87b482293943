#include "text/tokenizer.h"

#include "text/abbreviations.h"
#include "text/chars.h"
#include "text/normalize.h"
#include "text/token_patterns.h"

namespace dossier::text {
namespace {

// What the scanner learned about the token it delimited.
struct Surface {
  bool letter = false;
  bool digit = false;
  bool upper = false;
  bool lower = false;
  bool first_letter_seen = false;
  bool upper_initial = false;
  bool hyphenated = false;
  bool abbrev = false;
  bool url = false;
  bool quote = false;
  bool open = false;
  bool close = false;

  void note(CharKind kind) {
    switch (kind) {
      case CharKind::kUpper:
        upper = true;
        upper_initial |= !first_letter_seen;
        break;
      case CharKind::kLower:
        lower = true;
        break;
      case CharKind::kLetter: case CharKind::kIdeograph:
        break;
      case CharKind::kDigit: case CharKind::kNumber:
        digit = true;
        return;
      default:
        return;
    }
    letter = true;
    first_letter_seen = true;
  }
};

enum class Join : uint8_t {
  kNo,              // the word ends before the connector
  kYes,             // the connector is inside the word
  kLast,            // the connector ends the word ("pre-" in "pre- and post-war", "C$")
  kBeforePrevious,  // the word ends before the character preceding the connector ("do|n't")
};

class Scanner {
 public:
  Scanner(std::string_view text, Span range, std::vector<Token>& tokens,
          std::vector<std::string>& norms)
      : text_(text), begin_(range.begin), end_(range.end), range_{text, range.begin, range.end},
        tokens_(tokens), norms_(norms) {}

  void run() {
    start_context();
    uint32_t pos = begin_;
    while (pos < end_) {
      const CodePoint cp = at(pos);
      const CharKind kind = char_kind(cp.value);
      if (kind == CharKind::kSpace || kind == CharKind::kNewline) {
        space_before_ = true;
        line_start_ |= kind == CharKind::kNewline;
        pos += cp.length;
        continue;
      }
      Surface surface;
      uint32_t end = is_word_kind(kind) ? scan_word(pos, surface) : scan_punct(pos, cp, kind, surface);
      if (end <= pos) end = pos + cp.length;
      emit(pos, end, surface);
      space_before_ = false;
      line_start_ = false;
      pos = end;
    }
  }

 private:
  CodePoint at(uint32_t pos) const { return range_.at(pos); }
  CharKind kind_at(uint32_t pos) const { return range_.kind_at(pos); }
  char byte_at(uint32_t pos) const { return range_.byte_at(pos); }

  // Whether the range starts after white space and at the start of a line.
  void start_context() {
    space_before_ = begin_ > 0 && is_space_kind(char_kind(code_point_before(text_, begin_).value));
    uint32_t pos = begin_;
    line_start_ = true;
    while (pos > 0) {
      const CodePoint cp = code_point_before(text_, pos);
      const CharKind kind = char_kind(cp.value);
      if (kind == CharKind::kNewline) break;
      if (kind != CharKind::kSpace) {
        line_start_ = false;
        break;
      }
      pos -= cp.length;
    }
  }

  void note_range(uint32_t start, uint32_t end, Surface& surface) const {
    for (uint32_t pos = start; pos < end;) {
      const CodePoint cp = at(pos);
      surface.note(char_kind(cp.value));
      pos += cp.length;
    }
  }

  // Letters, digits, marks and connectors; see joins() for what holds a word together.
  uint32_t scan_word(uint32_t start, Surface& surface) {
    if (const uint32_t end = match_url(range_, start); end > start) {
      surface.url = true;
      note_range(start, end, surface);
      return end;
    }
    if (const uint32_t end = match_nt(range_, start); end > start) {
      note_range(start, end, surface);
      return end;
    }
    uint32_t pos = start;
    uint32_t previous_pos = start;
    CharKind previous = CharKind::kSpace;
    while (pos < end_) {
      if (surface.first_letter_seen) pos = skip_ascii_alnum(pos, previous_pos, previous, surface);
      if (pos >= end_) break;
      const CodePoint cp = at(pos);
      const CharKind kind = char_kind(cp.value);
      if (kind == CharKind::kIdeograph) {
        if (pos != start) break;
        surface.note(kind);
        pos = range_.skip_marks(pos + cp.length);
        return pos;
      }
      if (is_word_kind(kind)) {
        surface.note(kind);
        previous = kind;
        previous_pos = pos;
        pos += cp.length;
        continue;
      }
      const uint32_t next = pos + cp.length;
      Join join = joins(cp.value, kind, previous, pos, surface);
      if (join == Join::kBeforePrevious && previous_pos == start) join = Join::kYes;
      if (join == Join::kBeforePrevious) return previous_pos;
      if (join == Join::kLast) return next;
      if (join == Join::kNo) {
        if (cp.value != '.') return pos;
        const uint32_t after = take_period(start, pos, surface);
        if (after == pos || !continues_after_period(after)) return after;
        surface.abbrev = false;
        pos = after;
        continue;
      }
      surface.hyphenated |= kind == CharKind::kHyphen || kind == CharKind::kDash;
      surface.url |= cp.value == '@';
      previous = kind;
      previous_pos = pos;
      pos = next;
    }
    return pos;
  }

  // The fast path of scan_word: a run of ASCII letters and digits once the first letter is
  // known, noting only which kinds occurred.
  uint32_t skip_ascii_alnum(uint32_t pos, uint32_t& previous_pos, CharKind& previous,
                            Surface& surface) const {
    const uint32_t start = pos;
    uint32_t seen = 0;
    while (pos < end_) {
      const auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte >= 0x80) break;
      const CharKind kind = detail::kAscii.kinds[byte];
      if (!is_letter_kind(kind) && kind != CharKind::kDigit) break;
      seen |= detail::bit(kind);
      ++pos;
    }
    if (pos == start) return pos;
    surface.lower |= (seen & detail::bit(CharKind::kLower)) != 0;
    surface.upper |= (seen & detail::bit(CharKind::kUpper)) != 0;
    surface.digit |= (seen & detail::bit(CharKind::kDigit)) != 0;
    surface.letter |= (seen & (detail::bit(CharKind::kLower) | detail::bit(CharKind::kUpper))) != 0;
    previous_pos = pos - 1;
    previous = detail::kAscii.kinds[static_cast<unsigned char>(text_[pos - 1])];
    return pos;
  }

  // Whether the connector at a position (code point c of kind) holds the word together.
  Join joins(char32_t c, CharKind kind, CharKind previous, uint32_t pos,
             const Surface& surface) const {
    const uint32_t next = pos + at(pos).length;
    const CharKind next_kind = kind_at(next);
    const bool next_alnum = is_alnum_kind(next_kind);
    const bool previous_alnum = is_alnum_kind(previous);
    if (kind == CharKind::kHyphen || c == 0x2013) {
      // An unspaced en dash joins ranges and compounds ("1990–95"), like a hyphen.
      if (next_alnum && previous_alnum) return Join::kYes;
      const bool suspended =
          previous_alnum && kind == CharKind::kHyphen && suspended_hyphen(range_, next);
      return suspended ? Join::kLast : Join::kNo;
    }
    switch (c) {
      case '$':
        return currency_prefix(range_, pos) ? Join::kLast : Join::kNo;
      case '.':
        if (!next_alnum) return Join::kNo;
        // "end.The": a lower-case word run into a capitalised one is a missing space.
        if (previous == CharKind::kLower && next_kind == CharKind::kUpper &&
            kind_at(next + at(next).length) == CharKind::kLower) {
          return Join::kNo;
        }
        return Join::kYes;
      case ',': case ':':
        return is_digit_kind(previous) && is_digit_kind(next_kind) ? Join::kYes : Join::kNo;
      case '/':
        return previous_alnum && next_alnum ? Join::kYes : Join::kNo;
      case '&':
        return previous == CharKind::kUpper && next_kind == CharKind::kUpper ? Join::kYes : Join::kNo;
      case '_':
        return is_word_kind(next_kind) ? Join::kYes : Join::kNo;
      case '@':
        return next_alnum && (surface.letter || surface.digit) ? Join::kYes : Join::kNo;
      default:
        break;
    }
    if (!is_apostrophe(c) || !is_letter_kind(next_kind)) return Join::kNo;
    const std::string_view letters = range_.ascii_letters(next, 3);
    if (letters.size() <= 2 && !is_word_kind(kind_at(next + static_cast<uint32_t>(letters.size())))) {
      if (is_clitic(letters)) return Join::kNo;
      if (letters.size() == 1 && fold_byte(letters[0]) == U't' && previous_alnum &&
          fold_byte(text_[pos - 1]) == U'n') {
        return Join::kBeforePrevious;
      }
    }
    return Join::kYes;  // O'Brien, rock'n'roll, l'Homme
  }

  // After a period: decides whether it belongs to the word (abbreviation, initial, initialism,
  // list number); returns the end of the word.
  uint32_t take_period(uint32_t start, uint32_t pos, Surface& surface) const {
    if (surface.url || byte_at(pos + 1) == '.') return pos;
    const std::string_view word = text_.substr(start, pos - start);
    bool take = is_initialism(word) || is_single_upper(start, pos);
    if (!take) {
      switch (abbreviation_kind(word)) {
        case AbbreviationKind::kTitle: case AbbreviationKind::kOther:
          take = true;
          break;
        case AbbreviationKind::kBeforeNumber:
          take = digit_follows(range_, pos + 1);
          break;
        case AbbreviationKind::kNone:
          take = is_list_number(word, pos + 1);
          break;
      }
    }
    if (!take) return pos;
    surface.abbrev = true;
    return pos + 1;
  }

  // "U.S.-led": a hyphenated word goes on after an abbreviation's period.
  bool continues_after_period(uint32_t pos) const {
    return kind_at(pos) == CharKind::kHyphen && is_alnum_kind(kind_at(pos + at(pos).length));
  }

  bool is_single_upper(uint32_t start, uint32_t end) const {
    const CodePoint cp = at(start);
    return start + cp.length == end && char_kind(cp.value) == CharKind::kUpper;
  }

  // "1." opening a line of a numbered list.
  bool is_list_number(std::string_view word, uint32_t after) const {
    if (!line_start_ || word.size() > 3 || !is_space_kind(kind_at(after)) || after >= end_) return false;
    for (const char c : word) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  uint32_t scan_punct(uint32_t start, CodePoint cp, CharKind kind, Surface& surface) {
    const char32_t c = cp.value;
    const uint32_t next = start + cp.length;
    if (is_apostrophe(c) || c == 0x2018) {
      if (const uint32_t end = match_clitic(range_, start, next); end > start) {
        note_range(start, end, surface);
        return end;
      }
      if (const uint32_t end = match_decade(range_, start, next); end > start) {
        note_range(start, end, surface);
        return end;
      }
    }
    if (c == '`' && byte_at(next) == '`') {
      surface.quote = true;
      surface.open = true;
      note_quote(true, true);
      return next + 1;
    }
    if (c == '\'' && byte_at(next) == '\'') {
      // '' closes `` quotes, but some papers open quotes with it too: direction from context.
      set_quote_direction(start, next + 1, '"', CharKind::kQuote, surface);
      return next + 1;
    }
    if (is_quote_kind(kind)) {
      set_quote_direction(start, next, c, kind, surface);
      return next;
    }
    switch (c) {
      case '+':  // "+44", "+0.300": a sign belongs to its number
        if (byte_at(next) >= '0' && byte_at(next) <= '9' && !range_.word_before(start)) {
          return scan_word(next, surface);
        }
        return symbol_cluster_end(range_, next);
      case '.':
        if (is_digit_kind(kind_at(next)) && !range_.word_before(start)) return scan_word(next, surface);
        return run_of(start, [](char32_t x) { return x == '.'; });
      case '?': case '!':
        return run_of(start, [](char32_t x) { return x == '?' || x == '!'; });
      case '@': case '#':
        if (is_word_kind(kind_at(next)) || byte_at(next) == '_') {
          surface.url = true;
          uint32_t pos = next;
          while (pos < end_ && (is_word_kind(kind_at(pos)) || text_[pos] == '_')) {
            const CodePoint x = at(pos);
            surface.note(char_kind(x.value));
            pos += x.length;
          }
          return pos;
        }
        return next;
      default:
        break;
    }
    if (kind == CharKind::kOpen) surface.open = true;
    if (kind == CharKind::kClose) surface.close = true;
    if (kind == CharKind::kHyphen || kind == CharKind::kDash) {
      return run_of(start, [c](char32_t x) { return x == c; });
    }
    if (kind == CharKind::kSymbol) return symbol_cluster_end(range_, next);
    return range_.skip_marks(next);
  }

  template <typename Pred>
  uint32_t run_of(uint32_t start, Pred same) const {
    uint32_t pos = start;
    while (pos < end_) {
      const CodePoint cp = at(pos);
      if (!same(cp.value)) break;
      pos += cp.length;
    }
    return pos;
  }

  // Straight quotes open after white space or an opening bracket and close before white space
  // or punctuation; when both or neither hold, a double quote alternates with the last one seen.
  void set_quote_direction(uint32_t start, uint32_t end, char32_t c, CharKind kind,
                           Surface& surface) {
    surface.quote = true;
    const bool is_double = c == '"' || c == 0xFF02 || c == 0x201C || c == 0x201D || c == 0x201E ||
                           c == 0x201F || c == 0x00AB || c == 0x00BB;
    if (kind == CharKind::kOpenQuote) {
      surface.open = true;
    } else if (kind == CharKind::kCloseQuote) {
      surface.close = true;
    } else {
      const CharKind before =
          start > begin_ ? char_kind(code_point_before(text_, start).value) : CharKind::kSpace;
      const CharKind after = kind_at(end);
      const bool opens_left = is_space_kind(before) || before == CharKind::kOpen ||
                              before == CharKind::kOpenQuote || before == CharKind::kDash ||
                              before == CharKind::kHyphen;
      const bool closes_right = is_space_kind(after) || after == CharKind::kClose ||
                                after == CharKind::kCloseQuote || after == CharKind::kPunct;
      if (opens_left && !closes_right) {
        surface.open = true;
      } else if (!opens_left && closes_right) {
        surface.close = true;
      } else if (is_double) {
        surface.open = !double_open_;
        surface.close = double_open_;
      }
    }
    if (is_double) note_quote(true, surface.open);
  }

  void note_quote(bool is_double, bool opens) {
    if (is_double) double_open_ = opens;
  }

  bool needs_form(uint32_t start, uint32_t end) const {
    for (uint32_t pos = start; pos < end; ++pos) {
      const auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte >= 0x80 || byte == '`' || (byte == '\'' && pos + 1 < end && text_[pos + 1] == '\'')) {
        return true;
      }
    }
    return false;
  }

  void emit(uint32_t start, uint32_t end, const Surface& s) {
    Token token;
    token.span = {start, end};
    uint32_t flags = s.letter ? kTokWord : (s.digit ? kTokNumber : kTokPunct);
    if (s.upper_initial) flags |= kTokUpperInitial;
    if (s.upper && !s.lower) flags |= kTokAllUpper;
    if (space_before_) flags |= kTokSpaceBefore;
    if (line_start_) flags |= kTokLineStart;
    if (s.quote) flags |= kTokQuote;
    if (s.hyphenated) flags |= kTokHyphenated;
    if (s.abbrev) flags |= kTokAbbrev;
    if (s.open) flags |= kTokOpen;
    if (s.close) flags |= kTokClose;
    if (s.url) flags |= kTokUrl;
    token.flags = static_cast<uint16_t>(flags);
    if (needs_form(start, end)) {
      scratch_.clear();
      if (append_matching_form(text_.substr(start, end - start), scratch_)) {
        token.norm = static_cast<uint32_t>(norms_.size());
        norms_.push_back(scratch_);
      }
    }
    tokens_.push_back(token);
  }

  std::string_view text_;
  uint32_t begin_;
  uint32_t end_;
  TextRange range_;
  std::vector<Token>& tokens_;
  std::vector<std::string>& norms_;
  std::string scratch_;
  bool space_before_ = false;
  bool line_start_ = false;
  bool double_open_ = false;
};

}  // namespace

void tokenize(std::string_view text, Span range, std::vector<Token>& tokens,
              std::vector<std::string>& norms) {
  Scanner scanner(text, range, tokens, norms);
  scanner.run();
}

}  // namespace dossier::text
