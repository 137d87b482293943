// The inputs of the tagger's training besides CoNLL files: phrase lists and the word table.
#ifndef DOSSIER_TOOLS_TRAIN_NER_RESOURCES_H_
#define DOSSIER_TOOLS_TRAIN_NER_RESOURCES_H_

#include <string>
#include <string_view>

#include "ner/gazetteer.h"
#include "ner/word_table.h"

namespace dossier::train {

inline constexpr std::string_view kNerWordsKind = "ner-words";

// Adds the phrases of a file of lines "category<TAB>phrase" (tokens separated by spaces), adding
// categories as they appear; throws InputError naming the file and line on a malformed line.
void add_gazetteer_tsv(ner::Gazetteer& gazetteer, const std::string& path);

ner::WordTable load_word_table(const std::string& path);
void save_word_table(const ner::WordTable& words, const std::string& path);

}  // namespace dossier::train

#endif  // DOSSIER_TOOLS_TRAIN_NER_RESOURCES_H_
