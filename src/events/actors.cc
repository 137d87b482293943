#include "events/actors.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "events/closed_class.h"

namespace dossier::events {
namespace {

using lexicon::Kind;

// A piece of an actor phrase: one lexicon entry, NER mention or capitalised name.
struct Unit {
  uint32_t first = 0;
  uint32_t end = 0;
  bool lexical = false;  // a lexicon entry (else a capitalised name or a mention without an entry)
  Kind kind = Kind::kPlace;
  uint32_t entry = lexicon::kNone;
  int32_t mention = -1;
  bool plural = false;  // read through a plural form ("Palestinians", "rebels")
  std::string_view head_code;  // an agent head noun ("union"): its sector code
};

bool is_place_kind(Kind k) {
  return k == Kind::kCity || k == Kind::kSubdivision || k == Kind::kRegion || k == Kind::kPlace;
}

// A WordNet job noun the agents file does not code ("screenwriter"): a word for roles only.
bool role_word(const lexicon::Entry& e) { return e.has(lexicon::kOccupation) && e.code.empty(); }

// Of the hits a phrase has, the one to read it as: names before places before agent nouns, in the
// lexicon's own order within each; a sentence-initial capital may be an agent noun ("Police said").
int rank(const lexicon::Entry& e, bool sentence_first) {
  switch (e.kind) {
    case Kind::kPerson:
    case Kind::kOrganization:
    case Kind::kArmedGroup:
    case Kind::kCountry:
    case Kind::kNationality:
      return 0;
    case Kind::kAgent:
      return sentence_first ? 0 : 2;
    default:
      return 1;
  }
}

class Builder {
 public:
  Builder(const lexicon::Lexicon& lexicon, const VerbDictionary& verbs,
          const std::unordered_map<std::string, std::string>& heads, std::span<const Word> words,
          const CivilDate& date, const Document* document, const util::SpanIndex* times)
      : lexicon_(lexicon), verbs_(verbs), heads_(heads), words_(words), date_(date), document_(document),
        times_(times) {}

  std::vector<Actor> run() {
    find_units();
    std::vector<Actor> actors;
    size_t u = 0;
    while (u < units_.size()) {
      const size_t end = phrase_end(u);
      actors.push_back(make_actor(u, end));
      u = end;
    }
    add_pronouns(actors);
    group_conjuncts(actors);
    return actors;
  }

 private:
  bool in_timex(const Word& w) const { return times_ != nullptr && times_->overlaps_any(w.span); }

  // The sector code of a lower-case head noun ("union", "unions"), or "" when none; a word that
  // can be a verb counts only after a determiner ("the force", not "forces Iran to").
  std::string_view head_code(uint32_t i) const {
    const Word& w = words_[i];
    if (w.has(kWordCapital) || w.has(kWordPunct) || w.lower.size() < 3) return {};
    const auto find = [&](const std::string& key) -> std::string_view {
      const auto it = heads_.find(key);
      return it == heads_.end() ? std::string_view() : std::string_view(it->second);
    };
    std::string_view code = find(w.lower);
    if (code.empty() && w.lower.ends_with("ies")) code = find(w.lower.substr(0, w.lower.size() - 3) + "y");
    if (code.empty() && w.lower.ends_with("s")) code = find(w.lower.substr(0, w.lower.size() - 1));
    if (code.empty()) return {};
    if (!verbs_.forms(w.id).empty() && (i == 0 || (words_[i - 1].cls & kDeterminer) == 0)) return {};
    return code;
  }

  // A capitalised word that can be part of a name.
  bool name_word(uint32_t i) const {
    const Word& w = words_[i];
    if (!w.has(kWordCapital) || w.has(kWordPunct) || w.has(kWordClitic)) return false;
    if (is_function_word(w.lower) || (w.cls & kTimeWord) != 0) return false;
    return !in_timex(w);
  }

