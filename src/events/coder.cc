#include "events/coder.h"

#include <algorithm>
#include <bit>
#include <map>
#include <optional>

#include "events/closed_class.h"
#include "events/confidence.h"
#include "events/event_scorer.h"
#include "events/frames.h"
#include "events/patterns.h"
#include "events/verb_groups.h"
#include "events/words.h"
#include "time/date_for.h"
#include "util/span_index.h"

namespace dossier::events {
namespace {

constexpr size_t kMaxMembers = 4;
constexpr uint8_t kNounMood = 4;  // EventEvidence::mood of an event noun (past the Mood values)  // conjoined actors expanded per side
// A block whose patterns code acts of this many CAMEO families or more has verbs whose meaning the
// pattern decides ("call" for 02, on 04, off 16: 14 families; "meet", "embrace", "confine": 9 to
// 14): bare, they say little. Blocks of one kind of act span at most 5 ("kill" 4 with each weapon,
// "agree" 5, "blame" 5); counted in the PETRARCH2 dictionary, CAMEO.2.0.txt.
constexpr size_t kPolysemousFamilies = 8;

// An actor of an event: one of the sentence's actors, or an antecedent from an earlier sentence.
struct ActorRef {
  std::string text;
  std::string code;
  int32_t mention = -1;
  ActorEvidence evidence = ActorEvidence::kNone;
  bool place = false;  // a place name and nothing else
  bool person = false;  // a person's name (a person coded with a bare country code is no state)
  int8_t type = -1;     // the EntityType of its mention, -1 when it has none
  bool empty() const { return text.empty() && code.empty(); }
};

// The sectors of PETRARCH's agent and armed-group dictionaries that bear arms: military,
// rebels, insurgents, police, unidentified armed forces, intelligence, criminals, international
// militarised groups, separatists.
bool armed_sector(std::string_view sector) {
  static constexpr std::string_view kArmed[] = {"MIL", "REB", "INS", "COP", "UAF", "SPY", "CRM", "IMG", "SEP"};
  return std::find(std::begin(kArmed), std::end(kArmed), sector) != std::end(kArmed);
}

// An actor that can use force: an armed sector in its code, a state as such ("ISR"), or a place
// attacked.
bool can_be_armed(const ActorRef& a) {
  if (a.place || (a.code.size() == 3 && a.code != "---" && !a.person)) return true;
  for (size_t i = 0; i + 3 <= a.code.size(); i += 3) {
    if (armed_sector(std::string_view(a.code).substr(i, 3))) return true;
  }
  return false;
}

// What the coder works out for each verb group.
struct GroupInfo {
  Window window;            // the clause the group's patterns and object may use
  PatternMatch match;
  uint16_t code = kNoCode;  // forward and reverse codes before frames
  uint16_t reverse = kNoCode;
  int32_t subject = -1;     // actor index (pronouns resolved when possible)
  bool subject_inherited = false;
  bool subject_relative = false;  // through "who", "which", "that": the antecedent of a relative
  bool subject_pronoun = false;   // written as a pronoun ("it", "they") and resolved
  bool pronoun_unresolved = false;  // written as a pronoun that stands for no actor found
  bool family_only = false;  // coded with its block's family alone ("agreed" 050 -> 030)
  ActorRef subject_ref;     // for a pronoun resolved outside the sentence
  int32_t object = -1;      // actor index
  int32_t agent = -1;       // the "by" actor of a passive
  int governor = -1;        // index of the group whose complement this one is
  int32_t control = -1;     // "urged X to ...": the actor between governor and "to"
  bool consumed = false;
};

// The family a verb governs its complement in: its own code's when that is a governing family,
// else its block's (Block::frame).
int frame_of(const VerbDictionary& dict, const Verb& verb) {
  if (verb.code != kNoCode) {
    if (verb.code == kNullCode) return 0;
    const int root = root_of(dict.code(verb.code).code);
    return root == 1 || root == 2 || root == 3 || root == 10 || root == 12 || root == 13 ? root : 0;
  }
  return dict.block(verb.block).frame;
}

std::string three_digits(int root) {
  std::string s = std::to_string(root * 10);
  return s.size() == 2 ? "0" + s : s;
}

// What every sentence of a document looks up, indexed once per document so that each lookup
// costs O(log n) and coding stays n log n in the article's length.
struct DocumentIndex {
  explicit DocumentIndex(const Document& doc)
      : times(util::SpanIndex::of(doc.times, [](const Timex& t) { return t.span; })),
        direct_quotes(direct_quote_spans(doc)) {}
  static std::vector<Span> direct_quote_spans(const Document& doc) {
    std::vector<Span> spans;
    for (const Quote& q : doc.quotes) {
      if (q.kind == QuoteKind::kDirect) spans.push_back(q.span);
    }
    return spans;
  }
  util::SpanIndex times;
  util::SpanIndex direct_quotes;
};

class SentenceCoder {
 public:
  SentenceCoder(const VerbDictionary& dict, const ActorFinder& finder, const EventNouns& nouns, CoderOptions options,
                const std::vector<uint8_t>& polysemous, Document& doc, const DocumentIndex& index,
                uint32_t first_token, uint32_t end_token, CivilDate date, ActorRef& last_subject)
      : dict_(dict), nouns_(nouns), options_(options), polysemous_(polysemous), doc_(doc), index_(index),
        last_subject_(last_subject) {
    words_ = sentence_words(doc, first_token, end_token, dict);
    for (const Word& w : words_) speech_words_ += speech_verb(w);
    actors_ = finder.find(words_, date, &doc, &index.times);
    drop_time_actors();
    actor_at_ = actor_index(actors_, words_.size());
    timeish_ = time_words(words_, &index.times);
    groups_ = find_verb_groups(words_, actor_at_, actors_, timeish_, dict);
    info_.resize(groups_.size());
    group_of_.assign(words_.size(), -1);
    noun_used_.assign(words_.size(), 0);
    for (size_t k = 0; k < groups_.size(); ++k) {
      for (uint32_t i = groups_[k].first; i < groups_[k].end; ++i) group_of_[i] = static_cast<int32_t>(k);
    }
    match_block_ = group_of_;
    for (size_t i = 0; i < words_.size(); ++i) {
      if (timeish_[i] && match_block_[i] < 0) match_block_[i] = -2;
    }
  }

  void run() {
    if (groups_.empty()) {
      emit_noun_events();
      return;
    }
    for (size_t k = 0; k < groups_.size(); ++k) prepare(k);
    for (size_t k = 0; k < groups_.size(); ++k) find_subject(k);
    for (size_t k = 0; k < groups_.size(); ++k) find_object(k);
    for (size_t k = 1; k < groups_.size(); ++k) find_governor(k);
    for (size_t k = 0; k < groups_.size(); ++k) inherit_subject(k);
    for (size_t k = 0; k < groups_.size(); ++k) emit_group(k);
    emit_bare_demands();
    emit_noun_events();
    remember_subject();
  }

  // How the sentence was read: actors, verb groups, their codes, subjects, objects, governors.
  std::string trace() const {
    std::string out;
    for (const Actor& a : actors_) {
      out += "  actor [" + span_text(a.first, a.end) + "] " + (a.code.empty() ? "-" : a.code) +
             (a.kind == ActorKind::kAgent ? " agent" : a.kind == ActorKind::kPronoun ? " pronoun" : "") +
             (a.place_only ? " place" : "") + (a.group >= 0 ? " group" + std::to_string(a.group) : "") + "\n";
    }
    for (size_t k = 0; k < groups_.size(); ++k) {
      const VerbGroup& g = groups_[k];
      const GroupInfo& info = info_[k];
      const Verb& verb = dict_.verb(g.verb);
      static constexpr const char* kMoods[] = {"finite", "infinitive", "participle", "gerund"};
      const auto actor_text = [&](int32_t a) { return a < 0 ? std::string("-") : span_text(actors_[a].first, actors_[a].end); };
      out += "  verb [" + span_text(g.first, g.end) + "] block " + dict_.block(verb.block).name + " " + kMoods[static_cast<int>(g.mood)] +
             (g.negated ? " neg" : "") + (g.passive ? " passive" : "") + (g.future ? " future" : "") +
             (g.possible ? " possible" : "") + (g.obligation ? " must" : "") + (g.intent ? " intent" : "") +
             " code " + (code_string(info.code).empty() ? "-" : code_string(info.code)) +
             (info.match.pattern != nullptr ? " (pattern)" : "") + " subject " + actor_text(info.subject) +
             (info.subject_ref.empty() ? "" : " ref " + info.subject_ref.text) + " object " + actor_text(info.object) +
             " governor " + std::to_string(info.governor) + "\n";
    }
    return out;
  }

 private:
  uint32_t cls(uint32_t i) const { return words_[i].cls; }

  std::string span_text(uint32_t first, uint32_t end) const {
    return std::string(doc_.text.substr(words_[first].span.begin, words_[end - 1].span.end - words_[first].span.begin));
  }

