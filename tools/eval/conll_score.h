// Entity-level precision, recall and F1 counted exactly as the conlleval script counts them
// (../shared/eval/conlleval.py): IOB1 or IOB2 chunks, a chunk right only when span and type are.
#ifndef DOSSIER_TOOLS_EVAL_CONLL_SCORE_H_
#define DOSSIER_TOOLS_EVAL_CONLL_SCORE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace dossier::eval {

struct ChunkCounts {
  uint64_t gold = 0, found = 0, correct = 0;
};

struct Prf {
  double precision = 0, recall = 0, f1 = 0;  // percent
};
Prf prf(const ChunkCounts& counts);

class ChunkScorer {
 public:
  // One token's gold and predicted tags.
  void add(std::string_view gold, std::string_view predicted);
  // A sentence or document boundary.
  void boundary();
  // Scores a whole CoNLL text whose last two columns are gold and predicted tags; throws
  // InputError (naming name and the line) on a line with too few or inconsistent columns.
  void add_text(std::string_view text, const std::string& name);

  ChunkCounts total() const;
  std::map<std::string, ChunkCounts> by_type() const { return closed_types(); }
  uint64_t tokens() const { return tokens_; }
  // conlleval's report, then "F1 NN.NN", byte for byte as conlleval.py prints it.
  std::string report() const;

 private:
  struct Tag {
    std::string prefix, type;
  };
  void step(const Tag& gold, const Tag& predicted, bool is_boundary);
  std::map<std::string, ChunkCounts> closed_types() const;

  Tag previous_gold_{"O", ""}, previous_predicted_{"O", ""};
  bool matching_ = false;
  uint64_t tokens_ = 0, correct_tags_ = 0;
  std::map<std::string, ChunkCounts> types_;
  // conlleval lists the empty type twice when both columns have it.
  bool empty_type_gold_ = false, empty_type_found_ = false;
};

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_CONLL_SCORE_H_
