// Output: the dossier as JSON (schema v1, docs/schema.md) and as a self-contained HTML report.
#ifndef DOSSIER_WRITERS_H_
#define DOSSIER_WRITERS_H_

#include <ostream>

#include "dossier/corpus.h"

namespace dossier {

inline constexpr int kSchemaVersion = 2;

// Writes the dossier as JSON; offsets are Unicode code-point offsets into each document's text.
void write_json(const Dossier& dossier, std::ostream& out);
// Writes the dossier as one HTML file with inline styles and scripts, viewable offline.
void write_html(const Dossier& dossier, std::ostream& out);

}  // namespace dossier

#endif  // DOSSIER_WRITERS_H_
