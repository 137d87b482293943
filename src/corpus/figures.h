// Figures stated in a text: a number (digits or words), its qualifier ("at least", "nearly") and
// what it counts ("12 people were killed"), read from body sentences.
#ifndef DOSSIER_CORPUS_FIGURES_H_
#define DOSSIER_CORPUS_FIGURES_H_

#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/term_model.h"
#include "dossier/document.h"

namespace dossier::corpus {

struct Figure {
  double value = 0;
  // The values the statement allows: [low, high] ("at least 12" is [12, inf)).
  double low = 0;
  double high = 0;
  std::string quantity;  // what is counted, as stems for matching: "peopl kill"
  std::string label;     // what is counted, as written: "people killed"
  std::string text;      // the figure as written: "at least 12"
  Span span;             // the figure and what it counts
  uint32_t sentence = 0;       // index into Document::sentences
  uint32_t body_sentence = 0;  // rank among the body sentences (0: the lead)
};

// Number words of English, read from ICU's spell-out rules, and qualifiers. Immutable.
class FigureReader {
 public:
  FigureReader();
  // The figures of the document's body sentences.
  std::vector<Figure> read(const Document& doc, const TermModel& model) const;

 private:
  std::unordered_map<std::string, double> number_words_;
};

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_FIGURES_H_
