#include "quotes/units.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <initializer_list>
#include <unordered_map>

#include "quotes/cue_lexicon.h"
#include "util/utf8.h"

namespace dossier::quotes {
namespace {

using ClassTable = std::unordered_map<std::string_view, uint16_t>;

void add_class(ClassTable& table, uint16_t bits, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) table[word] |= bits;
}

// English grammar words; the quote finder reads clause structure from them in place of a parser.
ClassTable make_class_table() {
  ClassTable t;
  add_class(t, kDeterminer,
            {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
             "our", "my", "your", "some", "any", "many", "several", "few", "each", "every", "all",
             "both", "no", "another", "one", "two", "three", "four", "five", "six", "seven",
             "eight", "nine", "ten", "dozens", "hundreds", "thousands", "various", "numerous",
             "multiple", "other", "such", "most", "more"});
  add_class(t, kIndefinite,
            {"a", "an", "one", "another", "some", "several", "many", "two", "three", "four",
             "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
             "various", "numerous", "multiple", "other", "most"});
  add_class(t, kPronoun, {"he", "she", "they", "it", "we", "i", "you", "who"});
  add_class(t, kObjectPronoun, {"him", "her", "them", "me", "us", "it", "you"});
  add_class(t, kPreposition,
            {"of", "in", "on", "at", "for", "with", "by", "from", "to", "about", "into", "onto",
             "over", "after", "before", "during", "under", "between", "against", "among",
             "through", "without", "within", "across", "along", "around", "behind", "beyond",
             "near", "since", "until", "upon", "via", "per", "amid", "despite", "toward",
             "towards", "regarding", "like", "than"});
  add_class(t, kConjunction, {"and", "or", "but", "nor", "yet", "so", "&"});
  add_class(t, kSubordinator,
            {"that", "which", "who", "whom", "whose", "when", "while", "because", "although",
             "though", "if", "as", "since", "whether", "where", "whereas", "unless", "once",
             "what", "how", "why"});
  add_class(t, kAuxiliary,
            {"is", "was", "were", "be", "been", "being", "are", "am", "has", "have", "had",
             "having", "do", "does", "did", "will", "would", "can", "could", "should", "may",
             "might", "must", "shall", "'s", "'ve", "'d", "'ll", "'re", "'m"});
  add_class(t, kAdverb,
            {"also", "later", "then", "previously", "recently", "once", "again", "still",
             "already", "earlier", "further", "just", "even", "only", "now", "often", "first",
             "reportedly", "repeatedly", "privately", "publicly", "simply", "flatly", "last",
             "ultimately", "finally", "too", "however", "soon", "long", "ago", "instead"});
  add_class(t, kNegation, {"not", "never", "n't"});
  add_class(t, kTimeWord,
            {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week",
             "month", "year", "weekend", "day", "days", "weeks", "months", "years"});
  return t;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF;
}

bool is_alnum(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return u_isalnum(static_cast<UChar32>(c)) != 0;
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) != 0;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

char32_t at(std::string_view text, size_t pos, size_t end) {
  if (pos >= end) return 0;
  return util::decode_utf8(text, pos);
}

class Lexer {
 public:
  Lexer(std::string_view text, const std::vector<QuoteSegment>& segments,
        const CueLexicon& lexicon, Units& out)
      : text_(text), segments_(segments), lexicon_(lexicon), out_(out) {}

  void paragraph(Span para, uint32_t block) {
    end_ = para.end;
    size_t pos = para.begin;
    bool space = true;
    const size_t first = out_.units.size();
    while (pos < end_) {
      while (segment_ < segments_.size() && segments_[segment_].span.end <= pos) ++segment_;
      if (segment_ < segments_.size() && segments_[segment_].span.begin <= pos) {
        const QuoteSegment& seg = segments_[segment_];
        Unit unit;
        unit.span = seg.span;
        unit.kind = UnitKind::kQuote;
        unit.segment = static_cast<int32_t>(segment_);
        emit(unit, block, space);
        pos = seg.span.end;
        space = false;
        continue;
      }
      size_t next = pos;
      const char32_t c = util::decode_utf8(text_, next);
      if (is_space(c)) {
        pos = next;
        space = true;
        continue;
      }
      if (is_alnum(c)) {
        pos = word(pos, block, space);
      } else {
        pos = punct(pos, next, c, block, space);
      }
      space = false;
    }
    if (first < out_.units.size()) out_.units[first].flags |= kBlockStart;
  }

