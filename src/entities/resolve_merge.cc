// The merges of cross-document resolution, each over blocks that keep the work near-linear in the
// number of chains: people by surname sound, organisations and places by acronym, by the sound of
// every word and by short form.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "entities/name_links.h"
#include "entities/resolver.h"

namespace dossier::entities::detail {
namespace {

using lexicon::kNone;

// Bounds that keep a frequent surname or name from costing quadratic time: pairs of distinct
// surnames compared per sound block, names compared per (surname, given name) bucket,
// candidates for a bare surname.
constexpr size_t kMaxSurnamesCompared = 64;
constexpr size_t kMaxBucket = 64;
constexpr size_t kMaxBareCandidates = 256;
constexpr size_t kMaxSpellingsCompared = 64;

// How sure each merge of this file is (see resolve.cc): two full names that fit, names spelled
// the same up to case and diacritics or a plural, spelling variants, and a stray one-word place
// or organisation taken for a person's surname.
constexpr float kFullNameConfidence = 0.9f;
constexpr float kSameSpellingConfidence = 0.9f;
constexpr float kSpellingConfidence = 0.75f;
constexpr float kStrayConfidence = 0.6f;

std::string last_word(const std::string& text) { return text.substr(text.rfind(' ') + 1); }

// A single word of an organisation or place seen once or twice, not in the lexicon: what the
// tagger makes of a person's surname it mistypes ("Halvasic" as a place).
bool stray_word(const NameGroup& g) {
  return g.cls == 1 && g.words.size() == 1 && g.entry == kNone && !g.all_caps && g.chains.size() == 1 &&
         g.mentions <= 2;
}

}  // namespace

void Resolver::merge_people(Clusters& clusters) {
  // Blocks by the sound of the surname's last word (a word with the fricative kh is in two).
  std::unordered_map<std::string, std::vector<uint32_t>> blocks;
  std::unordered_map<std::string, std::vector<SpelledWord>> spelled;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    const bool person = group.cls == 0 && !group.person.empty();
    if (!person && !stray_word(group)) continue;
    const std::string& surname = person ? group.person.surname : group.words[0];
    auto [it, added] = spelled.try_emplace(surname);
    if (added) it->second = spell_surname(surname);
    const SpelledWord last = spell(last_word(surname));
    for (uint8_t k = 0; k < last.key_count; ++k) blocks[last.keys[k]].push_back(g);
  }
  for (auto& [key, members] : blocks) {
    std::map<std::string, std::vector<uint32_t>> full_by_surname;
    std::map<std::string, std::vector<uint32_t>> bare_by_surname;
    std::map<std::string, std::vector<uint32_t>> stray_by_word;
    for (const uint32_t g : members) {
      const NameGroup& group = groups_[g];
      if (group.cls != 0) {
        stray_by_word[group.words[0]].push_back(g);
      } else {
        (group.person.full() ? full_by_surname : bare_by_surname)[group.person.surname].push_back(g);
      }
    }
    // Distinct surnames of the block, and which are one surname spelled two ways (all pairs while
    // there are few; a block of very many surnames joins only equal ones).
    std::vector<std::string> surnames;
    for (const auto& [surname, list] : full_by_surname) surnames.push_back(surname);
    for (const auto* map : {&bare_by_surname, &stray_by_word}) {
      for (const auto& [surname, list] : *map) {
        if (!full_by_surname.contains(surname)) surnames.push_back(surname);
      }
    }
    std::sort(surnames.begin(), surnames.end());
    surnames.erase(std::unique(surnames.begin(), surnames.end()), surnames.end());
    std::map<std::string, std::vector<std::string>> variants;
    for (size_t i = 0; i < surnames.size(); ++i) {
      variants[surnames[i]].push_back(surnames[i]);
      if (surnames.size() > kMaxSurnamesCompared) continue;
      for (size_t j = i + 1; j < surnames.size(); ++j) {
        if (surnames_match(spelled[surnames[i]], spelled[surnames[j]])) {
          variants[surnames[i]].push_back(surnames[j]);
          variants[surnames[j]].push_back(surnames[i]);
        }
      }
    }
    // Full names with full names, compared within buckets of one surname and one given name
    // (its sound, or its initial for a name given by initials), so a surname borne by thousands
    // costs as much as the few namesakes who share a given name too.
    std::unordered_map<std::string, std::vector<uint32_t>> by_given;
    std::unordered_map<std::string, std::vector<uint32_t>> by_initial;
    for (const auto& [surname, list] : full_by_surname) {
      for (const uint32_t g : list) {
        for (const std::string& given : groups_[g].person.given) {
          if (given.empty()) continue;
          auto& initial = by_initial[surname + '|' + given[0]];
          if (initial.empty() || initial.back() != g) initial.push_back(g);
          if (given.size() > 1) {
            const SpelledWord s = spell(given);
            for (uint8_t k = 0; k < s.key_count; ++k) {
              auto& bucket = by_given[surname + '|' + s.keys[k]];
              if (bucket.empty() || bucket.back() != g) bucket.push_back(g);
            }
          }
        }
      }
    }
    auto compare_with = [&](uint32_t a, const std::vector<uint32_t>* bucket) {
      if (bucket == nullptr || bucket->size() > kMaxBucket) return;
      for (const uint32_t b : *bucket) {
        if (a != b && compare_people(groups_[a].person, groups_[b].person) == PersonMatch::kSame) {
          unite(clusters, b, a, kFullNameConfidence);
        }
      }
    };
    auto find = [](const auto& map, const std::string& wanted) -> const std::vector<uint32_t>* {
      const auto it = map.find(wanted);
      return it == map.end() ? nullptr : &it->second;
    };
    for (const auto& [surname, list] : full_by_surname) {
      for (const std::string& other : variants[surname]) {
        if (other < surname) continue;
        for (const uint32_t a : list) {
          for (const std::string& given : groups_[a].person.given) {
            if (given.size() == 1) {
              compare_with(a, find(by_initial, other + '|' + given));
              continue;
            }
            const SpelledWord s = spell(given);
            for (uint8_t k = 0; k < s.key_count; ++k) compare_with(a, find(by_given, other + '|' + s.keys[k]));
          }
        }
      }
    }
    // A bare surname joins the one person of that surname, or the one its articles point to; a
    // stray word only a person it fits.
    auto join_bare = [&](const std::string& surname, const std::vector<uint32_t>& bare, bool stray) {
      std::vector<uint32_t> candidates;
      std::vector<uint32_t> other_bare;
      for (const std::string& other : variants[surname]) {
        if (const auto it = full_by_surname.find(other); it != full_by_surname.end()) {
          candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        }
        if (const auto it = bare_by_surname.find(other); !stray && it != bare_by_surname.end()) {
          other_bare.insert(other_bare.end(), it->second.begin(), it->second.end());
        }
      }
      for (const uint32_t g : other_bare) unite(clusters, g, bare.front(), kSpellingConfidence);
      // Too many people of one surname to choose among: the bare name stays apart.
      if (candidates.empty() || candidates.size() > kMaxBareCandidates) return;
      attach(clusters, bare.front(), std::move(candidates), stray ? kStrayConfidence : 1.0f);
    };
    for (const auto& [surname, bare] : bare_by_surname) join_bare(surname, bare, false);
    for (const auto& [word, strays] : stray_by_word) {
      if (bare_by_surname.contains(word)) {
        for (const uint32_t g : strays) unite(clusters, g, bare_by_surname[word].front(), kStrayConfidence);
        continue;
      }
      for (const uint32_t g : strays) join_bare(word, {g}, true);
    }
  }
}