  int32_t mention_at(uint32_t i, uint32_t& end) const {
    if (document_ == nullptr || document_->mentions.empty()) return -1;
    const auto& ms = document_->mentions;
    const auto it = std::lower_bound(ms.begin(), ms.end(), words_[i].span.begin,
                                     [](const Mention& m, uint32_t b) { return m.span.begin < b; });
    if (it == ms.end() || it->span.begin != words_[i].span.begin || it->kind == MentionKind::kPronoun) return -1;
    end = i;
    while (end < words_.size() && words_[end].span.end <= it->span.end) ++end;
    return end > i ? static_cast<int32_t>(it - ms.begin()) : -1;
  }

  // The best accepted lexicon reading of the words at i, or nullopt.
  std::optional<Unit> lexical_at(uint32_t i, uint32_t limit) const {
    // Lower-case function words and marks start no entry: no lookup.
    constexpr uint32_t kFunction = kDeterminer | kPreposition | kTo | kSubjectPronoun | kBe | kHave | kDo | kFuture |
                                   kPossible | kObligation | kNegation | kConjunction | kSubordinator | kRelative | kThat;
    if (words_[i].has(kWordPunct) || (!words_[i].has(kWordCapital) && (words_[i].cls & kFunction) != 0)) {
      return std::nullopt;
    }
    std::array<std::string_view, 8> buffer;
    size_t count = 0;
    for (uint32_t j = i; j < limit && count < buffer.size(); ++j) buffer[count++] = words_[j].text;
    lexicon::Match m = lexicon_.match({buffer.data(), count}, lexicon::Matching::kCaseSensitive);
    // Read the phrase as if the lexicon lacked the words for roles (the longest phrase with
    // another entry).
    const auto occupation_only = [&] {
      return std::all_of(m.hits.begin(), m.hits.end(), [&](const lexicon::Hit& h) { return role_word(lexicon_.entry(h.entry)); });
    };
    while (m.tokens > 0 && occupation_only()) {
      m = lexicon_.match({buffer.data(), m.tokens - 1}, lexicon::Matching::kCaseSensitive);
    }
    if (m.tokens == 0) return std::nullopt;
    const std::span<const std::string_view> texts(buffer.data(), count);
    const std::span<const std::string_view> matched(texts.data(), m.tokens);
    const bool first = words_[i].has(kWordFirst);
    std::optional<Unit> best;
    int best_rank = 99;
    for (const lexicon::Hit& hit : m.hits) {
      if (!lexicon::Lexicon::accepts(hit, matched)) continue;
      const lexicon::Entry e = lexicon_.entry(hit.entry);
      if (role_word(e)) continue;
      const int r = rank(e, first);
      if (r < best_rank) {
        best_rank = r;
        best = Unit{i, i + m.tokens, true, e.kind, hit.entry, -1, hit.form == lexicon::FormKind::kPlural, {}};
      }
    }
    // A lower-case single word reads as a name only when it is an agent noun.
    if (best && best->kind != Kind::kAgent && !words_[i].has(kWordCapital) && !words_[i].has(kWordAllCaps)) {
      return std::nullopt;
    }
    return best;
  }

  void find_units() {
    const auto n = static_cast<uint32_t>(words_.size());
    uint32_t i = 0;
    while (i < n) {
      uint32_t mention_end = 0;
      if (const int32_t m = mention_at(i, mention_end); m >= 0) {
        Unit u{i, mention_end, false, Kind::kPlace, lexicon::kNone, m, false, {}};
        if (const auto lex = lexical_at(i, mention_end); lex && lex->end == mention_end) {
          u.lexical = true;
          u.kind = lex->kind;
          u.entry = lex->entry;
        }
        units_.push_back(u);
        i = mention_end;
        continue;
      }
      if (const auto lex = lexical_at(i, n)) {
        units_.push_back(*lex);
        i = lex->end;
        continue;
      }
      if (const auto code = head_code(i); !code.empty()) {
        Unit u{i, i + 1, false, Kind::kAgent, lexicon::kNone, -1, words_[i].lower.back() == 's', {}};
        u.head_code = code;
        units_.push_back(u);
        ++i;
        continue;
      }
      if (name_word(i)) {
        // Consecutive unknown capitalised words are one name.
        if (!units_.empty() && !units_.back().lexical && units_.back().mention < 0 && units_.back().end == i) {
          units_.back().end = i + 1;
        } else {
          units_.push_back(Unit{i, i + 1, false, Kind::kPlace, lexicon::kNone, -1, false, {}});
        }
      }
      ++i;
    }
  }

