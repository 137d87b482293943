// Reported speech: "X said (that) ...", "X told reporters ...", "according to X, ...",
// "..., X said." The content runs from the cue to the end of the sentence (or from the sentence's
// start to the comma before a closing attribution); a quotation inside makes it partial. A
// sentence's strong cues are tried in order before its weak ones ("The board decided to wait,
// an aide said": the aide reports; "She said she recalls ...": she said); a second cue of the
// same speaker ("and said ...", ", adding that ...") starts a second report.
#include <algorithm>

#include "quotes/finder.h"
#include "util/span_index.h"

namespace dossier::quotes {
namespace {

const Unit& unit(const FinderInput& in, int32_t i) { return in.units.units[static_cast<size_t>(i)]; }
int32_t unit_count(const FinderInput& in) { return static_cast<int32_t>(in.units.units.size()); }

bool is_terminal(const FinderInput& in, int32_t i) {
  if (unit(in, i).kind != UnitKind::kPunct) return false;
  const std::string_view f = in.units.form(static_cast<size_t>(i));
  return f == "." || f == "?" || f == "!" || f == ";" || f == "...";
}

// A cue is read in its sentence's order only when its rate is at least this share of the
// sentence's strongest cue; weaker ones ("decided", "spoke") are tried after the strong ones.
constexpr float kRivalShare = 0.7f;

bool is_participle_form(std::string_view form) { return form.size() > 4 && form.ends_with("ing"); }

// Where the content of a report starts after its cue, and where the cue ends.
struct ContentStart {
  int32_t content = -1;
  int32_t cue_end = -1;
};

class IndirectFinder {
 public:
  // attitudes: report the cues that are not speech (beliefs, intentions) instead of speech.
  IndirectFinder(const FinderInput& in, const std::vector<Quote>& direct, bool attitudes)
      : in_(in), direct_(direct), attitudes_(attitudes) {
    for (const Quote& q : direct_) {
      if (!q.cue.empty()) direct_cues_.push_back(q.cue.begin);
    }
    std::sort(direct_cues_.begin(), direct_cues_.end());
    std::vector<Span> words;
    for (const Quote& q : direct_) {
      if (q.parts.empty()) {
        words.push_back(q.span);
      } else {
        words.insert(words.end(), q.parts.begin(), q.parts.end());
      }
    }
    direct_words_ = util::SpanIndex(words);
    direct_cue_starts_ = util::SpanIndex::of(direct_, [](const Quote& q) { return Span{q.cue.begin, q.cue.begin}; });
  }

  std::vector<Quote> run() {
    int32_t begin = 0;
    for (int32_t i = 1; i <= unit_count(in_); ++i) {
      if (i == unit_count(in_) || unit(in_, i).sentence != unit(in_, begin).sentence) {
        const int32_t lead = attitudes_ ? -1 : block_lead(begin, i);
        if (lead >= 0) {
          i = block_report(lead, begin, i);
        } else {
          sentence(begin, i);
        }
        begin = i;
        if (i >= unit_count(in_)) break;
      }
    }
    return std::move(out_);
  }

  // After run(): the unit of each reported quote's cue, in the order of the quotes.
  const std::vector<int32_t>& cue_units() const { return cue_units_; }

 private:
  // The sentence's units without closing punctuation.
  int32_t content_end(int32_t begin, int32_t end) const {
    while (end > begin && (is_terminal(in_, end - 1) || in_.units.punct(static_cast<size_t>(end - 1), ','))) {
      --end;
    }
    return end;
  }

  bool covered_by_direct(Span span) const { return direct_words_.overlaps_any(span); }

