// Throughput of the time tagger on invented news-like text (bytes processed per second).
#include <benchmark/benchmark.h>

#include <string>

#include "time/tagger.h"

namespace {

// Invented sentences: a realistic share of time expressions among ordinary words.
constexpr const char* kSentences[] = {
    "The finance minister said on Friday that the budget would be presented to parliament next month. ",
    "Officials in the northern province reported heavy rain and closed several roads to traffic. ",
    "Exports rose 4.2 percent in the third quarter from a year earlier, the statistics office said. ",
    "The company, which employs about 12,000 people, has struggled over the past five years. ",
    "Talks between the two delegations will resume in Geneva on Thursday, a spokesman said. ",
    "Residents said the water had risen quickly and that many families left their homes overnight. ",
    "The court ruled on March 10, 2023 that the contract was valid and ordered both sides to comply. ",
    "Analysts expect the central bank to hold rates steady when it meets early next year. ",
    "Prices are now higher than they were in the 1990s, according to the report published each week. ",
    "The opposition leader, who returned from exile in late November, called for new elections. ",
};

std::string corpus(size_t bytes) {
  std::string text;
  for (size_t i = 0; text.size() < bytes; ++i) {
    text += kSentences[i % std::size(kSentences)];
    if (i % 4 == 3) text += "\n\n";
  }
  return text;
}

void BM_TagWithArticleDate(benchmark::State& state) {
  const dossier::time::TimeTagger tagger;
  const std::string text = corpus(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    auto times = tagger.tag(text, dossier::CivilDate{2023, 3, 14});
    benchmark::DoNotOptimize(times);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_TagWithArticleDate)->Arg(4 << 10)->Arg(1 << 20);

void BM_TagWithoutArticleDate(benchmark::State& state) {
  const dossier::time::TimeTagger tagger;
  const std::string text = corpus(1 << 20);
  for (auto _ : state) {
    auto times = tagger.tag(text, std::nullopt);
    benchmark::DoNotOptimize(times);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_TagWithoutArticleDate);

}  // namespace
