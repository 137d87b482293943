// Direct quotes: a quotation standing as a clause of its own, attributed by a cue before it
// ("Okafor said: “...”"), after it ("“...,” said Okafor" / "“...,” Okafor said"), or by none
// when it continues the quote before it (the next sentence or paragraph). Quotations that share
// one cue are one quote in several parts, as split quotes are annotated.
#include <algorithm>
#include <map>

#include "quotes/finder.h"

namespace dossier::quotes {
namespace {

const Unit& unit(const FinderInput& in, int32_t i) { return in.units.units[static_cast<size_t>(i)]; }
int32_t unit_count(const FinderInput& in) { return static_cast<int32_t>(in.units.units.size()); }

bool punct_is(const FinderInput& in, int32_t i, std::string_view form) {
  return i >= 0 && i < unit_count(in) && unit(in, i).kind == UnitKind::kPunct &&
         in.units.form(static_cast<size_t>(i)) == form;
}

bool is_dash(const FinderInput& in, int32_t i) {
  return punct_is(in, i, "-") || punct_is(in, i, "--") || punct_is(in, i, "\xE2\x80\x94") ||
         punct_is(in, i, "\xE2\x80\x93") || punct_is(in, i, "\xE2\x80\x95");
}

char32_t last_inner_char(const FinderInput& in, int32_t i) {
  return last_inner_char(in.text, in.segments[static_cast<size_t>(unit(in, i).segment)]);
}

struct Attribution {
  int32_t cue = -1;       // unit of the cue; -1 when none
  UnitRange speaker;
  bool colon = false;     // the cue is the colon before the quotation
  int32_t inherits = -1;  // the earlier quote whose speaker a participle cue shares
  bool weak = false;      // read from an earlier paragraph: an attribution after the quote wins
};

class DirectFinder {
 public:
  explicit DirectFinder(const FinderInput& in) : in_(in) {}

  std::vector<Quote> run() {
    for (int32_t i = 0; i < unit_count(in_); ++i) {
      if (unit(in_, i).kind == UnitKind::kQuote) visit(i);
    }
    return std::move(quotes_);
  }

 private:
  // The first unit of the clause that holds unit i: its sentence's start or the unit after the
  // previous quotation in that sentence.
  int32_t clause_floor(int32_t i) const {
    int32_t k = i - 1;
    while (k >= 0 && unit(in_, k).sentence == unit(in_, i).sentence &&
           unit(in_, k).kind != UnitKind::kQuote) {
      --k;
    }
    return k + 1;
  }

  bool same_sentence(int32_t a, int32_t b) const {
    return a >= 0 && b >= 0 && a < unit_count(in_) && b < unit_count(in_) &&
           unit(in_, a).sentence == unit(in_, b).sentence;
  }

  // The quotation opens a clause: it starts its sentence or follows a colon, comma, dash,
  // parenthesis or the cue itself.
  bool opens_clause(int32_t i) const {
    if (unit(in_, i).has(kSentenceStart) || i == 0) return true;
    const int32_t p = i - 1;
    const Unit& prev = unit(in_, p);
    if (prev.kind == UnitKind::kQuote) return true;
    if (prev.kind == UnitKind::kPunct) {
      // "said that, “...”": the quotation is the content of reported speech.
      if (punct_is(in_, p, ",") && p > 0 && in_.units.form(static_cast<size_t>(p - 1)) == "that") {
        return false;
      }
      return punct_is(in_, p, ":") || punct_is(in_, p, ",") || is_dash(in_, p) ||
             punct_is(in_, p, "(") || punct_is(in_, p, ";");
    }
    return is_direct_cue(in_, p) && !reported_before(p);
  }

  // "The agency said North Korea had displayed “complete disregard”": a cue inside the content
  // of an earlier cue of its clause quotes a phrase of reported speech (a partial quote).
  bool reported_before(int32_t cue) const {
    for (int32_t k = clause_floor(cue); k < cue; ++k) {
      if (is_direct_cue(in_, k)) return true;
    }
    return false;
  }