  // The clause segment around word i: between hard boundaries.
  Window segment(uint32_t i) const {
    Window w{0, static_cast<uint32_t>(words_.size())};
    for (uint32_t j = i; j-- > 0;) {
      if (is_hard_boundary(words_[j])) {
        w.begin = j + 1;
        break;
      }
    }
    for (uint32_t j = i; j < words_.size(); ++j) {
      if (is_hard_boundary(words_[j])) {
        w.end = j;
        break;
      }
    }
    return w;
  }

  // "at 1200 GMT", "on Super Tuesday": words of a time expression are never an actor.
  void drop_time_actors() {
    std::erase_if(actors_, [&](const Actor& a) {
      const Span words{words_[a.first].span.begin, words_[a.end - 1].span.end};
      return index_.times.contains_any(words);
    });
  }

  // "If the rebels attack the town": CAMEO codes no hypothetical act. A verb after "if",
  // "unless" or "whether" with no comma between states a condition.
  bool conditional(const VerbGroup& g) const {
    for (uint32_t j = g.first; j-- > 0;) {
      if (is_hard_boundary(words_[j]) || words_[j].lower == ",") return false;
      if ((cls(j) & kConditional) != 0) return true;
    }
    return false;
  }

  // "had not meant to insult", "has no desire to sanction", "never intended to": an infinitive
  // after a negation in the few words before its "to" (in its clause, no actor between) is a
  // negated act.
  bool negated_infinitive(const VerbGroup& g) const {
    if (g.mood != Mood::kInfinitive) return false;
    for (uint32_t j = g.first, steps = 0; j-- > 0 && steps < 4; ++steps) {
      if (is_hard_boundary(words_[j]) || words_[j].lower == "," || actor_at_[j] >= 0) return false;
      if ((cls(j) & kNegation) != 0 || words_[j].lower == "no") return true;
    }
    return false;
  }

  void prepare(size_t k) {
    const VerbGroup& g = groups_[k];
    GroupInfo& info = info_[k];
    info.window = segment(g.head);
    for (size_t h = k + 1; h < groups_.size(); ++h) {
      if (groups_[h].mood == Mood::kFinite && groups_[h].first >= g.end) {
        info.window.end = std::min(info.window.end, groups_[h].first);
        break;
      }
    }
    info.match = match_patterns(dict_, words_, actor_at_, actors_, match_block_, static_cast<int32_t>(k), g,
                                info.window);
    const Verb& verb = dict_.verb(g.verb);
    const Block& block = dict_.block(verb.block);
    if (info.match.pattern != nullptr) {
      info.code = demand_mirror(block, info.match.pattern->code);
      info.reverse = info.match.pattern->reverse;
    } else if (verb.code != kNoCode) {
      info.code = verb.code;
      info.reverse = verb.reverse;
    } else {
      info.code = block.code;
      info.reverse = block.reverse;
    }
    // A verb whose family is known through its block's patterns codes that family's general act,
    // when it has no code of its own or when it takes what the family's patterns take: "agreed
    // to a truce", "agreed upon a pact" (AGREE codes 050 alone, 03x with "(TO ...)").
    const int frame = this->frame(verb);
    if (info.match.pattern == nullptr && frame > 1) {
      const uint16_t own = info.code;
      const bool family_code = own != kNoCode && own != kNullCode && root_of(dict_.code(own).code) == frame;
      if (own == kNoCode || own == kNullCode || (!family_code && takes_noun_complement(g))) {
        info.code = dict_.code_id(three_digits(frame));
        info.reverse = kNoCode;
        info.family_only = true;
      }
    }
    take_event_noun(g, info);
  }

  // A support verb's act is the event noun it takes: "staged a hunger strike" 142, "will extend
  // the curfew" 1723 (then a threat); a verb of halting stops it ("ended mediation efforts" 165);
  // a verb of increasing mobilizes one's own forces. A pattern of the verb's own block that
  // reaches the noun wins.
  void take_event_noun(const VerbGroup& g, GroupInfo& info) {
    const bool halt = nouns_.is_halt(g.verb);
    const bool increase = nouns_.is_increase(g.verb);
    if (!options_.cameo_frames || !(nouns_.is_support(g.verb) || halt || increase)) return;
    const uint32_t end = std::min(info.window.end, g.end + 6);
    for (uint32_t q = g.end; q < end; ++q) {
      const Word& w = words_[q];
      if (group_of_[q] >= 0 || w.has(kWordPunct)) return;
      if (timeish_[q]) continue;
      const int32_t a = actor_at_[q];
      if (a >= 0 && increase && own_forces(actors_[static_cast<size_t>(a)], info)) return;
      if (a >= 0 && actors_[static_cast<size_t>(a)].end > q + 1) {  // "the naval blockade": a modifier
        q = actors_[static_cast<size_t>(a)].end - 1;
        continue;
      }
      const NounHit hit = nouns_.at(words_, q);
      if (hit.code != kNoCode) {
        if (info.match.pattern != nullptr && info.match.first_after <= q) return;
        const uint16_t code = halt ? dict_.code_id(halt_code(dict_.code(hit.code).code)) : hit.code;
        if (code == kNoCode) return;
        info.code = code;
        info.reverse = kNoCode;
        info.match = PatternMatch{};
        for (uint32_t k = q; k < q + hit.len; ++k) noun_used_[k] = 1;
        return;
      }
      if ((cls(q) & (kPreposition | kTo | kThat | kRelative | kSubordinator | kConjunction)) != 0) return;
    }
  }

  // A demand verb whose block shares patterns with appeal verbs ("- * ELECTIONS [0241] # WANT"
  // in the DEMAND block) demands what the pattern names: CAMEO builds its demand family (10) as
  // the mirror of its appeal family (02), so 0241 "appeal for change in leadership" becomes 1041.
  uint16_t demand_mirror(const Block& block, uint16_t code) const {
    if (!options_.cameo_frames || code == kNoCode || code == kNullCode || block.code == kNoCode ||
        block.code == kNullCode || root_of(dict_.code(block.code).code) != 10) {
      return code;
    }
    const std::string& c = dict_.code(code).code;
    if (root_of(c) != 2) return code;
    const uint16_t mirrored = dict_.code_id("10" + c.substr(2));
    return mirrored == kNoCode ? code : mirrored;
  }

  int frame(const Verb& verb) const { return options_.cameo_frames ? frame_of(dict_, verb) : 0; }

  // "agreed to a truce", "agreed on/upon a pact": a preposition and no verb after it.
  bool takes_noun_complement(const VerbGroup& g) const {
    if (g.end + 1 >= words_.size()) return false;
    const std::string& l = words_[g.end].lower;
    if (l != "to" && l != "on" && l != "upon") return false;
    return group_of_[g.end] < 0 && group_of_[g.end + 1] < 0;
  }

  // Index of the group whose words cover word i, or -1.
  int group_at(uint32_t i) const { return group_of_[i]; }

  bool preposition_before(const Actor& a) const {
    for (uint32_t j = a.first, steps = 0; j-- > 0 && steps < 3; ++steps) {
      const uint32_t c = cls(j);
      if ((c & kPreposition) != 0) return true;
      if ((c & kDeterminer) == 0 && !(words_[j].lower == "'s")) return false;
    }
    return false;
  }

  // "Rebels shelled Port Mara and accused": an actor after a verb of its clause is that verb's
  // object, so "and" after it joins verbs, not subjects.
  bool object_of_verb(const Actor& a) const {
    for (uint32_t j = a.first; j-- > 0;) {
      const Word& w = words_[j];
      if (is_hard_boundary(w) || w.lower == "," || (cls(j) & (kThat | kSubordinator | kRelative)) != 0) return false;
      const int g = group_at(j);
      if (g >= 0 && groups_[static_cast<size_t>(g)].mood == Mood::kFinite) return true;
    }
    return false;
  }

  // "An attempt to assassinate X was thwarted": an actor right after an infinitive, gerund or
  // participle that governs no clause is that verb's object, never the subject of a later verb.
  bool object_of_nonfinite(const Actor& a) const {
    uint32_t j = a.first;
    while (j > 0 && (cls(j - 1) & kDeterminer) != 0) --j;
    if (j == 0) return false;
    const int g = group_at(j - 1);
    if (g < 0) return false;
    const VerbGroup& verb = groups_[static_cast<size_t>(g)];
    return verb.mood != Mood::kFinite && verb.end == j && frame(dict_.verb(verb.verb)) == 0;
  }

  // The head of the noun phrase an actor stands in: "Demonstrators in Baghdad" -> Demonstrators.
  int32_t head_of_phrase(int32_t a) const {
    const Actor& actor = actors_[static_cast<size_t>(a)];
    if (!preposition_before(actor)) return a;
    for (uint32_t j = actor.first, steps = 0; j-- > 0 && steps < 8; ++steps) {
      const Word& w = words_[j];
      if (is_hard_boundary(w) || w.lower == "," || group_at(j) >= 0 || (cls(j) & (kSubordinator | kThat)) != 0) {
        break;
      }
      if (actor_at_[j] >= 0 && actors_[static_cast<size_t>(actor_at_[j])].kind != ActorKind::kPronoun) {
        return head_of_phrase(actor_at_[j]);
      }
    }
    return a;
  }