  // Lower-case words that may stand between the pieces of one phrase ("ethnic", "senior").
  bool modifier(uint32_t i) const {
    const Word& w = words_[i];
    if (w.has(kWordPunct) || w.has(kWordNumber) || w.has(kWordCapital)) return false;
    return w.cls == 0 && verbs_.forms(w.id).empty();
  }

  // The end of a phrase whose last piece is `last`, taking in the common nouns it modifies: "U.S.
  // official", "rebel leaders", and after a demonym even nouns spelled like verbs ("Serb forces",
  // "Palestinian riots"), since a demonym before a word makes it a noun.
  uint32_t head_end(const Unit& last) const {
    const bool demonym = last.lexical && last.kind == Kind::kNationality && !last.plural;
    uint32_t end = last.end;
    for (int taken = 0; taken < 2 && end < words_.size(); ++taken) {
      const Word& w = words_[end];
      if (w.has(kWordPunct) || w.has(kWordNumber) || w.has(kWordCapital) || w.cls != 0) break;
      const auto forms = verbs_.forms(w.id);
      if (!forms.empty()) {
        bool past = false, third = false;
        for (const VerbForm& f : forms) {
          past = past || f.inflection == Inflection::kPast || f.inflection == Inflection::kGerund;
          third = third || f.inflection == Inflection::kThird;
        }
        // "Vietnamese-led forces have retaken": a plural before an auxiliary is the subject's head.
        const bool before_aux = third && end + 1 < words_.size() &&
                                (words_[end + 1].cls & (kBe | kHave | kFuture | kPossible | kObligation)) != 0 &&
                                words_[end + 1].lower != "'s";
        if (!before_aux && (!demonym || taken > 0 || past)) break;
      }
      ++end;
    }
    return end;
  }

  // Where the phrase starting at unit u ends (one past its last unit).
  size_t phrase_end(size_t u) const {
    size_t v = u + 1;
    while (v < units_.size()) {
      const uint32_t gap_begin = units_[v - 1].end, gap_end = units_[v].first;
      if (!joins(u, v - 1, gap_begin, gap_end)) break;
      ++v;
    }
    return v;
  }

  // Whether the words between two units let them form one phrase.
  bool joins(size_t start, size_t left, uint32_t b, uint32_t e) const {
    if (b == e) return true;
    if (e - b > 4) return false;
    const Word& first = words_[b];
    if (first.lower == "'s" || first.lower == "'") {  // "Iran's religious leader ..."
      for (uint32_t i = b + 1; i < e; ++i) {
        if (!modifier(i)) return false;
      }
      return true;
    }
    const bool all_modifiers = [&] {
      for (uint32_t i = b; i < e; ++i) {
        if (!modifier(i)) return false;
      }
      return true;
    }();
    if (all_modifiers && e - b <= 2) return true;
    // "of" / "for" / "in" / "from" after a title, agent or name: "President of Armenia",
    // "Liberation Tigers of Tamil Eelam", "Opposition groups in Zimbabwe".
    // "Agency for Development and Cooperation": "and" inside a name joins two unknown names.
    if (first.lower == "and" && e - b == 1 && !units_[left].lexical && !units_[left + 1].lexical &&
        units_[left + 1].mention < 0 && units_[left + 1].end == units_[left + 1].first + 1 && left > start) {
      return true;
    }
    const std::string& prep = first.lower;
    const bool of_like = prep == "of" || prep == "for" || prep == "de";
    const bool in_like = prep == "in" || prep == "from";
    if (!of_like && !in_like) return false;
    for (uint32_t i = b + 1; i < e; ++i) {
      const std::string& l = words_[i].lower;
      if (!(l == "the" || l == "of" || modifier(i))) return false;
    }
    const Unit& l = units_[left];
    const bool head_agentive = l.kind == Kind::kAgent || l.kind == Kind::kNationality || !l.lexical;
    if (of_like) return head_agentive || (words_[l.first].has(kWordCapital) && words_[units_[left + 1].first].has(kWordCapital));
    return l.kind == Kind::kAgent && !has_country(start, left) && units_[left + 1].lexical &&
           units_[left + 1].kind != Kind::kAgent;
  }