  // Reported speech is a clause: content of names, numbers and dates alone is a credit or
  // header line ("Staff and wire reports / The Herald, November 7").
  // A single word ("revised plan") is no clause either.
  // A name with its grammar words ("State of the Union", "the Daily Briefing") is no clause:
  // the lower-case word must be a content word, a pronoun or an auxiliary.
  bool is_clause(UnitRange content) const {
    int32_t words = 0;
    bool lower = false;
    for (int32_t k = content.begin; k < content.end; ++k) {
      const Unit& u = unit(in_, k);
      if (u.kind == UnitKind::kQuote) return true;
      if (u.kind != UnitKind::kWord && u.kind != UnitKind::kNumber) continue;
      ++words;
      const bool grammar = u.is(kDeterminer | kPreposition | kConjunction | kSubordinator | kPossessive) &&
                           !u.is(kPronoun | kAuxiliary);
      lower = lower || (u.kind == UnitKind::kWord && !u.has(kUpperInitial) && !grammar);
    }
    return lower && words >= 2;
  }

  // "LESNA, Valdoria — At least 14 ...": a dateline (a paragraph opening with a word in capitals,
  // a few words up to a dash) belongs to the article, not the report. Returns the unit after the dash,
  // or `first`.
  int32_t after_dateline(int32_t first, int32_t last) const {
    if (first >= last || !unit(in_, first).has(kAllUpper) ||
        (first > 0 && unit(in_, first - 1).paragraph == unit(in_, first).paragraph)) {
      return first;
    }
    for (int32_t j = first; j < last && j - first < 6; ++j) {
      const Unit& u = unit(in_, j);
      const std::string_view f = in_.units.form(static_cast<size_t>(j));
      if (f == "\xE2\x80\x94" || f == "\xE2\x80\x93" || f == "-" || f == "--") {
        return j > first ? j + 1 : first;
      }
      const auto at = static_cast<size_t>(j);
      const bool aside = in_.units.punct(at, ',') || in_.units.punct(at, '(') || in_.units.punct(at, ')');
      if (u.kind != UnitKind::kWord && !aside) return first;
    }
    return first;
  }

  void emit(UnitRange content, int32_t cue_begin, int32_t cue_end, Span speaker) {
    content.begin = after_dateline(content.begin, content.end);
    if (content.empty() || !is_clause(content)) return;
    const Span span = span_of(in_, content);
    if (covered_by_direct(span)) return;
    Quote quote;
    quote.span = span;
    quote.kind = QuoteKind::kIndirect;
    for (int32_t k = content.begin; k < content.end; ++k) {
      if (unit(in_, k).kind == UnitKind::kQuote) quote.kind = QuoteKind::kPartial;
    }
    quote.cue = {unit(in_, cue_begin).span.begin, unit(in_, cue_end - 1).span.end};
    quote.speaker_span = speaker;
    out_.push_back(std::move(quote));
    cue_units_.push_back(cue_begin);
  }

  // A cue of the kind this finder reports: speech, or with attitudes_ the other attitudes.
  bool wanted_cue(int32_t k) const { return is_speech_cue(in_, k) != attitudes_; }

  bool is_direct_cue_unit(int32_t k) const {
    return std::binary_search(direct_cues_.begin(), direct_cues_.end(), unit(in_, k).span.begin);
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
      emit({c, last}, k, k + 2, span_of(in_, speaker));
    } else {
      emit({begin, k - 1}, k, k + 2, span_of(in_, speaker));
    }
    return true;
  }

  // What may follow a closing attribution: nothing, or adjuncts ("said Tuesday in Paris",
  // "she said, noting ...").
  bool adjunct_tail(int32_t n, int32_t last) const {
    if (n >= last) return true;
    const Unit& u = unit(in_, n);
    if (in_.units.punct(static_cast<size_t>(n), ',')) {
      return n + 1 < last && (is_participle_form(in_.units.form(static_cast<size_t>(n + 1))) ||
                              unit(in_, n + 1).is(kSubordinator | kPreposition));
    }
    return u.is(kPreposition | kTimeWord | kAdverb) && !u.is(kSubordinator);
  }

