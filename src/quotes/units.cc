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
             "month", "year", "weekend", "day", "days", "weeks", "months", "years", "january",
             "february", "march", "april", "june", "july", "august", "september", "october",
             "november", "december"});  // not "may", the auxiliary
  return t;
}

// Builds the units of one document, paragraph by paragraph.
class UnitBuilder {
 public:
  UnitBuilder(const Document& doc, const std::vector<QuoteSegment>& segments,
              const CueLexicon& lexicon, Units& out)
      : doc_(doc), segments_(segments), lexicon_(lexicon), out_(out) {}

  void paragraph(const Paragraph& para, uint32_t index) {
    paragraph_ = index;
    const size_t first = out_.units.size();
    for (uint32_t t = para.first_token; t < para.end_token; ++t) {
      const Token& token = doc_.tokens[t];
      while (segment_ < segments_.size() && segments_[segment_].span.end <= token.span.begin) {
        ++segment_;
      }
      if (segment_ < segments_.size() && segments_[segment_].span.begin < token.span.end) {
        if (quoted_ != segment_) quotation(token);
        continue;
      }
      word(t);
    }
    if (first < out_.units.size()) out_.units[first].flags |= kBlockStart | kSentenceStart;
  }

  void number_sentences() {
    uint32_t sentence = 0;
    for (size_t i = 0; i < out_.units.size(); ++i) {
      Unit& u = out_.units[i];
      if (i > 0 && u.has(kSentenceStart)) ++sentence;
      u.sentence = sentence;
    }
  }

 private:
  // The quotation the token opens: one unit; the sentence starts inside it are not the unit's.
  void quotation(const Token& token) {
    quoted_ = segment_;
    Unit unit;
    unit.span = segments_[segment_].span;
    unit.kind = UnitKind::kQuote;
    unit.segment = static_cast<int32_t>(segment_);
    emit(unit, token);
  }

  void word(uint32_t t) {
    const Token& token = doc_.tokens[t];
    Unit unit;
    unit.span = token.span;
    unit.kind = token.has(kTokWord)     ? UnitKind::kWord
                : token.has(kTokNumber) ? UnitKind::kNumber
                                        : UnitKind::kPunct;
    if (token.has(kTokUpperInitial)) unit.flags |= kUpperInitial;
    if (token.has(kTokAllUpper) && token.span.size() > 1) unit.flags |= kAllUpper;
    set_form(unit, doc_.token_form(t));
    if (is_possessive(unit, token)) {
      unit.kind = UnitKind::kWord;
      unit.classes = kPossessive;
    }
    emit(unit, token);
  }

  // "'s" or a lone "'" right after a noun (not "he's", "that's").
  bool is_possessive(const Unit& unit, const Token& token) const {
    if (token.has(kTokSpaceBefore) || out_.units.empty()) return false;
    const std::string_view f = out_.form(unit);
    if (f != "'s" && f != "'") return false;
    const Unit& prev = out_.units.back();
    return prev.kind == UnitKind::kWord && prev.span.end == token.span.begin &&
           !prev.is(kPronoun | kSubordinator | kDeterminer);
  }

  void emit(Unit unit, const Token& token) {
    unit.paragraph = paragraph_;
    if (token.has(kTokSpaceBefore)) unit.flags |= kSpaceBefore;
    if (token.has(kTokSentenceStart)) unit.flags |= kSentenceStart;
    out_.units.push_back(unit);
  }

  void set_form(Unit& unit, std::string_view surface) {
    unit.form = static_cast<uint32_t>(out_.forms.size());
    size_t pos = 0;
    while (pos < surface.size()) {
      const char32_t c = util::decode_utf8(surface, pos);
      if (c < 0x80) {
        out_.forms.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      } else if (c == 0x2019 || c == 0x2018) {
        out_.forms.push_back('\'');
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

  const Document& doc_;
  const std::vector<QuoteSegment>& segments_;
  const CueLexicon& lexicon_;
  Units& out_;
  size_t segment_ = 0;
  size_t quoted_ = SIZE_MAX;  // the segment whose unit is emitted
  uint32_t paragraph_ = 0;
};

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

Units build_units(const Document& document, const std::vector<Paragraph>& paragraphs,
                  const std::vector<QuoteSegment>& segments, const CueLexicon& lexicon) {
  Units units;
  units.units.reserve(document.tokens.size());
  units.forms.reserve(document.text.size());
  UnitBuilder builder(document, segments, lexicon, units);
  for (uint32_t p = 0; p < paragraphs.size(); ++p) builder.paragraph(paragraphs[p], p);
  builder.number_sentences();
  return units;
}

}  // namespace dossier::quotes
