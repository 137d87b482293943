// Different dates given for one event: the day each report's lead names (Document::times).
#ifndef DOSSIER_CORPUS_DATE_CONFLICTS_H_
#define DOSSIER_CORPUS_DATE_CONFLICTS_H_

#include <optional>
#include <vector>

#include "dossier/corpus.h"

namespace dossier::corpus {

// The first calendar day named in the article's lead (its first body sentences), with the
// index of the timex; nullopt when the lead names none.
std::optional<std::pair<CivilDate, uint32_t>> lead_day(const Document& doc);

// Appends a "date" conflict when reports of the group name different days in their leads.
void date_conflicts(const Dossier& dossier, const std::vector<uint32_t>& group, std::vector<Conflict>& out);

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_DATE_CONFLICTS_H_
