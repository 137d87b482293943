// Reported speech: "X said (that) ...", "X told reporters ...", "according to X, ...",
// "..., X said." The content runs from the cue to the end of the sentence (or from the sentence's
// start to the comma before a closing attribution); a quotation inside makes it partial.
#include <algorithm>

#include "quotes/finder.h"

namespace dossier::quotes {
namespace {

const Unit& unit(const FinderInput& in, int32_t i) { return in.units.units[static_cast<size_t>(i)]; }
int32_t unit_count(const FinderInput& in) { return static_cast<int32_t>(in.units.units.size()); }

bool is_terminal(const FinderInput& in, int32_t i) {
  if (unit(in, i).kind != UnitKind::kPunct) return false;
  const std::string_view f = in.units.form(static_cast<size_t>(i));
  return f == "." || f == "?" || f == "!" || f == ";" || f == "...";
}

class IndirectFinder {
 public:
  IndirectFinder(const FinderInput& in, const std::vector<Quote>& direct) : in_(in), direct_(direct) {
    for (const Quote& q : direct_) {
      if (!q.cue.empty()) direct_cues_.push_back(q.cue.begin);
    }
    std::sort(direct_cues_.begin(), direct_cues_.end());
  }

  std::vector<Quote> run() {
    int32_t begin = 0;
    for (int32_t i = 1; i <= unit_count(in_); ++i) {
      if (i == unit_count(in_) || unit(in_, i).sentence != unit(in_, begin).sentence) {
        sentence(begin, i);
        begin = i;
      }
    }
    return std::move(out_);
  }

 private:
  // The sentence's units without closing punctuation.
  int32_t content_end(int32_t begin, int32_t end) const {
    while (end > begin && (is_terminal(in_, end - 1) || in_.units.punct(static_cast<size_t>(end - 1), ','))) {
      --end;
    }
    return end;
  }

  bool covered_by_direct(Span span) const {
    for (const Quote& q : direct_) {
      if (q.parts.empty() ? q.span.overlaps(span) : std::any_of(q.parts.begin(), q.parts.end(), [&](Span p) { return p.overlaps(span); })) {
        return true;
      }
    }
    return false;
  }

  void emit(UnitRange content, int32_t cue_begin, int32_t cue_end, UnitRange speaker) {
    if (content.empty()) return;
    const Span span = span_of(in_, content);
    if (covered_by_direct(span)) return;
    Quote quote;
    quote.span = span;
    quote.kind = QuoteKind::kIndirect;
    for (int32_t k = content.begin; k < content.end; ++k) {
      if (unit(in_, k).kind == UnitKind::kQuote) quote.kind = QuoteKind::kPartial;
    }
    quote.cue = {unit(in_, cue_begin).span.begin, unit(in_, cue_end - 1).span.end};
    quote.speaker_span = span_of(in_, speaker);
    out_.push_back(std::move(quote));
  }

  // "according to X, ..." or "..., according to X."
  bool according(int32_t k, int32_t begin, int32_t end) {
    if (in_.units.form(static_cast<size_t>(k)) != "according" || k + 1 >= end ||
        in_.units.form(static_cast<size_t>(k + 1)) != "to") {
      return false;
    }
    const UnitRange speaker = speaker_after(in_, k + 1, false);
    if (speaker.empty()) return false;
    const int32_t last = content_end(begin, end);
    if (k == begin || in_.units.punct(static_cast<size_t>(k - 1), ',') == false) {
      int32_t c = speaker.end;
      if (c < end && in_.units.punct(static_cast<size_t>(c), ',')) ++c;
      emit({c, last}, k, k + 2, speaker);
    } else {
      emit({begin, k - 1}, k, k + 2, speaker);
    }
    return true;
  }

  // "..., X said." / "..., said X.": the content is what comes before.
  bool closing(int32_t k, int32_t begin, int32_t end) {
    const int32_t last = content_end(begin, end);
    UnitRange speaker = speaker_after(in_, k);
    int32_t comma = k - 1;
    if (speaker.empty() || speaker.end < last) {
      speaker = speaker_before(in_, k, begin);
      if (speaker.empty() || k + 1 < last) return false;
      comma = speaker.begin - 1;
    }
    if (comma <= begin || !in_.units.punct(static_cast<size_t>(comma), ',')) return false;
    emit({begin, comma}, k, k + 1, speaker);
    return true;
  }