  // "“...,” said Okafor" or "“...,” Okafor said" (also after a comma or dash outside the marks).
  Attribution cue_after(int32_t i) const {
    int32_t r = i + 1;
    if (r < unit_count(in_) && (punct_is(in_, r, ",") || is_dash(in_, r))) ++r;
    if (r >= unit_count(in_)) return {};
    if (const Attribution signed_by = signature(i, r); signed_by.cue >= 0) return signed_by;
    if (!same_sentence(i, r)) {
      const Attribution a = next_sentence_attribution(i, r);
      return a.cue >= 0 ? a : dash_line(i, r);
    }
    if (unit(in_, r).kind == UnitKind::kQuote) return {};
    const Attribution a = attribution_at(r);
    if (a.cue >= 0) return a;
    const Attribution closing = closing_attribution(r);
    if (closing.cue >= 0) return closing;
    return hands_over(i) ? positional_attribution(r) : Attribution{};
  }

  // "“Can we win?” Manafort asked.": a question or exclamation ends the sentence before its
  // attribution. After a full stop the attribution must close its own sentence.
  Attribution next_sentence_attribution(int32_t i, int32_t r) const {
    if (r != i + 1 || unit(in_, r).paragraph != unit(in_, i).paragraph) return {};
    const char32_t c = last_inner_char(in_, i);
    if (c != '?' && c != '!' && c != '.' && c != 0x2026) return {};
    Attribution a = attribution_at(r);
    if (a.cue < 0 && c != '.') a = positional_attribution(r);
    if (a.cue < 0 || c != '.') return a;
    const int32_t next = std::max(a.cue, a.speaker.end - 1) + 1;
    if (next >= unit_count(in_) || !same_sentence(r, next) || punct_is(in_, next, ".") ||
        punct_is(in_, next, ",") || unit(in_, next).is(kPreposition | kTimeWord)) {
      return a;
    }
    return {};
  }

  // "“...” ― Carla Sanchez": a quotation signed after a dash in its paragraph, the name closing
  // the sentence or the paragraph.
  Attribution signature(int32_t i, int32_t r) const {
    const int32_t dash = i + 1;
    if (r != dash + 1 || !is_dash(in_, dash) || unit(in_, r).paragraph != unit(in_, i).paragraph) {
      return {};
    }
    const UnitRange speaker = speaker_after(in_, dash, false);
    if (speaker.empty() || speaker.end - speaker.begin > 8 || !unit(in_, r).has(kUpperInitial)) {
      return {};
    }
    const int32_t next = speaker.end;
    if (next < unit_count(in_) && same_sentence(r, next) && !punct_is(in_, next, ".")) return {};
    return {dash, speaker, false};
  }

  // An attribution starting at unit r: "said Okafor", "Okafor said", "Okafor, the ..., said".
  Attribution attribution_at(int32_t r) const {
    if (is_direct_cue(in_, r)) {
      const UnitRange speaker = speaker_after(in_, r);
      if (!speaker.empty()) return {r, speaker, false};
    }
    for (int32_t k = r + 1; k < unit_count(in_) && k - r < 40 && same_sentence(r, k); ++k) {
      if (unit(in_, k).kind == UnitKind::kQuote) break;
      if (!is_direct_cue(in_, k)) continue;
      const UnitRange speaker = speaker_from(r, k);
      if (!speaker.empty()) return {k, speaker, false};
      break;
    }
    return {};
  }

  // The subject of the cue at k when it starts at unit r, or empty.
  UnitRange speaker_from(int32_t r, int32_t k) const {
    UnitRange speaker = speaker_before(in_, k, r);
    if (speaker.empty() || speaker.begin == r) return speaker;
    // "Anton, president of the association said": the name before the appositive's comma.
    if (speaker.begin > r + 1 && punct_is(in_, speaker.begin - 1, ",") &&
        unit(in_, r).has(kUpperInitial)) {
      return {r, speaker.end};
    }
    // "a Democratic staffer in the room wondered", "the bespectacled, 71-year-old diplomat said".
    return extends_noun_phrase(r, speaker.begin) ? UnitRange{r, speaker.end} : UnitRange{};
  }

