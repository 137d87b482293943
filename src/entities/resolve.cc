#include "entities/resolve.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "entities/conflicts.h"
#include "entities/name_links.h"
#include "entities/names.h"
#include "lexicon/fold.h"

namespace dossier::entities {
namespace {

using lexicon::kNone;

struct ChainRef {
  uint32_t doc = 0;
  uint32_t chain = 0;
};

// What resolution compares: 0 people, 1 organisations and places (the tagger often confuses
// them), 2 nationalities and other groups (linked to a country, never merged into it).
int type_class(EntityType type) {
  if (type == EntityType::kPerson) return 0;
  return type == EntityType::kNorp ? 2 : 1;
}

// One distinct name of one class: the unit that is merged.
struct NameGroup {
  int cls = 1;
  std::vector<std::string> words;
  PersonName person;
  uint32_t entry = kNone;
  bool all_caps = false;
  std::vector<ChainRef> chains;
  size_t mentions = 0;
};

// Union-find over name groups that refuses a merge joining two different given names or two
// different lexicon entries, whatever the path.
class Clusters {
 public:
  explicit Clusters(const std::vector<NameGroup>& groups) : parent_(groups.size()) {
    given_.resize(groups.size());
    entries_.resize(groups.size());
    for (size_t g = 0; g < groups.size(); ++g) {
      parent_[g] = static_cast<uint32_t>(g);
      if (groups[g].person.full()) given_[g].push_back(groups[g].person.given);
      if (groups[g].entry != kNone) entries_[g].push_back(groups[g].entry);
    }
  }
  uint32_t find(uint32_t g) {
    while (parent_[g] != g) {
      parent_[g] = parent_[parent_[g]];
      g = parent_[g];
    }
    return g;
  }
  bool can_merge(uint32_t a, uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return true;
    for (const uint32_t x : entries_[a]) {
      for (const uint32_t y : entries_[b]) {
        if (x != y) return false;
      }
    }
    for (const auto& x : given_[a]) {
      for (const auto& y : given_[b]) {
        if (!given_names_compatible(x, y)) return false;
      }
    }
    return true;
  }
  bool merge(uint32_t a, uint32_t b) {
    if (!can_merge(a, b)) return false;
    a = find(a);
    b = find(b);
    if (a == b) return true;
    if (given_[a].size() + entries_[a].size() < given_[b].size() + entries_[b].size()) std::swap(a, b);
    parent_[b] = a;
    // Distinct values only, a few of each: enough to keep the constraints.
    for (auto& x : given_[b]) {
      if (given_[a].size() < 16 && std::find(given_[a].begin(), given_[a].end(), x) == given_[a].end()) {
        given_[a].push_back(std::move(x));
      }
    }
    for (const uint32_t x : entries_[b]) {
      if (std::find(entries_[a].begin(), entries_[a].end(), x) == entries_[a].end()) entries_[a].push_back(x);
    }
    given_[b].clear();
    entries_[b].clear();
    return true;
  }

 private:
  std::vector<uint32_t> parent_;
  std::vector<std::vector<std::vector<std::string>>> given_;
  std::vector<std::vector<uint32_t>> entries_;
};

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

class Resolver {
 public:
  Resolver(Dossier& dossier, const lexicon::Lexicon& lexicon) : dossier_(dossier), lexicon_(lexicon) {}
  void run();

 private:
  void collect();
  void merge_by_entry(Clusters& clusters);
  void merge_people(Clusters& clusters);
  void merge_others(Clusters& clusters);
  // Joins a group to the one candidate cluster that fits, or the one context prefers.
  void attach(Clusters& clusters, uint32_t group, const std::vector<uint32_t>& candidates);
  const std::unordered_set<uint32_t>& context(uint32_t group);
  void build(Clusters& clusters);

