// Training of the named-entity tagger: an averaged structured perceptron over hashed features,
// one pass after another, the later passes stacked on jackknifed labels of the earlier ones.
#ifndef DOSSIER_TOOLS_TRAIN_NER_TRAINER_H_
#define DOSSIER_TOOLS_TRAIN_NER_TRAINER_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "ner/conll.h"
#include "ner/model.h"

namespace dossier::train {

// A document to learn from or to measure on.
struct NerExample {
  ner::TagDocument document;
  std::vector<ner::Label> gold;
  std::vector<uint8_t> learn;  // per sentence: 1 when the perceptron learns from it
  uint32_t origin = 0;         // the document it was made from (re-cased copies share it)
};

struct NerCorpus {
  std::vector<ner::ConllFile> files;
  std::deque<std::string> recased;  // forms of the re-cased copies
  std::vector<NerExample> examples;
};

// Adds every document of a CoNLL file with gold tags in its last column.
void add_conll(NerCorpus& corpus, const std::string& path);
// Adds re-cased copies of some sentences (Title Case or ALL CAPS, as headlines are written), so
// that the model learns capitals there say little. rate: share of sentences copied.
void add_recased_copies(NerCorpus& corpus, double rate, uint64_t seed);

struct NerTrainOptions {
  std::vector<uint32_t> pass_groups;  // feature groups of each pass
  int row_bits = 20;
  int epochs = 15;
  int last_epochs = 15;  // epochs of the last pass
  int folds = 5;  // jackknife folds for the labels the second pass reads
  uint64_t seed = 1;
};

// Dev F1 and the conlleval report of a model on a corpus.
struct NerScore {
  double f1 = 0;
  std::string report;
};
NerScore score_model(const ner::NerModel& model, const NerCorpus& corpus);

// Trains the passes into model (whose words and gazetteer are set); calls on_epoch after each
// epoch of each final pass with the model as it would be saved then.
void train_ner(const NerCorpus& train, const NerTrainOptions& options, ner::NerModel& model,
               const std::function<void(size_t pass, int epoch, const ner::NerModel&)>& on_epoch);

}  // namespace dossier::train

#endif  // DOSSIER_TOOLS_TRAIN_NER_TRAINER_H_
