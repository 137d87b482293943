// Settles an article's date (the anchor of its relative time expressions) and where it came from.
#ifndef DOSSIER_TIME_ARTICLE_DATE_H_
#define DOSSIER_TIME_ARTICLE_DATE_H_

#include <vector>

#include "dossier/document.h"

namespace dossier::time {

// Keeps a date given with the article (metadata, --date, header recognition). Otherwise reads a
// full date from a date line or dateline among the first lines (basis kText), else infers one only
// from explicit evidence such as "today, March 3, 2023" (basis kInferred, date_evidence set).
// timexes are the document's time expressions tagged without an anchor. Never guesses.
void settle_article_date(Document& document, const std::vector<Timex>& timexes);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_ARTICLE_DATE_H_
