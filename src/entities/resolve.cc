#include "entities/resolve.h"

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "entities/conflicts.h"
#include "entities/name_links.h"
#include "entities/resolver.h"
#include "entities/roles.h"
#include "lexicon/fold.h"

namespace dossier::entities {
namespace detail {

using lexicon::kNone;

// How sure each kind of merge is (the confidence of the name group that joins): one lexicon
// entry, the only candidate that fits, the one context prefers among several; and the factor for
// an organisation a role borrows from the holder's other claims. Set by hand from the ECB+
// train topics' errors; the audit set calibrates them.
constexpr float kEntryConfidence = 0.95f;
constexpr float kOnlyCandidateConfidence = 0.85f;
constexpr float kContextConfidence = 0.7f;
constexpr float kBorrowedOrgFactor = 0.9f;

int type_class(EntityType type) {
  if (type == EntityType::kPerson) return 0;
  return type == EntityType::kNorp ? 2 : 1;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

namespace {

// The comparable words of a chain's name: possessive, a leading "the" and (people) titles off.
std::vector<std::string> chain_words(const Chain& chain, const lexicon::Lexicon& lexicon) {
  std::vector<std::string> words = key_words(strip_possessive(chain.name));
  if (!words.empty() && words[0] == "the") words.erase(words.begin());
  if (chain.type == EntityType::kPerson) {
    while (words.size() > 1 && !is_honorific(words[0]) && is_title_word(lexicon, words[0])) {
      words.erase(words.begin());
    }
  }
  return words;
}

// How the chains of one name were typed across the corpus.
struct NameVotes {
  std::array<size_t, 3> mentions{};  // per class: people, organisations and places, groups
  EntityType other_type = EntityType::kOrg;
  size_t other_type_mentions = 0;
  size_t misc_mentions = 0;  // of class 1, those the tagger was unsure of (MISC)
  std::string surface;  // a chain name of it, for the lexicon
};

// The class every chain of a name takes, or -1 when each keeps its own. One name typed one way
// in most of its mentions (or by the lexicon) is that thing; the tagger's one-off other type
// makes no entity of its own.
int voted_class(const NameVotes& v, const lexicon::Lexicon& lexicon) {
  const size_t classes = static_cast<size_t>(std::count_if(v.mentions.begin(), v.mentions.end(), [](size_t n) { return n > 0; }));
  if (classes < 2) return -1;
  // A name the tagger was unsure of wherever it was not a group of people ("Republican" MISC in
  // one article, NORP before "senators" in another) is that group.
  if (v.mentions[2] > 0 && v.mentions[1] == v.misc_mentions && v.mentions[2] + v.mentions[1] >= v.mentions[0] * 2) {
    return 2;
  }
  std::array<size_t, 3> score = v.mentions;
  // A lexicon entry weighs as much as several articles.
  if (lexicon_entry(lexicon, v.surface, EntityType::kPerson) != kNone) score[0] += 4;
  if (lexicon_entry(lexicon, v.surface, v.other_type) != kNone) score[1] += 4;
  if (lexicon_entry(lexicon, v.surface, EntityType::kNorp) != kNone) score[2] += 4;
  const auto best = static_cast<size_t>(std::max_element(score.begin(), score.end()) - score.begin());
  for (size_t c = 0; c < score.size(); ++c) {
    if (c != best && score[best] < 2 * score[c]) return -1;
  }
  return static_cast<int>(best);
}

uint64_t hash_of(std::string_view text) { return std::hash<std::string_view>{}(text) | 1u; }

}  // namespace

void Resolver::collect() {
  // First pass: the votes of each distinct name.
  std::unordered_map<std::string, uint32_t> name_index;
  std::vector<NameVotes> votes;
  std::vector<std::vector<std::pair<int32_t, std::vector<std::string>>>> chain_names(dossier_.documents.size());
  for (uint32_t d = 0; d < dossier_.documents.size(); ++d) {
    const Document& doc = dossier_.documents[d];
    chain_names[d].resize(doc.chains.size(), {-1, {}});
    for (uint32_t c = 0; c < doc.chains.size(); ++c) {
      const Chain& chain = doc.chains[c];
      if (chain.name.empty()) continue;
      std::vector<std::string> words = chain_words(chain, lexicon_);
      if (words.empty()) continue;
      const int cls = type_class(chain.type);
      // A one-word name and its plural are voted on together ("Republican" / "Republicans").
      const std::string vote_key = words.size() == 1 ? singular_form(words[0]) : join(words);
      auto [it, added] = name_index.emplace(vote_key, static_cast<uint32_t>(votes.size()));
      if (added) votes.push_back(NameVotes{.surface = chain.name});
      NameVotes& v = votes[it->second];
      const size_t mentions = chain.mentions.size();
      v.mentions[static_cast<size_t>(cls)] += mentions;
      if (chain.type == EntityType::kMisc) v.misc_mentions += mentions;
      if (cls == 1 && mentions > v.other_type_mentions) {
        v.other_type = chain.type;
        v.other_type_mentions = mentions;
      }
      chain_names[d][c] = {static_cast<int32_t>(it->second), std::move(words)};
    }
  }
  std::vector<int> decided(votes.size());
  for (size_t n = 0; n < votes.size(); ++n) decided[n] = voted_class(votes[n], lexicon_);

  // Second pass: one group per name and class.
  std::unordered_map<std::string, uint32_t> by_key;
  group_of_chain_.resize(dossier_.documents.size());
  for (uint32_t d = 0; d < dossier_.documents.size(); ++d) {
    const Document& doc = dossier_.documents[d];
    group_of_chain_[d].assign(doc.chains.size(), -1);
    for (uint32_t c = 0; c < doc.chains.size(); ++c) {
      auto& [name, words] = chain_names[d][c];
      if (name < 0) continue;
      const Chain& chain = doc.chains[c];
      const int own = type_class(chain.type);
      const int cls = decided[static_cast<size_t>(name)] >= 0 ? decided[static_cast<size_t>(name)] : own;
      const std::string key = std::to_string(cls) + "|" + join(words);
      auto [it, added] = by_key.emplace(key, static_cast<uint32_t>(groups_.size()));
      if (added) {
        NameGroup g;
        g.cls = cls;
        g.person = cls == 0 ? person_name(words) : PersonName{};
        const NameVotes& v = votes[static_cast<size_t>(name)];
        g.entry = lexicon_entry(lexicon_, chain.name, cls == 0 ? EntityType::kPerson : cls == 2 ? EntityType::kNorp : v.other_type);
        g.all_caps = std::none_of(chain.name.begin(), chain.name.end(),
                                  [](char ch) { return ch >= 'a' && ch <= 'z'; });
        // People are known to context by their surname's sound (Obama and Barack Obama alike).
        g.context_item = cls == 0 && !g.person.empty() ? hash_of("p|" + phonetic_key(g.person.surname))
                                                       : hash_of(key);
        g.words = std::move(words);
        groups_.push_back(std::move(g));
      }
      NameGroup& g = groups_[it->second];
      g.chains.push_back({d, c});
      g.mentions += chain.mentions.size();
      g.type_mentions[static_cast<size_t>(chain.type)] += chain.mentions.size();
      group_of_chain_[d][c] = static_cast<int32_t>(it->second);
    }
  }
}

Clusters Resolver::make_clusters() const {
  std::vector<std::vector<GivenName>> given(groups_.size());
  std::vector<uint32_t> entries(groups_.size());
  for (size_t g = 0; g < groups_.size(); ++g) {
    if (groups_[g].person.full()) given[g] = prepare_given(groups_[g].person.given);
    entries[g] = groups_[g].entry;
  }
  return Clusters(std::move(given), entries, kNone);
}

void Resolver::unite(Clusters& clusters, uint32_t joiner, uint32_t other, float confidence) {
  if (clusters.find(joiner) == clusters.find(other) || !clusters.merge(joiner, other)) return;
  join_confidence_[joiner] = std::min(join_confidence_[joiner], confidence);
}

void Resolver::merge_by_entry(Clusters& clusters) {
  std::unordered_map<uint64_t, uint32_t> first_of;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    if (groups_[g].entry == kNone) continue;
    const uint64_t key = (static_cast<uint64_t>(groups_[g].cls) << 32) | groups_[g].entry;
    auto [it, added] = first_of.emplace(key, g);
    if (!added) unite(clusters, g, it->second, kEntryConfidence);
  }
}

namespace {

// Bounds of the context: documents sampled per name, names kept per context (the smallest
// hashes, so two contexts sample the same names), candidates scored per attachment.
constexpr size_t kContextDocs = 32;
constexpr size_t kContextItems = 128;
constexpr size_t kScoredCandidates = 32;

size_t shared_items(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return shared;
}

}  // namespace

const std::vector<uint64_t>& Resolver::context(uint32_t group) {
  auto [it, added] = context_.try_emplace(group);
  if (!added) return it->second;
  std::vector<uint64_t>& items = it->second;
  const uint64_t own = groups_[group].context_item;
  size_t docs = 0;
  for (const ChainRef& ref : groups_[group].chains) {
    if (++docs > kContextDocs) break;
    for (const int32_t other : group_of_chain_[ref.doc]) {
      if (other < 0) continue;
      const uint64_t item = groups_[static_cast<size_t>(other)].context_item;
      if (item != own) items.push_back(item);
    }
  }
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  if (items.size() > kContextItems) items.resize(kContextItems);
  items.shrink_to_fit();
  return items;
}

void Resolver::attach(Clusters& clusters, uint32_t group, std::vector<uint32_t> candidates, float cap) {
  // Only the most mentioned candidates are weighed: a bare name in a corpus of millions is one of
  // the well-known bearers of it, and the cost of an attachment stays bounded.
  if (candidates.size() > kScoredCandidates) {
    std::partial_sort(candidates.begin(), candidates.begin() + kScoredCandidates, candidates.end(),
                      [&](uint32_t a, uint32_t b) { return groups_[a].mentions > groups_[b].mentions; });
    candidates.resize(kScoredCandidates);
  }
  std::map<uint32_t, std::vector<uint32_t>> by_root;
  const uint32_t own_root = clusters.find(group);
  for (const uint32_t c : candidates) {
    const uint32_t root = clusters.find(c);
    if (root != own_root && clusters.can_merge(group, c)) by_root[root].push_back(c);
  }
  if (by_root.empty()) return;
  if (by_root.size() == 1) {
    unite(clusters, group, by_root.begin()->second.front(), std::min(cap, kOnlyCandidateConfidence));
    return;
  }
  // Several people or bodies fit: the one whose articles share the most other names, else one
  // that dominates by mentions.
  const std::vector<uint64_t> mine = context(group);
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
      s.shared += shared_items(mine, context(m));
    }
    scores.push_back(s);
  }
  std::sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) {
    return a.shared != b.shared ? a.shared > b.shared : a.mentions > b.mentions;
  });
  if (scores[0].shared > scores[1].shared ||
      (scores[0].shared == scores[1].shared && scores[0].mentions >= 3 * scores[1].mentions)) {
    unite(clusters, group, scores[0].member, std::min(cap, kContextConfidence));
  }
}

