// Throughput of the event coder (words per second) on invented news-like text with the committed
// resources (models/events.dsr, models/lexicon.dsr): text segmented once, coding timed.
#include <benchmark/benchmark.h>

#include <string>

#include "events/coder.h"
#include "events/verb_dictionary.h"
#include "lexicon/lexicon.h"
#include "text/text_stage.h"

namespace {

// Invented sentences: political acts among ordinary reporting, as in wire copy.
constexpr const char* kSentences[] = {
    "The foreign minister of Norway visited Colombia on Tuesday to discuss the peace process.",
    "Kenyan police arrested dozens of protesters who had blocked roads in the capital.",
    "The opposition party demanded the release of its leader and threatened to boycott the vote.",
    "Officials said the talks would resume next week after a break of several months.",
    "Rebels shelled the northern town overnight, killing three soldiers, the army said.",
    "The ministry rejected the union's proposal and said it was ready to negotiate.",
    "Exports rose by four percent in the third quarter, according to the statistics office.",
    "Beijing accused Washington of interference and warned that it would take measures.",
    "Residents of the coastal district said the water had risen quickly during the storm.",
    "The United Nations appealed for humanitarian aid for refugees crossing the border.",
};

dossier::Document article(size_t words) {
  dossier::Document doc;
  size_t n = 0;
  for (size_t i = 0; n < words; ++i) {
    const std::string s = kSentences[i % std::size(kSentences)];
    doc.text += s + "\n";
    for (const char c : s) n += c == ' ';
    ++n;
  }
  doc.meta.date = dossier::CivilDate{2025, 3, 4};
  dossier::text::segment(doc);
  return doc;
}

void BM_CodeEvents(benchmark::State& state) {
  const auto verbs = dossier::events::VerbDictionary::load(DOSSIER_SOURCE_DIR "/models/events.dsr");
  const auto lexicon = dossier::lexicon::Lexicon::load(DOSSIER_SOURCE_DIR "/models/lexicon.dsr");
  const dossier::events::EventCoder coder(verbs, lexicon);
  dossier::Document doc = article(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    coder.code(doc);
    benchmark::DoNotOptimize(doc.events);
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(doc.tokens.size()) *
                                                     static_cast<double>(state.iterations()),
                                                 benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(doc.text.size()));
}
BENCHMARK(BM_CodeEvents)->Arg(1000)->Arg(100000);

}  // namespace
