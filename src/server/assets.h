// The web UI's files (src/server/ui), embedded in the binary at build time (cmake/embed.cmake).
#ifndef DOSSIER_SERVER_ASSETS_H_
#define DOSSIER_SERVER_ASSETS_H_

#include <string_view>
#include <vector>

namespace dossier::server {

struct Asset {
  std::string_view name;     // "index.html", "app.js", ...
  std::string_view type;     // its Content-Type
  std::string_view content;
};

const std::vector<Asset>& assets();

}  // namespace dossier::server

#endif  // DOSSIER_SERVER_ASSETS_H_