namespace {

// Words before a name that make it a place: "in Norland", "across northern Norland".
bool place_word(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "in", "across", "throughout", "inside", "northern", "southern", "eastern", "western", "central",
      "north", "south", "east", "west", "northeastern"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// True when a name mention stands where places are written: after "in", "across", a compass
// word, or after "City," / "City (" as a dateline or address gives the country or region.
// is_place tells whether an earlier name mention is a place.
template <typename IsPlace>
bool place_position(const Document& doc, uint32_t m, IsPlace is_place) {
  const Mention& mention = doc.mentions[m];
  if (mention.first_token == 0) return false;
  const std::string_view before = doc.token_fold(mention.first_token - 1);
  if (place_word(before)) return true;
  if ((before != "," && before != "(") || m == 0) return false;
  for (uint32_t k = m; k-- > 0;) {
    const Mention& other = doc.mentions[k];
    if (other.kind != MentionKind::kName) continue;
    return other.first_token + other.token_count + 1 == mention.first_token && is_place(k);
  }
  return false;
}

// True when the corpus writes a demonym of the word: +n, +an, +ian, +ese, +i, +ish, and their
// plurals ("Valdoria" / "Valdorian", "Kenya" / "Kenyans", "Sudan" / "Sudanese").
bool demonym_known(const std::string& word, const std::unordered_set<std::string>& demonyms) {
  for (const std::string_view suffix : {"n", "an", "ian", "ese", "i", "ish"}) {
    const std::string form = word + std::string(suffix);
    if (demonyms.contains(form) || demonyms.contains(form + "s")) return true;
  }
  return false;
}

// The entity's type from its mentions' votes: places (GPE and LOC, which the tagger confuses)
// vote together against the other types, then the larger of the two names them; MISC counts last,
// being what the tagger says when it is unsure.
EntityType voted_type(const std::array<size_t, 6>& votes) {
  auto at = [&](EntityType t) { return votes[static_cast<size_t>(t)]; };
  const size_t place = at(EntityType::kGpe) + at(EntityType::kLoc);
  EntityType type = EntityType::kMisc;
  size_t top = at(EntityType::kMisc);
  for (const EntityType t : {EntityType::kPerson, EntityType::kOrg, EntityType::kNorp}) {
    if (at(t) > 0 && at(t) >= top) {
      top = at(t);
      type = t;
    }
  }
  if (place > 0 && place >= top) type = at(EntityType::kGpe) >= at(EntityType::kLoc) ? EntityType::kGpe : EntityType::kLoc;
  return type;
}

// The share of the type votes that went to the type (places counting GPE and LOC together).
float type_share(const std::array<size_t, 6>& votes, EntityType type) {
  size_t total = 0;
  for (const size_t v : votes) total += v;
  if (total == 0) return 1.0f;
  const bool place = type == EntityType::kGpe || type == EntityType::kLoc;
  const size_t own = place ? votes[static_cast<size_t>(EntityType::kGpe)] + votes[static_cast<size_t>(EntityType::kLoc)]
                           : votes[static_cast<size_t>(type)];
  return static_cast<float>(own) / static_cast<float>(total);
}

}  // namespace

bool Resolver::is_place(uint32_t doc, uint32_t mention) const {
  const Document& d = dossier_.documents[doc];
  const int32_t chain = d.mentions[mention].chain;
  if (chain < 0) return false;
  const int32_t g = group_of_chain_[doc][static_cast<size_t>(chain)];
  if (g < 0) return false;
  const auto& t = groups_[static_cast<size_t>(g)].type_mentions;
  return t[static_cast<size_t>(EntityType::kGpe)] + t[static_cast<size_t>(EntityType::kLoc)] >
         t[static_cast<size_t>(EntityType::kOrg)] + t[static_cast<size_t>(EntityType::kPerson)];
}

bool Resolver::is_organisation(const NameGroup& group) const {
  const auto& t = group.type_mentions;
  const size_t org = t[static_cast<size_t>(EntityType::kOrg)];
  if (org == 0 || t[static_cast<size_t>(EntityType::kGpe)] + t[static_cast<size_t>(EntityType::kLoc)] > 0) return false;
  // The tagger calls a country an organisation when it acts ("Norland asked for help"); a name
  // written where places go is a place, whatever its type.
  size_t chains = 0;
  for (const ChainRef& ref : group.chains) {
    if (++chains > kContextDocs) break;
    const Document& doc = dossier_.documents[ref.doc];
    for (const uint32_t m : doc.chains[ref.chain].mentions) {
      if (doc.mentions[m].kind == MentionKind::kName && place_position(doc, m, [&](uint32_t k) { return is_place(ref.doc, k); })) {
        return false;
      }
    }
  }
  return true;
}

namespace {

// Forms of one name that differ only in case or diacritics ("Halvasic", "Halvašić") count
// together; the form shown is the one with diacritics.
struct FormRank {
  int full = 0;
  int well_formed = 0;
  size_t key_count = 0;
  size_t words = 0;
  size_t non_ascii = 0;
  size_t count = 0;
  auto tuple() const { return std::tie(full, well_formed, key_count, words, non_ascii, count); }
};

bool has_lower(std::string_view form) {
  return std::any_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The canonical name: a full form (a person's name with a given name, an organisation's name
// rather than its acronym), written in mixed case, then the most frequent name (its spellings
// that differ only in case and diacritics counted together), the longest, with diacritics.
std::string canonical_name(const std::map<std::string, size_t>& forms, bool person) {
  std::unordered_map<std::string, size_t> by_key;
  for (const auto& [form, count] : forms) by_key[lexicon::match_key(form)] += count;
  std::string best;
  FormRank best_rank;
  best_rank.full = -1;
  for (const auto& [form, count] : forms) {
    const std::vector<std::string> words = key_words(form);
    FormRank rank;
    const bool caps = !has_lower(form);
    rank.full = person ? (person_name(words).full() ? 1 : 0) : (caps && words.size() == 1 ? 0 : 1);
    rank.well_formed = caps && words.size() > 1 ? 0 : 1;
    rank.key_count = by_key[lexicon::match_key(form)];
    rank.words = words.size();
    rank.non_ascii = static_cast<size_t>(
        std::count_if(form.begin(), form.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    rank.count = count;
    if (rank.tuple() > best_rank.tuple()) {
      best_rank = rank;
      best = form;
    }
  }
  return best;
}

}  // namespace

void Resolver::build(Clusters& clusters) {
  out_.entities.clear();
  out_.entity_of_chain.assign(dossier_.documents.size(), {});
  std::unordered_map<uint32_t, int32_t> entity_of_root;
  std::vector<std::map<std::string, size_t>> forms;
  std::vector<std::array<size_t, 6>> types;
  std::vector<std::vector<std::string>> alias_order;
  for (uint32_t d = 0; d < dossier_.documents.size(); ++d) {
    const Document& doc = dossier_.documents[d];
    auto& of_chain = out_.entity_of_chain[d];
    of_chain.assign(doc.chains.size(), -1);
    for (uint32_t c = 0; c < doc.chains.size(); ++c) {
      const int32_t g = group_of_chain_[d][c];
      if (g < 0) continue;
      const uint32_t root = clusters.find(static_cast<uint32_t>(g));
      auto [it, added] = entity_of_root.emplace(root, static_cast<int32_t>(out_.entities.size()));
      if (added) {
        Entity e;
        e.id = "E" + std::to_string(out_.entities.size() + 1);
        out_.entities.push_back(std::move(e));
        forms.emplace_back();
        types.emplace_back();
        alias_order.emplace_back();
      }
      const auto e = static_cast<size_t>(it->second);
      of_chain[c] = it->second;
      Entity& entity = out_.entities[e];
      out_.chain_confidences.push_back({d, c, join_confidence_[static_cast<size_t>(g)]});
      const Chain& chain = doc.chains[c];
      const NameGroup& group = groups_[static_cast<size_t>(g)];
      // A chain counts for the type its group was given: a mistyped one-off follows its name.
      const EntityType type = group.cls == type_class(chain.type) ? chain.type
                              : group.cls == 0                  ? EntityType::kPerson
                              : group.cls == 2                  ? EntityType::kNorp
                                                                : EntityType::kMisc;
      for (const uint32_t m : chain.mentions) {
        entity.mentions.push_back(MentionRef{d, m});
        const Mention& mention = doc.mentions[m];
        // Where the name stands outvotes the tagger's organisation or unsure type.
        const bool place = group.cls == 1 && (type == EntityType::kOrg || type == EntityType::kMisc) &&
                           mention.kind == MentionKind::kName &&
                           place_position(doc, m, [&](uint32_t k) { return is_place(d, k); });
        // A place's position is firmer evidence than the tagger's guess: it counts twice.
        types[e][static_cast<size_t>(place ? EntityType::kGpe : type)] += place ? 2 : 1;
        if (mention.kind != MentionKind::kName) continue;
        std::string form = name_surface(doc.slice(mention.span), mention.type);
        if (forms[e][form]++ == 0) alias_order[e].push_back(std::move(form));
      }
      if (entity.country.empty() && group.entry != kNone) {
        entity.country = std::string(lexicon_.entry(group.entry).country);
      }
    }
    for (uint32_t r = 0; r < doc.roles.size(); ++r) {
      const uint32_t holder = doc.roles[r].holder;
      const int32_t chain = holder < doc.mentions.size() ? doc.mentions[holder].chain : -1;
      const int32_t entity = chain >= 0 && static_cast<size_t>(chain) < of_chain.size() ? of_chain[static_cast<size_t>(chain)] : -1;
      if (entity >= 0) out_.entities[static_cast<size_t>(entity)].roles.push_back(RoleRef{d, r});
    }
  }
  // A one-word name whose demonym the corpus uses ("Valdoria" / "Valdorians") is a country.
  std::unordered_set<std::string> demonyms;
  for (const NameGroup& g : groups_) {
    if (g.cls == 2 && g.words.size() == 1) demonyms.insert(g.words[0]);
  }
  std::vector<bool> has_demonym(out_.entities.size());
  for (const auto& [root, e] : entity_of_root) {
    const NameGroup& g = groups_[root];
    if (g.cls == 1 && g.words.size() == 1 && g.entry == kNone) has_demonym[static_cast<size_t>(e)] = demonym_known(g.words[0], demonyms);
  }
  for (size_t e = 0; e < out_.entities.size(); ++e) {
    Entity& entity = out_.entities[e];
    if (has_demonym[e]) types[e][static_cast<size_t>(EntityType::kGpe)] += entity.mentions.size();
    entity.type = voted_type(types[e]);
    entity.confidence = type_share(types[e], entity.type);
    std::sort(entity.mentions.begin(), entity.mentions.end());
    entity.name = canonical_name(forms[e], entity.type == EntityType::kPerson);
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

void Resolver::complete_role_orgs() {
  for (const Entity& entity : out_.entities) {
    // One national office, one country: the claims that name none take the one the others name.
    std::map<std::string, std::map<std::string, std::string>> orgs_of_title;  // title → key → org
    for (const RoleRef& ref : entity.roles) {
      const RoleClaim& role = dossier_.documents[ref.doc].roles[ref.role];
      if (!role.org.empty() && is_national_office(role.title)) {
        orgs_of_title[role.title].emplace(lexicon::match_key(role.org), role.org);
      }
    }
    for (const RoleRef& ref : entity.roles) {
      const RoleClaim& role = dossier_.documents[ref.doc].roles[ref.role];
      if (!role.org.empty()) continue;
      const auto it = orgs_of_title.find(role.title);
      if (it != orgs_of_title.end() && it->second.size() == 1) {
        out_.role_orgs.push_back({ref.doc, ref.role, it->second.begin()->second, kBorrowedOrgFactor});
      }
    }
  }
}

void Resolver::run() {
  collect();
  join_confidence_.assign(groups_.size(), 1.0f);
  Clusters clusters = make_clusters();
  merge_by_entry(clusters);
  merge_people(clusters);
  merge_others(clusters);
  build(clusters);
  complete_role_orgs();
}

}  // namespace detail

namespace {

class ResolutionStage final : public stage::CorpusStage {
 public:
  explicit ResolutionStage(std::shared_ptr<const lexicon::Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
  std::string_view name() const override { return "entity-resolution"; }
  stage::CorpusFindings process(const Dossier& corpus, unsigned /*threads*/) const override {
    return resolve_entities(corpus, *lexicon_);
  }

 private:
  std::shared_ptr<const lexicon::Lexicon> lexicon_;
};

class RoleConflictStage final : public stage::CorpusStage {
 public:
  std::string_view name() const override { return "role-conflicts"; }
  stage::CorpusFindings process(const Dossier& corpus, unsigned /*threads*/) const override {
    stage::CorpusFindings findings;
    findings.conflicts = find_role_conflicts(corpus);
    return findings;
  }
};

}  // namespace

std::unique_ptr<const stage::CorpusStage> make_role_conflict_stage() {
  return std::make_unique<RoleConflictStage>();
}

stage::CorpusFindings resolve_entities(const Dossier& corpus, const lexicon::Lexicon& lexicon) {
  stage::CorpusFindings findings;
  detail::Resolver(corpus, lexicon, findings).run();
  return findings;
}

std::unique_ptr<const stage::CorpusStage> make_resolution_stage(stage::StageContext& context) {
  auto lexicon = context.models.get<lexicon::Lexicon>(
      "lexicon.dsr", [](const std::string& path) { return lexicon::Lexicon::load(path); });
  return std::make_unique<ResolutionStage>(std::move(lexicon));
}

}  // namespace dossier::entities
