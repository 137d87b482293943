#include "entities/name_links.h"

#include <algorithm>
#include <unordered_map>

#include "lexicon/fold.h"

namespace dossier::entities {
namespace {

using lexicon::Kind;

bool has_lower_letter(std::string_view text) {
  for (const char c : text) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// Company designators a short form leaves out ("Acme Corp." / "Acme"): a closed class.
bool is_designator(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "inc", "corp", "corporation", "co", "ltd", "plc", "llc", "group", "company", "sa",
      "ag", "gmbh", "nv", "bv", "holdings", "limited", "incorporated", "spa", "ab", "as", "party"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

std::string join(const std::vector<std::string>& words, size_t end) {
  std::string out;
  for (size_t i = 0; i < end && i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out += words[i];
  }
  return out;
}

// The words of an organisation's name without trailing designators, joined; empty when the
// name has none or nothing else.
std::string core_key(const std::vector<std::string>& words) {
  size_t end = words.size();
  while (end > 1 && is_designator(words[end - 1])) --end;
  return end == words.size() ? std::string() : join(words, end);
}

// People, organisations and places, groups of people: names join only within their class
// (a party's members are not the party: "Republicans" / "Republican Party").
int name_class(EntityType type) {
  if (type == EntityType::kPerson) return 0;
  return type == EntityType::kNorp ? 2 : 1;
}

struct Group {
  uint32_t first = 0;  // first mention
  uint32_t last = 0;   // latest mention
  int cls = 1;         // name_class of its first mention
  bool person = false;
  PersonName best;     // fullest name of a person
};

class Linker {
 public:
  Linker(const Document& document, const std::vector<NameInfo>& names)
      : doc_(document), names_(names) {
    out_.group.assign(document.mentions.size(), -1);
  }
  NameGroups run();

 private:
  void link(uint32_t mention, uint32_t group, LinkReason reason);
  uint32_t open(uint32_t mention);
  int32_t find_person(uint32_t mention) const;
  int32_t given_name_only(const NameInfo& info) const;
  void link_other(uint32_t mention);
  template <typename Map, typename Key>
  int32_t lookup(const Map& map, const Key& key, int cls) const {
    const auto it = map.find(key);
    if (it == map.end() || groups_[it->second].cls != cls) return -1;
    return static_cast<int32_t>(it->second);
  }

  const Document& doc_;
  const std::vector<NameInfo>& names_;
  NameGroups out_;
  std::vector<Group> groups_;
  uint32_t current_ = 0;  // group of the mention just linked or opened
  std::unordered_map<std::string, uint32_t> by_key_;
  std::unordered_map<uint32_t, uint32_t> by_entry_;
  std::unordered_map<std::string, uint32_t> by_acronym_;  // acronym of a multi-word name
  std::unordered_map<std::string, uint32_t> by_core_;     // name without designators
  std::unordered_map<std::string, uint32_t> by_end_word_;  // first or last word of an organisation
  std::unordered_map<std::string, std::vector<uint32_t>> by_surname_;  // last surname word
  std::unordered_map<std::string, std::vector<uint32_t>> by_given_;    // first given name, full
};

void Linker::link(uint32_t mention, uint32_t group, LinkReason reason) {
  Group& g = groups_[group];
  out_.links.push_back(MentionLink{mention, g.last, reason});
  out_.group[mention] = static_cast<int32_t>(g.first);
  g.last = mention;
  current_ = group;
}

uint32_t Linker::open(uint32_t mention) {
  const auto id = static_cast<uint32_t>(groups_.size());
  Group g;
  g.first = g.last = mention;
  g.cls = name_class(doc_.mentions[mention].type);
  g.person = g.cls == 0;
  g.best = names_[mention].person;
  groups_.push_back(std::move(g));
  out_.group[mention] = static_cast<int32_t>(mention);
  current_ = id;
  return id;
}

// The group a person's name joins: the same name, else the latest group whose name it shares
// a surname with, without a clash of given names or forms of address.
int32_t Linker::find_person(uint32_t mention) const {
  const NameInfo& info = names_[mention];
  if (const int32_t same = lookup(by_key_, join(info.words, info.words.size()), 0); same >= 0) {
    return same;
  }
  const PersonName& name = info.person;
  if (name.empty()) return -1;
  const std::string last = name.surname.substr(name.surname.rfind(' ') + 1);
  const auto it = by_surname_.find(last);
  if (it == by_surname_.end()) return given_name_only(info);
  int32_t best = -1;
  for (auto g = it->second.rbegin(); g != it->second.rend(); ++g) {
    const Group& group = groups_[*g];
    const PersonMatch match = compare_people(name, group.best);
    if (match == PersonMatch::kSame) return static_cast<int32_t>(*g);
    if (match == PersonMatch::kSurnameOnly && best < 0) {
      // A full name joins an earlier surname-only group only when no full name of that
      // surname came before (else it is one of several people of the family).
      if (name.full()) {
        const bool other_full = std::any_of(it->second.begin(), it->second.end(), [&](uint32_t o) {
          return groups_[o].best.full();
        });
        if (other_full) continue;
      }
      best = static_cast<int32_t>(*g);
    }
  }
  return best;
}

// A lone word that is no one's surname but the first given name of exactly one person named
// before ("Hillary" after "Hillary Clinton"): news calls people by their given name too. With two
// such people the word stays apart.
int32_t Linker::given_name_only(const NameInfo& info) const {
  const PersonName& name = info.person;
  if (name.full() || name.surname.find(' ') != std::string::npos) return -1;
  // "Donald Jr." is not Donald.
  if (std::any_of(info.words.begin(), info.words.end(), [](const std::string& w) { return is_name_suffix(w); })) {
    return -1;
  }
  const auto it = by_given_.find(name.surname);
  if (it == by_given_.end() || it->second.size() != 1) return -1;
  const Group& group = groups_[it->second.front()];
  if (name.gender != 0 && group.best.gender != 0 && name.gender != group.best.gender) return -1;
  return static_cast<int32_t>(it->second.front());
}

void Linker::link_other(uint32_t mention) {
  const NameInfo& info = names_[mention];
  const std::string key = join(info.words, info.words.size());
  const int cls = name_class(doc_.mentions[mention].type);
  if (const int32_t g = lookup(by_key_, key, cls); g >= 0) {
    return link(mention, static_cast<uint32_t>(g), LinkReason::kSameName);
  }
  if (info.entry != lexicon::kNone) {
    if (const int32_t g = lookup(by_entry_, info.entry, cls); g >= 0) {
      return link(mention, static_cast<uint32_t>(g), LinkReason::kAlias);
    }
  }
  if (info.all_caps && info.words.size() == 1) {
    if (const int32_t g = lookup(by_acronym_, info.words[0], cls); g >= 0) {
      return link(mention, static_cast<uint32_t>(g), LinkReason::kAcronym);
    }
  }
  if (info.words.size() > 1) {
    const std::string acronym = acronym_of(info.words);
    if (const int32_t g = lookup(by_key_, acronym, cls);
        g >= 0 && names_[groups_[static_cast<size_t>(g)].first].all_caps) {
      return link(mention, static_cast<uint32_t>(g), LinkReason::kAcronym);
    }
  }
  if (const std::string core = core_key(info.words); !core.empty()) {
    if (const int32_t g = lookup(by_key_, core, cls);
        g >= 0 && doc_.mentions[groups_[static_cast<size_t>(g)].first].type == EntityType::kOrg) {
      return link(mention, static_cast<uint32_t>(g), LinkReason::kNamePart);
    }
  }
  // A short form stands for an organisation only where the tagger calls it one: "Democratic" in
  // "Democratic senator" is not short for "Democratic Party".
  const bool org = doc_.mentions[mention].type == EntityType::kOrg;
  if (const int32_t g = lookup(by_core_, key, cls); g >= 0 && org) {
    return link(mention, static_cast<uint32_t>(g), LinkReason::kNamePart);
  }
  // "the Academy" / "the Chargers" after "Academy of Motion Picture Arts and Sciences", "San
  // Diego Chargers": one word of an organisation's name that begins or ends it.
  if (info.words.size() == 1 && !info.all_caps && doc_.mentions[mention].type == EntityType::kOrg) {
    if (const int32_t g = lookup(by_end_word_, key, cls); g >= 0) {
      return link(mention, static_cast<uint32_t>(g), LinkReason::kNamePart);
    }
  }
  open(mention);
}

NameGroups Linker::run() {
  for (uint32_t m = 0; m < doc_.mentions.size(); ++m) {
    const NameInfo& info = names_[m];
    if (doc_.mentions[m].kind != MentionKind::kName || !info.valid()) continue;
    const bool person = doc_.mentions[m].type == EntityType::kPerson;
    if (person) {
      const int32_t g = find_person(m);
      if (g >= 0) {
        const bool same = lookup(by_key_, join(info.words, info.words.size()), 0) == g;
        link(m, static_cast<uint32_t>(g), same ? LinkReason::kSameName : LinkReason::kNamePart);
      } else {
        open(m);
      }
    } else {
      link_other(m);
    }
    const uint32_t g = current_;
    Group& group = groups_[g];
    const std::string key = join(info.words, info.words.size());
    by_key_[key] = g;
    if (info.entry != lexicon::kNone) by_entry_.try_emplace(info.entry, g);
    if (person) {
      if (group.best.given.size() < info.person.given.size()) group.best = info.person;
      if (group.best.gender == 0) group.best.gender = info.person.gender;
      if (!info.person.empty()) {
        const std::string last = info.person.surname.substr(info.person.surname.rfind(' ') + 1);
        auto& list = by_surname_[last];
        if (std::find(list.begin(), list.end(), g) == list.end()) list.push_back(g);
        // Keep the latest-mentioned group last, so a bare surname goes to the latest person.
        list.erase(std::find(list.begin(), list.end(), g));
        list.push_back(g);
        if (info.person.full() && info.person.given[0].size() > 1) {
          auto& named = by_given_[info.person.given[0]];
          if (std::find(named.begin(), named.end(), g) == named.end()) named.push_back(g);
        }
      }
    } else if (info.words.size() > 1) {
      by_acronym_.try_emplace(acronym_of(info.words), g);
      if (const std::string core = core_key(info.words); !core.empty()) by_core_.try_emplace(core, g);
      if (doc_.mentions[m].type == EntityType::kOrg) {
        if (!is_function_word(info.words.front())) by_end_word_[info.words.front()] = g;
        if (!is_function_word(info.words.back())) by_end_word_[info.words.back()] = g;
        // "Labour" after "Valdorian Labour Party": the last word before the designator.
        size_t end = info.words.size();
        while (end > 1 && is_designator(info.words[end - 1])) --end;
        if (end < info.words.size() && !is_function_word(info.words[end - 1])) by_end_word_[info.words[end - 1]] = g;
      }
    }
  }
  return std::move(out_);
}

}  // namespace

namespace {

bool starts_lower(std::string_view word) { return !word.empty() && word[0] >= 'a' && word[0] <= 'z'; }

bool has_letter_or_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
}

}  // namespace

namespace {

bool has_quote_mark(std::string_view word) {
  for (const std::string_view mark : {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "`"}) {
    if (word.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// Removes the words from an opening quotation mark to its closing one, and words holding a
// stray mark; keeps the words when that would leave none.
void drop_quoted(std::vector<std::string_view>& words) {
  std::vector<std::string_view> kept;
  bool inside = false;
  size_t opened = 0;  // index of the word that opened the quotation
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    // An apostrophe inside a word or a possessive is not a quotation mark (O'Brien, Reid's).
    const std::string_view bare = strip_possessive(w);
    const bool mark = has_quote_mark(bare.substr(0, 1)) || has_quote_mark(bare.substr(bare.empty() ? 0 : bare.size() - 1));
    if (!mark && !inside) {
      kept.push_back(w);
      continue;
    }
    const bool opens = !inside && has_quote_mark(bare.substr(0, 1));
    const bool last_mark = !bare.empty() && has_quote_mark(bare.substr(bare.size() - 1));
    const bool closes = inside ? last_mark : bare.size() > 1 && last_mark;
    if (opens && !closes) {
      inside = true;
      opened = i;
    } else if (inside && closes) {
      inside = false;
    }
  }
  // A mark never closed is a stray: only its word goes.
  if (inside) kept.insert(kept.end(), words.begin() + static_cast<std::ptrdiff_t>(opened) + 1, words.end());
  if (!kept.empty()) words = std::move(kept);
}

}  // namespace

std::string name_surface(std::string_view text, EntityType type) {
  text = strip_possessive(text);
  std::vector<std::string_view> words;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
    if (j > i) words.emplace_back(text.substr(i, j - i));
    i = j;
  }
  // A comma ends the name when a capitalised word precedes it.
  for (size_t k = 0; k < words.size(); ++k) {
    const bool comma = words[k] == "," || words[k].ends_with(',');
    if (!comma) continue;
    const bool capital_before = std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k),
                                            [](std::string_view w) { return !starts_lower(w) && has_letter_or_digit(w); });
    if (!capital_before) continue;
    if (words[k] != ",") words[k].remove_suffix(1);
    words.resize(words[k] == "," ? k : k + 1);
    break;
  }
  // A nickname in quotation marks is not part of a person's name (Vincent "The Chin" Gigante).
  if (type == EntityType::kPerson) drop_quoted(words);
  auto keep = [&](size_t k) {
    const std::string_view w = words[k];
    if (!has_letter_or_digit(w)) return false;
    if (!starts_lower(w)) return true;
    // Particles belong to the name when a capitalised word follows ("de Gaulle", "al-Assad").
    const std::string key = lexicon::match_key(w);
    return (is_surname_particle(key) || key.starts_with("al ") || key.starts_with("el ")) &&
           k + 1 < words.size() && !starts_lower(words[k + 1]);
  };
  size_t begin = 0;
  size_t end = words.size();
  while (begin < end && !keep(begin)) ++begin;
  while (end > begin && !keep(end - 1)) --end;
  if (begin >= end) return std::string(text);
  std::string out;
  for (size_t k = begin; k < end; ++k) {
    const bool inner_lower = starts_lower(words[k]) && !keep(k);
    if (type == EntityType::kPerson && inner_lower) continue;
    if (!out.empty()) out += ' ';
    out += words[k];
  }
  return out;
}

bool kind_fits(Kind kind, EntityType type) {
  switch (type) {
    case EntityType::kPerson: return kind == Kind::kPerson;
    case EntityType::kGpe:
      return kind == Kind::kCountry || kind == Kind::kSubdivision || kind == Kind::kCity ||
             kind == Kind::kRegion;
    case EntityType::kLoc:
      return kind == Kind::kPlace || kind == Kind::kRegion || kind == Kind::kCity ||
             kind == Kind::kSubdivision || kind == Kind::kCountry;
    case EntityType::kOrg:
      return kind == Kind::kOrganization || kind == Kind::kArmedGroup || kind == Kind::kCountry;
    case EntityType::kNorp: return kind == Kind::kNationality;
    case EntityType::kMisc: return kind != Kind::kAgent;
  }
  return false;
}

uint32_t lexicon_entry(const lexicon::Lexicon& lexicon, std::string_view text, EntityType type) {
  // A country, state or body known by this very name first: the actor dictionaries file "Texas"
  // under the United States too, and a state is not its country. A town of the name does not
  // outrank an alias ("Holland" is the Netherlands before Holland, Michigan).
  uint32_t first = lexicon::kNone;
  for (const lexicon::Hit& hit : lexicon.lookup(text, lexicon::Matching::kCaseSensitive)) {
    const lexicon::Entry e = lexicon.entry(hit.entry);
    if (!kind_fits(e.kind, type)) continue;
    if (hit.form == lexicon::FormKind::kName && e.kind != Kind::kCity && e.kind != Kind::kPlace) return hit.entry;
    if (first == lexicon::kNone) first = hit.entry;
  }
  return first;
}

bool is_title_word(const lexicon::Lexicon& lexicon, std::string_view word) {
  for (const lexicon::Hit& hit : lexicon.find_key(lexicon::match_key(word))) {
    const lexicon::Entry e = lexicon.entry(hit.entry);
    if (e.kind == Kind::kAgent && (e.has(lexicon::kTitle) || e.name.ends_with('.'))) return true;
  }
  return false;
}

NameInfo describe_name(const Document& document, const Mention& mention,
                       const lexicon::Lexicon& lexicon) {
  NameInfo info;
  if (mention.kind != MentionKind::kName) return info;
  info.surface = name_surface(document.slice(mention.span), mention.type);
  info.words = key_words(info.surface);
  if (!info.words.empty() && info.words[0] == "the") info.words.erase(info.words.begin());
  if (mention.type == EntityType::kPerson) {
    while (info.words.size() > 1 && !is_honorific(info.words[0]) &&
           is_title_word(lexicon, info.words[0])) {
      info.words.erase(info.words.begin());
    }
    info.person = person_name(info.words);
  }
  info.entry = lexicon_entry(lexicon, info.surface, mention.type);
  info.all_caps = !has_lower_letter(info.surface) && info.surface.size() >= 2;
  return info;
}

NameGroups link_names(const Document& document, const std::vector<NameInfo>& names) {
  return Linker(document, names).run();
}

}  // namespace dossier::entities