  // ", a key ally of X ," closing at the comma `close`: the index of its opening comma, or -1.
  int appositive_start(uint32_t close) const {
    for (uint32_t j = close, steps = 0; j-- > 0 && steps < 16; ++steps) {
      const Word& w = words_[j];
      if (is_hard_boundary(w)) return -1;
      const int g = group_at(j);
      if (g >= 0 && groups_[static_cast<size_t>(g)].mood == Mood::kFinite) return -1;
      if (w.lower == ",") return j > 0 && actor_at_[j - 1] >= 0 ? static_cast<int>(j) : -1;
    }
    return -1;
  }

  // The actor before word `pos` that is the subject of the verb there, or -1.
  int32_t subject_before(uint32_t pos, bool* relative = nullptr) const {
    int j = static_cast<int>(pos) - 1;
    for (int steps = 0; j >= 0 && steps < 16; ++steps) {
      const auto u = static_cast<uint32_t>(j);
      const Word& w = words_[u];
      const uint32_t c = cls(u);
      if (is_hard_boundary(w)) return -1;
      if (timeish_[u] || (c & (kAdverb | kNegation)) != 0) {
        --j;
        continue;
      }
      if (actor_at_[u] >= 0) {
        const int32_t a = actor_at_[u];
        return object_of_nonfinite(actors_[static_cast<size_t>(a)]) ? -1 : head_of_phrase(a);
      }
      if (w.lower == ",") {
        const int open = appositive_start(u);
        if (open < 0) return -1;
        j = open - 1;
        continue;
      }
      if ((c & kSubordinator) != 0) return -1;
      // "the US and other nations must": conjoined subjects; "kidnapped X and exploded": verbs.
      if ((c & kConjunction) != 0 &&
          (j == 0 || actor_at_[u - 1] < 0 || preposition_before(actors_[static_cast<size_t>(actor_at_[u - 1])]) ||
           object_of_verb(actors_[static_cast<size_t>(actor_at_[u - 1])]))) {
        return -1;
      }
      if ((c & (kRelative | kThat)) != 0) {
        int p = j - 1;
        if (p >= 0 && words_[static_cast<uint32_t>(p)].lower == ",") --p;
        if (relative != nullptr) *relative = true;
        return p >= 0 ? actor_at_[static_cast<uint32_t>(p)] : -1;
      }
      // A participle phrase after the subject: "British aircraft using missiles killed".
      if (const int g = group_at(u); g >= 0 && groups_[static_cast<size_t>(g)].mood == Mood::kParticiple) {
        j = static_cast<int>(groups_[static_cast<size_t>(g)].first) - 1;
        continue;
      }
      if (group_at(u) >= 0) return -1;
      --j;
    }
    return -1;
  }

  // The actor a pronoun stands for: the subject of an earlier verb of the sentence, else the last
  // subject of the document. Returns -1 with `ref` set for an antecedent outside the sentence.
  int32_t resolve_pronoun(size_t k, ActorRef& ref) const {
    for (size_t h = k; h-- > 0;) {
      const int32_t s = info_[h].subject;
      if (s >= 0 && actors_[static_cast<size_t>(s)].kind != ActorKind::kPronoun) return s;
      if (s < 0 && !info_[h].subject_ref.empty()) {
        ref = info_[h].subject_ref;
        return -1;
      }
    }
    for (const Actor& a : actors_) {  // a subject-like name earlier in the sentence
      if (a.first >= groups_[k].first) break;
      if (a.kind != ActorKind::kPronoun && !a.place_only) return static_cast<int32_t>(&a - actors_.data());
    }
    ref = last_subject_;
    // "it" stands for one thing: never for a plural common noun of an earlier sentence ("rebels").
    const Word& pronoun = words_[first_pronoun_before(groups_[k].frame_first)];
    const size_t head = ref.text.rfind(' ') == std::string::npos ? 0 : ref.text.rfind(' ') + 1;
    if (pronoun.lower == "it" && head < ref.text.size() && ref.text[head] >= 'a' && ref.text[head] <= 'z' &&
        ref.text.back() == 's') {
      ref = ActorRef{};
    }
    if (!ref.empty()) ref.evidence = ActorEvidence::kFarPronoun;
    return -1;
  }

  // The index of the nearest subject pronoun before word `pos`, else 0.
  uint32_t first_pronoun_before(uint32_t pos) const {
    for (uint32_t j = std::min<uint32_t>(pos, static_cast<uint32_t>(words_.size())); j-- > 0;) {
      if ((cls(j) & kSubjectPronoun) != 0) return j;
    }
    return 0;
  }

  void find_subject(size_t k) {
    const VerbGroup& g = groups_[k];
    GroupInfo& info = info_[k];
    if (g.mood == Mood::kInfinitive && !g.construction) return;  // the governor's (set later)
    int32_t s = subject_before(g.frame_first, &info.subject_relative);
    if (s < 0 && k > 0) {
      // Coordinated verbs and participles share the subject of the verb before them.
      for (size_t h = k; h-- > 0;) {
        if (groups_[h].mood != Mood::kFinite) continue;
        s = info_[h].subject;
        info.subject_ref = info_[h].subject_ref;
        info.subject_inherited = true;
        break;
      }
    }
    if (s >= 0 && actors_[static_cast<size_t>(s)].kind == ActorKind::kPronoun) {
      s = resolve_pronoun(k, info.subject_ref);
      info.subject_pronoun = true;
      info.pronoun_unresolved = s < 0 && info.subject_ref.empty();
    }
    info.subject = s;
    if (g.passive) {
      info.agent = by_agent(k);
      if (info.agent < 0) info.agent = place_of(k);
    }
  }

  // "An Eriadorian was shot dead in Osgiliath": a passive without its agent is coded as done by
  // the authority of the place it happened in (the CAMEO convention of the PETRARCH validation).
  int32_t place_of(size_t k) const {
    const VerbGroup& g = groups_[k];
    const Window w = info_[k].window;
    for (uint32_t q = g.end; q + 1 < w.end && q < g.end + 4; ++q) {
      if (words_[q].lower != "in" && words_[q].lower != "at") continue;
      const int32_t a = actor_at_[q + 1];
      if (a >= 0 && actors_[static_cast<size_t>(a)].kind == ActorKind::kName && !actors_[static_cast<size_t>(a)].code.empty()) {
        return a;
      }
    }
    return -1;
  }

  // A plain infinitive acts through the actor its governor names: "urged X to" X, else its subject.
  void inherit_subject(size_t k) {
    const VerbGroup& g = groups_[k];
    GroupInfo& info = info_[k];
    if (g.mood != Mood::kInfinitive || g.construction) return;
    if (info.governor < 0) {  // "an attempt to assassinate X": the subject before, if any
      info.subject = subject_before(g.first);
      return;
    }
    const GroupInfo& gov = info_[static_cast<size_t>(info.governor)];
    info.subject = info.control >= 0 ? info.control : gov.subject;
    info.subject_ref = info.control >= 0 ? ActorRef{} : gov.subject_ref;
  }

  int32_t by_agent(size_t k) const {
    const VerbGroup& g = groups_[k];
    const Window w = info_[k].window;
    for (uint32_t q = g.end; q < w.end && q < g.end + 6; ++q) {
      if (words_[q].lower != "by") continue;
      for (uint32_t r = q + 1; r < w.end && r < q + 4; ++r) {
        if (actor_at_[r] >= 0) return actor_at_[r];
      }
    }
    return -1;
  }

  bool is_later_subject(int32_t a, size_t k) const {
    for (size_t h = k + 1; h < groups_.size(); ++h) {
      if (info_[h].subject == a && !info_[h].subject_inherited && !info_[h].subject_relative) return true;
    }
    return false;
  }

  void find_object(size_t k) {
    const VerbGroup& g = groups_[k];
    GroupInfo& info = info_[k];
    const Window seg = segment(g.head);
    const uint32_t end = std::min(seg.end, g.end + 14);
    for (uint32_t q = g.end; q < end; ++q) {
      const int32_t a = actor_at_[q];
      if (a < 0) {
        if ((cls(q) & (kRelative | kSubordinator | kThat)) != 0 && words_[q].lower != "as") break;
        continue;
      }
      const Actor& actor = actors_[static_cast<size_t>(a)];
      q = actor.end - 1;
      if (actor.kind == ActorKind::kPronoun) break;  // a pronoun subject starts another clause
      // "their peacekeeping force" is the subject's own; "her rival Donald Trump" names another.
      const bool own = actor.owned && actor.mention < 0;
      if (own || a == info.subject || a == info.agent || where_it_happened(actor)) continue;
      if (is_later_subject(a, k)) break;
      info.object = a;
      break;
    }
  }

  // "met in Brussels", "spoke at Oxford": a place after "in", "at" or "near" says where, not to whom.
  bool where_it_happened(const Actor& a) const {
    if (!a.place_only) return false;
    uint32_t j = a.first;
    while (j > 0 && (cls(j - 1) & kDeterminer) != 0) --j;
    if (j == 0) return false;
    const std::string& l = words_[j - 1].lower;
    return l == "in" || l == "at" || l == "near";
  }

