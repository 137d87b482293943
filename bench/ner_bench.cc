// Throughput of the named-entity tagger alone on CoNLL-2003 dev (testa), one thread:
//   build/ner_bench --benchmark_counters_tabular=true
// Reads models/ner.model and $DOSSIER_SHARED/data/ner/conll2003/dev.txt (default ../shared).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "ner/conll.h"
#include "ner/model.h"
#include "ner/tagger.h"

namespace {

std::string shared_dir() {
  if (const char* env = std::getenv("DOSSIER_SHARED"); env != nullptr && *env != '\0') return env;
  return std::string(DOSSIER_SOURCE_DIR) + "/../shared";
}

// Argument 1: also the span probabilities the pipeline asks for (the mentions' confidence).
void BM_TagConllDev(benchmark::State& state) {
  const bool with_confidence = state.range(0) != 0;
  const std::string dev = shared_dir() + "/data/ner/conll2003/dev.txt";
  const std::string model_path = std::string(DOSSIER_SOURCE_DIR) + "/models/ner.model";
  if (!std::filesystem::exists(dev) || !std::filesystem::exists(model_path)) {
    state.SkipWithError("needs models/ner.model and the CoNLL-2003 dev file");
    return;
  }
  const dossier::ner::NerModel model = dossier::ner::NerModel::load(model_path);
  const dossier::ner::ConllFile file = dossier::ner::read_conll(dev);
  std::vector<dossier::ner::TagDocument> documents;
  size_t tokens = 0;
  for (const auto& d : file.documents) {
    documents.push_back(dossier::ner::tag_document(file, d));
    tokens += documents.back().forms.size();
  }
  const dossier::ner::Tagger tagger(model);
  dossier::ner::TaggerScratch scratch;
  std::vector<dossier::ner::Label> labels;
  std::vector<float> confidence;
  for (auto _ : state) {
    for (const auto& d : documents) {
      if (with_confidence) {
        tagger.tag(d, scratch, labels, confidence);
      } else {
        tagger.tag(d, scratch, labels);
      }
      benchmark::DoNotOptimize(labels.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["model_MiB"] = static_cast<double>(model.memory_bytes()) / (1 << 20);
}
BENCHMARK(BM_TagConllDev)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