  // The units [r, begin) continue a noun phrase into the one at begin: words of a noun phrase,
  // prepositions, "and", commas; the first a capital, a determiner or a number.
  bool extends_noun_phrase(int32_t r, int32_t begin) const {
    if (begin - r > 16) return false;
    const Unit& first = unit(in_, r);
    if (!np_word(in_, r) || !(first.has(kUpperInitial) || first.is(kDeterminer) ||
                              first.kind == UnitKind::kNumber)) {
      return false;
    }
    for (int32_t k = r; k < begin; ++k) {
      const Unit& u = unit(in_, k);
      if (np_word(in_, k) || u.is(kPreposition) || punct_is(in_, k, ",") ||
          in_.units.form(static_cast<size_t>(k)) == "and") {
        continue;
      }
      return false;
    }
    return true;
  }

  // After a quotation that hands over to its attribution ("“...,” an angry Hollande
  // retaliated."), a verb of any reporting kind in the attribution's place is its cue.
  Attribution positional_attribution(int32_t r) const {
    for (int32_t k = r; k < unit_count(in_) && k - r < 16 && same_sentence(r, k); ++k) {
      if (unit(in_, k).kind == UnitKind::kQuote) break;
      if (!is_positional_cue(in_, k) || !closes_attribution(k + 1)) continue;
      if (k == r) {
        const UnitRange speaker = speaker_after(in_, k);
        if (!speaker.empty() && closes_attribution(speaker.end)) return {k, speaker, false};
        continue;
      }
      const UnitRange speaker = speaker_from(r, k);
      if (speaker.empty()) continue;
      const Unit& head = unit(in_, speaker.begin);
      if (head.has(kUpperInitial) || head.is(kDeterminer | kPronoun)) return {k, speaker, false};
    }
    return {};
  }

  // What may follow an attribution's verb: the sentence's end, a comma, a preposition, an adverb,
  // a time word, a particle ("shot back"), or the hearer ("told them", "asked the crowd").
  bool closes_attribution(int32_t n) const {
    if (n >= unit_count(in_) || !same_sentence(n - 1, n)) return true;
    const Unit& u = unit(in_, n);
    if (u.kind == UnitKind::kPunct) return !punct_is(in_, n, "(");
    const std::string_view f = in_.units.form(static_cast<size_t>(n));
    return u.is(kPreposition | kAdverb | kTimeWord | kObjectPronoun | kDeterminer) || f == "back" ||
           f == "out" || f == "up";
  }

  // The quotation hands over to an attribution: it ends in a comma, question or exclamation
  // mark (inside or outside its marks), or a lower-case word follows it.
  bool hands_over(int32_t i) const {
    const char32_t c = last_inner_char(in_, i);
    if (c == ',' || c == '?' || c == '!') return true;
    const int32_t n = i + 1;
    if (n >= unit_count(in_) || !same_sentence(i, n)) return false;
    return punct_is(in_, n, ",") || (unit(in_, n).kind == UnitKind::kWord &&
                                     !unit(in_, n).has(kUpperInitial));
  }

  // "“...” at the convention, he said.": the attribution closes the sentence after a comma.
  Attribution closing_attribution(int32_t r) const {
    int32_t end = r;
    while (end < unit_count(in_) && same_sentence(r, end) && unit(in_, end).kind != UnitKind::kQuote) {
      ++end;
    }
    if (end < unit_count(in_) && same_sentence(r, end)) return {};  // another quotation follows
    for (int32_t k = end - 1; k > r && end - k < 24; --k) {
      if (!punct_is(in_, k, ",")) continue;
      const Attribution a = attribution_at(k + 1);
      if (a.cue < 0) continue;
      const int32_t last = std::max(a.cue, a.speaker.end - 1);
      if (last + 2 >= end) return a;  // only the full stop (and maybe a time word) after it
    }
    return {};
  }

