// Writing a dossier to a file or standard output.
#ifndef DOSSIER_CLI_OUTPUT_H_
#define DOSSIER_CLI_OUTPUT_H_

#include <ostream>
#include <string>

#include "dossier/corpus.h"

namespace dossier::cli {

// Writes with writer to path ("-": standard output); a regular file is written through a
// temporary file and renamed, so a failed run never leaves half a report. Throws Error.
void write_output(const std::string& path, void (*writer)(const Dossier&, std::ostream&),
                  const Dossier& dossier);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_OUTPUT_H_