  // Whether the words [b, e) may stand between a verb and the complement it governs.
  bool complement_gap(uint32_t b, uint32_t e, int32_t& control, bool that_clause, bool* has_that = nullptr) const {
    if (e < b || e - b > 8) return false;
    for (uint32_t q = b; q < e; ++q) {
      const Word& w = words_[q];
      if (is_hard_boundary(w)) return false;
      if (has_that != nullptr && w.lower == "that") *has_that = true;
      if (actor_at_[q] >= 0) {
        const int32_t a = actor_at_[q];
        if (control < 0) control = a;
        q = actors_[static_cast<size_t>(a)].end - 1;
        continue;
      }
      if (group_at(q) >= 0) return false;
      if (that_clause && (w.lower == "," || (cls(q) & kSubordinator) != 0)) return false;
    }
    return true;
  }

  // The verb that governs group k: "threatened [to cut]", "urged X [to help]", "said [Sudan must
  // return]", "demanded [that the US cancel]".
  void find_governor(size_t k) {
    const VerbGroup& g = groups_[k];
    const VerbGroup& prev = groups_[k - 1];
    const int frame = this->frame(dict_.verb(prev.verb));
    GroupInfo& info = info_[k];
    int32_t control = -1;
    if (g.mood == Mood::kInfinitive && !g.construction) {
      if (complement_gap(prev.end, g.first, control, false)) {
        info.governor = static_cast<int>(k - 1);
        info.control = control;
      }
      return;
    }
    if (g.mood != Mood::kFinite || info.subject_inherited) return;
    // The complement's own subject starts after the governor.
    uint32_t subject_start = g.first;
    const int32_t own = subject_before(g.first);
    if (own >= 0) subject_start = actors_[static_cast<size_t>(own)].first;
    if (subject_start < prev.end) return;
    int32_t told = -1;
    bool that = false;
    if (!complement_gap(prev.end, subject_start, told, true, &that)) return;
    // Any verb governs a clause it introduces with "that" ("concluded that X must").
    if (frame == 0 && !that) return;
    // "violating the ceasefire agreement signed in March": a verb whose pattern took the noun
    // after it has its object; a finite verb after that noun without "that" is no complement.
    const PatternMatch& pm = info_[k - 1].match;
    if (!that && pm.pattern != nullptr && pm.first_after < subject_start) return;
    info.governor = static_cast<int>(k - 1);
    info.control = told;
  }

  ActorRef ref_of(int32_t a) const {
    ActorRef r;
    if (a < 0) return r;
    const Actor& actor = actors_[static_cast<size_t>(a)];
    if (actor.kind == ActorKind::kPronoun) return r;  // a pronoun left unresolved names no one
    r.text = std::string(doc_.text.substr(words_[actor.first].span.begin,
                                          words_[actor.end - 1].span.end - words_[actor.first].span.begin));
    r.code = actor.code;
    // A capital that acts stands for its government: "Beijing rejected" codes CHNGOV.
    if (actor.capital && r.code.size() == 3) r.code += "GOV";
    r.mention = actor.mention;
    if (actor.mention >= 0 && static_cast<size_t>(actor.mention) < doc_.mentions.size()) {
      r.type = static_cast<int8_t>(doc_.mentions[static_cast<size_t>(actor.mention)].type);
    }
    r.person = r.type == static_cast<int8_t>(EntityType::kPerson);
    r.place = actor.place_only && !r.person;  // "Machado" the person, not the town
    r.evidence = actor.kind == ActorKind::kAgent     ? ActorEvidence::kAgent
                 : !actor.code.empty()               ? ActorEvidence::kCodedName
                 : actor.mention >= 0                ? ActorEvidence::kName
                                                     : ActorEvidence::kUnknownName;
    return r;
  }

  // The actors of one side: a conjoined group expands to its members.
  std::vector<ActorRef> side(int32_t a, const ActorRef& fallback) const {
    std::vector<ActorRef> out;
    if (a < 0) {
      if (!fallback.empty()) out.push_back(fallback);
      return out;
    }
    const int32_t group = actors_[static_cast<size_t>(a)].group;
    if (group < 0) {
      out.push_back(ref_of(a));
      return out;
    }
    for (size_t i = 0; i < actors_.size() && out.size() < kMaxMembers; ++i) {
      if (actors_[i].group == group) out.push_back(ref_of(static_cast<int32_t>(i)));
    }
    return out;
  }

  // The words that state an event: from the start of its clause to `end` (one past its last
  // word: the end of the verb's window, so the next clause is left out), or the clause's end.
  Span event_span(uint32_t head, uint32_t end) const {
    const Window w = segment(head);
    end = std::min(end, w.end);
    if (end == w.end && w.end < words_.size()) ++end;  // the clause's closing mark
    while (end > w.begin + 1 && (words_[end - 1].lower == "," || words_[end - 1].lower == "and")) --end;
    return {words_[w.begin].span.begin, words_[end - 1].span.end};
  }

  void add_events(const std::string& code, const std::vector<ActorRef>& sources,
                  const std::vector<ActorRef>& targets, Span trigger, Span span) {
    const uint16_t id = dict_.code_id(code);
    if (id == kNoCode || (sources.empty() && targets.empty())) return;
    const CodeInfo& info = dict_.code(id);
    // A bare statement with no one it is addressed to says nothing worth an event.
    if (root_of(info.code) == 1 && targets.empty()) return;
    const ActorRef none;
    const std::vector<ActorRef> one_none{none};
    const auto& src = sources.empty() ? one_none : sources;
    const auto& tgt = targets.empty() ? one_none : targets;
    EventEvidence evidence = evidence_;
    evidence.root_code = info.code.size() == 3 && info.code[2] == '0';
    evidence.statement = root_of(info.code) == 1;
    evidence.quoted = quoted(trigger);
    evidence.root = static_cast<uint8_t>(root_of(info.code));
    evidence.specific = !evidence.root_code;
    evidence.reported = speech_words_ > (evidence.speech_verb ? 1 : 0);
    evidence.headline = headline_;
    evidence.sentence = sentence_;
    for (const ActorRef& s : src) {
      for (const ActorRef& t : tgt) {
        if (!s.empty() && !t.empty() && s.text == t.text) continue;
        evidence.source = s.empty() ? ActorEvidence::kNone : s.evidence;
        evidence.target = t.empty() ? ActorEvidence::kNone : t.evidence;
        evidence.source_person = s.person;
        evidence.target_person = t.person;
        evidence.source_type = s.type;
        evidence.target_type = t.type;
        evidence.source_place = s.place;
        evidence.target_place = t.place;
        double confidence = 1.0;
        if (options_.cameo_frames) {
          // The prior proposes the candidates; the scorer, when given (and not training), scores
          // them and keeps those at its threshold.
          confidence = event_confidence(evidence);
          if (confidence < kMinConfidence) continue;
          if (scorer_ != nullptr && candidates_ == nullptr) {
            const std::optional<double> kept = scorer_->keep(evidence, confidence);
            if (!kept) continue;
            confidence = *kept;
          }
        }
        Event e;
        e.confidence = confidence;
        e.span = span;
        e.trigger = trigger;
        e.code = info.code;
        e.label = info.label;
        e.quad_class = info.quad_class;
        e.goldstein = info.goldstein;
        e.source_mention = s.mention;
        e.target_mention = t.mention;
        e.source_text = s.text;
        e.target_text = t.text;
        e.source_code = s.code;
        e.target_code = t.code;
        const time::SpanDate date = clause_date(trigger, told_now(evidence));
        e.date = date.day;
        e.date_basis = date.source == time::DateSource::kTimex     ? EventDateBasis::kTimex
                       : date.source == time::DateSource::kArticle ? EventDateBasis::kArticle
                                                                   : EventDateBasis::kNone;
        e.timex = date.timex;
        if (duplicate(e)) continue;
        doc_.events.push_back(std::move(e));
        if (candidates_ != nullptr) candidates_->push_back(evidence);
      }
    }
  }

  // Whether the words lie inside a direct quotation.
  bool quoted(Span words) const { return index_.direct_quotes.contains_any(words); }

  // The first word at or after byte `at`.
  uint32_t word_at_byte(uint32_t at) const {
    const auto it = std::lower_bound(words_.begin(), words_.end(), at,
                                     [](const Word& w, uint32_t b) { return w.span.begin < b; });
    return static_cast<uint32_t>(it - words_.begin());
  }

  // Whether a word between words a and b (exclusive) opens or closes another clause: a hard
  // boundary, a relative pronoun, a subordinator, or a finite verb outside the event's words.
  bool clause_between(uint32_t a, uint32_t b, Span trigger) const {
    for (uint32_t j = a + 1; j < b; ++j) {
      if (is_hard_boundary(words_[j]) || (cls(j) & (kRelative | kSubordinator)) != 0) return true;
      const int g = group_of_[j];
      if (g >= 0 && groups_[static_cast<size_t>(g)].mood == Mood::kFinite && !trigger.contains(words_[j].span)) {
        return true;
      }
    }
    return false;
  }