  // The end of the content before a closing attribution: a comma, or a quotation ending in one
  // ("This is a “raw time,” said Axelrod"). Returns the content's end, or -1.
  int32_t content_before(int32_t unit_before, int32_t begin) const {
    if (unit_before <= begin) return -1;
    if (in_.units.punct(static_cast<size_t>(unit_before), ',')) return unit_before;
    const Unit& u = unit(in_, unit_before);
    if (u.kind == UnitKind::kQuote &&
        last_inner_char(in_.text, in_.segments[static_cast<size_t>(u.segment)]) == ',') {
      return unit_before + 1;
    }
    return -1;
  }

  // "..., X said." / "..., said X.": the content is what comes before.
  // "And perhaps, he said, it could help": an attribution set off by commas inside its content;
  // the content spans the sentence around it.
  bool inserted(int32_t k, UnitRange speaker, int32_t begin, int32_t last) {
    const int32_t open = speaker.begin - 1;
    if (open <= begin || k + 2 >= last || speaker.end != k || speaker.end - speaker.begin > 3 ||
        !in_.units.punct(static_cast<size_t>(open), ',') ||
        !in_.units.punct(static_cast<size_t>(k + 1), ',') || !is_direct_cue(in_, k)) {
      return false;
    }
    emit({begin, last}, k, k + 1, span_of(in_, speaker));
    return true;
  }

  bool closing(int32_t k, int32_t begin, int32_t end) {
    const int32_t last = content_end(begin, end);
    // Only a strong speech verb inverts ("..., said the minister"); after "told" or "rejected"
    // the phrase is a hearer or an object ("X, the agency's head, told reporters ...").
    UnitRange speaker = is_direct_cue(in_, k) && !takes_hearer(k) ? speaker_after(in_, k) : UnitRange{};
    // "A spokesman, Karel Vos, rejected the claim": a cue whose subject opens the sentence is not
    // inverted.
    const UnitRange subject = speaker_before(in_, k, begin);
    if (!subject.empty() && subject.begin == begin) speaker = {};
    int32_t before = k - 1;
    if (speaker.empty() || !adjunct_tail(speaker.end, last)) {
      speaker = subject;
      if (speaker.empty() || !names_someone(speaker)) return false;
      if (!adjunct_tail(k + 1, last)) return inserted(k, speaker, begin, last);
      before = speaker.begin - 1;
    }
    const int32_t content = content_before(before, begin);
    if (content < 0) return false;
    emit({begin, content}, k, k + 1, span_of(in_, speaker));
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
    const int32_t name = after_name(c, last);
    if (name > c) return name;
    int32_t j = c;
    while (j < last && j - c < 4 && unit(in_, j).kind == UnitKind::kWord &&
           !unit(in_, j).is(kPronoun | kSubordinator | kPreposition) &&
           !(j > c && unit(in_, j).is(kDeterminer))) {
      ++j;
    }
    return j > c && j < last ? j : c;
  }

  // A hearer that is a name ("CNN's State of the Union", "Fox News Sunday", "the BBC's Today
  // programme"): capitalised words joined by possessives and by "of", "the", "and" between
  // capitals, then lower-case words of the name's own phrase up to the clause ("programme").
  // Returns the unit after it, or c when no name of two or more words starts at c.
  int32_t after_name(int32_t c, int32_t last) const {
    int32_t j = c;
    if (j < last && in_.units.form(static_cast<size_t>(j)) == "the") ++j;
    int32_t capitals = 0, end = c;
    while (j < last && unit(in_, j).kind == UnitKind::kWord) {
      const Unit& u = unit(in_, j);
      const std::string_view f = in_.units.form(static_cast<size_t>(j));
      if (u.has(kUpperInitial) && !u.is(kPronoun | kSubordinator | kConjunction)) {
        ++capitals;
        end = ++j;
      } else if (u.is(kPossessive) && capitals > 0) {
        end = ++j;
      } else if ((f == "of" || f == "the" || f == "and") && capitals > 0 && j + 1 < last &&
                 unit(in_, j + 1).has(kUpperInitial)) {
        ++j;
      } else {
        break;
      }
    }
    const bool joined = end > c + 1 && std::any_of(in_.units.units.begin() + c, in_.units.units.begin() + end,
                                                    [](const Unit& u) { return u.is(kPossessive); });
    return capitals >= 2 || joined ? end : c;
  }

