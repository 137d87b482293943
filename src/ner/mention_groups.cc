#include "ner/mention_groups.h"

#include <map>
#include <string>
#include <utility>

namespace dossier::ner {

void group_entities(Dossier& dossier) {
  dossier.entities.clear();
  dossier.entity_of_chain.assign(dossier.documents.size(), {});
  std::map<std::pair<std::string, EntityType>, int32_t> entity_of;
  for (uint32_t d = 0; d < dossier.documents.size(); ++d) {
    const Document& document = dossier.documents[d];
    auto& of_chain = dossier.entity_of_chain[d];
    of_chain.assign(document.chains.size(), -1);
    for (size_t c = 0; c < document.chains.size(); ++c) {
      const Chain& chain = document.chains[c];
      const auto [it, added] = entity_of.emplace(std::make_pair(chain.name, chain.type),
                                                 static_cast<int32_t>(dossier.entities.size()));
      if (added) {
        Entity entity;
        entity.id = "E" + std::to_string(dossier.entities.size() + 1);
        entity.name = chain.name;
        entity.type = chain.type;
        entity.aliases.push_back(chain.name);
        dossier.entities.push_back(std::move(entity));
      }
      of_chain[c] = it->second;
      Entity& entity = dossier.entities[static_cast<size_t>(it->second)];
      for (const uint32_t m : chain.mentions) entity.mentions.push_back(MentionRef{d, m});
    }
  }
}

namespace {

class MentionGroupStage final : public pipeline::CorpusStage {
 public:
  std::string_view name() const override { return "mention-groups"; }
  void process(Dossier& dossier, unsigned /*threads*/) const override { group_entities(dossier); }
};

}  // namespace

std::unique_ptr<const pipeline::CorpusStage> make_mention_group_stage() {
  return std::make_unique<MentionGroupStage>();
}

}  // namespace dossier::ner