  Dossier& dossier_;
  const lexicon::Lexicon& lexicon_;
  std::vector<NameGroup> groups_;
  std::vector<std::vector<int32_t>> group_of_chain_;  // [doc][chain]
  std::unordered_map<uint32_t, std::unordered_set<uint32_t>> context_;
};

void Resolver::collect() {
  std::unordered_map<std::string, uint32_t> by_key;
  group_of_chain_.resize(dossier_.documents.size());
  for (uint32_t d = 0; d < dossier_.documents.size(); ++d) {
    const Document& doc = dossier_.documents[d];
    group_of_chain_[d].assign(doc.chains.size(), -1);
    for (uint32_t c = 0; c < doc.chains.size(); ++c) {
      const Chain& chain = doc.chains[c];
      if (chain.name.empty()) continue;
      std::vector<std::string> words = key_words(strip_possessive(chain.name));
      if (!words.empty() && words[0] == "the") words.erase(words.begin());
      if (chain.type == EntityType::kPerson) {
        while (words.size() > 1 && !is_honorific(words[0]) && is_title_word(lexicon_, words[0])) {
          words.erase(words.begin());
        }
      }
      if (words.empty()) continue;
      const int cls = type_class(chain.type);
      const std::string key = std::to_string(cls) + "|" + join(words);
      auto [it, added] = by_key.emplace(key, static_cast<uint32_t>(groups_.size()));
      if (added) {
        NameGroup g;
        g.cls = cls;
        g.person = cls == 0 ? person_name(words) : PersonName{};
        g.words = std::move(words);
        g.entry = lexicon_entry(lexicon_, chain.name, chain.type);
        g.all_caps = std::none_of(chain.name.begin(), chain.name.end(),
                                  [](char ch) { return ch >= 'a' && ch <= 'z'; });
        groups_.push_back(std::move(g));
      }
      NameGroup& g = groups_[it->second];
      g.chains.push_back({d, c});
      g.mentions += chain.mentions.size();
      group_of_chain_[d][c] = static_cast<int32_t>(it->second);
    }
  }
}

void Resolver::merge_by_entry(Clusters& clusters) {
  std::unordered_map<uint64_t, uint32_t> first_of;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    if (groups_[g].entry == kNone) continue;
    const uint64_t key = (static_cast<uint64_t>(groups_[g].cls) << 32) | groups_[g].entry;
    auto [it, added] = first_of.emplace(key, g);
    if (!added) clusters.merge(it->second, g);
  }
}

const std::unordered_set<uint32_t>& Resolver::context(uint32_t group) {
  auto [it, added] = context_.try_emplace(group);
  if (!added) return it->second;
  // The names the group's documents also mention (a sample of its documents: enough to tell
  // namesakes apart, bounded for names found in very many articles).
  size_t docs = 0;
  for (const ChainRef& ref : groups_[group].chains) {
    if (++docs > 32) break;
    for (const int32_t other : group_of_chain_[ref.doc]) {
      if (other >= 0 && static_cast<uint32_t>(other) != group) it->second.insert(static_cast<uint32_t>(other));
    }
  }
  return it->second;
}

void Resolver::attach(Clusters& clusters, uint32_t group, const std::vector<uint32_t>& candidates) {
  std::map<uint32_t, std::vector<uint32_t>> by_root;
  for (const uint32_t c : candidates) {
    if (clusters.can_merge(group, c)) by_root[clusters.find(c)].push_back(c);
  }
  by_root.erase(clusters.find(group));
  if (by_root.empty()) return;
  if (by_root.size() == 1) {
    clusters.merge(group, by_root.begin()->second.front());
    return;
  }
  // Several people or bodies fit: the one whose articles share the most other names, else one
  // that dominates by mentions.
  const auto& mine = context(group);
  struct Score {
    size_t shared = 0;
    size_t mentions = 0;
    uint32_t member = 0;
  };
  std::vector<Score> scores;
  for (const auto& [root, members] : by_root) {
    Score s;
    s.member = members.front();
    for (const uint32_t m : members) {
      s.mentions += groups_[m].mentions;
      for (const uint32_t other : context(m)) {
        if (mine.contains(other) || mine.contains(clusters.find(other))) ++s.shared;
      }
    }
    scores.push_back(s);
  }
  std::sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) {
    return a.shared != b.shared ? a.shared > b.shared : a.mentions > b.mentions;
  });
  if (scores[0].shared > scores[1].shared ||
      (scores[0].shared == scores[1].shared && scores[0].mentions >= 3 * scores[1].mentions)) {
    clusters.merge(group, scores[0].member);
  }
}