  // Where the content after the cue at k starts: after "that", a hearer, a comma or colon, or a
  // preposition that belongs to the cue ("called for"); -1 when none or a passive ("accused of").
  ContentStart content_after(int32_t k, int32_t last) const {
    int32_t c = k + 1;
    // "told reporters in the capital that": a hearer and an adjunct may stand before "that".
    const int32_t reach = takes_hearer(k) ? 7 : 4;
    for (int32_t j = c; j < last && j - c < reach; ++j) {
      if (unit(in_, j).kind != UnitKind::kWord) break;
      if (in_.units.form(static_cast<size_t>(j)) == "that") {
        c = j;
        break;
      }
    }
    if (c == k + 1 && c < last && takes_hearer(k)) c = after_hearer(c, last);
    if (c < last && (in_.units.punct(static_cast<size_t>(c), ',') || in_.units.punct(static_cast<size_t>(c), ':'))) ++c;
    int32_t cue_end = k + 1;
    if (c == k + 1 && c < last) {
      const std::string_view f = in_.units.form(static_cast<size_t>(c));
      const bool date = c + 1 < last && (unit(in_, c + 1).is(kTimeWord) ||
                                         unit(in_, c + 1).kind == UnitKind::kNumber);
      if (f == "on" && date) {  // "said on Wednesday it had ...": a date, not the cue's "on"
        c += 2;
        if (c < last && in_.units.punct(static_cast<size_t>(c), ',')) ++c;
      } else if (f == "for" || f == "about" || f == "against" || f == "on") {
        cue_end = ++c;
      }
    }
    if (c >= last) return {};
    const std::string_view next = in_.units.form(static_cast<size_t>(c));
    if (c == k + 1 && (next == "of" || next == "by")) return {};
    // "spoke to the crews", "wrote to Congress": the hearer, not an infinitive's content.
    if (next == "to" && c + 1 < last &&
        (unit(in_, c + 1).is(kDeterminer | kObjectPronoun) || unit(in_, c + 1).has(kUpperInitial)) &&
        !unit(in_, c + 1).is(kPronoun)) {
      return {};
    }
    // "is expected in the spring": a short adjunct after the cue, no content.
    const Unit& first = unit(in_, c);
    if (first.kind == UnitKind::kWord && first.is(kPreposition) && !first.is(kSubordinator) &&
        next != "to" && next != "for" && next != "about" && next != "against" && next != "on" &&
        next != "that" && last - c <= 6) {
      return {};
    }
    return {c, cue_end};
  }

  // A second cue of the same speaker inside the content [c, last): "and (also) said ...",
  // ", adding that ...". Returns its unit, or -1; `first_end` gets the first content's end.
  int32_t coordinated_cue(int32_t c, int32_t last, int32_t& first_end) const {
    for (int32_t j = c + 1; j + 1 < last; ++j) {
      const std::string_view f = in_.units.form(static_cast<size_t>(j));
      int32_t cue = -1;
      if (f == "and" || f == "but") {
        cue = j + 1;
        while (cue < last && unit(in_, cue).is(kAdverb) && cue - j < 3) ++cue;
        if (cue >= last || is_participle_form(in_.units.form(static_cast<size_t>(cue)))) continue;
      } else if (in_.units.punct(static_cast<size_t>(j), ',')) {
        cue = j + 1;
        if (!is_participle_form(in_.units.form(static_cast<size_t>(cue)))) continue;
      } else {
        continue;
      }
      if (!is_indirect_cue(in_, cue) || !wanted_cue(cue) ||
          in_.lexicon.entry(unit(in_, cue).cue).pos != CuePos::kVerb) {
        continue;
      }
      first_end = (f == "and" || f == "but") && in_.units.punct(static_cast<size_t>(j - 1), ',')
                      ? j - 1
                      : j;
      return cue;
    }
    return -1;
  }