  // Whether units [start, last] already name a country.
  bool has_country(size_t start, size_t last) const {
    for (size_t i = start; i <= last; ++i) {
      const Unit& x = units_[i];
      if (x.lexical && x.kind != Kind::kAgent && !lexicon_.entry(x.entry).country.empty()) return true;
    }
    return false;
  }

  std::string country_code(const lexicon::Entry& e) const {
    if (e.code.size() == 3) return std::string(e.code);
    return std::string(e.country);
  }

  Actor make_actor(size_t u, size_t end) const {
    Actor a;
    a.first = units_[u].first;
    a.end = head_end(units_[end - 1]);
    // Modifiers before the first piece belong to the phrase as written ("senior British minister").
    while (a.first > 0 && a.first + 3 > units_[u].first && modifier(a.first - 1)) {
      --a.first;
    }
    std::string person, org, country, sector;
    bool all_places = true, any_name = false;
    for (size_t i = u; i < end; ++i) {
      const Unit& x = units_[i];
      // After a possessive the phrase names a new head: "teachers' union" is a union.
      if (i > u && x.first > units_[i - 1].end &&
          (words_[units_[i - 1].end].lower == "'s" || words_[units_[i - 1].end].lower == "'")) {
        sector.clear();
      }
      // The phrase's entity is its head, the last name in it: "Republican presidential nominee
      // Donald Trump" is Trump, not the party; "Indiana GOP Rep. Susan Brooks" is Brooks.
      if (x.mention >= 0) a.mention = x.mention;
      if (!x.head_code.empty()) {
        if (sector.empty()) sector = std::string(x.head_code);
        all_places = false;
        continue;
      }
      if (!x.lexical) {
        any_name = true;
        all_places = false;
        continue;
      }
      const lexicon::Entry e = lexicon_.entry(x.entry);
      if (x.kind != Kind::kAgent) any_name = true;
      if (!is_place_kind(x.kind)) all_places = false;
      switch (x.kind) {
        case Kind::kPerson:
          if (person.empty()) person = std::string(lexicon_.code_on(x.entry, date_));
          break;
        case Kind::kOrganization:
        case Kind::kArmedGroup:
          if (org.empty()) org = std::string(e.code);
          break;
        case Kind::kAgent:
          if (sector.empty()) sector = std::string(e.code);
          break;
        default:
          if (country.empty()) country = country_code(e);
          break;
      }
    }
    a.kind = any_name ? ActorKind::kName : ActorKind::kAgent;
    a.place_only = all_places;
    if (all_places && end == u + 1 && units_[u].kind == Kind::kCity) {
      a.capital = lexicon_.entry(units_[u].entry).has(lexicon::kCapital);
    }
    if (!person.empty()) {
      a.code = person;
    } else if (!org.empty()) {
      a.code = org;
    } else if (!country.empty()) {
      a.code = country + sector;
    } else if (!sector.empty()) {
      a.code = "---" + sector;
    }
    if (a.first > 0 && (words_[a.first - 1].cls & kPossessive) != 0) a.owned = true;
    return a;
  }

  void add_pronouns(std::vector<Actor>& actors) const {
    for (uint32_t i = 0; i < words_.size(); ++i) {
      if ((words_[i].cls & kSubjectPronoun) == 0) continue;
      Actor a;
      a.first = i;
      a.end = i + 1;
      a.kind = ActorKind::kPronoun;
      actors.push_back(a);
    }
    std::sort(actors.begin(), actors.end(), [](const Actor& x, const Actor& y) { return x.first < y.first; });
  }

