#include "events/words.h"

#include <array>

#include <unicode/uchar.h>

#include "events/closed_class.h"
#include "text/abbreviations.h"
#include "text/closed_class.h"
#include "text/fold.h"
#include "text/normalize.h"
#include "util/utf8.h"

namespace dossier::events {
namespace {

// Punctuation a word may carry on its edges: ASCII marks, and the UTF-8 quotes, dashes and
// guillemets news text uses. Returns the byte length of the mark at text[pos], 0 when none.
size_t mark_at(std::string_view text, size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    return std::string_view("\"'()[]{}<>,.;:!?`*").find(static_cast<char>(c)) != std::string_view::npos ? 1 : 0;
  }
  static constexpr std::array<std::string_view, 9> kMarks = {"\u2018", "\u2019", "\u201C", "\u201D", "\u2013",
                                                             "\u2014", "\u00AB", "\u00BB", "\u2026"};
  for (const std::string_view m : kMarks) {
    if (text.substr(pos).starts_with(m)) return m.size();
  }
  return 0;
}

// Length of the mark that ends text at `end`, 0 when none.
size_t mark_before(std::string_view text, size_t end) {
  for (size_t n = 1; n <= 3 && n <= end; ++n) {
    if (mark_at(text, end - n) == n) return n;
  }
  return 0;
}

bool is_letter_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

// A final period that belongs to a word of plain text: "U.S.", "Gen.", "J." (the segmenter's
// abbreviation table; in a document the tokenizer has decided, kTokAbbrev).
bool keeps_period(std::string_view core) {
  const std::string_view body = core.substr(0, core.size() - 1);
  if (body.empty()) return false;
  if (body.find('.') != std::string_view::npos) return true;
  if (body.size() == 1 && body[0] >= 'A' && body[0] <= 'Z') return true;
  return text::abbreviation_kind(body) != text::AbbreviationKind::kNone;
}

// The word layer's form of a piece of a token: matching form, case-folded.
std::string folded_form(std::string_view text) {
  std::string matching;
  if (!text::append_matching_form(text, matching)) return text::fold_case(text);
  return text::fold_case(matching);
}

uint16_t shape_flags(std::string_view text) {
  uint16_t flags = 0;
  size_t letters = 0, upper = 0, lower = 0, digits = 0;
  bool first_letter = true;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = util::decode_utf8(text, pos);
    if (u_isalpha(static_cast<UChar32>(cp))) {
      ++letters;
      const bool up = u_isupper(static_cast<UChar32>(cp));
      upper += up;
      lower += !up;
      if (first_letter && up) flags |= kWordCapital;
      first_letter = false;
    } else if (u_isdigit(static_cast<UChar32>(cp))) {
      ++digits;
    }
  }
  if (letters >= 2 && lower == 0) flags |= kWordAllCaps;
  if (letters == 0 && digits > 0) flags |= kWordNumber;
  if (letters == 0 && digits == 0) flags |= kWordPunct;
  (void)upper;
  return flags;
}

class Splitter {
 public:
  // document: the document whose word layer gives the forms and classes of whole tokens, or null.
  Splitter(std::string_view text, const Document* document, const VerbDictionary& dictionary,
           std::vector<Word>& out)
      : text_(text), document_(document), dict_(dictionary), out_(out) {}

