// Same event: within a story, the groups of reports that describe one real-world event (the same
// actors, place and date). Two visits of one minister to one capital a month apart are two events.
#ifndef DOSSIER_CORPUS_SAME_EVENT_H_
#define DOSSIER_CORPUS_SAME_EVENT_H_

#include <span>
#include <vector>

#include "corpus/story_clusterer.h"

namespace dossier::corpus {

// Similarity of two articles as reports of one event: term and entity cosines, less penalties
// for distant article dates and for named days that never meet.
double report_similarity(const ArticleVector& a, const ArticleVector& b, const ClusterOptions& options);

// Groups of `members` (indices into vectors) by average-link agglomeration at options.threshold;
// stories larger than exact_limit are grouped by the streaming clusterer instead, to stay
// near-linear. Groups in order of their first member; members keep their order.
std::vector<std::vector<uint32_t>> group_events(const std::vector<uint32_t>& members,
                                                std::span<const ArticleVector> vectors,
                                                const ClusterOptions& options, size_t exact_limit = 256);

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_SAME_EVENT_H_
