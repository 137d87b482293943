#include "quotes/units.h"

#include "quotes/cue_lexicon.h"

namespace dossier::quotes {
namespace {

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
    unit.token = static_cast<uint32_t>(&token - doc_.tokens.data());
    unit.span = segments_[segment_].span;
    unit.kind = UnitKind::kQuote;
    unit.segment = static_cast<int32_t>(segment_);
    emit(unit, token);
  }

  void word(uint32_t t) {
    const Token& token = doc_.tokens[t];
    Unit unit;
    unit.token = t;
    unit.span = token.span;
    unit.kind = token.has(kTokWord)     ? UnitKind::kWord
                : token.has(kTokNumber) ? UnitKind::kNumber
                                        : UnitKind::kPunct;
    if (token.has(kTokUpperInitial)) unit.flags |= kUpperInitial;
    if (token.has(kTokAllUpper) && token.span.size() > 1) unit.flags |= kAllUpper;
    if (unit.kind != UnitKind::kPunct) read_word(unit, token);
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

  // The word layer's classes, read so: "may" the modal is no month, a word that is a preposition
  // as well ("after", "since") is read as one, not as a subordinator, and a word in -ly is an adverb.
  void read_word(Unit& unit, const Token& token) {
    const std::string_view form = out_.form(unit);
    unit.classes = token.classes;
    if (token.is(kWcModal)) unit.classes &= ~uint64_t{kWcMonth};
    if (token.is(kWcPreposition)) unit.classes &= ~uint64_t{kWcSubordinator};
    // "according" opens "according to X", which the finder reads as a report (indirect.cc): its
    // reporting word, not grammar.
    if (form == "according") unit.classes &= ~uint64_t{kWcPreposition};
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

bool Units::punct(size_t i, char c) const {
  if (i >= units.size()) return false;
  const Unit& u = units[i];
  return u.kind == UnitKind::kPunct && form(u) == std::string_view(&c, 1);
}

bool Units::before_that_clause(size_t i) const {
  if (i + 1 >= units.size() || units[i].kind != UnitKind::kWord) return false;
  const Unit& next = units[i + 1];
  if (next.kind != UnitKind::kWord || form(next) != "that") return false;
  return i == 0 || !(units[i - 1].kind == UnitKind::kWord && units[i - 1].is(kDeterminer | kPossessive));
}

Units build_units(const Document& document, const std::vector<Paragraph>& paragraphs,
                  const std::vector<QuoteSegment>& segments, const CueLexicon& lexicon) {
  Units units;
  units.document = &document;
  units.units.reserve(document.tokens.size());
  UnitBuilder builder(document, segments, lexicon, units);
  for (uint32_t p = 0; p < paragraphs.size(); ++p) builder.paragraph(paragraphs[p], p);
  builder.number_sentences();
  return units;
}

}  // namespace dossier::quotes