  // A quotation paragraph signed on the next line: "— President Obama, tweeting after ...".
  Attribution dash_line(int32_t i, int32_t r) const {
    if (!is_dash(in_, r) || !unit(in_, r).has(kBlockStart) || unit(in_, r).paragraph != unit(in_, i).paragraph + 1) {
      return {};
    }
    const UnitRange speaker = speaker_after(in_, r, false);
    return speaker.empty() ? Attribution{} : Attribution{r, speaker, false};
  }

  // "Okafor said: “...”", "Okafor told reporters on Monday, “...”", "According to Okafor, “...”";
  // also a paragraph ending "... issued the following statement:" before a quoted one.
  Attribution cue_before(int32_t i) const {
    if (unit(in_, i).has(kBlockStart) && i > 0 && punct_is(in_, i - 1, ":")) {
      Attribution a = cue_ending_at(i - 1, clause_floor(i - 1));
      a.weak = true;
      return a;
    }
    return cue_ending_at(i, clause_floor(i));
  }

  // The cue in the units [floor, end) before a quotation (or before the colon at `end`).
  Attribution cue_ending_at(int32_t end, int32_t floor) const {
    const bool colon = punct_is(in_, end - 1, ":") || punct_is(in_, end, ":");
    for (int32_t k = end - 1; k >= floor && end - k <= 12; --k) {
      const std::string_view f = in_.units.form(static_cast<size_t>(k));
      if (f == "according" && in_.units.form(static_cast<size_t>(k + 1)) == "to") {
        return {k, speaker_after(in_, k + 1, false), false};
      }
      if (!is_direct_cue(in_, k)) continue;
      if (inherits_speaker(k)) return shared_speaker(k);
      UnitRange speaker = speaker_before(in_, k, floor);
      if (speaker.empty()) speaker = speaker_after(in_, k);
      if (speaker.empty()) speaker = sentence_subject(in_, k);
      return {k, speaker, false};
    }
    if (!colon) return {};
    // "Trump on the wall: “...”": the colon is the cue, the sentence's subject the speaker.
    const int32_t at = punct_is(in_, end, ":") ? end : end - 1;
    const UnitRange before = speaker_before(in_, at, floor);
    if (!before.empty() && unit(in_, before.begin).has(kUpperInitial)) return {at, before, true};
    return {at, sentence_subject(in_, at), true};
  }

  // ", adding: “...”", "before adding": a participle cue shares its clause's speaker.
  bool inherits_speaker(int32_t cue) const {
    const std::string_view f = in_.units.form(static_cast<size_t>(cue));
    return f.size() > 4 && f.ends_with("ing") && cue > 0 && !unit(in_, cue - 1).is(kAuxiliary);
  }
  // The speaker of the clause the participle hangs on: the previous cue's in the sentence, else
  // the sentence's subject.
  Attribution shared_speaker(int32_t cue) const {
    if (!attributions_.empty()) {
      const Attribution& a = attributions_.back();
      if (a.cue >= 0 && same_sentence(a.cue, cue)) {
        return {cue, a.speaker, false, static_cast<int32_t>(attributions_.size() - 1)};
      }
    }
    // "From Mara Lind writing at the Ledger:": with no subject before openers, the phrase right
    // before the participle is its subject.
    const UnitRange subject = sentence_subject(in_, cue);
    return {cue, subject.empty() ? speaker_before(in_, cue, clause_floor(cue)) : subject, false, -1};
  }