  // Whether the time expression at word w stands in a relative or subordinate clause that opens
  // before it and closes with a comma before the trigger at t ("who held the post from 1962 to
  // 1970, criticised").
  bool in_subordinate_clause(uint32_t w, uint32_t t) const {
    bool closed = false;
    for (uint32_t j = w; j < t; ++j) closed = closed || words_[j].lower == ",";
    if (!closed) return false;
    for (uint32_t j = w; j-- > 0;) {
      if (is_hard_boundary(words_[j]) || words_[j].lower == ",") return false;
      if ((cls(j) & (kRelative | kSubordinator)) != 0 && words_[j].lower != "as") return true;
    }
    return false;
  }

  // The date of an event from the clause that carries it: the nearest time expression with a
  // calendar value in that clause, else the article date. A background clause ("Mr X, who held
  // the post from 1962 to 1970, criticised ... on Tuesday") never dates this week's act.
  // Whether an event with no time expression of its own is dated by the article: a finite verb in
  // the present ("is supporting", "says", "rejects"). A past ("rejected"), perfect ("has
  // mocked"), future or modal verb, an infinitive or participle, or an event noun says only that
  // it happened some time: the audit's annotators leave those undated (54 of the 72 events of its
  // tuning part have no date; of the 31 candidates matching a gold trigger there, 26 had taken
  // the article date wrongly).
  static bool told_now(const EventEvidence& e) {
    return e.mood == static_cast<uint8_t>(Mood::kFinite) && !e.past && !e.perfect && !e.future && !e.possible &&
           !e.intent && e.coding != Coding::kNoun;
  }

  time::SpanDate clause_date(Span trigger, bool article_fallback) const {
    time::SpanDate out;
    if (words_.empty()) return out;
    const Span sentence{words_.front().span.begin, words_.back().span.end};
    const uint32_t t = word_at_byte(trigger.begin);
    uint32_t best = UINT32_MAX;
    for (const uint32_t i : index_.times.within(sentence)) {
      const Timex& x = doc_.times[i];
      if (x.type != TimexType::kDate && x.type != TimexType::kTime) continue;
      std::string_view value = x.value;
      if (const size_t tpos = value.find('T'); tpos != std::string_view::npos) value = value.substr(0, tpos);
      if (!time::is_calendar_value(value)) continue;
      const uint32_t w = word_at_byte(x.span.begin);
      const uint32_t w_end = word_at_byte(x.span.end);
      if (w < t ? (clause_between(w_end > 0 ? w_end - 1 : 0, t, trigger) || in_subordinate_clause(w, t))
                : clause_between(t, w, trigger)) {
        continue;
      }
      const uint32_t distance = w < t ? t - w : w - t;
      if (distance < best) {
        best = distance;
        out.value = std::string(value);
        out.day = x.day;
        out.source = time::DateSource::kTimex;
        out.timex = static_cast<int32_t>(i);
      }
    }
    if (out.source == time::DateSource::kNone && article_fallback && doc_.meta.date) {
      out.value = doc_.meta.date->iso();
      out.day = doc_.meta.date;
      out.source = time::DateSource::kArticle;
    }
    return out;
  }

  bool duplicate(const Event& e) const {
    for (size_t i = first_event_; i < doc_.events.size(); ++i) {
      const Event& x = doc_.events[i];
      if (x.code == e.code && x.source_text == e.source_text && x.target_text == e.target_text) return true;
    }
    return false;
  }

  // The verb's words; an intention or threat read from a modal starts at the modal ("will hold",
  // "is ready to talk"), so that the words say what was intended.
  Span trigger_of(const VerbGroup& g) const {
    uint32_t first = g.head;
    if ((g.future || g.possible || g.intent) && !g.negated && options_.cameo_frames) {
      for (uint32_t i = std::min(g.first, g.frame_first); i < g.head; ++i) {
        if ((cls(i) & (kFuture | kPossible | kIntentTo)) != 0 || words_[i].lower == "about") {
          first = i;
          break;
        }
      }
    }
    return {words_[first].span.begin, words_[g.end - 1].span.end};
  }

  std::string code_string(uint16_t id) const {
    return id == kNoCode || id == kNullCode ? std::string() : dict_.code(id).code;
  }

  // The complement of group k, if one is governed by it.
  int complement_of(size_t k) const {
    for (size_t h = k + 1; h < groups_.size(); ++h) {
      if (info_[h].governor == static_cast<int>(k)) return static_cast<int>(h);
    }
    return -1;
  }

  // "X are failing to ..., a rights group protested here Wednesday": a verb with a code of its own
  // ("protest" 140) used as a verb of saying after the clause it reports does its block's verbal
  // act (110). Returns the subject of the reported clause (whom the saying is about), else -1.
  int32_t reported_about(size_t k) const {
    const VerbGroup& g = groups_[k];
    const GroupInfo& info = info_[k];
    const Verb& verb = dict_.verb(g.verb);
    const uint16_t block_code = dict_.block(verb.block).code;
    if (!options_.cameo_frames || k == 0 || g.mood != Mood::kFinite || g.passive || verb.code == kNoCode ||
        verb.code == kNullCode || block_code == kNoCode || block_code == kNullCode || block_code == verb.code ||
        root_of(dict_.code(block_code).code) > 13 || root_of(dict_.code(verb.code).code) <= 13 || info.subject < 0) {
      return -1;
    }
    for (uint32_t q = g.end; q < words_.size(); ++q) {  // nothing after it but adverbs and time
      if (!(is_hard_boundary(words_[q]) || timeish_[q] || (cls(q) & kAdverb) != 0)) return -1;
    }
    uint32_t j = actors_[static_cast<size_t>(info.subject)].first;
    while (j > 0 && (cls(j - 1) & kDeterminer) != 0) --j;
    if (j == 0 || words_[j - 1].lower != ",") return -1;
    return info_[0].subject >= 0 && groups_[0].end < j ? info_[0].subject : -1;
  }

  // CAMEO's 19 family is conventional force by organised state forces; a killing or wounding
  // (the dictionary's general 190) by a guerrilla group, a militia or an unnamed hand is
  // unconventional violence (180): "guerrillas wounded two soldiers", "three civilians were killed".
  std::string unconventional_violence(const std::string& code, size_t k, int32_t source) const {
    if (!options_.cameo_frames || code != "190" || info_[k].match.pattern != nullptr ||
        !nouns_.is_harm(groups_[k].verb) || dict_.code_id("180") == kNoCode) {
      return code;
    }
    const ActorRef& ref = info_[k].subject_ref;
    const std::string actor = source >= 0                           ? actors_[static_cast<size_t>(source)].code
                              : !groups_[k].passive && !ref.empty() ? ref.code
                                                                    : std::string();
    if (actor.size() == 3 && actor != "---") return code;  // a state acting as such
    for (size_t i = 3; i + 3 <= actor.size(); i += 3) {
      const std::string_view sector = std::string_view(actor).substr(i, 3);
      if (sector == "MIL" || sector == "COP" || sector == "GOV" || sector == "SPY") return code;
    }
    return "180";
  }

  // "jailed 52 members on charges of treason", "arrested on allegations of spying": the grounds
  // of a coercive act are an accusation by the same actor against the same target.
  void add_grounds(const VerbGroup& g, const GroupInfo& info, const std::vector<ActorRef>& sources,
                   const std::vector<ActorRef>& targets) {
    for (uint32_t q = g.end; q + 2 < info.window.end; ++q) {
      if (words_[q].lower != "on" || group_of_[q] >= 0) continue;
      uint32_t noun = q + 1;
      if ((cls(noun) & kDeterminer) != 0) ++noun;
      if (noun + 1 >= words_.size() || words_[noun + 1].lower != "of") continue;
      const uint16_t code = nouns_.accusation_at(words_[noun]);
      if (code == kNoCode) continue;
      evidence_.coding = Coding::kNoun;
      add_events(dict_.code(code).code, sources, targets, words_[noun].span, event_span(g.head, info.window.end));
      return;
    }
  }

  // A yield (080) by an armed force is a military surrender or retreat (0874): "rebels
  // surrendered", "troops gave up".
  std::string military_yield(const std::string& code, int32_t source) const {
    if (!options_.cameo_frames || code != "080" || source < 0) return code;
    const std::string& actor = actors_[static_cast<size_t>(source)].code;
    for (size_t i = 3; i + 3 <= actor.size(); i += 3) {
      const std::string_view sector = std::string_view(actor).substr(i, 3);
      if (sector == "MIL" || sector == "REB" || sector == "UAF" || sector == "INS") {
        return dict_.code_id("0874") == kNoCode ? code : "0874";
      }
    }
    return code;
  }

  // The code an act gets from its own auxiliaries: "will support" intends, "will not accept"
  // rejects, "did not attack" is no event.
  std::string modal_code(const VerbGroup& g, const std::string& code) const {
    if (code.empty()) return code;  // "will tighten" with no code of its own says nothing codable
    if (!options_.cameo_frames) return g.negated ? std::string() : code;
    std::string c = code;
    if (g.future || g.possible || g.intent) c = combine_frame(3, c);
    if (g.negated) c = negate_code(c);
    return c;
  }

  // Whether the word is a form of a WordNet communication verb ("said", "told").
  bool speech_verb(const Word& w) const {
    return w.token < doc_.tokens.size() && doc_.tokens[w.token].is(kWcSpeechVerb);
  }