 private:
  void emit(Unit unit, uint32_t block, bool space) {
    unit.block = block;
    if (space) unit.flags |= kSpaceBefore;
    out_.units.push_back(unit);
  }

  // Letters and digits with inner apostrophes, hyphens and dots (don't, Jean-Luc, U.S.).
  size_t word(size_t begin, uint32_t block, bool space) {
    size_t pos = begin;
    bool inner_dot = false;
    size_t segment = 0, longest_segment = 0;  // letters between inner dots: U.S. vs site.com
    bool digits_only = true;
    bool all_upper = true;
    size_t letters = 0;
    while (pos < end_) {
      size_t next = pos;
      const char32_t c = util::decode_utf8(text_, next);
      if (is_alnum(c)) {
        if (!is_digit(c)) {
          digits_only = false;
          ++letters;
          if (!is_upper(c)) all_upper = false;
        }
        longest_segment = std::max(longest_segment, ++segment);
        pos = next;
        continue;
      }
      const bool joiner = c == '\'' || c == 0x2019 || c == '-' || c == '.' || c == '&' ||
                          (c == ',' && digits_only);
      if (!joiner || !is_alnum(at(text_, next, end_))) break;
      if (c == '.') inner_dot = true;
      segment = 0;  // letters of the last part: "Ill" of "D-Ill."
      pos = next;
    }
    // The plural possessive keeps its apostrophe: "dockworkers' leader".
    if (pos < end_ && (text_[pos - 1] == 's' || text_[pos - 1] == 'S') && !starts_segment(pos)) {
      size_t next = pos;
      const char32_t c = util::decode_utf8(text_, next);
      if ((c == '\'' || c == 0x2019) && !is_alnum(at(text_, next, end_))) pos = next;
    }
    const char32_t first = at(text_, begin, end_);
    // Keeps an abbreviation's dot (Mr., J., U.S.) so that it ends no sentence.
    if (pos < end_ && text_[pos] == '.' && !digits_only &&
        ((inner_dot && longest_segment <= 2) || (letters == 1 && is_upper(first)) ||
         (is_upper(first) && !all_upper && segment <= 3) || continues_after_dot(pos + 1))) {
      ++pos;
    }
    Unit unit;
    unit.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(pos)};
    unit.kind = digits_only ? UnitKind::kNumber : UnitKind::kWord;
    if (is_upper(first)) unit.flags |= kUpperInitial;
    if (all_upper && letters > 1) unit.flags |= kAllUpper;
    set_form(unit);
    emit(unit, block, space);
    return pos;
  }

  // A dot followed by a comma, a closing parenthesis or a lower-case word ends no sentence:
  // "(D-Calif.)", "Calif., said", "Sen. Smith et al. said".
  bool continues_after_dot(size_t pos) const {
    if (pos >= end_) return false;
    const char c = text_[pos];
    if (c == ',' || c == ')' || c == ';') return true;
    if (c != ' ' || pos + 1 >= end_) return false;
    const char next = text_[pos + 1];
    return next >= 'a' && next <= 'z';
  }

  bool starts_segment(size_t pos) const {
    for (size_t k = segment_; k < segments_.size() && segments_[k].span.begin <= pos; ++k) {
      if (segments_[k].span.begin == pos) return true;
    }
    return false;
  }