  // The quote this cue-less quotation continues: the last direct quote, when it lies in the
  // same paragraph or the paragraph just before (the quotation opening this one).
  int32_t continued(int32_t i) const {
    if (quotes_.empty()) return -1;
    const Unit& u = unit(in_, i);
    const int32_t last = last_unit_.back();
    const Unit& prev = unit(in_, last);
    if (prev.paragraph == u.paragraph) return static_cast<int32_t>(quotes_.size() - 1);
    const QuoteSegment& seg = in_.segments[static_cast<size_t>(u.segment)];
    if (seg.continues >= 0 && seg.continues == unit(in_, last).segment) {
      return static_cast<int32_t>(quotes_.size() - 1);
    }
    if (prev.paragraph + 1 == u.paragraph && u.has(kBlockStart) && attributions_.back().cue >= 0) {
      return static_cast<int32_t>(quotes_.size() - 1);
    }
    return -1;
  }

  // Words follow the quotation in its sentence: an attribution this finder did not read.
  bool has_trailing_words(int32_t i) const {
    const int32_t n = i + 1;
    if (n >= unit_count(in_) || !same_sentence(i, n) || unit(in_, n).paragraph != unit(in_, i).paragraph) {
      return false;
    }
    if (punct_is(in_, n, ",") && n + 1 < unit_count(in_) && same_sentence(n, n + 1)) return true;
    return unit(in_, n).kind == UnitKind::kWord;
  }

  void add_part(size_t q, int32_t i) {
    Quote& quote = quotes_[q];
    const Span part = unit(in_, i).span;
    if (quote.parts.empty()) quote.parts.push_back(quote.span);
    quote.parts.push_back(part);
    quote.span.end = part.end;
    last_unit_[q] = i;
  }

  void add_quote(int32_t i, const Attribution& a) {
    Quote quote;
    quote.span = unit(in_, i).span;
    quote.kind = QuoteKind::kDirect;
    if (a.cue >= 0) quote.cue = unit(in_, a.cue).span;
    quote.speaker_span = span_of(in_, a.speaker);
    quote.continues = a.inherits;
    quotes_.push_back(std::move(quote));
    attributions_.push_back(a);
    last_unit_.push_back(i);
    if (a.cue >= 0) by_cue_[a.cue] = quotes_.size() - 1;
  }

  void visit(int32_t i) {
    if (!opens_clause(i)) return;
    Attribution a = cue_before(i);
    // "X scolded him: “...,” she said": the attribution right after the quotation wins over a
    // cue before its colon.
    const bool before_colon = a.cue >= 0 && i > 0 && punct_is(in_, i - 1, ":");
    // "Nothing the president said “will assuage fears,” the senator said": a quotation handing
    // over with a comma to its own attribution is that attribution's, whatever cue stood before.
    const bool comma_handover = a.cue >= 0 && last_inner_char(in_, i) == ',';
    if (a.cue < 0 || a.colon || a.weak || before_colon || comma_handover) {
      const Attribution after = cue_after(i);
      if (after.cue >= 0 && (!before_colon || same_sentence(i, after.cue))) a = after;
    }
    if (a.cue >= 0) {
      if (const auto it = by_cue_.find(a.cue); it != by_cue_.end()) {
        add_part(it->second, i);
        return;
      }
      add_quote(i, a);
      return;
    }
    // A headline's quotation without a cue is a title or a scare quote, not speech.
    if (!in_.body[unit(in_, i).paragraph]) return;
    const int32_t q = has_trailing_words(i) ? -1 : continued(i);
    if (q >= 0) {
      add_part(static_cast<size_t>(q), i);
      return;
    }
    add_quote(i, a);
  }

  const FinderInput& in_;
  std::vector<Quote> quotes_;
  std::vector<Attribution> attributions_;  // parallel to quotes_
  std::vector<int32_t> last_unit_;         // the last quotation unit of each quote
  std::map<int32_t, size_t> by_cue_;       // cue unit -> quote
};

}  // namespace

std::vector<Quote> find_direct_quotes(const FinderInput& in) { return DirectFinder(in).run(); }

}  // namespace dossier::quotes