  // The lexicon saw this cue's content start after a hearer more often than not.
  bool takes_hearer(int32_t k) const {
    const CueEntry& e = in_.lexicon.entry(unit(in_, k).cue);
    return 2 * e.object_count > e.after_count;
  }

  // The unit after the hearer that starts at c: a pronoun ("told them") or a short noun phrase
  // ("told reporters", "told CNN") before the clause's own subject.
  int32_t after_hearer(int32_t c, int32_t last) const {
    const Unit& first = unit(in_, c);
    if (first.is(kObjectPronoun) && !first.is(kPronoun)) return c + 1;
    int32_t j = c;
    while (j < last && j - c < 4 && unit(in_, j).kind == UnitKind::kWord &&
           !unit(in_, j).is(kPronoun | kSubordinator | kPreposition) &&
           !(j > c && unit(in_, j).is(kDeterminer))) {
      ++j;
    }
    return j > c && j < last ? j : c;
  }

  // "X said (that) ...": the content runs from the cue to the sentence's end.
  bool opening(int32_t k, int32_t begin, int32_t end) {
    UnitRange speaker = speaker_before(in_, k, begin);
    // "..., saying that ...": a participle's speaker is its sentence's subject.
    const std::string_view form = in_.units.form(static_cast<size_t>(k));
    if (speaker.empty() && form.size() > 4 && form.ends_with("ing") && k > begin &&
        in_.units.punct(static_cast<size_t>(k - 1), ',')) {
      speaker = sentence_subject(in_, k);
    }
    if (speaker.empty()) return false;
    const int32_t last = content_end(begin, end);
    int32_t c = k + 1;
    // "told reporters (that)": the hearer is not content.
    for (int32_t j = c; j < last && j - c < 4; ++j) {
      if (in_.units.form(static_cast<size_t>(j)) == "that") {
        c = j;
        break;
      }
    }
    if (c == k + 1 && c < last && takes_hearer(k)) c = after_hearer(c, last);
    if (c < last && (in_.units.punct(static_cast<size_t>(c), ',') || in_.units.punct(static_cast<size_t>(c), ':'))) ++c;
    // "called for", "asked about": the preposition belongs to the cue.
    int32_t cue_end = k + 1;
    if (c == k + 1 && c < last) {
      const std::string_view f = in_.units.form(static_cast<size_t>(c));
      if (f == "for" || f == "about" || f == "against" || f == "on") cue_end = ++c;
    }
    if (c >= last) return false;
    // "accused of", "criticized by": a passive, not reported speech.
    const std::string_view next = in_.units.form(static_cast<size_t>(c));
    if (c == k + 1 && (next == "of" || next == "by")) {
      return false;
    }
    emit({c, last}, k, cue_end, speaker);
    return true;
  }

  void sentence(int32_t begin, int32_t end) {
    if (!in_.body[unit(in_, begin).paragraph]) return;  // headlines state, they do not report
    for (int32_t k = begin; k < end; ++k) {
      if (unit(in_, k).kind != UnitKind::kWord) continue;
      // The attribution of a direct quote ("“Why?” Obama asked them.") reports nothing more.
      if (std::binary_search(direct_cues_.begin(), direct_cues_.end(), unit(in_, k).span.begin)) {
        continue;
      }
      if (according(k, begin, end)) return;
      if (!is_indirect_cue(in_, k)) continue;
      if (closing(k, begin, end) || opening(k, begin, end)) return;
    }
  }

  const FinderInput& in_;
  const std::vector<Quote>& direct_;
  std::vector<uint32_t> direct_cues_;  // where the cues of the direct quotes begin, sorted
  std::vector<Quote> out_;
};

}  // namespace

std::vector<Quote> find_indirect_quotes(const FinderInput& in, const std::vector<Quote>& direct) {
  return IndirectFinder(in, direct).run();
}

}  // namespace dossier::quotes
