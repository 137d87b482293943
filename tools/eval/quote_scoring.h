// Scores a dossier's quotes against PolNeAR as shared/eval/eval_polnear.py does (same gold, same
// one-to-one greedy matching, same figures), plus cue precision and recall.
#ifndef DOSSIER_TOOLS_EVAL_QUOTE_SCORING_H_
#define DOSSIER_TOOLS_EVAL_QUOTE_SCORING_H_

#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "data/polnear.h"
#include "dossier/corpus.h"
#include "quotes/cue_lexicon.h"

namespace dossier::eval {

enum Subset { kAll = 0, kDirect = 1, kIndirect = 2 };
inline constexpr std::array<const char*, 3> kSubsetNames = {"all", "direct", "indirect"};

struct Prf {
  uint64_t tp = 0, sys = 0, gold = 0;
  double p() const { return sys ? 100.0 * double(tp) / double(sys) : 0.0; }
  double r() const { return gold ? 100.0 * double(tp) / double(gold) : 0.0; }
  double f1() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0.0; }
};

struct QuoteScores {
  std::array<Prf, 3> exact, overlap, e2e;
  std::array<Prf, 3> cue_overlap, cue_exact;  // cue spans: gold attributions with a cue, system quotes with one
  std::array<uint64_t, 3> speaker_n{}, speaker_ok{};
  // Diagnostic: the speaker span overlaps the gold source (what a mention inside it would earn
  // through the entity route once mentions exist).
  std::array<uint64_t, 3> speaker_span_ok{};
  uint64_t cue_text_n = 0, cue_text_ok = 0;  // eval_polnear.py's "cue text matches" info line
  uint64_t split = 0;                        // unmatched pieces overlapping a matched attribution
  // The speech subset (when ScoreOptions::lexicon is set): gold attributions that are direct or
  // whose cue span holds a speech word of the lexicon (CueLexicon::names_speech); system quotes
  // overlap-matched to another gold attribution are left out, unmatched ones count as spurious.
  std::array<Prf, 3> speech_overlap;
  std::array<uint64_t, 3> speech_speaker_n{}, speech_speaker_ok{};
  uint64_t matched_non_speech = 0;  // system quotes matched to a belief, plan or perception
  // (confidence, matched to a speech attribution) per system quote; (speaker_confidence, speaker
  // right) per quote matched to a speech attribution with a source.
  std::vector<std::pair<float, bool>> quote_reliability, speaker_reliability;
  bool has_speech = false;
  double speaker_acc(int s) const {
    return speaker_n[static_cast<size_t>(s)] ? 100.0 * double(speaker_ok[static_cast<size_t>(s)]) /
                                                   double(speaker_n[static_cast<size_t>(s)])
                                             : 0.0;
  }
};

// One line per error for development: missed, spurious, wrong span or speaker.
struct ScoreOptions {
  std::ostream* errors = nullptr;
  const quotes::CueLexicon* lexicon = nullptr;  // classifies gold cues for the speech subset
};

// dossier.documents[i] must be articles[i].
QuoteScores score_quotes(const std::vector<data::GoldArticle>& articles, const Dossier& dossier,
                         const ScoreOptions& options = {});

// The figures as a table and the SCORE line of eval_polnear.py.
void print_scores(const QuoteScores& scores, std::ostream& out);

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_QUOTE_SCORING_H_
