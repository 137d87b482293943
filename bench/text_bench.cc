// Micro-benchmarks of the text layer: blocks, tokenizer, segmenter, normaliser and the whole
// text stage, on the articles of $DOSSIER_BENCH_TEXT (a .txt file or a directory of them) or
// on generated stand-in news. Bytes/s and tokens/s are reported per benchmark.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "dossier/document.h"
#include "sample_text.h"
#include "text/blocks.h"
#include "text/normalize.h"
#include "text/segmenter.h"
#include "text/text_stage.h"
#include "text/tokenizer.h"

namespace dossier::bench {
namespace {

const std::vector<std::string>& articles() {
  static const std::vector<std::string> texts = sample_articles(4u << 20);
  return texts;
}

size_t total_bytes() {
  size_t bytes = 0;
  for (const auto& a : articles()) bytes += a.size();
  return bytes;
}

size_t total_tokens() {
  static const size_t tokens = [] {
    size_t n = 0;
    for (const auto& a : articles()) {
      Document doc;
      doc.text = a;
      text::segment(doc);
      n += doc.tokens.size();
    }
    return n;
  }();
  return tokens;
}

void report(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * total_tokens()), benchmark::Counter::kIsRate);
}

void BM_Blocks(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& a : articles()) benchmark::DoNotOptimize(text::find_blocks(a, {}));
  }
  report(state);
}

void BM_Tokenize(benchmark::State& state) {
  std::vector<Token> tokens;
  std::vector<std::string> norms;
  for (auto _ : state) {
    for (const auto& a : articles()) {
      tokens.clear();
      norms.clear();
      text::tokenize(a, {0, static_cast<uint32_t>(a.size())}, tokens, norms);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  report(state);
}

// Sentence splitting alone, on tokens made beforehand (copied back each time, since the
// segmenter sets flags and may split tokens).
void BM_SplitSentences(benchmark::State& state) {
  std::vector<std::vector<Token>> tokenized;
  std::vector<std::string> norms;
  for (const auto& a : articles()) {
    tokenized.emplace_back();
    text::tokenize(a, {0, static_cast<uint32_t>(a.size())}, tokenized.back(), norms);
  }
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    for (size_t i = 0; i < tokenized.size(); ++i) {
      tokens = tokenized[i];
      sentences.clear();
      text::split_sentences(articles()[i], tokens, norms, 0, 0, sentences);
      benchmark::DoNotOptimize(sentences.data());
    }
  }
  report(state);
}

void BM_NormalizeText(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& a : articles()) benchmark::DoNotOptimize(text::normalize_for_matching(a));
  }
  report(state);
}

void BM_TextStage(benchmark::State& state) {
  Document doc;
  for (auto _ : state) {
    for (const auto& a : articles()) {
      doc.text = a;
      text::segment(doc);
      benchmark::DoNotOptimize(doc.tokens.data());
    }
  }
  report(state);
}

BENCHMARK(BM_Blocks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NormalizeText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextStage)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
