// Users' corrections: anchored to text spans (document id, byte offsets and the words), so they
// hold when ids are renumbered by a later update, and applied to a dossier in the order recorded.
#ifndef DOSSIER_STORE_CORRECTIONS_H_
#define DOSSIER_STORE_CORRECTIONS_H_

#include <string>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/store.h"

namespace dossier::store {

// The anchor (JSON) of a correction given by ids of the dossier as it is now; throws UsageError
// naming the unknown action, id, mention or value. models_dir gives the CAMEO code table.
std::string make_anchor(const Dossier& dossier, const std::string& action,
                        const std::vector<std::string>& arguments, const std::string& models_dir);
// Applies a correction; false when its anchor no longer matches the dossier (the article was
// removed or the item is no longer found), which leaves the dossier unchanged.
bool apply_correction(Dossier& dossier, const Correction& correction);

std::string join_arguments(const std::vector<std::string>& arguments);
std::vector<std::string> split_arguments(const std::string& joined);

}  // namespace dossier::store

#endif  // DOSSIER_STORE_CORRECTIONS_H_