  // Emits the report of the cue at k with the given speaker, and those of the cues coordinated
  // with it. False when the cue has no content.
  bool report(int32_t k, Span speaker, int32_t last) {
    const ContentStart start = content_after(k, last);
    if (start.content < 0) return false;
    int32_t first_end = last;
    const int32_t next = coordinated_cue(start.content, last, first_end);
    if (next < 0) {
      emit({start.content, last}, k, start.cue_end, speaker);
      return true;
    }
    emit({start.content, first_end}, k, start.cue_end, speaker);
    report(next, speaker, last);
    return true;
  }

  // The speaker of a participle cue after a comma ("..., saying that ..."): its sentence's
  // subject, or the speaker of the direct quote attributed earlier in the sentence.
  Span participle_speaker(int32_t k, int32_t begin) const {
    const UnitRange subject = sentence_subject(in_, k);
    if (!subject.empty()) return span_of(in_, subject);
    const Span sentence = {unit(in_, begin).span.begin, unit(in_, k).span.begin};
    for (const uint32_t i : direct_cue_starts_.within(sentence)) {
      const Quote& q = direct_[i];
      if (!q.cue.empty() && sentence.contains(q.cue.begin) && !q.speaker_span.empty()) {
        return q.speaker_span;
      }
    }
    return {};
  }

  // "X said (that) ...": the content runs from the cue to the sentence's end.
  // A speaker phrase of articles and grammar words alone ("The opposition party ...",
  // "standards that prohibit") names no one: the cue was a noun or a relative clause's verb.
  // Quantifiers do name a source ("Some said", "no one expected").
  bool names_someone(UnitRange speaker) const {
    for (int32_t j = speaker.begin; j < speaker.end; ++j) {
      const Unit& u = unit(in_, j);
      const std::string_view f = in_.units.form(static_cast<size_t>(j));
      const bool article = f == "a" || f == "an" || f == "A" || f == "An";
      if (u.kind != UnitKind::kWord || u.is(kPronoun) || !u.is(kDeterminer | kSubordinator) ||
          (u.is(kIndefinite) && !article)) {
        return true;
      }
    }
    return false;
  }

  // The subordinator opening the clause of the cue at k when that clause leads its sentence and
  // a comma closes it ("When he wrote his book, ...", "As experts have noted, ..."), with the
  // comma in `comma`; -1 when none.
  int32_t leading_clause(int32_t k, int32_t begin, int32_t end, int32_t& comma) const {
    int32_t sub = -1;
    for (int32_t j = k - 1; j >= begin; --j) {
      if (unit(in_, j).kind != UnitKind::kWord) return -1;
      const std::string_view f = in_.units.form(static_cast<size_t>(j));
      if (unit(in_, j).is(kSubordinator) && f != "that" && f != "who" && f != "which" && f != "whose") {
        sub = j;
        break;
      }
    }
    if (sub < 0 || sub - begin > 1) return -1;
    for (comma = k + 1; comma < end; ++comma) {
      if (in_.units.punct(static_cast<size_t>(comma), ',')) return sub;
      if (unit(in_, comma).kind == UnitKind::kQuote) return -1;
    }
    return -1;
  }

