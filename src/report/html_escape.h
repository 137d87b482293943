// Escaping and small text helpers for the HTML report.
#ifndef DOSSIER_REPORT_HTML_ESCAPE_H_
#define DOSSIER_REPORT_HTML_ESCAPE_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace dossier::report::html {

// Writes text with & < > " ' escaped: safe in element content and in quoted attributes.
void escape(std::ostream& out, std::string_view text);
// The text cut to at most max_chars code points, with "…" appended when cut.
std::string clip(std::string_view text, size_t max_chars);
// The text with runs of whitespace (newlines included) folded to one space, trimmed.
std::string fold_space(std::string_view text);
// The letters and digits of the text, ASCII lower-cased: copies of one passage with other quotation
// marks, dashes or spacing compare equal.
std::string words_key(std::string_view text);

}  // namespace dossier::report::html

#endif  // DOSSIER_REPORT_HTML_ESCAPE_H_
