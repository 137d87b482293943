// Lexicon lookups: one token (the NER's per-token feature) and longest phrase matches.
#include <benchmark/benchmark.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/fold.h"
#include "lexicon/lexicon.h"

namespace {

using dossier::lexicon::Lexicon;
using dossier::lexicon::Matching;

const Lexicon& lexicon() {
  static const Lexicon lex = Lexicon::load(DOSSIER_SOURCE_DIR "/models/lexicon.dsr");
  return lex;
}

// A sentence's worth of tokens of the kind news text has: names, common words, punctuation.
const std::vector<std::string_view>& tokens() {
  static const std::vector<std::string_view> t = {
      "The", "Kenyan", "government", "said", "on", "Tuesday", "that", "police", "in", "Nairobi",
      "had", "arrested", "three", "men", ",", "while", "U.S.", "officials", "and", "the",
      "United", "Nations", "envoy", "met", "rebels", "near", "the", "border", "with", "Somalia",
      "."};
  return t;
}

void BM_LookupToken(benchmark::State& state) {
  const Lexicon& lex = lexicon();
  const auto& t = tokens();
  size_t i = 0;
  for (auto _ : state) {
    const std::array<std::string_view, 1> one = {t[i]};
    benchmark::DoNotOptimize(lex.match(one, Matching::kCaseSensitive));
    i = i + 1 == t.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LookupToken);

void BM_LongestMatchEveryToken(benchmark::State& state) {
  const Lexicon& lex = lexicon();
  const auto& t = tokens();
  for (auto _ : state) {
    for (size_t i = 0; i < t.size(); ++i) {
      benchmark::DoNotOptimize(
          lex.match(std::span(t).subspan(i), Matching::kCaseSensitive));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(t.size()));
}
BENCHMARK(BM_LongestMatchEveryToken);

void BM_FoldNonAscii(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dossier::lexicon::fold("Erdoğan"));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FoldNonAscii);

void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(Lexicon::load(DOSSIER_SOURCE_DIR "/models/lexicon.dsr"));
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

}  // namespace