  // "A and B", "A, B and C", "A, B, and C": one group.
  void group_conjuncts(std::vector<Actor>& actors) const {
    int32_t next = 0;
    for (size_t i = 1; i < actors.size(); ++i) {
      Actor& prev = actors[i - 1];
      Actor& cur = actors[i];
      if (prev.kind == ActorKind::kPronoun || cur.kind == ActorKind::kPronoun) continue;
      uint32_t cur_first = cur.first;  // "A and the B": the determiner belongs to B
      while (cur_first > prev.end + 1 && (words_[cur_first - 1].cls & kDeterminer) != 0 &&
             words_[cur_first - 1].lower != "'s" && words_[cur_first - 1].lower != "'") {
        --cur_first;
      }
      const uint32_t gap = cur_first - prev.end;
      bool conjoined = false;
      if (gap == 1) {
        conjoined = words_[prev.end].lower == "and" || words_[prev.end].lower == ",";
      } else if (gap == 2) {
        conjoined = words_[prev.end].lower == "," && words_[prev.end + 1].lower == "and";
      }
      // A comma alone joins only inside a list that ends with "and".
      if (conjoined && words_[prev.end].lower == "," && gap == 1) {
        conjoined = false;
        for (size_t j = i + 1; j < actors.size() && j < i + 6; ++j) {
          const uint32_t b = actors[j - 1].end, e = actors[j].first;
          if (e - b == 1 && words_[b].lower == ",") continue;
          conjoined = (e - b == 1 && words_[b].lower == "and") ||
                      (e - b == 2 && words_[b].lower == "," && words_[b + 1].lower == "and");
          break;
        }
      }
      if (!conjoined) continue;
      if (prev.group < 0) prev.group = next++;
      cur.group = prev.group;
    }
  }

  const lexicon::Lexicon& lexicon_;
  const VerbDictionary& verbs_;
  const std::unordered_map<std::string, std::string>& heads_;
  std::span<const Word> words_;
  CivilDate date_;
  const Document* document_;
  const util::SpanIndex* times_;
  std::vector<Unit> units_;
};

}  // namespace

ActorFinder::ActorFinder(const lexicon::Lexicon& lexicon, const VerbDictionary& verbs)
    : lexicon_(lexicon), verbs_(verbs) {
  std::unordered_map<std::string, std::map<std::string, size_t>> counts;
  for (uint32_t id = 0; id < lexicon.size(); ++id) {
    const lexicon::Entry e = lexicon.entry(id);
    if (e.kind != Kind::kAgent || e.code.empty()) continue;
    const size_t space = e.name.rfind(' ');
    if (space == std::string_view::npos) continue;
    // Only phrases whose last word is their head: "trade union", not "minister of energy".
    bool prepositional = false;
    for (const std::string_view w : {" of ", " for ", " in ", " on ", " to ", " and ", " at ", " with "}) {
      prepositional = prepositional || e.name.find(w) != std::string_view::npos;
    }
    if (prepositional) continue;
    std::string head(e.name.substr(space + 1));
    if (head.size() < 3 || !std::all_of(head.begin(), head.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    ++counts[head][std::string(e.code)];
  }
  for (auto& [head, codes] : counts) {
    // Heads the lexicon lists as agents on their own are read through it; the others, when three
    // phrases or more end in them, get their commonest code.
    size_t phrases = 0;
    for (const auto& [code, n] : codes) phrases += n;
    bool listed = false;
    for (const lexicon::Hit& hit : lexicon.lookup(head, lexicon::Matching::kFolded)) {
      const lexicon::Entry e = lexicon.entry(hit.entry);
      listed = listed || (e.kind == Kind::kAgent && !role_word(e));
    }
    if (phrases < 3 || listed) continue;
    const auto best = std::max_element(codes.begin(), codes.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    agent_heads_.emplace(head, best->first);
  }
}

std::vector<Actor> ActorFinder::find(std::span<const Word> words, const CivilDate& date,
                                     const Document* document, const util::SpanIndex* times) const {
  return Builder(lexicon_, verbs_, agent_heads_, words, date, document, times).run();
}

std::vector<int32_t> actor_index(std::span<const Actor> actors, size_t word_count) {
  std::vector<int32_t> index(word_count, -1);
  for (size_t a = 0; a < actors.size(); ++a) {
    for (uint32_t i = actors[a].first; i < actors[a].end && i < word_count; ++i) index[i] = static_cast<int32_t>(a);
  }
  return index;
}

}  // namespace dossier::events