  // Starts the evidence of the events a verb group states: its mood, modality and verb class.
  void read_group(const VerbGroup& g) {
    const Word& head = words_[g.head];
    const bool head_cognition = head.token < doc_.tokens.size() && doc_.tokens[head.token].is(kWcCognitionVerb);
    evidence_ = EventEvidence{};
    evidence_.modal = g.future || g.possible || g.intent;
    evidence_.negated = g.negated || negated_infinitive(g);
    evidence_.passive = g.passive;
    evidence_.future = g.future;
    evidence_.possible = g.possible;
    evidence_.obligation = g.obligation;
    evidence_.intent = g.intent;
    evidence_.mood = static_cast<uint8_t>(g.mood);
    evidence_.past = g.inflection == Inflection::kPast;
    for (uint32_t i = g.first; i < g.head; ++i) evidence_.perfect = evidence_.perfect || (cls(i) & kHave) != 0;
    evidence_.speech_verb = speech_verb(head);
    evidence_.cognition_verb = head_cognition;
    const Verb& verb = dict_.verb(g.verb);
    evidence_.block = dict_.block(verb.block).name;
    if (const auto front = dict_.verb_front(verb); !front.empty()) evidence_.lemma = dict_.word(front.back());
  }

  // Starts the evidence of an event noun's events.
  void read_noun(Coding coding) {
    evidence_ = EventEvidence{};
    evidence_.coding = coding;
    evidence_.mood = kNounMood;
  }

  void emit_group(size_t k) {
    const VerbGroup& g = groups_[k];
    GroupInfo& info = info_[k];
    if (info.consumed) return;
    const int frame = this->frame(dict_.verb(g.verb));
    const int comp = complement_of(k);
    // An act whose subject is a pronoun that stands for no actor has no source to code.
    if (options_.cameo_frames && (conditional(g) || (info.pronoun_unresolved && !g.passive))) {
      if (comp >= 0) info_[static_cast<size_t>(comp)].consumed = true;
      return;
    }
    read_group(g);
    int32_t source = info.subject;
    const ActorRef& source_ref = info.subject_ref;
    if (g.passive) source = info.agent;
    if (info.match.source >= 0) source = info.match.source;
    const bool pattern_covers = comp >= 0 && info.match.pattern != nullptr &&
                                info.match.last >= groups_[static_cast<size_t>(comp)].head;
    if (comp >= 0 && !pattern_covers) {
      const VerbGroup& inner = groups_[static_cast<size_t>(comp)];
      GroupInfo& in = info_[static_cast<size_t>(comp)];
      if (frame <= 1) {
        emit_reported(k, static_cast<size_t>(comp));
        if (frame == 1) return;
      }
      if (frame != 0) {
        in.consumed = true;
        evidence_.coding = Coding::kFrame;
        std::string inner_code = code_string(in.code);
        const bool inner_negated = inner.negated || negated_infinitive(inner);
        if (inner_negated) inner_code = negate_code(inner_code);
        // "decided not to recommend charges": a governed act that is negated and has no rejection
        // code is no act of the governing verb either.
        if (inner_negated && inner_code.empty()) return;
        std::string c = combine_frame(frame, inner_code);
        if (c.empty()) c = code_string(info.code);
        c = g.negated ? negate_code(c) : c;
        int32_t target = in.control >= 0 ? in.control : in.object >= 0 ? in.object : info.object;
        if (inner.mood == Mood::kFinite && in.subject >= 0 && in.subject != info.subject) target = in.subject;
        const Span trigger{words_[g.head].span.begin, words_[inner.end - 1].span.end};
        add_events(c, side(source, source_ref), side(target, {}), trigger,
                   event_span(g.head, in.window.end));
        return;
      }
    }
    int32_t target = info.match.target >= 0 ? info.match.target : info.object;
    const int32_t about = reported_about(k);
    if (about >= 0 && target < 0) target = about;
    if (g.passive) target = info.subject;
    const ActorRef passive_ref = g.passive ? source_ref : ActorRef{};
    const std::vector<ActorRef> sources = side(source, g.passive ? ActorRef{} : source_ref);
    const std::vector<ActorRef> targets = side(target, passive_ref);
    std::string c = military_yield(code_string(info.code), g.passive ? -1 : source);
    c = unconventional_violence(c, k, source);
    c = civilian_reading(c, g, sources, targets);
    VerbGroup as_read = g;
    as_read.negated = g.negated || negated_infinitive(g);
    const bool modified = as_read.future || as_read.possible || as_read.intent || as_read.negated;
    c = modal_code(as_read, c);
    if (about >= 0) c = code_string(dict_.block(dict_.verb(g.verb).block).code);
    const Verb& verb = dict_.verb(g.verb);
    evidence_.coding = info.match.pattern != nullptr ? Coding::kPattern
                       : info.family_only            ? Coding::kFamily
                                                     : Coding::kVerb;
    evidence_.polysemous = info.match.pattern == nullptr && verb.block < polysemous_.size() && polysemous_[verb.block] != 0;
    add_events(c, sources, targets, trigger_of(g), event_span(g.head, info.window.end));
    if (!modified && root_of(c) == 17) add_grounds(g, info, sources, targets);
    const std::string r = code_string(info.reverse);
    if (!modified && !r.empty() && !sources.empty() && !targets.empty()) {
      evidence_.reverse = true;
      add_events(r, targets, sources, trigger_of(g), event_span(g.head, info.window.end));
    }
  }

  // CAMEO's force families (15 exhibit force, 18 assault, 19 fight, 20 mass violence) and military
  // protection (074) are physical acts of armed forces. A verb of no specific physical act (a root
  // code such as 190 from "attack", "blast", "hit", "fight", and no harm verb such as "kill")
  // between actors none of which can be armed is a figure of speech of a political row:
  // "blasts the prime minister", "attacked the central bank" criticise (111), "defends the
  // campaign" endorses (051); with no one it is aimed at or no one doing it, it says nothing codable.
  std::string civilian_reading(const std::string& code, const VerbGroup& g, const std::vector<ActorRef>& sources,
                               const std::vector<ActorRef>& targets) const {
    if (!options_.cameo_frames || code.size() < 3) return code;
    const int root = root_of(code);
    const bool force = root == 15 || root == 18 || root == 19 || root == 20;
    if (!force && code != "074") return code;
    if (force && (code.size() == 4 || code[2] != '0' || nouns_.is_harm(g.verb))) return code;
    for (const auto* actors : {&sources, &targets}) {
      for (const ActorRef& a : *actors) {
        if (can_be_armed(a)) return code;
      }
    }
    // Criticism needs a critic: with no source ("were killed and injured" by a flood) a disaster
    // or an accident is told, not an act.
    if (targets.empty() || sources.empty()) return std::string();
    return code == "074" ? "051" : "111";
  }

  // "X said (that) Y must do Z": a demand by X of Y. "X said it will do Z": X's act.
  void emit_reported(size_t k, size_t comp) {
    const VerbGroup& inner = groups_[comp];
    GroupInfo& in = info_[comp];
    if (!options_.cameo_frames || !inner.obligation || in.subject < 0) return;  // it codes itself
    const GroupInfo& outer = info_[k];
    // "reminded Iraq that it must": the pronoun is the one addressed.
    const int32_t target = in.subject_pronoun && in.control >= 0 ? in.control : in.subject;
    if (target == outer.subject) return;
    in.consumed = true;
    read_group(groups_[k]);
    evidence_.coding = Coding::kFrame;
    std::string inner_code = code_string(in.code);
    if (inner.negated) inner_code = negate_code(inner_code);
    const std::string c = combine_frame(10, inner_code);
    const Span trigger{words_[groups_[k].head].span.begin, words_[inner.end - 1].span.end};
    add_events(c, side(outer.subject, outer.subject_ref), side(target, {}), trigger,
               event_span(groups_[k].head, in.window.end));
  }

  // "X said Y must hand over ...", where the verb after "must" is none the dictionary knows: a
  // demand all the same (100), from the speaker to Y.
  void emit_bare_demands() {
    if (!options_.cameo_frames) return;
    for (uint32_t i = 1; i + 1 < words_.size(); ++i) {
      const std::string& l = words_[i].lower;
      const bool single = l == "must" || l == "should";
      const bool with_to = (l == "has" || l == "have" || l == "ought") && words_[i + 1].lower == "to";
      const uint32_t verb = single ? i + 1 : i + 2;  // the word the modal governs
      if (!(single || with_to) || group_of_[i] >= 0 || verb >= words_.size() || group_of_[verb] >= 0) continue;
      const int32_t a = actor_at_[i - 1];
      if (a < 0 || actors_[static_cast<size_t>(a)].kind == ActorKind::kPronoun) continue;
      const uint32_t start = actors_[static_cast<size_t>(a)].first;
      for (size_t k = groups_.size(); k-- > 0;) {
        if (groups_[k].end > start) continue;
        int32_t told = -1;
        bool that = false;
        if (complement_gap(groups_[k].end, start, told, true, &that) && (that || this->frame(dict_.verb(groups_[k].verb)) == 1) &&
            info_[k].subject != a) {
          const Span trigger{words_[groups_[k].head].span.begin, words_[i].span.end};
          read_group(groups_[k]);
          evidence_.coding = Coding::kFamily;
          add_events("100", side(info_[k].subject, info_[k].subject_ref), side(a, {}), trigger,
                     event_span(groups_[k].head, static_cast<uint32_t>(words_.size())));
        }
        break;
      }
    }
  }

