// Cue strength and the extent of speaker phrases, read from word classes and capitals (no
// parser): subject before the cue ("the UN chief said", "Okafor, a spokeswoman, said") or after
// it when inverted ("said Okafor, the party's leader").
#include "quotes/finder.h"

namespace dossier::quotes {
namespace {

// A reporting word seen too rarely to have a rate gets its WordNet class's prior, weighed as
// this many occurrences.
constexpr float kPriorWeight = 2.0f;
constexpr float kSpeechPrior = 0.3f;
constexpr float kThoughtPrior = 0.1f;
constexpr float kDirectCueRate = 0.25f;
constexpr float kIndirectCueRate = 0.2f;
constexpr int32_t kMaxSpeakerUnits = 16;

constexpr uint64_t kGrammar = kDeterminer | kPronoun | kPreposition | kConjunction |
                              kSubordinator | kAuxiliary | kNegation | kObjectPronoun;

const Unit& unit(const FinderInput& in, int32_t i) { return in.units.units[static_cast<size_t>(i)]; }
int32_t unit_count(const FinderInput& in) { return static_cast<int32_t>(in.units.units.size()); }
bool is_word(const Unit& u) { return u.kind == UnitKind::kWord || u.kind == UnitKind::kNumber; }

bool is_participle(const FinderInput& in, int32_t i) {
  const std::string_view f = in.units.form(static_cast<size_t>(i));
  return f.size() > 4 && f.ends_with("ing");
}

bool in_sentence(const FinderInput& in, int32_t i, uint32_t sentence) {
  return i >= 0 && i < unit_count(in) && unit(in, i).sentence == sentence;
}

// A parenthesis group "(D-Ill.)" ending at unit i: its opening unit, or -1.
int32_t paren_open_before(const FinderInput& in, int32_t i, int32_t floor) {
  if (!in.units.punct(static_cast<size_t>(i), ')')) return -1;
  for (int32_t k = i - 1; k >= floor && k > i - 8; --k) {
    if (in.units.punct(static_cast<size_t>(k), '(')) return k;
  }
  return -1;
}

// The noun phrase ending at unit last, scanning left no further than floor.
UnitRange np_ending_at(const FinderInput& in, int32_t last, int32_t floor) {
  int32_t begin = last + 1;
  for (int32_t k = last; k >= floor && last - k < kMaxSpeakerUnits; --k) {
    const int32_t open = paren_open_before(in, k, floor);
    if (open >= 0 && k == last) {
      k = open;
      begin = open;
      continue;
    }
    const Unit& u = unit(in, k);
    const std::string_view f = in.units.form(static_cast<size_t>(k));
    // A participle before the head is an adjective: "the gambling tycoon", "the ruling party".
    const bool modifier = k < last && begin == k + 1 && is_participle(in, k) &&
                          !u.has(kUpperInitial) && !unit(in, k + 1).is(kDeterminer);
    // Between a determiner and the head any content word is a modifier: "several cast
    // members", "the first accord".
    const bool inner = k < last && begin == k + 1 && k > floor && u.kind == UnitKind::kWord &&
                       !u.is(kGrammar | kTimeWord) && !u.has(kUpperInitial) &&
                       !unit(in, k + 1).is(kDeterminer) && unit(in, k - 1).kind == UnitKind::kWord &&
                       unit(in, k - 1).is(kDeterminer) && !unit(in, k - 1).is(kSubordinator);
    if (np_word(in, k) || modifier || inner) {
      begin = k;
      if (u.is(kDeterminer) && !u.has(kUpperInitial)) break;
      continue;
    }
    // "of"/"for" and "and" between two parts of a name or title.
    if ((f == "of" || f == "for" || f == "and" || f == "&") && k > floor && np_word(in, k - 1) &&
        begin == k + 1 && begin <= last) {
      continue;
    }
    break;
  }
  while (begin <= last) {  // a phrase does not start with "of" or "and"
    const std::string_view f = in.units.form(static_cast<size_t>(begin));
    if (f != "of" && f != "for" && f != "and" && f != "&") break;
    ++begin;
  }
  return begin <= last ? UnitRange{begin, last + 1} : UnitRange{};
}

bool joins_phrases(const FinderInput& in, int32_t j) {
  const std::string_view f = in.units.form(static_cast<size_t>(j));
  if (f == "of" || f == "and" || f == "or") return true;
  const Unit& u = unit(in, j);
  return u.kind == UnitKind::kWord && u.is(kPreposition) && !u.is(kSubordinator) &&
         !u.has(kUpperInitial) && f != "than" && f != "like";
}

// A phrase grown to the left past its determiner, as PolNeAR's sources span them: "no one",
// "not everyone", "one of the two candidates", "Joseph and other parents", "people involved
// in the talks", "the wife of a man shot by police". The joined phrase must end in a noun-like
// word of the same sentence, and no comma may intervene (", and his aides said" is a clause).
UnitRange extend_left(const FinderInput& in, UnitRange range, int32_t floor) {
  const uint32_t sentence = unit(in, range.begin).sentence;
  for (int guard = 0; guard < 4 && range.begin - 1 >= floor; ++guard) {
    const int32_t j = range.begin - 1;
    if (!in_sentence(in, j, sentence)) break;
    const Unit& first = unit(in, range.begin);
    const Unit& before = unit(in, j);
    if (first.is(kDeterminer) && before.kind == UnitKind::kWord &&
        (before.is(kNegation) || before.is(kDeterminer)) && !before.is(kSubordinator)) {
      range.begin = j;
      continue;
    }
    if (!joins_phrases(in, j) || j - 1 < floor || !in_sentence(in, j - 1, sentence)) break;
    // "Protesters marching through the streets": a participle after the head noun.
    if (is_participle(in, j - 1) && !unit(in, j - 1).has(kUpperInitial) && j - 2 >= floor &&
        in_sentence(in, j - 2, sentence) && np_word(in, j - 2) && !unit(in, j - 2).is(kDeterminer)) {
      const UnitRange left = np_ending_at(in, j - 2, floor);
      if (left.empty()) break;
      range.begin = left.begin;
      continue;
    }
    // A quantifier heads "one of the ...", "most of its ..."; elsewhere a determiner ends it.
    const bool of = in.units.form(static_cast<size_t>(j)) == "of";
    if (!np_word(in, j - 1) || unit(in, j - 1).is(kPossessive) ||
        (!of && unit(in, j - 1).is(kDeterminer))) {
      break;
    }
    const UnitRange left = np_ending_at(in, j - 1, floor);
    if (left.empty()) break;
    range.begin = left.begin;
  }
  return range;
}

// Stops an inverted speaker phrase: a participle or clause after a comma, a preposition or time
// word right after the name ("said Durbin in an interview").
bool ends_inverted_np(const FinderInput& in, int32_t k, bool appositive, bool appositives) {
  const Unit& u = unit(in, k);
  if (u.kind == UnitKind::kQuote) return true;
  if (u.kind == UnitKind::kPunct) {
    const std::string_view f = in.units.form(static_cast<size_t>(k));
    if (f == "," ) {
      const int32_t n = k + 1;
      if (n >= unit_count(in) || !is_word(unit(in, n))) return true;
      const Unit& next = unit(in, n);
      const std::string_view nf = in.units.form(static_cast<size_t>(n));
      if (nf == "who" || nf == "whose" || nf == "of") return false;  // "X, 31, of Tujunga"
      return is_participle(in, n) || next.is(kSubordinator | kPreposition | kAdverb | kTimeWord) ||
             cue_rate(in, n) >= kDirectCueRate;
    }
    return f == "." || f == "!" || f == "?" || f == ";" || f == ":" || f == "..." ||
           f == "\xE2\x80\x94" || f == "\xE2\x80\x93" || f == "--";
  }
  if (appositive) return false;
  const std::string_view f = in.units.form(static_cast<size_t>(k));
  if (f == "who" || f == "whose") return false;  // "one of two witnesses who ..."
  if (u.has(kUpperInitial) && u.is(kAuxiliary)) return false;  // "said Will Doyle"
  if (f == "of" || f == "for") return false;
  // "according to a report by Politico": a preposition before a phrase that names someone.
  if (!appositives && u.is(kPreposition) && !u.is(kSubordinator) && k + 1 < unit_count(in) &&
      np_word(in, k + 1) && !unit(in, k + 1).is(kTimeWord) &&
      (unit(in, k + 1).has(kUpperInitial) || unit(in, k + 1).is(kDeterminer))) {
    return false;
  }
  return u.is(kPreposition | kTimeWord | kSubordinator | kAdverb | kAuxiliary);
}

bool is_boundary(const FinderInput& in, int32_t i, int32_t floor) {
  if (i < floor) return true;
  const Unit& u = unit(in, i);
  return u.kind != UnitKind::kWord || u.is(kConjunction | kSubordinator) || u.has(kSentenceStart);
}

// "Okafor, the party's leader, said" / "Kasich, who ..., said": the name with its parenthetical,
// the closing comma included, as PolNeAR's guidelines have it (identifying clauses belong to the
// source). `comma` is the unit before the cue.
UnitRange parenthetical_before(const FinderInput& in, int32_t comma, int32_t floor) {
  const uint32_t sentence = unit(in, comma).sentence;
  for (int32_t k = comma - 1; k > floor && comma - k < 32; --k) {
    if (!in_sentence(in, k, sentence) || unit(in, k).kind == UnitKind::kQuote) break;
    if (!in.units.punct(static_cast<size_t>(k), ',')) continue;
    UnitRange head = np_ending_at(in, k - 1, floor);
    if (!head.empty()) head = extend_left(in, head, floor);
    if (head.empty() || !is_boundary(in, head.begin - 1, floor)) continue;
    // "On Friday, however, X met ...": the object of an opening preposition is no subject.
    if (head.begin - 1 >= floor && unit(in, head.begin - 1).is(kPreposition)) continue;
    const Unit& first = unit(in, head.begin);
    if (!first.has(kUpperInitial) && !first.is(kDeterminer | kPronoun)) continue;
    // "Clinton, exasperated, said": an aside, not the source; "Unions, including X," and
    // "Voters, in particular," narrow the source and belong to it.
    const Unit& inner = unit(in, k + 1);
    const std::string_view f = in.units.form(static_cast<size_t>(k + 1));
    if (inner.is(kAdverb) || (is_participle(in, k + 1) && f != "including") ||
        (!inner.has(kUpperInitial) && f.size() > 3 && f.ends_with("ed"))) {
      return head;
    }
    return {head.begin, comma + 1};
  }
  return {};
}

}  // namespace

bool np_word(const FinderInput& in, int32_t i) {
  const Unit& u = unit(in, i);
  if (u.kind == UnitKind::kNumber) return true;
  if (u.kind != UnitKind::kWord) return false;
  if (u.is(kPossessive)) return true;
  if (u.has(kUpperInitial)) {
    // "Will Doyle said": a capital auxiliary inside a sentence is a name; "Then", "Friday"
    // opening a sentence are not.
    return !u.is(kSubordinator | kConjunction | kPreposition) &&
           !(u.is(kAuxiliary | kAdverb | kTimeWord) && u.has(kSentenceStart));
  }
  if (u.is(kDeterminer)) return true;
  if (u.is(kGrammar | kAdverb | kTimeWord) || is_participle(in, i)) return false;
  return u.cue < 0 || in.lexicon.entry(u.cue).pos != CuePos::kVerb || cue_rate(in, i) < kDirectCueRate;
}

bool is_positional_cue(const FinderInput& in, int32_t i) {
  if (i < 0 || i >= unit_count(in)) return false;
  const Unit& u = unit(in, i);
  if (u.kind != UnitKind::kWord || u.is(kGrammar | kAdverb | kTimeWord | kPossessive)) return false;
  if (u.has(kUpperInitial) && !u.has(kAllUpper)) return false;
  if (u.cue >= 0) {
    const CueEntry& e = in.lexicon.entry(u.cue);
    if (e.pos == CuePos::kVerb && (e.cue_count > 0 || (e.origin & kWordNetSpeech))) return true;
  }
  const std::string_view f = in.units.form(static_cast<size_t>(i));
  return f.size() > 4 && f.ends_with("ed");
}

float cue_rate(const FinderInput& in, int32_t i) {
  if (i < 0 || i >= unit_count(in)) return 0.0f;
  const Unit& u = unit(in, i);
  if (u.cue < 0 || u.kind != UnitKind::kWord || u.is(kGrammar)) return 0.0f;
  const CueEntry& e = in.lexicon.entry(u.cue);
  const float prior = (e.origin & kWordNetSpeech)    ? kSpeechPrior
                      : (e.origin & kWordNetThought) ? kThoughtPrior
                                                     : 0.0f;
  // Before a complement "that" the word's rate in that place: "is reporting that" reports far
  // more often than "reporting" does anywhere (learnt from the same annotations).
  if (in.units.before_that_clause(static_cast<size_t>(i))) {
    return (static_cast<float>(e.that_cue_count) + prior * kPriorWeight) /
           (static_cast<float>(e.that_text_count) + kPriorWeight);
  }
  return (static_cast<float>(e.cue_count) + prior * kPriorWeight) /
         (static_cast<float>(e.text_count) + kPriorWeight);
}

bool is_direct_cue(const FinderInput& in, int32_t i) {
  if (cue_rate(in, i) < kDirectCueRate) return false;
  const Unit& u = unit(in, i);
  // A capital inside a sentence is a name ("Public Advocate Trish James"), not a verb.
  if (u.has(kUpperInitial) && !u.has(kSentenceStart) && !u.has(kAllUpper)) return false;
  return in.lexicon.entry(u.cue).pos == CuePos::kVerb;
}

// Adverbs inside annotated cue spans ("also said") have high rates but report nothing alone.
bool is_indirect_cue(const FinderInput& in, int32_t i) {
  return cue_rate(in, i) >= kIndirectCueRate &&
         in.lexicon.entry(unit(in, i).cue).pos != CuePos::kOther;
}

bool is_speech_cue(const FinderInput& in, int32_t i) {
  if (i < 0 || i >= unit_count(in) || unit(in, i).cue < 0) return false;
  return in.lexicon.is_speech(unit(in, i).cue);
}

Span span_of(const FinderInput& in, UnitRange range) {
  if (range.empty()) return {};
  return {unit(in, range.begin).span.begin, unit(in, range.end - 1).span.end};
}

namespace {

// The first unit before a time adjunct ending at unit j ("in April", "on Friday", "in 2001",
// "last week"), or j when there is none.
int32_t before_time_adjunct(const FinderInput& in, int32_t j, int32_t floor) {
  int32_t k = j;
  bool time = false;
  while (k > floor && k > j - 4) {
    const Unit& u = unit(in, k);
    if (u.kind == UnitKind::kNumber || (u.kind == UnitKind::kWord && u.is(kTimeWord))) {
      time = true;
    } else if (u.kind != UnitKind::kWord || !u.is(kDeterminer | kAdverb)) {
      break;
    }
    --k;
  }
  if (!time) return j;
  if (unit(in, k).kind == UnitKind::kWord && unit(in, k).is(kPreposition)) return k - 1;
  return unit(in, k + 1).is(kAdverb | kDeterminer) ? k : j;  // "last week", "this month"
}

// A lower-case content word right after an auxiliary of the same sentence opens a predicate
// ("was quick to point", "has been very vocal"), not a subject. Measured on PolNeAR train
// (`dossier-eval quotes --part train`, speech subset): speakers right 8,406 -> 8,422 of 9,332;
// audit tuning part 66 -> 67 of 73 (any auxiliary; "be" alone gained less: 8,416).
bool opens_predicate(const FinderInput& in, UnitRange phrase, int32_t floor) {
  const Unit& first = unit(in, phrase.begin);
  const int32_t aux = phrase.begin - 1;
  return first.kind == UnitKind::kWord && !first.has(kUpperInitial) &&
         !first.is(kDeterminer | kPronoun | kPossessive | kObjectPronoun) && aux >= floor &&
         in_sentence(in, aux, first.sentence) && unit(in, aux).kind == UnitKind::kWord &&
         unit(in, aux).is(kAuxiliary) && !unit(in, aux).has(kUpperInitial);
}

}  // namespace

UnitRange speaker_before(const FinderInput& in, int32_t cue, int32_t floor) {
  int32_t j = cue - 1;
  const uint32_t sentence = unit(in, cue).sentence;
  floor = std::max(floor, 0);
  for (int pass = 0; pass < 2; ++pass) {
    while (j >= floor && in_sentence(in, j, sentence) &&
           unit(in, j).is(kAdverb | kAuxiliary | kNegation) && !unit(in, j).is(kPronoun)) {
      --j;
    }
    if (pass == 0 && j > floor && in_sentence(in, j, sentence)) j = before_time_adjunct(in, j, floor);
  }
  while (j >= floor && !in_sentence(in, j, sentence)) return {};
  if (j < floor) return {};
  const Unit& u = unit(in, j);
  if (u.kind == UnitKind::kWord && u.is(kPronoun)) return {j, j + 1};
  if (in.units.punct(static_cast<size_t>(j), ',')) return parenthetical_before(in, j, floor);
  const UnitRange np = np_ending_at(in, j, floor);
  if (np.empty()) return np;
  const UnitRange phrase = extend_left(in, np, floor);
  if (!opens_predicate(in, phrase, floor)) return phrase;
  // "CNN was quick to push back after Ted Cruz blamed": the phrase grew into the predicate of
  // another clause; the named or determined phrase before the cue is its subject.
  const Unit& head = unit(in, np.begin);
  if (np.begin != phrase.begin && (head.has(kUpperInitial) || head.is(kDeterminer | kPossessive))) return np;
  // "Okafor was quick to point out", "Okafor has been very vocal in rejecting": the subject
  // stands before the auxiliary.
  return speaker_before(in, phrase.begin, floor);
}

UnitRange speaker_after(const FinderInput& in, int32_t cue, bool appositives) {
  int32_t k = cue + 1;
  const uint32_t sentence = unit(in, cue).sentence;
  if (!in_sentence(in, k, sentence) || !is_word(unit(in, k))) return {};
  if (unit(in, k).is(kPronoun)) return {k, k + 1};
  if (!np_word(in, k)) return {};
  const int32_t begin = k;
  int32_t end = k;
  bool appositive = false;
  for (; in_sentence(in, k, sentence) && k - begin < 3 * kMaxSpeakerUnits; ++k) {
    if (ends_inverted_np(in, k, appositive, appositives)) break;
    const std::string_view f = in.units.form(static_cast<size_t>(k));
    if (in.units.punct(static_cast<size_t>(k), ',') || f == "who" || f == "whose") {
      if (!appositives) break;
      appositive = true;
      if (f != ",") end = k + 1;
      continue;
    }
    if (unit(in, k).kind != UnitKind::kPunct || in.units.punct(static_cast<size_t>(k), ')')) {
      end = k + 1;
    }
  }
  return {begin, end};
}

}  // namespace dossier::quotes