  // Splits text_[begin, end) (one token) into words.
  void token(uint32_t begin, uint32_t end, uint32_t token_index) {
    token_ = token_index;
    token_span_ = {begin, end};
    std::vector<Word> tail;
    while (begin < end) {  // leading marks
      const size_t n = mark_at(text_, begin);
      if (n == 0) break;
      add(begin, begin + static_cast<uint32_t>(n), out_);
      begin += static_cast<uint32_t>(n);
    }
    while (end > begin) {  // trailing marks, innermost last
      const size_t n = mark_before(text_, end);
      if (n == 0) break;
      if (text_[end - 1] == '.' && n == 1 && keeps_period(begin, end)) break;
      add(end - static_cast<uint32_t>(n), end, tail);
      end -= static_cast<uint32_t>(n);
    }
    if (begin < end) core(begin, end);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) out_.push_back(std::move(*it));
  }

 private:
  // The token's final period is part of its word ("Gen.", "U.S.").
  bool keeps_period(uint32_t begin, uint32_t end) const {
    if (document_ != nullptr && begin == token_span_.begin && end == token_span_.end) {
      return document_->tokens[token_].has(kTokAbbrev);
    }
    return events::keeps_period(text_.substr(begin, end - begin));
  }

  // A word, with "n't", "'s" and a plural possessive "'" split off.
  void core(uint32_t begin, uint32_t end) {
    const std::string lower = folded_form(text_.substr(begin, end - begin));
    const auto split_at = [&](size_t suffix_bytes) {
      const auto cut = end - static_cast<uint32_t>(suffix_bytes);
      add(begin, cut, out_);
      add(cut, end, out_);
      out_.back().flags |= kWordClitic;
    };
    const std::string_view t = text_.substr(begin, end - begin);
    if (lower.size() > 3 && lower.ends_with("n't")) return split_at(t.ends_with("n\u2019t") ? 5 : 3);
    if (lower.size() > 2 && lower.ends_with("'s")) return split_at(t.ends_with("\u2019s") ? 4 : 2);
    if (lower.size() > 2 && lower.ends_with("s'")) return split_at(t.ends_with("\u2019") ? 3 : 1);
    add(begin, end, out_);
  }

  void add(uint32_t begin, uint32_t end, std::vector<Word>& into) {
    Word w;
    w.span = {begin, end};
    w.text = text_.substr(begin, end - begin);
    uint64_t layer = 0;
    if (document_ != nullptr && w.span.begin == token_span_.begin && w.span.end == token_span_.end) {
      w.lower = document_->token_fold(token_);
      layer = document_->tokens[token_].classes;
    } else {
      w.lower = folded_form(w.text);
      layer = text::ClosedClasses::builtin().of(w.lower);
    }
    w.flags = shape_flags(w.text);
    if (w.lower == "\"" || w.lower == "'" || w.lower == "``" || w.lower == "''") w.flags |= kWordQuote;
    if (w.lower == "." || w.lower == ";" || w.lower == ":" || w.lower == "!" || w.lower == "?" || w.lower == "--" ||
        w.lower == "-") {
      w.flags |= kWordBoundary;
    }
    w.token = token_;
    w.id = dict_.word_id(w.lower);
    w.cls = project_classes(layer);
    w.stem = singular(w.lower);
    into.push_back(std::move(w));
  }

  // The regular singular of a plural-looking word, if the dictionary knows it.
  uint32_t singular(const std::string& w) const {
    if (w.size() < 3 || w.back() != 's' || !is_letter_byte(static_cast<unsigned char>(w[w.size() - 2]))) {
      return kNoWord;
    }
    if (w.ends_with("ies")) {
      if (const uint32_t id = dict_.word_id(w.substr(0, w.size() - 3) + "y"); id != kNoWord) return id;
    }
    if (w.ends_with("es")) {
      if (const uint32_t id = dict_.word_id(std::string_view(w).substr(0, w.size() - 2)); id != kNoWord) return id;
    }
    return dict_.word_id(std::string_view(w).substr(0, w.size() - 1));
  }

  std::string_view text_;
  const Document* document_;
  const VerbDictionary& dict_;
  std::vector<Word>& out_;
  uint32_t token_ = 0;
  Span token_span_;
};

}  // namespace

std::vector<Word> sentence_words(const Document& document, uint32_t first_token, uint32_t end_token,
                                 const VerbDictionary& dictionary) {
  std::vector<Word> words;
  words.reserve(static_cast<size_t>(end_token - first_token) + 4);
  Splitter splitter(document.text, &document, dictionary, words);
  for (uint32_t t = first_token; t < end_token && t < document.tokens.size(); ++t) {
    splitter.token(document.tokens[t].span.begin, document.tokens[t].span.end, t);
  }
  if (!words.empty()) words.front().flags |= kWordFirst;
  return words;
}

std::vector<Word> text_words(std::string_view text, const VerbDictionary& dictionary) {
  std::vector<Word> words;
  Splitter splitter(text, nullptr, dictionary, words);
  size_t i = 0;
  uint32_t token = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    const size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    if (i > b) splitter.token(static_cast<uint32_t>(b), static_cast<uint32_t>(i), token++);
  }
  if (!words.empty()) words.front().flags |= kWordFirst;
  return words;
}

}  // namespace dossier::events
