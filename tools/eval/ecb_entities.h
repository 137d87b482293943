// ECB+ gold for cross-document entity coreference, read as /work/shared/eval/eval_ecbplus.py
// reads it: texts (tokens joined by spaces, one sentence a line, the URL sentence of *ecbplus
// documents dropped), the named entity markables of the selected sentences, and their clusters
// (CROSS_DOC_COREF instance, INTRA_DOC_COREF chain, else a singleton). Offsets are UTF-8 bytes.
#ifndef DOSSIER_TOOLS_EVAL_ECB_ENTITIES_H_
#define DOSSIER_TOOLS_EVAL_ECB_ENTITIES_H_

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace dossier::eval {

struct EcbToken {
  uint32_t begin = 0;
  uint32_t end = 0;  // == begin for an empty token
  int sentence = 0;
  bool named = false;  // upper-case initial, not "I", not the sentence's first word
};

struct EcbMention {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::vector<uint32_t> tokens;  // indices into EcbDoc::tokens, in text order
  std::string tag;               // "HUMAN_PART_PER", "LOC_GEO", ...
  std::string cluster;
  int sentence = 0;
};

struct EcbDoc {
  std::string id;  // "1_10ecbplus"
  int topic = 0;
  std::string text;
  std::vector<EcbToken> tokens;         // tokens in the text, in order
  std::vector<std::pair<uint32_t, uint32_t>> sentences;  // token ranges [first, end) of text lines
  std::vector<int> sentence_numbers;    // ECB+ sentence number of each line
  std::vector<EcbMention> gold;         // named entity mentions of selected sentences
  std::set<int> selected;
};

// Reads the documents of the topics under dir (topic folders, or an ECB+/ folder of them) and
// the selected-sentences CSV beside them; throws InputError.
std::vector<EcbDoc> read_ecb_entities(const std::string& dir, const std::set<int>& topics);
// Parses one document's XML (exposed for tests).
EcbDoc parse_ecb_document(const std::string& xml, const std::string& id, int topic, bool drop_url);

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_ECB_ENTITIES_H_
