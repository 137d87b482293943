#include "events/patterns.h"

#include <algorithm>

#include "events/closed_class.h"

namespace dossier::events {
namespace {

constexpr uint32_t kFirstGap = 6;    // words between the verb and its first pattern element
constexpr uint32_t kNextGap = 5;     // words between two elements of a pattern
constexpr uint32_t kGroupedGap = 3;  // words between elements of one (...) or {...}

class Matcher {
 public:
  Matcher(const VerbDictionary& dict, std::span<const Word> words, std::span<const int32_t> actor_at,
          std::span<const Actor> actors, std::span<const int32_t> group_at, int32_t self, Window window)
      : dict_(dict), words_(words), actor_at_(actor_at), actors_(actors), group_at_(group_at), self_(self),
        window_(window) {}

  // Matches one pattern; false when it does not fit.
  bool match(const Pattern& p, uint32_t verb_first, uint32_t verb_end, bool passive, PatternMatch& out) const {
    const auto elements = dict_.elements(p);
    PatternMatch m;
    m.pattern = &p;
    m.last = verb_end - 1;
    uint32_t pos = verb_end;
    if (!forward(elements.subspan(p.pre), pos, m)) return false;
    if (pos > verb_end) m.last = pos - 1;
    // Before the verb, outward (right to left). The words before a passive verb name what was
    // acted on; its logical subject, which the pattern's pre-verb nouns describe, follows it
    // ("killed by a car bomb", "killed in a suicide bombing").
    PatternMatch before = m;
    if (!backward(elements.first(p.pre), static_cast<int>(verb_first) - 1, before)) {
      uint32_t after = verb_end;
      if (!passive || p.pre == 0 || !forward(elements.first(p.pre), after, m)) return false;
      before = m;
    }
    out = before;
    return true;
  }

 private:
  uint32_t gap_of(const Element& e, bool first) const {
    return e.adjacent ? 0 : e.grouped ? kGroupedGap : first ? kFirstGap : kNextGap;
  }

  // Matches elements in text order from word `pos` on; pos ends after the last matched word.
  bool forward(std::span<const Element> elements, uint32_t& pos, PatternMatch& m) const {
    bool first = true;
    for (const Element& e : elements) {
      if (e.kind == ElementKind::kAny) continue;
      const uint32_t gap = gap_of(e, first);
      bool found = false;
      for (uint32_t q = pos; q <= pos + gap && q < window_.end; ++q) {
        if (q > pos && !skippable(q - 1, e)) break;
        uint32_t len = 0;
        if (element(e, q, true, len, m)) {
          m.first_after = std::min(m.first_after, q);
          m.skipped += static_cast<int>(q - pos);
          pos = q + len;
          found = true;
          break;
        }
      }
      if (!found) return false;
      first = false;
    }
    return true;
  }

  // Matches elements right to left, the last one ending at or before word `at`.
  bool backward(std::span<const Element> elements, int at, PatternMatch& m) const {
    bool first = true;
    for (size_t i = elements.size(); i-- > 0;) {
      const Element& e = elements[i];
      if (e.kind == ElementKind::kAny) continue;
      const uint32_t gap = gap_of(e, first);
      bool found = false;
      for (int q = at; q >= at - static_cast<int>(gap) && q >= static_cast<int>(window_.begin); --q) {
        if (q < at && !skippable(static_cast<uint32_t>(q + 1), e)) break;
        uint32_t len = 0;
        if (element(e, static_cast<uint32_t>(q), false, len, m)) {
          m.skipped += at - q;
          at = q - static_cast<int>(len);
          found = true;
          break;
        }
      }
      if (!found) return false;
      first = false;
    }
    return true;
  }

  // Whether a search for element e may pass over word q: never a clause opener ("that", "who",
  // "because") or another verb; a preposition of the pattern never over another preposition (a
  // prepositional phrase attaches to the verb or its object, not to a later phrase).
  bool skippable(uint32_t q, const Element& e) const {
    if (group_at_[q] == -2) return true;  // a time expression: "defended Iraq on Friday against"
    const uint32_t c = words_[q].cls;
    if ((c & (kThat | kRelative | kSubordinator)) != 0) return false;
    if (group_at_[q] >= 0 && group_at_[q] != self_) return false;
    if (e.kind == ElementKind::kWord && (c & (kPreposition | kTo)) != 0 &&
        (dict_.word_class_of(e.value) & (kPreposition | kTo)) != 0) {
      return false;
    }
    return true;
  }

