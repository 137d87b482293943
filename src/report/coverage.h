// What a dossier leaves out and why, said to the reader: articles in languages the models do not
// cover (counted per language) and articles without a date (which sections that empties, and how
// to give dates). Written as warnings after the diagnostics of the JSON and in the HTML report.
#ifndef DOSSIER_REPORT_COVERAGE_H_
#define DOSSIER_REPORT_COVERAGE_H_

#include <vector>

#include "dossier/corpus.h"

namespace dossier::report {

// One warning per language not analysed ("12 articles in Korean were not analysed: ...") and one
// for the undated articles among those analysed; file is empty (they are about the whole input).
std::vector<Diagnostic> coverage_notes(const Dossier& dossier);

}  // namespace dossier::report

#endif  // DOSSIER_REPORT_COVERAGE_H_
