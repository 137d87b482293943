#include "dossier/version.h"

#ifndef DOSSIER_VERSION_STRING
#error "DOSSIER_VERSION_STRING must be defined by the build"
#endif

namespace dossier {

std::string_view version() { return DOSSIER_VERSION_STRING; }

}  // namespace dossier