  // "Palestinian riots against the army", "demonstrations against the decree", "fighting with
  // rebels": an event noun of conflict with "against" (or "with" for armed conflict) and an actor
  // after it; its source is the actor before the noun, else
  // the subject of the verb before it in its clause.
  void emit_noun_events() {
    if (!options_.cameo_frames) return;
    for (uint32_t i = 0; i + 2 < words_.size(); ++i) {
      if (group_of_[i] >= 0 || noun_used_[i] != 0) continue;
      // An actor phrase may end in the event noun: "Palestinian riots" is its own source.
      const int32_t holder = actor_at_[i];
      if (holder >= 0 && actors_[static_cast<size_t>(holder)].first == i) continue;
      const NounHit hit = nouns_.at(words_, i);
      if (hit.code == kNoCode || object_of_verb_at(i)) continue;
      const uint32_t against = i + hit.len;
      if (holder >= 0 && (actors_[static_cast<size_t>(holder)].end != against ||
                          actors_[static_cast<size_t>(holder)].code.empty())) {
        continue;
      }
      const int root = root_of(dict_.code(hit.code).code);
      if (root < 11 || against >= words_.size()) continue;
      // "fighting with X", "clashes with X": armed conflict is with its other side; "the attack on
      // X", "a raid on X": an assault is on its target.
      const std::string& prep = words_[against].lower;
      if (prep != "against" && !((prep == "with" || prep == "on") && root >= 18)) continue;
      const int32_t target = actor_after(against);
      if (target < 0) continue;
      ActorRef ref;
      const int32_t source = holder >= 0 ? holder : noun_source(i, ref);
      const Span trigger{words_[i].span.begin, words_[against - 1].span.end};
      read_noun(Coding::kNoun);
      add_events(dict_.code(hit.code).code, side(source, ref), side(target, {}), trigger,
                 event_span(i, segment(i).end));
      i = against;
    }
  }

  // Whether the noun at word i is the object of the verb group before it ("impose a naval
  // blockade"): that verb codes the act.
  bool object_of_verb_at(uint32_t i) const {
    for (uint32_t j = i, steps = 0; j-- > 0 && steps < 4; ++steps) {
      if (group_of_[j] >= 0) return true;
      const Word& w = words_[j];
      if (w.has(kWordPunct) || (cls(j) & (kPreposition | kTo | kConjunction | kThat | kSubordinator)) != 0) {
        return false;
      }
    }
    return false;
  }

  // "strengthened its forces", "reinforced their police": increasing one's own armed forces or
  // police mobilizes them (154, 153). Sets the group's code when so.
  bool own_forces(const Actor& a, GroupInfo& info) const {
    if (!a.owned) return false;
    for (size_t i = 3; i + 3 <= a.code.size(); i += 3) {
      const std::string_view sector = std::string_view(a.code).substr(i, 3);
      const char* code = sector == "MIL" ? "154" : sector == "COP" ? "153" : nullptr;
      if (code == nullptr || dict_.code_id(code) == kNoCode) continue;
      info.code = dict_.code_id(code);
      info.reverse = kNoCode;
      info.match = PatternMatch{};
      return true;
    }
    return false;
  }

  // The first actor within a few words after word q, in its clause.
  int32_t actor_after(uint32_t q) const {
    const Window w = segment(q);
    for (uint32_t r = q + 1; r < w.end && r < q + 9; ++r) {
      if (group_of_[r] >= 0) return -1;
      const int32_t a = actor_at_[r];
      if (a >= 0 && actors_[static_cast<size_t>(a)].kind != ActorKind::kPronoun) return a;
    }
    return -1;
  }

  // Who acts in the event noun at word i: an actor right before it ("Palestinian riots"), else
  // the subject of the verb group before it in its clause.
  int32_t noun_source(uint32_t i, ActorRef& ref) const {
    if (i > 0 && actor_at_[i - 1] >= 0 && actors_[static_cast<size_t>(actor_at_[i - 1])].kind == ActorKind::kName) {
      return actor_at_[i - 1];
    }
    const Window w = segment(i);
    for (size_t k = groups_.size(); k-- > 0;) {
      if (groups_[k].end > i || groups_[k].head < w.begin) continue;
      ref = info_[k].subject_ref;
      return groups_[k].passive ? info_[k].agent : info_[k].subject;
    }
    return -1;
  }

  void remember_subject() {
    for (const GroupInfo& info : info_) {
      if (info.subject >= 0 && actors_[static_cast<size_t>(info.subject)].kind != ActorKind::kPronoun &&
          !actors_[static_cast<size_t>(info.subject)].place_only) {
        last_subject_ = ref_of(info.subject);
        return;
      }
    }
  }

  const VerbDictionary& dict_;
  const EventNouns& nouns_;
  CoderOptions options_;
  const std::vector<uint8_t>& polysemous_;
  Document& doc_;
  const DocumentIndex& index_;
  ActorRef& last_subject_;
  std::vector<Word> words_;
  std::vector<Actor> actors_;
  std::vector<int32_t> actor_at_;
  std::vector<uint8_t> timeish_;
  std::vector<VerbGroup> groups_;
  std::vector<int32_t> group_of_;  // verb group of each word, -1 for none
  std::vector<int32_t> match_block_;  // group_of_ with -2 on time expressions (patterns.h)
  std::vector<GroupInfo> info_;
  std::vector<uint8_t> noun_used_;  // words of event nouns a support verb took
  size_t first_event_ = 0;
  EventEvidence evidence_;  // how the events about to be added were read
  uint32_t speech_words_ = 0;  // words of the sentence that are verbs of speech
  bool headline_ = false;
  uint32_t sentence_ = 0;
  const EventScorer* scorer_ = nullptr;
  std::vector<EventEvidence>* candidates_ = nullptr;

 public:
  void set_first_event(size_t i) { first_event_ = i; }
  // Where the sentence stands in its article: a headline or subhead, the nth coded sentence.
  void set_place(bool headline, uint32_t sentence) {
    headline_ = headline;
    sentence_ = sentence;
  }
  // Scores candidates with `scorer` (may be null: the prior), or, with `candidates`, keeps every
  // candidate and appends its evidence there.
  void set_scoring(const EventScorer* scorer, std::vector<EventEvidence>* candidates) {
    scorer_ = scorer;
    candidates_ = candidates;
  }
};

bool codes_sentence(const Document& doc, const Sentence& s) {
  if (s.block >= doc.blocks.size()) return true;
  const BlockKind kind = doc.blocks[s.block].kind;
  return kind == BlockKind::kBody || kind == BlockKind::kHeadline || kind == BlockKind::kSubhead;
}

// The tokens of the document inside span.
std::pair<uint32_t, uint32_t> tokens_in(const Document& doc, Span span) {
  const auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                      [](const Token& t, uint32_t at) { return t.span.begin < at; });
  auto end = first;
  while (end != doc.tokens.end() && end->span.end <= span.end) ++end;
  return {static_cast<uint32_t>(first - doc.tokens.begin()), static_cast<uint32_t>(end - doc.tokens.begin())};
}

// Words before a rated word that turn its sign: "not", "n't", "never" at most this many words
// back within the same piece ("did not fail", "never been honest").
constexpr uint32_t kNegationReach = 3;

// Reported speech as an act (CAMEO's verbal acts are mostly said: the audit set's annotators code
// "X said Y failed" as criticism): a named speaker's statement whose words are, on balance,
// negative is criticism (111) of the first person, organisation or place it names other than the
// speaker, positive praise (051). A cue whose verb the coder already read as an act keeps that
// act; a bare statement (01) at the cue gives way. The scorer decides, from the valence sums and
// the rest of the evidence, which of these candidates are acts.
class SpeechActs {
 public:
  SpeechActs(const VerbDictionary& dict, const ValenceLexicon& valence, const EventScorer* scorer,
             std::vector<EventEvidence>* candidates, Document& doc)
      : dict_(dict), valence_(valence), scorer_(scorer), candidates_(candidates), doc_(doc),
        triggers_(util::SpanIndex::of(doc.events, [](const Event& e) { return e.trigger; })),
        names_(util::SpanIndex::of(doc.mentions, [](const Mention& m) { return m.span; })),
        dropped_(doc.events.size(), 0) {}

  // Linear in the document: the indexes are built once, and the statements that give way are
  // removed in one pass at the end.
  void run() {
    for (const Quote& q : doc_.quotes) code(q);
    size_t kept = 0;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      if (dropped_[i] != 0) continue;
      if (kept != i) {
        doc_.events[kept] = std::move(doc_.events[i]);
        if (candidates_ != nullptr) (*candidates_)[kept] = (*candidates_)[i];
      }
      ++kept;
    }
    doc_.events.resize(kept);
    if (candidates_ != nullptr) candidates_->resize(kept);
    for (size_t i = 0; i < acts_.size(); ++i) {
      doc_.events.push_back(std::move(acts_[i]));
      if (candidates_ != nullptr) candidates_->push_back(act_evidence_[i]);
    }
  }

