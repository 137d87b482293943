// Speed of the quotes stage alone (quote marks, units, direct and indirect quotes, speakers) on
// the quote fixtures, and on PolNeAR's dev articles when the shared data is present. The text
// layer the stage reads is made before timing.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "ingest/header.h"
#include "quotes/cue_lexicon.h"
#include "quotes/quote_stage.h"
#include "text/text_stage.h"
#include "util/file.h"

namespace {

using dossier::Document;
using dossier::quotes::CueLexicon;

const CueLexicon& lexicon() {
  static const CueLexicon lexicon = CueLexicon::load(
      std::string(DOSSIER_SOURCE_DIR) + "/models/" + std::string(dossier::quotes::kCueLexiconFile));
  return lexicon;
}

size_t count_words(const std::string& text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::vector<std::string> fixture_texts() {
  std::vector<std::string> texts;
  const std::string dir = std::string(DOSSIER_SOURCE_DIR) + "/tests/fixtures/quotes";
  for (const char* name : {"conventions.txt", "reported.txt", "speakers.txt"}) {
    texts.push_back(dossier::util::read_file(dir + "/" + name));
  }
  return texts;
}

std::vector<std::string> polnear_texts() {
  const char* shared = std::getenv("DOSSIER_SHARED");
  const std::filesystem::path dir =
      std::filesystem::path(shared && *shared ? shared : std::string(DOSSIER_SOURCE_DIR) + "/../shared") /
      "data/quotes/polnear/dev/text";
  std::vector<std::string> texts;
  if (!std::filesystem::is_directory(dir)) return texts;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    texts.push_back(dossier::util::read_file(entry.path().string()));
  }
  return texts;
}

void run(benchmark::State& state, const std::vector<std::string>& texts) {
  if (texts.empty()) {
    state.SkipWithError("no input (PolNeAR dev not found)");
    return;
  }
  size_t words = 0;
  std::vector<Document> docs(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    words += count_words(texts[i]);
    docs[i].text = texts[i];
    dossier::ingest::recognize_headers(docs[i].text, docs[i].meta);
    dossier::text::segment(docs[i]);
  }
  size_t quotes = 0;
  for (auto _ : state) {
    for (Document& doc : docs) {
      dossier::quotes::annotate_quotes(doc, lexicon());
      quotes += doc.quotes.size();
      benchmark::DoNotOptimize(doc.quotes.data());
    }
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words * state.iterations()),
                                                 benchmark::Counter::kIsRate);
  state.counters["quotes"] = static_cast<double>(quotes) / static_cast<double>(state.iterations());
}

void BM_QuotesFixtures(benchmark::State& state) { run(state, fixture_texts()); }
BENCHMARK(BM_QuotesFixtures);

void BM_QuotesPolnearDev(benchmark::State& state) {
  static const std::vector<std::string> texts = polnear_texts();
  run(state, texts);
}
BENCHMARK(BM_QuotesPolnearDev)->Unit(benchmark::kMillisecond);

}  // namespace
