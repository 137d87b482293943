#include "quotes/confidence.h"

#include <algorithm>
#include <cmath>

#include "quotes/finder.h"

namespace dossier::quotes {

const std::array<std::string_view, kQuoteFeatureCount> kFeatureNames = {
    "bias",          "direct",          "partial",         "indirect",
    "cue",           "cue speech",      "cue rate",        "no speaker",
    "pronoun",       "named speaker",   "description",     "continues",
    "content words", "fragment",        "paragraphs",      "headline",
    "object content", "clause marker",  "bare object",     "cue direct"};

namespace {

// The first unit starting at or after offset.
int32_t unit_at(const FinderInput& in, uint32_t offset) {
  const auto& units = in.units.units;
  const auto it = std::lower_bound(units.begin(), units.end(), offset,
                                   [](const Unit& u, uint32_t o) { return u.span.begin < o; });
  return static_cast<int32_t>(it - units.begin());
}

bool valid(const FinderInput& in, int32_t i) {
  return i >= 0 && static_cast<size_t>(i) < in.units.units.size();
}

// A direct quote's words are inside its one quotation unit: count the words of its text.
int32_t word_count(std::string_view text) {
  int32_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        (c & 0x80);
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

// Content of 50 words or more counts fully; log scale below.
constexpr float kLongContentWords = 50.0f;
// Scare quotes and titles are a few words: this many or fewer is a fragment.
constexpr int32_t kFragmentWords = 3;

}  // namespace

ContentShape content_shape(const FinderInput& in, const Quote& quote) {
  ContentShape shape;
  if (quote.kind == QuoteKind::kDirect || quote.cue.empty()) return shape;
  const int32_t begin = unit_at(in, quote.span.begin);
  const int32_t cue_unit = unit_at(in, quote.cue.begin);
  shape.object = valid(in, cue_unit) && in.units.units[static_cast<size_t>(cue_unit)].kind == UnitKind::kWord &&
                 quote.cue.end <= quote.span.begin && unit_at(in, quote.cue.end) == begin;
  // A subordinator opening the content ("charged that", "asked whether"), or a subject pronoun
  // or an auxiliary before its first comma marks a clause ("said he would", "claims his boss
  // is"); one after the comma belongs to a clause of its own ("filed a lawsuit ..., even if they
  // would").
  if (valid(in, begin) && in.units.units[static_cast<size_t>(begin)].is(kSubordinator)) shape.clause = true;
  for (int32_t k = begin; !shape.clause && valid(in, k) && in.units.units[static_cast<size_t>(k)].span.end <= quote.span.end; ++k) {
    const Unit& u = in.units.units[static_cast<size_t>(k)];
    if (in.units.punct(static_cast<size_t>(k), ',')) break;
    if (u.kind == UnitKind::kWord && u.is(kPronoun | kAuxiliary)) {
      shape.clause = true;
      break;
    }
  }
  if (valid(in, cue_unit) && in.units.units[static_cast<size_t>(cue_unit)].cue >= 0) {
    shape.cue_direct = in.lexicon.lemma_direct_share(in.units.units[static_cast<size_t>(cue_unit)].cue);
  }
  return shape;
}

QuoteFeatures quote_features(const FinderInput& in, const Quote& quote) {
  QuoteFeatures f{};
  f[0] = 1.0f;
  f[1] = quote.kind == QuoteKind::kDirect;
  f[2] = quote.kind == QuoteKind::kPartial;
  f[3] = quote.kind == QuoteKind::kIndirect;
  if (!quote.cue.empty()) {
    f[4] = 1.0f;
    const int32_t cue = unit_at(in, quote.cue.begin);
    if (valid(in, cue) && in.units.units[static_cast<size_t>(cue)].cue >= 0) {
      const CueEntry& entry = in.lexicon.entry(in.units.units[static_cast<size_t>(cue)].cue);
      f[5] = entry.speech_share();
      f[6] = cue_rate(in, cue);
    }
  }
  if (quote.speaker_span.empty()) {
    f[7] = 1.0f;
  } else {
    const int32_t first = unit_at(in, quote.speaker_span.begin);
    bool named = false;
    for (int32_t k = first; valid(in, k) && in.units.units[static_cast<size_t>(k)].span.end <= quote.speaker_span.end; ++k) {
      const Unit& u = in.units.units[static_cast<size_t>(k)];
      named = named || (u.kind == UnitKind::kWord && u.has(kUpperInitial) && !u.is(kPronoun | kDeterminer));
    }
    const bool pronoun = valid(in, first) && in.units.units[static_cast<size_t>(first)].is(kPronoun) &&
                         quote.speaker_span.size() <= 4;
    f[8] = pronoun;
    f[9] = !pronoun && named;
    f[10] = !pronoun && !named;
  }
  f[11] = quote.continues >= 0;
  const int32_t words = word_count(in.text.substr(quote.span.begin, quote.span.size()));
  f[12] = std::min(1.0f, std::log1p(static_cast<float>(words)) / std::log1p(kLongContentWords));
  f[13] = words <= kFragmentWords;
  const int32_t begin = unit_at(in, quote.span.begin);
  const int32_t end = unit_at(in, quote.span.end) - 1;
  if (valid(in, begin) && valid(in, end)) {
    const uint32_t first = in.units.units[static_cast<size_t>(begin)].paragraph;
    const uint32_t last = in.units.units[static_cast<size_t>(end)].paragraph;
    f[14] = last > first;
    f[15] = !in.body[first];
    const ContentShape shape = content_shape(in, quote);
    f[16] = shape.object;
    f[17] = shape.clause;
    f[18] = shape.object && !shape.clause;
    f[19] = shape.cue_direct;
  }
  return f;
}

float predict(const std::vector<float>& weights, const QuoteFeatures& features) {
  if (weights.size() != kQuoteFeatureCount) return 0.5f;
  float z = 0.0f;
  for (size_t i = 0; i < kQuoteFeatureCount; ++i) z += weights[i] * features[i];
  return 1.0f / (1.0f + std::exp(-z));
}

void set_confidences(const FinderInput& in, const Calibration& calibration, std::vector<Quote>& quotes) {
  for (Quote& quote : quotes) {
    const QuoteFeatures f = quote_features(in, quote);
    quote.confidence = predict(calibration.quote, f);
    quote.speaker_confidence = quote.speaker_span.empty() ? 0.0f : predict(calibration.speaker, f);
  }
}

}  // namespace dossier::quotes
