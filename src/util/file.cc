#include "util/file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "dossier/error.h"

namespace dossier::util {

std::string read_file(const std::string& path) {
  return read_file(path, UINT64_MAX);
}

std::string read_file(const std::string& path, uint64_t max_bytes) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) throw InputError(path, "no such file");
  if (std::filesystem::is_directory(status)) throw InputError(path, "is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, std::string("cannot open: ") + std::strerror(errno));
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) throw InputError(path, "cannot determine the file size");
  if (static_cast<uint64_t>(size) > max_bytes) {
    throw InputError(path, "file is " + std::to_string(size >> 20) + " MB, above the limit of " +
                               std::to_string(max_bytes >> 20) + " MB");
  }
  in.seekg(0, std::ios::beg);
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), size);
  if (in.gcount() != size) throw InputError(path, "read error");
  return bytes;
}

}  // namespace dossier::util