  // "When asked by a reporter whether ...", "was asked by the host if ...": a passive cue's agent
  // is the speaker and the question after it the content, up to the comma closing a "when"
  // clause. Audit tuning part: two of its missed reports.
  bool passive_agent(int32_t k, int32_t end) {
    const int32_t by = k + 1;
    if (k == 0 || by >= end || in_.units.form(static_cast<size_t>(by)) != "by") return false;
    const bool when = in_.units.form(static_cast<size_t>(k - 1)) == "when";
    if (!when && !unit(in_, k - 1).is(kWcBe)) return false;
    const UnitRange agent = speaker_after(in_, by, false);
    if (agent.empty() || agent.end >= end) return false;
    const int32_t c = agent.end;
    if (!unit(in_, c).is(kSubordinator) && in_.units.form(static_cast<size_t>(c)) != "about") return false;
    int32_t last = content_end(c, end);
    for (int32_t j = c; when && j < last; ++j) {
      if (in_.units.punct(static_cast<size_t>(j), ',')) last = j;
    }
    emit({c, last}, k, by + 1, span_of(in_, agent));
    return true;
  }

  // A question put to someone in the passive, by an asker the text does not name: "Asked whether
  // ..., she said", "when he was first asked if ...", "was asked about the comment". The cue stands
  // after a form of "be", after "when", or opens the sentence; the question (an "if", "whether",
  // wh-word or "about", after at most a short adjunct: "asked in May if") is the content, with no
  // speaker (audit guidelines: questions asked and answered are speech). A question opening its
  // sentence ends at the first comma. Emits it and returns the unit after its content (the
  // comma's when it leads the sentence), or -1.
  int32_t passive_question(int32_t k, int32_t begin, int32_t end) {
    int32_t j = k - 1;
    while (j >= begin && unit(in_, j).kind == UnitKind::kWord && unit(in_, j).is(kAdverb)) --j;
    const bool when = j >= begin && in_.units.form(static_cast<size_t>(j)) == "when";
    const bool leads = j < begin || (when && j <= begin + 1);
    const bool passive = leads || when || (unit(in_, j).kind == UnitKind::kWord && unit(in_, j).is(kWcBe));
    if (!passive || (j < begin && !is_participle_past(k))) return -1;
    if (k + 1 < end && in_.units.form(static_cast<size_t>(k + 1)) == "by") return -1;  // passive_agent's
    constexpr int32_t kAdjunctUnits = 4;
    int32_t c = k + 1;
    if (c < end && unit(in_, c).is(kPreposition) && in_.units.form(static_cast<size_t>(c)) != "about") {
      while (c < end && c - k <= kAdjunctUnits && unit(in_, c).kind == UnitKind::kWord &&
             !unit(in_, c).is(kWcConditional | kWcWh)) {
        ++c;
      }
    }
    if (c >= end || unit(in_, c).kind != UnitKind::kWord) return -1;
    if (!unit(in_, c).is(kWcConditional | kWcWh) && in_.units.form(static_cast<size_t>(c)) != "about") return -1;
    int32_t last = content_end(c, end);
    if (leads) {
      int32_t comma = c;
      while (comma < last && !in_.units.punct(static_cast<size_t>(comma), ',')) ++comma;
      if (comma >= last) return -1;
      last = comma;
    }
    const size_t before = out_.size();
    emit({c, last}, k, k + 1, Span{});
    if (out_.size() == before) return -1;
    return leads ? last + 1 : end;
  }

  // A past participle: the "-ed" form of a verb ("Asked"), not "-ing" or a bare form.
  bool is_participle_past(int32_t k) const {
    const std::string_view f = in_.units.form(static_cast<size_t>(k));
    return f.size() > 3 && (f.ends_with("ed") || f.ends_with("Ed"));
  }

