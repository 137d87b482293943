// The cross-document resolver behind resolve_entities: name groups (one per distinct name and
// class), blocking keys, constrained merges and the context that breaks ties. Internal to
// src/entities.
#ifndef DOSSIER_ENTITIES_RESOLVER_H_
#define DOSSIER_ENTITIES_RESOLVER_H_

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/corpus.h"
#include "entities/clusters.h"
#include "entities/names.h"
#include "lexicon/lexicon.h"
#include "stage/stage.h"

namespace dossier::entities::detail {

struct ChainRef {
  uint32_t doc = 0;
  uint32_t chain = 0;
};

// What resolution compares: 0 people, 1 organisations and places (the tagger often confuses
// them), 2 nationalities and other groups (linked to a country, never merged into it).
int type_class(EntityType type);

// One distinct name of one class: the unit that is merged.
struct NameGroup {
  int cls = 1;
  std::vector<std::string> words;
  PersonName person;
  uint32_t entry = lexicon::kNone;
  bool all_caps = false;
  std::vector<ChainRef> chains;
  size_t mentions = 0;
  std::array<size_t, 6> type_mentions{};  // mentions of its chains by EntityType
  uint64_t context_item = 0;              // what this name adds to the context of others
};

std::string join(const std::vector<std::string>& words);

class Resolver {
 public:
  Resolver(const Dossier& dossier, const lexicon::Lexicon& lexicon, stage::CorpusFindings& out)
      : dossier_(dossier), lexicon_(lexicon), out_(out) {}
  void run();

 private:
  void collect();
  Clusters make_clusters() const;
  void merge_by_entry(Clusters& clusters);
  void merge_people(Clusters& clusters);
  void merge_others(Clusters& clusters);
  void merge_sounds(Clusters& clusters);
  void merge_short_forms(Clusters& clusters);
  // Joins a group to the one candidate cluster that fits, or the one context prefers.
  // The merge's confidence is at most cap.
  void attach(Clusters& clusters, uint32_t group, std::vector<uint32_t> candidates, float cap = 1.0f);
  // A sample of the names the group's articles also mention: sorted hashes, bounded.
  const std::vector<uint64_t>& context(uint32_t group);
  bool is_organisation(const NameGroup& group) const;
  // True when the group of a document's mention was mostly typed as a place.
  bool is_place(uint32_t doc, uint32_t mention) const;
  // Merges the cluster of joiner into other's and records how sure the merge is for joiner.
  void unite(Clusters& clusters, uint32_t joiner, uint32_t other, float confidence);
  void build(Clusters& clusters);
  // A national office's claim that names no country takes the one its holder's other claims of
  // that office name, when they name only one (out_.role_orgs).
  void complete_role_orgs();

  const Dossier& dossier_;
  const lexicon::Lexicon& lexicon_;
  stage::CorpusFindings& out_;  // entities, entity_of_chain, role_orgs
  std::vector<NameGroup> groups_;
  std::vector<std::vector<int32_t>> group_of_chain_;  // [doc][chain]
  std::unordered_map<uint32_t, std::vector<uint64_t>> context_;
  std::vector<float> join_confidence_;  // per group: the least sure merge that joined it
};

}  // namespace dossier::entities::detail

#endif  // DOSSIER_ENTITIES_RESOLVER_H_