 private:
  void code(const Quote& q) {
    if (q.cue.empty() || q.speaker_mention < 0 || static_cast<size_t>(q.speaker_mention) >= doc_.mentions.size()) {
      return;
    }
    const std::vector<uint32_t> at_cue = triggers_.overlapping(q.cue);
    for (const uint32_t i : at_cue) {
      if (root_of(doc_.events[i].code) != 1) return;
    }
    // One act per cue, though a quote in pieces or several quotes may share it.
    if (const auto next = act_cues_.lower_bound(q.cue.end);
        next != act_cues_.begin() && std::prev(next)->second > q.cue.begin) {
      return;
    }
    const Mention& speaker = doc_.mentions[static_cast<size_t>(q.speaker_mention)];
    EventEvidence ev;
    ev.coding = Coding::kSpeech;
    int32_t target = -1;
    const std::vector<Span> parts = q.parts.empty() ? std::vector<Span>{q.span} : q.parts;
    for (const Span& part : parts) {
      const auto [first, end] = tokens_in(doc_, part);
      for (uint32_t i = first; i < end; ++i) {
        int v = valence_.valence(doc_.token_fold(i));
        if (v == 0) continue;
        for (uint32_t j = i; j > first && i - j < kNegationReach; --j) {
          if (doc_.tokens[j - 1].is(kWcNegation)) {
            v = -v;
            break;
          }
        }
        (v < 0 ? ev.negative : ev.positive) += static_cast<int16_t>(std::abs(v));
      }
      if (target < 0) target = named_in(part, speaker);
    }
    // Without valued words only a scorer can tell an act from a statement (or learn to, in training).
    if (ev.negative == 0 && ev.positive == 0 && scorer_ == nullptr && candidates_ == nullptr) return;
    ev.specific = true;
    ev.speech_verb = true;
    ev.source = ActorEvidence::kName;
    ev.source_type = static_cast<int8_t>(speaker.type);
    ev.source_person = speaker.type == EntityType::kPerson;
    if (target >= 0) {
      const Mention& t = doc_.mentions[static_cast<size_t>(target)];
      ev.target = ActorEvidence::kName;
      ev.target_type = static_cast<int8_t>(t.type);
      ev.target_person = t.type == EntityType::kPerson;
    }
    const auto [cue_first, cue_end] = tokens_in(doc_, q.cue);
    if (cue_first < cue_end) {
      ev.lemma = doc_.token_fold(cue_first);
      for (const VerbForm& f : dict_.forms(dict_.word_id(ev.lemma))) ev.past = ev.past || f.inflection == Inflection::kPast;
      ev.sentence = sentence_of(cue_first);
    }
    // Criticism or praise: without a scorer the sign of the valences decides; with one, the code it
    // scores higher (the valence sums weigh differently for each). Training sees both readings.
    const bool negative = ev.negative >= ev.positive;
    std::vector<std::pair<const char*, double>> readings;
    for (const char* code : {negative ? "111" : "051", negative ? "051" : "111"}) {
      const uint16_t id = dict_.code_id(code);
      if (id == kNoCode) continue;
      ev.root = static_cast<uint8_t>(root_of(dict_.code(id).code));
      double confidence = event_confidence(ev);
      if (confidence < kMinConfidence) continue;
      if (scorer_ != nullptr && candidates_ == nullptr) {
        const std::optional<double> kept = scorer_->keep(ev, confidence);
        if (!kept) continue;
        confidence = *kept;
      }
      readings.emplace_back(code, confidence);
      if (scorer_ == nullptr && candidates_ == nullptr) break;
    }
    if (readings.empty()) return;
    if (candidates_ == nullptr) {
      const auto best = std::max_element(readings.begin(), readings.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
      readings = {*best};
    }
    for (const uint32_t i : at_cue) dropped_[i] = 1;
    for (const auto& [code, confidence] : readings) {
      const CodeInfo& info = dict_.code(dict_.code_id(code));
      ev.root = static_cast<uint8_t>(root_of(info.code));
      add_act(q, speaker, target, info, confidence, ev);
    }
  }

  void add_act(const Quote& q, const Mention& speaker, int32_t target, const CodeInfo& info, double confidence,
               const EventEvidence& ev) {
    Event e;
    e.confidence = confidence;
    e.trigger = q.cue;
    e.span = q.span;
    for (const Span& x : {q.cue, q.speaker_span}) {
      if (x.empty()) continue;
      e.span.begin = std::min(e.span.begin, x.begin);
      e.span.end = std::max(e.span.end, x.end);
    }
    e.code = info.code;
    e.label = info.label;
    e.quad_class = info.quad_class;
    e.goldstein = info.goldstein;
    e.source_mention = q.speaker_mention;
    e.source_text = q.speaker_text.empty() ? std::string(doc_.slice(speaker.span)) : q.speaker_text;
    if (target >= 0) {
      e.target_mention = target;
      e.target_text = std::string(doc_.slice(doc_.mentions[static_cast<size_t>(target)].span));
    }
    // Dated by a time expression of its sentence outside the quoted words; else, as for verbs, a
    // present cue ("says") is dated by the article and a past one ("said") is left undated.
    const time::SpanDate date = time::date_for(doc_, e.span, q.span);
    if (date.source == time::DateSource::kTimex || (date.source == time::DateSource::kArticle && !ev.past)) {
      e.date = date.day;
      e.date_basis = date.source == time::DateSource::kTimex ? EventDateBasis::kTimex : EventDateBasis::kArticle;
      e.timex = date.timex;
    }
    act_cues_.emplace(e.trigger.begin, e.trigger.end);
    acts_.push_back(std::move(e));
    act_evidence_.push_back(ev);
  }

  // The first name in span of a person, organisation, place or group other than the speaker's.
  int32_t named_in(Span span, const Mention& speaker) const {
    int32_t first = -1;
    for (const uint32_t m : names_.within(span)) {
      const Mention& x = doc_.mentions[m];
      if (x.kind != MentionKind::kName || x.type == EntityType::kMisc || x.type == EntityType::kLoc) continue;
      if (speaker.chain >= 0 && x.chain == speaker.chain) continue;
      if (first < 0 || x.span.begin < doc_.mentions[static_cast<size_t>(first)].span.begin) {
        first = static_cast<int32_t>(m);
      }
    }
    return first;
  }

  uint32_t sentence_of(uint32_t token) const {
    const auto after = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), token,
                                        [](uint32_t t, const Sentence& x) { return t < x.first_token; });
    return after == doc_.sentences.begin() ? 0 : static_cast<uint32_t>(after - doc_.sentences.begin() - 1);
  }

  const VerbDictionary& dict_;
  const ValenceLexicon& valence_;
  const EventScorer* scorer_;
  std::vector<EventEvidence>* candidates_;
  Document& doc_;
  const util::SpanIndex triggers_;  // of the events the sentences gave
  const util::SpanIndex names_;     // of the mentions
  std::vector<uint8_t> dropped_;    // per event the sentences gave: a statement that gives way
  std::vector<Event> acts_;
  std::vector<EventEvidence> act_evidence_;
  std::map<uint32_t, uint32_t> act_cues_;  // begin -> end of the acts' cues
};

}  // namespace

EventCoder::EventCoder(const VerbDictionary& verbs, const lexicon::Lexicon& lexicon, CoderOptions options,
                       const EventScorer* scorer, const ValenceLexicon* valence)
    : verbs_(verbs), actors_(lexicon, verbs), nouns_(verbs), options_(options), scorer_(scorer), valence_(valence) {
  polysemous_.resize(verbs.block_count());
  for (size_t b = 0; b < polysemous_.size(); ++b) {
    uint32_t families = 0;  // bit per root
    for (const Pattern& p : verbs.patterns(verbs.block(static_cast<uint32_t>(b)))) {
      if (p.code != kNoCode && p.code != kNullCode) families |= 1u << root_of(verbs.code(p.code).code);
    }
    polysemous_[b] = static_cast<size_t>(std::popcount(families)) >= kPolysemousFamilies ? 1 : 0;
  }
}

void EventCoder::code(Document& document, std::string* trace, std::vector<EventEvidence>* candidates) const {
  document.events.clear();
  if (candidates != nullptr) candidates->clear();
  uint32_t sentence = 0;
  const CivilDate date = document.meta.date.value_or(CivilDate{});
  ActorRef last_subject;
  const DocumentIndex index(document);
  for (const Sentence& s : document.sentences) {
    if (!codes_sentence(document, s) || s.token_count == 0) continue;
    SentenceCoder coder(verbs_, actors_, nouns_, options_, polysemous_, document, index, s.first_token,
                        s.first_token + s.token_count, date, last_subject);
    coder.set_first_event(document.events.size());
    const bool headline = s.block < document.blocks.size() && document.blocks[s.block].kind != BlockKind::kBody;
    coder.set_place(headline, sentence++);
    coder.set_scoring(scorer_, candidates);
    coder.run();
    if (trace != nullptr) *trace += coder.trace();
  }
  if (valence_ != nullptr && options_.cameo_frames) SpeechActs(verbs_, *valence_, scorer_, candidates, document).run();
}

}  // namespace dossier::events