  bool opening(int32_t k, int32_t begin, int32_t end) {
    if (passive_agent(k, end)) return true;
    int32_t comma = -1;
    const int32_t sub = leading_clause(k, begin, end, comma);
    if (sub >= 0) {
      // "As experts have noted, X": the main clause is the content; a "when" clause reports none.
      const UnitRange source = speaker_before(in_, k, sub + 1);
      if (in_.units.form(static_cast<size_t>(sub)) != "as" || source.empty()) return false;
      emit({comma + 1, content_end(begin, end)}, k, k + 1, span_of(in_, source));
      return true;
    }
    const UnitRange subject = speaker_before(in_, k, begin);
    if (!subject.empty() && !names_someone(subject)) return false;
    Span speaker = span_of(in_, subject);
    const std::string_view form = in_.units.form(static_cast<size_t>(k));
    if (speaker.empty() && is_participle_form(form) && k > begin &&
        in_.units.punct(static_cast<size_t>(k - 1), ',')) {
      speaker = participle_speaker(k, begin);
    }
    if (speaker.empty()) return false;
    return report(k, speaker, content_end(begin, end));
  }

  // "The governor added:" closing its paragraph before an unquoted paragraph: the cue, or -1.
  int32_t block_lead(int32_t begin, int32_t end) const {
    if (end >= unit_count(in_) || end - begin < 3 ||
        !in_.units.punct(static_cast<size_t>(end - 1), ':')) {
      return -1;
    }
    const Unit& next = unit(in_, end);
    if (next.paragraph == unit(in_, end - 1).paragraph || !in_.body[next.paragraph] ||
        next.kind == UnitKind::kQuote) {
      return -1;
    }
    const int32_t k = end - 2;
    if (unit(in_, k).kind != UnitKind::kWord || is_direct_cue_unit(k) || !is_direct_cue(in_, k)) {
      return -1;
    }
    const UnitRange speaker = speaker_before(in_, k, begin);
    return speaker.empty() || !names_someone(speaker) ? -1 : k;
  }

  // The paragraph after the lead at unit k is its content. Returns the unit after it.
  int32_t block_report(int32_t k, int32_t begin, int32_t end) {
    int32_t last = end;
    while (last < unit_count(in_) && unit(in_, last).paragraph == unit(in_, end).paragraph) ++last;
    const int32_t content = content_end(end, last);
    emit({end, content}, k, k + 1, span_of(in_, speaker_before(in_, k, begin)));
    return last;
  }

  bool candidate(int32_t k) const {
    return unit(in_, k).kind == UnitKind::kWord && !is_direct_cue_unit(k) && is_indirect_cue(in_, k) &&
           wanted_cue(k);
  }

  // True when a person's or organisation's name the recogniser found covers the span.
  bool named_source(Span span) const {
    for (const Mention& m : in_.units.document->mentions) {
      if (m.kind == MentionKind::kName && (m.type == EntityType::kPerson || m.type == EntityType::kOrg) &&
          m.span.begin <= span.begin && span.end <= m.span.end + 1) {
        return true;
      }
    }
    return false;
  }

  // "De Blasio: Trust the police, not the loudmouth": a paragraph (a headline, or a line of a
  // transcript) giving a named speaker's words after a colon. The speaker is the paragraph's
  // first few capitalised words and a name the recogniser found ("Update:", "Opinion:" are
  // none); the content, often in title case, needs two words. Audit tuning part: 3 of its 97
  // speech items were such headlines. True when it reports.
  bool colon_line(int32_t begin, int32_t end) {
    if (!unit(in_, begin).has(kBlockStart)) return false;
    constexpr int32_t kMaxSpeakerUnits = 4;
    int32_t colon = -1;
    for (int32_t k = begin; k < end && k - begin <= kMaxSpeakerUnits; ++k) {
      if (in_.units.punct(static_cast<size_t>(k), ':')) {
        colon = k;
        break;
      }
      const Unit& u = unit(in_, k);
      if (u.kind != UnitKind::kWord || !(u.has(kUpperInitial) || u.is(kPossessive))) return false;
    }
    if (colon <= begin) return false;
    const Span speaker = span_of(in_, {begin, colon});
    const int32_t last = content_end(colon + 1, end);
    int32_t words = 0;
    for (int32_t k = colon + 1; k < last; ++k) words += unit(in_, k).kind != UnitKind::kPunct;
    if (words < 2 || !named_source(speaker)) return false;
    Quote quote;
    quote.span = span_of(in_, {colon + 1, last});
    if (covered_by_direct(quote.span)) return false;
    quote.kind = QuoteKind::kIndirect;
    for (int32_t k = colon + 1; k < last; ++k) {
      if (unit(in_, k).kind == UnitKind::kQuote) quote.kind = QuoteKind::kPartial;
    }
    quote.cue = unit(in_, colon).span;
    quote.speaker_span = speaker;
    out_.push_back(std::move(quote));
    return true;
  }