  bool word_is(uint32_t q, uint32_t id) const {
    if (group_at_[q] != -1 && group_at_[q] != self_) return false;
    return words_[q].id == id || words_[q].stem == id;
  }

  // Element e starting (rightward) or ending (leftward) at q; len gets the words it covers.
  bool element(const Element& e, uint32_t q, bool rightward, uint32_t& len, PatternMatch& m) const {
    switch (e.kind) {
      case ElementKind::kWord:
        len = 1;
        if (!word_is(q, e.value)) return false;
        m.score += 2;
        return true;
      case ElementKind::kSynset:
        return synset(e, q, rightward, len, m);
      default:
        return actor(e, q, rightward, len, m);
    }
  }

  // The longest phrase of a synonym set starting (rightward) or ending (leftward) at q.
  bool synset(const Element& e, uint32_t q, bool rightward, uint32_t& len, PatternMatch& m) const {
    uint32_t best = 0;
    for (size_t k = 0; k < dict_.synset_size(e.value); ++k) {
      const auto phrase = dict_.synset_phrase(e.value, k);
      const auto size = static_cast<uint32_t>(phrase.size());
      if (size <= best) continue;
      if (rightward ? q + size > window_.end : size > q + 1 - window_.begin) continue;
      const uint32_t start = rightward ? q : q + 1 - size;
      bool ok = true;
      for (uint32_t x = 0; x < size && ok; ++x) ok = word_is(start + x, phrase[x]);
      if (ok) best = size;
    }
    if (best == 0) return false;
    len = best;
    m.score += 1 + static_cast<int>(best);
    return true;
  }

  bool actor(const Element& e, uint32_t q, bool rightward, uint32_t& len, PatternMatch& m) const {
    const int32_t a = actor_at_[q];
    if (a < 0) return false;
    const Actor& actor = actors_[static_cast<size_t>(a)];
    if (e.kind == ElementKind::kCompound && actor.group < 0) return false;
    len = rightward ? actor.end - q : q + 1 - actor.first;
    if (e.kind == ElementKind::kSource) m.source = a;
    if (e.kind == ElementKind::kTarget) m.target = a;
    m.score += 1;
    return true;
  }

  const VerbDictionary& dict_;
  std::span<const Word> words_;
  std::span<const int32_t> actor_at_;
  std::span<const Actor> actors_;
  std::span<const int32_t> group_at_;
  int32_t self_;
  Window window_;
};

}  // namespace

PatternMatch match_patterns(const VerbDictionary& dictionary, std::span<const Word> words,
                            std::span<const int32_t> actor_at, std::span<const Actor> actors,
                            std::span<const int32_t> group_at, int32_t self, const VerbGroup& group,
                            Window window) {
  const Verb& verb = dictionary.verb(group.verb);
  const Block& block = dictionary.block(verb.block);
  const auto verb_first = group.head - static_cast<uint32_t>(dictionary.verb_front(verb).size());
  const Matcher matcher(dictionary, words, actor_at, actors, group_at, self, window);
  // The words of the window (and their singulars): a pattern whose required word is absent is
  // passed over without a try.
  std::vector<uint32_t> present;
  uint64_t synsets = 0;
  for (uint32_t i = window.begin; i < window.end; ++i) {
    if (words[i].id != kNoWord) present.push_back(words[i].id);
    if (words[i].stem != kNoWord) present.push_back(words[i].stem);
    synsets |= dictionary.synsets_starting_with(words[i].id) | dictionary.synsets_starting_with(words[i].stem);
  }
  std::sort(present.begin(), present.end());
  PatternMatch best;
  for (const Pattern& p : dictionary.patterns(block)) {
    const uint32_t required = dictionary.required_word(p);
    if (required != kNoWord && !std::binary_search(present.begin(), present.end(), required)) continue;
    if ((dictionary.required_synsets(p) & ~synsets) != 0) continue;
    PatternMatch m;
    if (!matcher.match(p, verb_first, group.end, group.passive, m)) continue;
    // More matched words first; between equals, the one whose words stand closer to the verb.
    if (m.score > best.score || (m.score == best.score && best.pattern != nullptr && m.skipped < best.skipped)) {
      best = m;
    }
  }
  return best;
}

}  // namespace dossier::events