void Resolver::merge_sounds(Clusters& clusters) {
  std::unordered_map<std::string, std::vector<uint32_t>> sounds;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    if (group.cls == 0) continue;
    std::string sound = std::to_string(group.cls);
    size_t letters = 0;
    for (const auto& w : group.words) {
      sound += ' ' + phonetic_key(w);
      letters += w.size();
    }
    if (letters >= 6 && !group.all_caps) sounds[sound].push_back(g);
  }
  // Spelling variants of every word ("Hezbollah" / "Hizbollah"): names spelled alike join at
  // once; distinct spellings are compared pairwise while there are few of them.
  for (const auto& [key, members] : sounds) {
    std::map<std::string, std::vector<uint32_t>> by_spelling;
    for (const uint32_t g : members) {
      std::string spelling;
      for (const auto& w : groups_[g].words) spelling += spelling_form(w) + ' ';
      by_spelling[spelling].push_back(g);
    }
    std::vector<std::pair<uint32_t, std::vector<SpelledWord>>> distinct;
    for (const auto& [spelling, list] : by_spelling) {
      for (size_t i = 1; i < list.size(); ++i) unite(clusters, list[i], list[0], kSameSpellingConfidence);
      std::vector<SpelledWord> words;
      for (const auto& w : groups_[list[0]].words) words.push_back(spell(w));
      distinct.emplace_back(list[0], std::move(words));
    }
    if (distinct.size() > kMaxSpellingsCompared) continue;
    for (size_t i = 0; i < distinct.size(); ++i) {
      for (size_t j = i + 1; j < distinct.size(); ++j) {
        const auto& a = distinct[i].second;
        const auto& b = distinct[j].second;
        bool variants = a.size() == b.size();
        for (size_t w = 0; variants && w < a.size(); ++w) variants = spelling_variants(a[w], b[w]);
        if (variants) unite(clusters, distinct[j].first, distinct[i].first, kSpellingConfidence);
      }
    }
  }
}

