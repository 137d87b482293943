// Extractive story summaries: a few body sentences chosen by centroid relevance with maximal
// marginal relevance (Carbonell & Goldstein 1998), so that a wire story copied by ten outlets
// gives one sentence, not ten.
#ifndef DOSSIER_CORPUS_STORY_SUMMARY_H_
#define DOSSIER_CORPUS_STORY_SUMMARY_H_

#include <span>
#include <vector>

#include "corpus/term_model.h"
#include "corpus/tfidf.h"
#include "dossier/corpus.h"

namespace dossier::corpus {

struct SummaryOptions {
  size_t max_sentences = 5;          // sentences of the largest stories (fewer for small ones)
  size_t max_documents = 12;         // articles read per story, spread evenly over its time
  size_t sentences_per_document = 10;  // leading body sentences read per article
  size_t min_words = 6;
  size_t max_words = 70;
  double lambda = 0.7;               // relevance against redundancy in MMR
  double repeat_cosine = 0.6;        // a sentence this close to a chosen one is a repeat
};

// The article's candidate summary sentences under options: its first sentences_per_document body
// sentences that stand on their own and have min_words to max_words words, with their term counts.
LeadSentences lead_sentences(const Document& document, const TermModel& model, const SummaryOptions& options);

class SentenceSelector {
 public:
  SentenceSelector(const TermModel& model, const Idf& idf, SummaryOptions options)
      : model_(model), idf_(idf), options_(options) {}
  // The story's summary sentences, in story order (article time order, then text order);
  // summaries[d].lead, when chosen with these options, stands for reading document d again.
  std::vector<Passage> summarize(const Dossier& dossier, const Story& story,
                                 std::span<const ArticleSummary> summaries = {}) const;

 private:
  const TermModel& model_;
  const Idf& idf_;
  SummaryOptions options_;
};

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_STORY_SUMMARY_H_
