// Role conflicts: claims about one entity's offices, from different articles of the same period,
// that cannot all be true: the sitting holder of an office in one article and its former holder
// in another; heads of two different bodies at once. A career told in the past tense, or claims
// far apart in time, raise nothing.
#ifndef DOSSIER_ENTITIES_CONFLICTS_H_
#define DOSSIER_ENTITIES_CONFLICTS_H_

#include <cstdint>
#include <vector>

#include "dossier/corpus.h"

namespace dossier::entities {

// Claims further apart than this (days between their articles' dates) are of different times.
inline constexpr int64_t kSamePeriodDays = 31;

// One record (attribute "role") per entity and clash, with every claim involved, its passage,
// and an explanation. Needs dossier.entities (resolve_entities); uses dossier.stories and the
// documents' times, when present, to place undated articles: an undated article is placed by
// the latest day its text names, else by its story's dated reports, else compared only within
// its story; the explanation says which.
std::vector<Conflict> find_role_conflicts(const Dossier& dossier);

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_CONFLICTS_H_