  void sentence(int32_t begin, int32_t end) {
    if (!attitudes_ && colon_line(begin, end)) return;
    if (!in_.body[unit(in_, begin).paragraph]) return;  // headlines state, they do not report
    // "Asked whether ..., Clinton said she ...": the question, then the answer's sentence.
    for (int32_t k = begin; k < end && k - begin <= 2 && !attitudes_; ++k) {
      if (!candidate(k)) continue;
      const int32_t rest = passive_question(k, begin, end);
      if (rest >= end) return;
      if (rest >= 0) {
        begin = rest;
        break;
      }
    }
    std::vector<int32_t> cues;
    for (int32_t k = begin; k < end; ++k) {
      if (unit(in_, k).kind != UnitKind::kWord || is_direct_cue_unit(k)) continue;
      if (!attitudes_ && according(k, begin, end)) return;
      if (candidate(k)) cues.push_back(k);
    }
    float strongest = 0.0f;
    for (const int32_t k : cues) strongest = std::max(strongest, cue_rate(in_, k));
    const float floor = strongest * kRivalShare;
    std::stable_partition(cues.begin(), cues.end(),
                          [&](int32_t k) { return cue_rate(in_, k) >= floor; });
    // A passive cue's subject is the one asked, never the speaker: its question comes first.
    for (const int32_t k : cues) {
      if (passive_question(k, begin, end) >= 0 || closing(k, begin, end) || opening(k, begin, end)) return;
    }
  }

  const FinderInput& in_;
  const std::vector<Quote>& direct_;
  std::vector<uint32_t> direct_cues_;  // where the cues of the direct quotes begin, sorted
  util::SpanIndex direct_words_;       // the direct quotes' spans, or their parts when split
  util::SpanIndex direct_cue_starts_;  // per direct quote: the empty span where its cue begins
  bool attitudes_ = false;
  std::vector<Quote> out_;
  std::vector<int32_t> cue_units_;  // per quote of out_
};

}  // namespace

std::vector<Quote> find_indirect_quotes(const FinderInput& in, const std::vector<Quote>& direct) {
  return IndirectFinder(in, direct, false).run();
}

std::vector<Attribution> find_attitudes(const FinderInput& in, const std::vector<Quote>& direct) {
  IndirectFinder finder(in, direct, true);
  const std::vector<Quote> found = finder.run();
  std::vector<Attribution> out;
  out.reserve(found.size());
  for (size_t i = 0; i < found.size(); ++i) {
    const int32_t cue = finder.cue_units()[i];
    Attribution a;
    a.span = found[i].span;
    a.cue = found[i].cue;
    a.holder_span = found[i].speaker_span;
    // An intention word ("plans", "wants", "ready") or an infinitive content ("decided to
    // run") states a plan; every other attitude a belief.
    const bool infinitive = in.text.substr(a.span.begin).starts_with("to ");
    a.kind = unit(in, cue).is(kWcIntention) || infinitive ? AttributionKind::kIntention : AttributionKind::kBelief;
    a.confidence = std::min(1.0f, cue_rate(in, cue));
    out.push_back(a);
  }
  return out;
}

}  // namespace dossier::quotes
