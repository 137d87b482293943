#include "cli/output.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "dossier/error.h"

namespace dossier::cli {

// Standard output and special files (/dev/null, a pipe) are written directly.
void write_output(const std::string& path, void (*writer)(const Dossier&, std::ostream&),
                  const Dossier& dossier) {
  if (path == "-") {
    writer(dossier, std::cout);
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
    return;
  }
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    if (std::filesystem::is_directory(status)) throw Error(path + ": is a directory");
    std::ofstream out(path, std::ios::binary);
    if (!out) throw Error(path + ": cannot open for writing");
    writer(dossier, out);
    out.flush();
    if (!out) throw Error(path + ": write failed");
    return;
  }
  const std::string temporary = path + ".part";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(path + ": cannot open for writing");
    writer(dossier, out);
    out.close();
    if (!out) throw Error(path + ": write failed");
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    throw Error(path + ": cannot replace the file");
  }
}

}  // namespace dossier::cli
