// CoNLL files: one token a line (the token in the first column, any other columns after it),
// blank lines between sentences, "-DOCSTART-" lines between documents.
#ifndef DOSSIER_NER_CONLL_H_
#define DOSSIER_NER_CONLL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/span.h"
#include "ner/labels.h"
#include "ner/tag_document.h"

namespace dossier::ner {

struct ConllToken {
  Span line;  // the whole line, without trailing white space
  Span form;  // the first column
  Span last;  // the last column (equal to form when there is one column)
};

struct ConllDocument {
  Span docstart;  // the -DOCSTART- line; empty for text before the first one
  std::vector<std::vector<ConllToken>> sentences;
};

struct ConllFile {
  std::string text;
  std::vector<ConllDocument> documents;
  size_t columns = 0;  // columns of every token line
};

// Parses a CoNLL file's text; throws InputError naming name and the line when a token line's
// column count differs from the first one's.
ConllFile parse_conll(std::string text, const std::string& name);
// Reads and parses a file.
ConllFile read_conll(const std::string& path);

// The document as the tagger reads it; the forms point into file.text.
TagDocument tag_document(const ConllFile& file, const ConllDocument& document);
// The gold labels of the last column, IOB1 or IOB2; throws InputError on a tag that is not O,
// B-X or I-X with a CoNLL class.
std::vector<Label> gold_labels(const ConllFile& file, const ConllDocument& document,
                               const std::string& name);
// Appends the file with one more column: the predicted tag of each token (O on -DOCSTART-
// lines), labels[d] holding document d's labels in token order.
void write_with_predictions(const ConllFile& file, const std::vector<std::vector<Label>>& labels,
                            std::string& out);

struct NerModel;
// Reads the CoNLL file at path, tags every document and returns it as write_with_predictions does.
std::string tag_conll_file(const NerModel& model, const std::string& path);

}  // namespace dossier::ner

#endif  // DOSSIER_NER_CONLL_H_
