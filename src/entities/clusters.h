// Union-find over name groups that refuses a merge joining two people whose given names cannot be
// one person's, or two different lexicon entries, whatever the path of merges.
#ifndef DOSSIER_ENTITIES_CLUSTERS_H_
#define DOSSIER_ENTITIES_CLUSTERS_H_

#include <cstdint>
#include <vector>

#include "entities/names.h"

namespace dossier::entities {

class Clusters {
 public:
  // One member per group: its given names (empty when none) and lexicon entry (or none).
  Clusters(std::vector<std::vector<GivenName>> given, const std::vector<uint32_t>& entries, uint32_t none);
  uint32_t find(uint32_t g);
  // True when the clusters of a and b may become one.
  bool can_merge(uint32_t a, uint32_t b);
  // Merges the clusters of a and b when allowed; returns whether they are one now.
  bool merge(uint32_t a, uint32_t b);

 private:
  std::vector<uint32_t> parent_;
  std::vector<std::vector<std::vector<GivenName>>> given_;  // per root: distinct given-name lists
  std::vector<std::vector<uint32_t>> entries_;               // per root: lexicon entries
};

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_CLUSTERS_H_
