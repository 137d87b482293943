#include "entities/document_entities.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <optional>

#include "entities/doc_view.h"
#include "entities/name_boundaries.h"
#include "entities/names.h"
#include "entities/name_links.h"
#include "entities/references.h"
#include "entities/roles.h"
#include "lexicon/fold.h"
#include "text/abbreviations.h"

namespace dossier::entities {
namespace {

// The confidence in a type that a title or form of address gave a name against the tagger's: the
// cue is strong, but the tagger's span may still be wrong.
constexpr float kRetypedConfidence = 0.8f;

// Drops earlier output of this layer so the stage can run again on the same document.
void reset(Document& document) {
  std::erase_if(document.mentions, [](const Mention& m) { return m.kind != MentionKind::kName; });
  for (Mention& m : document.mentions) {
    m.chain = -1;
    m.link_confidence = 1.0f;
  }
  document.chains.clear();
  document.links.clear();
  document.roles.clear();
}

// Merges the new mentions into the name mentions in text order; returns the new index of each
// old mention, and of each reference (after the old ones).
std::vector<uint32_t> merge_mentions(Document& document, const std::vector<Reference>& refs) {
  std::vector<Mention> all = document.mentions;
  for (const Reference& r : refs) all.push_back(r.mention);
  std::vector<uint32_t> order(all.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (all[a].span.begin != all[b].span.begin) return all[a].span.begin < all[b].span.begin;
    return all[a].span.end > all[b].span.end;
  });
  std::vector<uint32_t> new_index(all.size());
  document.mentions.clear();
  for (uint32_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = i;
    document.mentions.push_back(all[order[i]]);
  }
  return new_index;
}

// True when the sentence is a body sentence in running text: not a header, nor a line in Title
// Case or capitals ("Microsoft Issues Emergency Patch"), where the tagger takes verbs into names.
bool running_text(const Document& document, const Sentence& sentence) {
  if (!document.blocks.empty() && !document.is_body(sentence)) return false;
  size_t words = 0;
  size_t capitalised = 0;
  const uint32_t end = std::min<uint32_t>(sentence.first_token + sentence.token_count,
                                          static_cast<uint32_t>(document.tokens.size()));
  for (uint32_t t = sentence.first_token; t < end; ++t) {
    const Token& token = document.tokens[t];
    if (!(token.flags & kTokWord)) continue;
    ++words;
    if (token.flags & (kTokUpperInitial | kTokAllUpper)) ++capitalised;
  }
  return words < 4 || capitalised * 10 < words * 7;
}

// Per mention: whether it lies in running text.
std::vector<bool> mentions_in_running_text(const Document& document) {
  std::vector<bool> sentence_ok(document.sentences.size());
  for (size_t s = 0; s < document.sentences.size(); ++s) sentence_ok[s] = running_text(document, document.sentences[s]);
  std::vector<bool> out(document.mentions.size(), true);
  for (size_t m = 0; m < document.mentions.size(); ++m) {
    const int32_t s = document.sentence_at(document.mentions[m].span.begin);
    if (s >= 0) out[m] = sentence_ok[static_cast<size_t>(s)];
  }
  return out;
}

// How good a name mention is as the chain's name: one in running text before one in a headline,
// then fuller names, then names written in mixed case, then the more frequent, then the earlier.
std::array<size_t, 4> name_rank(const NameInfo& info, const Mention& m, bool running) {
  const size_t words = m.type == EntityType::kPerson ? info.person.given.size() + 1 : info.words.size();
  return {running ? 1u : 0u, words, info.all_caps && info.words.size() > 1 ? 0u : 1u, 0u};
}

void build_chains(Document& document, const std::vector<int32_t>& group_of,
                  const std::vector<NameInfo>& names_by_new) {
  const std::vector<bool> running = mentions_in_running_text(document);
  std::map<int32_t, uint32_t> chain_of_group;
  for (uint32_t m = 0; m < document.mentions.size(); ++m) {
    const int32_t group = group_of[m];
    if (group < 0) continue;
    auto [it, added] = chain_of_group.emplace(group, static_cast<uint32_t>(document.chains.size()));
    if (added) document.chains.emplace_back();
    document.chains[it->second].mentions.push_back(m);
    document.mentions[m].chain = static_cast<int32_t>(it->second);
  }
  for (Chain& chain : document.chains) {
    std::map<EntityType, int> votes;
    int32_t best = -1;
    std::map<std::string, int> frequency;
    for (const uint32_t m : chain.mentions) {
      if (document.mentions[m].kind == MentionKind::kName) ++frequency[names_by_new[m].surface];
    }
    for (const uint32_t m : chain.mentions) {
      const Mention& mention = document.mentions[m];
      if (mention.kind != MentionKind::kName) continue;
      ++votes[mention.type];
      if (best < 0) {
        best = static_cast<int32_t>(m);
        continue;
      }
      const auto b = static_cast<size_t>(best);
      auto rank = name_rank(names_by_new[m], mention, running[m]);
      auto best_rank = name_rank(names_by_new[b], document.mentions[b], running[b]);
      rank[3] = static_cast<size_t>(frequency[names_by_new[m].surface]);
      best_rank[3] = static_cast<size_t>(frequency[names_by_new[b].surface]);
      if (rank > best_rank) best = static_cast<int32_t>(m);
    }
    if (best < 0) {
      chain.type = document.mentions[chain.mentions.front()].type;
      continue;
    }
    const auto b = static_cast<size_t>(best);
    chain.name = names_by_new[b].surface;
    chain.type = document.mentions[b].type;
    int top = votes[chain.type];
    for (const auto& [type, count] : votes) {
      if (count > top) {
        top = count;
        chain.type = type;
      }
    }
  }
}

// True when a person's title stands right before the mention ("spokesman Karel Vos", "the
// spokesman, Karel Vos") or in apposition after it ("Karel Vos, a ministry spokesman,").
bool introduced_by_title(const DocView& view, const RoleFinder& finder, const Mention& mention) {
  const uint32_t sentence_begin = view.sentence_begin(mention.first_token);
  uint32_t before = mention.first_token;
  if (before > sentence_begin && view.form(before - 1) == ",") --before;
  const TitleSpan title = finder.title_ending_at(before, sentence_begin);
  if (!title.empty() && !title.head_noun) return true;
  const uint32_t after = mention.first_token + mention.token_count;
  const uint32_t limit = view.sentence_end(mention.first_token);
  if (after >= limit || view.form(after) != ",") return false;
  RoleClaim claim;
  const uint32_t end = finder.parse_forward(after + 1, limit, claim);
  return end > after + 1 && !claim.title.empty() && (end == limit || view.form(end) == ",");
}

// The tagger sometimes types an unknown person's name as an organisation or a work; a person's
// title beside it settles the type. Names the lexicon knows keep theirs.
void retype_titled_people(Document& document, const DocView& view, const lexicon::Lexicon& lexicon) {
  constexpr uint32_t kMinTokens = 2;  // a given name and a surname
  constexpr uint32_t kMaxTokens = 3;
  const RoleFinder finder(view, lexicon);
  for (Mention& mention : document.mentions) {
    if (mention.kind != MentionKind::kName || mention.token_count < kMinTokens || mention.token_count > kMaxTokens ||
        (mention.type != EntityType::kOrg && mention.type != EntityType::kMisc)) {
      continue;
    }
    if (!lexicon.lookup(document.slice(mention.span), lexicon::Matching::kFolded).empty()) continue;
    if (introduced_by_title(view, finder, mention)) {
      mention.type = EntityType::kPerson;
      mention.confidence = std::min(mention.confidence, kRetypedConfidence);
    }
  }
}

// Forms of address that stand only before a person's name, whatever the tagger typed the name:
// the abbreviated ones ("Mr.", "Ms", "Dr."). The spelled-out ones ("Lady", "Lord", "Miss") also
// begin titles of works and events, so they count only in a name the tagger typed a person's.
bool address_before_any_name(std::string_view form, std::string_view key) {
  return is_honorific(key) && key.size() >= 2 && key.size() <= 4 && key != "lady" && key != "lord" && key != "miss" &&
         (form.ends_with('.') || key == "mr" || key == "mrs" || key == "ms" || key == "dr");
}

// A form of address or a title the tagger took into a name ("Mr. Sanders", "Sen. Lacy Clay",
// "President Obama") is not part of the name: the mention starts after it. A form of address or
// an abbreviated title ("Sen.", "Gov.") makes the name a person's; so does one just before the
// mention ("Mr." and then "Sanders" tagged as an organisation). A title spelled out ("President")
// is dropped only from a name already typed a person's: "General Motors" keeps its word.
void strip_titles(Document& document, const lexicon::Lexicon& lexicon) {
  for (Mention& m : document.mentions) {
    if (m.kind != MentionKind::kName) continue;
    // A place or body known by its whole name keeps its first word ("St. Louis", "Ft. Worth"); a
    // person the lexicon knows with the form of address ("Mr. Obama") does not.
    const auto known = lexicon.lookup(document.slice(m.span), lexicon::Matching::kFolded);
    if (std::any_of(known.begin(), known.end(),
                    [&](const lexicon::Hit& h) { return lexicon.entry(h.entry).kind != lexicon::Kind::kPerson; })) {
      continue;
    }
    uint32_t drop = 0;
    bool address = false;
    while (drop + 1 < m.token_count) {
      const uint32_t t = m.first_token + drop;
      const std::string_view form = document.token_form(t);
      const std::string key = lexicon::match_key(form);
      const bool honorific = address_before_any_name(form, key) ||
                             (m.type == EntityType::kPerson && is_honorific(key) && key.size() >= 2);
      const bool abbreviated = form.size() >= 3 && form.ends_with('.') &&
                               (is_title_word(lexicon, form) ||
                                text::abbreviation_kind(form.substr(0, form.size() - 1)) == text::AbbreviationKind::kTitle);
      // A spelled-out title before a name of two words or more is one too: "Mayor Bill Dunn"
      // typed an organisation is a mayor and a person; "General Motors" keeps its word.
      const bool title = (m.type == EntityType::kPerson || m.token_count - drop > 2) && is_title_word(lexicon, form);
      if (!honorific && !abbreviated && !title) break;
      if (!document.tokens[t + 1].has(kTokUpperInitial)) break;
      address = address || honorific || abbreviated || title;
      ++drop;
    }
    if (drop == 0 && m.first_token > 0 && m.type != EntityType::kPerson && m.type != EntityType::kNorp) {
      const std::string_view before = document.token_form(m.first_token - 1);
      if (address_before_any_name(before, lexicon::match_key(before))) {
        m.type = EntityType::kPerson;
        m.confidence = std::min(m.confidence, kRetypedConfidence);
      }
    }
    if (drop == 0) continue;
    m.first_token += drop;
    m.token_count -= drop;
    m.span.begin = document.tokens[m.first_token].span.begin;
    if (address && m.type != EntityType::kPerson) {
      m.type = EntityType::kPerson;
      m.confidence = std::min(m.confidence, kRetypedConfidence);
    }
  }
}

// True when the lexicon gives the word as a noun for people or an office ("senators",
// "lawmakers", "candidate"), in the plural when plural_only.
bool people_noun(const lexicon::Lexicon& lexicon, std::string_view word, bool plural_only) {
  for (const lexicon::Hit& hit : lexicon.lookup(word, lexicon::Matching::kFolded)) {
    if (plural_only && hit.form != lexicon::FormKind::kPlural) continue;
    const lexicon::Entry e = lexicon.entry(hit.entry);
    if (e.kind == lexicon::Kind::kAgent && (e.has(lexicon::kPersonNoun) || e.has(lexicon::kTitle))) return true;
  }
  return false;
}

// True when the lexicon knows the name, in any form, as a people or other group of people:
// WordNet's capitalised person nouns that belong to a people, a religion or a party
// ("Christians", "Republicans"), demonyms ("Kenyans", "African American"), and the agents file's
// nouns for kinds of actors ("Jews", "Jewish"), which a name the tagger could not place (MISC)
// only is when written capitalised. In the plural only when plural_only: a person's name is never
// a plural demonym ("Latinos"), though many are a demonym in the singular.
bool group_of_people_name(const lexicon::Lexicon& lexicon, std::string_view name, bool plural_only) {
  for (const lexicon::Hit& hit : lexicon.lookup(name, lexicon::Matching::kFolded)) {
    const lexicon::Kind kind = lexicon.entry(hit.entry).kind;
    if (plural_only && (hit.form != lexicon::FormKind::kPlural || kind != lexicon::Kind::kNationality)) continue;
    if (kind == lexicon::Kind::kNationality || kind == lexicon::Kind::kAgent) return true;
  }
  return false;
}

// The last words of the document's names of people of two words or more, folded: the surnames
// a one-word name may stand for.
std::vector<std::string_view> person_surnames(const Document& document) {
  std::vector<std::string_view> surnames;
  for (const Mention& m : document.mentions) {
    if (m.kind == MentionKind::kName && m.type == EntityType::kPerson && m.token_count > 1) {
      surnames.push_back(document.token_fold(m.first_token + m.token_count - 1));
    }
  }
  std::sort(surnames.begin(), surnames.end());
  return surnames;
}

// A one-word name the tagger left unsure (MISC) that qualifies a noun for people ("Republican
// senators", "Labour lawmakers", "Democratic presidential candidate"), or a name the lexicon knows
// as a group of people ("Christians", "African American"; a person's name only in the plural,
// "Latinos") names a group of people, as does another form of it in the document ("Republicans"):
// a party's members, not the party.
void type_groups_of_people(Document& document, const lexicon::Lexicon& lexicon) {
  std::vector<std::string> groups;
  const std::vector<std::string_view> surnames = person_surnames(document);
  const auto n = static_cast<uint32_t>(document.tokens.size());
  for (Mention& m : document.mentions) {
    if (m.kind != MentionKind::kName) continue;
    if (m.type != EntityType::kMisc && m.type != EntityType::kNorp && m.type != EntityType::kPerson) continue;
    const bool known_group = m.type != EntityType::kNorp && document.tokens[m.first_token].has(kTokUpperInitial) &&
                             group_of_people_name(lexicon, document.slice(m.span), m.type == EntityType::kPerson);
    if (m.token_count != 1 && !known_group) continue;
    const uint32_t next = m.first_token + 1;
    bool qualifies = m.type == EntityType::kNorp || known_group;
    // A one-word person's name does not qualify a noun for people ("Smith aides" is rare); one
    // before a plural such noun ("Labour lawmakers") is the tagger's mistake, unless the
    // document names a person with it ("Donald Trump" ... "Trump voters").
    const bool plural_only = m.type == EntityType::kPerson;
    if (plural_only && !qualifies && std::binary_search(surnames.begin(), surnames.end(), document.token_fold(m.first_token))) {
      continue;
    }
    for (uint32_t t = next; !qualifies && t < next + 2 && t < n; ++t) {
      const std::string_view form = document.token_form(t);
      if (document.tokens[t].has(kTokUpperInitial) || !document.tokens[t].has(kTokWord)) break;
      qualifies = people_noun(lexicon, form, plural_only);
      if (plural_only) break;
    }
    if (!qualifies) continue;
    if (m.type != EntityType::kNorp) {
      m.type = EntityType::kNorp;
      m.confidence = std::min(m.confidence, kRetypedConfidence);
    }
    groups.push_back(singular_form(lexicon::match_key(document.slice(m.span))));
  }
  if (groups.empty()) return;
  for (Mention& m : document.mentions) {
    if (m.kind != MentionKind::kName || m.token_count != 1 || m.type != EntityType::kMisc) continue;
    const std::string key = singular_form(lexicon::match_key(document.slice(m.span)));
    if (std::find(groups.begin(), groups.end(), key) == groups.end()) continue;
    m.type = EntityType::kNorp;
    m.confidence = std::min(m.confidence, kRetypedConfidence);
  }
}

// CAMEO's codes of international actors that are bodies, never people: intergovernmental and
// non-governmental organisations, multinational companies (the CAMEO manual's actor types).
bool body_code(std::string_view code) {
  return code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("MNC");
}

// The type every lexicon entry of the name, as written, agrees on, for a name the tagger typed
// `tagged`; nullopt when the lexicon does not know the name or its entries disagree. Only the
// kinds whose type a name keeps in any context: organisations and armed groups (ORG), countries
// and states (GPE, for a name the tagger left unsure: a state may be a person's given name,
// "Paul"). Cities share their names with people ("Clinton"). The actor files list people among
// organisations, so a name read as a person's becomes an organisation only by a body's code.
std::optional<EntityType> lexicon_type(const lexicon::Lexicon& lexicon, std::string_view name, EntityType tagged) {
  std::optional<EntityType> type;
  for (const lexicon::Hit& hit : lexicon.lookup(name, lexicon::Matching::kCaseSensitive)) {
    const lexicon::Entry e = lexicon.entry(hit.entry);
    EntityType of_hit = EntityType::kMisc;
    switch (e.kind) {
      case lexicon::Kind::kOrganization:
      case lexicon::Kind::kArmedGroup:
        if (tagged == EntityType::kPerson && !body_code(e.code)) return std::nullopt;
        of_hit = EntityType::kOrg;
        break;
      case lexicon::Kind::kCountry:
      case lexicon::Kind::kSubdivision:
        if (tagged != EntityType::kMisc) return std::nullopt;
        of_hit = EntityType::kGpe;
        break;
      default: return std::nullopt;
    }
    if (type && *type != of_hit) return std::nullopt;
    type = of_hit;
  }
  return type;
}

// A name the lexicon knows as an organisation is one whatever the tagger made of it ("Goldman
// Sachs" read as a person's name), and a country or state the tagger left unsure (MISC) is that
// place. A group of people (NORP) keeps its type: "Republicans" are not the party.
void type_known_names(Document& document, const lexicon::Lexicon& lexicon) {
  for (Mention& m : document.mentions) {
    if (m.kind != MentionKind::kName || m.type == EntityType::kNorp) continue;
    const std::optional<EntityType> known = lexicon_type(lexicon, document.slice(m.span), m.type);
    if (!known || *known == m.type) continue;
    m.type = *known;
    m.confidence = std::min(m.confidence, kRetypedConfidence);
  }
}

// Works, events and laws (MISC) are not sources: a one-word name the tagger left unsure that
// something is according to ("according to AZCentral") is a body (ORG). A speech verb after the
// name is no such sign: its nouns read alike ("anti-Muslim remarks", "Internet messages"; tried
// on the audit tuning part).
void type_unsure_sources(Document& document) {
  for (Mention& m : document.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kMisc || m.token_count != 1 || m.first_token < 2) continue;
    if (document.token_fold(m.first_token - 2) != "according" || !document.tokens[m.first_token - 1].is(kWcTo)) continue;
    m.type = EntityType::kOrg;
    m.confidence = std::min(m.confidence, kRetypedConfidence);
  }
}

