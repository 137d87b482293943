#include "text/segmenter.h"

#include <algorithm>
#include <cstring>

#include "text/abbreviations.h"
#include "text/chars.h"

namespace dossier::text {
namespace {

// What a token can do at the end of a sentence.
enum class Terminal : uint8_t {
  kNone,
  kStop,          // . ? ! and their runs, and the full stops of other scripts
  kEllipsis,      // ... or …: ends a sentence only before a capital
  kAbbreviation,  // a word with its period: ends a sentence only on further evidence
};

// How an abbreviation's period behaves before a capitalised word.
enum class AbbrevRole : uint8_t {
  kNeverEnds,  // titles, "No." before a number, list numbers
  kMayEnd,     // initials, initialisms and other abbreviations: ends before a sentence starter
};

bool is_stop_char(char32_t c) {
  switch (c) {
    case '?': case '!': case 0x3002: case 0xFF01: case 0xFF1F: case 0x203C: case 0x2047:
    case 0x2048: case 0x2049: case 0x061F: case 0x06D4: case 0x0964: case 0xFF61:
      return true;
    default:
      return false;
  }
}

bool is_bullet(char32_t c) {
  switch (c) {
    case '*': case '-': case 0x2022: case 0x25E6: case 0x25AA: case 0x2023: case 0x25CF:
    case 0x25A0: case 0x25A1: case 0x2043: case 0x00B7: case 0x2013: case 0x2014: case 0x25BA:
    case 0x2219:
      return true;
    default:
      return false;
  }
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

class Segmenter {
 public:
  Segmenter(std::string_view text, std::vector<Token>& tokens, std::vector<std::string>& norms,
            uint32_t first, uint32_t block, std::vector<Sentence>& sentences)
      : text_(text), tokens_(tokens), norms_(norms), first_(first),
        last_(static_cast<uint32_t>(tokens.size())), block_(block), sentences_(sentences),
        first_sentence_(sentences.size()), start_(first) {}

  void run() {
    for (uint32_t i = first_; i < last_; ++i) {
      if (i > start_ && tokens_[i].has(kTokLineStart) && line_break_ends_sentence(i)) close(i);
      if (i + 1 - start_ >= kMaxSentenceTokens) {
        close(i + 1);
        continue;
      }
      const Terminal terminal = terminal_of(i);
      if (terminal == Terminal::kNone) continue;
      uint32_t next = i + 1;
      while (next < last_ && tokens_[next].has(kTokClose)) ++next;
      const bool ends = next == last_ || ends_before(i, next, terminal);
      if (ends && terminal == Terminal::kAbbreviation && !is_list_number(i) &&
          text_[tokens_[i].span.end - 1] == '.') {
        splits_.push_back(i);
      }
      if (next == last_) break;
      if (ends) {
        close(next);
        i = next - 1;
      }
    }
    if (start_ < last_) close(last_);
    if (!splits_.empty()) apply_splits();
  }

 private:
  std::string_view slice(uint32_t token) const { return tokens_[token].span.of(text_); }

  CharKind lead_kind(uint32_t token) const {
    return char_kind(code_point_at(text_, tokens_[token].span.begin).value);
  }

  void close(uint32_t end) {
    Sentence sentence;
    sentence.span = {tokens_[start_].span.begin, tokens_[end - 1].span.end};
    sentence.first_token = start_;
    sentence.token_count = end - start_;
    sentence.block = block_;
    tokens_[start_].flags |= kTokSentenceStart;
    sentences_.push_back(sentence);
    start_ = end;
  }

  Terminal terminal_of(uint32_t token) const {
    const Token& t = tokens_[token];
    if (t.has(kTokAbbrev)) return Terminal::kAbbreviation;
    if (!t.has(kTokPunct) || t.has(kTokQuote)) return Terminal::kNone;
    const std::string_view s = slice(token);
    uint32_t dots = 0;
    bool stop = false;
    for (uint32_t pos = 0; pos < s.size();) {
      const CodePoint cp = code_point_at(s, pos);
      if (cp.value == '.') {
        ++dots;
      } else if (cp.value == 0x2026) {
        dots += 3;
      } else if (is_stop_char(cp.value)) {
        stop = true;
      } else {
        return Terminal::kNone;
      }
      pos += cp.length;
    }
    if (stop || dots <= 2) return Terminal::kStop;
    return Terminal::kEllipsis;
  }

  bool is_list_number(uint32_t token) const {
    const std::string_view s = slice(token);
    return std::all_of(s.begin(), s.end() - 1, is_ascii_digit);
  }

  // Makes the final period of each abbreviation token in splits_ a token of its own, in one
  // pass over the block (inserting one at a time would be quadratic on a long block), and
  // moves the block's sentences over the inserted tokens.
  void apply_splits() {
    std::vector<Token> tail(tokens_.begin() + first_, tokens_.end());
    tokens_.resize(first_);
    tokens_.reserve(first_ + tail.size() + splits_.size());
    size_t next_split = 0;
    std::vector<uint32_t> shift(tail.size() + 1, 0);  // splits before each old index
    for (uint32_t i = 0; i < tail.size(); ++i) {
      shift[i] = static_cast<uint32_t>(next_split);
      Token word = tail[i];
      const bool split = next_split < splits_.size() && splits_[next_split] == first_ + i;
      if (!split) {
        tokens_.push_back(word);
        continue;
      }
      ++next_split;
      Token period;
      period.span = {word.span.end - 1, word.span.end};
      period.flags = kTokPunct;
      word.span.end -= 1;
      word.flags &= static_cast<uint16_t>(~kTokAbbrev);
      if (word.norm != Token::kNoNorm && !norms_[word.norm].empty() && norms_[word.norm].back() == '.') {
        norms_[word.norm].pop_back();
      }
      tokens_.push_back(word);
      tokens_.push_back(period);
    }
    shift[tail.size()] = static_cast<uint32_t>(next_split);
    for (size_t s = first_sentence_; s < sentences_.size(); ++s) {
      Sentence& sentence = sentences_[s];
      const uint32_t begin = sentence.first_token - first_;
      const uint32_t end = begin + sentence.token_count;
      sentence.first_token += shift[begin];
      sentence.token_count += shift[end] - shift[begin];
    }
  }

  AbbrevRole abbreviation_role(uint32_t token) const {
    if (is_list_number(token)) return AbbrevRole::kNeverEnds;
    const std::string_view s = slice(token);
    const std::string_view word = s.substr(0, s.size() - 1);
    switch (abbreviation_kind(word)) {
      case AbbreviationKind::kTitle: case AbbreviationKind::kBeforeNumber:
        return AbbrevRole::kNeverEnds;
      default:
        return AbbrevRole::kMayEnd;
    }
  }

  // Whether a sentence ends after the terminal token, given the first token after it and its
  // closing quotes or brackets.
  bool ends_before(uint32_t terminal_token, uint32_t next, Terminal terminal) const {
    const Token& following = tokens_[next];
    if (following.has(kTokPunct) && !following.has(kTokOpen) && !is_list_marker(next)) {
      // "?," "!)" continue the sentence; a spaced dash after a full stop opens a sign-off
      // ("... the company said. -- Reuters newsroom").
      return terminal == Terminal::kStop && is_spaced_dash(next);
    }
    uint32_t word = next;
    while (word + 1 < last_ && tokens_[word].has(kTokOpen)) ++word;
    const CharKind lead = lead_kind(word);
    if (lead == CharKind::kLower) return false;
    const bool capital = lead == CharKind::kUpper;
    switch (terminal) {
      case Terminal::kStop:
        return true;
      case Terminal::kEllipsis:
        return capital;
      case Terminal::kAbbreviation:
        break;
      case Terminal::kNone:
        return false;
    }
    bool closed = false;  // 'the U.S."' ends a quoted sentence; '(U.S.)' need not
    for (uint32_t t = terminal_token + 1; t < next; ++t) closed |= tokens_[t].has(kTokQuote);
    if (abbreviation_role(terminal_token) == AbbrevRole::kNeverEnds) return closed && capital;
    if (closed) return capital || is_digit_kind(lead);
    if (is_list_marker(next)) return true;
    const std::string_view word_text = slice(word);
    return capital && tokens_[word].has(kTokWord) && is_sentence_starter(word_text);
  }

  bool is_spaced_dash(uint32_t token) const {
    const Token& t = tokens_[token];
    if (!t.has(kTokSpaceBefore)) return false;
    const CharKind kind = lead_kind(token);
    return kind == CharKind::kDash || (kind == CharKind::kHyphen && t.span.size() >= 2);
  }

  // A bullet or list number opening a line.
  bool is_list_marker(uint32_t token) const {
    const Token& t = tokens_[token];
    if (!t.has(kTokLineStart)) return false;
    const std::string_view s = slice(token);
    const CodePoint cp = code_point_at(s, 0);
    if (cp.length == s.size() && is_bullet(cp.value)) return true;
    if (t.has(kTokAbbrev) && s.size() >= 2 &&
        std::all_of(s.begin(), s.end() - 1, is_ascii_digit)) {
      return true;
    }
    // "1)" or "a)" opening a line.
    return token + 1 < last_ && s.size() <= 2 && slice(token + 1) == ")" &&
           !tokens_[token + 1].has(kTokSpaceBefore);
  }

  // A line break inside a paragraph ends a sentence before a list item, and after a line much
  // shorter than the paragraph's longest (a title, an address line, a list without markers);
  // the line breaks of hard-wrapped prose come after lines of about the longest length.
  bool line_break_ends_sentence(uint32_t token) {
    if (is_list_marker(token)) return true;
    const CharKind lead = lead_kind(token);
    if (lead != CharKind::kUpper && lead != CharKind::kDigit && !tokens_[token].has(kTokOpen)) {
      return false;
    }
    const uint32_t line_end = tokens_[token - 1].span.end;
    const uint32_t line_begin = line_start_before(line_end);
    return (line_end - line_begin) * 10 < longest_line() * 6;
  }

  uint32_t line_start_before(uint32_t pos) const {
    const uint32_t floor = tokens_[first_].span.begin;
    while (pos > floor && text_[pos - 1] != '\n') --pos;
    return pos;
  }

  uint32_t longest_line() {
    if (longest_line_ != 0) return longest_line_;
    const uint32_t begin = tokens_[first_].span.begin;
    const uint32_t end = tokens_[last_ - 1].span.end;
    uint32_t line_begin = begin;
    while (line_begin < end) {
      const void* found = std::memchr(text_.data() + line_begin, '\n', end - line_begin);
      const uint32_t line_end =
          found == nullptr ? end : static_cast<uint32_t>(static_cast<const char*>(found) - text_.data());
      longest_line_ = std::max(longest_line_, line_end - line_begin);
      line_begin = line_end + 1;
    }
    return longest_line_;
  }

  std::string_view text_;
  std::vector<Token>& tokens_;
  std::vector<std::string>& norms_;
  uint32_t first_;
  uint32_t last_;
  uint32_t block_;
  std::vector<Sentence>& sentences_;
  size_t first_sentence_;
  std::vector<uint32_t> splits_;  // abbreviation tokens whose period ends a sentence, in order
  uint32_t start_;
  uint32_t longest_line_ = 0;
};

}  // namespace

void split_sentences(std::string_view text, std::vector<Token>& tokens,
                     std::vector<std::string>& norms, uint32_t first, uint32_t block,
                     std::vector<Sentence>& sentences) {
  if (first >= tokens.size()) return;
  Segmenter segmenter(text, tokens, norms, first, block, sentences);
  segmenter.run();
}

}  // namespace dossier::text
