// Confidence of a quote (that it is speech with these bounds) and of its speaker: two logistic
// models over the evidence the finder saw, fitted by `dossier-train quote-cues` on PolNeAR train.
#ifndef DOSSIER_QUOTES_CONFIDENCE_H_
#define DOSSIER_QUOTES_CONFIDENCE_H_

#include <array>
#include <string_view>
#include <vector>

#include "dossier/quote.h"

namespace dossier::quotes {

struct FinderInput;

// The evidence, one value in [0, 1] each; kFeatureNames names them in order.
inline constexpr size_t kQuoteFeatureCount = 20;
using QuoteFeatures = std::array<float, kQuoteFeatureCount>;
extern const std::array<std::string_view, kQuoteFeatureCount> kFeatureNames;
// The index of "cue rate": above 0 when the cue is a reporting word of the lexicon.
inline constexpr size_t kCueRateFeature = 6;

// Weights of the two logistic models, kQuoteFeatureCount each (empty: not fitted).
struct Calibration {
  std::vector<float> quote;
  std::vector<float> speaker;
  bool fitted() const { return quote.size() == kQuoteFeatureCount && speaker.size() == kQuoteFeatureCount; }
};

// The evidence of a found quote.
QuoteFeatures quote_features(const FinderInput& in, const Quote& quote);

// The shape of reported content (all false / 0 for a direct quote or one without a cue).
struct ContentShape {
  bool object = false;     // starts right after the cue: the verb's object ("filed a lawsuit") or a clause
  bool clause = false;     // a subordinator first, or a subject pronoun or auxiliary before its first comma
  float cue_direct = 0.0f; // CueLexicon::lemma_direct_share of the cue
};
ContentShape content_shape(const FinderInput& in, const Quote& quote);

// The logistic model's probability; 0.5 when not fitted.
float predict(const std::vector<float>& weights, const QuoteFeatures& features);

// Sets confidence and speaker_confidence of each quote (speaker_confidence 0 without a speaker).
void set_confidences(const FinderInput& in, const Calibration& calibration, std::vector<Quote>& quotes);

}  // namespace dossier::quotes

#endif  // DOSSIER_QUOTES_CONFIDENCE_H_
