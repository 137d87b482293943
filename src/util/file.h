// Whole-file reading with errors that name the file.
#ifndef DOSSIER_UTIL_FILE_H_
#define DOSSIER_UTIL_FILE_H_

#include <cstdint>
#include <string>

namespace dossier::util {

// Reads the whole file; throws dossier::InputError naming it when it cannot.
std::string read_file(const std::string& path);
// Like read_file, but throws InputError when the file is larger than max_bytes.
std::string read_file(const std::string& path, uint64_t max_bytes);

}  // namespace dossier::util

#endif  // DOSSIER_UTIL_FILE_H_