void Resolver::merge_people(Clusters& clusters) {
  std::unordered_map<std::string, std::vector<uint32_t>> blocks;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    if (group.cls != 0 || group.person.empty()) continue;
    const std::string& surname = group.person.surname;
    blocks[phonetic_key(surname.substr(surname.rfind(' ') + 1))].push_back(g);
  }
  for (auto& [key, members] : blocks) {
    // Distinct surnames of the block, and which of them are one surname spelled two ways (all
    // pairs while there are few; a block of very many surnames compares only equal ones).
    std::map<std::string, std::vector<uint32_t>> full_by_surname;
    std::map<std::string, std::vector<uint32_t>> bare_by_surname;
    for (const uint32_t g : members) {
      auto& target = groups_[g].person.full() ? full_by_surname : bare_by_surname;
      target[groups_[g].person.surname].push_back(g);
    }
    std::vector<std::string> surnames;
    for (const auto& [surname, list] : full_by_surname) surnames.push_back(surname);
    for (const auto& [surname, list] : bare_by_surname) {
      if (!full_by_surname.contains(surname)) surnames.push_back(surname);
    }
    std::map<std::string, std::vector<std::string>> variants;
    for (size_t i = 0; i < surnames.size(); ++i) {
      variants[surnames[i]].push_back(surnames[i]);
      if (surnames.size() > 64) continue;
      for (size_t j = i + 1; j < surnames.size(); ++j) {
        if (surnames_match(surnames[i], surnames[j])) {
          variants[surnames[i]].push_back(surnames[j]);
          variants[surnames[j]].push_back(surnames[i]);
        }
      }
    }
    // Full names with full names: compared only when they share a surname (or its variant) and
    // the initial of some given name, which any two compatible given-name lists do.
    std::unordered_map<std::string, std::vector<uint32_t>> by_initial;
    for (const auto& [surname, list] : full_by_surname) {
      for (const uint32_t g : list) {
        std::string seen_initials;
        for (const auto& given : groups_[g].person.given) {
          if (given.empty() || seen_initials.find(given[0]) != std::string::npos) continue;
          seen_initials += given[0];
          by_initial[surname + '|' + given[0]].push_back(g);
        }
      }
    }
    for (const auto& [surname, list] : full_by_surname) {
      for (const std::string& other : variants[surname]) {
        if (other < surname) continue;
        for (const uint32_t a : list) {
          for (const auto& given : groups_[a].person.given) {
            const auto it = by_initial.find(other + '|' + given.substr(0, 1));
            if (it == by_initial.end()) continue;
            for (const uint32_t b : it->second) {
              if (a != b && compare_people(groups_[a].person, groups_[b].person) == PersonMatch::kSame) {
                clusters.merge(a, b);
              }
            }
          }
        }
      }
    }
    // A bare surname joins the one person of that surname, or the one its articles point to.
    for (const auto& [surname, bare] : bare_by_surname) {
      std::vector<uint32_t> candidates;
      std::vector<uint32_t> other_bare;
      for (const std::string& other : variants[surname]) {
        if (const auto it = full_by_surname.find(other); it != full_by_surname.end()) {
          candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        }
        if (const auto it = bare_by_surname.find(other); it != bare_by_surname.end()) {
          other_bare.insert(other_bare.end(), it->second.begin(), it->second.end());
        }
      }
      for (const uint32_t g : other_bare) clusters.merge(bare.front(), g);
      // Too many people of one surname to choose among: the bare name stays apart.
      if (candidates.empty() || candidates.size() > 256) continue;
      attach(clusters, bare.front(), candidates);
    }
  }
}