// True when only list punctuation and a conjunction stand between tokens a and b: "," "and" "or"
// ", and" (the words between two items of an enumeration).
bool list_separator(const Document& document, uint32_t a, uint32_t b) {
  if (b <= a || b - a > 2) return false;
  for (uint32_t t = a; t < b; ++t) {
    const std::string_view word = document.token_fold(t);
    if (word == ",") {
      if (t != a) return false;
      continue;
    }
    if (word != "and" && word != "or") return false;
  }
  return true;
}

// Names enumerated together ("Cigna, Aetna, Humana and UnitedHealth Group") are of one kind far
// more often than the tagger, which reads each name in its own window, types them alike: in a list
// of at least kMinItems names where one type holds a strict majority of at least two, the others
// take it, unless the lexicon knows the name. Tuned on the audit tuning part (articles 1-12).
void type_enumerations(Document& document, const lexicon::Lexicon& lexicon) {
  constexpr size_t kMinItems = 3;
  std::vector<uint32_t> items;
  const auto settle = [&] {
    if (items.size() >= kMinItems) {
      std::map<EntityType, size_t> votes;
      for (const uint32_t m : items) ++votes[document.mentions[m].type];
      const auto top = std::max_element(votes.begin(), votes.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
      if (top->second >= 2 && 2 * top->second > items.size()) {
        for (const uint32_t m : items) {
          Mention& mention = document.mentions[m];
          if (mention.type == top->first) continue;
          if (!lexicon.lookup(document.slice(mention.span), lexicon::Matching::kFolded).empty()) continue;
          mention.type = top->first;
          mention.confidence = std::min(mention.confidence, kRetypedConfidence);
        }
      }
    }
    items.clear();
  };
  for (uint32_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    if (mention.kind != MentionKind::kName) continue;
    if (!items.empty()) {
      const Mention& last = document.mentions[items.back()];
      if (!list_separator(document, last.first_token + last.token_count, mention.first_token)) settle();
    }
    items.push_back(m);
  }
  settle();
}

// How sure a within-document link of each kind is: a repeated name is nearly certain, a surname
// or short form usually right, a pronoun less so and a description least. Set by hand from the
// errors seen on invented fixtures and the ECB+ train topics; the audit set calibrates them.
float link_confidence(LinkReason reason) {
  switch (reason) {
    case LinkReason::kSameName: return 0.97f;
    case LinkReason::kAlias: return 0.9f;
    case LinkReason::kAcronym: return 0.85f;
    case LinkReason::kNamePart: return 0.85f;
    case LinkReason::kAppositive: return 0.85f;
    case LinkReason::kPronoun: return 0.75f;
    case LinkReason::kDescription: return 0.65f;
  }
  return 0.5f;
}

}  // namespace

