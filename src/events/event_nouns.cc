#include "events/event_nouns.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

namespace dossier::events {
namespace {

// English support verbs: aspectual, light and intensifying verbs whose object noun names the act
// ("upgraded their diplomatic ties" is diplomatic cooperation). A closed class of the language,
// like the auxiliaries; the dictionary supplies their blocks.
constexpr std::string_view kSupportVerbs[] = {
    "begin", "start",   "launch",     "continue", "resume",  "stage",     "mount",   "wage",
    "pursue", "perform", "undertake", "complete", "finish",  "extend",    "tighten", "intensify",
    "escalate", "hold",  "conduct",   "organize", "organise", "step",     "carry",   "upgrade",
    "restore", "strengthen", "deepen", "expand", "boost", "increase"};

// English verbs of stopping or cutting an act: "halted talks", "reduced food supplies".
constexpr std::string_view kHaltVerbs[] = {"halt",     "end",    "stop",  "suspend", "cease",
                                           "terminate", "discontinue", "reduce", "cut", "freeze"};

// English verbs of increasing: "strengthened its forces" mobilizes them.
constexpr std::string_view kIncreaseVerbs[] = {"strengthen", "reinforce", "boost", "increase", "expand", "bolster"};

// English verbs of killing and injuring: "killed", "wounded".
constexpr std::string_view kHarmVerbs[] = {"kill", "wound", "injure", "murder", "slay"};

constexpr size_t kMaxPhrases = 64;  // expansions of one pattern (synonym sets multiply)

constexpr int kConflictFirst = 14, kConflictLast = 20;  // roots of material conflict
constexpr int kAccuse = 11;                               // disapprove, accuse

}  // namespace

EventNouns::EventNouns(const VerbDictionary& dictionary) : dict_(dictionary) {
  support_verb_.assign(dict_.verb_count(), 0);
  std::vector<uint8_t> pooled(dict_.block_count(), 0);
  for (std::string_view base : kSupportVerbs) {
    for (const VerbForm& f : dict_.forms(dict_.word_id(base))) {
      if (f.inflection != Inflection::kBase) continue;
      support_verb_[f.verb] = 1;
      const Block& b = dict_.block(dict_.verb(f.verb).block);
      if (b.code == kNoCode || b.code == kNullCode) pooled[dict_.verb(f.verb).block] = 1;
    }
  }
  halt_verb_ = mark_verbs(kHaltVerbs);
  increase_verb_ = mark_verbs(kIncreaseVerbs);
  harm_verb_ = mark_verbs(kHarmVerbs);
  std::vector<std::pair<std::vector<uint32_t>, uint16_t>> votes;
  for (size_t b = 0; b < pooled.size(); ++b) {
    if (pooled[b] != 0) add_votes(dict_.block(static_cast<uint32_t>(b)), votes);
  }
  // One code per phrase: the most voted; a tie between codes of one family gives the family's
  // general code ("STRIKE" 140 and 143 -> 140), a tie across families gives none.
  std::map<std::vector<uint32_t>, std::map<uint16_t, int>> tally;
  for (const auto& [words, code] : votes) ++tally[words][code];
  for (const auto& [words, counts] : tally) {
    int best = 0;
    for (const auto& [code, n] : counts) best = std::max(best, n);
    uint16_t chosen = kNoCode;
    int root = -1;
    for (const auto& [code, n] : counts) {
      if (n != best) continue;
      const int r = root_of(dict_.code(code).code);
      if (chosen == kNoCode) {
        chosen = code;
        root = r;
      } else if (r == root) {
        chosen = dict_.code_id(std::to_string(root * 10).insert(0, root < 10 ? "0" : ""));
      } else {
        chosen = kNoCode;
        break;
      }
    }
    if (chosen == kNoCode) continue;
    by_first_[words.front()].push_back(static_cast<uint32_t>(phrases_.size()));
    phrases_.push_back({words, chosen});
  }
}

// Votes of a block's patterns that name a noun phrase right after the verb: "- * DEMONSTRATION",
// "- * {HUNGER STRIKE}", "- * &INVESTIGATION"; synonym sets expand to their phrases.
void EventNouns::add_votes(const Block& block, std::vector<std::pair<std::vector<uint32_t>, uint16_t>>& votes) const {
  for (const Pattern& p : dict_.patterns(block)) {
    if (p.pre != 0 || p.post == 0 || p.code == kNoCode || p.code == kNullCode) continue;
    if (quad_class_of(dict_.code(p.code).code) == 0) continue;
    const auto elements = dict_.elements(p);
    if (elements.size() > 1 && !elements[1].grouped && !elements[1].adjacent) continue;
    std::vector<std::vector<uint32_t>> phrases{{}};
    bool ok = true;
    for (size_t i = 0; i < elements.size() && ok; ++i) {
      const Element& e = elements[i];
      if (i > 0 && !e.grouped && !e.adjacent) ok = false;
      if (e.kind == ElementKind::kWord) {
        for (auto& ph : phrases) ph.push_back(e.value);
      } else if (e.kind == ElementKind::kSynset) {
        std::vector<std::vector<uint32_t>> grown;
        for (const auto& ph : phrases) {
          for (size_t k = 0; k < dict_.synset_size(e.value) && grown.size() < kMaxPhrases; ++k) {
            auto g = ph;
            const auto words = dict_.synset_phrase(e.value, k);
            g.insert(g.end(), words.begin(), words.end());
            grown.push_back(std::move(g));
          }
        }
        phrases = std::move(grown);
      } else {
        ok = false;
      }
    }
    if (!ok) continue;
    for (auto& ph : phrases) {
      if (!ph.empty()) votes.emplace_back(std::move(ph), p.code);
    }
  }
}

// Per verb id: 1 for the one-word verbs of the dictionary spelled as one of `bases`.
std::vector<uint8_t> EventNouns::mark_verbs(std::span<const std::string_view> bases) const {
  std::vector<uint8_t> marks(dict_.verb_count(), 0);
  for (std::string_view base : bases) {
    for (const VerbForm& f : dict_.forms(dict_.word_id(base))) {
      const Verb& v = dict_.verb(f.verb);
      if (f.inflection == Inflection::kBase && v.back == 0 && v.front == 0) marks[f.verb] = 1;
    }
  }
  return marks;
}

bool EventNouns::is_harm(uint32_t verb) const { return verb < harm_verb_.size() && harm_verb_[verb] != 0; }

bool EventNouns::is_increase(uint32_t verb) const {
  return verb < increase_verb_.size() && increase_verb_[verb] != 0;
}

bool EventNouns::is_halt(uint32_t verb) const { return verb < halt_verb_.size() && halt_verb_[verb] != 0; }

bool EventNouns::is_support(uint32_t verb) const { return verb < support_verb_.size() && support_verb_[verb] != 0; }

// A noun spelled as the base form or the gerund of a one-word verb whose code has a root in
// [first_root, last_root] ("riot", "fighting", "charges"): that verb's code.
uint16_t EventNouns::verb_noun_code(uint32_t word, int first_root, int last_root) const {
  if (word == kNoWord) return kNoCode;
  for (const VerbForm& f : dict_.forms(word)) {
    const Verb& v = dict_.verb(f.verb);
    const bool noun_form = f.inflection == Inflection::kBase || f.inflection == Inflection::kGerund;
    if (!noun_form || v.front != 0 || v.back != 0) continue;
    const uint16_t code = v.code != kNoCode ? v.code : dict_.block(v.block).code;
    if (code == kNoCode || code == kNullCode) continue;
    const int root = root_of(dict_.code(code).code);
    if (root >= first_root && root <= last_root) return code;
  }
  return kNoCode;
}

NounHit EventNouns::at(std::span<const Word> words, uint32_t i) const {
  NounHit hit;
  const auto matches = [&](const Phrase& p) {
    if (i + p.words.size() > words.size()) return false;
    for (size_t k = 0; k < p.words.size(); ++k) {
      const Word& w = words[i + k];
      if (w.id != p.words[k] && w.stem != p.words[k]) return false;
    }
    return true;
  };
  for (const uint32_t first : {words[i].id, words[i].stem}) {
    if (first == kNoWord) continue;
    const auto it = by_first_.find(first);
    if (it == by_first_.end()) continue;
    for (const uint32_t index : it->second) {
      const Phrase& p = phrases_[index];
      if (p.words.size() > hit.len && matches(p)) hit = {p.code, static_cast<uint32_t>(p.words.size())};
    }
  }
  if (hit.code != kNoCode) return hit;
  const uint16_t code = derived_code(words[i], kConflictFirst, kConflictLast);
  if (code != kNoCode) hit = {code, 1};
  return hit;
}

uint16_t EventNouns::accusation_at(const Word& word) const { return derived_code(word, kAccuse, kAccuse); }

uint16_t EventNouns::derived_code(const Word& word, int first_root, int last_root) const {
  uint16_t code = verb_noun_code(word.id, first_root, last_root);
  if (code == kNoCode) code = verb_noun_code(word.stem, first_root, last_root);
  if (code == kNoCode) code = nominal_code(word.lower, first_root, last_root);
  return code;
}

// A regular nominalisation of such a verb: "invasion" invade, "bombardment" bombard,
// "demonstrations" demonstrate, "allegations" allege.
uint16_t EventNouns::nominal_code(std::string_view lower, int first_root, int last_root) const {
  static constexpr std::pair<std::string_view, std::string_view> kSuffixes[] = {
      {"sion", "de"}, {"ation", "ate"}, {"ation", "e"}, {"ment", ""}};
  if (lower.ends_with('s')) lower.remove_suffix(1);
  for (const auto& [suffix, verb_end] : kSuffixes) {
    if (lower.size() <= suffix.size() + 3 || !lower.ends_with(suffix)) continue;
    std::string base(lower.substr(0, lower.size() - suffix.size()));
    base += verb_end;
    const uint16_t code = verb_noun_code(dict_.word_id(base), first_root, last_root);
    if (code != kNoCode) return code;
  }
  return kNoCode;
}

}  // namespace dossier::events
