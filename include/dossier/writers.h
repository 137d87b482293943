// Output: the dossier as JSON (schema v1, docs/schema.md) and as a self-contained HTML report.
#ifndef DOSSIER_WRITERS_H_
#define DOSSIER_WRITERS_H_

#include <ostream>

#include "dossier/corpus.h"

namespace dossier {

inline constexpr int kSchemaVersion = 2;

// Writes the dossier as JSON; offsets are Unicode code-point offsets into each document's text.
void write_json(const Dossier& dossier, std::ostream& out);
// With pretty false: the same JSON without indentation or line breaks (for large outputs).
void write_json(const Dossier& dossier, std::ostream& out, bool pretty);
// With attributions true: also the array "attributions", the beliefs and intentions the quotes
// stage kept apart from the quotes (docs/schema.md).
void write_json(const Dossier& dossier, std::ostream& out, bool pretty, bool attributions);
// Writes the dossier as one HTML file with inline styles and scripts, viewable offline.
void write_html(const Dossier& dossier, std::ostream& out);

}  // namespace dossier

#endif  // DOSSIER_WRITERS_H_
