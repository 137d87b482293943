#include "stage/stage.h"

#include <iterator>
#include <stdexcept>

namespace dossier::stage {
namespace {

template <typename T>
void append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

void add_findings(Dossier& dossier, CorpusFindings findings) {
  if (!findings.entities.empty() || !findings.entity_of_chain.empty()) {
    if (!dossier.entities.empty() || !dossier.entity_of_chain.empty()) {
      throw std::logic_error("two corpus stages resolve entities");
    }
    dossier.entities = std::move(findings.entities);
    dossier.entity_of_chain = std::move(findings.entity_of_chain);
  }
  for (RoleOrg& fill : findings.role_orgs) {
    if (fill.doc >= dossier.documents.size()) continue;
    auto& roles = dossier.documents[fill.doc].roles;
    if (fill.role < roles.size() && roles[fill.role].org.empty()) {
      roles[fill.role].org = std::move(fill.org);
      roles[fill.role].confidence *= fill.confidence_factor;
    }
  }
  for (const ChainConfidence& set : findings.chain_confidences) {
    if (set.doc >= dossier.documents.size()) continue;
    auto& chains = dossier.documents[set.doc].chains;
    if (set.chain < chains.size()) chains[set.chain].confidence = set.confidence;
  }
  append(dossier.stories, findings.stories);
  append(dossier.duplicates, findings.duplicates);
  append(dossier.conflicts, findings.conflicts);
  append(dossier.positions, findings.positions);
  append(dossier.diagnostics, findings.diagnostics);
}

}  // namespace dossier::stage
