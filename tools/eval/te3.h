// TempEval-3 TimeML gold and its scoring, exactly as shared/eval/eval_te3.py reads and scores it.
#ifndef DOSSIER_TOOLS_EVAL_TE3_H_
#define DOSSIER_TOOLS_EVAL_TE3_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/span.h"

namespace dossier::eval {

// A time expression with code-point offsets into the article text.
struct Te3Timex {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string type;
  std::string value;
};

struct Te3Article {
  std::string id;    // path relative to the data folder, without ".tml"
  std::string text;  // <TEXT> without tags, character references decoded
  std::optional<CivilDate> date;  // from the CREATION_TIME TIMEX3
  std::vector<Te3Timex> gold;     // sorted by span
};

// Parses one .tml document; nullopt when it has no <TEXT>.
std::optional<Te3Article> parse_tml(std::string_view raw, std::string id);
// Every .tml under dir (recursively, sorted by relative path); throws InputError when unreadable.
std::vector<Te3Article> load_te3(const std::string& dir);

struct Prf {
  size_t tp = 0, sys = 0, gold = 0;
  double p() const { return sys ? 100.0 * static_cast<double>(tp) / static_cast<double>(sys) : 0.0; }
  double r() const { return gold ? 100.0 * static_cast<double>(tp) / static_cast<double>(gold) : 0.0; }
  double f1() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0.0; }
};

struct Te3Score {
  Prf relaxed, strict;
  size_t type_ok = 0, value_ok = 0;
  double type_accuracy() const;
  double value_accuracy() const;
  double type_f1() const { return relaxed.f1() * type_accuracy() / 100.0; }
  double value_f1() const { return relaxed.f1() * value_accuracy() / 100.0; }
};

// A matched or unmatched pair, for error listings: gold or system index -1 when absent.
struct Te3Pair {
  int gold = -1;
  int system = -1;
};

// Scores one article's system timexes (in output order) against its gold, adding to score;
// returns the pairs and the unmatched on either side. System spans are trimmed of whitespace.
std::vector<Te3Pair> score_article(const Te3Article& article, std::vector<Te3Timex> system, Te3Score& score);

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_TE3_H_