void Resolver::merge_short_forms(Clusters& clusters) {
  // One word that begins or ends an organisation's name ("Chargers" / "San Diego Chargers"):
  // joins it when it is the only such name, or the one its articles point to. The word must be
  // an organisation's name itself: a place is not short for a newspaper named after it.
  std::unordered_map<std::string, std::vector<uint32_t>> end_words;
  std::unordered_map<std::string, uint32_t> exact;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    if (group.cls != 1) continue;
    exact.emplace(join(group.words), g);
    if (group.words.size() < 2 || group.entry != kNone || !is_organisation(group)) continue;
    for (const std::string* w : {&group.words.front(), &group.words.back()}) {
      if (!is_function_word(*w)) end_words[*w].push_back(g);
    }
  }
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    if (group.cls != 1 || group.words.size() != 1 || group.all_caps || group.entry != kNone) continue;
    if (!is_organisation(group)) continue;
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
    if (const auto it = exact.find(join(core)); it != exact.end()) unite(clusters, g, it->second, kSameSpellingConfidence);
  }
}

void Resolver::merge_others(Clusters& clusters) {
  std::unordered_map<std::string, std::vector<uint32_t>> acronyms;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    const NameGroup& group = groups_[g];
    if (group.cls == 0) continue;
    if (group.words.size() > 1) {
      const std::string acronym = acronym_of(group.words);
      if (acronym.size() >= 2) acronyms[std::to_string(group.cls) + acronym].push_back(g);
    } else if (group.all_caps && group.words[0].size() >= 2) {
      acronyms[std::to_string(group.cls) + group.words[0]].push_back(g);
    }
  }
  // An acronym joins its one expansion ("UN" / "United Nations") of its kind: a place's letters
  // ("S.C.") do not abbreviate a body ("Supreme Court").
  const auto place = [&](uint32_t g) {
    const auto& t = groups_[g].type_mentions;
    const size_t places = t[static_cast<size_t>(EntityType::kGpe)] + t[static_cast<size_t>(EntityType::kLoc)];
    return 2 * places > groups_[g].mentions;
  };
  for (const auto& [key, members] : acronyms) {
    for (const bool of_places : {false, true}) {
      std::vector<uint32_t> expansions;
      for (const uint32_t g : members) {
        if (groups_[g].words.size() > 1 && place(g) == of_places) expansions.push_back(g);
      }
      if (expansions.empty()) continue;
      for (const uint32_t g : members) {
        if (groups_[g].words.size() == 1 && place(g) == of_places) attach(clusters, g, expansions);
      }
    }
  }
  // A group of people and its plural are one ("Democrat" / "Democrats").
  std::unordered_map<std::string, uint32_t> group_forms;
  for (uint32_t g = 0; g < groups_.size(); ++g) {
    if (groups_[g].cls != 2 || groups_[g].words.size() != 1) continue;
    auto [it, added] = group_forms.emplace(singular_form(groups_[g].words[0]), g);
    if (!added) unite(clusters, g, it->second, kSameSpellingConfidence);
  }
  merge_sounds(clusters);
  merge_short_forms(clusters);
}

}  // namespace dossier::entities::detail
