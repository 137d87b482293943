// Rewrites of real articles for the near-duplicate test set: deleted paragraphs and sentences,
// paragraphs inserted from another article, re-ordered paragraphs, a changed headline and a few
// changed words, at three strengths.
#ifndef DOSSIER_TOOLS_EVAL_REWRITES_H_
#define DOSSIER_TOOLS_EVAL_REWRITES_H_

#include <random>
#include <string>
#include <string_view>

namespace dossier::eval {

enum class RewriteStrength { kLight, kMedium, kHeavy };
std::string_view to_string(RewriteStrength strength);

// A rewrite of `text` (first paragraph the headline, paragraphs split by blank lines), taking
// inserted paragraphs from `donor`. Deterministic for a given generator state.
std::string make_rewrite(std::string_view text, std::string_view donor, RewriteStrength strength,
                         std::mt19937_64& rng);

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_REWRITES_H_
