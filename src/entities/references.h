// Descriptions and pronouns that refer back to a named entity: "the secretary-general", "the UN
// chief", "the former minister" (a person whose role fits), "the union", "the company", "the
// country" (an organisation or place whose name or kind fits), and he/she/his/her with a clear
// antecedent.
#ifndef DOSSIER_ENTITIES_REFERENCES_H_
#define DOSSIER_ENTITIES_REFERENCES_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "dossier/document.h"
#include "entities/doc_view.h"
#include "entities/name_links.h"
#include "entities/roles.h"
#include "lexicon/lexicon.h"

namespace dossier::entities {

// A new mention (nominal or pronoun) and the existing mention it refers back to.
struct Reference {
  Mention mention;
  uint32_t antecedent = 0;  // index into Document::mentions (a name mention)
  LinkReason reason = LinkReason::kDescription;
};

// The latest mention of a group before a token, as a scan of the mentions in order up to the
// first that ends after the token finds it; each answer in O(log n).
class LatestMention {
 public:
  // groups[m]: the group of mention m, or -1.
  LatestMention(const std::vector<Mention>& mentions, const std::vector<int32_t>& groups);
  // The index of the latest mention of group (>= 0) among those before the first mention that
  // ends after token, or -1.
  int32_t before(int32_t group, uint32_t token) const;

 private:
  std::vector<uint32_t> reach_;  // reach_[m]: the largest end token of mentions 0..m
  std::unordered_map<int32_t, std::vector<uint32_t>> mentions_of_group_;  // ascending
};

// Gender a role title implies: -1 for "queen", "spokeswoman", "actress"; +1 for "king",
// "chairman"; 0 when none.
int title_gender(std::string_view title);

// Finds descriptions and pronouns. groups: the name groups (NameGroups::group); roles: the
// document's role claims (holders are name mentions). Returned in text order.
std::vector<Reference> find_references(const DocView& view, const lexicon::Lexicon& lexicon,
                                       const std::vector<NameInfo>& names,
                                       const std::vector<int32_t>& groups,
                                       const std::vector<RoleClaim>& roles);

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_REFERENCES_H_