void Resolver::merge_others(Clusters& clusters) {
  std::unordered_map<std::string, std::vector<uint32_t>> acronyms;
  std::unordered_map<std::string, std::vector<uint32_t>> sounds;
  std::unordered_map<std::string, uint32_t> exact;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    if (group.cls == 0) continue;
    exact.emplace(std::to_string(group.cls) + "|" + join(group.words), g);
    if (group.words.size() > 1) {
      const std::string acronym = acronym_of(group.words);
      if (acronym.size() >= 2) acronyms[std::to_string(group.cls) + acronym].push_back(g);
    } else if (group.all_caps && group.words[0].size() >= 2) {
      acronyms[std::to_string(group.cls) + group.words[0]].push_back(g);
    }
    std::string sound = std::to_string(group.cls);
    size_t letters = 0;
    for (const auto& w : group.words) {
      sound += ' ' + phonetic_key(w);
      letters += w.size();
    }
    if (letters >= 6 && !group.all_caps) sounds[sound].push_back(g);
  }
  // An acronym joins its one expansion ("UN" / "United Nations").
  for (const auto& [key, members] : acronyms) {
    std::vector<uint32_t> expansions;
    for (const uint32_t g : members) {
      if (groups_[g].words.size() > 1) expansions.push_back(g);
    }
    for (const uint32_t g : members) {
      if (groups_[g].words.size() == 1 && !expansions.empty()) attach(clusters, g, expansions);
    }
  }
  // Spelling variants of every word ("Hezbollah" / "Hizbollah").
  for (const auto& [key, members] : sounds) {
    if (members.size() > 2000) continue;
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = i + 1; j < members.size(); ++j) {
        const auto& a = groups_[members[i]].words;
        const auto& b = groups_[members[j]].words;
        bool variants = a.size() == b.size();
        for (size_t w = 0; variants && w < a.size(); ++w) variants = spelling_variants(a[w], b[w]);
        if (variants) clusters.merge(members[i], members[j]);
      }
    }
  }
  // One word that begins or ends an organisation's name ("Chargers" / "San Diego Chargers"):
  // joins it when it is the only such name, or the one its articles point to.
  std::unordered_map<std::string, std::vector<uint32_t>> end_words;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    if (group.cls != 1 || group.words.size() < 2 || group.entry != kNone) continue;
    for (const std::string* w : {&group.words.front(), &group.words.back()}) {
      if (!is_function_word(*w)) end_words[*w].push_back(g);
    }
  }
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    if (group.cls != 1 || group.words.size() != 1 || group.all_caps || group.entry != kNone) continue;
    const bool organisation = std::any_of(group.chains.begin(), group.chains.end(), [&](const ChainRef& r) {
      return dossier_.documents[r.doc].chains[r.chain].type == EntityType::kOrg;
    });
    if (!organisation) continue;
    if (const auto it = end_words.find(group.words[0]); it != end_words.end() && it->second.size() <= 64) {
      attach(clusters, g, it->second);
    }
  }
  // A company's short name ("Acme" / "Acme Corp.").
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    if (group.cls != 1 || group.words.size() < 2) continue;
    std::vector<std::string> core = group.words;
    while (core.size() > 1 && (core.back() == "inc" || core.back() == "corp" || core.back() == "ltd" ||
                               core.back() == "plc" || core.back() == "co" || core.back() == "llc" ||
                               core.back() == "corporation" || core.back() == "company")) {
      core.pop_back();
    }
    if (core.size() == group.words.size()) continue;
    if (const auto it = exact.find("1|" + join(core)); it != exact.end()) clusters.merge(g, it->second);
  }
}

// The canonical name: a full form (a person's name with a given name, an organisation's name
// rather than its acronym), then the most frequent, then the longest, then with diacritics.
std::string canonical_name(const std::map<std::string, size_t>& forms, bool person) {
  std::string best;
  std::tuple<int, size_t, size_t, size_t> best_rank{-1, 0, 0, 0};
  for (const auto& [form, count] : forms) {
    const std::vector<std::string> words = key_words(form);
    const bool caps = std::none_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    const int full = person ? (person_name(words).full() ? 1 : 0) : (caps && words.size() == 1 ? 0 : 1);
    const size_t non_ascii = static_cast<size_t>(std::count_if(form.begin(), form.end(), [](char c) {
      return static_cast<unsigned char>(c) >= 0x80;
    }));
    const std::tuple<int, size_t, size_t, size_t> rank{full, count, words.size(), non_ascii};
    if (rank > best_rank) {
      best_rank = rank;
      best = form;
    }
  }
  return best;
}

