#include "report/coverage.h"

#include <map>
#include <string>

#include "dossier/article.h"

namespace dossier::report {
namespace {

std::string articles(size_t n) { return std::to_string(n) + (n == 1 ? " article" : " articles"); }

}  // namespace

std::vector<Diagnostic> coverage_notes(const Dossier& dossier) {
  std::vector<Diagnostic> notes;
  std::map<std::string, size_t> not_analysed;
  size_t analysed = 0;
  size_t undated = 0;
  for (const Document& doc : dossier.documents) {
    if (!is_analysed_language(doc.meta.language)) {
      ++not_analysed[doc.meta.language];
      continue;
    }
    ++analysed;
    if (!doc.meta.date) ++undated;
  }
  for (const auto& [language, count] : not_analysed) {
    notes.push_back({Diagnostic::Severity::kWarning, {}, 0,
                     articles(count) + " in " + language_name(language) + " (" + language + ") " +
                         (count == 1 ? "was" : "were") + " not analysed: the models cover English only"});
  }
  if (undated > 0) {
    notes.push_back(
        {Diagnostic::Severity::kWarning, {}, 0,
         std::to_string(undated) + " of " + articles(analysed) + " analysed have no date, so the "
         "timeline leaves them out, their relative dates (\"on Friday\", \"last week\") stay "
         "unresolved, and date disagreements and role changes over time cannot use them. Give dates "
         "with --dates FILE.tsv (a path or id, a tab and YYYY-MM-DD per line), a date in the file "
         "name (2024-12-04-talks.txt), a date field in JSON Lines, --dates-from-mtime (the files' "
         "modification days), or --date YYYY-MM-DD for all."});
  }
  return notes;
}

}  // namespace dossier::report
