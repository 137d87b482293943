#include "entities/references.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "entities/names.h"
#include "lexicon/fold.h"

namespace dossier::entities {
namespace {

using lexicon::Kind;

std::string_view last_word(std::string_view text) {
  const size_t space = text.find_last_of(" -");
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

bool head_title(std::string_view title) {
  const std::string_view w = last_word(title);
  return w == "chief" || w == "head" || w == "leader" || w == "boss";
}

// Nouns that name the kind of place a lexicon entry is: "the country", "the capital".
Kind place_kind(std::string_view noun, bool& known) {
  known = true;
  if (noun == "country" || noun == "nation") return Kind::kCountry;
  if (noun == "city" || noun == "capital" || noun == "town") return Kind::kCity;
  known = false;
  return Kind::kPlace;
}

// 1 for he, him, his, himself; -1 for she, her, hers, herself; else 0 (the word layer's classes).
int pronoun_gender(const Token& token, bool& nominative) {
  nominative = token.is(kWcSubjectPronoun) && token.is(kWcMasculine | kWcFeminine);
  if (token.is(kWcMasculine)) return 1;
  if (token.is(kWcFeminine)) return -1;
  return 0;
}

// Verbs of saying whose subject a quote's speaker is: a closed class of English.
bool speech_verb(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kVerbs = {
      "said",    "says",     "added",   "adds",     "told",      "tells",   "asked",  "explained",
      "stated",  "noted",    "insisted", "argued",  "warned",    "wrote",   "replied", "declared",
      "stressed", "acknowledged", "admitted", "claimed", "conceded", "continued", "recalled", "answered"};
  return std::find(kVerbs.begin(), kVerbs.end(), w) != kVerbs.end();
}

// A mention of a person group at a token: what pronoun resolution looks back over.
struct PersonEvent {
  uint32_t token = 0;
  uint32_t sentence = 0;
  int32_t group = -1;
  uint32_t mention = 0;  // name mention to link back to
};

class Resolver {
 public:
  Resolver(const DocView& view, const lexicon::Lexicon& lexicon,
           const std::vector<NameInfo>& names, const std::vector<int32_t>& groups,
           const std::vector<RoleClaim>& roles)
      : view_(view), finder_(view, lexicon), lexicon_(lexicon), names_(names), groups_(groups),
        roles_(roles), latest_(view.doc().mentions, groups) {
    index_mentions_and_roles();
  }

  std::vector<Reference> run();

 private:
  const Document& doc() const { return view_.doc(); }
  // The latest name mention of a group that ends before token, or -1.
  int32_t latest_before(int32_t group, uint32_t token) const { return latest_.before(group, token); }
  bool person_description(uint32_t k, std::vector<Reference>& out);
  bool other_description(uint32_t k, std::vector<Reference>& out);
  void pronouns(std::vector<Reference>& out);
  // True when the pronoun at t is the subject of a verb of saying ("he said", "she added",
  // "he told reporters", "said he").
  bool speech_subject(uint32_t t) const;
  Reference make(uint32_t first, uint32_t end, EntityType type, MentionKind kind,
                 uint32_t antecedent, LinkReason reason) const;
  int gender_of(int32_t group) const {
    const auto it = gender_.find(group);
    return it == gender_.end() ? 0 : it->second;
  }

  const DocView& view_;
  RoleFinder finder_;
  const lexicon::Lexicon& lexicon_;
  const std::vector<NameInfo>& names_;
  const std::vector<int32_t>& groups_;
  const std::vector<RoleClaim>& roles_;
  std::vector<PersonEvent> events_;
  std::unordered_map<int32_t, int> gender_;
  LatestMention latest_;
  // The role claims whose holder is in a group, by the last word of their title and by their
  // organisation, then by group (each list ascending), and the running maximum of the holders'
  // first tokens over all role claims.
  using RolesByGroup = std::unordered_map<int32_t, std::vector<uint32_t>>;
  std::unordered_map<std::string_view, RolesByGroup> roles_by_title_word_;
  std::unordered_map<std::string_view, RolesByGroup> roles_by_org_;
  std::vector<uint32_t> holder_reach_;
  std::vector<uint32_t> first_token_from_;  // first_token_from_[m]: the smallest first token of mentions m..
  void index_mentions_and_roles();
};

void Resolver::index_mentions_and_roles() {
  first_token_from_.resize(doc().mentions.size());
  uint32_t low = UINT32_MAX;
  for (size_t m = doc().mentions.size(); m-- > 0;) {
    low = std::min(low, doc().mentions[m].first_token);
    first_token_from_[m] = low;
  }
  uint32_t reach = 0;
  for (uint32_t r = 0; r < roles_.size(); ++r) {
    const RoleClaim& role = roles_[r];
    reach = std::max(reach, doc().mentions[role.holder].first_token);
    holder_reach_.push_back(reach);
    const int32_t group = groups_[role.holder];
    if (group < 0) continue;
    roles_by_title_word_[last_word(role.title)][group].push_back(r);
    if (!role.org.empty()) roles_by_org_[role.org][group].push_back(r);
  }
}

Reference Resolver::make(uint32_t first, uint32_t end, EntityType type, MentionKind kind,
                         uint32_t antecedent, LinkReason reason) const {
  Reference r;
  r.mention.span = Span{doc().tokens[first].span.begin, doc().tokens[end - 1].span.end};
  r.mention.type = type;
  r.mention.kind = kind;
  r.mention.first_token = first;
  r.mention.token_count = end - first;
  r.antecedent = antecedent;
  r.reason = reason;
  return r;
}

bool Resolver::person_description(uint32_t k, std::vector<Reference>& out) {
  const uint32_t limit = view_.sentence_end(k);
  RoleClaim wanted;
  const uint32_t end = finder_.parse_forward(k, limit, wanted);
  if (end <= k + 1) return false;
  // "the Defence Minister Rustem Umerov": a title before a name is a role, not a reference.
  if (end < limit && (view_.mention_at(end) >= 0 || view_.capitalised(end))) return false;
  // The holder of a fitting role claimed before k (roles are read up to the first whose holder
  // starts at or after k) whose group was named last before k; of equal ones, the later role.
  // A title fits by its last word ("the minister" for "foreign minister"); "the bank chief" fits
  // every role in the bank. Each group's latest fitting role stands for the group.
  const bool head = head_title(wanted.title);
  const bool by_org = head && !wanted.org.empty();
  const auto bucket = by_org ? roles_by_org_.find(wanted.org) : roles_by_title_word_.find(last_word(wanted.title));
  if (bucket == (by_org ? roles_by_org_.end() : roles_by_title_word_.end())) return false;
  const auto role_stop = static_cast<uint32_t>(std::lower_bound(holder_reach_.begin(), holder_reach_.end(), k) -
                                               holder_reach_.begin());
  int32_t best_group = -1;
  uint32_t best_token = 0;
  uint32_t best_role = 0;
  for (const auto& [group, roles] : bucket->second) {
    for (auto it = std::lower_bound(roles.begin(), roles.end(), role_stop); it != roles.begin();) {
      const RoleClaim& role = roles_[*--it];
      const bool org_fits = wanted.org.empty() || role.org == wanted.org;
      // "the former minister" is someone who was one; "the minister" is not someone the text
      // calls a former one.
      const bool status_fits = (wanted.status == RoleStatus::kFormer) == (role.status == RoleStatus::kFormer);
      if (!org_fits || !status_fits) continue;
      const int32_t latest = latest_before(group, k);
      const uint32_t token = latest >= 0 ? doc().mentions[static_cast<size_t>(latest)].first_token : 0;
      if (best_group < 0 || std::pair(token, *it) > std::pair(best_token, best_role)) {
        best_group = group;
        best_token = token;
        best_role = *it;
      }
      break;
    }
  }
  if (best_group < 0) return false;
  const int32_t antecedent = latest_before(best_group, k);
  if (antecedent < 0) return false;
  out.push_back(make(k, end, EntityType::kPerson, MentionKind::kNominal,
                     static_cast<uint32_t>(antecedent), LinkReason::kDescription));
  events_.push_back({k, view_.sentence_of(k), best_group, static_cast<uint32_t>(antecedent)});
  return true;
}

bool Resolver::other_description(uint32_t k, std::vector<Reference>& out) {
  const uint32_t limit = view_.sentence_end(k);
  if (k + 1 >= limit || view_.capitalised(k + 1) || view_.punct(k + 1)) return false;
  if (view_.mention_at(k + 1) >= 0) return false;
  if (k + 2 < limit && (view_.capitalised(k + 2) || view_.lower(k + 2) == "of" ||
                        view_.mention_at(k + 2) >= 0)) {
    return false;
  }
  const std::string noun = lexicon::match_key(view_.form(k + 1));
  if (noun.size() < 3 || is_function_word(noun)) return false;
  bool by_kind = false;
  const Kind kind = place_kind(noun, by_kind);
  const uint32_t sentence = view_.sentence_of(k);
  // Every mention from `from` on starts at or after k: the walk back starts below them.
  const auto from = static_cast<uint32_t>(std::lower_bound(first_token_from_.begin(), first_token_from_.end(), k) -
                                          first_token_from_.begin());
  for (uint32_t m = from; m-- > 0;) {
    const Mention& mention = doc().mentions[m];
    if (mention.first_token >= k || mention.kind != MentionKind::kName) continue;
    if (view_.sentence_of(mention.first_token) + 5 < sentence) break;
    if (mention.type == EntityType::kPerson || mention.type == EntityType::kNorp) continue;
    const NameInfo& info = names_[m];
    bool fits = false;
    if (by_kind) {
      fits = info.entry != lexicon::kNone && lexicon_.entry(info.entry).kind == kind;
    } else if (mention.type == EntityType::kOrg && info.words.size() > 1) {
      fits = info.words.back() == noun || info.words.front() == noun;
    }
    if (!fits) continue;
    out.push_back(make(k, k + 2, mention.type, MentionKind::kNominal, m, LinkReason::kDescription));
    return true;
  }
  return false;
}

bool Resolver::speech_subject(uint32_t t) const {
  const uint32_t end = view_.sentence_end(t);
  for (uint32_t k = t + 1; k < end && k <= t + 2; ++k) {
    if (speech_verb(view_.lower(k))) return true;
    // "he also said", "she later told"
    if (!view_.lower(k).ends_with("ly") && view_.lower(k) != "also" && view_.lower(k) != "then") break;
  }
  return t > view_.sentence_begin(t) && speech_verb(view_.lower(t - 1));
}

void Resolver::pronouns(std::vector<Reference>& out) {
  for (uint32_t m = 0; m < doc().mentions.size(); ++m) {
    const Mention& mention = doc().mentions[m];
    if (mention.kind != MentionKind::kName || mention.type != EntityType::kPerson || groups_[m] < 0) {
      continue;
    }
    events_.push_back({mention.first_token, view_.sentence_of(mention.first_token), groups_[m], m});
    if (names_[m].person.gender != 0) gender_.try_emplace(groups_[m], names_[m].person.gender);
  }
  for (const RoleClaim& role : roles_) {
    const int g = title_gender(role.title);
    if (g != 0 && groups_[role.holder] >= 0) gender_.try_emplace(groups_[role.holder], g);
  }
  std::sort(events_.begin(), events_.end(),
            [](const PersonEvent& a, const PersonEvent& b) { return a.token < b.token; });
  size_t next_event = 0;
  std::vector<PersonEvent> seen;
  for (uint32_t t = 0; t < view_.size(); ++t) {
    while (next_event < events_.size() && events_[next_event].token < t) {
      seen.push_back(events_[next_event++]);
    }
    if (view_.mention_at(t) >= 0) continue;
    bool nominative = false;
    const int gender = pronoun_gender(view_.doc().tokens[t], nominative);
    if (gender == 0) continue;
    const uint32_t sentence = view_.sentence_of(t);
    // The nearest sentence (this one, then up to three back) with a person of fitting gender.
    // The subject of a verb of saying looks further back ("he added" two paragraphs after its
    // speaker was last named, with no other person of that gender between).
    const bool speech = nominative && speech_subject(t);
    const uint32_t reach = speech ? 12 : 3;
    std::vector<const PersonEvent*> window;  // events of the sentences in reach, in order
    for (auto it = seen.rbegin(); it != seen.rend() && it->sentence + reach >= sentence; ++it) {
      window.push_back(&*it);
    }
    std::reverse(window.begin(), window.end());
    for (uint32_t back = 0; back <= reach && back <= sentence; ++back) {
      std::vector<const PersonEvent*> fitting;
      for (const PersonEvent* e : window) {
        if (e->sentence != sentence - back) continue;
        const int g = gender_of(e->group);
        if (g != 0 && g != gender) continue;
        if (std::none_of(fitting.begin(), fitting.end(),
                         [&](const PersonEvent* f) { return f->group == e->group; })) {
          fitting.push_back(e);
        }
      }
      if (fitting.empty()) continue;
      // Several people: a subject pronoun goes to the sentence's first person (its subject);
      // an object or possessive pronoun stays unresolved.
      if (fitting.size() > 1 && !nominative) break;
      const PersonEvent chosen = *fitting.front();
      out.push_back(make(t, t + 1, EntityType::kPerson, MentionKind::kPronoun, chosen.mention,
                         LinkReason::kPronoun));
      gender_.try_emplace(chosen.group, gender);
      seen.push_back({t, sentence, chosen.group, chosen.mention});
      break;
    }
  }
}

std::vector<Reference> Resolver::run() {
  std::vector<Reference> out;
  for (uint32_t k = 0; k + 1 < view_.size(); ++k) {
    if (view_.lower(k) != "the" || view_.mention_at(k) >= 0) continue;
    if (!person_description(k, out)) other_description(k, out);
  }
  pronouns(out);
  std::sort(out.begin(), out.end(), [](const Reference& a, const Reference& b) {
    return a.mention.span.begin < b.mention.span.begin;
  });
  return out;
}

}  // namespace

LatestMention::LatestMention(const std::vector<Mention>& mentions, const std::vector<int32_t>& groups) {
  uint32_t reach = 0;
  reach_.reserve(mentions.size());
  for (uint32_t m = 0; m < mentions.size(); ++m) {
    reach = std::max(reach, mentions[m].first_token + mentions[m].token_count);
    reach_.push_back(reach);
    if (groups[m] >= 0) mentions_of_group_[groups[m]].push_back(m);
  }
}

// The scan stops at the first mention that ends after token: the mentions before it are those
// whose running maximum end stays within token.
int32_t LatestMention::before(int32_t group, uint32_t token) const {
  const auto it = mentions_of_group_.find(group);
  if (it == mentions_of_group_.end()) return -1;
  const auto stop = static_cast<uint32_t>(std::upper_bound(reach_.begin(), reach_.end(), token) - reach_.begin());
  const std::vector<uint32_t>& mentions = it->second;
  const auto after = std::lower_bound(mentions.begin(), mentions.end(), stop);
  return after == mentions.begin() ? -1 : static_cast<int32_t>(*(after - 1));
}

int title_gender(std::string_view title) {
  const std::string_view w = last_word(title);
  static constexpr std::array<std::string_view, 8> kFemale = {
      "queen", "princess", "duchess", "empress", "countess", "baroness", "actress", "lady"};
  static constexpr std::array<std::string_view, 7> kMale = {"king", "prince", "duke", "emperor",
                                                            "count", "baron", "lord"};
  if (w.ends_with("woman") || std::find(kFemale.begin(), kFemale.end(), w) != kFemale.end()) return -1;
  if ((w.ends_with("man") && w.size() > 4) || std::find(kMale.begin(), kMale.end(), w) != kMale.end()) {
    return 1;
  }
  return 0;
}

std::vector<Reference> find_references(const DocView& view, const lexicon::Lexicon& lexicon,
                                       const std::vector<NameInfo>& names,
                                       const std::vector<int32_t>& groups,
                                       const std::vector<RoleClaim>& roles) {
  return Resolver(view, lexicon, names, groups, roles).run();
}

}  // namespace dossier::entities
