// Test support: a hand-built dossier with every layer filled (entities, roles, quotes, times,
// events, stories, duplicates, conflicts, diagnostics), so the writers can be tested before the
// stages that fill those layers exist. Its texts hold non-ASCII characters (diacritics, curly
// quotes, an emoji outside the BMP) and HTML-special characters.
#ifndef DOSSIER_REPORT_SAMPLE_DOSSIER_H_
#define DOSSIER_REPORT_SAMPLE_DOSSIER_H_

#include <string_view>

#include "dossier/corpus.h"

namespace dossier::report::testing {

Dossier sample_dossier();

// The span of the nth occurrence (0-based) of needle in text; throws std::logic_error if absent.
Span find_span(std::string_view text, std::string_view needle, int nth = 0);

}  // namespace dossier::report::testing

#endif  // DOSSIER_REPORT_SAMPLE_DOSSIER_H_