void Resolver::build(Clusters& clusters) {
  dossier_.entities.clear();
  dossier_.entity_of_chain.assign(dossier_.documents.size(), {});
  std::unordered_map<uint32_t, int32_t> entity_of_root;
  std::vector<std::map<std::string, size_t>> forms;
  std::vector<std::map<EntityType, size_t>> types;
  std::vector<std::vector<std::string>> alias_order;
  for (uint32_t d = 0; d < dossier_.documents.size(); ++d) {
    const Document& doc = dossier_.documents[d];
    auto& of_chain = dossier_.entity_of_chain[d];
    of_chain.assign(doc.chains.size(), -1);
    for (uint32_t c = 0; c < doc.chains.size(); ++c) {
      const int32_t g = group_of_chain_[d][c];
      if (g < 0) continue;
      const uint32_t root = clusters.find(static_cast<uint32_t>(g));
      auto [it, added] = entity_of_root.emplace(root, static_cast<int32_t>(dossier_.entities.size()));
      if (added) {
        Entity e;
        e.id = "E" + std::to_string(dossier_.entities.size() + 1);
        dossier_.entities.push_back(std::move(e));
        forms.emplace_back();
        types.emplace_back();
        alias_order.emplace_back();
      }
      const auto e = static_cast<size_t>(it->second);
      of_chain[c] = it->second;
      Entity& entity = dossier_.entities[e];
      const Chain& chain = doc.chains[c];
      types[e][chain.type] += chain.mentions.size();
      for (const uint32_t m : chain.mentions) {
        entity.mentions.push_back(MentionRef{d, m});
        const Mention& mention = doc.mentions[m];
        if (mention.kind != MentionKind::kName) continue;
        std::string form = name_surface(doc.slice(mention.span), mention.type);
        if (forms[e][form]++ == 0) alias_order[e].push_back(std::move(form));
      }
      const uint32_t entry = groups_[static_cast<size_t>(g)].entry;
      if (entity.country.empty() && entry != kNone) entity.country = std::string(lexicon_.entry(entry).country);
    }
    for (uint32_t r = 0; r < doc.roles.size(); ++r) {
      const int32_t entity = dossier_.entity_of(d, static_cast<int32_t>(doc.roles[r].holder));
      if (entity >= 0) dossier_.entities[static_cast<size_t>(entity)].roles.push_back(RoleRef{d, r});
    }
  }
  for (size_t e = 0; e < dossier_.entities.size(); ++e) {
    Entity& entity = dossier_.entities[e];
    EntityType type = EntityType::kMisc;
    size_t top = 0;
    for (const auto& [t, count] : types[e]) {
      if (count > top) {
        top = count;
        type = t;
      }
    }
    entity.type = type;
    std::sort(entity.mentions.begin(), entity.mentions.end());
    entity.name = canonical_name(forms[e], type == EntityType::kPerson);
    entity.aliases = alias_order[e];
    if (entity.name.empty() && !entity.aliases.empty()) entity.name = entity.aliases.front();
    if (entity.country.empty()) {
      for (const RoleRef& ref : entity.roles) {
        const std::string& org = dossier_.documents[ref.doc].roles[ref.role].org;
        const uint32_t entry = lexicon_entry(lexicon_, org, EntityType::kGpe);
        if (entry != kNone && lexicon_.entry(entry).kind == lexicon::Kind::kCountry) {
          entity.country = std::string(lexicon_.entry(entry).country);
          break;
        }
      }
    }
  }
}

void Resolver::run() {
  collect();
  Clusters clusters(groups_);
  merge_by_entry(clusters);
  merge_people(clusters);
  merge_others(clusters);
  build(clusters);
}

class ResolutionStage final : public pipeline::CorpusStage {
 public:
  explicit ResolutionStage(std::shared_ptr<const lexicon::Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
  std::string_view name() const override { return "entity-resolution"; }
  void process(Dossier& dossier, unsigned /*threads*/) const override {
    resolve_entities(dossier, *lexicon_);
    add_role_conflicts(dossier);
  }

 private:
  std::shared_ptr<const lexicon::Lexicon> lexicon_;
};

}  // namespace

void resolve_entities(Dossier& dossier, const lexicon::Lexicon& lexicon) {
  Resolver(dossier, lexicon).run();
}

std::unique_ptr<const pipeline::CorpusStage> make_resolution_stage(pipeline::StageContext& context) {
  auto lexicon = context.models.get<lexicon::Lexicon>(
      "lexicon.dsr", [](const std::string& path) { return lexicon::Lexicon::load(path); });
  return std::make_unique<ResolutionStage>(std::move(lexicon));
}

}  // namespace dossier::entities
