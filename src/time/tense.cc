#include "time/tense.h"

#include <algorithm>
#include <array>

#include "text/fold.h"

namespace dossier::time {
namespace {

constexpr size_t kWindow = 12;
constexpr size_t kMaxWord = 16;
constexpr size_t kAuxiliaryReach = 3;  // words between an auxiliary and its participle

// Sorted lists of cue words (lower case).
constexpr std::array<std::string_view, 24> kFuture = {
    "ahead", "due",   "expect", "expected", "expects", "going",     "intend", "intends", "ll",
    "may",   "might",  "must",     "payable", "plan",  "plans",     "scheduled", "shall", "should",
    "slated", "soon",  "upcoming", "will",    "wo",        "would"};
constexpr std::array<std::string_view, 12> kPresent = {
    "am", "are", "do", "does", "has", "have", "is", "remain", "remains", "say", "says", "seems"};
// Irregular past forms; regular ones are recognised by their ending.
constexpr std::array<std::string_view, 94> kPast = {
    "ate", "became", "began", "bore", "bought", "brought", "built", "burst", "came", "caught",
    "chose", "dealt", "did", "drew", "drove", "dug", "fed", "fell", "felt", "fled", "flew",
    "forbade", "forgave", "forgot", "fought", "found", "froze", "gave", "got", "grew", "had",
    "heard", "held", "hid", "hit", "hung", "kept", "knew", "laid", "led", "left", "lent", "lit",
    "lost", "made", "meant", "met", "paid", "ran", "rang", "rode", "rose", "said", "sang", "sank",
    "sat", "saw", "sent", "shook", "shot", "shut", "slid", "sold", "sought", "spent", "split",
    "spoke", "sprang", "spread", "stole", "stood", "struck", "stuck", "swept", "swore", "swung",
    "taught", "thought", "threw", "told", "took", "tore", "understood", "undertook", "upheld",
    "was", "went", "were", "withdrew", "withheld", "woke", "won", "wore", "wrote"};
// Words ending in -ed that are not past tenses, or that point ahead.
constexpr std::array<std::string_view, 16> kNotPast = {
    "based", "bed",   "expected", "hundred", "indeed", "limited", "need",    "planned",
    "proposed", "red", "related", "scheduled", "shed", "speed",   "united", "unnamed"};

// Verbs of intention, readiness or arrangement: before "to" and a verb they point ahead
// ("planned to leave on Thursday", "agreed to sell in February").
constexpr std::array<std::string_view, 30> kIntent = {
    "agree",   "agreed",   "agrees",   "aim",     "aimed",   "aims",     "decided", "expect",
    "expected", "expects", "hope",     "hoped",   "hopes",   "intend",   "intended", "intends",
    "likely",  "plan",     "planned",  "planning", "plans",  "pledged", "prepared", "promised",
    "ready",   "scheduled", "set",     "supposed", "vowed",  "willing"};
// Words after which a cue word is a noun or an adjective ("the plan", "a still unspecified date").
// ("that", "this" are left out: as pronouns they are subjects, "that was announced").
constexpr std::array<std::string_view, 9> kDeterminers = {"a", "an", "her", "his", "its", "my", "our", "the", "their"};

bool in(std::string_view word, std::span<const std::string_view> list) {
  return std::binary_search(list.begin(), list.end(), word);
}

bool boundary(std::string_view text, std::span<const Tok> toks, size_t i) {
  const Tok& tok = toks[i];
  if (tok.kind != TokKind::kPunct) return false;
  const char c = text[tok.begin];
  if (c == '!' || c == '?' || c == ';') return true;
  if (c != '.') return false;
  // A period after a short capitalised word is an abbreviation ("Mr.", "Jan.").
  if (i > 0 && toks[i - 1].kind == TokKind::kWord && toks[i - 1].has(kUpperInitial) &&
      toks[i - 1].end - toks[i - 1].begin <= 3) {
    return false;
  }
  return true;
}

bool lower_equals(std::string_view word, std::string_view lower) {
  return text::fold_equals(word, lower);
}

// A past form after an auxiliary takes the auxiliary's tense: "is heard" present, "would be
// held" and "to be signed" future.
Tense with_auxiliary(std::string_view text, std::span<const Tok> toks, size_t cue, Tense tense) {
  for (size_t d = 1; d <= kAuxiliaryReach && d <= cue; ++d) {
    const Tok& tok = toks[cue - d];
    if (tok.kind != TokKind::kWord) return tense;
    const std::string_view w = text.substr(tok.begin, tok.end - tok.begin);
    if (w == "be" || w == "been" || w == "being" || w == "not" || w == "still" || w == "also") continue;
    if (w == "to") return Tense::kFuture;
    if (w == "had" || w == "was" || w == "were") return Tense::kPast;
    const Tense aux = tense_of_word(w);
    if (tense == Tense::kPast && (aux == Tense::kFuture || aux == Tense::kPresent)) {
      return w == "has" || w == "have" ? Tense::kPast : aux;
    }
    return tense;
  }
  return tense;
}

std::string_view word_at(std::string_view text, std::span<const Tok> toks, size_t i) {
  return text.substr(toks[i].begin, toks[i].end - toks[i].begin);
}

bool in_lower(std::string_view word, std::span<const std::string_view> list) {
  char buffer[kMaxWord];
  const size_t length = text::fold_into(word, buffer, kMaxWord);
  return length > 0 && in(std::string_view(buffer, length), list);
}

// True when "has" or "have" at i begins a present perfect ("has risen", "have been"): a clause
// that looks back.
bool present_perfect(std::string_view text, std::span<const Tok> toks, size_t i) {
  const std::string_view w = word_at(text, toks, i);
  if (!lower_equals(w, "has") && !lower_equals(w, "have")) return false;
  for (size_t d = 1; d <= kAuxiliaryReach && i + d < toks.size(); ++d) {
    if (toks[i + d].kind != TokKind::kWord) return false;
    const std::string_view next = word_at(text, toks, i + d);
    if (next == "not" || next == "already" || next == "also" || next == "since" || next.ends_with("ly")) continue;
    return tense_of_word(next) == Tense::kPast || (next.size() > 3 && next.ends_with("en")) || next == "done" ||
           next == "gone" || next == "begun" || next == "come" || next == "become" || next == "run";
  }
  return false;
}

// True when the word at i follows a determiner, perhaps across an adverb ("the still
// unspecified"): then it is a noun or an adjective, not a verb.
bool after_determiner(std::string_view text, std::span<const Tok> toks, size_t i) {
  for (size_t d = 1; d <= 2 && d <= i; ++d) {
    const Tok& tok = toks[i - d];
    if (tok.kind != TokKind::kWord) return false;
    const std::string_view w = word_at(text, toks, i - d);
    if (in_lower(w, kDeterminers)) return true;
    if (!w.ends_with("ly") && w != "still" && w != "newly") return false;
  }
  return false;
}

// True when the word at i is a verb of intention followed by "to" and a verb.
bool intent_before_infinitive(std::string_view text, std::span<const Tok> toks, size_t i) {
  if (i + 2 >= toks.size() || toks[i + 1].kind != TokKind::kWord || toks[i + 2].kind != TokKind::kWord) return false;
  if (word_at(text, toks, i + 1) != "to" || toks[i + 2].has(kUpperInitial)) return false;
  return !in_lower(word_at(text, toks, i + 2), kDeterminers) && in_lower(word_at(text, toks, i), kIntent);
}

// True when "had" governs the word at i ("had been scheduled to expire"): an arrangement that
// lies in the past, unlike "were planning to drive".
bool past_perfect(std::string_view text, std::span<const Tok> toks, size_t i) {
  for (size_t d = 1; d <= kAuxiliaryReach && d <= i; ++d) {
    if (toks[i - d].kind != TokKind::kWord) return false;
    const std::string_view w = word_at(text, toks, i - d);
    if (w == "had") return true;
    if (w != "been" && w != "not" && w != "previously" && w != "already" && !w.ends_with("ly")) return false;
  }
  return false;
}

// The tense the word at i signals in its sentence, kNone when it is not a verb cue there. An
// intention points ahead for what follows it; an expression before it dates the intending itself
// (`before_cue`: "On Monday, the board agreed to sell" looks back).
Tense cue_at(std::string_view text, std::span<const Tok> toks, size_t i, bool before_cue = false) {
  if (toks[i].kind != TokKind::kWord) return Tense::kNone;
  const bool intent = intent_before_infinitive(text, toks, i);
  if (intent && !before_cue) return past_perfect(text, toks, i) ? Tense::kPast : Tense::kFuture;
  Tense t = tense_of_word(word_at(text, toks, i));
  if (intent && t == Tense::kFuture) t = Tense::kPresent;
  if (t == Tense::kNone || after_determiner(text, toks, i)) return Tense::kNone;
  return with_auxiliary(text, toks, i, t);
}

}  // namespace

Tense tense_of_word(std::string_view word) {
  char buffer[kMaxWord];
  const size_t length = text::fold_into(word, buffer, kMaxWord);
  if (length == 0) return Tense::kNone;
  const std::string_view w(buffer, length);
  if (in(w, kFuture)) return Tense::kFuture;
  // The present of reporting tells what was said: "in a statement on Monday, the party says".
  if (w == "says" || w == "say") return Tense::kPast;
  if (in(w, kPresent)) return Tense::kPresent;
  if (in(w, kPast)) return Tense::kPast;
  if (w.size() > 3 && w.ends_with("ed") && !w.ends_with("eed") && !in(w, kNotPast)) return Tense::kPast;
  return Tense::kNone;
}

Tense tense_around(std::string_view text, std::span<const Tok> toks, size_t first, size_t last) {
  // A preposition of deadline or origin right before the expression outweighs the verb:
  // "was extended to Nov. 16", "ordered home by Jan. 14", "has risen since March".
  std::string_view before;
  if (first > 0 && toks[first - 1].kind == TokKind::kWord) {
    before = text.substr(toks[first - 1].begin, toks[first - 1].end - toks[first - 1].begin);
    if (lower_equals(before, "since")) return Tense::kPast;
    // "since their Oct. 13 debate", "since the March vote": the expression dates a noun after it.
    if (first > 1 && toks[first - 2].kind == TokKind::kWord && in_lower(before, kDeterminers) &&
        lower_equals(text.substr(toks[first - 2].begin, toks[first - 2].end - toks[first - 2].begin), "since")) {
      return Tense::kPast;
    }
  }
  // "Wednesday's ruling": a possessive day names something that has happened.
  if (last + 1 < toks.size() && toks[last].kind == TokKind::kPunct && text[toks[last].begin] == '\'' &&
      !toks[last].has(kSpaceBefore) && lower_equals(text.substr(toks[last + 1].begin, toks[last + 1].end - toks[last + 1].begin), "s")) {
    return Tense::kPast;
  }
  const Tense verb = verb_tense(text, toks, first, last);
  // "by Friday", "until Monday" are deadlines ahead unless the clause looks back ("had filed by
  // Wednesday", "until Thursday they had not called").
  const bool deadline = lower_equals(before, "by") || lower_equals(before, "until") || lower_equals(before, "till");
  if (deadline && verb != Tense::kPast) return Tense::kFuture;
  return verb;
}

Tense verb_tense(std::string_view text, std::span<const Tok> toks, size_t first, size_t last) {
  Tense left = Tense::kNone;
  size_t left_distance = kWindow + 1;
  for (size_t d = 1; d <= kWindow && d <= first; ++d) {
    const size_t i = first - d;
    if (boundary(text, toks, i) || toks[i + 1].has(kNewlineBefore)) break;
    const Tense t = cue_at(text, toks, i);
    if (t != Tense::kNone) {
      left = t;
      left_distance = d;
      break;
    }
  }
  // The verb governing an expression mostly precedes it ("said Friday", "will meet on Monday"):
  // a cue after it wins only when it is less than half as far as the cue before ("talks that are
  // supposed to conclude by May, invited ..." keeps "supposed").
  for (size_t d = 1; d <= kWindow && last + d - 1 < toks.size() && (left == Tense::kNone || 2 * d < left_distance);
       ++d) {
    const size_t i = last + d - 1;
    if (boundary(text, toks, i) || toks[i].has(kNewlineBefore)) break;
    const Tense t = cue_at(text, toks, i, true);
    // "the dam that burst on Thursday has risen": a perfect after the expression looks back. (One
    // before it governs something else: "has given them until Tuesday" sets a deadline ahead.)
    if (t == Tense::kPresent && present_perfect(text, toks, i)) return Tense::kPast;
    if (t != Tense::kNone) return t;
  }
  return left;
}

}  // namespace dossier::time
