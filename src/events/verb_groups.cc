#include "events/verb_groups.h"

#include <string>

#include "events/closed_class.h"

namespace dossier::events {
namespace {

bool ends_with_ly(const Word& w) { return w.lower.size() > 4 && w.lower.ends_with("ly"); }

// The form of a verb the words at `head` spell, preferring multi-word verbs; false when none.
bool best_form(std::span<const Word> words, uint32_t head, const VerbDictionary& dict, VerbForm& out,
               uint32_t& first, uint32_t& end) {
  const auto forms = dict.forms(words[head].id);
  int best = -1;
  for (const VerbForm& f : forms) {
    const Verb& v = dict.verb(f.verb);
    const auto front = dict.verb_front(v);
    const auto back = dict.verb_back(v);
    if (front.size() > head || head + 1 + back.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < front.size() && ok; ++k) ok = words[head - front.size() + k].id == front[k];
    for (size_t k = 0; k < back.size() && ok; ++k) ok = words[head + 1 + k].id == back[k];
    if (!ok) continue;
    const int size = static_cast<int>(front.size() + back.size());
    if (size > best) {
      best = size;
      out = f;
      first = head - static_cast<uint32_t>(front.size());
      end = head + 1 + static_cast<uint32_t>(back.size());
    }
  }
  return best >= 0;
}

class Finder {
 public:
  Finder(std::span<const Word> words, std::span<const int32_t> actor_at, std::span<const Actor> actors,
         std::span<const uint8_t> timeish, const VerbDictionary& dict)
      : words_(words), actor_at_(actor_at), actors_(actors), timeish_(timeish), dict_(dict) {}

  std::vector<VerbGroup> run() {
    for (uint32_t i = 0; i < words_.size(); ++i) {
      if (actor_at_[i] >= 0 || words_[i].has(kWordPunct) || (cls(i) & kPreposition) != 0) continue;
      if (words_[i].has(kWordCapital) && !words_[i].has(kWordFirst)) continue;  // a name: "Shell", "Rush"
      VerbGroup g;
      VerbForm form;
      uint32_t first = 0, end = 0;
      if (!best_form(words_, i, dict_, form, first, end)) continue;
      bool covered = false;  // front words of a multi-word verb inside an actor
      for (uint32_t k = first; k < end; ++k) covered = covered || actor_at_[k] >= 0;
      if (covered) continue;
      g.head = i;
      g.first = first;
      g.end = end;
      g.verb = form.verb;
      g.inflection = form.inflection;
      if (!read_context(g)) continue;
      if (g.frame_first > g.first) g.frame_first = g.first;
      if (g.mood != Mood::kInfinitive) g.construction = false;
      groups_.push_back(g);
      i = end - 1;
    }
    return std::move(groups_);
  }

 private:
  uint32_t cls(uint32_t i) const { return words_[i].cls; }

  bool adverb(uint32_t i) const {
    const Word& w = words_[i];
    if ((cls(i) & kAdverb) != 0) return true;
    return ends_with_ly(w) && !w.has(kWordCapital) && dict_.forms(w.id).empty();
  }

  // Reads the auxiliaries and the left context of g; false when the word is no verb here.
  bool read_context(VerbGroup& g) {
    int j = static_cast<int>(g.first) - 1;
    bool aux = false, be = false, have = false, modal = false;
    while (j >= 0) {
      const auto u = static_cast<uint32_t>(j);
      const uint32_t c = cls(u);
      if ((c & kNegation) != 0 || (words_[u].lower == "longer" && j > 0 && words_[u - 1].lower == "no")) {
        g.negated = true;
        j -= words_[u].lower == "longer" ? 2 : 1;
        continue;
      }
      if (adverb(u)) {
        --j;
        continue;
      }
      if ((c & kTo) != 0 && !aux) {
        if (g.inflection != Inflection::kBase) return false;
        g.mood = Mood::kInfinitive;
        g.first = u;
        read_infinitive_frame(g, j - 1);
        return true;
      }
      if (words_[u].has(kWordClitic) && words_[u].lower == "'s") break;  // possessive, not "is"
      if ((c & (kFuture | kPossible | kObligation | kDo)) != 0) {
        g.future = g.future || (c & kFuture) != 0;
        g.possible = g.possible || (c & kPossible) != 0;
        g.obligation = g.obligation || (c & kObligation) != 0;
        modal = true;
      } else if ((c & kBe) != 0) {
        be = be || !have;
      } else if ((c & kHave) != 0) {
        have = true;
      } else {
        break;
      }
      aux = true;
      g.first = u;
      --j;
    }
    if (aux) return auxiliaries_fit(g, be, have, modal);
    return bare_form_fits(g, j);
  }

