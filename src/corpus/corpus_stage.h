// The corpus stage: near-duplicates, stories with their events and summaries, and cross-source
// disagreements, all from one pass of article summaries.
#ifndef DOSSIER_CORPUS_CORPUS_STAGE_H_
#define DOSSIER_CORPUS_CORPUS_STAGE_H_

#include <memory>
#include <span>
#include <string>

#include "corpus/conflicts.h"
#include "corpus/duplicates.h"
#include "corpus/stories.h"
#include "corpus/story_summary.h"
#include "corpus/term_model.h"
#include "stage/stage.h"

namespace dossier::corpus {

struct CorpusOptions {
  DuplicateOptions duplicates;
  StoryOptions stories;
  SummaryOptions summary;
};

// The near-duplicates, stories (with events and summaries) and figure and date conflicts of the
// corpus's documents; stored[i], when not empty, is encode_summary of document i's summarize_text.
stage::CorpusFindings analyze_corpus(const Dossier& corpus, const TermModel& model,
                                        const CorpusOptions& options, unsigned threads,
                                        std::span<const std::string> stored = {});

// The stage; loads the term model (kTermModelFile) through the model store.
std::unique_ptr<const stage::CorpusStage> make_corpus_stage(stage::StageContext& context);

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_CORPUS_STAGE_H_
