// The library version.
#ifndef DOSSIER_VERSION_H_
#define DOSSIER_VERSION_H_

#include <string_view>

namespace dossier {

// "X.Y.Z".
std::string_view version();

}  // namespace dossier

#endif  // DOSSIER_VERSION_H_