  // "X is ready to V", "X plans to V", "X has to V", "X is going to V".
  void read_infinitive_frame(VerbGroup& g, int j) {
    while (j >= 0 && adverb(static_cast<uint32_t>(j))) --j;
    if (j < 0) return;
    const Word& w = words_[static_cast<uint32_t>(j)];
    const uint32_t c = cls(static_cast<uint32_t>(j));
    if ((c & kIntentTo) != 0) {
      g.intent = true;
      if (w.lower == "going") g.future = true;
    } else if ((c & kHave) != 0 || w.lower == "ought") {
      g.obligation = true;
    } else if (w.lower == "about" && j > 0 && (cls(static_cast<uint32_t>(j - 1)) & kBe) != 0) {
      g.future = true;  // "is about to restore"
    } else {
      return;
    }
    g.construction = true;
    // The rest of the construction: "is not ready to", "has already planned to".
    int k = j - 1;
    while (k >= 0) {
      const uint32_t ck = cls(static_cast<uint32_t>(k));
      if ((ck & kNegation) != 0) g.negated = true;
      if ((ck & (kNegation | kBe | kHave | kDo | kFuture | kPossible)) == 0 && !adverb(static_cast<uint32_t>(k))) break;
      g.future = g.future || (ck & kFuture) != 0;
      --k;
    }
    g.frame_first = static_cast<uint32_t>(k + 1);
  }

  bool auxiliaries_fit(VerbGroup& g, bool be, bool have, bool modal) const {
    switch (g.inflection) {
      case Inflection::kPast:
        if (be) {
          g.passive = true;
          return true;
        }
        // A past form also spells the participle after "have"; after a modal it is a base form
        // written like its past ("will put", "did cut") only for verbs whose forms coincide.
        return have || !modal;
      case Inflection::kGerund:
        return be;
      case Inflection::kBase:
        if ((be || have) && past_spelled_as_base(g)) {  // "has been put", "have cut"
          g.inflection = Inflection::kPast;
          g.passive = be;
          return true;
        }
        return modal || (!be && !have);
      case Inflection::kThird:
        return false;
    }
    return false;
  }

  // Whether the verb's past participle is spelled like its base ("put", "cut", "set"): none of
  // the regular past spellings of the word is a past form of the same verb. (The dictionary lists
  // such verbs' other forms only: "PUT {PUTS PUTTING}".)
  bool past_spelled_as_base(const VerbGroup& g) const {
    const std::string& w = words_[g.head].lower;
    if (w.size() < 2) return false;
    const std::string candidates[] = {w + "ed", w + "d", w + w.back() + "ed", w.substr(0, w.size() - 1) + "ied"};
    for (const std::string& c : candidates) {
      for (const VerbForm& f : dict_.forms(dict_.word_id(c))) {
        if (f.verb == g.verb && f.inflection == Inflection::kPast) return false;
      }
    }
    return true;
  }

  bool is_plural_subject(uint32_t last) const {
    const int32_t a = actor_at_[last];
    if (a >= 0) {
      const Actor& actor = actors_[static_cast<size_t>(a)];
      const Word& w = words_[actor.end - 1];
      return actor.group >= 0 || (w.lower.size() > 2 && w.lower.back() == 's' && !w.has(kWordAllCaps));
    }
    const std::string& l = words_[last].lower;
    return l == "they" || l == "we" || l == "i" || l == "you";
  }