  size_t punct(size_t begin, size_t next, char32_t c, uint32_t block, bool space) {
    size_t pos = next;
    if (c == '.' || c == '-') {  // ... and --
      while (pos < end_ && static_cast<char32_t>(text_[pos]) == c) ++pos;
    }
    Unit unit;
    unit.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(pos)};
    unit.kind = UnitKind::kPunct;
    set_form(unit);
    emit(unit, block, space);
    return pos;
  }

  void set_form(Unit& unit) {
    unit.form = static_cast<uint32_t>(out_.forms.size());
    size_t pos = unit.span.begin;
    while (pos < unit.span.end) {
      const char32_t c = util::decode_utf8(text_, pos);
      if (c == 0x2019 || c == 0x2018) {
        out_.forms.push_back('\'');
      } else if (c < 0x80) {
        out_.forms.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      } else {
        util::append_utf8(out_.forms, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
      }
    }
    unit.form_size = static_cast<uint16_t>(
        std::min<size_t>(out_.forms.size() - unit.form, UINT16_MAX));
    if (unit.kind == UnitKind::kPunct) return;
    const std::string_view form = out_.form(unit);
    unit.classes = word_classes(form);
    if (form.size() > 4 && form.ends_with("ly")) unit.classes |= kAdverb;
    unit.cue = lexicon_.find(form);
  }

  std::string_view text_;
  const std::vector<QuoteSegment>& segments_;
  const CueLexicon& lexicon_;
  Units& out_;
  size_t segment_ = 0;
  size_t end_ = 0;
};

bool ends_sentence(const Units& units, size_t i) {
  const Unit& u = units.units[i];
  if (u.kind != UnitKind::kPunct) return false;
  const std::string_view f = units.form(u);
  return f == "." || f == "!" || f == "?" || f == "..." || f == "\xE2\x80\xA6";
}

bool opens_sentence(std::string_view text, const Unit& u) {
  if (u.kind == UnitKind::kQuote || u.kind == UnitKind::kNumber) return true;
  return u.has(kUpperInitial) || (u.kind == UnitKind::kPunct && (text[u.span.begin] == '(' ||
                                                                 text[u.span.begin] == '['));
}

// A quotation ending in a full stop, followed by a capital, ends its sentence ("... win.” The).
bool quote_ends_sentence(std::string_view text, const Unit& u) {
  if (u.kind != UnitKind::kQuote || u.span.size() < 3) return false;
  size_t pos = u.span.end;
  while (pos > u.span.begin) {
    --pos;
    const char c = text[pos];
    if (c == '.') return true;
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\'' || util::is_continuation(byte) || byte >= 0xC0) continue;
    return false;
  }
  return false;
}

void mark_sentences(std::string_view text, const std::vector<uint32_t>& starts, Units& units) {
  size_t next_start = 0;
  uint32_t sentence = 0;
  auto& list = units.units;
  for (size_t i = 0; i < list.size(); ++i) {
    Unit& u = list[i];
    bool start = u.has(kBlockStart);
    while (next_start < starts.size() && starts[next_start] <= u.span.begin) {
      start = true;
      ++next_start;
    }
    if (i > 0 && list[i - 1].block == u.block && opens_sentence(text, u) &&
        (ends_sentence(units, i - 1) || quote_ends_sentence(text, list[i - 1]))) {
      start = true;
    }
    if (start && i > 0) ++sentence;
    if (start) u.flags |= kSentenceStart;
    u.sentence = sentence;
  }
}

}  // namespace

uint16_t word_classes(std::string_view form) {
  static const ClassTable table = make_class_table();
  const auto it = table.find(form);
  return it == table.end() ? 0 : it->second;
}

bool Units::punct(size_t i, char c) const {
  if (i >= units.size()) return false;
  const Unit& u = units[i];
  return u.kind == UnitKind::kPunct && u.form_size == 1 && forms[u.form] == c;
}

std::vector<Span> line_paragraphs(std::string_view text) {
  std::vector<Span> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    size_t b = pos, e = end;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (b < e) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    pos = end + 1;
  }
  return out;
}

Units build_units(std::string_view text, const std::vector<Span>& paragraphs,
                  const std::vector<QuoteSegment>& segments,
                  const std::vector<uint32_t>& sentence_starts, const CueLexicon& lexicon) {
  Units units;
  units.units.reserve(text.size() / 5);
  units.forms.reserve(text.size());
  Lexer lexer(text, segments, lexicon, units);
  for (uint32_t b = 0; b < paragraphs.size(); ++b) lexer.paragraph(paragraphs[b], b);
  mark_sentences(text, sentence_starts, units);
  return units;
}

}  // namespace dossier::quotes