namespace dossier::quotes {

UnitRange sentence_subject(const FinderInput& in, int32_t cue) {
  int32_t k = cue;
  const uint32_t sentence = unit(in, cue).sentence;
  while (k > 0 && in_sentence(in, k - 1, sentence) && unit(in, k - 1).kind != UnitKind::kQuote) --k;
  // "As if addressing him directly, the board was conclusive", "On Thursday, however, Trump
  // spoke ...", "Chastened by the analyses, Trump revised ...": the clause after the openers.
  for (int guard = 0; guard < 3; ++guard) {
    int32_t c = k + 1;
    while (c < cue && !in.units.punct(static_cast<size_t>(c), ',')) ++c;
    if (c >= cue - 1) break;
    const Unit& first = unit(in, k);
    const std::string_view f = in.units.form(static_cast<size_t>(k));
    // A past participle opens a clause ("Asked about it, ..."); a name ("Ahmed, ...") does not.
    const bool past = f.size() > 3 && f.ends_with("ed") && !first.is(kDeterminer) &&
                      !unit(in, k + 1).has(kUpperInitial) && !in.units.punct(static_cast<size_t>(k + 1), ',');
    const bool opener = first.is(kPreposition | kSubordinator | kAdverb) || is_participle(in, k) || past;
    if (!opener || first.is(kPronoun)) break;
    k = c + 1;
  }
  while (k < cue && unit(in, k).kind == UnitKind::kWord && unit(in, k).is(kConjunction | kAdverb) &&
         !unit(in, k).is(kPronoun | kDeterminer)) {
    ++k;
  }
  if (k >= cue || unit(in, k).kind != UnitKind::kWord) return {};
  if (unit(in, k).is(kPronoun)) return {k, k + 1};
  int32_t end = k;
  bool named = false;
  while (end < cue && np_word(in, end) && end - k < kMaxSpeakerUnits) {
    const Unit& u = unit(in, end);
    // After a name, a lower-case word is the verb: "Mike Huckabee rounded out the list".
    if (named && !u.has(kUpperInitial) && !u.is(kDeterminer | kPossessive) &&
        u.kind == UnitKind::kWord) {
      break;
    }
    // "Okafor's spokesman": the possessor's name is not the subject's head.
    named = !u.is(kPossessive) && (named || (u.has(kUpperInitial) && !u.has(kSentenceStart)));
    ++end;
    const std::string_view f = end < cue ? in.units.form(static_cast<size_t>(end)) : "";
    if ((f == "of" || f == "for") && end + 1 < cue && np_word(in, end + 1)) ++end;  // Board of X
  }
  if (end == k || !(unit(in, k).has(kUpperInitial) || unit(in, k).is(kDeterminer))) return {};
  return {k, end};
}

}  // namespace dossier::quotes