  // A verb form without auxiliaries: finite after a subject, a participle after a comma.
  bool bare_form_fits(VerbGroup& g, int j) {
    while (j >= 0 && timeish_[static_cast<uint32_t>(j)]) --j;  // "Iran on Tuesday threatened"
    while (j >= 0 && words_[static_cast<uint32_t>(j)].lower == ",") {  // "X, on Tuesday, said"
      int k = j - 1;
      while (k >= 0 && timeish_[static_cast<uint32_t>(k)]) --k;
      if (k == j - 1 || k < 0 || words_[static_cast<uint32_t>(k)].lower != ",") break;
      j = k - 1;
    }
    if (j < 0) return false;
    const auto p = static_cast<uint32_t>(j);
    const Word& prev = words_[p];
    const uint32_t c = cls(p);
    const bool subject = (actor_at_[p] >= 0 && !in_phrase_after_preposition(actor_at_[p])) ||
                         (c & kSubjectPronoun) != 0 || (c & kRelative) != 0 ||
                         (prev.lower == "that" && p > 0 && actor_at_[p - 1] >= 0);
    switch (g.inflection) {
      case Inflection::kGerund:
        // After a preposition a gerund; after a comma, conjunction or actor a participle
        // ("..., saying", "militants fighting"); elsewhere a noun ("their first meeting").
        g.mood = (c & kPreposition) != 0 ? Mood::kGerund : Mood::kParticiple;
        return (c & kPreposition) != 0 || prev.lower == "," || (c & kConjunction) != 0 || actor_at_[p] >= 0;
      case Inflection::kPast:
        if (subject || prev.lower == "," || (c & kConjunction) != 0) return true;
        // After a noun that is no actor ("a roadside bomb killed"): the first verb of the clause.
        return c == 0 && !prev.has(kWordNumber) && !prev.has(kWordPunct) && no_finite_since_boundary();
      case Inflection::kThird:
        return subject && (c & kSubjectPronoun) == 0 ? true : (prev.lower == "he" || prev.lower == "she" ||
                                                                prev.lower == "it");
      case Inflection::kBase:
        return subject && (is_plural_subject(p) || after_that(actor_at_[p]));
    }
    return false;
  }

  // "demanded that the government end curbs": a subjunctive after "that".
  bool after_that(int32_t a) const {
    if (a < 0) return false;
    uint32_t j = actors_[static_cast<size_t>(a)].first;
    while (j > 0 && (cls(j - 1) & kDeterminer) != 0) --j;
    return j > 0 && words_[j - 1].lower == "that";
  }

  // "barriers to U.S. exports": an actor after a preposition is no subject.
  bool in_phrase_after_preposition(int32_t a) const {
    uint32_t j = actors_[static_cast<size_t>(a)].first;
    while (j > 0 && (cls(j - 1) & kDeterminer) != 0) --j;
    return j > 0 && (cls(j - 1) & (kPreposition | kTo)) != 0;
  }

  bool no_finite_since_boundary() const {
    for (auto it = groups_.rbegin(); it != groups_.rend(); ++it) {
      if (it->mood == Mood::kFinite) return false;
    }
    return true;
  }

  std::span<const Word> words_;
  std::span<const int32_t> actor_at_;
  std::span<const Actor> actors_;
  std::span<const uint8_t> timeish_;
  const VerbDictionary& dict_;
  std::vector<VerbGroup> groups_;
};

}  // namespace

bool is_hard_boundary(const Word& word) { return word.has(kWordBoundary); }

std::vector<uint8_t> time_words(std::span<const Word> words, const util::SpanIndex* times) {
  std::vector<uint8_t> out(words.size(), 0);
  for (size_t i = 0; i < words.size(); ++i) {
    if ((words[i].cls & kTimeWord) != 0 || (times != nullptr && times->overlaps_any(words[i].span))) out[i] = 1;
  }
  // "on Tuesday", "last week", "early on Monday", "late Sunday"
  for (size_t i = words.size(); i-- > 1;) {
    if (!out[i]) continue;
    const std::string& l = words[i - 1].lower;
    if (l == "on" || l == "last" || l == "this" || l == "next" || l == "early" || l == "late" || l == "in" ||
        l == "since" || l == "until") {
      out[i - 1] = 1;
    }
  }
  return out;
}

std::vector<VerbGroup> find_verb_groups(std::span<const Word> words, std::span<const int32_t> actor_at,
                                        std::span<const Actor> actors, std::span<const uint8_t> timeish,
                                        const VerbDictionary& dictionary) {
  return Finder(words, actor_at, actors, timeish, dictionary).run();
}

}  // namespace dossier::events
