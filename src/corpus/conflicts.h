// Cross-source disagreements: reports of one event (Story::events) that give different figures
// for the same quantity, or different days for the event. "contradicts" when the claims cannot
// all hold (same-day reports of a figure; reports published after every day they name);
// "differs" when the difference may be an update over time or the dates are unknown.
#ifndef DOSSIER_CORPUS_CONFLICTS_H_
#define DOSSIER_CORPUS_CONFLICTS_H_

#include <span>
#include <vector>

#include "corpus/article_summary.h"
#include "corpus/term_model.h"
#include "dossier/corpus.h"

namespace dossier::corpus {

// Conflicts within the event groups of the stories of the dossier's documents; a document's
// figures are taken from summaries[d].figures where present, else read from the document.
std::vector<Conflict> find_conflicts(const Dossier& dossier, const std::vector<Story>& stories,
                                     const TermModel& model, unsigned threads,
                                     std::span<const ArticleSummary> summaries = {});

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_CONFLICTS_H_