void annotate_entities(Document& document, const lexicon::Lexicon& lexicon) {
  reset(document);
  split_slashed_names(document);
  place_party_state_codes(document, lexicon);
  keep_abbreviation_periods(document);
  strip_titles(document, lexicon);
  type_groups_of_people(document, lexicon);
  type_known_names(document, lexicon);
  type_unsure_sources(document);
  type_enumerations(document, lexicon);
  const DocView view(document);
  retype_titled_people(document, view, lexicon);
  std::vector<NameInfo> names;
  names.reserve(document.mentions.size());
  for (const Mention& m : document.mentions) names.push_back(describe_name(document, m, lexicon));
  NameGroups groups = link_names(document, names);
  std::vector<RoleClaim> roles = RoleFinder(view, lexicon).find();
  const std::vector<Reference> refs = find_references(view, lexicon, names, groups.group, roles);

  const size_t old_count = document.mentions.size();
  const std::vector<uint32_t> index = merge_mentions(document, refs);
  std::vector<int32_t> group_of(document.mentions.size(), -1);
  std::vector<NameInfo> names_by_new(document.mentions.size());
  for (size_t m = 0; m < old_count; ++m) {
    group_of[index[m]] = groups.group[m];
    names_by_new[index[m]] = std::move(names[m]);
  }
  for (MentionLink& link : groups.links) {
    link.mention = index[link.mention];
    link.antecedent = index[link.antecedent];
    document.links.push_back(link);
  }
  for (size_t r = 0; r < refs.size(); ++r) {
    const uint32_t m = index[old_count + r];
    group_of[m] = groups.group[refs[r].antecedent];
    document.links.push_back(MentionLink{m, index[refs[r].antecedent], refs[r].reason});
  }
  std::sort(document.links.begin(), document.links.end(),
            [](const MentionLink& a, const MentionLink& b) { return a.mention < b.mention; });
  for (const MentionLink& link : document.links) {
    document.mentions[link.mention].link_confidence = link_confidence(link.reason);
  }
  for (RoleClaim& role : roles) {
    role.holder = index[role.holder];
    if (role.org_mention >= 0) role.org_mention = static_cast<int32_t>(index[static_cast<size_t>(role.org_mention)]);
  }
  document.roles = std::move(roles);
  build_chains(document, group_of, names_by_new);
}

namespace {

class EntityStage final : public stage::DocumentStage {
 public:
  explicit EntityStage(std::shared_ptr<const lexicon::Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
  std::string_view name() const override { return "entities"; }
  void process(Document& document) const override { annotate_entities(document, *lexicon_); }

 private:
  std::shared_ptr<const lexicon::Lexicon> lexicon_;
};

}  // namespace

std::unique_ptr<const stage::DocumentStage> make_entity_stage(stage::StageContext& context) {
  auto lexicon = context.models.get<lexicon::Lexicon>(
      "lexicon.dsr", [](const std::string& path) { return lexicon::Lexicon::load(path); });
  return std::make_unique<EntityStage>(std::move(lexicon));
}

}  // namespace dossier::entities
